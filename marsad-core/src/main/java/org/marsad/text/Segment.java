package org.marsad.text;

/**
 * One reading of a word as proclitics + stem + enclitic, all in normalized form.
 * {@code وبالمفاوضات} reads as prefix {@code وبال}, stem {@code مفاوضات}, suffix {@code ""}.
 *
 * @param facts what the dictionaries know about the stem ({@link StemFacts}), or null; not part of
 *              the reading's identity (equals and hashCode ignore it)
 */
public record Segment(String prefix, String stem, String suffix, Facts facts) {
    public Segment(String prefix, String stem, String suffix) {
        this(prefix, stem, suffix, null);
    }

    /** The answers of {@code owner}'s questions about the stem, in registration order. */
    public record Facts(StemFacts owner, Object[] values) {
    }

    Segment withFacts(StemFacts stemFacts) {
        return new Segment(prefix, stem, suffix, stemFacts.of(stem));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Segment s && prefix.equals(s.prefix) && stem.equals(s.stem) && suffix.equals(s.suffix);
    }

    @Override
    public int hashCode() {
        return (prefix.hashCode() * 31 + stem.hashCode()) * 31 + suffix.hashCode();
    }

    @Override
    public String toString() {
        return "Segment[" + prefix + "+" + stem + "+" + suffix + "]";
    }

    /**
     * {@code prefix} with every «ال» taken out, as {@code prefix.replace("ال", "")} gives it, without making a string
     * when there is none or the prefix is the article alone (the most common prefix of a name).
     */
    public static String withoutArticle(String prefix) {
        if (prefix.indexOf("ال") < 0) {
            return prefix;
        }
        return prefix.length() == 2 ? "" : prefix.replace("ال", "");
    }

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
