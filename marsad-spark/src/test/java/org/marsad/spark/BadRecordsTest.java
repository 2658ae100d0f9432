package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records the coder cannot take land in the status table with their line and the reason, the good ones around
 * them are still coded, and the job finishes; the same from a .gz file and from Parquet.
 */
class BadRecordsTest {
    static final String PUTIN = "وقع الرئيس الروسي فلاديمير بوتين وزعيم كوريا الشمالية كيم جونغ أون اليوم ، "
            + "اتفاقية شراكة استراتيجية شاملة في بيونغ يانغ.";
    static final String VETO = "روسيا استخدمت حق النقض ، الفيتو في مجلس الأمن الدولي ضد مشروع القرار.";

    /** Shared by the tests: every job run costs seconds, so the plain and the .gz runs are made once. */
    @TempDir
    static Path dir;

    @BeforeAll
    static void runPlainAndGzipped() throws Exception {
        Path plain = dir.resolve("in.jsonl");
        Files.write(plain, input());
        Path gz = dir.resolve("in.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(input());
        }
        run(plain, "plain");
        run(gz, "gz");
    }

    /** One line per case: expected status and a piece of the reason, keyed by line number. */
    private static byte[] input() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        String[] lines = {
            "{\"id\": \"ok-1\", \"published\": \"2024-06-19\", \"text\": \"" + PUTIN + "\"}",
            "{\"id\": \"broken\", \"text\": \"" + VETO,
            "{\"id\": \"no-text\", \"title\": \"عنوان\"}",
            "{\"id\": \"empty\", \"text\": \"   \"}",
            "{\"id\": \"bad-date\", \"published\": \"أمس\", \"text\": \"" + VETO + "\"}",
            null, // invalid UTF-8
            "",
            "[1, 2, 3]",
            "{\"id\": \"huge\", \"text\": \"" + "ن".repeat(3000) + "\"}",
            "{\"id\": \"ok-2\", \"published\": \"2024-06-20\", \"text\": \"" + VETO + "\"}",
        };
        for (String l : lines) {
            byte[] bytes = l == null ? new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xff, (byte) 0xfe,
                '"', '}'} : l.getBytes(StandardCharsets.UTF_8);
            b.writeBytes(bytes);
            b.write('\n');
        }
        return b.toByteArray();
    }

    private static final Map<Long, String> EXPECTED = new TreeMap<>(Map.of(
            1L, "coded",
            2L, "malformed JSON",
            3L, "field 'text' is missing",
            4L, "field 'text' is empty",
            5L, "field 'published' is not a date",
            6L, "invalid UTF-8",
            8L, "expected a JSON object",
            9L, "line longer than 4096 bytes",
            10L, "coded"));

    @Test
    void badLinesGoToTheStatusTableAndTheGoodOnesAreCoded() {
        Map<Long, String> status = status("plain");
        assertEquals(EXPECTED.keySet(), status.keySet(), "one status row per non-blank line");
        EXPECTED.forEach((line, want) -> assertTrue(status.get(line).contains(want),
                "line " + line + ": expected «" + want + "», got «" + status.get(line) + "»"));

        List<Row> events = spark().read().parquet(dir.resolve("plain/events").toString()).collectAsList();
        assertTrue(events.stream().anyMatch(r -> "ok-1".equals(r.getAs("ArticleID"))
                && "057".equals(r.getAs("EventCode")) && "RUSGOV".equals(r.getAs("Actor1Code"))), "Putin signs");
        assertTrue(events.stream().anyMatch(r -> "ok-2".equals(r.getAs("ArticleID"))
                && "IGOUNO".equals(r.getAs("Actor2Code"))), "the veto in the UN");
        // an event without a day of its own is dated by its article's publication date, as in the store
        for (Row r : events) {
            String published = r.<Date>getAs("Published").toString();
            String day = String.valueOf(r.<Integer>getAs("SQLDATE"));
            if ("published".equals(r.getAs("DateSource"))) {
                assertEquals(published.replace("-", ""), day);
            }
            assertEquals(Integer.parseInt(day.substring(0, 6)), r.<Integer>getAs("MonthYear"));
        }
        Row skipped = spark().read().parquet(dir.resolve("plain/status").toString())
                .where("source_line = 4").first();
        assertEquals("empty", skipped.getAs("article_id"), "the id of an invalid article is kept when it has one");
        assertEquals(0, skipped.<Integer>getAs("events"));
    }

    @Test
    void gzippedJsonLinesGiveTheSameTablesAsPlainOnes() {
        assertEquals(status("plain"), status("gz"), "same lines, same reasons");
        assertEquals(events("plain"), events("gz"), "same events, same deterministic ids");
    }

    @Test
    void parquetInputIsCheckedAndCodedLikeJsonLines() {
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("id", DataTypes.StringType, true),
                DataTypes.createStructField("published", DataTypes.DateType, true),
                DataTypes.createStructField("text", DataTypes.StringType, true),
                DataTypes.createStructField("extra", DataTypes.IntegerType, true)));
        List<Row> rows = List.of(
                RowFactory.create("ok-1", Date.valueOf("2024-06-19"), PUTIN, 1),
                RowFactory.create("no-text", null, null, 2),
                RowFactory.create("ok-2", Date.valueOf("2024-06-20"), VETO, 3));
        String in = dir.resolve("articles.parquet").toString();
        spark().createDataFrame(rows, schema).coalesce(1).write().parquet(in);
        CodingJob.run(spark(), new CodingJob.Options(List.of(in), dir.resolve("pq").toString(),
                ArticleInput.guess(List.of(in)), 0, 4096, false));
        Map<Long, String> status = status("pq");
        assertEquals(Map.of(1L, "coded", 2L, "field 'text' is missing", 3L, "coded"), status);
        // ok-1 and ok-2 are the same articles as the JSON Lines input's two good lines
        assertEquals(events("plain"), events("pq"), "Parquet and JSON Lines articles code the same");
    }

    @Test
    void anExistingOutputIsKeptUnlessOverwriteIsAsked() {
        Path plain = dir.resolve("in.jsonl");
        List<String> first = events("plain");
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> run(plain, "plain"));
        assertTrue(String.valueOf(e.getMessage()).contains("already exists"), e.getMessage());
        assertEquals(first, events("plain"), "the refused run changed nothing");
        // with another partitioning, as a retried or resized job would have
        CodingJob.run(spark(), new CodingJob.Options(List.of(plain.toString()), dir.resolve("plain").toString(),
                ArticleInput.Format.JSONL, 3, 4096, true));
        assertEquals(first, events("plain"), "a re-run writes the same events");
    }

    private static Map<Long, String> run(Path in, String out) {
        CodingJob.Summary s = CodingJob.run(spark(), new CodingJob.Options(List.of(in.toString()),
                dir.resolve(out).toString(), ArticleInput.Format.JSONL, 0, 4096, false));
        assertEquals(s.coded() + s.skipped(), s.records());
        return status(out);
    }

    /** source_line → "coded" or the reason. */
    private static Map<Long, String> status(String out) {
        Map<Long, String> m = new TreeMap<>();
        for (Row r : spark().read().parquet(dir.resolve(out + "/status").toString()).collectAsList()) {
            String s = r.getAs("status");
            assertTrue(s.equals("coded") == (r.getAs("reason") == null), "a reason for every skipped record only");
            m.put(r.<Long>getAs("source_line"), s.equals("coded") ? s : r.getAs("reason"));
        }
        return m;
    }

    private static List<String> events(String out) {
        return spark().read().parquet(dir.resolve(out + "/events").toString())
                .orderBy("MarsadEventID").collectAsList().stream()
                .map(r -> SameAsCliTest.fromParquet(r).toString()).toList();
    }

    private static SparkSession spark() {
        return LocalSpark.get();
    }
}
