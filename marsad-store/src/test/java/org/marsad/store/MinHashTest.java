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
     * must never change, whatever a speed-up does to the code (values of schema 7's one-permutation signature; a
     * change of scheme needs a schema step that signs every stored article again, as schema 7's did).
     */
    @Test
    void signatureValuesNeverChange() {
        List<String> words = List.of("التقى", "الرئيس", "الروسي", "بوتين", "الزعيم", "الكوري", "في", "بيونغ", "يانغ",
                "التقى", "الرئيس", "الروسي", "اليوم");
        int[] sig = MinHash.signature(words);
        assertArrayEquals(new int[] {543300614, 534031665, 543300614, 489805367, 534031665},
                new int[] {sig[0], sig[1], sig[2], sig[59], sig[119]});
    }

    /** The estimate is near the exact Jaccard similarity of the shingle sets, for a copy and for another story. */
    @Test
    void similarityEstimatesTheJaccardOfShingleSets() {
        for (String other : List.of(Fixtures.SUMMIT_COPY, Fixtures.MUNITIONS, Fixtures.SUMMIT + " " + Fixtures.FLOODS)) {
            List<String> a = Fingerprint.words(Fixtures.ANALYZER.analyze(Fixtures.SUMMIT));
            List<String> b = Fingerprint.words(Fixtures.ANALYZER.analyze(other));
            double estimate = MinHash.similarity(MinHash.signature(a), MinHash.signature(b));
            double exact = jaccard(shingles(a), shingles(b));
            assertEquals(exact, estimate, 0.12, other);
        }
    }

    /**
     * The signature is the plain definition, written here the slow way so that a faster signature can be checked
     * against it: each shingle's hash (its words' String.hashCode mixed in order) picks a bin and each bin keeps its
     * least value; an empty bin takes the value of the first non-empty bin along its own probe sequence.
     */
    @Test
    void signatureIsTheLeastValuePerBinDensified() {
        for (String text : List.of(Fixtures.SUMMIT, Fixtures.MUNITIONS, Fixtures.FLOODS, Fixtures.SUMMIT + " " + Fixtures.SUMMIT,
                "عاجل", "عاجل عاجل", "عاجل عاجل عاجل عاجل عاجل")) {
            List<String> words = Fingerprint.words(Fixtures.ANALYZER.analyze(text));
            assertArrayEquals(plainSignature(words), MinHash.signature(words), text);
        }
    }

    private static final long SEED = 0x4F50484D696E48L;

    private static int bin(long hash) {
        return (int) Math.floorDiv((hash >>> 32) * MinHash.PERMUTATIONS, 1L << 32); // the high half's share of the bins
    }

    private static int[] plainSignature(List<String> words) {
        java.util.Map<Integer, Integer> least = new java.util.HashMap<>();
        for (int i = 0; i < Math.max(1, words.size() - MinHash.SHINGLE + 1); i++) {
            long x = SEED;
            for (String word : words.subList(i, Math.min(words.size(), i + MinHash.SHINGLE))) {
                x = MinHash.mix(x ^ Integer.toUnsignedLong(word.hashCode()));
            }
            least.merge(bin(x), (int) (x & 0x7FFFFFFFL), Math::min);
        }
        int[] sig = new int[MinHash.PERMUTATIONS];
        for (int p = 0; p < MinHash.PERMUTATIONS; p++) {
            int donor = p;
            for (long probe = 1; !least.containsKey(donor); probe++) {
                donor = bin(MinHash.mix(SEED + p * 0x9E3779B97F4A7C15L + probe));
            }
            sig[p] = least.get(donor);
        }
        return sig;
    }

    /** Each run of {@link MinHash#SHINGLE} words (of all the words, for a shorter text): what Jaccard compares. */
    private static List<List<String>> shingles(List<String> words) {
        List<List<String>> out = new java.util.ArrayList<>();
        for (int i = 0; i < Math.max(1, words.size() - MinHash.SHINGLE + 1); i++) {
            out.add(words.subList(i, Math.min(words.size(), i + MinHash.SHINGLE)));
        }
        return out;
    }

    private static double jaccard(List<List<String>> a, List<List<String>> b) {
        java.util.Set<List<String>> union = new java.util.HashSet<>(a);
        union.addAll(b);
        java.util.Set<List<String>> both = new java.util.HashSet<>(a);
        both.retainAll(new java.util.HashSet<>(b));
        return both.size() / (double) union.size();
    }
}
