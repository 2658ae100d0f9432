package org.marsad.events;

import java.util.List;
import org.marsad.text.Segment;
import org.marsad.text.Token;

/**
 * A 63-bit summary of the stems a word can be read as, against which a cue's further word is rejected without
 * comparing strings: each reading's stem sets one bit for the stem itself and one for its first two letters, and a
 * further word's first slot sets the same bits for its alternatives (the whole stem of an exact one, the first two
 * letters of a prefix one, اتفاق*). A word whose signature shares no bit with the slot's cannot match it; one that
 * shares a bit is then compared as before. A cue's further words are looked for at each of up to
 * {@link CueFinder#WINDOW} words after it, for each of the twenty patterns a head like دعا has: those string
 * comparisons, nearly all failing, were a twentieth of the coder's time (BENCHMARKS.md, session 12).
 */
final class StemSignature {
    /** Set in every word's signature, so that 0 can mean "not yet computed". */
    static final long KNOWN = Long.MIN_VALUE;
    /** The signature of a slot that may match any word (a one-letter prefix alternative): never rejects. */
    static final long ANY = -1L;

    private StemSignature() {
    }

    /** The signature of a word: every reading's stem. */
    static long of(Token t) {
        long s = KNOWN;
        List<Segment> readings = t.segments();
        for (int i = 0; i < readings.size(); i++) {
            s |= ofStem(readings.get(i).stem());
        }
        return s;
    }

    /** The bits of one stem; its hash is cached in the string, and its first two letters are two loads. */
    static long ofStem(String stem) {
        long s = bit(stem.hashCode());
        return stem.length() >= 2 ? s | firstTwoBit(stem.charAt(0), stem.charAt(1)) : s;
    }

    /** The bits any stem that matches one of {@code alternatives} sets (see {@link Pattern.Word#matches}). */
    static long ofSlot(List<Pattern.Alt> alternatives) {
        long s = 0;
        for (Pattern.Alt alt : alternatives) {
            String a = alt.stem();
            if (!alt.prefix()) {
                s |= bit(a.hashCode());
            } else if (a.length() >= 2) {
                s |= firstTwoBit(a.charAt(0), a.charAt(1)); // every stem that starts with it starts with these two
            } else {
                return ANY;
            }
        }
        return s;
    }

    /** False when the word of signature {@code word} cannot match the slot of signature {@code slot}. */
    static boolean mayMatch(long word, long slot) {
        return (word & slot & ~KNOWN) != 0;
    }

    /** One of bits 0-62, spread by a multiplicative hash. */
    private static long bit(int hash) {
        return 1L << ((hash * 0x9E3779B9) >>> 1) % 63;
    }

    private static long firstTwoBit(char c0, char c1) {
        return bit((c0 << 16 | c1) ^ 0x5BD1E995);
    }
}
