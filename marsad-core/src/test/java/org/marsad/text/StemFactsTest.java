package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The answers an analyzer keeps on each word's readings, and its per-token summary of them: a stage may pass over
 * a token whose summary says "none", so the summary must never say none where a reading has an answer.
 */
class StemFactsTest {
    private static final Set<String> LEXICON = Set.of("روسيا", "زياره", "رئيس", "كوريا", "شمالي");
    private static final String TEXT = "وصل الرئيس الروسي فلاديمير بوتين إلى كوريا الشمالية في زيارة هي الأولى منذ 24 عاما، "
            + "وقال إن زيارته لروسيا «تاريخية».";

    @Test
    void aTokenSaysNoneOnlyWhenNoReadingHasAnAnswer() {
        StemFacts facts = new StemFacts();
        StemFacts.Slot countries = facts.register(stem -> stem.equals("روسيا") || stem.equals("كوريا") ? stem : null);
        StemFacts.Slot visits = facts.register(stem -> stem.startsWith("زيار") ? Boolean.TRUE : null);
        TextAnalyzer analyzer = new TextAnalyzer(LEXICON::contains, true, facts);
        for (int pass = 0; pass < 2; pass++) { // the second pass is served from the word cache
            int passedOver = 0;
            for (Token t : analyzer.analyze(TEXT).tokens()) {
                for (StemFacts.Slot slot : List.of(countries, visits)) {
                    if (!slot.mayAnswer(t)) {
                        passedOver++;
                        for (Segment r : t.segments()) {
                            assertNull(slot.of(r), "«" + t.norm() + "» has an answer in reading " + r);
                        }
                    }
                }
            }
            assertTrue(passedOver > 20, "most words answer neither question: " + passedOver);
        }
        List<Token> tokens = analyzer.analyze(TEXT).tokens();
        Token toRussia = tokens.stream().filter(t -> t.norm().equals("لروسيا")).findFirst().orElseThrow();
        assertTrue(countries.mayAnswer(toRussia), "ل + روسيا");
        assertFalse(visits.mayAnswer(toRussia));
        Token visit = tokens.stream().filter(t -> t.norm().equals("زياره")).findFirst().orElseThrow();
        assertTrue(visits.mayAnswer(visit));
        assertFalse(countries.mayAnswer(visit));
    }

    @Test
    void tokensMadeWithoutTheseFactsAreNeverPassedOver() {
        StemFacts facts = new StemFacts();
        StemFacts.Slot slot = facts.register(stem -> null);
        StemFacts other = new StemFacts();
        other.register(stem -> null);
        List<TextAnalyzer> analyzers = List.of(new TextAnalyzer(LEXICON::contains), // no facts at all
                new TextAnalyzer(LEXICON::contains, true, other)); // another analyzer's facts
        for (TextAnalyzer analyzer : analyzers) {
            for (Token t : analyzer.analyze(TEXT).tokens()) {
                assertTrue(slot.mayAnswer(t), t.norm());
            }
        }
        // numbers and signs carry their facts too (speed36): a question none of them answers passes them over
        TextAnalyzer own = new TextAnalyzer(LEXICON::contains, true, facts);
        List<Token> signs = own.analyze(TEXT).tokens().stream().filter(t -> !t.isWord()).toList();
        assertFalse(signs.isEmpty());
        for (Token t : signs) {
            assertFalse(slot.mayAnswer(t), t.norm());
        }
    }

    /**
     * {@link StemFacts.Slot#ofNorm} reads the answer for a token's form as written from its whole-word reading (every
     * word, number and sign the analyzer makes has one), and looks it up for a token made without these facts: the
     * same answer either way (speed36).
     */
    @Test
    void theFormAsWrittenIsAnsweredFromItsWholeWordReadingOrLookedUp() {
        StemFacts facts = new StemFacts();
        StemFacts.Slot length = facts.register(stem -> stem.length() > 4 ? stem : null);
        TextAnalyzer own = new TextAnalyzer(LEXICON::contains, true, facts);
        TextAnalyzer none = new TextAnalyzer(LEXICON::contains);
        for (TextAnalyzer analyzer : List.of(own, none)) {
            for (Token t : analyzer.analyze(TEXT).tokens()) {
                assertEquals(t.norm().length() > 4 ? t.norm() : null, length.ofNorm(t), t.norm());
            }
        }
        assertTrue(own.analyze(TEXT).tokens().stream().anyMatch(t -> length.ofNorm(t) != null));
    }

    @Test
    void stemsThatAnswerNothingShareOneRecordAndTheOthersKeepTheirAnswers() {
        StemFacts facts = new StemFacts();
        StemFacts.Slot countries = facts.register(stem -> stem.equals("روسيا") || stem.equals("كوريا") ? stem : null);
        StemFacts.Slot visits = facts.register(stem -> stem.startsWith("زيار") ? Boolean.TRUE : null);
        TextAnalyzer analyzer = new TextAnalyzer(LEXICON::contains, true, facts);
        Segment.Facts none = null;
        int shared = 0;
        for (Token t : analyzer.analyze(TEXT).tokens()) {
            for (Segment r : t.segments()) {
                if (r.facts() == null) {
                    continue; // numbers and signs
                }
                if (countries.of(r) == null && visits.of(r) == null) {
                    if (none == null) {
                        none = r.facts();
                    }
                    assertTrue(none == r.facts(), "«" + r.stem() + "» answers nothing but has a record of its own");
                    assertEquals(2, r.facts().values().length);
                    shared++;
                } else {
                    assertFalse(none == r.facts(), r.stem());
                }
            }
        }
        assertTrue(shared >= 15, "most readings answer nothing: " + shared);
        Token toRussia = analyzer.analyze(TEXT).tokens().stream().filter(t -> t.norm().equals("لروسيا")).findFirst()
                .orElseThrow();
        assertEquals("روسيا", toRussia.segments().stream().map(r -> (String) countries.of(r))
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow());
    }
}
