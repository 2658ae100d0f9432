package org.marsad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.SharedData;
import org.marsad.io.ArticleReader;
import org.marsad.model.Article;
import org.marsad.text.StemFacts;
import org.marsad.text.TextAnalyzer;
import org.marsad.text.Token;

/**
 * The clause breaks pass over a word on the word cache's summary of its readings (speed24): whether it may be a
 * relative pronoun ({@link ClauseBreaks#mayBeRelativePronoun}) and whether it may start a clause-breaking phrase (the
 * test inside {@link ClauseBreaks#anyBetween}). Neither may change an answer: a breaks file attached to the analyzer's
 * facts must answer as one that is not (which asks every word), and most words should be passed over.
 */
class ClauseBreakSlotsTest {
    private static ClauseBreaks attached;
    private static ClauseBreaks plain;
    private static TextAnalyzer analyzer;

    @BeforeAll
    static void load() {
        attached = ClauseBreaks.load();
        plain = ClauseBreaks.load();
        StemFacts facts = new StemFacts();
        attached.attach(facts);
        analyzer = new TextAnalyzer(w -> true, true, facts);
    }

    private static List<Token> tokens(String sentence) {
        return analyzer.analyze(sentence).tokens();
    }

    @Test
    void aRelativePronounAndABreakOfARealSentenceAreFound() {
        // «طائرات التحالف التي تقوم بقصف أهداف» (SaudiNewsNet, CueFinder's light verb)
        List<Token> t = tokens("طائرات التحالف التي تقوم بقصف أهداف");
        assertTrue(attached.mayBeRelativePronoun(t.get(2)));
        assertTrue(attached.isRelativePronoun(t.get(2).norm()));
        assertFalse(attached.mayBeRelativePronoun(t.get(0)));
        // clause-breaks.tsv's own example (SaudiNewsNet): «فيما» breaks, at the same words with and without the facts
        List<Token> u = tokens("غارات للتحالف على محافظة لحج، فيما سيطرت اللجان الشعبية على مناطق في تعز");
        for (int i = 0; i < u.size(); i++) {
            assertEquals(plain.anyBetween(u, i, i + 1), attached.anyBetween(u, i, i + 1), u.get(i).norm());
            assertEquals(plain.placeBreakBetween(u, i, u.size()), attached.placeBreakBetween(u, i, u.size()));
        }
        assertTrue(attached.placeBreakBetween(u, 0, u.size()), "فيما breaks the place's clause");
    }

    @Test
    void onRealNewsTheAttachedBreaksAnswerAsThePlainOnesAndPassOverMostWords() throws Exception {
        Path corpus = SharedData.require("data/saudinewsnet/articles.jsonl.gz");
        long words = 0;
        long passedOver = 0;
        long breaks = 0;
        for (Article a : ArticleReader.readFirst(corpus, 300)) {
            List<Token> tokens = analyzer.analyze(a.text()).tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                boolean may = attached.mayBeRelativePronoun(t);
                assertTrue(may || !plain.isRelativePronoun(t.norm()), () -> t.norm() + " was passed over");
                boolean brk = plain.anyBetween(tokens, i, i + 1);
                assertEquals(brk, attached.anyBetween(tokens, i, i + 1), t.norm());
                breaks += brk ? 1 : 0;
                words += t.isWord() ? 1 : 0;
                passedOver += t.isWord() && !may ? 1 : 0;
            }
        }
        assertTrue(breaks > 100, breaks + " breaks");
        assertTrue(passedOver > 0.9 * words, passedOver + " of " + words + " passed over");
    }

    /**
     * {@link ClauseBreaks#isRelativePronoun(Token)} reads the answer kept on the word's whole-word reading (speed36),
     * where the cue finder and the argument searches hashed the form: on real news, numbers and signs included, it
     * answers as the plain look-up of the form as written.
     */
    @Test
    void aTokenIsARelativePronounExactlyWhenItsFormAsWrittenIs() throws Exception {
        // «طائرات التحالف التي تقوم بقصف أهداف» (SaudiNewsNet): التي is one, طائرات and the comma are not
        List<Token> t = tokens("طائرات التحالف التي تقوم بقصف أهداف، فيما");
        assertTrue(attached.isRelativePronoun(t.get(2)));
        assertFalse(attached.isRelativePronoun(t.get(0)));
        assertFalse(attached.isRelativePronoun(t.get(6)));
        assertTrue(plain.isRelativePronoun(t.get(2)));
        Path corpus = SharedData.require("data/saudinewsnet/articles.jsonl.gz");
        long relatives = 0;
        for (Article a : ArticleReader.readFirst(corpus, 300)) {
            for (Token w : analyzer.analyze(a.text()).tokens()) {
                boolean is = plain.isRelativePronoun(w.norm());
                assertEquals(is, attached.isRelativePronoun(w), w.norm());
                assertEquals(plain.isRelative(w), attached.isRelative(w), w.norm());
                relatives += is ? 1 : 0;
            }
        }
        assertTrue(relatives > 1_000, relatives + " relative pronouns");
    }
}
