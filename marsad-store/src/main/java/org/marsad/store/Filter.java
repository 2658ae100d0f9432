package org.marsad.store;

import java.time.LocalDate;

/**
 * Which events (export) or articles (search) to return. Every field is optional.
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
 */
public record Filter(String actor, String source, String target, String root, String code, LocalDate from,
                     LocalDate to, String articleId, boolean includeDuplicates) {

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
    }

    private static String code(String s) {
        s = blank(s);
        return s == null ? null : s.toUpperCase(java.util.Locale.ROOT);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Filter withIncludeDuplicates(boolean include) {
        return new Filter(actor, source, target, root, code, from, to, articleId, include);
    }

    /** True when an event-level condition (actor, root, code) is set. */
    boolean hasEventConditions() {
        return actor != null || source != null || target != null || root != null || code != null;
    }
}
