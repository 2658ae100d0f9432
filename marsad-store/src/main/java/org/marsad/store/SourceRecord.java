package org.marsad.store;

import java.time.LocalDate;
import org.marsad.model.Article;

/**
 * One input record that carried an article: the first copy of a text or an exact duplicate of it.
 *
 * @param inputId   the article id the input gave (or derived from the content when it gave none)
 * @param file      the file it was read from (a path, or {@code <stdin>})
 * @param line      the line in that file (0 for whole-file inputs)
 * @param key       what makes two input records the same record ({@link #keyOf}); the seven-value constructor
 *                  computes it, and only {@link #keyOf} may make one given here
 */
public record SourceRecord(String inputId, String url, String source, LocalDate published, String title, String file,
                           long line, String key) {

    public SourceRecord {
        java.util.Objects.requireNonNull(key, "key");
    }

    /**
     * The record with its key computed here. An ingest makes each record's source on a coding thread, so the key's
     * SHA-256 is computed there once rather than on the writer (the single thread that sets an ingest's pace)
     * every time the source is stored.
     */
    public SourceRecord(String inputId, String url, String source, LocalDate published, String title, String file,
                        long line) {
        this(inputId, url, source, published, title, file, line, keyOf(inputId, url, source));
    }

    public static SourceRecord of(Article a, String file, long line) {
        return new SourceRecord(a.id(), a.url(), a.source(), a.published(), a.title(), file, line);
    }

    /**
     * What makes two input records the same record: its id, url and outlet. Re-reading the same input (even
     * from a moved file) is then recognized, while a second outlet carrying the same text is a new source.
     */
    static String keyOf(String inputId, String url, String source) {
        return Fingerprint.sha256(nz(inputId) + '\u0000' + nz(url) + '\u0000' + nz(source)).substring(0, 32);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
