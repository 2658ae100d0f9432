package org.marsad.events;

/**
 * One flag per token of a sentence, in an array a thread keeps from sentence to sentence: a fresh {@code boolean[]}
 * per sentence and use was about 5 % of the coder's allocated bytes (BENCHMARKS.md, speed19 and speed20). Each
 * serves one use of one sentence at a time: the next {@link #cleared} call hands the same array to the next sentence.
 */
final class TokenFlags {
    /** A thread keeps arrays up to this many tokens long: a longer sentence's are its own. */
    static final int KEPT = 4096;

    private boolean[] flags = new boolean[64];

    /** A thread's flags for one sentence coder's run: the tokens in a mention, the words of a cue, the verbs. */
    static final class OfASentence {
        final TokenFlags inMention = new TokenFlags();
        final TokenFlags cueWords = new TokenFlags();
        final TokenFlags verbs = new TokenFlags();
    }

    /** The flags of a sentence of {@code n} tokens, the first {@code n} all false (the array may be longer). */
    boolean[] cleared(int n) {
        int size = renewedLength(flags.length, n);
        if (size > 0) {
            flags = new boolean[size];
        } else {
            java.util.Arrays.fill(flags, 0, n, false);
        }
        return flags;
    }

    /**
     * The length of the new working array a sentence of {@code n} tokens needs when a thread keeps one of length
     * {@code have}, or 0 when that one serves (cleared): too short, it grows to twice its length (up to {@link #KEPT});
     * made for a sentence longer than {@link #KEPT}, it is not kept for a shorter one.
     */
    static int renewedLength(int have, int n) {
        if (n <= have && (have <= KEPT || n > KEPT)) {
            return 0;
        }
        return n > KEPT ? n : Math.min(KEPT, Math.max(n, 2 * have));
    }
}
