package org.marsad.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The default store: one SQLite file, no server. WAL journal mode lets {@code marsad serve} and searches
 * read while an ingest writes from another process; write transactions start IMMEDIATE so that two writers
 * wait for each other (busy timeout) instead of failing half-way. Full-text search is an FTS5 table in a file of
 * its own beside the database ({@link SqliteIndexFile}), written by a thread of its own after each transaction
 * commits and attached read-only to this connection as {@code fts}, so queries name {@code article_fts} as before.
 */
public final class SqliteStore extends JdbcStore {
    private final Path file;
    private final SqliteIndexFile index;
    /** The open transaction's index changes (a document, or null terms for a deletion), written once it commits. */
    private final List<SqliteIndexFile.Doc> pendingDocs = new ArrayList<>();

    private SqliteStore(Connection c, Path file) throws SQLException {
        super(c, "sqlite", conn -> {
            // the write lock: under IMMEDIATE transactions any statement takes it; make sure one is taken now
            try (Statement s = conn.createStatement()) {
                s.executeUpdate("UPDATE schema_version SET version = version WHERE 0 = 1");
            }
        });
        this.file = file;
        this.index = SqliteIndexFile.open(file);
        try {
            SqliteIndexFile.attachReadOnly(c, index.file(), "fts");
        } catch (SQLException e) {
            index.close();
            throw e;
        }
    }

    /** The full-text index file of the database {@code database}: copy, move or delete it with the database. */
    public static Path indexFile(Path database) {
        return SqliteIndexFile.of(database);
    }

    public static SqliteStore open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new StoreException("cannot create database " + file + ": directory " + parent + " does not exist");
            }
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // NORMAL with WAL: a commit survives the process being killed (kill -9), though not a power cut
            // between commit and checkpoint; FULL would fsync on every article
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.enforceForeignKeys(true);
            config.setBusyTimeout(60_000);
            // 64 MB of page cache instead of 2 MB: an ingest inserts into a dozen indexes at random places, and
            // each page missing from the cache is a system call (it was a fifth of an ingest's CPU time)
            config.setCacheSize(-64 * 1024);
            // statement journals (what undoes one failed statement inside a transaction that holds a batch of
            // articles) in memory rather than in temporary files written with a system call a page
            config.setTempStore(SQLiteConfig.TempStore.MEMORY);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            noGeneratedKeys(config);
            Connection c = config.createConnection("jdbc:sqlite:" + file);
            try (java.sql.Statement s = c.createStatement()) {
                // copy the WAL into the database (and fsync both) every 64 MB of it rather than every 4 MB: a page
                // an ingest changes again and again is copied once; the WAL file is cut back to 64 MB afterwards
                s.execute("PRAGMA wal_autocheckpoint = 16384");
                s.execute("PRAGMA journal_size_limit = 67108864");
                // table statistics for the query planner, refreshed when a table has grown a lot since they were
                // taken (as SQLite advises for long-lived connections; the row limit keeps it to milliseconds).
                // Without them SQLite takes "a.duplicate_of IS NULL" for a selective index and scans every
                // article for each event query: 0.7 s instead of 1 ms at 90,000 events
                s.execute("PRAGMA analysis_limit = 1000");
                // read pages through a memory map (up to 8 GB, or the build's limit) rather than a system call
                // each: on a million-event database it cut a busy actor's page read from 0.12 to 0.07 s
                s.execute("PRAGMA mmap_size = 8589934592");
                refreshStatistics(s);
            }
            SqliteStore store = finishMigration(new SqliteStore(c, file));
            store.catchUpIndex();
            return store;
        } catch (SQLException e) {
            throw new StoreException("cannot open SQLite database " + file, e);
        }
    }

    /**
     * No generated keys: sqlite-jdbc otherwise follows every INSERT run by {@code execute}/{@code executeUpdate} with a
     * regex over its SQL and a new statement prepared and run for {@code SELECT last_insert_rowid()}, in case the caller
     * asks for the keys. Marsad never does (a new row's id comes back from its own {@code RETURNING}); an ingest runs
     * such an INSERT for every record (its source) and every index document, and the index file's connection too.
     */
    static void noGeneratedKeys(SQLiteConfig config) {
        config.setGetGeneratedKeys(false);
    }

    /**
     * Refreshes the planner's table statistics where a table has grown (see {@code analysis_limit} above). When
     * another process is writing, SQLite may refuse this at once (a read that would turn into a write after another
     * writer's commit gets SQLITE_BUSY without waiting), so the refresh is left to the next open: statistics are
     * an optimization, and opening a store must not fail for them.
     */
    private static void refreshStatistics(Statement s) throws SQLException {
        try {
            s.execute("PRAGMA optimize = 0x10002");
        } catch (SQLiteException e) {
            if ((e.getResultCode().code & 0xff) != SQLiteErrorCode.SQLITE_BUSY.code) { // also its extended codes
                throw e;
            }
        }
    }

    /**
     * A deferred read transaction (SQLite in WAL mode reads one snapshot from its first read to its end), begun by
     * hand: this connection's transactions start IMMEDIATE, which would take the write lock for a read.
     */
    @Override
    protected <T> T inSnapshot(String what, Work<T> reads) {
        return read(what, () -> {
            if (!c.getAutoCommit()) {
                return reads.run();
            }
            try (Statement s = c.createStatement()) {
                s.execute("BEGIN DEFERRED");
            }
            try {
                return reads.run();
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("ROLLBACK");
                }
            }
        });
    }

    @Override
    protected String unindexed(String column) {
        return "+" + column;
    }

    @Override
    public String describe() {
        return file.toString();
    }

    /** Indexes the stored articles the index file lacks (a kill, an upgrade), and drops what it holds of no article. */
    private void catchUpIndex() {
        try {
            String storeId = read("reading the database's identity", () -> {
                try (Statement s = c.createStatement();
                     java.sql.ResultSet rs = s.executeQuery("SELECT applied_at FROM schema_version WHERE version = 1")) {
                    return rs.next() ? rs.getString(1) : "";
                }
            });
            index.catchUp(storeId, () -> org.marsad.Pipeline.load()::analyze);
        } catch (SQLException | RuntimeException e) {
            close();
            throw e instanceof StoreException s ? s
                    : new StoreException("cannot bring the full-text index " + index.file() + " up to date", e);
        }
    }

    @Override
    protected void insertTerms(long rid, String terms) {
        pendingDocs.add(new SqliteIndexFile.Doc(rid, terms));
    }

    @Override
    protected void deleteTerms(long rid) {
        pendingDocs.add(new SqliteIndexFile.Doc(rid, null));
    }

    /**
     * A recoded article's document is replaced in the index before the recoding commits: after a crash the index
     * holds the new document (made from the same text) rather than an old one no catch-up would notice. Documents of
     * new articles wait for the commit (their rids are the database's to give, and a rollback gives them again).
     */
    @Override
    protected void beforeCommit() throws SQLException {
        Set<Long> replaced = new HashSet<>();
        for (SqliteIndexFile.Doc d : pendingDocs) {
            if (d.terms() == null) {
                replaced.add(d.rid());
            }
        }
        if (replaced.isEmpty()) {
            return;
        }
        List<SqliteIndexFile.Doc> now = new ArrayList<>();
        List<SqliteIndexFile.Doc> later = new ArrayList<>();
        for (SqliteIndexFile.Doc d : pendingDocs) {
            (replaced.contains(d.rid()) ? now : later).add(d);
        }
        index.writeNow(now);
        pendingDocs.clear();
        pendingDocs.addAll(later);
    }

    /**
     * Hands the committed articles' documents to the index thread. A batch (an ingest) goes on at once; a single
     * write (an article posted to the API) waits until they are indexed, so that a search on another connection of
     * the same process (the server's readers) finds it as soon as the write returns.
     */
    @Override
    protected void afterCommit(boolean batch) {
        if (pendingDocs.isEmpty()) {
            return;
        }
        index.writeLater(List.copyOf(pendingDocs));
        pendingDocs.clear();
        if (!batch) {
            index.await();
        }
    }

    @Override
    protected void afterRollback() {
        pendingDocs.clear();
    }

    @Override
    protected void awaitIndex() {
        index.await();
    }

    /** FTS5's own check of the index file's structures; throws what it finds. */
    void checkIndexIntegrity() throws SQLException {
        index.await();
        index.checkIntegrity();
    }

    /** Closes in the order that lets SQLite fold each file's WAL back into it (see {@link SqliteIndexFile#stop}). */
    @Override
    public void close() {
        try {
            index.stop();
        } catch (SQLException e) {
            throw new StoreException("closing the full-text index " + index.file(), e);
        } finally {
            try {
                super.close();
            } finally {
                try {
                    index.close();
                } catch (SQLException e) {
                    throw new StoreException("closing the full-text index " + index.file(), e);
                }
            }
        }
    }

    @Override
    protected String searchSelect() {
        return "SELECT a.*, -bm25(article_fts) AS score FROM article_fts JOIN articles a ON a.rid = article_fts.rowid "
                + "WHERE article_fts MATCH ?";
    }

    @Override
    protected String queryText(FullText.Query q) {
        return q.fts5();
    }

    @Override
    protected boolean isUniqueViolation(SQLException e) {
        return e instanceof SQLiteException s && (s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
                || s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY);
    }
}
