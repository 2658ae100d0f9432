package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import org.marsad.dict.TsvFile;

/**
 * Finds an article's page furniture, the site's template lines around its text, listed in
 * {@code marsad/text/page-furniture.tsv}. A closing marker begins the furniture after the text, running to its end (the
 * writer's other columns «مقالات أخرى للكاتب...», how to text the writer, a wire service's end mark «// انتهى //»; not
 * a link line carrying the article's own title, which is text). An opening marker ends the furniture before it,
 * running from the text's start (okaz's share line «شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك», a photo slider's
 * captions and its «Next Previous»). The text layer reads the text only between the two: nothing of the furniture is a
 * token, a sentence, a mention or an event, and every offset stays as it was (the text is not cut).
 * A marker counts where it begins a word: no Arabic letter, mark or digit right before it (a Latin one may be:
 * «...@gmail.comللتواصل مع الكاتب»). The earliest closing marker wins. An opening marker must also be followed by a
 * space or a line break and lie before the closing one; the earliest such is the only one tried, and it counts only
 * when a line break or a sentence's end follows it before the closing marker: a slider after the whole report, with
 * only the tag line after it («... آسيا. Next Previous سمات النصر نايف هزازي»), does not open it.
 */
final class PageFurniture {
    static final String RESOURCE = "marsad/text/page-furniture.tsv";

    private static final PageFurniture DEFAULT = load();

    private final char[][] markers;
    /** Whether each marker opens the article (the furniture is before it) rather than closes it. */
    private final boolean[] opening;
    /** The first characters of the markers, a bit each: most characters of a text are looked up here and no further. */
    private final long[] firsts = new long[(Character.MAX_VALUE + 1) / 64];

    /** Closing markers only (the furniture after the article). */
    PageFurniture(List<String> closing) {
        this(closing, List.of());
    }

    PageFurniture(List<String> closing, List<String> opening) {
        int n = closing.size() + opening.size();
        this.markers = new char[n][];
        this.opening = new boolean[n];
        for (int m = 0; m < n; m++) {
            boolean opens = m >= closing.size();
            String marker = opens ? opening.get(m - closing.size()) : closing.get(m);
            if (marker.isEmpty()) {
                throw new IllegalArgumentException("an empty page-furniture marker");
            }
            this.markers[m] = marker.toCharArray();
            this.opening[m] = opens;
            char c = this.markers[m][0];
            firsts[c >>> 6] |= 1L << c;
        }
    }

    static PageFurniture standard() {
        return DEFAULT;
    }

    private static PageFurniture load() {
        List<String> closing = new ArrayList<>();
        List<String> opening = new ArrayList<>();
        for (TsvFile.Row r : TsvFile.read(RESOURCE, 2, true)) {
            if (r.cols().length != 2) {
                throw r.error("two columns: kind and marker (no TAB in a marker)");
            }
            switch (r.col(0)) {
                case "closing" -> closing.add(r.col(1));
                case "opening" -> opening.add(r.col(1));
                default -> throw r.error("kind must be closing or opening: " + r.col(0));
            }
        }
        return new PageFurniture(closing, opening);
    }

    /** The article's part of a text {@code [begin, end)}: the furniture is before {@code begin} and from {@code end}. */
    record Bounds(int begin, int end) {
    }

    /** Where the furniture after {@code text} begins: the offset of its earliest closing marker, or the text's length. */
    int start(String text) {
        return bounds(text).end();
    }

    Bounds bounds(String text) {
        return bounds(text.toCharArray(), text.length());
    }

    /**
     * {@link #bounds(String)} of the text {@code text[0, n)}: one pass over its characters up to the first closing
     * marker ({@link #next}), each marker found then told apart here.
     */
    Bounds bounds(char[] text, int n) {
        int opened = -1; // the end of the earliest opening marker
        for (int i = next(text, 0, n); i < n; i = next(text, i + 1, n)) {
            for (int m = 0; m < markers.length; m++) {
                char[] marker = markers[m];
                if (marker[0] != text[i] || !matches(text, n, i, marker)) {
                    continue;
                }
                if (!opening[m]) {
                    return new Bounds(begin(text, opened, i), i);
                }
                if (opened < 0 && endsWord(text, n, i + marker.length)) {
                    opened = i + marker.length;
                }
            }
        }
        return new Bounds(begin(text, opened, n), n);
    }

    /**
     * The offset of the earliest marker of either kind in {@code text[from, n)} that begins a word, or {@code n}: most
     * characters are looked up in {@link #firsts} and no further. Nine {@code String.indexOf} scans, one a marker, made
     * the text layer 14 % slower (QUALITY.md, session 26, text28): most markers begin with a letter as frequent as ل or
     * م, and each of those was a place to compare. This loop is the whole scan's cost and is kept as text28 wrote it:
     * telling the two kinds apart inside it made the pass about a third slower (the method alone, paired in one JVM;
     * QUALITY.md, session 27, text29).
     */
    private int next(char[] text, int from, int n) {
        for (int i = from; i < n; i++) {
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

    /**
     * Where the article begins: after the opening marker ending at {@code opened} when a line break or a sentence's end
     * follows it before {@code end} (more than a closing tag line), else at the text's start.
     */
    private static int begin(char[] text, int opened, int end) {
        if (opened < 0) {
            return 0;
        }
        for (int i = opened; i < end; i++) {
            switch (text[i]) {
                case '\n', '\r', '.', '!', '?', '؟' -> {
                    return opened;
                }
                default -> {
                }
            }
        }
        return 0;
    }

    /**
     * True when a space or a line break is at {@code text[at]}, or the text ends there: the marker ends where a token
     * ends, and the tokens after it are those of the whole text.
     */
    private static boolean endsWord(char[] text, int n, int at) {
        return at >= n || Character.isWhitespace(text[at]) || Character.isSpaceChar(text[at]);
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
