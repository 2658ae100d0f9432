package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.marsad.SharedData;

/**
 * The analyzer builds its tokens from the tokenizer's spans and its word cache: it must give exactly what
 * {@link Tokenizer#tokenize} and {@link CliticSegmenter} give one token at a time, whether a word comes from
 * the cache or not, on one thread or several.
 */
class TextAnalyzerTest {
    private static final Predicate<String> LEXICON = java.util.Set.of("روسيا", "كوريا", "زيارة", "وزاره", "مفاوضات")::contains;

    /** Line breaks before dropped words, marks and tatweel only, presentation forms, digits, ة, signs, joiners. */
    private static final String EDGES = "عنوان الخبر\nـــ ً\nوزارة الخارجية: زيارته لروسيا ﻻ تعني ٢٠٢٤٫٥ أو 10.5،"
            + " لـ”كوريا” و\u200Cالمفاوضات… ﷺ C4 إف16\r\nتوثّقت";

    @Test
    void tokensAreTheTokenizersWithTheSegmentersReadings() {
        TextAnalyzer analyzer = new TextAnalyzer(LEXICON);
        CliticSegmenter segmenter = new CliticSegmenter(LEXICON);
        List<Token> expected = new Tokenizer().tokenize(EDGES);
        for (int pass = 0; pass < 2; pass++) { // the second pass is served from the cache
            List<Token> got = analyzer.analyze(EDGES).tokens();
            assertEquals(expected.size(), got.size());
            for (int i = 0; i < got.size(); i++) {
                Token e = expected.get(i);
                Token g = got.get(i);
                String where = "token " + i + " «" + EDGES.substring(e.start(), e.end()) + "», pass " + pass;
                assertEquals(List.of(i, e.start(), e.end(), e.kind(), e.norm(), e.newlineBefore()),
                        List.of(g.index(), g.start(), g.end(), g.kind(), g.norm(), g.newlineBefore()), where);
                boolean taMarbuta = EDGES.charAt(e.end() - 1) == 'ة';
                List<Segment> readings = e.isWord() ? segmenter.segment(e.norm(), taMarbuta)
                        : List.of(new Segment("", e.norm(), ""));
                assertEquals(readings, g.segments(), where);
            }
        }
    }

    @Test
    void aDroppedWordGivesItsLineBreakToTheNextToken() {
        List<Token> t = new TextAnalyzer(LEXICON).analyze("عنوان\nـــ نص").tokens();
        assertEquals(2, t.size());
        assertEquals("نص", t.get(1).norm());
        assertEquals(true, t.get(1).newlineBefore());
        assertEquals(1, t.get(1).sentence());
    }

    /**
     * One analyzer reuses its working arrays from text to text (per thread): a text after a longer one, with fewer
     * tokens, fewer dropped words or no line break, must come out as from an analyzer that never saw another text.
     */
    @Test
    void aTextAfterAnotherComesOutAsFromAFreshAnalyzer() {
        String longer = (EDGES + "\n").repeat(40);
        String longest = (EDGES + "\n").repeat(600); // beyond what a thread's arrays are kept for
        List<String> texts = List.of(longer, "زيارة روسيا.", EDGES, "", "ـــ", longer + "مفاوضات", longest, "كوريا");
        TextAnalyzer reused = new TextAnalyzer(LEXICON, true);
        for (String text : texts) {
            AnalyzedText fresh = new TextAnalyzer(LEXICON, true).analyze(text);
            AnalyzedText again = reused.analyze(text);
            assertEquals(fresh.tokens(), again.tokens(), "tokens of «" + text + "»");
            assertEquals(fresh.sentences(), again.sentences(), "sentences of «" + text + "»");
        }
    }

    /**
     * The analyzer copies each text into a character array it reuses: a text that ends in half a surrogate pair, after
     * a longer text whose next character completed the pair, must not read that stale character.
     */
    @Test
    void aHalfSurrogatePairAtTheEndIsNotCompletedByAnEarlierText() {
        String longer = "روسيا \uD83D\uDE00 كوريا";
        String cut = longer.substring(0, longer.indexOf('\uDE00'));
        TextAnalyzer reused = new TextAnalyzer(LEXICON, true);
        reused.analyze(longer);
        List<Token> again = reused.analyze(cut).tokens();
        assertEquals(new TextAnalyzer(LEXICON, true).analyze(cut).tokens(), again);
        assertEquals("\uD83D", again.get(again.size() - 1).norm());
    }

    /**
     * Tokens of the same characters share what they read as (one object of the word cache), not copies of it; a word
     * new to the cache that comes twice in one text is read once.
     */
    @Test
    void tokensOfOneWordShareTheirReadings() {
        List<Token> t = new TextAnalyzer(LEXICON, true).analyze("زيارة روسيا ثم زيارة").tokens();
        assertSame(t.get(0).segments(), t.get(3).segments());
        assertSame(t.get(0).norm(), t.get(3).norm());
        assertNotEquals(t.get(0), t.get(3)); // they are still two tokens: other index, other offsets
    }

    @Test
    void threadsSharingOneAnalyzerGetWhatOneThreadGets() throws Exception {
        String text = new ObjectMapper().readTree(SharedData.require("seed/seed-article.json").toFile())
                .get("text").asText();
        List<String> parts = new ArrayList<>(List.of(text.split("\n")));
        parts.add(EDGES);
        List<List<Token>> alone = new ArrayList<>();
        TextAnalyzer fresh = new TextAnalyzer(LEXICON, true);
        for (String p : parts) {
            alone.add(fresh.analyze(p).tokens());
        }
        for (int round = 0; round < 5; round++) {
            TextAnalyzer shared = new TextAnalyzer(LEXICON, true); // cold: both threads fill its cache at once
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<List<List<Token>>>> results = new ArrayList<>();
                for (int th = 0; th < 2; th++) {
                    results.add(pool.submit(() -> {
                        List<List<Token>> mine = new ArrayList<>();
                        for (String p : parts) {
                            mine.add(shared.analyze(p).tokens());
                        }
                        return mine;
                    }));
                }
                for (Future<List<List<Token>>> r : results) {
                    assertEquals(alone, r.get());
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
