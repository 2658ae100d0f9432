package org.marsad.text;

import java.util.List;

/**
 * A 64-bit summary of the stems a word can be read as, against which a phrase matcher rejects a word without
 * comparing strings: each reading's stem sets one bit for the stem itself and one for its first two letters. A
 * matcher's slot sets the same bits for its alternatives (see {@link #ofExact}, {@link #ofPrefix}); a word whose
 * signature shares no bit with a slot's cannot match it, one that shares a bit is then compared as before.
 *
 * <p>Computed once per distinct word, with its {@link WordForm} ({@link Token#stemSignature}). The event cue finder
 * looks for a cue's further words at each of up to a dozen words after it, for each of the twenty patterns a head
 * like دعا has: those string comparisons, nearly all failing, were 7 % of the warm coder's time (BENCHMARKS.md,
 * session 12, speed13).
 */
public final class StemSignature {
    /** The signature of a slot that may match any word (a one-letter prefix alternative): never rejects. */
    public static final long ANY = -1L;

    private StemSignature() {
    }

    /** The signature of a word: every reading's stem. */
    static long of(List<Segment> readings) {
        long s = 0;
        for (int i = 0; i < readings.size(); i++) {
            s |= ofStem(readings.get(i).stem());
        }
        return s;
    }

    /** The bits of one stem: its own, and its first two letters'. */
    static long ofStem(String stem) {
        long s = bit(stem.hashCode());
        return stem.length() >= 2 ? s | firstTwoBit(stem.charAt(0), stem.charAt(1)) : s;
    }

    /** The bit of a slot alternative that matches {@code stem} only. */
    public static long ofExact(String stem) {
        return bit(stem.hashCode());
    }

    /** The bit of a slot alternative that matches every stem starting with {@code prefix}; {@link #ANY} for one letter. */
    public static long ofPrefix(String prefix) {
        return prefix.length() >= 2 ? firstTwoBit(prefix.charAt(0), prefix.charAt(1)) : ANY;
    }

    /**
     * False when the word of signature {@code word} cannot match the slot of signature {@code slot}: no reading's stem
     * is one of its exact alternatives or starts with one of its prefix alternatives.
     */
    public static boolean mayMatch(long word, long slot) {
        return (word & slot) != 0;
    }

    /** One of the 64 bits, chosen by the top six bits of a multiplicative hash. */
    private static long bit(int hash) {
        return 1L << ((hash * 0x9E3779B9) >>> 26);
    }

    private static long firstTwoBit(char c0, char c1) {
        return bit((c0 << 16 | c1) ^ 0x5BD1E995);
    }
}
