package org.marsad.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Trains one {@link Stage}: an averaged structured perceptron (Collins 2002) with first-order Viterbi.
 * Deterministic: sentences are visited in an order drawn from a fixed seed, features get rows in order
 * of first sight, and the result is sorted by fingerprint.
 *
 * <p>Why a perceptron: it trains in seconds on ANERcorp's 120k tokens with no tuning beyond the number
 * of passes, and averaging the weights over all updates gives most of the benefit of regularization.
 */
final class Perceptron {
    /** Called after every pass; {@code averaged} builds the averaged stage so far (costly: call it only when needed). */
    interface Listener {
        void pass(int iteration, int wrongSentences, int sentences, Supplier<Stage> averaged);
    }

    private Perceptron() {
    }

    /**
     * @param features per sentence, per token, the feature fingerprints
     * @param gold     per sentence, the gold tag indexes
     */
    static Stage train(TagSet tags, List<long[][]> features, List<int[]> gold, int iterations, long seed,
                       Listener listener) {
        int nt = tags.size();
        Map<Long, Integer> rowOf = new HashMap<>();
        List<Long> keys = new ArrayList<>();
        int[][][] rows = new int[features.size()][][];
        for (int s = 0; s < features.size(); s++) {
            long[][] f = features.get(s);
            rows[s] = new int[f.length][];
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
            }
        }
        long[] fingerprints = keys.stream().mapToLong(Long::longValue).toArray();
        Weights w = new Weights(fingerprints.length * nt, (nt + 1) * nt);
        List<Integer> order = new ArrayList<>(rows.length);
        for (int s = 0; s < rows.length; s++) {
            order.add(s);
        }
        Random random = new Random(seed);
        for (int it = 1; it <= iterations; it++) {
            Collections.shuffle(order, random);
            int wrong = 0;
            for (int s : order) {
                int[] predicted = decode(tags, rows[s], w.emission, w.transition);
                if (!Arrays.equals(predicted, gold.get(s))) {
                    wrong++;
                    update(w, nt, rows[s], gold.get(s), predicted);
                }
                w.tick();
            }
            if (listener != null) {
                listener.pass(it, wrong, rows.length, () -> w.averaged(nt, fingerprints));
            }
        }
        return w.averaged(nt, fingerprints);
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

        /** The averaged stage, keeping only features with some non-zero weight, sorted by fingerprint. */
        Stage averaged(int nt, long[] keys) {
            Integer[] kept = new Integer[keys.length];
            int n = 0;
            for (int r = 0; r < keys.length; r++) {
                for (int y = 0; y < nt; y++) {
                    if (avg(emission, emissionAcc, r * nt + y) != 0) {
                        kept[n++] = r;
                        break;
                    }
                }
            }
            Integer[] sorted = Arrays.copyOf(kept, n);
            Arrays.sort(sorted, (a, b) -> Long.compare(keys[a], keys[b]));
            long[] k = new long[n];
            float[] wts = new float[n * nt];
            for (int i = 0; i < n; i++) {
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
            return new Stage(nt, k, wts, tr);
        }

        private float avg(double[] w, double[] acc, int i) {
            return (float) (w[i] - acc[i] / step);
        }
    }
}
