package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.marsad.model.Span;

/**
 * The text layer as one chain: {@link PageFurniture} → {@link Tokenizer} → {@link CliticSegmenter} →
 * {@link SentenceSplitter}. The tokenizer reads the text between the page furniture before and after the article, if
 * any.
 * Normalization happens per token, after the tokenizer has found it, so every token keeps its original offsets.
 * Each {@link Token} is built once, from the arrays the chain fills ({@link TokenSpans}).
 * Thread-safe: its only mutable state is the word cache, whose readers take no lock (see {@link WordCache}).
 */
public final class TextAnalyzer {
    private final PageFurniture furniture = PageFurniture.standard();
    private final Tokenizer tokenizer = new Tokenizer();
    private final CliticSegmenter segmenter;
    private final SentenceSplitter splitter = new SentenceSplitter();

    /**
     * Normalized forms and clitic readings of frequent words, computed once: segmentation is a pure function of
     * the word, and news repeats its words (Zipf), so most tokens are served from here (see {@link WordCache}).
     */
    private final WordCache cache = new WordCache(CACHE_LIMIT);
    /**
     * Words kept at most: about 250 bytes of heap each once full (75 MB). The whole SaudiNewsNet corpus (96 MB of text)
     * has fewer distinct forms than this; with 100,000 the cache was full a third of the way in, and every later
     * word beyond it was segmented and asked the dictionaries' questions again each time it came: the whole coder
     * ran at 12.2-12.8 MB/s on the first 10,000 articles, 14.7-15.7 with 200,000 (BENCHMARKS.md, session 5).
     */
    private static final int CACHE_LIMIT = 300_000;

    /** Cache variants: the same characters mean different things as a word, a word ending in ة, a number, a sign. */
    private static final int WORD = 0;
    private static final int WORD_TA_MARBUTA = 1;
    private static final int NUMBER = 2;
    private static final int PUNCT = 3;

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
        List<Segment> s = segmenter.segment(norm, taMarbuta);
        if (stemFacts != null) {
            List<Segment> withFacts = new ArrayList<>(s.size());
            for (Segment r : s) {
                withFacts.add(r.withFacts(stemFacts));
            }
            return FixedList.copyOf(withFacts);
        }
        return FixedList.copyOf(s);
    }

    /**
     * The cache entry of key {@code k} when the cache lacked it as the text began: computed, and kept while there is
     * room; or the entry an earlier token of the same text added (a new name often comes several times in one
     * article: its readings and their dictionary answers are worked out once).
     */
    private WordCache.Entry newEntry(WordKeys keys, int k) {
        WordCache.Entry added = cache.get(keys, k);
        if (added != null) {
            return added;
        }
        int variant = keys.variant(k);
        String norm = keys.string(k);
        // a number or a sign is its one reading, with its facts too (speed36): without them every stage asked its
        // dictionaries about it at each token (1.8 % of the warm coding thread, JFR), with the same answers
        List<Segment> segments = variant == WORD || variant == WORD_TA_MARBUTA
                ? segments(norm, variant == WORD_TA_MARBUTA)
                : FixedList.of(stemFacts != null ? new Segment("", norm, "").withFacts(stemFacts) : new Segment("", norm, ""));
        WordCache.Entry e = new WordCache.Entry(keys.hash(k), variant, keys.copyChars(k), norm, segments, stemFacts,
                stemFacts == null ? 0 : stemFacts.answered(segments));
        cache.add(e);
        return e;
    }

    /** True when the last letter before {@code end} (skipping diacritics and tatweel) is ة. */
    private static boolean endsWithTaMarbuta(char[] text, int end) {
        for (int i = end - 1; i >= 0; i--) {
            char c = text[i];
            if (!ArabicNormalizer.isTransparent(c)) {
                return c == 'ة';
            }
        }
        return false;
    }

    /**
     * The working arrays of {@link #analyze}: token spans, cache keys and the entries found. They depend only on
     * the text being analyzed and none outlives the call, so each thread keeps one set and reuses it from text to
     * text instead of allocating about 4 bytes per byte of text each time: every byte allocated is a cache line
     * written, pushing the word cache and the dictionaries out of the processor's caches, which the two coding
     * threads share (BENCHMARKS.md, session 9).
     */
    private static final class Workspace {
        final TokenSpans spans = new TokenSpans(1024);
        final WordKeys keys = new WordKeys(1024, 8192);
        WordCache.Entry[] entries = new WordCache.Entry[1024];
        int[] sentenceOf = new int[1024];
        /** The text's characters: read from an array, not through {@code String.charAt} calls (see {@link Tokenizer}). */
        char[] chars = new char[8192];

        char[] chars(String text) {
            if (chars.length < text.length()) {
                chars = new char[Math.max(text.length(), chars.length * 2)];
            }
            text.getChars(0, text.length(), chars, 0);
            return chars;
        }

        WordCache.Entry[] entries(int n) {
            if (entries.length < n) {
                entries = new WordCache.Entry[Math.max(n, entries.length * 2)];
            }
            return entries;
        }

        /** The sentence of each token, read only while the tokens are built. */
        int[] sentenceOf(int n) {
            if (sentenceOf.length < n) {
                sentenceOf = new int[Math.max(n, sentenceOf.length * 2)];
            }
            return sentenceOf;
        }
    }

    private final ThreadLocal<Workspace> workspaces = ThreadLocal.withInitial(Workspace::new);

    /**
     * Texts longer than this (in chars) get working arrays of their own, dropped after the call: a thread's arrays
     * grow to the longest text it reuses them for and stay, and a server has many threads (about 1 MB each at most).
     */
    private static final int REUSED_UP_TO = 50_000;

    public AnalyzedText analyze(String text) {
        Workspace w = text.length() <= REUSED_UP_TO ? workspaces.get() : new Workspace();
        char[] chars = w.chars(text);
        // the page furniture before and after the article («شارك من خلال تويتر ...», «مقالات أخرى للكاتب...») is not
        // read: no token, sentence or mention comes from it, and every offset is an offset into the whole text
        PageFurniture.Bounds article = furniture.bounds(chars, text.length());
        int begin = article.begin();
        int end = article.end();
        TokenSpans spans = tokenizer.scan(chars, begin, end, w.spans);
        WordKeys keys = w.keys;
        // the three passes over the tokens are methods of their own: this one, called once per text, is entered too
        // rarely to be compiled early, and its loops were compiled on stack (OSR) four times under load (0.5-6.2 s
        // each), one of them thrown away at a range check in the cache's inlined code (BENCHMARKS.md, session 18);
        // apart, each pass is compiled on its own, and a trap in one does not throw the others away
        int kept = keysOf(chars, spans, keys);
        WordCache.Entry[] entries = entriesOf(keys, spans, w.entries(kept), kept);
        SentenceSplitter.Bounds bounds = splitter.bounds(spans, w.sentenceOf(kept));
        // a closing keyword line's tokens (from bounds.end() on) are in no sentence: they are left out
        Token[] tokens = tokensOf(spans, entries, bounds.sentenceOf(), bounds.end());
        return new AnalyzedText(text, bounds.sentences(), FixedList.wrap(tokens), bounds.keywords(),
                end < text.length() ? new Span(end, text.length()) : null, begin > 0 ? new Span(0, begin) : null);
    }

    /**
     * Each token's cache key into {@code keys} (its normalized characters and variant); a word of only marks or
     * tatweel is dropped from {@code spans}. Returns the number of tokens kept.
     */
    private static int keysOf(char[] chars, TokenSpans spans, WordKeys keys) {
        keys.clear(spans.size());
        int kept = 0;
        boolean newline = false;
        for (int c = 0; c < spans.size(); c++) {
            newline |= spans.newlineBefore[c];
            TokenKind kind = spans.kinds[c];
            int start = spans.starts[c];
            int end = spans.ends[c];
            keys.begin();
            if (kind == TokenKind.PUNCT) {
                keys.append(chars, start, end); // signs are kept as written
            } else {
                ArabicNormalizer.normalizeInto(chars, start, end, keys);
            }
            if (kind == TokenKind.WORD && keys.pendingLength() == 0) {
                keys.discard();
                continue; // only marks or tatweel: nothing to match (a pending line break goes to the next token)
            }
            keys.end(kind == TokenKind.PUNCT ? PUNCT : kind == TokenKind.NUMBER ? NUMBER
                    : endsWithTaMarbuta(chars, end) ? WORD_TA_MARBUTA : WORD);
            spans.newlineBefore[c] = newline;
            if (c != kept) { // only after a dropped word: most texts have none
                spans.move(c, kept);
            }
            kept++;
            newline = false;
        }
        spans.truncate(kept);
        spans.addColumns(); // after the drops: nothing to move in them
        return kept;
    }

    /** The cache entry of each of the {@code kept} keys into {@code into}, made when new; their norms into spans. */
    private WordCache.Entry[] entriesOf(WordKeys keys, TokenSpans spans, WordCache.Entry[] into, int kept) {
        WordCache.Entry[] entries = cache.getAll(keys, into);
        for (int i = 0; i < kept; i++) {
            if (entries[i] == null) {
                entries[i] = newEntry(keys, i);
            }
            spans.norms[i] = entries[i].norm; // the sentence splitter reads them
        }
        return entries;
    }

    /** The text's tokens, built once from the arrays the chain filled. */
    private static Token[] tokensOf(TokenSpans spans, WordCache.Entry[] entries, int[] sentenceOf, int kept) {
        Token[] tokens = new Token[kept];
        for (int i = 0; i < kept; i++) {
            tokens[i] = new Token(i, spans.starts[i], spans.ends[i], spans.kinds[i], entries[i], sentenceOf[i],
                    spans.newlineBefore[i]);
        }
        return tokens;
    }
}
