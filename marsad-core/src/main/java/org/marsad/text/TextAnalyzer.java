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

    /**
     * Clitic readings of frequent words, computed once: segmentation is a pure function of the word, and
     * news repeats its words (Zipf), so most tokens are served from here. Bounded: once full it only
     * answers, it never grows (the first words seen in a corpus are its frequent ones).
     */
    private final java.util.concurrent.ConcurrentHashMap<String, List<Segment>> cache =
            new java.util.concurrent.ConcurrentHashMap<>(1 << 14);
    private static final int CACHE_LIMIT = 100_000;

    public TextAnalyzer(Predicate<String> lexicon) {
        this(lexicon, false);
    }

    /**
     * @param prune keep only the clitic readings a dictionary can use: right (and much faster) when
     *              {@code lexicon} holds every word of every dictionary matched against the tokens
     */
    public TextAnalyzer(Predicate<String> lexicon, boolean prune) {
        this(lexicon, prune, null);
    }

    /** @param stemFacts the dictionaries' answers to keep on each word's segments (see {@link StemFacts}); may be null */
    public TextAnalyzer(Predicate<String> lexicon, boolean prune, StemFacts stemFacts) {
        this.segmenter = new CliticSegmenter(lexicon, prune);
        this.stemFacts = stemFacts;
    }

    private final StemFacts stemFacts;

    private List<Segment> segments(String norm, boolean taMarbuta) {
        String key = taMarbuta ? norm + '\u0629' : norm;
        List<Segment> s = cache.get(key);
        if (s == null) {
            s = segmenter.segment(norm, taMarbuta);
            if (stemFacts != null) {
                List<Segment> withFacts = new ArrayList<>(s.size());
                for (Segment r : s) {
                    withFacts.add(r.withFacts(stemFacts));
                }
                s = List.copyOf(withFacts);
            }
            if (cache.size() < CACHE_LIMIT) {
                cache.putIfAbsent(key, s);
            }
        }
        return s;
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
        SentenceSplitter.Bounds bounds = splitter.bounds(text, raw);
        int[] sentenceOf = bounds.sentenceOf();
        Token[] tokens = new Token[raw.size()];
        for (int i = 0; i < tokens.length; i++) {
            Token t = raw.get(i);
            List<Segment> segments = t.isWord() ? segments(t.norm(), endsWithTaMarbuta(text, t.end()))
                    : List.of(new Segment("", t.norm(), ""));
            tokens[i] = new Token(t.index(), t.start(), t.end(), t.kind(), t.norm(), segments, sentenceOf[i],
                    t.newlineBefore());
        }
        return new AnalyzedText(text, bounds.sentences(), java.util.Arrays.asList(tokens));
    }
}
