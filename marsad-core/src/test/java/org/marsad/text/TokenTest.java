package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

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
}
