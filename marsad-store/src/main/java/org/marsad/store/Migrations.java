package org.marsad.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned schema migrations. Each step is a SQL file per dialect ({@code marsad/store/<dialect>/V<n>.sql});
 * the {@code schema_version} table records the steps applied. Steps run in one transaction each, under a
 * lock, so two processes opening a new database at once do not both create it. A database newer than this
 * program is refused rather than misread.
 *
 * <p>To change the schema, add a step: never edit one that has been released.
 */
final class Migrations {
    record Step(int version, String description) {
    }

    static final List<Step> STEPS = List.of(
            new Step(1, "articles, sources, sentences, mentions, events, quotes, ingest runs, LSH buckets, full-text index"),
            new Step(2, "events.rule: the dictionary line and argument rule behind an event"),
            new Step(3, "stories (clusters of reports of one event), events.story_id, watch rules, alerts"),
            new Step(4, "index articles(id, duplicate_of): event queries check 'not a copy' from the index"),
            new Step(5, "events.is_copy and covering event indexes: event queries never join articles for 'not a copy'"),
            new Step(6, "event_day_counts: events per dyad, day, CAMEO root, quad class and copy flag, kept by triggers"),
            new Step(7, "one-permutation MinHash signatures and the 'ascii' full-text tokenizer: both made again from the text"),
            new Step(8, "SQLite: the full-text index in a file of its own beside the database, made again from the text"));

    /** How a dialect takes the lock that serializes migrations (inside the open transaction). */
    interface Lock {
        void take(Connection c) throws SQLException;
    }

    private Migrations() {
    }

    static int latest() {
        return STEPS.get(STEPS.size() - 1).version();
    }

    /** Applies the missing steps and returns the schema version. */
    static int migrate(Connection c, String dialect, Lock lock) throws SQLException {
        return migrate(c, dialect, lock, latest());
    }

    /** Applies the missing steps up to {@code target} (tests build old databases with it). */
    static int migrate(Connection c, String dialect, Lock lock, int target) throws SQLException {
        int found = currentIfAny(c);
        if (found == target) {
            return found; // up to date: a reader opening the store takes no write lock
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                        + "description TEXT NOT NULL, applied_at TEXT NOT NULL)");
            }
            c.commit();
            lock.take(c);
            int current = current(c);
            if (current > latest()) {
                c.rollback();
                throw new StoreException("the database has schema version " + current
                        + ", newer than this marsad knows (" + latest() + "): use a newer marsad");
            }
            for (Step step : STEPS) {
                if (step.version() <= current || step.version() > target) {
                    continue;
                }
                for (String sql : statements(read(dialect, step.version()))) {
                    try (Statement s = c.createStatement()) {
                        s.execute(sql);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                    ps.setInt(1, step.version());
                    ps.setString(2, step.description());
                    ps.setString(3, Instant.now().toString());
                    ps.executeUpdate();
                }
                c.commit(); // one step, one transaction: a failed step leaves the previous version intact
                lock.take(c);
                current = step.version();
            }
            c.commit();
            return current;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** The schema version, or -1 when there is no schema_version table (a new database) or it cannot be read. */
    private static int currentIfAny(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(true);
        try {
            return current(c);
        } catch (SQLException e) {
            return -1;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String read(String dialect, int version) {
        String path = "marsad/store/" + dialect + "/V" + version + ".sql";
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new StoreException("missing migration " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read migration " + path, e);
        }
    }

    /**
     * Splits a migration file: statements end with ';' at the end of a line; lines starting with '--' are comments.
     * A SQLite trigger's body (from a line ending in {@code BEGIN} to a line {@code END;}) and a PostgreSQL
     * dollar-quoted function body ({@code $$ ... $$}) are one statement with their inner ';'.
     */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inTrigger = false;
        boolean inDollarQuote = false;
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--") || t.isEmpty()) {
                continue;
            }
            cur.append(line).append('\n');
            if ((t.split("\\$\\$", -1).length - 1) % 2 == 1) {
                inDollarQuote = !inDollarQuote;
            }
            if (!inDollarQuote && t.toUpperCase(java.util.Locale.ROOT).endsWith(" BEGIN")) {
                inTrigger = true;
            }
            if (inTrigger && t.equalsIgnoreCase("END;")) {
                inTrigger = false;
            }
            if (t.endsWith(";") && !inTrigger && !inDollarQuote) {
                String sql = cur.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) {
            throw new StoreException("migration does not end with ';': " + cur.toString().strip());
        }
        return out;
    }
}
