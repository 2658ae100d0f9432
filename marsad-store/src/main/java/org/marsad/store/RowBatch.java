package org.marsad.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Rows of one prepared insert sent to the database in batches of at most {@link #MAX_ROWS}.
 *
 * <p>Why not one batch per article: sqlite-jdbc keeps a statement's batched parameters in one array that grows to
 * the largest batch ever added and never shrinks, and it nulls the <em>whole</em> array after every
 * {@code executeBatch}. One article with a thousand mentions made every later article's mention batch clear 11,000
 * slots (JFR of the ingest's writer thread: {@code JDBC3Statement.clearBatch} was 8 % of its Java samples). With a
 * bounded batch the array stays at most {@code MAX_ROWS} rows long. The rows, their order and their values are the
 * same either way; PostgreSQL's driver sends each batch in one round trip, so 64 rows a trip there.
 */
final class RowBatch {
    static final int MAX_ROWS = 64;

    private final PreparedStatement ps;
    private int pending;

    RowBatch(PreparedStatement ps) {
        this.ps = ps;
    }

    /** Adds one row (its values bound in order), sending the batch when it is full. */
    void add(Object... values) throws SQLException {
        Sql.bind(ps, values);
        ps.addBatch();
        if (++pending == MAX_ROWS) {
            finish();
        }
    }

    /** Sends the rows not sent yet. */
    void finish() throws SQLException {
        if (pending > 0) {
            ps.executeBatch();
            pending = 0;
        }
    }
}
