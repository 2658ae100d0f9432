package org.marsad.model;

import java.time.LocalDate;

/**
 * One news article as read from input. Only {@code text} is required; a missing
 * {@code published} date leaves relative dates unresolved, never guessed.
 */
public record Article(String id, String url, String source, LocalDate published, String title, String text) {
    /**
     * The longest text readers accept as one article (about 500 pages): the longest news articles run to some
     * 100,000 characters, and anything far beyond is a dump, not an article, that would hold up a whole ingest.
     */
    public static final int MAX_TEXT_CHARS = 1_000_000;

    /**
     * True when a text has nothing to read: only white space, including the no-break and other Unicode
     * spaces that {@link String#isBlank()} does not count (a scraped page of four U+00A0), and invisible
     * format characters. Such an article has no sentence, so it is refused like an empty one.
     */
    public static boolean hasNoText(String text) {
        return text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.CONTROL);
    }

    /** Why {@code text} is refused as an article's text, or null when it is not too long. */
    public static String tooLong(String text) {
        return text.length() <= MAX_TEXT_CHARS ? null : String.format(java.util.Locale.ROOT,
                "text too long for one article: %,d characters (at most %,d)", text.length(), MAX_TEXT_CHARS);
    }

    public Article {
        if (text == null) {
            throw new IllegalArgumentException("article text is required");
        }
        if (id == null || id.isBlank()) {
            id = ArticleIds.fromContent(text);
        }
    }
}
