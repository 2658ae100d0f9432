package org.marsad.ner;

/**
 * The best tag sequence under per-token scores and tag-to-tag transition scores, restricted to valid
 * tag sequences ({@link TagSet#allowed}, {@link TagSet#allowedLast}): first-order Viterbi, O(n · tags²), a few hundred operations a token.
 */
final class Viterbi {
    private Viterbi() {
    }

    /**
     * @param emission   score of each tag at each token, [token][tag]
     * @param transition score of tag b after tag a at [a * tags + b]; row {@code tags} is the sentence start
     */
    static int[] decode(TagSet tagSet, double[][] emission, double[] transition) {
        int n = emission.length;
        int tags = tagSet.size();
        int[] best = new int[n];
        if (n == 0) {
            return best;
        }
        double[][] score = new double[n][tags];
        int[][] back = new int[n][tags];
        for (int y = 0; y < tags; y++) {
            score[0][y] = tagSet.allowed(-1, y) ? transition[tags * tags + y] + emission[0][y] : Double.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < tags; y++) {
                double top = Double.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p : tagSet.predecessors(y)) {
                    double s = score[i - 1][p] + transition[p * tags + y];
                    if (s > top) {
                        top = s;
                        arg = p;
                    }
                }
                score[i][y] = top + emission[i][y];
                back[i][y] = arg;
            }
        }
        int y = 0; // O may always end a sentence
        for (int t = 1; t < tags; t++) {
            if (tagSet.allowedLast(t) && score[n - 1][t] > score[n - 1][y]) {
                y = t;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            best[i] = y;
            y = back[i][y];
        }
        return best;
    }
}
