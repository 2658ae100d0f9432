package org.marsad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Token;

/**
 * What deduplication knows of a text: the hash of its normalized word stream (equal for texts that differ
 * only in tashkeel, tatweel, alef or ya variants, punctuation, spacing or digits' script) and its MinHash
 * signature for near-duplicates.
 */
public record Fingerprint(String contentHash, int[] minhash) {

    public static Fingerprint of(AnalyzedText text) {
        List<String> words = words(text);
        return new Fingerprint(sha256(joinedUtf8(words)), MinHash.signature(words));
    }

    /**
     * {@code String.join(" ", words).getBytes(UTF_8)}, the bytes the content hash is made of, in one pass over the
     * words' characters and without the joined string: on the coding thread of a batch ingest (C1's code) joining and
     * encoding cost half as much as the hash itself (JFR). A surrogate pair is one 4-byte character and
     * half a pair a '?', as {@code getBytes} has them (the pair cannot span two words: a space separates them).
     */
    static byte[] joinedUtf8(List<String> words) {
        int chars = Math.max(0, words.size() - 1);
        for (String w : words) {
            chars += w.length();
        }
        char[] cs = new char[chars];
        int p = 0;
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            if (k > 0) {
                cs[p++] = ' ';
            }
            w.getChars(0, w.length(), cs, p);
            p += w.length();
        }
        byte[] out = new byte[chars * 3];
        int n = 0;
        for (int i = 0; i < chars; i++) {
            char c = cs[i];
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < chars && Character.isLowSurrogate(cs[i + 1])) {
                int cp = Character.toCodePoint(c, cs[++i]);
                out[n++] = (byte) (0xF0 | cp >> 18);
                out[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                out[n++] = '?';
            } else {
                out[n++] = (byte) (0xE0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The normalized words and numbers of a text, in order; punctuation is not content. */
    static List<String> words(AnalyzedText text) {
        List<String> words = new ArrayList<>(text.tokens().size());
        for (Token t : text.tokens()) {
            if (!t.isPunct()) {
                words.add(t.norm());
            }
        }
        return words;
    }

    static String sha256(String s) {
        return sha256(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && f.contentHash.equals(contentHash)
                && java.util.Arrays.equals(f.minhash, minhash);
    }

    @Override
    public int hashCode() {
        return contentHash.hashCode();
    }

    @Override
    public String toString() {
        return "Fingerprint[" + contentHash + "]";
    }
}
