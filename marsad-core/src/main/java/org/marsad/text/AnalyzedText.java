package org.marsad.text;

import java.util.List;
import org.marsad.model.Sentence;

/** An article's text after the text layer: sentences and tokens (with their clitic readings). */
public record AnalyzedText(String text, List<Sentence> sentences, List<Token> tokens) {
    public AnalyzedText {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
    }

    /** Index of the first token of sentence {@code s}. Tokens are ordered by sentence. */
    public int firstToken(int s) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).sentence() < s) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index after the last token of sentence {@code s}. */
    public int endToken(int s) {
        return firstToken(s + 1);
    }
}
