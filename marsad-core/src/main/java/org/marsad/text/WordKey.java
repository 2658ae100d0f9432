package org.marsad.text;

import java.util.Arrays;

/**
 * A reusable buffer holding one token's normalized characters, the key of {@link WordCache}: a cached word is
 * found without making a string of it.
 */
final class WordKey {
    private char[] chars = new char[32];
    private int length;

    void clear() {
        length = 0;
    }

    void append(char c) {
        if (length == chars.length) {
            chars = Arrays.copyOf(chars, length * 2);
        }
        chars[length++] = c;
    }

    /** Appends {@code s[from, to)} unchanged. */
    void append(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            append(s.charAt(i));
        }
    }

    int length() {
        return length;
    }

    /** A hash of the characters and {@code variant}, well spread in its low and high bits. */
    int hash(int variant) {
        int h = variant;
        for (int i = 0; i < length; i++) {
            h = 31 * h + chars[i];
        }
        return h * 0x9E3779B9;
    }

    boolean sameChars(char[] other) {
        return Arrays.equals(chars, 0, length, other, 0, other.length);
    }

    char[] copyChars() {
        return Arrays.copyOf(chars, length);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
