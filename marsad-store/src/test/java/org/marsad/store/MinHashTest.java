package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
