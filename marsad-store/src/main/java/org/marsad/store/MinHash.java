package org.marsad.store;

import java.util.List;

/**
 * MinHash signatures over word shingles, and locality-sensitive hashing (LSH) bands over them, to find
 * near-duplicate articles (wire copies with a changed dateline, a dropped paragraph, a typo fixed)
 * without comparing every pair.
 *
 * <p>A signature has {@link #PERMUTATIONS} positions; the share of positions where two signatures agree estimates
 * the Jaccard similarity of their shingle sets. It is a one-permutation MinHash with optimal densification
 * (Li, Owen and Zhang 2012; Shrivastava 2017): each shingle is hashed once, the hash picks a position (a bin) and
 * the least value per bin is kept; a bin no shingle reached copies the bin that a fixed random probe sequence of its
 * own reaches first. That estimates Jaccard as well as {@link #PERMUTATIONS} independent hash functions (on the
 * SaudiNewsNet corpus the same pairs flagged, the same mean error; BENCHMARKS.md) at one hash per shingle instead
 * of 120 — the earlier signature was a quarter of an ingest's coding thread. Schema 7 signed every stored article
 * again ({@link Rederivation}).
 *
 * <p>LSH cuts a signature into {@link #BANDS} bands of {@link #ROWS} values: two texts become candidates when any
 * whole band is equal, which happens with probability {@code 1 - (1 - J^ROWS)^BANDS}: about 0.92 at J = 0.7, 0.998
 * at J = 0.8, and 6% at J = 0.4. Candidates are then confirmed by their estimated similarity against
 * {@link #THRESHOLD}.
 */
public final class MinHash {
    /** Words per shingle: three words keep a small edit from spoiling much of a short wire story. */
    public static final int SHINGLE = 3;
    public static final int BANDS = 20;
    public static final int ROWS = 6;
    public static final int PERMUTATIONS = BANDS * ROWS;
    /** Estimated Jaccard similarity from which two articles are the same story. */
    public static final double THRESHOLD = 0.7;

    /** Fixed: signatures are stored and must stay comparable across runs. */
    private static final long SEED = 0x4F50484D696E48L;

    private MinHash() {
    }

    /** The signature of a sequence of normalized words. */
    public static int[] signature(List<String> words) {
        int n = words.size();
        // each word hashed once: String.hashCode is fixed by the Java specification (so stored signatures stay
        // comparable) and cached in the string; a shingle's hash mixes its words' hashes in order
        long[] wordHashes = new long[n];
        for (int w = 0; w < n; w++) {
            wordHashes[w] = wordHash(words.get(w));
        }
        return signature(wordHashes, n);
    }

    /** A word's hash as {@link #signature(long[], int)} takes it: its {@code String.hashCode}, unsigned. */
    static long wordHash(String word) {
        return word.hashCode() & 0xFFFFFFFFL;
    }

    /** The signature of the words whose {@link #wordHash}es are {@code wordHashes[0, n)}, in order. */
    static int[] signature(long[] wordHashes, int n) {
        int[] least = new int[PERMUTATIONS];
        boolean[] reached = new boolean[PERMUTATIONS];
        int shingles = Math.max(1, n - SHINGLE + 1);
        for (int i = 0; i < shingles; i++) {
            long x = SEED;
            for (int w = i; w < Math.min(n, i + SHINGLE); w++) {
                x = mix(x ^ wordHashes[w]);
            }
            int bin = bin(x); // the high 32 bits choose the bin, the low 31 are the value: independent of each other
            int value = (int) (x & 0x7FFFFFFFL);
            if (!reached[bin] || value < least[bin]) {
                least[bin] = value;
                reached[bin] = true;
            }
        }
        return densified(least, reached);
    }

    /**
     * Fills each bin no shingle reached from the first reached bin of its own probe sequence (the same sequence in
     * every text, so two texts with the same shingles in the donor bin agree there too). There is always one: a text
     * has at least one shingle.
     */
    private static int[] densified(int[] least, boolean[] reached) {
        int[] sig = least.clone();
        for (int i = 0; i < PERMUTATIONS; i++) {
            if (reached[i]) {
                continue;
            }
            for (long probe = 1; ; probe++) {
                int donor = bin(mix(SEED + i * 0x9E3779B97F4A7C15L + probe));
                if (reached[donor]) {
                    sig[i] = least[donor];
                    break;
                }
            }
        }
        return sig;
    }

    /** A hash's bin: its high 32 bits scaled to [0, PERMUTATIONS) (a multiply, no division or modulo bias to speak of). */
    private static int bin(long hash) {
        return (int) (((hash >>> 32) * PERMUTATIONS) >>> 32);
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
