package org.marsad.store;

import java.time.LocalDate;
import org.marsad.model.Article;

/**
 * One input record that carried an article: the first copy of a text or an exact duplicate of it.
 *
 * @param inputId   the article id the input gave (or derived from the content when it gave none)
 * @param file      the file it was read from (a path, or {@code <stdin>})
 * @param line      the line in that file (0 for whole-file inputs)
 */
public record SourceRecord(String inputId, String url, String source, LocalDate published, String title, String file,
                           long line) {

    public static SourceRecord of(Article a, String file, long line) {
        return new SourceRecord(a.id(), a.url(), a.source(), a.published(), a.title(), file, line);
    }

    /**
     * What makes two input records the same record: its id, url and outlet. Re-reading the same input (even
     * from a moved file) is then recognized, while a second outlet carrying the same text is a new source.
     */
    public String key() {
        return Fingerprint.sha256(nz(inputId) + '\u0000' + nz(url) + '\u0000' + nz(source)).substring(0, 32);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
