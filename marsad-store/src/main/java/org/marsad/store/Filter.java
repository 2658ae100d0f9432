package org.marsad.store;

import java.time.LocalDate;

/**
 * Which events (export, event lists, counts) or articles (search, article lists) to return. Every field is optional.
 *
 * @param actor     an actor code prefix matched as source or target (RUS matches RUSGOV, RUSMIL)
 * @param source    a source actor code prefix
 * @param target    a target actor code prefix
 * @param root      a CAMEO root code (19, or 9 for 09)
 * @param code      a CAMEO code prefix (057, 19)
 * @param from      first day, inclusive: an event's day (its own date, else its article's), or an article's publication date
 * @param to        last day, inclusive
 * @param articleId one article
 * @param includeDuplicates also near-duplicate copies (left out by default so that counts are not inflated)
 * @param quad      a CAMEO quad class, 1 (verbal cooperation) to 4 (material conflict)
 * @param place     an event location: its country code (PRK) or its name, Arabic or English (Pyongyang)
 * @param outlet    the news outlet that published the article (an article's {@code source})
 * @param text      a full-text query: only events or articles of articles that match it
 */
public record Filter(String actor, String source, String target, String root, String code, LocalDate from,
                     LocalDate to, String articleId, boolean includeDuplicates, Integer quad, String place,
                     String outlet, FullText.Query text) {

    public static final Filter ALL = new Filter(null, null, null, null, null, null, null, null, false);

    public Filter {
        actor = code(actor);
        source = code(source);
        target = code(target);
        code = blank(code);
        root = blank(root);
        if (root != null && root.length() == 1) {
            root = "0" + root; // CAMEO roots are two digits
        }
        articleId = blank(articleId);
        place = blank(place);
        outlet = blank(outlet);
        if (text != null && text.isEmpty()) {
            text = null;
        }
    }

    public Filter(String actor, String source, String target, String root, String code, LocalDate from, LocalDate to,
                  String articleId, boolean includeDuplicates) {
        this(actor, source, target, root, code, from, to, articleId, includeDuplicates, null, null, null, null);
    }

    private static String code(String s) {
        s = blank(s);
        return s == null ? null : s.toUpperCase(java.util.Locale.ROOT);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Filter withIncludeDuplicates(boolean include) {
        return new Filter(actor, source, target, root, code, from, to, articleId, include, quad, place, outlet, text);
    }

    public Filter withActor(String actor) {
        return new Filter(actor, source, target, root, code, from, to, articleId, includeDuplicates, quad, place, outlet,
                text);
    }

    public Filter withDyad(String source, String target) {
        return new Filter(actor, source, target, root, code, from, to, articleId, includeDuplicates, quad, place, outlet,
                text);
    }

    public Filter withQuad(Integer quad) {
        return new Filter(actor, source, target, root, code, from, to, articleId, includeDuplicates, quad, place, outlet,
                text);
    }

    public Filter withPlace(String place) {
        return new Filter(actor, source, target, root, code, from, to, articleId, includeDuplicates, quad, place, outlet,
                text);
    }

    public Filter withOutlet(String outlet) {
        return new Filter(actor, source, target, root, code, from, to, articleId, includeDuplicates, quad, place, outlet,
                text);
    }

    public Filter withText(FullText.Query text) {
        return new Filter(actor, source, target, root, code, from, to, articleId, includeDuplicates, quad, place, outlet,
                text);
    }

    /** True when an event-level condition (actor, root, code, quad, place) is set. */
    boolean hasEventConditions() {
        return actor != null || source != null || target != null || root != null || code != null || quad != null
                || place != null;
    }
}
