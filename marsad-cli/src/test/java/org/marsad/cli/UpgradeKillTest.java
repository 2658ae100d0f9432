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
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of a schema upgrade that rebuilds derived data (schema 7: every stored article's near-duplicate
 * signature, its LSH rows and its full-text index document are made again from its text, in batches of 500, each
 * batch one transaction with the row of {@code rederive} that says where the work stands). A real database is made by
 * {@code marsad ingest}, put back to how schema 7's step finds a schema-6 store (the step not applied, every signature
 * stale), and {@code marsad check}, whose opening of the store upgrades it, is killed (SIGKILL) {@value #KILLS} times
 * in the middle of the work. After every kill, read straight from the file without opening a store (which would
 * resume the work): every article before the row's {@code next_rid} is done (its signature, its 20 LSH rows; its index
 * document goes to the index file after the batch commits, and the next open writes what a kill left out) and every
 * article from it on is untouched. A last run finishes the upgrade; then {@code marsad check}
 * passes, and the signatures, LSH rows and search hits equal those of the database before it was put back. The random
 * seed is printed (and taken from {@code -Dmarsad.kill.seed=N} to replay a run).
 */
class UpgradeKillTest {
    private static final int KILLS = 3;
    private static final int ARTICLES = 3000; // six batches of Rederivation.BATCH (500)
    private static final int BANDS = 20;
    private static final String STALE = "00";
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private static final List<String> SEARCHES = List.of("السعودية", "مجلس التعاون", "وزير الخارجية", "النفط");

    @Test
    void killsDuringAnUpgradeLoseAtMostTheBatchInFlight(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("input.jsonl");
        writeInput(input);
        Path db = dir.resolve("upgraded.db");
        ChildMarsad.Result ingest = ChildMarsad.run(dir, "ingest", "-q", "--db", db.toString(), input.toString());
        assertEquals(0, ingest.status(), ingest.err());
        Map<Long, String> signatures = signatures(db);
        List<String> buckets = buckets(db);
        Map<String, String> hits = searches(dir, db);
        assertTrue(signatures.size() > 2 * 500, "articles stored: " + signatures.size());

        // schema 6 as schema 7's step finds it: the step not applied and every stored signature stale
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM schema_version WHERE version >= 7");
            s.executeUpdate("DROP TABLE rederive");
            s.executeUpdate("UPDATE articles SET minhash = x'" + STALE + "'");
            // schema 6's full-text index: a table of the database (schema 8 moved it to a file of its own)
            s.executeUpdate("CREATE VIRTUAL TABLE article_fts USING fts5(terms, content='', contentless_delete=1)");
        }
        Files.delete(org.marsad.store.SqliteStore.indexFile(db));

        long seed = Long.getLong("marsad.kill.seed", System.nanoTime());
        Random random = new Random(seed);
        List<String> log = new ArrayList<>();
        int kills = 0;
        for (int runs = 0; kills < KILLS && runs < 3 * KILLS; runs++) {
            long from = nextRid(db);
            Process p = ChildMarsad.builder(dir, "check", "--db", db.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            // killed after the run committed 1 or 2 batches of its own, a random time into the next one
            int batches = 1 + random.nextInt(2);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (p.isAlive() && System.nanoTime() < deadline && batchesDone(db, from) < batches) {
                Thread.sleep(5);
            }
            Thread.sleep(random.nextInt(400));
            if (!p.isAlive()) {
                log.add("run " + (runs + 1) + " finished the upgrade before its kill");
                break;
            }
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no finally
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            kills++;
            long at = nextRid(db);
            log.add("kill " + kills + ": next rid " + from + " -> " + at);
            assertDoneUpTo(db, at, signatures, "after kill " + kills + " (seed " + seed + ")");
        }
        String story = "seed " + seed + "\n" + String.join("\n", log);
        System.out.println("UpgradeKillTest: " + story);
        assertTrue(kills >= 1, story);

        ChildMarsad.Result check = ChildMarsad.run(dir, "check", "--db", db.toString());
        assertEquals(0, check.status(), check.out() + check.err());
        assertTrue(check.out().contains("checks passed") && !check.out().contains("FAIL"), check.out());
        assertEquals(Long.MAX_VALUE, nextRid(db), "the work is done: no row left in rederive");
        assertEquals(signatures, signatures(db), story);
        assertEquals(buckets, buckets(db), story);
        assertEquals(hits, searches(dir, db), story);
    }

    /** Articles before {@code nextRid} have their signature, LSH rows and index document; those from it on none. */
    private static void assertDoneUpTo(Path db, long nextRid, Map<Long, String> signatures, String when) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (Map.Entry<Long, String> e : signatures.entrySet()) {
                long rid = e.getKey();
                boolean done = rid < nextRid;
                // (index documents are written to the index file after each batch commits: a kill may leave the
                // last batches' behind, which the next open indexes; the final check and searches show it did)
                try (ResultSet rs = s.executeQuery("SELECT hex(minhash), (SELECT COUNT(*) FROM lsh_buckets WHERE "
                        + "article_rid = " + rid + ") FROM articles WHERE rid = " + rid)) {
                    assertTrue(rs.next());
                    assertEquals(done ? e.getValue() : STALE, rs.getString(1), "signature of rid " + rid + " " + when);
                    assertEquals(done ? BANDS : 0, rs.getInt(2), "LSH rows of rid " + rid + " " + when);
                }
            }
        }
    }

    /** The first rid still to do, or Long.MAX_VALUE when no work is left. */
    private static long nextRid(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT next_rid FROM rederive")) {
            return rs.next() ? rs.getLong(1) : Long.MAX_VALUE;
        } catch (java.sql.SQLException e) {
            if (e.getMessage().contains("no such table")) {
                return 0; // the schema step has not run yet
            }
            throw e;
        }
    }

    private static long batchesDone(Path db, long from) throws Exception {
        long at = nextRid(db);
        if (at == 0) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM articles WHERE rid >= " + Math.max(from, 1)
                     + " AND rid < " + at)) {
            return rs.next() ? rs.getLong(1) / 500 + (at == Long.MAX_VALUE ? 1 : 0) : 0;
        }
    }

    private static Map<Long, String> signatures(Path db) throws Exception {
        Map<Long, String> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT rid, minhash FROM articles ORDER BY rid")) {
            while (rs.next()) {
                out.put(rs.getLong(1), HexFormat.of().withUpperCase().formatHex(rs.getBytes(2)));
            }
        }
        return out;
    }

    private static List<String> buckets(Path db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT band, bucket, article_rid FROM lsh_buckets ORDER BY 1, 2, 3")) {
            while (rs.next()) {
                out.add(rs.getInt(1) + " " + rs.getLong(2) + " " + rs.getLong(3));
            }
        }
        return out;
    }

    /** What {@code marsad search} prints for each of {@link #SEARCHES}. */
    private static Map<String, String> searches(Path dir, Path db) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (String q : SEARCHES) {
            ChildMarsad.Result r = ChildMarsad.run(dir, "search", "--db", db.toString(), "--limit", "50", q);
            assertEquals(0, r.status(), r.err());
            out.put(q, r.out());
        }
        return out;
    }

    /** The corpus's first {@value #ARTICLES} articles that have a text. */
    private static void writeInput(Path input) throws Exception {
        int n = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(
                SaudiNewsNet.corpus())), StandardCharsets.UTF_8)); Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); n < ARTICLES && line != null; line = r.readLine()) {
                if (!org.marsad.model.Article.hasNoText(JSON.readTree(line).path("text").asText())) {
                    w.write(line);
                    w.write('\n');
                    n++;
                }
            }
        }
    }
}
