package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.io.ArticleReader;
import org.marsad.store.Stats;
import org.marsad.store.Store;

/** {@code marsad ingest} and the commands that read the store, run as a user runs them: a separate process. */
class IngestCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static final List<String> TEXTS = List.of(
            "وقع الرئيس الروسي فلاديمير بوتين وزعيم كوريا الشمالية كيم جونغ أون اليوم في بيونغ يانغ اتفاقية شراكة استراتيجية شاملة، "
                    + "ورحبت كوريا الشمالية بالزيارة وبالمفاوضات التي جرت بين الوفدين.",
            "اتهمت وزارة الدفاع الأمريكية روسيا بتلقي ذخائر وصواريخ من كوريا الشمالية لاستخدامها في الحرب على أوكرانيا.",
            "استخدمت روسيا حق النقض الفيتو في مجلس الأمن الدولي ضد مشروع قرار بشأن العقوبات على كوريا الشمالية.",
            "استقبل العاهل السعودي الملك سلمان بن عبدالعزيز في الرياض الرئيس الفرنسي وبحث معه العلاقات الثنائية.",
            "تظاهر آلاف المحتجين في وسط العاصمة التونسية للمطالبة بإصلاحات اقتصادية وبإطلاق سراح المعتقلين.",
            "أعلنت وكالة الأنباء الكويتية أن أمير الكويت تلقى اتصالا هاتفيا من الرئيس المصري تناول تطورات المنطقة.",
            "قالت الشرطة التركية إنها اعتقلت عشرين شخصا يشتبه في انتمائهم إلى تنظيم داعش في مدينة إسطنبول.");

    static String line(String id, String text) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id);
        o.put("source", "test");
        o.put("published", "2024-06-19");
        o.put("text", text);
        return JSON.writeValueAsString(o);
    }

    @Test
    void everyGoodArticleIsStoredEveryBadOneReportedAndTheStatusIs3(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.jsonl"), String.join("\n", line("g1", TEXTS.get(0)), "{\"id\": \"bad\", \"text\": ",
                line("g2", TEXTS.get(1)), "{\"id\":\"blank\",\"text\":\"   \"}", "[1, 2, 3]", line("g3", TEXTS.get(2))) + "\n",
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b.json"), "{\n  \"id\": \"g4\",\n  \"text\": \"" + TEXTS.get(3) + "\"\n}\n",
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve("c.txt"), TEXTS.get(4), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("d.html"), "<html><head><title>خبر</title></head><body><nav>الرئيسية</nav><article><p>"
                + TEXTS.get(5) + "</p></article></body></html>", StandardCharsets.UTF_8);
        Files.write(in.resolve("binary.json"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F'});
        Files.write(in.resolve("blob.bin"), new byte[] {0, 1, 2, 3});
        Files.writeString(in.resolve("empty.jsonl"), "", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("empty.txt"), "", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("empty.html"), "", StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(in.resolve("huge.jsonl"))) {
            // one line longer than the reader accepts, then a good article that must not be lost
            byte[] chunk = "مرحبا ".repeat(1000).getBytes(StandardCharsets.UTF_8);
            out.write("{\"id\":\"huge\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
            for (long n = 0; n <= ArticleReader.MAX_LINE_BYTES; n += chunk.length) {
                out.write(chunk);
            }
            out.write(("\"}\n" + line("g6", TEXTS.get(6)) + "\n").getBytes(StandardCharsets.UTF_8));
        }

        ChildMarsad.Result r = ChildMarsad.run(dir, "ingest", "--db", "test.db", "in");
        assertEquals(Main.EXIT_SKIPPED, r.status(), r.err());
        for (String bad : List.of("a.jsonl:2", "a.jsonl:4", "a.jsonl:5", "binary.json", "blob.bin", "empty.jsonl",
                "empty.txt", "empty.html", "huge.jsonl:1")) {
            assertTrue(r.err().contains(bad), bad + " not reported in:\n" + r.err());
        }
        assertEquals(9, r.err().lines().filter(l -> l.startsWith("marsad: ")).count(), r.err());
        assertTrue(r.err().contains("7 added"), r.err());
        try (Store store = Store.open(dir.resolve("test.db").toString())) {
            assertEquals(7, store.stats().articles());
            for (String id : List.of("g1", "g2", "g3", "g4", "g6")) {
                assertTrue(store.article(id).isPresent(), id);
            }
        }
        // again: nothing new, the same problems, the same status
        ChildMarsad.Result again = ChildMarsad.run(dir, "ingest", "--db", "test.db", "in");
        assertEquals(Main.EXIT_SKIPPED, again.status(), again.err());
        assertTrue(again.err().contains("0 added") && again.err().contains("7 already stored"), again.err());
    }

    @Test
    void theStoreCommandsTour(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("news.jsonl");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < TEXTS.size(); i++) {
            sb.append(line("n" + i, TEXTS.get(i))).append('\n');
        }
        sb.append(line("n0-copy", "  " + TEXTS.get(0).replace("،", " ,"))).append('\n'); // an exact duplicate
        Files.writeString(in, sb.toString(), StandardCharsets.UTF_8);
        ChildMarsad.Result ingest = ChildMarsad.run(dir, "ingest", "--db", "tour.db", "news.jsonl");
        assertEquals(0, ingest.status(), ingest.err());

        ChildMarsad.Result stats = ChildMarsad.run(dir, "stats", "--db", "tour.db", "--json");
        assertEquals(0, stats.status(), stats.err());
        JsonNode s = JSON.readTree(stats.out());
        for (String key : List.of("articles", "events", "mentions", "quotes", "sources", "duplicates")) {
            assertTrue(s.has(key), key + " in " + s);
        }
        assertEquals(7, s.get("articles").asInt());
        assertEquals(1, s.get("duplicates").asInt());
        assertTrue(s.get("events").asInt() > 0, s.toString());

        ChildMarsad.Result search = ChildMarsad.run(dir, "search", "--db", "tour.db", "--json", "مفاوضات");
        assertEquals(0, search.status(), search.err());
        JsonNode hits = JSON.readTree(search.out()).get("hits");
        assertEquals(1, hits.size());
        assertEquals("n0", hits.get(0).get("article_id").asText());
        JsonNode snippet = hits.get(0).get("snippet");
        JsonNode h = snippet.get("highlights").get(0);
        assertEquals("وبالمفاوضات", snippet.get("text").asText().substring(h.get(0).asInt(), h.get(1).asInt()));
        ChildMarsad.Result plain = ChildMarsad.run(dir, "search", "--db", "tour.db", "بوتين");
        assertTrue(plain.out().contains("[بوتين]"), plain.out());

        ChildMarsad.Result export = ChildMarsad.run(dir, "export", "--db", "tour.db", "--format", "gdelt", "--out", "e.tsv");
        assertEquals(0, export.status(), export.err());
        List<String> rows = Files.readAllLines(dir.resolve("e.tsv"), StandardCharsets.UTF_8);
        assertTrue(rows.get(0).startsWith("GlobalEventID\tSQLDATE\t"), rows.get(0));
        assertEquals(s.get("events").asInt() + 1, rows.size());
        assertTrue(rows.get(1).contains("\t20240619\t"), rows.get(1));

        ChildMarsad.Result recode = ChildMarsad.run(dir, "recode", "--db", "tour.db");
        assertEquals(0, recode.status(), recode.err());
        assertTrue(recode.err().contains("7 articles recoded"), recode.err());
        ChildMarsad.Result after = ChildMarsad.run(dir, "stats", "--db", "tour.db", "--json");
        assertEquals(s.get("events"), JSON.readTree(after.out()).get("events"));

        ChildMarsad.Result parquet = ChildMarsad.run(dir, "export", "--db", "tour.db", "--format", "parquet", "--out",
                "e.parquet", "--actor", "RUS");
        assertEquals(0, parquet.status(), parquet.err());
        assertTrue(parquet.err().contains("events to e.parquet"), parquet.err());
        assertTrue(Files.size(dir.resolve("e.parquet")) > 0);
        ChildMarsad.Result unwritable = ChildMarsad.run(dir, "export", "--db", "tour.db", "--format", "parquet", "--out",
                "no-such-dir/e.parquet");
        assertEquals(1, unwritable.status());
        assertTrue(unwritable.err().contains("cannot write no-such-dir/e.parquet: directory"), unwritable.err());

        ChildMarsad.Result usage = ChildMarsad.run(dir, "export", "--db", "tour.db", "--format", "parquet");
        assertEquals(2, usage.status()); // Parquet is a file: --out is required
        assertTrue(usage.err().contains("--out"), usage.err());
        assertEquals(2, ChildMarsad.run(dir, "export", "--db", "tour.db", "--format", "xlsx").status());
        assertFalse(Files.exists(dir.resolve("marsad.db")), "--db was given: no default database created");
    }

    @Test
    void watchPicksUpNewFilesUntilStopped(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("inbox");
        Files.createDirectories(in);
        Files.writeString(in.resolve("1.txt"), TEXTS.get(0), StandardCharsets.UTF_8);
        Path db = dir.resolve("watch.db");
        Process p = ChildMarsad.builder(dir, "ingest", "--watch", "1", "--db", db.toString(), in.toString())
                .redirectError(dir.resolve("err.txt").toFile()).redirectOutput(dir.resolve("out.txt").toFile()).start();
        try {
            waitFor(db, 1, p);
            Files.writeString(in.resolve("2.txt"), TEXTS.get(1), StandardCharsets.UTF_8);
            waitFor(db, 2, p);
            assertTrue(p.isAlive(), "still watching");
        } finally {
            p.destroy();
            p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        try (Store store = Store.open(db.toString())) {
            assertEquals(2, store.stats().articles());
            assertEquals(2, store.stats().runs()); // rounds that read nothing leave no run behind
        }
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertTrue(err.contains("marsad ingest (watching): 1 read: 1 added"), err);
        assertEquals(2, ChildMarsad.run(dir, "ingest", "--watch", "1", "-").status()); // stdin cannot be watched
    }

    private static void waitFor(Path db, long articles, Process p) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline && p.isAlive()) {
            if (Files.exists(db)) {
                try (Store store = Store.open(db.toString())) {
                    if (store.stats().articles() >= articles) {
                        return;
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + articles + " articles in " + db + " (alive: " + p.isAlive() + ")");
    }

    @Test
    void theDatabaseComesFromMarsadDbWhenNotGiven(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("one.txt"), TEXTS.get(3), StandardCharsets.UTF_8);
        ProcessBuilder pb = ChildMarsad.builder(dir, "ingest", "-q", "one.txt");
        pb.environment().put("MARSAD_DB", dir.resolve("env.db").toString());
        assertEquals(0, pb.inheritIO().start().waitFor());
        try (Store store = Store.open(dir.resolve("env.db").toString())) {
            Stats st = store.stats();
            assertEquals(1, st.articles());
        }
        assertEquals(0, ChildMarsad.run(dir, "ingest", "-q", "one.txt").status());
        assertTrue(Files.exists(dir.resolve("marsad.db")));
    }
}
