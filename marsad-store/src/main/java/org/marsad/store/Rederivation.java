package org.marsad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.marsad.text.AnalyzedText;

/**
 * Makes again, from each stored article's text, what a schema step made stale: its near-duplicate signature and LSH
 * buckets and, where the step says so, its full-text index document. A step that needs it leaves one row in the
 * {@code rederive} table (the first article's rid still to do, and whether index documents are to be written too);
 * the store finishes the work when it is opened, before anything reads or writes through it.
 *
 * <p>Work goes in batches of {@link #BATCH} articles, each one transaction that also moves the row on, so a kill
 * loses at most one batch and another process opening the store meanwhile takes the next batch rather than
 * repeating one. The text analyzer (the coder's dictionaries) is loaded only when there is work.
 */
final class Rederivation {
    static final int BATCH = 500;

    private record Left(long nextRid, boolean indexTerms) {
    }

    private record Stored(long rid, String text) {
    }

    private Rederivation() {
    }

    /** Does what is left; {@code analyzer} is asked for only if there is something to do. */
    static void finish(JdbcStore store, java.util.function.Supplier<Function<String, AnalyzedText>> analyzer) {
        Left left = store.tx("reading the work a schema step left", () -> left(store));
        if (left == null) {
            return;
        }
        // a one-time wait on a command that usually opens a store at once: say what it is (minutes for a large archive)
        long articles = store.tx("counting the articles left", () -> {
            PreparedStatement ps = store.ps("SELECT COUNT(*) FROM articles WHERE rid >= ?");
            Sql.bind(ps, left.nextRid());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
        String what = (left.indexTerms() ? "signing and indexing " : "signing ") + "stored articles again";
        System.err.printf("marsad: %s: schema %d: %s (once): %,d articles...%n", store.describe(), store.schemaVersion(),
                what, articles);
        long start = System.nanoTime();
        Function<String, AnalyzedText> analyze = analyzer.get();
        while (store.tx(what + " (schema " + store.schemaVersion() + ")", () -> nextBatch(store, analyze))) {
            // one batch per transaction
        }
        System.err.printf("marsad: %s: done in %.0f s%n", what, (System.nanoTime() - start) / 1e9);
    }

    private static Left left(JdbcStore store) throws SQLException {
        try (ResultSet rs = store.ps("SELECT next_rid, index_terms FROM rederive").executeQuery()) {
            return rs.next() ? new Left(rs.getLong(1), rs.getInt(2) == 1) : null;
        }
    }

    /** Redoes one batch; true while more is left. */
    private static boolean nextBatch(JdbcStore store, Function<String, AnalyzedText> analyze) throws SQLException {
        Left left = left(store);
        if (left == null) {
            return false; // another process finished it
        }
        List<Stored> batch = new ArrayList<>(BATCH);
        PreparedStatement read = store.ps("SELECT rid, text FROM articles WHERE rid >= ? ORDER BY rid LIMIT " + BATCH);
        Sql.bind(read, left.nextRid());
        try (ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                batch.add(new Stored(rs.getLong(1), rs.getString(2)));
            }
        }
        for (Stored a : batch) {
            AnalyzedText text = analyze.apply(a.text());
            int[] signature = MinHash.signature(Fingerprint.words(text));
            store.update("UPDATE articles SET minhash = ? WHERE rid = ?", MinHash.toBytes(signature), a.rid());
            store.insertBuckets(a.rid(), signature);
            if (left.indexTerms()) {
                store.insertTerms(a.rid(), FullText.terms(text));
            }
        }
        if (batch.size() < BATCH) {
            store.update("DELETE FROM rederive");
            return false;
        }
        store.update("UPDATE rederive SET next_rid = ?", batch.get(batch.size() - 1).rid() + 1);
        return true;
    }
}
