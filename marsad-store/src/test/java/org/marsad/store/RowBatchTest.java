package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowBatchTest {
    /** The rows of {@code t}, in insertion order. */
    private static List<String> rows(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT n, word FROM t ORDER BY rowid")) {
            while (rs.next()) {
                out.add(rs.getInt(1) + ":" + rs.getString(2));
            }
        }
        return out;
    }

    @Test
    void everyRowIsStoredInOrderAcrossSeveralBatches() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (n INTEGER, word TEXT)");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO t (n, word) VALUES (?, ?)")) {
                // more than two full batches and a part: the part must go out at finish(), the full ones before
                int n = 2 * RowBatch.MAX_ROWS + 7;
                List<String> expected = new ArrayList<>();
                RowBatch batch = new RowBatch(ps);
                for (int i = 0; i < n; i++) {
                    batch.add(i, i % 2 == 0 ? "قمة" : null);
                    expected.add(i + ":" + (i % 2 == 0 ? "قمة" : null));
                    if (i == RowBatch.MAX_ROWS) {
                        // the first full batch has been sent as soon as it was full
                        assertEquals(RowBatch.MAX_ROWS, rows(c).size());
                    }
                }
                batch.finish();
                assertEquals(expected, rows(c));
                // the statement is reusable for the next article, and an empty batch sends nothing
                RowBatch next = new RowBatch(ps);
                next.finish();
                next.add(-1, "آخر");
                next.finish();
                assertEquals(n + 1, rows(c).size());
                assertEquals("-1:آخر", rows(c).get(n));
            }
        }
    }
}
