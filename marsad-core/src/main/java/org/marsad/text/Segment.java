package org.marsad.text;

/**
 * One reading of a word as proclitics + stem + enclitic, all in normalized form.
 * {@code وبالمفاوضات} reads as prefix {@code وبال}, stem {@code مفاوضات}, suffix {@code ""}.
 */
public record Segment(String prefix, String stem, String suffix) {
    public boolean hasArticle() {
        return prefix.endsWith("ال") || prefix.endsWith("لل");
    }

    /** The preposition carried by the prefix (ب, ل or ك), or 0. */
    public char preposition() {
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (c == 'ب' || c == 'ك') {
                return c;
            }
            if (c == 'ل') {
                // "ال" is the article, not the preposition ل; "لل" is ل + article
                boolean articleL = i > 0 && prefix.charAt(i - 1) == 'ا';
                if (!articleL) {
                    return c;
                }
            }
        }
        return 0;
    }
}
