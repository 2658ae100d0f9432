package org.marsad.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Rows of one insert sent to the database as multi-row statements ({@code INSERT … VALUES (…), (…), …}) of at most
 * {@link #MAX_ROWS} rows, in the order they were added.
 *
 * <p>Why several rows a statement: an article's mentions, sentences and events were one execution of a one-row
 * statement each, so SQLite started its program, opened the table's and its indexes' cursors and checked the
 * article's foreign key once per row, and the driver crossed JNI to step and reset per row. Why at most
 * {@code MAX_ROWS}: sqlite-jdbc's batches kept a parameter array as long as the largest batch ever and cleared it
 * whole after each one (JFR: {@code JDBC3Statement.clearBatch} was 8 % of the writer's Java samples), and a bound
 * statement's parameters stay few. The rows go out in chunks whose sizes are powers of two, largest first, so a table
 * needs at most seven statement shapes, each prepared once by the connection's statement cache. The rows, their order
 * and their values are the same as one statement per row; on PostgreSQL a chunk is one round trip.
 */
final class RowBatch {
    static final int MAX_ROWS = 64;

    /** The connection's prepared statements, by SQL text (prepared on first use). */
    @FunctionalInterface
    interface Statements {
        PreparedStatement ps(String sql) throws SQLException;
    }

    /**
     * One insert's statement texts: {@code head} ({@code INSERT INTO t (a, b)}), then {@code VALUES} and the rows'
     * placeholders, then {@code tail} (e.g. {@code ON CONFLICT DO NOTHING}, or empty). Immutable: make one per insert.
     */
    static final class Insert {
        private final int columns;
        private final String[] sqlByRows; // index k: the statement for 2^k rows

        Insert(String head, int columns, String tail) {
            this.columns = columns;
            String row = "(" + "?, ".repeat(columns - 1) + "?)";
            int shapes = Integer.numberOfTrailingZeros(MAX_ROWS) + 1;
            sqlByRows = new String[shapes];
            for (int k = 0; k < shapes; k++) {
                StringBuilder sql = new StringBuilder(head).append(" VALUES ").append(row);
                for (int r = 1; r < 1 << k; r++) {
                    sql.append(", ").append(row);
                }
                sqlByRows[k] = tail.isEmpty() ? sql.toString() : sql.append(' ').append(tail).toString();
            }
        }

        /** The statement inserting {@code rows} rows, a power of two up to {@link #MAX_ROWS}. */
        String sql(int rows) {
            return sqlByRows[Integer.numberOfTrailingZeros(rows)];
        }
    }

    private final Statements statements;
    private final Insert insert;
    private final Object[] values;
    private int rows;

    RowBatch(Statements statements, Insert insert) {
        this.statements = statements;
        this.insert = insert;
        this.values = new Object[MAX_ROWS * insert.columns];
    }

    /** Adds one row (its values in column order), sending the rows when {@link #MAX_ROWS} are waiting. */
    void add(Object... row) throws SQLException {
        if (row.length != insert.columns) {
            throw new IllegalArgumentException(row.length + " values for " + insert.columns + " columns");
        }
        System.arraycopy(row, 0, values, rows * insert.columns, row.length);
        if (++rows == MAX_ROWS) {
            finish();
        }
    }

    /** Sends the rows not sent yet. */
    void finish() throws SQLException {
        int from = 0;
        for (int size = MAX_ROWS; from < rows; size >>= 1) {
            while (rows - from >= size) {
                PreparedStatement ps = statements.ps(insert.sql(size));
                int first = from * insert.columns;
                for (int i = 0; i < size * insert.columns; i++) {
                    Sql.bindOne(ps, i + 1, values[first + i]);
                }
                ps.executeUpdate();
                from += size;
            }
        }
        java.util.Arrays.fill(values, 0, rows * insert.columns, null); // no text kept alive until the next article
        rows = 0;
    }
}
