package org.marsad.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Span;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Token;

/**
 * Marsad's statistical named-entity recognizer: finds persons, places, organizations and other names
 * (ANERcorp's PERS, LOC, ORG, MISC) in analyzed Arabic text, sentence by sentence, with what the rest of
 * the article says about each word (see {@link NerTrainer}).
 *
 * <p>{@link #load()} reads the model shipped in the jar ({@value #MODEL}) once; a tagger is immutable and
 * safe to share between threads.
 */
public final class NerTagger {
    public static final String MODEL = "marsad/ner/model.bin.gz";

    private final NerModel model;
    private final FeatureExtractor extractor;

    /** A tagger with the shipped word clusters. */
    public NerTagger(NerModel model, NerDictionary dictionary) {
        this(model, dictionary, WordClusters.load());
    }

    /** A tagger with the clusters the model was trained with; other clusters are refused. */
    public NerTagger(NerModel model, NerDictionary dictionary, WordClusters clusters) {
        if (model.clusters() != clusters.digest()) {
            throw new IllegalArgumentException("the model was trained with other word clusters than these (" + clusters.size()
                    + " words): retrain it (marsad ner train) or pass the clusters it was trained with");
        }
        this.model = model;
        this.extractor = new FeatureExtractor(model.lexicon(), dictionary, clusters);
    }

    private static volatile NerTagger shipped;

    /**
     * The tagger with the shipped model, loaded on first use. Not a holder-class singleton: a missing or
     * stale model must surface as an exception with its message, not as an ExceptionInInitializerError.
     */
    public static NerTagger load() {
        NerTagger t = shipped;
        if (t == null) {
            synchronized (NerTagger.class) {
                t = shipped;
                if (t == null) {
                    t = new NerTagger(readShipped(), NerDictionary.load());
                    shipped = t;
                }
            }
        }
        return t;
    }

    private static NerModel readShipped() {
        InputStream in = NerTagger.class.getClassLoader().getResourceAsStream(MODEL);
        if (in == null) {
            throw new IllegalStateException("missing resource " + MODEL + " (train it: marsad ner train, see marsad/ner/SOURCE.md)");
        }
        try (in) {
            return NerModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(MODEL + ": " + e.getMessage(), e);
        }
    }

    public NerModel model() {
        return model;
    }

    /** The entities of every sentence of {@code text}, in text order; the text is one document. */
    public List<NerSpan> tag(AnalyzedText text) {
        return tag(text, s -> true);
    }

    /**
     * The entities of the sentences {@code which} selects, in text order; those sentences are one
     * document. Tagging costs far more than dictionary matching, so the pipeline tags only the sentences
     * where a name no dictionary knows matters.
     */
    public List<NerSpan> tag(AnalyzedText text, java.util.function.IntPredicate which) {
        List<int[]> ranges = new ArrayList<>();
        for (int s = 0; s < text.sentences().size(); s++) {
            if (which.test(s)) {
                ranges.add(new int[] {text.firstToken(s), text.endToken(s)});
            }
        }
        return tagRanges(text, ranges);
    }

    /**
     * The entities of the token ranges [from, end) given (in text order, not overlapping, each within one
     * sentence), tagged as the sentences of one document. A window of a few words around the place where
     * a name is expected tags that name as well as its whole sentence does, at a fraction of the cost.
     */
    public List<NerSpan> tagRanges(AnalyzedText text, List<int[]> ranges) {
        if (ranges.isEmpty()) {
            return List.of();
        }
        List<Token> tokens = text.tokens();
        List<List<Token>> pieces = new ArrayList<>(ranges.size());
        for (int[] r : ranges) {
            pieces.add(tokens.subList(r[0], r[1]));
        }
        List<List<String>> tags = tagDocument(pieces);
        List<NerSpan> out = new ArrayList<>();
        for (int k = 0; k < pieces.size(); k++) {
            int from = ranges.get(k)[0];
            for (Entity e : Entity.of(tags.get(k))) {
                int first = from + e.start();
                int end = from + e.end();
                out.add(new NerSpan(first, end, e.type(), new Span(tokens.get(first).start(), tokens.get(end - 1).end())));
            }
        }
        return out;
    }

    /** BIO tags for each sentence of one document (Marsad tokens: normalized forms and kinds are what count). */
    public List<List<String>> tagDocument(List<List<Token>> sentences) {
        return decode(sentences, -1);
    }

    /** BIO tags for one sentence that is a document of its own. */
    public List<String> tagTokens(List<Token> sentence) {
        return decode(List.of(sentence), -1).get(0);
    }

    /**
     * BIO tags for each sentence of a corpus without document boundaries (a CoNLL file): each sentence's
     * document is taken to be its neighbours, as in training.
     */
    public List<List<String>> tagCorpus(List<List<Token>> sentences) {
        return decode(sentences, FeatureExtractor.CORPUS_WINDOW);
    }

    /** Both stages over the sentences; see {@link DocumentEvidence#forEach} for {@code window}. */
    private List<List<String>> decode(List<List<Token>> sentences, int window) {
        int n = sentences.size();
        List<PreparedSentence> prepared = new ArrayList<>(n);
        for (List<Token> s : sentences) {
            prepared.add(extractor.prepare(s));
        }
        TagSet tags = model.tags();
        List<DocumentEvidence> evidence = DocumentEvidence.forEach(prepared, null, window);
        int[][] first = new int[n][];
        for (int s = 0; s < n; s++) {
            first[s] = model.first().decode(tags, extractor.extractReused(prepared.get(s), evidence.get(s), null));
        }
        evidence = DocumentEvidence.forEach(prepared, first, window);
        List<List<String>> out = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            int[] best = model.second().decode(tags, extractor.extractReused(prepared.get(s), evidence.get(s), first[s]));
            List<String> t = new ArrayList<>(best.length);
            for (int y : best) {
                t.add(tags.bio(y));
            }
            out.add(t);
        }
        return out;
    }
}
