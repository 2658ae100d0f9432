package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import org.marsad.dict.TsvFile;

/**
 * Finds where an article's page furniture begins: a site's template line after the article's text, running to the
 * end of it (the writer's other columns «مقالات أخرى للكاتب...», how to text the writer, a wire service's end mark
 * «// انتهى //»; not a link line carrying the article's own title, which is text), listed in
 * {@code marsad/text/page-furniture.tsv}. The text layer reads the text only up to there: nothing of the furniture
 * is a token, a sentence, a mention or an event, and every offset before it stays as it was (the text is not cut).
 * A marker counts where it begins a word: no Arabic letter, mark or digit right before it (a Latin one may be:
 * «...@gmail.comللتواصل مع الكاتب»). The earliest marker wins.
 */
final class PageFurniture {
    static final String RESOURCE = "marsad/text/page-furniture.tsv";

    private static final PageFurniture DEFAULT = load();

    private final char[][] markers;
    /** The first characters of the markers, a bit each: most characters of a text are looked up here and no further. */
    private final long[] firsts = new long[(Character.MAX_VALUE + 1) / 64];

    PageFurniture(List<String> markers) {
        this.markers = new char[markers.size()][];
        for (int m = 0; m < markers.size(); m++) {
            if (markers.get(m).isEmpty()) {
                throw new IllegalArgumentException("an empty page-furniture marker");
            }
            this.markers[m] = markers.get(m).toCharArray();
            char c = this.markers[m][0];
            firsts[c >>> 6] |= 1L << c;
        }
    }

    static PageFurniture standard() {
        return DEFAULT;
    }

    private static PageFurniture load() {
        List<String> markers = new ArrayList<>();
        for (TsvFile.Row r : TsvFile.read(RESOURCE, 1, true)) {
            if (r.cols().length != 1) {
                throw r.error("one marker a line, no TAB");
            }
            markers.add(r.col(0));
        }
        return new PageFurniture(markers);
    }

    /** Where the furniture of {@code text} begins: the offset of its earliest marker, or the text's length. */
    int start(String text) {
        return start(text.toCharArray(), text.length());
    }

    /**
     * {@link #start(String)} of the text {@code text[0, n)}: one pass over its characters, most of them looked up in
     * {@link #firsts} and no further. Nine {@code String.indexOf} scans, one a marker, made the text layer 14 % slower
     * (QUALITY.md, session 26, text28): most markers begin with a letter as frequent as ل or م, and each of those was
     * a place to compare.
     */
    int start(char[] text, int n) {
        for (int i = 0; i < n; i++) {
            char c = text[i];
            if ((firsts[c >>> 6] & 1L << c) != 0 && (i == 0 || !Tokenizer.isArabicWordChar(text[i - 1]))) {
                for (char[] m : markers) {
                    if (m[0] == c && matches(text, n, i, m)) {
                        return i;
                    }
                }
            }
        }
        return n;
    }

    private static boolean matches(char[] text, int n, int at, char[] marker) {
        if (at + marker.length > n) {
            return false;
        }
        for (int k = 1; k < marker.length; k++) {
            if (text[at + k] != marker[k]) {
                return false;
            }
        }
        return true;
    }
}
