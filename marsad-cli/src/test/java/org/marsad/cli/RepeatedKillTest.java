package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.Consistency;
import org.marsad.store.SqliteStore;
import org.marsad.store.Store;

/**
 * Crash safety under repeated SIGKILL: {@code marsad ingest} is killed {@value #KILLS} times in a row at random
 * moments (while the JVM starts, while the schema is made, in the middle of storing) on one real SQLite file;
 * after every kill the database passes the consistency checks; a last run completes it; then {@code marsad check}
 * passes and the database holds exactly what one uninterrupted ingest of the same input holds: every accepted
 * input record once, no article lost, none twice, and what was committed before the kills unchanged. The random
 * seed is printed (and taken from {@code -Dmarsad.kill.seed=N} to replay a run).
 */
class RepeatedKillTest {
    private static final int KILLS = 10;
    // ingest commits batches of up to Ingester.MAX_BATCH records at once and a run is killed after its first commit:
    // ten kills, a batch each, must not use the input up (1,500 more than ten batches: exact duplicates among them)
    private static final int ARTICLES = KILLS * org.marsad.store.Ingester.MAX_BATCH + 1500;
    private static final int BAD_LINES = 5;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private static final String[] TABLES = {"articles", "article_sources", "events", "mentions", "quotes", "sentences",
            "lsh_buckets", "stories", "article_fts"};

    @Test
    void tenKillsInARowLoseNothingAndDuplicateNothing(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("input.jsonl");
        int good = writeInput(input);
        long seed = Long.getLong("marsad.kill.seed", System.nanoTime());
        Random random = new Random(seed);
        Path db = dir.resolve("killed.db");
        List<String> log = new ArrayList<>();
        int kills = 0;
        int runs = 0;
        while (kills < KILLS && runs < 3 * KILLS) {
            runs++;
            long before = count(db, "SELECT COUNT(*) FROM article_sources");
            Process p = ChildMarsad.builder(dir, "ingest", "-q", "--threads", "2", "--db", db.toString(), input.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            long started = System.nanoTime();
            // a third of the kills at a random time from the start (JVM start, schema, first articles), a third
            // right after a random number of articles were committed, a third at a random time while storing
            int mode = random.nextInt(3);
            long waitMillis = mode == 0 ? 200 + random.nextInt(6000) : random.nextInt(2000);
            int waitArticles = mode == 1 ? 1 + random.nextInt(30) : 1;
            long deadline = started + TimeUnit.SECONDS.toNanos(60);
            long storing = 0; // when this run committed its first article
            while (p.isAlive() && System.nanoTime() < deadline) {
                long now = System.nanoTime();
                if (storing == 0 && count(db, "SELECT COUNT(*) FROM article_sources") - before >= waitArticles) {
                    storing = now;
                }
                // (at most 25 articles into storing, so that ten kills cannot use up the input on a fast machine;
                // in every mode: on a quiet machine a run stores the rest of the input within 6 s)
                boolean storedEnough = count(db, "SELECT COUNT(*) FROM article_sources") - before >= 25;
                if (mode == 0 ? now - started >= waitMillis * 1_000_000L || storedEnough
                        : storing > 0 && (mode == 1 || now - storing >= waitMillis * 1_000_000L
                        || storedEnough)) {
                    break;
                }
                Thread.sleep(5 + random.nextInt(20));
            }
            if (!p.isAlive()) {
                log.add("run " + runs + " finished before its kill");
                break; // the input is all stored: no more kills possible
            }
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no finally
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            kills++;
            long after = count(db, "SELECT COUNT(*) FROM article_sources");
            log.add(String.format(java.util.Locale.ROOT, "kill %d after %.2f s (%s): %d -> %d source records", kills,
                    (System.nanoTime() - started) / 1e9, mode == 0 ? "at a random time from the start"
                            : mode == 1 ? "right after " + waitArticles + " articles were committed"
                            : String.format(java.util.Locale.ROOT, "%.2f s into storing", waitMillis / 1e3), before, after));
            if (Files.exists(db)) {
                // the full-text index file is written after each batch commits: a kill may leave it behind the
                // articles, and opening the store brings it up to date (the checks below include it)
                long behind = count(db, "SELECT COUNT(*) FROM articles") - count(db, "SELECT COUNT(*) FROM article_fts_docsize");
                log.add("  the index file " + behind + " articles behind the database");
                // after every crash: whole (the index caught up by the open)
                try (Store store = SqliteStore.open(db)) {
                    List<Consistency.Check> failed = Consistency.check(store, null, true).stream().filter(c -> !c.ok()).toList();
                    assertEquals(List.of(), failed, "after kill " + kills + " (seed " + seed + ")");
                }
            }
        }
        String story = "seed " + seed + "\n" + String.join("\n", log);
        System.out.println("RepeatedKillTest: " + story);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "kill-report.txt"), story + "\n", StandardCharsets.UTF_8);
        assertEquals(KILLS, kills, story);

        List<String> beforeResume = ids(db);
        long sourcesBefore = count(db, "SELECT COUNT(*) FROM article_sources");
        ChildMarsad.Result resumed = ChildMarsad.run(dir, "ingest", "--threads", "2", "--db", db.toString(), input.toString());
        assertEquals(Main.EXIT_SKIPPED, resumed.status(), resumed.err()); // the bad lines, reported again
        // (the summary groups thousands: "2,170 already stored")
        assertTrue(resumed.err().contains(String.format(java.util.Locale.ROOT, " %,d already stored", sourcesBefore)),
                resumed.err());
        // what was committed before the kills is still there, unchanged (each article with the same events)
        assertTrue(ids(db).containsAll(beforeResume), story);
        ChildMarsad.Result check = ChildMarsad.run(dir, "check", "--db", db.toString());
        assertEquals(0, check.status(), check.out() + check.err());
        assertTrue(check.out().contains("checks passed") && !check.out().contains("FAIL"), check.out());

        ChildMarsad.Result clean = ChildMarsad.run(dir, "ingest", "-q", "--threads", "2", "--db", "clean.db", input.toString());
        assertEquals(Main.EXIT_SKIPPED, clean.status(), clean.err());
        Path cleanDb = dir.resolve("clean.db");
        assertEquals(good, count(db, "SELECT COUNT(*) FROM article_sources"), story);
        assertEquals(0, count(db, "SELECT COUNT(*) FROM (SELECT input_id FROM article_sources GROUP BY input_id, url, source "
                + "HAVING COUNT(*) > 1) d"), story);
        for (String table : TABLES) {
            assertEquals(count(cleanDb, "SELECT COUNT(*) FROM " + table), count(db, "SELECT COUNT(*) FROM " + table),
                    table + " (" + story + ")");
        }
        assertEquals(ids(cleanDb), ids(db), story);
    }

    /** {@value #ARTICLES} articles with text from the corpus, with {@value #BAD_LINES} broken lines among them. */
    private static int writeInput(Path input) throws Exception {
        int n = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(SaudiNewsNet.corpus())),
                StandardCharsets.UTF_8)); Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); n < ARTICLES && line != null; line = r.readLine()) {
                if (!org.marsad.model.Article.hasNoText(JSON.readTree(line).path("text").asText())) {
                    w.write(line);
                    w.write('\n');
                    n++;
                    if (n % (ARTICLES / BAD_LINES) == 0) {
                        w.write("{\"text\": \"a line cut short\n"); // never accepted, always reported
                    }
                }
            }
        }
        return n;
    }

    private static List<String> ids(Path db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT a.id || ' ' || COUNT(e.eid) FROM articles a LEFT JOIN events e "
                     + "ON e.article_id = a.id GROUP BY a.id ORDER BY a.id")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static long count(Path db, String sql) throws Exception {
        if (!Files.exists(db)) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            Path index = org.marsad.store.SqliteStore.indexFile(db); // article_fts is in the database's index file
            if (Files.exists(index)) {
                s.execute("ATTACH DATABASE '" + index.toString().replace("'", "''") + "' AS fts");
            }
            try (ResultSet rs = s.executeQuery(sql)) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (java.sql.SQLException e) {
            if (e.getMessage().contains("no such table")) {
                return 0; // the child has not made the schema yet
            }
            throw e;
        }
    }
}
