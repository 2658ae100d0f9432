package org.marsad.ner;

import java.util.Arrays;

/**
 * One sentence's feature fingerprints, every token's after the previous one's in one array: token {@code i}'s are
 * {@code all()[start(i) .. end(i))}. The tagger reuses one per thread from sentence to sentence ({@link #reused}),
 * where a {@code long[]} per token and stage was 3.8 % of the coder's bytes (BENCHMARKS.md, session 26, speed35).
 */
final class Features {
    /** Above this many fingerprints a thread's arrays are dropped at its next sentence, so none keeps one grown for a long sentence. */
    private static final int KEPT = 1 << 17;
    private static final ThreadLocal<Features> REUSED = ThreadLocal.withInitial(Features::new);

    private long[] all = new long[4096];
    private int[] ends = new int[128];
    private int tokens;

    /** This thread's instance, emptied: valid until the thread's next call. */
    static Features reused() {
        Features f = REUSED.get();
        if (f.all.length > KEPT) {
            f = new Features();
            REUSED.set(f);
        }
        f.tokens = 0;
        return f;
    }

    /** Appends the next token's fingerprints, {@code buf[0 .. k)}. */
    void add(long[] buf, int k) {
        if (tokens == ends.length) {
            ends = Arrays.copyOf(ends, tokens * 2);
        }
        int from = total();
        if (all.length < from + k) {
            all = Arrays.copyOf(all, Math.max(from + k, all.length * 2));
        }
        System.arraycopy(buf, 0, all, from, k);
        ends[tokens++] = from + k;
    }

    /** The number of tokens. */
    int size() {
        return tokens;
    }

    /** The number of fingerprints of all tokens. */
    int total() {
        return tokens == 0 ? 0 : ends[tokens - 1];
    }

    /** Every token's fingerprints, one after the other; only {@code [0, total())} is meaningful. */
    long[] all() {
        return all;
    }

    /** Where token {@code i}'s fingerprints end in {@link #all}. */
    int end(int i) {
        return ends[i];
    }

    /** A copy, one array per token (the trainer keeps every sentence's features). */
    long[][] split() {
        long[][] out = new long[tokens][];
        for (int i = 0, from = 0; i < tokens; i++) {
            out[i] = Arrays.copyOfRange(all, from, ends[i]);
            from = ends[i];
        }
        return out;
    }
}
