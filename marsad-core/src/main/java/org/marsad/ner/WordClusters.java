package org.marsad.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Word clusters learned from unlabeled news ({@link ClusterBuilder}): each known word (normalized form)
 * has a path of 0s and 1s down a binary tree; a prefix of the path is a coarser cluster. The tagger uses
 * prefixes of several lengths as features.
 *
 * <p>File ({@value #RESOURCE}): gzip'd UTF-8, lines starting with {@code #} are comments, then one
 * {@code word TAB path} a line, sorted by word. A model records the {@link #digest()} of the clusters
 * it was trained with, and a tagger refuses other clusters: its features would mean something else.
 * Immutable.
 */
public final class WordClusters {
    public static final String RESOURCE = "marsad/ner/clusters.tsv.gz";
    /** No clusters: every word is unknown; digest 0. */
    public static final WordClusters NONE = new WordClusters(Map.of());
    /** Mixed into every entry's hash (it once stood for a third column, since dropped; kept so digests stay). */
    private static final long EMPTY = Fingerprint.hash("");

    private final Map<String, String> paths;
    private final long digest;

    WordClusters(Map<String, String> paths) {
        this.paths = Map.copyOf(paths);
        long h = 0;
        for (Map.Entry<String, String> e : new TreeMap<>(paths).entrySet()) {
            h = Fingerprint.mix(h ^ Fingerprint.hash(e.getKey())) ^ Fingerprint.hash(e.getValue()) ^ EMPTY;
        }
        this.digest = paths.isEmpty() ? 0 : h == 0 ? 1 : h;
    }

    /** The path of a normalized word, or null when the word has no cluster. */
    public String path(String word) {
        return paths.get(word);
    }

    public int size() {
        return paths.size();
    }

    /** A fingerprint of the whole table, 0 for {@link #NONE}. */
    public long digest() {
        return digest;
    }

    private static volatile WordClusters shipped;

    /** The clusters shipped in the jar; {@link #NONE} when the resource is absent. */
    public static WordClusters load() {
        WordClusters c = shipped;
        if (c == null) {
            InputStream in = WordClusters.class.getClassLoader().getResourceAsStream(RESOURCE);
            if (in == null) {
                c = NONE;
            } else {
                try (in) {
                    c = read(in, RESOURCE);
                } catch (IOException e) {
                    throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
                }
            }
            shipped = c;
        }
        return c;
    }

    /** Reads a gzip'd cluster file; a malformed line is an error naming the line. */
    public static WordClusters read(InputStream in, String name) throws IOException {
        Map<String, String> paths = new HashMap<>(1 << 17);
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 2 || f[0].isEmpty() || f[1].isEmpty() || !f[1].chars().allMatch(ch -> ch == '0' || ch == '1')) {
                throw new IOException(name + ":" + n + ": expected 'word<TAB>path of 0s and 1s', got '" + line + "'");
            }
            paths.put(f[0], f[1]);
        }
        return new WordClusters(paths);
    }

    /** Writes the clusters sorted by word after the comment lines {@code header}; same clusters, same bytes. */
    public void write(OutputStream out, Iterable<String> header) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        Writer w = new OutputStreamWriter(gz, StandardCharsets.UTF_8);
        for (String h : header) {
            w.write("# " + h + "\n");
        }
        for (Map.Entry<String, String> e : new TreeMap<>(paths).entrySet()) {
            w.write(e.getKey() + "\t" + e.getValue() + "\n");
        }
        w.flush();
        gz.finish();
    }
}
