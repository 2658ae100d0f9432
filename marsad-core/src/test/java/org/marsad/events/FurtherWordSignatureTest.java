package org.marsad.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.Pipeline;
import org.marsad.SharedData;
import org.marsad.codebook.Codebook;
import org.marsad.io.ArticleReader;
import org.marsad.model.Article;
import org.marsad.text.Segment;
import org.marsad.text.StemSignature;
import org.marsad.text.Token;

/**
 * The cue finder passes over a word whose {@link StemSignature} shares no bit with a further word's first slot: it
 * must never pass over a word that matches the slot (the coded output would change), and it should pass over most.
 */
class FurtherWordSignatureTest {
    private static Pipeline pipeline;
    private static List<Pattern.Word> furtherWords;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.load();
        EventPatterns patterns = EventPatterns.load(Codebook.load());
        Set<Pattern.Word> words = new LinkedHashSet<>();
        for (String form : patterns.words()) {
            for (Pattern p : patterns.verb(form)) {
                words.addAll(p.further());
            }
            for (Pattern p : patterns.noun(form)) {
                words.addAll(p.further());
            }
        }
        furtherWords = new ArrayList<>(words);
    }

    /** Whether some reading of {@code t} matches the first slot of {@code w}, as the cue finder compares them. */
    private static boolean matchesFirstSlot(Token t, Pattern.Word w) {
        for (Segment s : t.segments()) {
            if (w.matches(0, s.stem())) {
                return true;
            }
        }
        return false;
    }

    private static Token word(String sentence, String norm) {
        return pipeline.analyze(sentence).tokens().stream().filter(t -> t.norm().equals(norm)).findFirst()
                .orElseThrow();
    }

    private static Pattern.Word slotOf(String... alternatives) {
        List<Pattern.Alt> alts = new ArrayList<>();
        for (String a : alternatives) {
            alts.add(a.endsWith("*") ? new Pattern.Alt(a.substring(0, a.length() - 1), true) : new Pattern.Alt(a, false));
        }
        return new Pattern.Word(List.of(List.copyOf(alts)));
    }

    @Test
    void aWordMatchingAnAlternativeThroughACliticOrAsAPrefixIsNeverPassedOver() {
        // patterns.tsv: وقع + اتفاق*/معاهدة ...; أعرب + قلق*/مخاوف ...
        String sentence = "وقعت الحكومة الألمانية اتفاقية مع الحكومة الفرنسية وأعربت عن مخاوفها";
        Pattern.Word agreement = slotOf("اتفاق*", "معاهده");
        Token signed = word(sentence, "اتفاقيه");
        assertTrue(matchesFirstSlot(signed, agreement));
        assertTrue(StemSignature.mayMatch(signed.stemSignature(), agreement.firstSlotSignature()));
        Pattern.Word concern = slotOf("قلق*", "مخاوف");
        Token fears = word(sentence, "مخاوفها");
        assertTrue(matchesFirstSlot(fears, concern));
        assertTrue(StemSignature.mayMatch(fears.stemSignature(), concern.firstSlotSignature()));
        // a word no reading of which is an alternative: passed over without comparing strings
        assertFalse(StemSignature.mayMatch(word(sentence, "الفرنسيه").stemSignature(), agreement.firstSlotSignature()));
    }

    @Test
    void aOneLetterPrefixAlternativeRejectsNoWord() {
        assertTrue(slotOf("ت*").firstSlotSignature() == StemSignature.ANY);
        Token t = word("وقعت الحكومة الألمانية اتفاقية", "الحكومه");
        assertTrue(StemSignature.mayMatch(t.stemSignature(), StemSignature.ANY));
    }

    @Test
    void onRealNewsNoMatchIsPassedOverAndMostWordsAre() throws Exception {
        Path corpus = SharedData.require("data/saudinewsnet/articles.jsonl.gz");
        long pairs = 0;
        long matches = 0;
        long passedOver = 0;
        for (Article a : ArticleReader.readFirst(corpus, 200)) {
            for (Token t : pipeline.analyze(a.text()).tokens()) {
                long signature = t.stemSignature();
                for (Pattern.Word w : furtherWords) {
                    boolean may = StemSignature.mayMatch(signature, w.firstSlotSignature());
                    boolean matches1 = matchesFirstSlot(t, w);
                    assertTrue(may || !matches1, () -> t.norm() + " matches " + w + " but was passed over");
                    pairs++;
                    matches += matches1 ? 1 : 0;
                    passedOver += may ? 0 : 1;
                }
            }
        }
        assertTrue(matches > 10_000, "matches " + matches);
        assertTrue(passedOver > 0.85 * pairs, passedOver + " of " + pairs + " passed over");
    }
}
