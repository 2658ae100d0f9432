package org.marsad.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
        return new Fingerprint(sha256(String.join(" ", words)), MinHash.signature(words));
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
        return Sha256.hex(s.getBytes(StandardCharsets.UTF_8));
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
