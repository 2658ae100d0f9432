package org.marsad.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.marsad.text.CliticSegmenter;
import org.marsad.text.Segment;
import org.marsad.text.Token;

/**
 * Trains a {@link NerModel}: two {@link Perceptron} stages stacked. The first tags from the sentence
 * and the dictionaries; the second also sees the first stage's tags of the token and its neighbours and
 * what the first stage tagged the same stem as elsewhere in the document (a family name found once
 * after a given name is a name everywhere in the article).
 *
 * <p>The second stage must learn from first-stage tags as good (and as bad) as those it will get at run
 * time, not from tags of a model that saw the very sentence: so its training tags come from
 * {@value #FOLDS} first-stage models, each trained without one contiguous fifth of the data and tagging
 * that fifth (jackknifing). The shipped first stage is then trained on all of it.
 *
 * <p>Deterministic: same data and options, same bytes.
 */
public final class NerTrainer {
    static final int FOLDS = 5;

    /**
     * @param iterations passes over the training data, in each stage
     * @param seed       seed of the visiting order
     * @param lexiconMin a word enters the stem lexicon from this many occurrences in training
     * @param scheme     the tags the stages predict (BIO by default: BILOU gained 0.9 of cv F1 but lost 1.7 on dev and
     *                   tags at 0.63x the speed, QUALITY.md)
     */
    public record Options(int iterations, long seed, int lexiconMin, TagSet.Scheme scheme) {
        public static final Options DEFAULT = new Options(10, 1, 2, TagSet.Scheme.BIO);
    }

    /** Reports progress: a line per finished step, and after every pass of the last stage the model so far. */
    public interface Progress {
        void step(String what);

        void pass(int iteration, int wrongSentences, int sentences, NerModel averaged);
    }

    private NerTrainer() {
    }

    public static NerModel train(List<ConllSentence> data, Options options, NerDictionary dictionary, WordClusters clusters,
                                 String provenance, Progress progress) {
        TagSet tags = new TagSet(TagSet.ANERCORP_TYPES, options.scheme());
        List<AlignedSentence> aligned = new ArrayList<>(data.size());
        for (ConllSentence s : data) {
            aligned.add(AlignedSentence.of(s));
        }
        Set<String> lexicon = lexicon(aligned, options.lexiconMin());
        FeatureExtractor extractor = new FeatureExtractor(lexicon, dictionary, clusters);
        int n = aligned.size();
        List<PreparedSentence> prepared = new ArrayList<>(n);
        List<int[]> gold = new ArrayList<>(n);
        for (AlignedSentence a : aligned) {
            prepared.add(extractor.prepare(a.tokens()));
            gold.add(tags.encode(a.tags()));
        }

        List<DocumentEvidence> evidence = DocumentEvidence.forEach(prepared, null, FeatureExtractor.CORPUS_WINDOW);
        List<long[][]> firstFeatures = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            firstFeatures.add(extractor.extract(prepared.get(s), evidence.get(s), null));
        }

        int[][] firstTags = new int[n][];
        for (int fold = 0; fold < FOLDS; fold++) {
            int from = n * fold / FOLDS;
            int to = n * (fold + 1) / FOLDS;
            List<long[][]> f = new ArrayList<>(firstFeatures.subList(0, from));
            f.addAll(firstFeatures.subList(to, n));
            List<int[]> g = new ArrayList<>(gold.subList(0, from));
            g.addAll(gold.subList(to, n));
            Stage held = Perceptron.train(tags, f, g, options.iterations(), options.seed(), null);
            for (int s = from; s < to; s++) {
                firstTags[s] = held.decode(tags, firstFeatures.get(s));
            }
            report(progress, "first stage without fold " + (fold + 1) + " of " + FOLDS + " tagged that fold");
        }
        Stage first = Perceptron.train(tags, firstFeatures, gold, options.iterations(), options.seed(), null);
        report(progress, "first stage trained on all " + n + " sentences");

        List<DocumentEvidence> evidence2 = DocumentEvidence.forEach(prepared, firstTags, FeatureExtractor.CORPUS_WINDOW);
        List<long[][]> secondFeatures = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            secondFeatures.add(extractor.extract(prepared.get(s), evidence2.get(s), firstTags[s]));
        }
        Stage second = Perceptron.train(tags, secondFeatures, gold, options.iterations(), options.seed(),
                progress == null ? null : (it, wrong, total, averaged) -> progress.pass(it, wrong, total,
                        new NerModel(tags, lexicon, provenance, clusters.digest(), first, averaged.get())));
        return new NerModel(tags, lexicon, provenance, clusters.digest(), first, second);
    }

    private static void report(Progress progress, String what) {
        if (progress != null) {
            progress.step(what);
        }
    }

    /**
     * The stem lexicon: words seen at least {@code min} times in training that are not better read as
     * clitics + another word. A word is dropped when the article starts it (its stem is the better key) or
     * when one of its readings with a clitic has a stem seen more often, with or without ال, than the word
     * itself (والرئيس → رئيس, فيها → في); names that merely begin with clitic letters (وزير، بوش، لبنان) stay,
     * since زير or بنان are not frequent words.
     */
    static Set<String> lexicon(List<AlignedSentence> sentences, int min) {
        Map<String, Integer> count = new HashMap<>();
        for (AlignedSentence a : sentences) {
            for (Token t : a.tokens()) {
                if (t.isWord()) {
                    count.merge(t.norm(), 1, Integer::sum);
                }
            }
        }
        CliticSegmenter plain = new CliticSegmenter(w -> false, false); // every reading: none is pruned
        Set<String> lexicon = new TreeSet<>();
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            String w = e.getKey();
            int c = e.getValue();
            if (c < min || w.length() >= 4 && (w.startsWith("ال") || w.startsWith("لل"))) {
                continue;
            }
            boolean clitic = false;
            for (Segment s : plain.segment(w)) {
                if (!s.stem().equals(w)
                        && count.getOrDefault(s.stem(), 0) + count.getOrDefault("ال" + s.stem(), 0) > c) {
                    clitic = true;
                    break;
                }
            }
            if (!clitic) {
                lexicon.add(w);
            }
        }
        return lexicon;
    }
}
