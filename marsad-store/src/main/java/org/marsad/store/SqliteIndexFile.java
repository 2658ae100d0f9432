package org.marsad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Supplier;
import org.marsad.text.AnalyzedText;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A SQLite store's full-text index (FTS5, contentless) in a file of its own beside the database: {@code <database>-fts}
 * (plus its own {@code -wal} and {@code -shm}), a name made from the database's path only. The FTS5 insert and the
 * flush of its pending terms at commit were a third of an ingest's writer thread; here they run on a thread and
 * connection of their own, after each of the store's transactions commits, while the writer goes on with the next
 * batch. The store's connection attaches this file read-only, so searches join it to the articles as before, and the
 * store's write transactions never lock it.
 *
 * <p>The two files are not committed together, so after a kill the index may lack the last batches' articles. Every
 * open brings it up to date from the stored articles ({@link #catchUp}): articles missing from the index are indexed
 * from their text, index rows of articles no longer stored are deleted, and an index file left by another database
 * (the database deleted, a backup restored without it) is emptied and rebuilt. A recoded article's new index document
 * replaces the old one before the store commits the recoding, so no crash leaves an old document behind a new coding.
 * Inserts are idempotent (an article already indexed is skipped), so a catch-up by another process racing this
 * one's queue does no harm.
 */
final class SqliteIndexFile implements AutoCloseable {
    static final String SUFFIX = "-fts";
    /** Batches handed over and not yet written; the writer waits beyond it rather than filling the heap. */
    private static final int QUEUED = 8;
    private static final int CATCH_UP_BATCH = 500;

    /** One change to the index: {@code terms} null deletes the article's document. */
    record Doc(long rid, String terms) {
    }

    private final Path file;
    private final Connection c;
    private final ExecutorService thread;
    private final Semaphore room = new Semaphore(QUEUED);
    private volatile Future<?> last;
    private volatile boolean failed;

    private SqliteIndexFile(Path file, Connection c) {
        this.file = file;
        this.c = c;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "marsad-fts");
            t.setDaemon(true);
            return t;
        });
    }

    /** The index file of database {@code database}. */
    static Path of(Path database) {
        return database.resolveSibling(database.getFileName() + SUFFIX);
    }

    /**
     * Opens (or creates) the index file of {@code database} and attaches the database read-only to its connection,
     * for the catch-up's comparison.
     */
    static SqliteIndexFile open(Path database) throws SQLException {
        Path file = of(database);
        try {
            return open(database, file);
        } catch (SQLiteException e) {
            int code = e.getResultCode().code & 0xff; // also its extended codes
            if (code != SQLiteErrorCode.SQLITE_CORRUPT.code && code != SQLiteErrorCode.SQLITE_NOTADB.code) {
                throw e;
            }
            // derived data only: a damaged index file is made again from the articles rather than refusing the store
            System.err.printf("marsad: %s is damaged (%s): made again from the stored articles%n", file, e.getMessage());
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                try {
                    Files.deleteIfExists(Path.of(file + suffix));
                } catch (IOException io) {
                    throw new StoreException("cannot delete the damaged full-text index " + file + suffix, io);
                }
            }
            return open(database, file);
        }
    }

    private static SqliteIndexFile open(Path database, Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL); // as the database: see SqliteStore
        config.setBusyTimeout(60_000);
        config.setCacheSize(-32 * 1024);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SqliteStore.noGeneratedKeys(config); // an INSERT per index document
        Connection c = config.createConnection("jdbc:sqlite:" + file);
        try {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_autocheckpoint = 16384");
                s.execute("PRAGMA journal_size_limit = 67108864");
            }
            attachReadOnly(c, database, "store");
            createIfNew(c);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT MAX(id) FROM main.article_fts_docsize")) { // a damaged file says so here, not mid-ingest
                rs.next();
            }
            return new SqliteIndexFile(file, c);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** Attaches {@code file} to {@code c} as {@code schema}, read-only: the path is bound, never spliced into SQL. */
    static void attachReadOnly(Connection c, Path file, String schema) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("ATTACH DATABASE ? AS " + schema)) { // schema: ours, not input
            ps.setString(1, file.toAbsolutePath().toUri().toASCIIString() + "?mode=ro");
            ps.execute();
        }
    }

    private static void createIfNew(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            boolean exists;
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM main.sqlite_master WHERE name = 'article_fts'")) {
                exists = rs.next();
            }
            if (!exists) {
                // the settings of schema 7 (V7.sql): documents split on ASCII separators; fewer segment merges
                s.execute("CREATE VIRTUAL TABLE main.article_fts USING fts5(terms, content='', contentless_delete=1, "
                        + "tokenize='ascii')");
                s.execute("INSERT INTO main.article_fts (article_fts, rank) VALUES ('automerge', 8)");
                // which database this index belongs to: its schema's first step's time, unique enough per database
                s.execute("CREATE TABLE main.index_of (store TEXT NOT NULL)");
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    Path file() {
        return file;
    }

    /**
     * Hands documents of committed articles to the index thread; waits only when {@value #QUEUED} hand-overs are
     * still unwritten.
     */
    void writeLater(List<Doc> docs) {
        if (docs.isEmpty()) {
            return;
        }
        room.acquireUninterruptibly();
        last = thread.submit(() -> {
            try {
                write(docs);
            } catch (SQLException | RuntimeException e) {
                if (!failed) {
                    failed = true; // said once: the articles are stored, and the next open indexes them
                    System.err.printf("marsad: %s: cannot write the full-text index (%s); the articles are stored, and "
                            + "the next open of the store indexes them%n", file, e.getMessage());
                }
            } finally {
                room.release();
            }
        });
    }

    /** Writes documents now, on the index thread, and returns once they are committed (or throws). */
    void writeNow(List<Doc> docs) throws SQLException {
        onThread(() -> {
            write(docs);
            return null;
        });
    }

    /** Waits until every document handed over so far is written (or failed). */
    void await() {
        Future<?> f = last;
        if (f != null) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // reported by the task itself
            }
        }
    }

    /** One transaction: a document with terms is inserted unless its article is indexed already; null terms delete. */
    private void write(List<Doc> docs) throws SQLException {
        inTransaction(() -> {
            // the lookup and the insert are two statements: as one (INSERT … SELECT … WHERE NOT EXISTS, which reads
            // the table it writes) they cost the index thread a third more CPU (BENCHMARKS.md, ingest11); both run
            // in this transaction, which holds the index file's write lock, so nothing can come between them
            try (PreparedStatement indexed = c.prepareStatement("SELECT 1 FROM main.article_fts_docsize WHERE id = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO main.article_fts (rowid, terms) VALUES (?, ?)");
                 PreparedStatement delete = c.prepareStatement("DELETE FROM main.article_fts WHERE rowid = ?")) {
                for (Doc d : docs) {
                    if (d.terms() == null) {
                        Sql.bind(delete, d.rid());
                        delete.executeUpdate();
                    } else if (!isIndexed(indexed, d.rid())) {
                        Sql.bind(insert, d.rid(), d.terms());
                        insert.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    private static boolean isIndexed(PreparedStatement indexed, long rid) throws SQLException {
        Sql.bind(indexed, rid);
        try (ResultSet rs = indexed.executeQuery()) {
            return rs.next();
        }
    }

    /**
     * Brings the index up to date with the stored articles (see the class comment); {@code analyzer} is asked for
     * only when some article needs indexing. {@code storeId} names the database (see {@code index_of}).
     */
    void catchUp(String storeId, Supplier<Function<String, AnalyzedText>> analyzer) throws SQLException {
        onThread(() -> {
            List<Long> missing = inTransaction(() -> {
                adopt(storeId);
                // the index is read first, under its write lock, then the articles: an article in the index was
                // committed to the database before it was indexed, so the later read of the articles holds it
                List<Long> orphans = rids("SELECT id FROM main.article_fts_docsize WHERE id NOT IN "
                        + "(SELECT rid FROM store.articles)");
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM main.article_fts WHERE rowid = ?")) {
                    for (long rid : orphans) {
                        Sql.bind(delete, rid);
                        delete.executeUpdate();
                    }
                }
                return rids("SELECT rid FROM store.articles WHERE rid NOT IN (SELECT id FROM main.article_fts_docsize)");
            });
            if (!missing.isEmpty()) {
                index(missing, analyzer.get());
            }
            return null;
        });
    }

    /** Empties the index if it was made for another database (or for none yet), and marks it as this database's. */
    private void adopt(String storeId) throws SQLException {
        String owner = null;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT store FROM main.index_of")) {
            if (rs.next()) {
                owner = rs.getString(1);
            }
        }
        if (storeId.equals(owner)) {
            return;
        }
        try (Statement s = c.createStatement()) {
            if (owner != null) {
                System.err.printf("marsad: %s belongs to another database: made again%n", file);
            }
            s.execute("INSERT INTO main.article_fts (article_fts) VALUES ('delete-all')");
            s.execute("DELETE FROM main.index_of");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO main.index_of (store) VALUES (?)")) {
            Sql.bind(ps, storeId);
            ps.executeUpdate();
        }
    }

    /** Indexes the articles {@code rids} from their stored text, a transaction per {@value #CATCH_UP_BATCH}. */
    private void index(List<Long> rids, Function<String, AnalyzedText> analyze) throws SQLException {
        if (rids.size() > CATCH_UP_BATCH) { // a one-time wait worth saying (an upgrade, or a lost index file)
            System.err.printf("marsad: %s: indexing %,d stored articles...%n", file, rids.size());
        }
        for (int from = 0; from < rids.size(); from += CATCH_UP_BATCH) {
            List<Doc> docs = new ArrayList<>();
            try (PreparedStatement read = c.prepareStatement("SELECT text FROM store.articles WHERE rid = ?")) {
                for (long rid : rids.subList(from, Math.min(rids.size(), from + CATCH_UP_BATCH))) {
                    Sql.bind(read, rid);
                    try (ResultSet rs = read.executeQuery()) {
                        if (rs.next()) {
                            docs.add(new Doc(rid, FullText.terms(analyze.apply(rs.getString(1)))));
                        }
                    }
                }
            }
            write(docs);
        }
    }

    private List<Long> rids(String sql) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    /** FTS5's own check of the index's structures; throws what it finds. */
    void checkIntegrity() throws SQLException {
        onThread(() -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO main.article_fts (article_fts) VALUES ('integrity-check')");
            }
            return null;
        });
    }

    private <T> T inTransaction(JdbcStore.Work<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.run();
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Runs {@code work} on the index thread (its connection is used by that thread only) and waits for it. */
    private <T> T onThread(JdbcStore.Work<T> work) throws SQLException {
        Callable<T> task = work::run;
        try {
            return thread.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while writing the full-text index " + file);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException s) {
                throw s;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException("writing the full-text index " + file, e.getCause());
        }
    }

    /**
     * Writes what was handed over and detaches the database, so that the store's own connection, closed next, is the
     * database's last one (SQLite then copies its WAL into it and removes it); {@link #close} comes after.
     */
    void stop() throws SQLException {
        if (thread.isShutdown()) {
            return;
        }
        thread.shutdown();
        try {
            while (!thread.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
                System.err.printf("marsad: %s: still writing the full-text index...%n", file);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Statement s = c.createStatement()) {
            s.execute("DETACH DATABASE store");
        }
    }

    /**
     * Closes the connection (after {@link #stop}, and after the store's connection, which attaches this file
     * read-only: this one, the last, copies the WAL into the file and removes it).
     */
    @Override
    public void close() throws SQLException {
        try {
            stop();
        } finally {
            c.close();
        }
    }
}
