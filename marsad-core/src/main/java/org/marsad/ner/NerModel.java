package org.marsad.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained tagger's parameters: per feature a weight for each tag, tag-to-tag transition weights, the
 * stem lexicon its features were computed with, and a line saying how it was trained. Immutable.
 *
 * <p>File format (gzip of a {@link DataOutputStream}): magic, format version, feature-extractor version,
 * provenance, types, lexicon (sorted), transitions, then the features sorted by fingerprint with their
 * weights. Sorting makes the bytes a function of the model alone, so training twice gives the same file.
 */
public final class NerModel {
    private static final int MAGIC = 0x4E45524D; // "NERM"
    private static final int FORMAT = 1;

    private final TagSet tags;
    private final Set<String> lexicon;
    private final String provenance;
    private final long[] keys;
    private final float[] weights;
    private final double[] transitions;
    private final FeatureTable table;

    NerModel(TagSet tags, Set<String> lexicon, String provenance, long[] keys, float[] weights, double[] transitions) {
        int n = tags.size();
        if (weights.length != keys.length * n || transitions.length != (n + 1) * n) {
            throw new IllegalArgumentException("weights do not match " + keys.length + " features × " + n + " tags");
        }
        this.tags = tags;
        this.lexicon = Set.copyOf(lexicon);
        this.provenance = provenance;
        this.keys = keys;
        this.weights = weights;
        this.transitions = transitions;
        this.table = new FeatureTable(keys);
    }

    public TagSet tags() {
        return tags;
    }

    public Set<String> lexicon() {
        return lexicon;
    }

    public String provenance() {
        return provenance;
    }

    public int featureCount() {
        return keys.length;
    }

    /** The best valid tag sequence for tokens with these features. */
    int[] decode(long[][] features) {
        int n = tags.size();
        double[][] emission = new double[features.length][n];
        for (int i = 0; i < features.length; i++) {
            double[] e = emission[i];
            for (long f : features[i]) {
                int row = table.row(f);
                if (row >= 0) {
                    int base = row * n;
                    for (int y = 0; y < n; y++) {
                        e[y] += weights[base + y];
                    }
                }
            }
        }
        return Viterbi.decode(tags, emission, transitions);
    }

    // --- file format -----------------------------------------------------------------------------

    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream d = new DataOutputStream(gz);
        d.writeInt(MAGIC);
        d.writeInt(FORMAT);
        d.writeInt(FeatureExtractor.VERSION);
        d.writeUTF(provenance);
        d.writeInt(tags.types().size());
        for (String t : tags.types()) {
            d.writeUTF(t);
        }
        d.writeInt(lexicon.size());
        for (String w : new TreeSet<>(lexicon)) {
            d.writeUTF(w);
        }
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
        d.flush();
        gz.finish();
    }

    public static NerModel read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new GZIPInputStream(in, 1 << 16));
        if (d.readInt() != MAGIC) {
            throw new IOException("not a Marsad NER model");
        }
        int format = d.readInt();
        int features = d.readInt();
        if (format != FORMAT || features != FeatureExtractor.VERSION) {
            throw new IOException("model format " + format + " / features " + features + "; this Marsad reads format "
                    + FORMAT + " / features " + FeatureExtractor.VERSION + ": retrain with `marsad ner train`");
        }
        String provenance = d.readUTF();
        List<String> types = new ArrayList<>();
        for (int i = d.readInt(); i > 0; i--) {
            types.add(d.readUTF());
        }
        TagSet tags = new TagSet(types);
        Set<String> lexicon = new TreeSet<>();
        for (int i = d.readInt(); i > 0; i--) {
            lexicon.add(d.readUTF());
        }
        double[] transitions = new double[(tags.size() + 1) * tags.size()];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = d.readFloat();
        }
        long[] keys = new long[d.readInt()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = d.readLong();
        }
        float[] weights = new float[keys.length * tags.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = d.readFloat();
        }
        return new NerModel(tags, lexicon, provenance, keys, weights, transitions);
    }
}
