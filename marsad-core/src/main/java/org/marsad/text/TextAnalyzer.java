package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The text layer as one chain: {@link Tokenizer} → {@link CliticSegmenter} → {@link SentenceSplitter}.
 * Normalization happens inside the tokenizer, per token, so every token keeps its original offsets.
 * Thread-safe: no state beyond the immutable lexicon.
 */
public final class TextAnalyzer {
    private final Tokenizer tokenizer = new Tokenizer();
    private final CliticSegmenter segmenter;
    private final SentenceSplitter splitter = new SentenceSplitter();

    public TextAnalyzer(Predicate<String> lexicon) {
        this.segmenter = new CliticSegmenter(lexicon);
    }

    /** True when the last letter before {@code end} (skipping diacritics and tatweel) is ة. */
    private static boolean endsWithTaMarbuta(String text, int end) {
        for (int i = end - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!ArabicNormalizer.isTransparent(c)) {
                return c == 'ة';
            }
        }
        return false;
    }

    public AnalyzedText analyze(String text) {
        List<Token> raw = tokenizer.tokenize(text);
        List<Token> segmented = new ArrayList<>(raw.size());
        for (Token t : raw) {
            List<Segment> segments = t.isWord() ? segmenter.segment(t.norm(), endsWithTaMarbuta(text, t.end()))
                    : List.of(new Segment("", t.norm(), ""));
            segmented.add(new Token(t.index(), t.start(), t.end(), t.kind(), t.norm(), segments, -1,
                    t.newlineBefore()));
        }
        SentenceSplitter.Result r = splitter.split(text, segmented);
        return new AnalyzedText(text, r.sentences(), r.tokens());
    }
}
