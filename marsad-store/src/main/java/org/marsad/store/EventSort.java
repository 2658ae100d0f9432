package org.marsad.store;

import java.util.Locale;

/** How a page of events is ordered: a fixed column (never text from a request), ascending or descending. */
public record EventSort(Key key, boolean descending) {
    public static final EventSort DEFAULT = new EventSort(Key.DAY, true);

    public enum Key {
        DAY("e.day"), GOLDSTEIN("e.goldstein"), CODE("e.cameo_code"), SOURCE("e.source_code"),
        TARGET("e.target_code"), ID("e.eid");

        final String column;

        Key(String column) {
            this.column = column;
        }
    }

    /**
     * Parses {@code day}, {@code -day} (descending), {@code goldstein}, {@code code}, {@code source}, {@code target},
     * {@code id}.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static EventSort parse(String s) {
        if (s == null || s.isBlank()) {
            return DEFAULT;
        }
        s = s.strip();
        boolean desc = s.startsWith("-");
        String name = desc ? s.substring(1) : s;
        for (Key k : Key.values()) {
            if (k.name().toLowerCase(Locale.ROOT).equals(name)) {
                return new EventSort(k, desc);
            }
        }
        throw new IllegalArgumentException("sort must be one of day, goldstein, code, source, target, id "
                + "(with '-' in front for descending)");
    }

    /**
     * ORDER BY text: nulls last in both dialects, then the event id so that pages are stable. Written with
     * {@code NULLS LAST} (SQLite 3.30+, PostgreSQL) rather than a CASE expression, so that an index in the column's
     * order can serve it: a CASE made SQLite sort every matching event even where an index walk gives the order.
     */
    String orderBy() {
        String c = key.column;
        return " ORDER BY " + c + (descending ? " DESC" : "") + " NULLS LAST, e.eid" + (descending ? " DESC" : "");
    }
}
