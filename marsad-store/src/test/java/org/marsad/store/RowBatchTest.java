package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    void everyRowIsStoredInOrderAcrossSeveralStatements() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (n INTEGER, word TEXT)");
            }
            Map<String, PreparedStatement> prepared = new HashMap<>();
            RowBatch.Statements statements = sql -> {
                PreparedStatement ps = prepared.get(sql);
                if (ps == null) {
                    ps = c.prepareStatement(sql);
                    prepared.put(sql, ps);
                }
                return ps;
            };
            RowBatch.Insert insert = new RowBatch.Insert("INSERT INTO t (n, word)", 2, "");
            // two full statements and 7 rows more (4 + 2 + 1): the rest must go out at finish(), the full ones before
            int n = 2 * RowBatch.MAX_ROWS + 7;
            List<String> expected = new ArrayList<>();
            RowBatch batch = new RowBatch(statements, insert);
            for (int i = 0; i < n; i++) {
                batch.add(i, i % 2 == 0 ? "قمة" : null);
                expected.add(i + ":" + (i % 2 == 0 ? "قمة" : null));
                if (i == RowBatch.MAX_ROWS) {
                    // the first MAX_ROWS rows have been sent as soon as they were all there
                    assertEquals(RowBatch.MAX_ROWS, rows(c).size());
                }
            }
            batch.finish();
            assertEquals(expected, rows(c));
            assertEquals(4, prepared.size()); // 64, 4, 2 and 1 rows a statement
            // reusable for the next article; nothing sent for no rows; a row of the wrong width refused
            RowBatch next = new RowBatch(statements, insert);
            next.finish();
            next.add(-1, "آخر");
            next.finish();
            assertEquals(n + 1, rows(c).size());
            assertEquals("-1:آخر", rows(c).get(n));
            assertThrows(IllegalArgumentException.class, () -> next.add(1));
            // every count of rows up to MAX_ROWS, in at most seven statement shapes in all
            for (int k = 0; k <= RowBatch.MAX_ROWS; k++) {
                RowBatch b = new RowBatch(statements, insert);
                for (int i = 0; i < k; i++) {
                    b.add(1000 + i, "k" + k);
                }
                b.finish();
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT count(*) FROM t WHERE word = 'k" + k + "'")) {
                    assertEquals(k, rs.getInt(1));
                }
            }
            assertEquals(7, prepared.size());
            for (PreparedStatement ps : prepared.values()) {
                ps.close();
            }
        }
    }

    @Test
    void aTailAppliesToEveryRowOfAStatement() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (n INTEGER PRIMARY KEY, word TEXT)");
            }
            List<PreparedStatement> opened = new ArrayList<>();
            RowBatch batch = new RowBatch(sql -> {
                PreparedStatement ps = c.prepareStatement(sql);
                opened.add(ps);
                return ps;
            }, new RowBatch.Insert("INSERT INTO t (n, word)", 2, "ON CONFLICT DO NOTHING"));
            batch.add(1, "أول");
            batch.add(1, "مكرر");
            batch.add(2, "ثان");
            batch.finish();
            assertEquals(List.of("1:أول", "2:ثان"), rows(c));
            for (PreparedStatement ps : opened) {
                ps.close();
            }
        }
    }
}
