package org.marsad.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.marsad.text.CliticSegmenter;
import org.marsad.text.Segment;
import org.marsad.text.Token;
import org.marsad.text.TokenKind;

/**
 * The features of each token of a sentence, as {@link Fingerprint}s; the same code serves training and
 * tagging, so what the model learned is what it sees. Immutable and thread-safe.
 *
 * <p>What an Arabic word gives away about being (part of) a name:
 * <ul>
 *   <li>the normalized word, and its stem with clitics stripped (وبالعراق → عراق), the proclitic and
 *       enclitic themselves (a name takes ب، ل، و but rarely a pronoun), whether it carries the article,
 *       whether the stem is a frequent training word (names are mostly rare words), and the stems of all
 *       its other readings;</li>
 *   <li>the first and last 1–4 letters of the stem: nisba endings (ي، يه), plurals (ات، ون), foreign-name
 *       shapes (-يس، -وف، -ستان). These matter most: without them dev F1 drops by 9 points;</li>
 *   <li>shape: word/number/punctuation, Latin letters, digits, a length bucket;</li>
 *   <li>the words and stems two to each side, and the stem bigrams around it; the stem with its position
 *       when it opens the sentence or comes second (ANERcorp's sentences often open with a place or a
 *       person: «بيروت ( رويترز )»);</li>
 *   <li>Marsad's dictionaries ({@link NerDictionary}): does a known place, organization, person, title,
 *       group, nationality or given name begin or continue here or next door, or end here (its last
 *       token, or all of it), and does a trigger
 *       (الرئيس، مدينة، حزب) end two or one tokens before, here, or one token after;</li>
 *   <li>the document ({@link DocumentEvidence}): was this stem seen after a given name or a trigger
 *       elsewhere in the article, and, in the second stage, what the first stage tagged it there, and its
 *       own and its neighbours' first-stage tags.</li>
 * </ul>
 * The previous tag is not a feature here: the model's tag-transition weights carry it, which lets the
 * decoder search all tag sequences (Viterbi) instead of committing left to right.
 *
 * <p>The stem is the first reading of {@link CliticSegmenter} over the model's own lexicon (frequent
 * words of its training data, stored in the model), not the reading the pipeline's analyzer preferred
 * with the actor dictionary: that keeps the features of a shipped model fixed however the dictionaries
 * change.
 */
final class FeatureExtractor {
    /** Bumped whenever features change: a model is refused by an extractor of another version. */
    static final int VERSION = 4;

    /**
     * A CoNLL file has no document boundaries: a sentence's document is taken to be the sentences this
     * far on each side (ANERcorp's articles run to 10–40 sentences).
     */
    static final int CORPUS_WINDOW = 10;

    /** Feature templates; the ordinal is part of every fingerprint, so only append. */
    private enum T {
        BIAS, WORD, STEM, PREFIX, SUFFIX, ARTICLE, KNOWN, STEM_START, STEM_END, SHAPE,
        WORD_M1, WORD_P1, WORD_M2, WORD_P2, STEM_M1, STEM_P1, STEM_M2, STEM_P2, BIGRAM_M1, BIGRAM_P1,
        SHAPE_M1, SHAPE_P1, NAME, NAME_M1, NAME_P1, TRIGGER_HERE, TRIGGER_M1, TRIGGER_M2, FIRST, READING,
        DOCUMENT, TRIGGER_P1, FIRST_TAG, FIRST_TAG_M1, FIRST_TAG_P1, DOCUMENT_TAGS,
        CLUSTER, CLUSTER_M1, CLUSTER_P1, NAME_LAST, POSITION_STEM
    }

    /** The "begins" bits of {@link NerDictionary#nameFlags} (bit 2k of kind k); the "continues" bits are the others. */
    private static final int BEGINS = 0x55555555;
    private static final int CONTINUES = ~BEGINS;
    /** Sentence positions told apart in {@link T#POSITION_STEM}: first, second, any later. */
    private static final int POSITIONS = 3;

    /** Stem prefixes and suffixes up to this many letters (4 scored better than 3 or 5 in cross-validation). */
    private static final int AFFIX = 4;
    /** Prefix lengths of a word's cluster path used as features: coarse to fine (Ratinov and Roth use 4, 6, 10, 20). */
    private static final int[] CLUSTER_PREFIXES = {4, 6, 10, 16};
    private static final int[] NEIGHBOUR_PREFIXES = {4, 8};
    private static final long BOS = Fingerprint.hash("<s>");
    private static final long EOS = Fingerprint.hash("</s>");

    /**
     * Readings of words seen before: a pure function of the word, and news repeats its words, so most tokens
     * are served from here. Bounded: once full it only answers (the first words seen are the frequent ones).
     */
    private static final int CACHE_LIMIT = 100_000;

    /**
     * Each thread's buffer for one token's features before they are copied out: 256 is far above the most a token
     * has (~35 fixed, ~10 readings, 3 × 18 name bits, 4 × 4 trigger bits). Allocated per sentence it was 3 % of
     * the coder's bytes (2 KB a sentence and stage; BENCHMARKS.md, session 15).
     */
    private static final ThreadLocal<long[]> BUFFERS = ThreadLocal.withInitial(() -> new long[256]);

    private final ConcurrentHashMap<String, List<Segment>> cache = new ConcurrentHashMap<>(1 << 14);
    private final Set<String> lexicon;
    private final CliticSegmenter segmenter;
    private final NerDictionary dictionary;
    private final WordClusters clusters;

    FeatureExtractor(Set<String> lexicon, NerDictionary dictionary, WordClusters clusters) {
        this.lexicon = Set.copyOf(lexicon);
        this.segmenter = new CliticSegmenter(this.lexicon::contains, false);
        this.dictionary = dictionary;
        this.clusters = clusters;
    }

    /** The tokens with this extractor's clitic readings, its preferred reading first. */
    List<Token> resegment(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            List<Segment> readings = t.isWord() ? readings(t.norm()) : List.of(new Segment("", t.norm(), ""));
            out.add(new Token(t.index(), t.start(), t.end(), t.kind(), t.norm(), readings, t.sentence(),
                    t.newlineBefore()));
        }
        return out;
    }

    /**
     * Every clitic reading of a word, the one the model's lexicon prefers first. Every reading, not only
     * those the lexicon knows (the segmenter is built without pruning): the dictionaries are matched
     * through them (وبيروت → بيروت) and an unknown name keeps a feature in common with its cliticized
     * forms (ومتعب، متعب).
     */
    private List<Segment> readings(String norm) {
        List<Segment> readings = cache.get(norm);
        if (readings == null) {
            readings = segmenter.segment(norm);
            if (cache.size() < CACHE_LIMIT) {
                cache.putIfAbsent(norm, readings);
            }
        }
        return readings;
    }

    /** The sentence with the model's readings and the dictionaries' flags. */
    PreparedSentence prepare(List<Token> sentence) {
        List<Token> tokens = resegment(sentence);
        return new PreparedSentence(tokens, dictionary.nameFlags(tokens), dictionary.triggerEnds(tokens));
    }

    /**
     * The fingerprints of every token's features, given what the rest of its document says; with the first
     * stage's tags of the sentence ({@code firstTags}) for the second stage, null for the first.
     */
    long[][] extract(PreparedSentence p, DocumentEvidence document, int[] firstTags) {
        Features out = new Features();
        extract(p, document, firstTags, out);
        return out.split();
    }

    /**
     * As {@link #extract(PreparedSentence, DocumentEvidence, int[])}, into this thread's reused {@link Features} (valid
     * until the thread's next call): the tagger reads them once, to decode the sentence.
     */
    Features extractReused(PreparedSentence p, DocumentEvidence document, int[] firstTags) {
        Features out = Features.reused();
        extract(p, document, firstTags, out);
        return out;
    }

    private void extract(PreparedSentence p, DocumentEvidence document, int[] firstTags, Features out) {
        List<Token> tokens = p.tokens();
        int n = tokens.size();
        long[] word = new long[n];
        long[] stem = new long[n];
        int[] shape = new int[n];
        String[] cluster = new String[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            word[i] = Fingerprint.hash(t.norm());
            stem[i] = Fingerprint.hash(t.stem());
            shape[i] = shape(t);
            cluster[i] = t.isWord() ? cluster(t) : null;
        }
        int[] names = p.names();
        int[] triggers = p.triggers();
        long[] buf = BUFFERS.get(); // only [0, k) is read, each token's after it was written
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            Segment s = t.segments().get(0);
            String st = s.stem();
            int k = 0;
            buf[k++] = f(T.BIAS, 0);
            buf[k++] = f(T.WORD, word[i]);
            buf[k++] = f(T.STEM, stem[i]);
            buf[k++] = f(T.SHAPE, shape[i]);
            if (t.isWord()) {
                buf[k++] = f(T.PREFIX, Fingerprint.hash(s.prefix()));
                buf[k++] = f(T.SUFFIX, Fingerprint.hash(s.suffix()));
                buf[k++] = f(T.ARTICLE, s.hasArticle() ? 1 : 0);
                buf[k++] = f(T.KNOWN, lexicon.contains(st) ? 1 : 0);
                // every reading's stem, not only the preferred one: ومتعب and لاسلام share a feature with
                // متعب and اسلام even when the lexicon does not know the name and keeps the word whole
                for (int ri = 0; ri < t.segments().size(); ri++) {
                    Segment r = t.segments().get(ri);
                    if (r.suffix().isEmpty() && r.prefix().length() <= 3) {
                        buf[k++] = f(T.READING, Fingerprint.hash(r.stem()));
                    }
                }
                for (int len = 1; len <= AFFIX && len <= st.length(); len++) {
                    buf[k++] = f(T.STEM_START, Fingerprint.hash(st, 0, len));
                    buf[k++] = f(T.STEM_END, Fingerprint.hash(st, st.length() - len, st.length()));
                }
            }
            buf[k++] = f(T.WORD_M1, i >= 1 ? word[i - 1] : BOS);
            buf[k++] = f(T.WORD_P1, i + 1 < n ? word[i + 1] : EOS);
            buf[k++] = f(T.WORD_M2, i >= 2 ? word[i - 2] : BOS);
            buf[k++] = f(T.WORD_P2, i + 2 < n ? word[i + 2] : EOS);
            buf[k++] = f(T.STEM_M1, i >= 1 ? stem[i - 1] : BOS);
            buf[k++] = f(T.STEM_P1, i + 1 < n ? stem[i + 1] : EOS);
            buf[k++] = f(T.STEM_M2, i >= 2 ? stem[i - 2] : BOS);
            buf[k++] = f(T.STEM_P2, i + 2 < n ? stem[i + 2] : EOS);
            buf[k++] = Fingerprint.of(T.BIGRAM_M1.ordinal(), i >= 1 ? stem[i - 1] : BOS, stem[i]);
            buf[k++] = Fingerprint.of(T.BIGRAM_P1.ordinal(), stem[i], i + 1 < n ? stem[i + 1] : EOS);
            buf[k++] = f(T.SHAPE_M1, i >= 1 ? shape[i - 1] : -1);
            buf[k++] = f(T.SHAPE_P1, i + 1 < n ? shape[i + 1] : -1);
            k = bits(buf, k, T.NAME, names[i]);
            k = bits(buf, k, T.NAME_M1, i >= 1 ? names[i - 1] : 0);
            k = bits(buf, k, T.NAME_P1, i + 1 < n ? names[i + 1] : 0);
            k = bits(buf, k, T.NAME_LAST, nameLast(names[i], i + 1 < n ? names[i + 1] : 0));
            if (t.isWord()) {
                buf[k++] = Fingerprint.of(T.POSITION_STEM.ordinal(), Math.min(i, POSITIONS - 1), stem[i]);
            }
            k = bits(buf, k, T.TRIGGER_HERE, triggers[i]);
            k = bits(buf, k, T.TRIGGER_M1, i >= 1 ? triggers[i - 1] : 0);
            k = bits(buf, k, T.TRIGGER_M2, i >= 2 ? triggers[i - 2] : 0);
            k = bits(buf, k, T.TRIGGER_P1, i + 1 < n ? triggers[i + 1] : 0);
            k = clusterPrefixes(buf, k, T.CLUSTER, cluster[i], CLUSTER_PREFIXES);
            k = clusterPrefixes(buf, k, T.CLUSTER_M1, i >= 1 ? cluster[i - 1] : null, NEIGHBOUR_PREFIXES);
            k = clusterPrefixes(buf, k, T.CLUSTER_P1, i + 1 < n ? cluster[i + 1] : null, NEIGHBOUR_PREFIXES);
            if (t.isWord()) {
                k = bits(buf, k, T.DOCUMENT, document.contexts(st));
            }
            if (firstTags != null) {
                buf[k++] = f(T.FIRST_TAG, firstTags[i]);
                buf[k++] = f(T.FIRST_TAG_M1, i >= 1 ? firstTags[i - 1] : -1);
                buf[k++] = f(T.FIRST_TAG_P1, i + 1 < n ? firstTags[i + 1] : -1);
                if (t.isWord()) {
                    k = bits(buf, k, T.DOCUMENT_TAGS, document.tags(st));
                }
            }
            if (i == 0) {
                buf[k++] = f(T.FIRST, 1);
            }
            out.add(buf, k);
        }
    }

    /**
     * The dictionary names that end at a token, in {@link NerDictionary#nameFlags}'s layout: bit 2k when a
     * one-token name of kind k is this token, bit 2k+1 when a longer one has its last token here (nothing
     * of it continues next). With the begins/continues bits this gives every name BILOU positions, as the
     * tags themselves have.
     */
    static int nameLast(int here, int next) {
        int nextContinues = next & CONTINUES;
        return here & CONTINUES & ~nextContinues | here & BEGINS & ~(nextContinues >>> 1);
    }

    /** The word's cluster, or else its stem's (وبالرياض has none of its own, الرياض does). */
    private String cluster(Token t) {
        String c = clusters.path(t.norm());
        if (c == null) {
            String st = t.stem();
            c = clusters.path(st);
            if (c == null && !st.startsWith("ال")) {
                c = clusters.path("ال" + st);
            }
        }
        return c;
    }

    /** One feature per prefix length of a cluster path (a shorter path gives its whole self once). */
    private static int clusterPrefixes(long[] buf, int k, T template, String path, int[] lengths) {
        if (path == null) {
            return k;
        }
        for (int len : lengths) {
            int l = Math.min(len, path.length());
            buf[k++] = Fingerprint.of(template.ordinal(), l, Fingerprint.hash(path, 0, l));
            if (l == path.length()) {
                break;
            }
        }
        return k;
    }

    private static long f(T template, long value) {
        return Fingerprint.of(template.ordinal(), value);
    }

    /** One feature per set bit of {@code mask}. */
    private static int bits(long[] buf, int k, T template, int mask) {
        for (int m = mask; m != 0; m &= m - 1) {
            buf[k++] = f(template, Integer.numberOfTrailingZeros(m));
        }
        return k;
    }

    /**
     * Kind, script and length of a token in one number: names are Arabic words of 3 to 8 letters far
     * more often than 2, and Latin letters or digits inside a word (C4، إف16) mark product and model names.
     */
    static int shape(Token t) {
        if (t.kind() != TokenKind.WORD) {
            return t.kind() == TokenKind.NUMBER ? 1 : 2;
        }
        String w = t.norm();
        boolean latin = false;
        boolean digit = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            latin |= c < 0x0250 && Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        int len = w.length();
        int bucket = len <= 3 ? len : len <= 5 ? 4 : len <= 7 ? 5 : 6;
        return 10 + bucket * 4 + (latin ? 2 : 0) + (digit ? 1 : 0);
    }
}
