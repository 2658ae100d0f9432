package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test: an ingest killed with SIGKILL in the middle of a real corpus, then run again, must end with
 * exactly what one uninterrupted ingest stores: no accepted article lost, none stored twice.
 */
class KillAndResumeTest {
    private static final int ARTICLES = 800;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private static Path corpus() {
        String shared = System.getProperty("marsad.shared", "../../shared");
        Path gz = Path.of(shared, "data", "saudinewsnet", "articles.jsonl.gz");
        Assumptions.assumeTrue(Files.exists(gz), "skipped: " + gz + " not found (../shared is not beside this checkout)");
        return gz;
    }

    @Test
    void anIngestKilledWithSigkillResumesWithoutLossOrDuplicates(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("input.jsonl");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(corpus())),
                StandardCharsets.UTF_8)); Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            // the first articles that have a text (the corpus has a few empty ones: they are tested elsewhere)
            int n = 0;
            for (String line = r.readLine(); n < ARTICLES && line != null; line = r.readLine()) {
                if (!JSON.readTree(line).path("text").asText().isBlank()) {
                    w.write(line);
                    w.write('\n');
                    n++;
                }
            }
        }
        Path db = dir.resolve("killed.db");
        Process p = ChildMarsad.builder(dir, "ingest", "-q", "--db", db.toString(), input.toString())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        long stored = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (stored < 60 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            stored = Files.exists(db) ? count(db, "SELECT COUNT(*) FROM article_sources") : 0;
        }
        assertTrue(p.isAlive(), "the ingest finished before it could be killed; give it more input");
        p.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no finally
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertNotEquals(0, p.exitValue());

        Map<String, Long> beforeResume = eventsPerArticle(db);
        long sourcesBefore = count(db, "SELECT COUNT(*) FROM article_sources");
        assertTrue(sourcesBefore >= 60 && sourcesBefore < ARTICLES, sourcesBefore + " stored when killed");

        ChildMarsad.Result resumed = ChildMarsad.run(dir, "ingest", "--db", db.toString(), input.toString());
        assertEquals(0, resumed.status(), resumed.err());
        assertTrue(resumed.err().contains(sourcesBefore + " already stored"), resumed.err());

        ChildMarsad.Result clean = ChildMarsad.run(dir, "ingest", "-q", "--db", "clean.db", input.toString());
        assertEquals(0, clean.status(), clean.err());
        Path cleanDb = dir.resolve("clean.db");

        // every input line is stored once, as in one uninterrupted run
        assertEquals(ARTICLES, count(db, "SELECT COUNT(*) FROM article_sources"));
        assertEquals(0, count(db, "SELECT COUNT(*) FROM (SELECT input_id FROM article_sources GROUP BY input_id, url, source "
                + "HAVING COUNT(*) > 1) d"));
        for (String sql : new String[] {"SELECT COUNT(*) FROM articles", "SELECT COUNT(*) FROM events",
                "SELECT COUNT(*) FROM mentions", "SELECT COUNT(*) FROM quotes", "SELECT COUNT(*) FROM sentences",
                "SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL", "SELECT COUNT(*) FROM lsh_buckets"}) {
            assertEquals(count(cleanDb, sql), count(db, sql), sql);
        }
        Map<String, Long> after = eventsPerArticle(db);
        assertEquals(eventsPerArticle(cleanDb), after);
        // what was committed before the kill is still there, unchanged
        beforeResume.forEach((id, events) -> assertEquals(events, after.get(id), id));
        // and the full-text index holds every article once
        assertEquals(count(db, "SELECT COUNT(*) FROM articles"), count(db, "SELECT COUNT(*) FROM article_fts"));
    }

    private static long count(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (java.sql.SQLException e) {
            if (e.getMessage().contains("no such table")) {
                return 0; // the child has not created the schema yet
            }
            throw e;
        }
    }

    private static Map<String, Long> eventsPerArticle(Path db) throws Exception {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT a.id, COUNT(e.eid) FROM articles a LEFT JOIN events e ON e.article_id = a.id "
                     + "GROUP BY a.id")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }
}
