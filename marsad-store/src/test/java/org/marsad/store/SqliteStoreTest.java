package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.CodedArticle;

class SqliteStoreTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    protected Store create() {
        return Store.open(dir.resolve("marsad.db").toString());
    }

    @Override
    protected Store reopen() {
        return Store.open("jdbc:sqlite:" + dir.resolve("marsad.db"));
    }

    @Test
    void insertsAreNotFollowedByAQueryForGeneratedKeys() throws Exception {
        // sqlite-jdbc's default prepares and runs SELECT last_insert_rowid() after every INSERT run by executeUpdate,
        // for getGeneratedKeys, which Marsad never calls: off on the store's connection and the index file's
        assertFalse(((org.sqlite.SQLiteConnection) ((SqliteStore) store).c).getConnectionConfig().isGetGeneratedKeys());
        java.lang.reflect.Field index = SqliteStore.class.getDeclaredField("index");
        index.setAccessible(true);
        java.lang.reflect.Field c = SqliteIndexFile.class.getDeclaredField("c");
        c.setAccessible(true);
        assertFalse(((org.sqlite.SQLiteConnection) c.get(index.get(store))).getConnectionConfig().isGetGeneratedKeys());
    }

    @Test
    void theFileIsInWalModeSoReadersGoOnWhileOneProcessWrites() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("marsad.db"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            assertTrue(rs.next());
            assertEquals("wal", rs.getString(1));
        }
    }

    @Test
    void eventQueriesStartFromTheEventIndexesAndOpeningGivesThePlannerStatistics() throws Exception {
        long run = store.startRun("test", "test");
        store.add(Fixtures.incoming(Fixtures.summit("summit-1", Fixtures.SUMMIT, "Interfax")), run);
        store.add(Fixtures.incoming(Fixtures.munitions("munitions-1")), run);
        store.add(Fixtures.incoming(Fixtures.floods("floods-1")), run);
        // no statistics yet (the tables were empty when the store was opened): the actor filter of /api/events
        // must still start from the events' indexes, never walk every article
        JdbcStore jdbc = (JdbcStore) store;
        String plan = String.join("\n", jdbc.eventCountPlan(Filter.ALL.withDyad("RUS", null)));
        // schema 5: the copy flag is on the event row and the index covers the count: articles are not read
        assertTrue(plan.startsWith("SEARCH e USING COVERING INDEX events_source_"), plan);
        assertTrue(!plan.contains("articles"), plan);
        // schema 6: totals and day series come from the day counts; an actor's two sides are two index ranges
        String actorTotal = String.join("\n", jdbc.totalPlan(Filter.ALL.withActor("RUS")));
        assertTrue(actorTotal.contains("SEARCH d USING PRIMARY KEY (source_code>? AND source_code<?)"), actorTotal);
        assertTrue(actorTotal.contains("SEARCH d USING COVERING INDEX event_day_counts_target (target_code>? AND target_code<?)"),
                actorTotal);
        assertTrue(!actorTotal.contains("MULTI-INDEX OR") && !actorTotal.contains("events"), actorTotal);
        String dyadDays = String.join("\n", jdbc.dayCountPlan(new Filter(null, "RUS", "UKR", null, null,
                java.time.LocalDate.parse("2024-01-01"), java.time.LocalDate.parse("2024-12-31"), null, false)));
        // a dyad: its code pairs found by seeks of the primary key, then each pair's days as one range of it
        assertTrue(dyadDays.contains("SEARCH n USING PRIMARY KEY (source_code=? AND target_code>? AND target_code<?)"), dyadDays);
        assertTrue(dyadDays.contains("SEARCH d USING PRIMARY KEY (source_code=? AND target_code=? AND day>? AND day<?)"), dyadDays);
        assertTrue(!dyadDays.contains("SCAN d") && !dyadDays.contains("SCAN n") && !dyadDays.contains(" events"), dyadDays);
        String rootDays = String.join("\n", jdbc.totalPlan(new Filter(null, null, null, "04", null,
                java.time.LocalDate.parse("2024-01-01"), java.time.LocalDate.parse("2024-12-31"), null, false)));
        assertTrue(rootDays.contains("SEARCH d USING COVERING INDEX event_day_counts_root (cameo_root=? AND day>? AND day<?)"),
                rootDays);
        // a page in day order walks each code's index from the newest event: no sort of all of them
        String walk = String.join("\n", jdbc.walkPlan(Filter.ALL.withActor("RUS"), EventSort.DEFAULT, 50));
        assertTrue(walk.contains("SEARCH e USING COVERING INDEX events_source_day (source_code=?)"), walk);
        assertTrue(walk.contains("SEARCH e USING COVERING INDEX events_target_cover (target_code=?)"), walk);
        assertTrue(!walk.contains("articles"), walk);
        store.close();
        store = reopen();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("marsad.db"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM sqlite_stat1 WHERE tbl IN ('events', 'articles')")) {
            assertTrue(rs.next() && rs.getInt(1) > 0, "no statistics for events and articles");
        }
    }

    @Test
    void aDatabaseFromANewerMarsadIsRefused() throws Exception {
        store.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("marsad.db"));
             Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO schema_version VALUES (99, 'from the future', '2099-01-01T00:00:00Z')");
        }
        StoreException e = assertThrows(StoreException.class, this::reopen);
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
        store = Store.open(dir.resolve("other.db").toString()); // for @AfterEach
    }

    @Test
    void anOlderDatabaseIsMigratedAndKeepsItsData() throws Exception {
        store.close();
        Path old = dir.resolve("v1.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old)) {
            Migrations.migrate(c, "sqlite", conn -> { }, 1);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO articles (id, content_hash, text, minhash, coder_version, added_at) "
                        + "VALUES ('old-1', 'h', 'نص قديم', x'00', '0.0.1', '2024-01-01T00:00:00Z')");
                s.executeUpdate("INSERT INTO events (id, article_id, ord, sentence, cameo_code, cameo_root, quad_class, "
                        + "goldstein, negated, evidence_start, evidence_end, confidence, coder_version) "
                        + "VALUES ('e', 'old-1', 0, 0, '057', '05', 1, 8.0, 0, 0, 3, 0.9, '0.0.1')");
            }
        }
        store = Store.open(old.toString());
        assertEquals(Migrations.latest(), store.schemaVersion());
        CodedArticle c = store.coded("old-1").orElseThrow();
        assertEquals("057", c.events().get(0).cameoCode());
        assertNull(c.events().get(0).rule());
        try (Connection c2 = DriverManager.getConnection("jdbc:sqlite:" + old); Statement s = c2.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM schema_version ORDER BY version")) {
            List<Integer> versions = new java.util.ArrayList<>();
            while (rs.next()) {
                versions.add(rs.getInt(1));
            }
            assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), versions);
        }
        // schema 7 signed the old article again (its stored signature was a placeholder byte), gave it its LSH
        // buckets and indexed it with the new tokenizer (in the index file of schema 8), and left no work behind
        assertEquals(List.of("old-1"), store.search(FullText.Query.parse("قديم", Fixtures.ANALYZER::analyze), Filter.ALL, 10)
                .stream().map(SearchHit::articleId).toList());
        try (Connection c2 = DriverManager.getConnection("jdbc:sqlite:" + old); Statement s = c2.createStatement();
             ResultSet rs = s.executeQuery("SELECT a.minhash, (SELECT COUNT(*) FROM lsh_buckets), (SELECT COUNT(*) FROM "
                     + "rederive) FROM articles a WHERE a.id = 'old-1'")) {
            assertTrue(rs.next());
            assertArrayEquals(MinHash.toBytes(MinHash.signature(List.of("نص", "قديم"))), rs.getBytes(1));
            assertEquals(MinHash.BANDS, rs.getInt(2));
            assertEquals(0, rs.getInt(3));
        }
        // schema 6's backfill counted the old event (no actors, no day: the empty key)
        try (Connection c2 = DriverManager.getConnection("jdbc:sqlite:" + old); Statement s = c2.createStatement();
             ResultSet rs = s.executeQuery("SELECT source_code, target_code, day, cameo_root, events, goldstein_milli "
                     + "FROM event_day_counts")) {
            assertTrue(rs.next());
            assertEquals(List.of("", "", "", "05", 1L, 8000L), List.of(rs.getString(1), rs.getString(2), rs.getString(3),
                    rs.getString(4), rs.getLong(5), rs.getLong(6)));
            assertTrue(!rs.next());
        }
    }

    @Test
    void aMissingDirectoryIsAClearError() {
        StoreException e = assertThrows(StoreException.class, () -> Store.open(dir.resolve("no/such/dir/x.db").toString()));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertTrue(Files.exists(dir.resolve("marsad.db")));
    }
}
