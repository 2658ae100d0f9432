import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.marsad.Pipeline;
import org.marsad.store.FullText;
import org.sqlite.SQLiteConfig;

/**
 * What the full-text index costs an ingest under each FTS5 setting: the index documents of a corpus (FullText.terms,
 * as an ingest makes them) inserted into a fresh contentless FTS5 table in transactions of 256, as the ingest's
 * batches do, on the store's connection settings; CPU of the inserting thread, index size, and the same searches'
 * hit counts (every setting must find the same articles). Settings alternate over two rounds.
 *
 * <pre>
 * java -Xmx3g -cp marsad-cli/target/marsad.jar scripts/FtsSettings.java ../shared/data/saudinewsnet/articles.jsonl.gz /tmp/fts
 * </pre>
 */
public class FtsSettings {
    static final String TABLE = "CREATE VIRTUAL TABLE article_fts USING fts5(terms, content='', contentless_delete=1, ";
    static final Map<String, List<String>> SETTINGS = new LinkedHashMap<>();

    static {
        SETTINGS.put("unicode61 (schema 1-6)", List.of(TABLE + "tokenize='unicode61 remove_diacritics 0')"));
        SETTINGS.put("ascii", List.of(TABLE + "tokenize='ascii')"));
        SETTINGS.put("ascii, automerge 8 (schema 7)", List.of(TABLE + "tokenize='ascii')",
                "INSERT INTO article_fts (article_fts, rank) VALUES ('automerge', 8)"));
        SETTINGS.put("ascii, automerge 16", List.of(TABLE + "tokenize='ascii')",
                "INSERT INTO article_fts (article_fts, rank) VALUES ('automerge', 16)"));
    }

    static final String[] QUERIES = {"مفاوضات", "بوتين", "الحوثي OR حوثي", "سوريا AND روسيا", "هجوم", "النفط", "اليمن"};

    public static void main(String[] args) throws Exception {
        Pipeline pipeline = Pipeline.load();
        ObjectMapper json = new ObjectMapper();
        List<String> docs = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(new FileInputStream(args[0])),
                StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String text = json.readTree(line).path("text").asText("");
                if (!text.isEmpty()) {
                    docs.add(FullText.terms(pipeline.analyze(text)));
                }
            }
        }
        Path dir = Files.createDirectories(Path.of(args[1]));
        for (int round = 1; round <= 2; round++) {
            List<String> names = new ArrayList<>(SETTINGS.keySet());
            if (round == 2) {
                java.util.Collections.reverse(names);
            }
            for (String name : names) {
                run(round, name, SETTINGS.get(name), docs, dir.resolve("fts-" + names.indexOf(name) + ".db"));
            }
        }
    }

    static void run(int round, String name, List<String> setup, List<String> docs, Path file) throws Exception {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
        SQLiteConfig config = new SQLiteConfig(); // as SqliteStore opens a store
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setCacheSize(-64 * 1024);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_autocheckpoint = 16384");
            for (String sql : setup) {
                s.execute(sql);
            }
            c.setAutoCommit(false);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpu = threads.getCurrentThreadCpuTime();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_fts (rowid, terms) VALUES (?, ?)")) {
                for (int i = 0; i < docs.size(); i++) {
                    ps.setLong(1, i + 1);
                    ps.setString(2, docs.get(i));
                    ps.executeUpdate();
                    if ((i + 1) % 256 == 0) {
                        c.commit();
                    }
                }
                c.commit();
            }
            cpu = threads.getCurrentThreadCpuTime() - cpu;
            long hits = 0;
            for (String q : QUERIES) {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM article_fts WHERE article_fts MATCH ?")) {
                    ps.setString(1, q);
                    try (ResultSet rs = ps.executeQuery()) {
                        hits += rs.next() ? rs.getLong(1) : 0;
                    }
                }
            }
            c.commit();
            long bytes = Files.size(file) + Files.size(Path.of(file + "-wal"));
            System.out.printf("round %d  %-30s insert CPU %6.2f s   size %4d MB   hits of %d searches %,d%n", round, name,
                    cpu / 1e9, bytes >> 20, QUERIES.length, hits);
        }
    }
}
