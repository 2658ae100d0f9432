package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coding on several threads changes nothing in what is stored: {@code marsad ingest --threads 1} and
 * {@code --threads 2} of the same {@value #ARTICLES} SaudiNewsNet records give the same rows, row for row (ids, row
 * ids, duplicate decisions, story clusters and their counts, index documents), as {@code scripts/ingest-digest.sql}
 * lists them. Near-duplicates and stories depend on input order, so this fails if any of them is decided out of
 * order, or if a batch's boundaries (which depend on timing) change a result.
 */
class ParallelIngestTest {
    private static final int ARTICLES = 2000;
    private static final Path DIGEST = Path.of("..", "scripts", "ingest-digest.sql");

    @Test
    void twoCodingThreadsStoreExactlyWhatOneStores(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("input.jsonl");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(SaudiNewsNet.corpus())),
                StandardCharsets.UTF_8)); Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            for (int n = 0; n < ARTICLES && line != null; n++, line = r.readLine()) {
                w.write(line);
                w.write('\n');
            }
        }
        Map<String, List<String>> sequential = ingest(dir, input, 1);
        Map<String, List<String>> parallel = ingest(dir, input, 2);

        // the sample exercises what depends on order: near-duplicates, exact duplicates, stories with several reports
        assertTrue(count(sequential, "articles", row -> !row.split("\t", -1)[8].equals("null")) > 20,
                "near-duplicates in the sample");
        assertTrue(sequential.get("article_sources").size() > sequential.get("articles").size(), "exact duplicates");
        assertTrue(count(sequential, "stories", row -> !row.split("\t", -1)[11].equals("1")) > 20, "stories of several articles");
        assertEquals(sequential.get("articles").size(), sequential.get("article_fts_docsize").size(), "every text indexed");
        for (String table : sequential.keySet()) {
            assertEquals(sequential.get(table).size(), parallel.get(table).size(), table + ": rows");
            for (int i = 0; i < sequential.get(table).size(); i++) {
                assertEquals(sequential.get(table).get(i), parallel.get(table).get(i), table + ": row " + i);
            }
        }
        ChildMarsad.Result check = ChildMarsad.run(dir, "check", "--db", "threads-2.db");
        assertEquals(0, check.status(), check.out() + check.err());
    }

    private static Map<String, List<String>> ingest(Path dir, Path input, int threads) throws Exception {
        String db = "threads-" + threads + ".db";
        ChildMarsad.Result r = ChildMarsad.run(dir, "ingest", "-q", "--threads", String.valueOf(threads), "--db", db,
                input.toString());
        assertTrue(r.status() == 0 || r.status() == Main.EXIT_SKIPPED, r.err()); // records with no text are reported
        return digest(dir.resolve(db));
    }

    /** Each table's rows as {@link #DIGEST} selects them, the columns separated by tabs. */
    private static Map<String, List<String>> digest(Path db) throws Exception {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            // the full-text index is a file of its own beside the database
            s.execute("ATTACH DATABASE '" + org.marsad.store.SqliteStore.indexFile(db).toString().replace("'", "''")
                    + "' AS fts");
            for (String sql : Files.readAllLines(DIGEST, StandardCharsets.UTF_8)) {
                if (sql.isBlank() || sql.startsWith("--")) {
                    continue;
                }
                try (ResultSet rs = s.executeQuery(sql)) {
                    ResultSetMetaData md = rs.getMetaData();
                    List<String> rows = new ArrayList<>();
                    String table = null;
                    while (rs.next()) {
                        table = rs.getString(1);
                        StringBuilder row = new StringBuilder();
                        for (int i = 2; i <= md.getColumnCount(); i++) {
                            row.append(i > 2 ? "\t" : "").append(rs.getString(i));
                        }
                        rows.add(row.toString());
                    }
                    assertTrue(table != null, "no rows for: " + sql);
                    tables.put(table, rows);
                }
            }
        }
        return tables;
    }

    private static long count(Map<String, List<String>> digest, String table, java.util.function.Predicate<String> p) {
        return digest.get(table).stream().filter(p).count();
    }
}
