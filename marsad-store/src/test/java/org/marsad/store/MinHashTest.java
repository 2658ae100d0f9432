package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MinHashTest {
    private static Fingerprint fp(String text) {
        return Fingerprint.of(Fixtures.ANALYZER.analyze(text));
    }

    @Test
    void contentHashIgnoresTashkeelTatweelLetterVariantsAndPunctuation() {
        assertEquals(fp(Fixtures.SUMMIT).contentHash(), fp(Fixtures.SUMMIT_VOWELLED).contentHash());
        assertNotEquals(fp(Fixtures.SUMMIT).contentHash(), fp(Fixtures.SUMMIT_COPY).contentHash());
    }

    @Test
    void similarityTellsCopiesFromOtherStories() {
        int[] summit = fp(Fixtures.SUMMIT).minhash();
        assertEquals(1.0, MinHash.similarity(summit, fp(Fixtures.SUMMIT_VOWELLED).minhash()));
        double copy = MinHash.similarity(summit, fp(Fixtures.SUMMIT_COPY).minhash());
        assertTrue(copy >= MinHash.THRESHOLD && copy < 1, "copy " + copy);
        assertTrue(MinHash.similarity(summit, fp(Fixtures.MUNITIONS).minhash()) < 0.1);
        assertTrue(MinHash.similarity(summit, fp(Fixtures.FLOODS).minhash()) < 0.1);
    }

    @Test
    void signaturesAreStableAndSurviveStorage() {
        int[] sig = fp(Fixtures.SUMMIT).minhash();
        assertArrayEquals(sig, fp(Fixtures.SUMMIT).minhash());
        assertArrayEquals(sig, MinHash.fromBytes(MinHash.toBytes(sig)));
        assertEquals(MinHash.BANDS, MinHash.bands(sig).length);
        // very short texts still get a signature (one shingle of all their words)
        assertEquals(1.0, MinHash.similarity(fp("عاجل").minhash(), fp("عاجل!").minhash()));
    }

    /**
     * Signatures are stored: a database written by an earlier version compares them with new ones, so the values
     * must never change, whatever a speed-up does to the code (values as session 5's code computed them).
     */
    @Test
    void signatureValuesNeverChange() {
        List<String> words = List.of("التقى", "الرئيس", "الروسي", "بوتين", "الزعيم", "الكوري", "في", "بيونغ", "يانغ",
                "التقى", "الرئيس", "الروسي", "اليوم");
        int[] sig = MinHash.signature(words);
        assertArrayEquals(new int[] {138704549, 41142619, 199443395, 361382212, 6531561},
                new int[] {sig[0], sig[1], sig[2], sig[59], sig[119]});
    }

    /**
     * The signature is the plain definition (per permutation, the least hash over every shingle, repeats included),
     * written here the slow way, so that a faster signature can be checked against it.
     */
    @Test
    void signatureIsTheLeastHashOfEveryShingle() {
        for (String text : List.of(Fixtures.SUMMIT, Fixtures.MUNITIONS, Fixtures.FLOODS, Fixtures.SUMMIT + " " + Fixtures.SUMMIT,
                "عاجل", "عاجل عاجل", "عاجل عاجل عاجل عاجل عاجل")) {
            List<String> words = Fingerprint.words(Fixtures.ANALYZER.analyze(text));
            assertArrayEquals(plainSignature(words), MinHash.signature(words), text);
        }
    }

    private static int[] plainSignature(List<String> words) {
        int[] sig = new int[MinHash.PERMUTATIONS];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        for (int i = 0; i < Math.max(1, words.size() - MinHash.SHINGLE + 1); i++) {
            long h = 0xCBF29CE484222325L;
            for (String word : words.subList(i, Math.min(words.size(), i + MinHash.SHINGLE))) {
                for (char c : word.toCharArray()) {
                    h = (h ^ c) * 0x100000001B3L;
                }
                h = (h ^ ' ') * 0x100000001B3L;
            }
            for (int p = 0; p < MinHash.PERMUTATIONS; p++) {
                sig[p] = Math.min(sig[p], (int) (MinHash.mix(h ^ seed(p)) >>> 33));
            }
        }
        return sig;
    }

    private static long seed(int p) {
        long s = 0x6D61727361644CL;
        for (int i = 0; i <= p; i++) {
            s = MinHash.mix(s + 0x9E3779B97F4A7C15L);
        }
        return s;
    }
}
