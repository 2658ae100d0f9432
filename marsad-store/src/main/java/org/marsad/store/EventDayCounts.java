package org.marsad.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Queries of {@code event_day_counts} (schema 6): events per (source code, target code, day, CAMEO root, quad class,
 * copy flag), kept by triggers in the transaction that writes the events. A filter on actors, CAMEO root, quad class,
 * dates and copies is answered from it, reading a few hundred rows where the events would be tens of thousands; a
 * filter on anything else (CAMEO code, place, outlet, full text, one article) is not, and reads the events.
 *
 * <p>Missing codes and days are stored as {@code ''}: a prefix range ({@code >= 'RUS' AND < 'RUT'}) never matches
 * it, and date bounds come with {@code day <> ''}, as {@code e.day >= ?} never matches a missing day. Only fixed SQL
 * text here; every value is a parameter.
 */
final class EventDayCounts {
    /** A query of the table and its parameters. */
    record Query(String sql, List<Object> args) {
    }

    private EventDayCounts() {
    }

    /** True when {@code f} filters only on what the table keeps. */
    static boolean answers(Filter f) {
        return f.code() == null && f.place() == null && f.outlet() == null && f.text() == null && f.articleId() == null;
    }

    /** How many events pass {@code f} (which {@link #answers}). */
    static Query total(Filter f, UnaryOperator<String> unindexed) {
        return over(f, unindexed, "d.events", "", "SELECT COALESCE(SUM(x.events), 0) FROM (", ") x");
    }

    /** Events and Goldstein sums (in thousandths) per day and quad class, in day order, as {@code Store.dayCounts}. */
    static Query perDayAndQuad(Filter f, UnaryOperator<String> unindexed) {
        return over(f, unindexed, "d.day, d.quad_class, d.events, d.goldstein_milli", " AND d.day <> ''",
                "SELECT x.day, x.quad_class, SUM(x.events) AS n, SUM(x.goldstein_milli) AS g_milli FROM (",
                ") x GROUP BY x.day, x.quad_class ORDER BY x.day, x.quad_class");
    }

    /** The distinct codes of {@code column} (source_code or target_code) that start with {@code prefix}. */
    static Query codes(String column, String prefix) {
        return new Query("SELECT DISTINCT d." + column + " FROM event_day_counts d WHERE d." + column + " >= ? AND d."
                + column + " < ?", List.of(prefix, Sql.after(prefix)));
    }

    /** The distinct (source code, target code) pairs that start with {@code source} and {@code target}. */
    static Query pairs(String source, String target) {
        return new Query(pairsWith(source, target) + "SELECT pair.source, pair.target FROM pair WHERE pair.target IS NOT NULL",
                pairArgs(source, target));
    }

    /**
     * {@code WITH RECURSIVE} tables {@code code} (the source codes under {@code source}) and {@code pair} (with each,
     * the target codes under {@code target}; rows with a null target are ends of a walk), each code found by one
     * seek of the primary key past the one before (a "loose index scan"). A {@code SELECT DISTINCT} over the two
     * prefixes read every row of one of them: 11,752 rows for the dyad YEMREB/YEM, 3 ms, where its 7 pairs take
     * 0.35 ms this way. Parameters: {@link #pairArgs}.
     */
    private static String pairsWith(String source, String target) {
        return "WITH RECURSIVE code(code) AS (SELECT MIN(source_code) FROM event_day_counts WHERE source_code >= ? "
                + "AND source_code < ? UNION ALL SELECT (SELECT MIN(n.source_code) FROM event_day_counts n "
                + "WHERE n.source_code > code.code AND n.source_code < ?) FROM code WHERE code.code IS NOT NULL), "
                + "pair(source, target) AS (SELECT code.code, (SELECT MIN(n.target_code) FROM event_day_counts n "
                + "WHERE n.source_code = code.code AND n.target_code >= ? AND n.target_code < ?) FROM code "
                + "WHERE code.code IS NOT NULL UNION ALL SELECT pair.source, (SELECT MIN(n.target_code) "
                + "FROM event_day_counts n WHERE n.source_code = pair.source AND n.target_code > pair.target "
                + "AND n.target_code < ?) FROM pair WHERE pair.target IS NOT NULL) ";
    }

    private static List<Object> pairArgs(String source, String target) {
        String sourceEnd = Sql.after(source);
        String targetEnd = Sql.after(target);
        return new ArrayList<>(List.of(source, sourceEnd, sourceEnd, target, targetEnd, targetEnd));
    }

    /**
     * {@code head} + the rows of {@code f} + {@code tail}. An actor (source OR target) is two index ranges, its source
     * side and the rest of its target side, put together with UNION ALL: an OR made SQLite collect and look up every
     * matching row (MULTI-INDEX OR), three times slower.
     */
    private static Query over(Filter f, UnaryOperator<String> unindexed, String columns, String extra, String head,
                              String tail) {
        List<Object> args = new ArrayList<>();
        if (f.actor() == null && f.source() != null && f.target() != null) {
            // a dyad: its exact code pairs first, then each pair's rows as a range of the primary key
            List<Object> all = pairArgs(f.source(), f.target());
            String rest = rest(f, unindexed, false, all);
            return new Query(pairsWith(f.source(), f.target()) + head + "SELECT " + columns + " FROM pair "
                    + "JOIN event_day_counts d ON d.source_code = pair.source AND d.target_code = pair.target "
                    + "WHERE pair.target IS NOT NULL" + extra + rest + tail, all);
        }
        String rest = rest(f, unindexed, true, args);
        String select = "SELECT " + columns + " FROM event_day_counts d WHERE 1 = 1" + extra;
        if (f.actor() == null) {
            return new Query(head + select + rest + tail, args);
        }
        String inSource = "(d.source_code >= ? AND d.source_code < ?)";
        String inTarget = "(d.target_code >= ? AND d.target_code < ?)";
        List<Object> all = new ArrayList<>(List.of(f.actor(), Sql.after(f.actor())));
        all.addAll(args);
        all.addAll(List.of(f.actor(), Sql.after(f.actor()), f.actor(), Sql.after(f.actor())));
        all.addAll(args);
        return new Query(head + select + " AND " + inSource + rest + " UNION ALL " + select + " AND " + inTarget
                + " AND NOT " + inSource + rest + tail, all);
    }

    /**
     * The conditions of {@code f} but its actor (and, unless {@code withPrefixes}, its source and target) on
     * {@code event_day_counts d}, each starting with " AND ". With an
     * actor the CAMEO root is a condition no index serves ({@code unindexed}, SQLite's "+"): the planner took the
     * root's index, every row of root 04 (tens of thousands), over the actor's few thousand.
     */
    private static String rest(Filter f, UnaryOperator<String> unindexed, boolean withPrefixes, List<Object> args) {
        StringBuilder sql = new StringBuilder();
        if (withPrefixes) {
            prefix(sql, args, "d.source_code", f.source());
            prefix(sql, args, "d.target_code", f.target());
        }
        if (f.root() != null) {
            boolean byActor = f.actor() != null || f.source() != null || f.target() != null;
            sql.append(" AND ").append(byActor ? unindexed.apply("d.cameo_root") : "d.cameo_root").append(" = ?");
            args.add(f.root());
        }
        if (f.quad() != null) {
            sql.append(" AND d.quad_class = ?");
            args.add(f.quad());
        }
        if (!f.includeDuplicates()) {
            sql.append(" AND d.is_copy = 0");
        }
        if (f.from() != null || f.to() != null) {
            sql.append(" AND d.day <> ''");
        }
        if (f.from() != null) {
            sql.append(" AND d.day >= ?");
            args.add(f.from());
        }
        if (f.to() != null) {
            sql.append(" AND d.day <= ?");
            args.add(f.to());
        }
        return sql.toString();
    }

    private static void prefix(StringBuilder sql, List<Object> args, String column, String prefix) {
        if (prefix != null) {
            sql.append(" AND (").append(column).append(" >= ? AND ").append(column).append(" < ?)");
            args.add(prefix);
            args.add(Sql.after(prefix));
        }
    }
}
