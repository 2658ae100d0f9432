package org.marsad.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies 1..N-1 of a LOAD FIXTURE, made inside SQLite from copy 0 (which {@link LoadFixtureCommand} stored
 * through the Store, the real ingest path): every row of copy 0 again, under ids {@code loadfix-K-...},
 * with row ids offset past copy 0's and every date {@code K * days} later. One INSERT ... SELECT per table and
 * copy, so a million events take minutes instead of hours. Columns not named here are copied as they are,
 * so the copies stay whole when a migration adds a column. The full-text index (contentless FTS5) cannot
 * be read back, so only copy 0 is searchable by words.
 */
final class FixtureCopies {
    private static final String FIRST = LoadFixtureCommand.ID_PREFIX + "0-";
    /** The ids of copy 0 are those from FIRST up to this (the next string after every "loadfix-0-..."). */
    private static final String AFTER_FIRST = LoadFixtureCommand.ID_PREFIX + "0.";
    private static final String OF_FIRST = "article_id >= '" + FIRST + "' AND article_id < '" + AFTER_FIRST + "'";

    private final Connection c;

    private FixtureCopies(Connection c) {
        this.c = c;
    }

    /** Makes copies 1..copies-1 in the SQLite file {@code db}, each {@code days} after the one before. */
    static void make(Path db, int copies, int days, java.io.PrintStream log) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath())) {
            new FixtureCopies(c).make(copies, days, log);
        }
    }

    private void make(int copies, int days, java.io.PrintStream log) throws SQLException {
        long rids = max("SELECT MAX(rid) FROM articles");
        long sources = max("SELECT MAX(id) FROM article_sources");
        long eids = max("SELECT MAX(eid) FROM events");
        long stories = max("SELECT MAX(id) FROM stories");
        c.setAutoCommit(false);
        for (int k = 1; k < copies; k++) {
            long start = System.nanoTime();
            String shift = "'+" + ((long) k * days) + " days'";
            String id = "'" + LoadFixtureCommand.ID_PREFIX + k + "-' || substr(%s, " + (FIRST.length() + 1) + ")";
            copy("stories", Map.of(
                    "id", "id + " + k * stories,
                    "day", shiftedDate("day", shift),
                    "first_event", "first_event + " + k * eids), "id <= " + stories);
            copy("articles", Map.of(
                    "rid", "rid + " + k * rids,
                    "id", String.format(id, "id"),
                    "content_hash", "content_hash || '-" + k + "'",
                    "url", "url || '-" + k + "'",
                    "published", "date(published, " + shift + ")",
                    "duplicate_of", String.format(id, "duplicate_of")), "id >= '" + FIRST + "' AND id < '" + AFTER_FIRST + "'");
            copy("article_sources", Map.of(
                    "id", "id + " + k * sources,
                    "article_id", String.format(id, "article_id"),
                    "input_id", String.format(id, "input_id"),
                    "published", "date(published, " + shift + ")"), OF_FIRST);
            for (String table : List.of("sentences", "mentions", "quotes")) {
                copy(table, Map.of("article_id", String.format(id, "article_id")), OF_FIRST);
            }
            copy("events", Map.of(
                    "eid", "eid + " + k * eids,
                    "id", String.format(id, "id"),
                    "article_id", String.format(id, "article_id"),
                    "event_date", shiftedDate("event_date", shift),
                    "day", "date(day, " + shift + ")",
                    "story_id", "story_id + " + k * stories), OF_FIRST);
            copy("lsh_buckets", Map.of("article_rid", "article_rid + " + k * rids), "article_rid <= " + rids);
            c.commit();
            log.printf("copy %d/%d made in %.0f s%n", k + 1, copies, (System.nanoTime() - start) / 1e9);
        }
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE"); // fresh statistics for the query planner, as a long-lived database would have
        }
    }

    /** A date of any precision the store keeps (YYYY-MM-DD, YYYY-MM, YYYY, '' or null), moved by {@code shift}. */
    private static String shiftedDate(String column, String shift) {
        return "CASE length(" + column + ") WHEN 10 THEN date(" + column + ", " + shift + ") "
                + "WHEN 7 THEN strftime('%Y-%m', date(" + column + " || '-01', " + shift + ")) "
                + "WHEN 4 THEN strftime('%Y', date(" + column + " || '-01-01', " + shift + ")) ELSE " + column + " END";
    }

    /** Copies the rows of {@code table} that pass {@code where} (copy 0's), with {@code changed} columns computed. */
    private void copy(String table, Map<String, String> changed, String where) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                String name = rs.getString("name");
                columns.put(name, changed.getOrDefault(name, name));
            }
        }
        if (!columns.keySet().containsAll(changed.keySet())) {
            throw new IllegalStateException("table " + table + " lacks a column of " + changed.keySet()
                    + ": the load fixture needs updating for this schema");
        }
        List<String> names = new ArrayList<>(columns.keySet());
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO " + table + " (" + String.join(", ", names) + ") SELECT "
                    + String.join(", ", columns.values()) + " FROM " + table + " WHERE " + where);
        }
    }

    private long max(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
