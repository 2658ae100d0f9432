package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A token keeps the value semantics of the record it was, though its readings are one shared object. */
class TokenTest {
    private static final List<Segment> READINGS = List.of(new Segment("ل", "روسيا", ""), new Segment("", "لروسيا", ""));

    @Test
    void accessorsGiveWhatItWasMadeWith() {
        StemFacts facts = new StemFacts();
        Token t = new Token(3, 10, 16, TokenKind.WORD, "لروسيا", READINGS, 1, true, facts, 5L);
        assertEquals(List.of(3, 10, 16, TokenKind.WORD, "لروسيا", 1, true, 5L),
                List.of(t.index(), t.start(), t.end(), t.kind(), t.norm(), t.sentence(), t.newlineBefore(),
                        t.answered()));
        assertSame(READINGS, t.segments());
        assertSame(facts, t.answeredBy());
        assertEquals("روسيا", t.stem());
        assertEquals(2, t.withSentence(2).sentence());
        assertEquals(t.norm(), t.withSentence(2).norm());
    }

    @Test
    void equalTokensAreEqualWhereverTheirReadingsCameFrom() {
        Token made = new Token(0, 0, 6, TokenKind.WORD, "لروسيا", READINGS, 0, false);
        Token shared = new Token(0, 0, 6, TokenKind.WORD, new WordForm("لروسيا", List.copyOf(READINGS), null, 0), 0,
                false);
        assertEquals(made, shared);
        assertEquals(made.hashCode(), shared.hashCode());
        assertEquals(made.toString(), shared.toString());
        assertNotEquals(made, new Token(0, 0, 6, TokenKind.WORD, "لروسيا", READINGS, 1, false));
        assertNotEquals(made, new Token(0, 0, 6, TokenKind.PUNCT, "لروسيا", READINGS, 0, false));
        assertNotEquals(made, new Token(0, 0, 6, TokenKind.WORD, "روسيا", READINGS, 0, false));
    }

    /** Sentence, kind and line break share one int: every combination reads back as made, -1 (not split yet) too. */
    @Test
    void sentenceKindAndLineBreakReadBackFromTheirSharedInt() {
        for (int sentence : new int[] {-1, 0, 1, 7, 1_000_000, (1 << 28) - 1}) {
            for (TokenKind kind : TokenKind.values()) {
                for (boolean newline : new boolean[] {false, true}) {
                    Token t = new Token(2, 4, 9, kind, "لروسيا", READINGS, sentence, newline);
                    assertEquals(List.of(sentence, kind, newline, kind == TokenKind.WORD, kind == TokenKind.PUNCT),
                            List.of(t.sentence(), t.kind(), t.newlineBefore(), t.isWord(), t.isPunct()));
                    assertNotEquals(t, new Token(2, 4, 9, kind, "لروسيا", READINGS, sentence, !newline));
                }
            }
        }
    }

    /** A sentence index the shared int cannot hold is refused, not wrapped into another sentence. */
    @Test
    void aSentenceIndexBeyondWhatItHoldsIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Token(0, 0, 6, TokenKind.WORD, "لروسيا", READINGS, 1 << 28, false));
        assertThrows(IllegalArgumentException.class,
                () -> new Token(0, 0, 6, TokenKind.WORD, "لروسيا", READINGS, -2, false));
    }

    @Test
    void aWordLessItsFirstLetterIsOneStringPerFormAndEqualsTheSubstring() {
        // the event stages' look-ups after a glued و/ف («والتي»، «فاتهمه»، «وسمحت») read it instead of norm.substring(1)
        TextAnalyzer analyzer = new TextAnalyzer(s -> false);
        List<Token> tokens = analyzer.analyze("قالت الوزارة والتي اتهمت ، والتي فاتهمه 12 و").tokens();
        for (Token t : tokens) {
            assertEquals(t.norm().substring(1), t.normAfterFirstLetter(), t.norm());
        }
        assertEquals("التي", tokens.get(2).normAfterFirstLetter());
        assertSame(tokens.get(2).normAfterFirstLetter(), tokens.get(5).normAfterFirstLetter()); // one form, one string
        assertEquals("", new Token(0, 0, 0, TokenKind.WORD, "", List.of(), 0, false).normAfterFirstLetter());
    }
}
