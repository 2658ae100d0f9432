package org.marsad.ner;

/**
 * 64-bit fingerprints of features: a template number mixed with the hash of the feature's value.
 *
 * <p>Why fingerprints rather than feature strings: the tagger never builds a string per feature (tens
 * per token), so tagging allocates almost nothing, and the model stores 8 bytes per feature instead of
 * its text. Why 64 bits rather than hashing into a small table: with some 10^6 features the chance that
 * two of them share a fingerprint is about 10^-7, so the model behaves as an exact string→weights map
 * and stays small because only features seen in training have a row.
 */
final class Fingerprint {
    private Fingerprint() {
    }

    /** FNV-1a over the characters [from, to) of {@code s}. */
    static long hash(CharSequence s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    static long hash(CharSequence s) {
        return hash(s, 0, s.length());
    }

    /** The fingerprint of template {@code template} with value hash {@code value}; never 0 (0 marks an empty slot). */
    static long of(int template, long value) {
        long h = mix(value + 0x9E3779B97F4A7C15L * (template + 1));
        return h == 0 ? 1 : h;
    }

    /** The fingerprint of a template over two values (a bigram). */
    static long of(int template, long a, long b) {
        return of(template, mix(a) ^ b);
    }

    /** MurmurHash3's 64-bit finalizer: every input bit affects every output bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
