package org.marsad.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.marsad.text.CliticSegmenter;
import org.marsad.text.Segment;
import org.marsad.text.Token;

/**
 * Trains the tagger: an averaged structured perceptron (Collins 2002) over BIO tags with first-order
 * Viterbi decoding. Deterministic: sentences are visited in an order drawn from a fixed seed, features
 * get rows in order of first sight, and the model is written sorted, so the same data and options give
 * the same bytes.
 *
 * <p>Why a perceptron: it trains in seconds on ANERcorp's 120k tokens with no tuning beyond the number
 * of passes, and averaging the weights over all updates gives most of the benefit of regularization.
 */
public final class NerTrainer {
    /**
     * @param iterations passes over the training data
     * @param seed       seed of the visiting order
     * @param lexiconMin a word enters the stem lexicon from this many occurrences in training
     */
    public record Options(int iterations, long seed, int lexiconMin) {
        public static final Options DEFAULT = new Options(10, 1, 2);
    }

    /** Called after every pass with the averaged model so far, e.g. to follow a dev score. */
    public interface Progress {
        void pass(int iteration, int wrongSentences, int sentences, NerModel averaged);
    }

    private NerTrainer() {
    }

    public static NerModel train(List<ConllSentence> data, Options options, NerDictionary dictionary, String provenance,
                                 Progress progress) {
        TagSet tags = new TagSet(TagSet.ANERCORP_TYPES);
        int nt = tags.size();
        List<AlignedSentence> aligned = new ArrayList<>(data.size());
        for (ConllSentence s : data) {
            aligned.add(AlignedSentence.of(s));
        }
        Set<String> lexicon = lexicon(aligned, options.lexiconMin());
        FeatureExtractor extractor = new FeatureExtractor(lexicon, dictionary);

        // features → rows, once: the features of a token do not depend on the tags
        Map<Long, Integer> rowOf = new HashMap<>();
        List<Long> keys = new ArrayList<>();
        int[][][] rows = new int[aligned.size()][][];
        int[][] gold = new int[aligned.size()][];
        List<List<Token>> sentenceTokens = new ArrayList<>(aligned.size());
        for (AlignedSentence a : aligned) {
            sentenceTokens.add(a.tokens());
        }
        long[][][] features = extractor.extract(sentenceTokens, FeatureExtractor.CORPUS_WINDOW);
        for (int s = 0; s < aligned.size(); s++) {
            AlignedSentence a = aligned.get(s);
            long[][] f = features[s];
            rows[s] = new int[f.length][];
            gold[s] = new int[f.length];
            for (int i = 0; i < f.length; i++) {
                rows[s][i] = new int[f[i].length];
                for (int k = 0; k < f[i].length; k++) {
                    Integer r = rowOf.get(f[i][k]);
                    if (r == null) {
                        r = keys.size();
                        rowOf.put(f[i][k], r);
                        keys.add(f[i][k]);
                    }
                    rows[s][i][k] = r;
                }
                gold[s][i] = tags.index(a.tags().get(i));
            }
        }

        Weights w = new Weights(keys.size() * nt, (nt + 1) * nt);
        List<Integer> order = new ArrayList<>(aligned.size());
        for (int s = 0; s < aligned.size(); s++) {
            order.add(s);
        }
        Random random = new Random(options.seed());
        long[] fingerprints = keys.stream().mapToLong(Long::longValue).toArray();
        NerModel model = null;
        for (int it = 1; it <= options.iterations(); it++) {
            Collections.shuffle(order, random);
            int wrong = 0;
            for (int s : order) {
                int[] predicted = decode(tags, rows[s], w.emission, w.transition);
                if (!Arrays.equals(predicted, gold[s])) {
                    wrong++;
                    update(w, nt, rows[s], gold[s], predicted);
                }
                w.tick();
            }
            if (progress != null || it == options.iterations()) {
                model = w.averaged(tags, lexicon, provenance, fingerprints);
                if (progress != null) {
                    progress.pass(it, wrong, aligned.size(), model);
                }
            }
        }
        return model != null ? model : w.averaged(tags, lexicon, provenance, fingerprints);
    }

    private static int[] decode(TagSet tags, int[][] rows, double[] emission, double[] transition) {
        int nt = tags.size();
        double[][] e = new double[rows.length][nt];
        for (int i = 0; i < rows.length; i++) {
            for (int r : rows[i]) {
                int base = r * nt;
                for (int y = 0; y < nt; y++) {
                    e[i][y] += emission[base + y];
                }
            }
        }
        return Viterbi.decode(tags, e, transition);
    }

    /** The perceptron step: towards the gold tags, away from the predicted ones, where they differ. */
    private static void update(Weights w, int nt, int[][] rows, int[] gold, int[] predicted) {
        for (int i = 0; i < gold.length; i++) {
            int g = gold[i];
            int p = predicted[i];
            if (g != p) {
                for (int r : rows[i]) {
                    w.addEmission(r * nt + g, 1);
                    w.addEmission(r * nt + p, -1);
                }
            }
            int gPrev = i == 0 ? nt : gold[i - 1];
            int pPrev = i == 0 ? nt : predicted[i - 1];
            if (g != p || gPrev != pPrev) {
                w.addTransition(gPrev * nt + g, 1);
                w.addTransition(pPrev * nt + p, -1);
            }
        }
    }

    /**
     * Current weights and, for averaging, the sum of every update weighted by the step it happened at
     * (Daumé's trick): the average over all steps is then {@code w - acc / steps} without touching every
     * weight at every step.
     */
    private static final class Weights {
        final double[] emission;
        final double[] emissionAcc;
        final double[] transition;
        final double[] transitionAcc;
        long step = 1;

        Weights(int emissions, int transitions) {
            emission = new double[emissions];
            emissionAcc = new double[emissions];
            transition = new double[transitions];
            transitionAcc = new double[transitions];
        }

        void addEmission(int i, double d) {
            emission[i] += d;
            emissionAcc[i] += step * d;
        }

        void addTransition(int i, double d) {
            transition[i] += d;
            transitionAcc[i] += step * d;
        }

        void tick() {
            step++;
        }

        /** The averaged model, keeping only features with some non-zero weight, sorted by fingerprint. */
        NerModel averaged(TagSet tags, Set<String> lexicon, String provenance, long[] keys) {
            int nt = tags.size();
            Integer[] byKey = new Integer[keys.length];
            int kept = 0;
            for (int r = 0; r < keys.length; r++) {
                for (int y = 0; y < nt; y++) {
                    if (avg(emission, emissionAcc, r * nt + y) != 0) {
                        byKey[kept++] = r;
                        break;
                    }
                }
            }
            Integer[] sorted = Arrays.copyOf(byKey, kept);
            Arrays.sort(sorted, (a, b) -> Long.compare(keys[a], keys[b]));
            long[] k = new long[kept];
            float[] wts = new float[kept * nt];
            for (int i = 0; i < kept; i++) {
                int r = sorted[i];
                k[i] = keys[r];
                for (int y = 0; y < nt; y++) {
                    wts[i * nt + y] = avg(emission, emissionAcc, r * nt + y);
                }
            }
            double[] tr = new double[transition.length];
            for (int i = 0; i < tr.length; i++) {
                tr[i] = avg(transition, transitionAcc, i); // through float, as the file stores it
            }
            return new NerModel(tags, lexicon, provenance, k, wts, tr);
        }

        private float avg(double[] w, double[] acc, int i) {
            return (float) (w[i] - acc[i] / step);
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
        CliticSegmenter plain = new CliticSegmenter(w -> false);
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
