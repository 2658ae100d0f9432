package org.marsad.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * One linear sequence tagger: for each feature a weight per tag, tag-to-tag transition weights, and
 * Viterbi decoding. Features are fingerprints; a feature never seen in training has no row and adds
 * nothing. Immutable.
 */
final class Stage {
    private final long[] keys;
    private final float[] weights;
    private final double[] transitions;
    private final FeatureTable table;
    private final int tags;

    /**
     * @param keys        feature fingerprints, sorted
     * @param weights     {@code keys.length × tags} weights, row by row
     * @param transitions {@code (tags + 1) × tags}: tag b after tag a at {@code a * tags + b}; row {@code tags} is the start
     */
    Stage(int tags, long[] keys, float[] weights, double[] transitions) {
        if (weights.length != keys.length * tags || transitions.length != (tags + 1) * tags) {
            throw new IllegalArgumentException("weights do not match " + keys.length + " features × " + tags + " tags");
        }
        this.tags = tags;
        this.keys = keys;
        this.weights = weights;
        this.transitions = transitions;
        this.table = new FeatureTable(keys);
    }

    int featureCount() {
        return keys.length;
    }

    /** The best valid tag sequence for tokens with these features. */
    int[] decode(TagSet tagSet, long[][] features) {
        Features all = new Features();
        for (long[] f : features) {
            all.add(f, f.length);
        }
        return decode(tagSet, all);
    }

    /**
     * The best valid tag sequence for a sentence's features in one array ({@link Features}): the tagger's, without an
     * array per token. Every feature's row first, then the weights: look-ups that do not wait for each other's memory
     * (the model's tables are megabytes; one feature's look-up and weights after the other waited for each in turn).
     */
    int[] decode(TagSet tagSet, Features features) {
        int n = features.size();
        int total = features.total();
        long[] all = features.all();
        int[] rows = rows(total);
        for (int j = 0; j < total; j++) {
            rows[j] = table.row(all[j]);
        }
        double[][] emission = new double[n][tags];
        for (int i = 0, j = 0; i < n; i++) {
            double[] e = emission[i];
            for (int end = features.end(i); j < end; j++) {
                int row = rows[j];
                if (row >= 0) {
                    int base = row * tags;
                    for (int y = 0; y < tags; y++) {
                        e[y] += weights[base + y];
                    }
                }
            }
        }
        return Viterbi.decode(tagSet, emission, transitions);
    }

    /**
     * Each thread's array of feature rows, reused from sentence to sentence (allocated per sentence it was 2 % of the
     * coder's bytes; BENCHMARKS.md, session 15); only the first {@code total} are written and read. A sentence with
     * more than {@link #ROWS_KEPT} features gets an array of its own, so that no thread keeps one grown for it.
     */
    private static int[] rows(int total) {
        if (total > ROWS_KEPT) {
            return new int[total];
        }
        int[] rows = ROWS.get();
        if (rows.length < total) {
            rows = new int[Math.min(ROWS_KEPT, Math.max(total, rows.length * 2))];
            ROWS.set(rows);
        }
        return rows;
    }

    private static final int ROWS_KEPT = 1 << 16;
    private static final ThreadLocal<int[]> ROWS = ThreadLocal.withInitial(() -> new int[4096]);

    void write(DataOutputStream d) throws IOException {
        for (double t : transitions) {
            d.writeFloat((float) t);
        }
        d.writeInt(keys.length);
        for (long k : keys) {
            d.writeLong(k);
        }
        for (float w : weights) {
            d.writeFloat(w);
        }
    }

    static Stage read(DataInputStream d, int tags) throws IOException {
        double[] transitions = new double[(tags + 1) * tags];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = d.readFloat();
        }
        long[] keys = new long[d.readInt()];
        float[] weights = new float[keys.length * tags];
        byte[] chunk = new byte[CHUNK];
        ByteBuffer buffer = ByteBuffer.wrap(chunk);
        for (int i = 0; i < keys.length; ) {
            int n = Math.min(keys.length - i, CHUNK / Long.BYTES);
            d.readFully(chunk, 0, n * Long.BYTES);
            buffer.clear().asLongBuffer().get(keys, i, n);
            i += n;
        }
        for (int i = 0; i < weights.length; ) {
            int n = Math.min(weights.length - i, CHUNK / Float.BYTES);
            d.readFully(chunk, 0, n * Float.BYTES);
            buffer.clear().asFloatBuffer().get(weights, i, n);
            i += n;
        }
        return new Stage(tags, keys, weights, transitions);
    }

    /**
     * The keys and weights are read a block of bytes at a time, big-endian as {@link DataOutputStream} wrote them: not
     * value by value (the model is read once, by code the JIT has not compiled yet, and a call per value made reading
     * the shipped model most of the dictionaries' load time), and not as one block the size of the array either (a
     * second copy of every stage, tens of MB of garbage the load's young collections then had to deal with).
     */
    private static final int CHUNK = 1 << 16;
}
