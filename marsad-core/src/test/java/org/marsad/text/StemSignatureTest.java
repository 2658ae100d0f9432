package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Pipeline;
import org.marsad.SharedData;
import org.marsad.io.ArticleReader;
import org.marsad.model.Article;

/**
 * A word's {@link StemSignature} has the bits of every reading's stem, so a matcher that passes over a word sharing
 * no bit with its stems never misses one: the actor matcher's «his country» (بلاده) and an article's aliases.
 */
class StemSignatureTest {
    private static final Pipeline PIPELINE = Pipeline.load();

    private static Token word(String sentence, String norm) {
        return PIPELINE.analyze(sentence).tokens().stream().filter(t -> t.norm().equals(norm)).findFirst()
                .orElseThrow();
    }

    @Test
    void aWordHasTheBitsOfEachReadingsStemAndOfItsFirstTwoLetters() {
        Token country = word("وقال وزير الخارجية البريطاني إن بلاده تدعم الاتفاق", "بلاده");
        assertTrue(country.segments().stream().anyMatch(s -> s.stem().equals("بلاد")));
        long either = StemSignature.ofExact("بلاد") | StemSignature.ofExact("بلد");
        assertTrue(StemSignature.mayMatch(country.stemSignature(), either));
        for (Segment s : country.segments()) {
            assertTrue(StemSignature.mayMatch(country.stemSignature(), StemSignature.ofExact(s.stem())));
        }
        assertTrue(StemSignature.mayMatch(country.stemSignature(), StemSignature.ofPrefix("بلا")));
        assertFalse(StemSignature.mayMatch(word("وقال وزير الخارجية البريطاني", "وزير").stemSignature(), either));
        assertEquals(StemSignature.ANY, StemSignature.ofPrefix("ب"));
    }

    @Test
    void onRealNewsNoReadingIsMissedAndMostWordsArePassedOver() throws Exception {
        Path corpus = SharedData.require("data/saudinewsnet/articles.jsonl.gz");
        long either = StemSignature.ofExact("بلاد") | StemSignature.ofExact("بلد");
        int words = 0;
        int passedOver = 0;
        int readings = 0;
        for (Article a : ArticleReader.readFirst(corpus, 200)) {
            for (Token t : PIPELINE.analyze(a.text()).tokens()) {
                for (Segment s : t.segments()) {
                    assertTrue(StemSignature.mayMatch(t.stemSignature(), StemSignature.ofExact(s.stem())), t.norm());
                    readings++;
                }
                words++;
                passedOver += StemSignature.mayMatch(t.stemSignature(), either) ? 0 : 1;
            }
        }
        assertTrue(readings > 50_000, "readings " + readings);
        assertTrue(passedOver > 0.8 * words, passedOver + " of " + words);
    }
}
