package org.marsad.fuzz;

import java.nio.charset.StandardCharsets;

/** Turns the fuzzer's bytes into the text a target reads. */
final class FuzzInput {
    private FuzzInput() {
    }

    /**
     * The text of {@code bytes}: when the first byte is odd, the rest read as raw UTF-16 code units (so lone
     * surrogates, bidi and zero-width controls reach the code as Java strings can hold them), else as UTF-8
     * with malformed bytes replaced (what a lenient reader hands on).
     */
    static String text(byte[] bytes) {
        if (bytes.length == 0) {
            return "";
        }
        if ((bytes[0] & 1) == 0) {
            return new String(bytes, 1, bytes.length - 1, StandardCharsets.UTF_8);
        }
        char[] chars = new char[(bytes.length - 1) / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) (((bytes[1 + 2 * i] & 0xFF) << 8) | (bytes[2 + 2 * i] & 0xFF));
        }
        return new String(chars);
    }

    /** Fails the run (a finding) when {@code ok} is false. */
    static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
