package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Training on a small hand-made corpus: deterministic to the byte, and the model file round-trips. */
class NerTrainerTest {
    /** Sentences in ANERcorp's format: "word/TAG" for names, bare words are O. */
    private static final String[] CORPUS = {
        "قال الرئيس جورج/B-PERS بوش/I-PERS إن الولايات/B-LOC المتحدة/I-LOC ستدعم العراق/B-LOC .",
        "وأعلنت الأمم/B-ORG المتحدة/I-ORG أن كوفي/B-PERS أنان/I-PERS سيزور بيروت/B-LOC غدا .",
        "وصل وزير الخارجية إلى دمشق/B-LOC أمس في زيارة رسمية .",
        "وقال مصدر في حزب/B-ORG الله/I-ORG إن الحزب يرفض القرار .",
        "وفاز فريق برشلونة/B-ORG على ريال/B-ORG مدريد/I-ORG في الدوري الإسباني .",
        "وحصل الكاتب نجيب/B-PERS محفوظ/I-PERS على جائزة نوبل/B-MISC للآداب .",
        "وارتفع سعر الدولار/B-MISC في القاهرة/B-LOC اليوم .",
        "والتقى السنيورة/B-PERS في باريس/B-LOC الرئيس الفرنسي جاك/B-PERS شيراك/I-PERS .",
        "وذكرت وكالة رويترز/B-ORG أن الانفجار وقع في غزة/B-LOC .",
        "وقالت كوندوليزا/B-PERS رايس/I-PERS إن واشنطن/B-LOC تدعم الحكومة .",
    };

    static List<ConllSentence> corpus() {
        List<ConllSentence> out = new ArrayList<>();
        for (String line : CORPUS) {
            List<String> tokens = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            for (String w : line.split(" ")) {
                int slash = w.indexOf('/');
                tokens.add(slash < 0 ? w : w.substring(0, slash));
                tags.add(slash < 0 ? "O" : w.substring(slash + 1));
            }
            out.add(new ConllSentence(tokens, tags));
        }
        return out;
    }

    private static byte[] bytes(NerModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        return out.toByteArray();
    }

    private static NerModel train() {
        return NerTrainer.train(corpus(), new NerTrainer.Options(4, 7, 1, TagSet.Scheme.BIO), NerDictionary.load(), WordClusters.NONE, "test", null);
    }

    @Test
    void trainingTwiceGivesTheSameModelToTheByte() throws IOException {
        assertArrayEquals(bytes(train()), bytes(train()));
    }

    @Test
    void theModelFileRoundTripsAndTagsWhatItLearned() throws IOException {
        NerModel m = train();
        NerModel read = NerModel.read(new ByteArrayInputStream(bytes(m)));
        assertEquals(m.featureCount(), read.featureCount());
        assertEquals(m.lexicon(), read.lexicon());
        assertEquals("test", read.provenance());
        NerTagger before = new NerTagger(m, NerDictionary.load(), WordClusters.NONE);
        NerTagger after = new NerTagger(read, NerDictionary.load(), WordClusters.NONE);
        for (ConllSentence s : corpus()) {
            AlignedSentence a = AlignedSentence.of(s);
            assertEquals(before.tagTokens(a.tokens()), after.tagTokens(a.tokens()));
        }
        assertEquals(1.0, NerScorer.evaluate(after, corpus()).overall().f1(), 0.25,
                "a model should nearly fit ten training sentences");
    }

    @Test
    void aModelOfAnotherFormatIsRefusedWithAMessage() throws IOException {
        ByteArrayOutputStream old = new ByteArrayOutputStream();
        try (DataOutputStream d = new DataOutputStream(new GZIPOutputStream(old))) {
            d.writeInt(0x4E45524D); // the magic number, then format 1: the single-stage models of the first version
            d.writeInt(1);
            d.writeInt(1);
        }
        IOException e = assertThrows(IOException.class, () -> NerModel.read(new ByteArrayInputStream(old.toByteArray())));
        assertTrue(e.getMessage().contains("retrain with `marsad ner train`"), e.getMessage());
    }
}
