package org.marsad.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;

/**
 * Learns {@link WordClusters} from unlabeled text: words that occur between the same neighbours end up in
 * the same cluster (بوتين beside ميدفيديف، الرياض beside جدة), so a name the labeled corpus never saw still
 * shares a feature with names it did see.
 *
 * <p>How, and why this way rather than Brown clustering: Brown's agglomerative merging over a large
 * vocabulary costs hours; a distributional tree costs seconds and gives the same kind of feature (a bit
 * path whose prefixes are coarser clusters, Ratinov and Roth 2009). Each word of the vocabulary is
 * described by its left and right neighbours among the most frequent tokens (punctuation included),
 * weighted by positive pointwise mutual information with smoothed context counts (Levy et al. 2015) and
 * scaled to length 1 (sparse rows: no projection loses detail); the words are then split in two again and
 * again, across their principal direction and refined by spherical 2-means (bisecting k-means). The
 * path of 0s and 1s down that tree is the word's cluster.
 *
 * <p>Deterministic: the vocabulary is ordered by count then by word, the splits depend only on
 * the data and the seed, and nothing runs in parallel.
 */
public final class ClusterBuilder {
    /**
     * @param vocabulary the most frequent words that get a cluster, at most
     * @param minCount   a word gets a cluster only when seen this often
     * @param contexts   the most frequent tokens that serve as neighbours
     * @param maxDepth   the longest path
     * @param minLeaf    a node with fewer words than twice this is not split
     * @param seed       of the power iterations' start vectors
     */
    public record Options(int vocabulary, int minCount, int contexts, int maxDepth, int minLeaf,
                          long seed) {
        public static final Options DEFAULT = new Options(100_000, 5, 3000, 16, 4, 1);
    }

    private static final int BOUNDARY = -1;
    /** The neighbours that describe a word: two on each side, each position its own columns. */
    private static final int[] OFFSETS = {-2, -1, 1, 2};
    private static final int KMEANS_ROUNDS = 10;
    private static final int POWER_ROUNDS = 8;

    private final Tokenizer tokenizer = new Tokenizer();
    private final Map<String, Integer> ids = new HashMap<>(1 << 20);
    private final List<String> forms = new ArrayList<>(1 << 20);
    private final List<Boolean> word = new ArrayList<>(1 << 20);
    private int[] corpus = new int[1 << 20];
    private int length;
    private long documents;

    /** Adds one document (an article's text) to the corpus. */
    public void add(String text) {
        append(BOUNDARY);
        for (Token t : tokenizer.tokenize(text)) {
            Integer id = ids.get(t.norm());
            if (id == null) {
                id = forms.size();
                ids.put(t.norm(), id);
                forms.add(t.norm());
                word.add(t.isWord());
            }
            append(id);
        }
        documents++;
    }

    public long tokens() {
        return length - documents;
    }

    private void append(int id) {
        if (length == corpus.length) {
            corpus = Arrays.copyOf(corpus, corpus.length * 2);
        }
        corpus[length++] = id;
    }

    /** The clusters of the corpus added so far. */
    public WordClusters build(Options o) {
        int types = forms.size();
        long[] count = new long[types];
        for (int i = 0; i < length; i++) {
            if (corpus[i] != BOUNDARY) {
                count[corpus[i]]++;
            }
        }
        Integer[] byCount = new Integer[types];
        for (int i = 0; i < types; i++) {
            byCount[i] = i;
        }
        Arrays.sort(byCount, (a, b) -> count[a] != count[b] ? Long.compare(count[b], count[a]) : forms.get(a).compareTo(forms.get(b)));
        int[] row = new int[types];
        int[] column = new int[types];
        Arrays.fill(row, -1);
        Arrays.fill(column, -1);
        List<Integer> vocabulary = new ArrayList<>();
        int c = 0;
        for (int id : byCount) {
            if (c < o.contexts()) {
                column[id] = c++;
            }
            if (word.get(id) && vocabulary.size() < o.vocabulary() && count[id] >= o.minCount()) {
                row[id] = vocabulary.size();
                vocabulary.add(id);
            }
        }
        int v = vocabulary.size();
        Rows rows = ppmi(cooccurrences(row, column, o.contexts()), v, OFFSETS.length * o.contexts());
        String[] paths = new String[v];
        int[] all = new int[v];
        for (int i = 0; i < v; i++) {
            all[i] = i;
        }
        split(rows, all, "", o, paths);
        Map<String, String> out = new HashMap<>(v * 2);
        for (int i = 0; i < v; i++) {
            out.put(forms.get(vocabulary.get(i)), paths[i]);
        }
        return new WordClusters(out);
    }

    /**
     * Each occurrence of a vocabulary word with each neighbour among the contexts at each of the
     * {@link #OFFSETS} (column {@code position * contexts + context}), as sorted keys
     * {@code row * width + column}; equal keys are repeats. A document boundary ends the window.
     */
    private long[] cooccurrences(int[] row, int[] column, int contexts) {
        long width = (long) OFFSETS.length * contexts;
        long[] keys = new long[1 << 20];
        int k = 0;
        for (int i = 0; i < length; i++) {
            int id = corpus[i];
            if (id == BOUNDARY || row[id] < 0) {
                continue;
            }
            if (k + OFFSETS.length > keys.length) {
                keys = Arrays.copyOf(keys, keys.length * 2);
            }
            for (int p = 0; p < OFFSETS.length; p++) {
                int j = i + OFFSETS[p];
                int step = OFFSETS[p] < 0 ? 1 : -1;
                boolean crosses = false;
                for (int q = j; q != i; q += step) {
                    crosses |= q < 0 || q >= length || corpus[q] == BOUNDARY;
                }
                if (!crosses && column[corpus[j]] >= 0) {
                    keys[k++] = row[id] * width + (long) p * contexts + column[corpus[j]];
                }
            }
        }
        keys = Arrays.copyOf(keys, k);
        Arrays.sort(keys);
        return keys;
    }

    /** Sparse rows of unit length: row r's columns and values are at [start[r], start[r + 1]). */
    private record Rows(int[] start, int[] columns, float[] values, int width) {
        double dot(int r, double[] dense) {
            double s = 0;
            for (int j = start[r]; j < start[r + 1]; j++) {
                s += values[j] * dense[columns[j]];
            }
            return s;
        }

        void addTo(int r, double[] dense, double scale) {
            for (int j = start[r]; j < start[r + 1]; j++) {
                dense[columns[j]] += scale * values[j];
            }
        }
    }

    /**
     * Positive PMI of the sorted co-occurrence keys, context counts raised to 0.75 (rare contexts
     * otherwise get inflated scores), each row then scaled to length 1 (cosine similarity).
     */
    private static Rows ppmi(long[] keys, int v, int width) {
        double[] rowSum = new double[v];
        double[] colSum = new double[width];
        for (long key : keys) {
            rowSum[(int) (key / width)]++;
            colSum[(int) (key % width)]++;
        }
        double smoothed = 0;
        for (int j = 0; j < width; j++) {
            colSum[j] = Math.pow(colSum[j], 0.75);
            smoothed += colSum[j];
        }
        int[] start = new int[v + 1];
        int[] columns = new int[keys.length];
        float[] values = new float[keys.length];
        int n = 0;
        int r = 0;
        for (int i = 0; i < keys.length; ) {
            int j = i;
            while (j < keys.length && keys[j] == keys[i]) {
                j++;
            }
            int row = (int) (keys[i] / width);
            int col = (int) (keys[i] % width);
            while (r < row) {
                start[++r] = n;
            }
            double pmi = Math.log((j - i) * smoothed / (rowSum[row] * colSum[col]));
            if (pmi > 0) {
                columns[n] = col;
                values[n++] = (float) pmi;
            }
            i = j;
        }
        while (r < v) {
            start[++r] = n;
        }
        for (int row = 0; row < v; row++) {
            double norm = 0;
            for (int j = start[row]; j < start[row + 1]; j++) {
                norm += values[j] * values[j];
            }
            norm = Math.sqrt(norm);
            for (int j = start[row]; j < start[row + 1]; j++) {
                values[j] /= norm;
            }
        }
        return new Rows(start, Arrays.copyOf(columns, n), Arrays.copyOf(values, n), width);
    }

    /**
     * Splits {@code members} in two until too small or too deep: first across the principal direction of
     * the members (power iteration from a seeded start, deterministic), then refined by spherical 2-means.
     */
    private static void split(Rows x, int[] members, String path, Options o, String[] paths) {
        if (members.length < 2 * o.minLeaf() || path.length() >= o.maxDepth()) {
            leaf(members, path, paths);
            return;
        }
        int d = x.width();
        double[] mean = new double[d];
        for (int m : members) {
            x.addTo(m, mean, 1.0 / members.length);
        }
        double[] u = new double[d];
        Random random = new Random(o.seed() + path.hashCode());
        for (int k = 0; k < d; k++) {
            u[k] = random.nextGaussian();
        }
        for (int it = 0; it < POWER_ROUNDS; it++) {
            double mu = dot(mean, u);
            double[] next = new double[d];
            for (int m : members) {
                x.addTo(m, next, x.dot(m, u) - mu);
            }
            normalize(next);
            u = next;
        }
        double mu = dot(mean, u);
        boolean[] side = new boolean[members.length];
        for (int i = 0; i < members.length; i++) {
            side[i] = x.dot(members[i], u) > mu;
        }
        for (int round = 0; round < KMEANS_ROUNDS; round++) {
            double[] a = new double[d];
            double[] b = new double[d];
            for (int i = 0; i < members.length; i++) {
                x.addTo(members[i], side[i] ? b : a, 1);
            }
            normalize(a);
            normalize(b);
            boolean changed = false;
            for (int i = 0; i < members.length; i++) {
                boolean s = x.dot(members[i], b) > x.dot(members[i], a);
                changed |= s != side[i];
                side[i] = s;
            }
            if (!changed) {
                break;
            }
        }
        int ones = 0;
        for (boolean s : side) {
            ones += s ? 1 : 0;
        }
        if (ones == 0 || ones == members.length) {
            leaf(members, path, paths);
            return;
        }
        int[] zero = new int[members.length - ones];
        int[] one = new int[ones];
        int z = 0;
        int w = 0;
        for (int i = 0; i < members.length; i++) {
            if (side[i]) {
                one[w++] = members[i];
            } else {
                zero[z++] = members[i];
            }
        }
        split(x, zero, path + "0", o, paths);
        split(x, one, path + "1", o, paths);
    }

    private static void leaf(int[] members, String path, String[] paths) {
        for (int m : members) {
            paths[m] = path.isEmpty() ? "0" : path;
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }

    private static void normalize(double[] x) {
        double n = Math.sqrt(dot(x, x));
        if (n > 0) {
            for (int k = 0; k < x.length; k++) {
                x[k] /= n;
            }
        }
    }
}
