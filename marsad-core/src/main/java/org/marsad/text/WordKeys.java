package org.marsad.text;

import java.util.Arrays;

/**
 * The normalized characters of every token of one text, one after the other in one array, with each token's
 * cache variant and hash: the keys {@link WordCache} is probed with, all at once (see {@link WordCache#getAll}).
 * No string is made for a token whose word is cached.
 */
final class WordKeys {
    private char[] chars;
    private int[] starts;
    private int[] hashes;
    private int[] variants;
    /**
     * Each key's first {@link WordCache.Entry#PACKED} characters packed four to a long as the entry packs them, three
     * longs a key, made once as the key ends: a cache entry is then compared on three longs, with no loop over the
     * characters whose branches kept the processor from waiting for several entries at once (BENCHMARKS.md, speed24).
     */
    private long[] packed;
    private int size;
    private int length; // characters used

    WordKeys(int tokens, int chars) {
        this.chars = new char[Math.max(16, chars)];
        this.starts = new int[tokens + 1];
        this.hashes = new int[tokens];
        this.variants = new int[tokens];
        this.packed = new long[3 * tokens];
    }

    /**
     * Empties these keys for another text of at most {@code tokens} keys, keeping the arrays when they are large
     * enough (the analyzer reuses one set per thread; characters grow as they are appended).
     */
    void clear(int tokens) {
        size = 0;
        length = 0;
        if (hashes.length < tokens) {
            starts = new int[tokens + 1];
            hashes = new int[tokens];
            variants = new int[tokens];
            packed = new long[3 * tokens];
        }
    }

    /** Starts key number {@link #size()}; its characters follow through {@link #append}. */
    void begin() {
        starts[size] = length;
        running = 0;
    }

    /** The pending key's hash so far, kept as its characters come (one pass over them, not two). */
    private int running;

    void append(char c) {
        if (length == chars.length) {
            chars = Arrays.copyOf(chars, length * 2);
        }
        chars[length++] = c;
        running = 31 * running + c;
    }

    /** Appends {@code s[from, to)} unchanged. */
    void append(char[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            append(s[i]);
        }
    }

    /** Characters of the key begun last. */
    int pendingLength() {
        return length - starts[size];
    }

    /** Drops the key begun last. */
    void discard() {
        length = starts[size];
    }

    /** Ends the key begun last, with its variant; returns its index. */
    int end(int variant) {
        int h = 31 * running + variant;
        hashes[size] = h * 0x9E3779B9; // spread over the high bits, which pick the slot
        variants[size] = variant;
        starts[size + 1] = length;
        pack(size);
        return size++;
    }

    /** Packs key {@code k}'s first characters into {@link #packed} (as {@link WordCache.Entry#pack} does). */
    private void pack(int k) {
        int from = starts[k];
        int to = Math.min(starts[k + 1], from + WordCache.Entry.PACKED);
        long c0 = 0;
        long c1 = 0;
        long c2 = 0;
        for (int at = from, i = 0; at < to; at++, i++) {
            long c = (long) chars[at] << (16 * (i & 3));
            if (i < 4) {
                c0 |= c;
            } else if (i < 8) {
                c1 |= c;
            } else {
                c2 |= c;
            }
        }
        packed[3 * k] = c0;
        packed[3 * k + 1] = c1;
        packed[3 * k + 2] = c2;
    }

    int size() {
        return size;
    }

    int hash(int k) {
        return hashes[k];
    }

    int variant(int k) {
        return variants[k];
    }

    int length(int k) {
        return starts[k + 1] - starts[k];
    }

    /**
     * Whether key {@code k}'s characters are those packed four to a long in {@code c0, c1, c2} (as
     * {@link WordCache.Entry} packs them), for a key of the packed word's length: three comparisons of longs, the key
     * packed once as it ended ({@link #pack}). Comparing character by character here was 7 % of the coding thread's
     * samples (JFR, BENCHMARKS.md speed24), most of it the wait for the entry the loop's branches kept from overlapping
     * with the next key's.
     */
    boolean samePacked(int k, long c0, long c1, long c2) {
        int at = 3 * k;
        return packed[at] == c0 & packed[at + 1] == c1 & packed[at + 2] == c2;
    }

    boolean sameChars(int k, char[] other) {
        return Arrays.equals(chars, starts[k], starts[k + 1], other, 0, other.length);
    }

    char[] copyChars(int k) {
        return Arrays.copyOfRange(chars, starts[k], starts[k + 1]);
    }

    String string(int k) {
        return new String(chars, starts[k], starts[k + 1] - starts[k]);
    }
}
