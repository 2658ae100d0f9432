package org.marsad.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The default store: one SQLite file, no server. WAL journal mode lets {@code marsad serve} and searches
 * read while an ingest writes from another process; write transactions start IMMEDIATE so that two writers
 * wait for each other (busy timeout) instead of failing half-way. Full-text search is an FTS5 table in the
 * same file, written in the same transactions as the articles.
 */
public final class SqliteStore extends JdbcStore {
    private final Path file;

    private SqliteStore(Connection c, Path file) throws SQLException {
        super(c, "sqlite", conn -> {
            // the write lock: under IMMEDIATE transactions any statement takes it; make sure one is taken now
            try (Statement s = conn.createStatement()) {
                s.executeUpdate("UPDATE schema_version SET version = version WHERE 0 = 1");
            }
        });
        this.file = file;
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
            return finishMigration(new SqliteStore(c, file));
        } catch (SQLException e) {
            throw new StoreException("cannot open SQLite database " + file, e);
        }
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

    @Override
    protected void insertTerms(long rid, String terms) throws SQLException {
        update("INSERT INTO article_fts (rowid, terms) VALUES (?, ?)", rid, terms);
    }

    @Override
    protected void deleteTerms(long rid) throws SQLException {
        update("DELETE FROM article_fts WHERE rowid = ?", rid);
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
