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
 * A trained tagger: two {@link Stage}s (the second also sees what the first found elsewhere in the
 * document), the stem lexicon the features were computed with, and a line saying how it was trained.
 * Immutable.
 *
 * <p>File format (gzip of a {@link DataOutputStream}): magic, format version, feature-extractor version,
 * provenance, the digest of the word clusters it was trained with, types, tag scheme (BIO or BILOU), lexicon (sorted), then each stage: transitions, features sorted by fingerprint,
 * their weights. Sorting makes the bytes a function of the model alone, so training twice gives the
 * same file.
 */
public final class NerModel {
    private static final int MAGIC = 0x4E45524D; // "NERM"
    private static final int FORMAT = 4;
    /** Format 3 is format 4 without the tag scheme: always BIO. */
    private static final int FORMAT_BIO_ONLY = 3;

    private final TagSet tags;
    private final Set<String> lexicon;
    private final String provenance;
    private final long clusters;
    private final Stage first;
    private final Stage second;

    NerModel(TagSet tags, Set<String> lexicon, String provenance, long clusters, Stage first, Stage second) {
        this.tags = tags;
        this.lexicon = Set.copyOf(lexicon);
        this.provenance = provenance;
        this.clusters = clusters;
        this.first = first;
        this.second = second;
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

    /** The {@link WordClusters#digest()} of the clusters the model was trained with (0: none). */
    public long clusters() {
        return clusters;
    }

    /** Features with a weight, both stages together. */
    public int featureCount() {
        return first.featureCount() + second.featureCount();
    }

    Stage first() {
        return first;
    }

    Stage second() {
        return second;
    }

    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream d = new DataOutputStream(gz);
        d.writeInt(MAGIC);
        d.writeInt(FORMAT);
        d.writeInt(FeatureExtractor.VERSION);
        d.writeUTF(provenance);
        d.writeLong(clusters);
        d.writeInt(tags.types().size());
        for (String t : tags.types()) {
            d.writeUTF(t);
        }
        d.writeUTF(tags.scheme().name());
        d.writeInt(lexicon.size());
        for (String w : new TreeSet<>(lexicon)) {
            d.writeUTF(w);
        }
        first.write(d);
        second.write(d);
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
        if (format != FORMAT && format != FORMAT_BIO_ONLY || features != FeatureExtractor.VERSION) {
            throw new IOException("model format " + format + " / features " + features + "; this Marsad reads format "
                    + FORMAT + " / features " + FeatureExtractor.VERSION + ": retrain with `marsad ner train`");
        }
        String provenance = d.readUTF();
        long clusters = d.readLong();
        List<String> types = new ArrayList<>();
        for (int i = d.readInt(); i > 0; i--) {
            types.add(d.readUTF());
        }
        TagSet.Scheme scheme = TagSet.Scheme.BIO;
        if (format >= FORMAT) {
            String name = d.readUTF();
            try {
                scheme = TagSet.Scheme.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw new IOException("unknown tag scheme '" + name + "' in the model");
            }
        }
        TagSet tags = new TagSet(types, scheme);
        // a hash set, not a sorted one: the model keeps an immutable copy, asked only whether it holds a word
        int words = d.readInt();
        Set<String> lexicon = new java.util.HashSet<>(Math.max(16, (int) (words / .75f) + 1));
        for (int i = words; i > 0; i--) {
            lexicon.add(d.readUTF());
        }
        Stage first = Stage.read(d, tags.size());
        Stage second = Stage.read(d, tags.size());
        return new NerModel(tags, lexicon, provenance, clusters, first, second);
    }
}
