package org.marsad.store;

import java.util.List;

/**
 * MinHash signatures over word shingles, and locality-sensitive hashing (LSH) bands over them, to find
 * near-duplicate articles (wire copies with a changed dateline, a dropped paragraph, a typo fixed)
 * without comparing every pair.
 *
 * <p>A signature holds, for each of {@link #PERMUTATIONS} hash functions, the smallest hash of any
 * shingle of the text; the share of positions where two signatures agree estimates the Jaccard
 * similarity of their shingle sets. LSH cuts a signature into {@link #BANDS} bands of {@link #ROWS}
 * values: two texts become candidates when any whole band is equal, which happens with probability
 * {@code 1 - (1 - J^ROWS)^BANDS}: about 0.92 at J = 0.7, 0.998 at J = 0.8, and 6% at J = 0.4. Candidates
 * are then confirmed by their estimated similarity against {@link #THRESHOLD}.
 */
public final class MinHash {
    /** Words per shingle: three words keep a small edit from spoiling much of a short wire story. */
    public static final int SHINGLE = 3;
    public static final int BANDS = 20;
    public static final int ROWS = 6;
    public static final int PERMUTATIONS = BANDS * ROWS;
    /** Estimated Jaccard similarity from which two articles are the same story. */
    public static final double THRESHOLD = 0.7;

    private static final long[] SEEDS = new long[PERMUTATIONS];

    static {
        long s = 0x6D61727361644CL; // fixed: signatures are stored and must stay comparable across runs
        for (int i = 0; i < PERMUTATIONS; i++) {
            s = mix(s + 0x9E3779B97F4A7C15L);
            SEEDS[i] = s;
        }
    }

    private MinHash() {
    }

    /** The signature of a sequence of normalized words. */
    public static int[] signature(List<String> words) {
        int[] sig = new int[PERMUTATIONS];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        int shingles = Math.max(1, words.size() - SHINGLE + 1);
        for (int i = 0; i < shingles; i++) {
            long h = 0xCBF29CE484222325L; // FNV-1a over the shingle's characters, words separated
            for (int w = i; w < Math.min(words.size(), i + SHINGLE); w++) {
                String word = words.get(w);
                for (int c = 0; c < word.length(); c++) {
                    h = (h ^ word.charAt(c)) * 0x100000001B3L;
                }
                h = (h ^ ' ') * 0x100000001B3L;
            }
            for (int p = 0; p < PERMUTATIONS; p++) {
                // one well-mixed hash per permutation; the top 31 bits keep values non-negative
                int v = (int) (mix(h ^ SEEDS[p]) >>> 33);
                if (v < sig[p]) {
                    sig[p] = v;
                }
            }
        }
        return sig;
    }

    /** Estimated Jaccard similarity of the shingle sets behind two signatures. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < PERMUTATIONS; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) PERMUTATIONS;
    }

    /** One bucket key per band: texts sharing any key are candidates. */
    public static long[] bands(int[] sig) {
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 31 + sig[b * ROWS + r]);
            }
            keys[b] = h;
        }
        return keys;
    }

    public static byte[] toBytes(int[] sig) {
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(sig.length * 4);
        buf.asIntBuffer().put(sig);
        return buf.array();
    }

    public static int[] fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length != PERMUTATIONS * 4) {
            throw new IllegalArgumentException("not a MinHash signature of " + PERMUTATIONS + " values");
        }
        int[] sig = new int[PERMUTATIONS];
        java.nio.ByteBuffer.wrap(bytes).asIntBuffer().get(sig);
        return sig;
    }

    /** The SplitMix64 finalizer: a cheap, thoroughly mixing 64-bit hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
