package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite store's full-text index in a file of its own ({@link SqliteIndexFile}), on real files: whatever became of
 * the index file while the store was closed (deleted, emptied, overwritten, another database's), the next open makes
 * it whole again from the stored articles and searches find what they found before; a schema-7 database, whose index
 * is a table of the database itself, is upgraded by moving the index out.
 */
class SqliteIndexFileTest {
    private static final List<String> QUERIES = List.of("كوريا", "ذخائر", "الأمطار", "بوتين", "واشنطن");
    /** The text layer with the coder's dictionaries, as a catch-up uses it (the fixtures' own has none). */
    private static final java.util.function.Function<String, org.marsad.text.AnalyzedText> TEXT =
            org.marsad.Pipeline.load()::analyze;

    @TempDir
    Path dir;

    private static void fill(Store store) {
        long run = store.startRun("test", "test-1");
        store.add(incoming(Fixtures.summit("summit", Fixtures.SUMMIT, "وكالة")), run);
        store.add(incoming(Fixtures.munitions("munitions")), run);
        store.add(incoming(Fixtures.floods("floods")), run);
    }

    private static Incoming incoming(org.marsad.model.CodedArticle c) {
        org.marsad.text.AnalyzedText t = TEXT.apply(c.article().text());
        return new Incoming(c, "test-1", Fingerprint.of(t), FullText.terms(t), SourceRecord.of(c.article(), "t.jsonl", 1));
    }

    /** Each query's hits (article ids, best first), and whether the consistency checks pass. */
    private static List<String> answers(Path db) {
        try (Store store = SqliteStore.open(db)) {
            List<String> out = new ArrayList<>();
            for (String q : QUERIES) {
                out.add(q + " " + store.search(FullText.Query.parse(q, TEXT), Filter.ALL, 10).stream()
                        .map(SearchHit::articleId).toList());
            }
            for (Consistency.Check c : Consistency.check(store, TEXT, false)) {
                assertTrue(c.ok(), c.toString());
            }
            return out;
        }
    }

    private static long indexRows(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + SqliteStore.indexFile(db));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM article_fts_docsize")) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    @Test
    void theIndexLivesBesideTheDatabaseAndSearchesFindTheSameAfterItIsLost() throws Exception {
        Path db = dir.resolve("news.db");
        try (Store store = SqliteStore.open(db)) {
            fill(store);
        }
        assertTrue(Files.isRegularFile(dir.resolve("news.db-fts")));
        assertEquals(3, indexRows(db));
        List<String> before = answers(db);
        assertTrue(before.stream().filter(a -> !a.endsWith("[]")).count() >= 3, before.toString()); // queries that hit

        Files.delete(SqliteStore.indexFile(db));
        assertEquals(before, answers(db), "after the index file was deleted");

        Files.write(SqliteStore.indexFile(db), new byte[0]); // emptied
        assertEquals(before, answers(db), "after the index file was emptied");

        Files.writeString(SqliteStore.indexFile(db), "not a database at all ".repeat(400), StandardCharsets.UTF_8);
        assertEquals(before, answers(db), "after the index file was overwritten");
        assertEquals(3, indexRows(db));
    }

    @Test
    void anotherDatabasesIndexFileIsNotTakenForThisOnes() throws Exception {
        Path a = dir.resolve("a.db");
        try (Store store = SqliteStore.open(a)) {
            fill(store);
        }
        Path b = dir.resolve("b.db");
        try (Store store = SqliteStore.open(b)) {
            long run = store.startRun("test", "test-1");
            store.add(incoming(Fixtures.floods("floods-only")), run); // rid 1, as summit in a.db
        }
        // a.db's index put beside b.db (a restore gone wrong): its row for rid 1 is the summit's, not the floods'
        Files.copy(SqliteStore.indexFile(a), SqliteStore.indexFile(b), StandardCopyOption.REPLACE_EXISTING);
        try (Store store = SqliteStore.open(b)) {
            assertEquals(List.of(), store.search(FullText.Query.parse("بوتين", TEXT), Filter.ALL, 10));
            assertEquals(List.of("floods-only"), store.search(FullText.Query.parse("الأمطار", TEXT),
                    Filter.ALL, 10).stream().map(SearchHit::articleId).toList());
        }
        assertEquals(1, indexRows(b));
    }

    @Test
    void aSchema7DatabaseMovesItsIndexOut() throws Exception {
        Path db = dir.resolve("v7.db");
        try (Store store = SqliteStore.open(db)) {
            fill(store);
        }
        List<String> expected = answers(db);
        // the same database as schema 7 left it: the index a table of the database, no index file
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("DELETE FROM schema_version WHERE version = 8");
            for (String sql : Migrations.statements(new String(SqliteIndexFileTest.class.getClassLoader()
                    .getResourceAsStream("marsad/store/sqlite/V7.sql").readAllBytes(), StandardCharsets.UTF_8))) {
                if (sql.contains("article_fts") && !sql.startsWith("DROP")) {
                    s.execute(sql);
                }
            }
            s.execute("INSERT INTO article_fts (rowid, terms) VALUES (1, 'قمة')"); // schema 7's document (abridged)
        }
        Files.delete(SqliteStore.indexFile(db));
        assertEquals(expected, answers(db));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'article_fts%'")) {
            assertTrue(rs.next());
            assertEquals(0, rs.getInt(1), "no index left in the database itself");
        }
        assertEquals(3, indexRows(db));
        assertFalse(Files.exists(dir.resolve("v7.db-fts-wal")), "the index file closed cleanly");
    }
}
