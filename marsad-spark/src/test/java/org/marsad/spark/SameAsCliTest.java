package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Pipeline;
import org.marsad.io.ArticleReader;
import org.marsad.io.ArticleSink;
import org.marsad.io.CodedArticleJson;
import org.marsad.io.InputProblem;
import org.marsad.model.Article;

/**
 * The Spark job's events are, record for record and field for field, what {@code marsad code} prints for the same
 * SaudiNewsNet articles (read by the CLI's reader, coded by the CLI's pipeline, written by its JSON writer).
 */
class SameAsCliTest {
    static final int ARTICLES = 400;

    @TempDir
    Path dir;

    @Test
    void eventsEqualTheCliOutputRecordForRecord() throws Exception {
        Path gz = Path.of(System.getProperty("marsad.shared", "../../shared"), "data", "saudinewsnet",
                "articles.jsonl.gz");
        Assumptions.assumeTrue(Files.exists(gz), "skipped: " + gz + " not found (../shared is not beside this checkout)");
        Path sample = dir.resolve("sample.jsonl");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)),
                StandardCharsets.UTF_8)); Writer w = Files.newBufferedWriter(sample, StandardCharsets.UTF_8)) {
            for (int i = 0; i < ARTICLES; i++) {
                w.write(r.readLine());
                w.write('\n');
            }
        }

        // what marsad code prints (CodeCommand: ArticleReader -> Pipeline.code -> CodedArticleJson)
        Pipeline pipeline = Coders.get(); // the same Pipeline.load() as marsad code, loaded once for both sides
        List<String> cli = new ArrayList<>();
        Map<String, String> texts = new HashMap<>();
        int[] problems = {0};
        long[] mentionsAndQuotes = {0, 0};
        new ArticleReader().readFile(sample, new ArticleSink() {
            @Override
            public void article(Article a, String file, long line) {
                texts.put(a.id(), a.text());
                JsonNode coded = CodedArticleJson.toJson(pipeline.code(a), null);
                mentionsAndQuotes[0] += coded.get("mentions").size();
                mentionsAndQuotes[1] += coded.get("quotes").size();
                for (JsonNode e : coded.get("events")) {
                    cli.add(fromCli(e).toString());
                }
            }

            @Override
            public void problem(InputProblem p) {
                problems[0]++;
            }
        });

        CodingJob.Summary s = CodingJob.run(LocalSpark.get(), new CodingJob.Options(List.of(sample.toString()),
                dir.resolve("out").toString(), ArticleInput.Format.JSONL, 0, ArticleReader.MAX_LINE_BYTES, false));
        List<Row> rows = LocalSpark.get().read().parquet(dir.resolve("out/events").toString()).collectAsList();
        List<String> spark = new ArrayList<>();
        for (Row r : rows) {
            spark.add(fromParquet(r).toString());
            // the evidence text is the article's own characters at the evidence offsets
            String text = texts.get(r.<String>getAs("ArticleID"));
            assertEquals(text.substring(r.<Integer>getAs("EvidenceStart"), r.<Integer>getAs("EvidenceEnd")),
                    r.getAs("EvidenceText"));
        }
        cli.sort(null);
        spark.sort(null);
        assertTrue(cli.size() > 100, "the sample should give many events, got " + cli.size());
        assertEquals(cli.size(), spark.size(), "number of events");
        for (int i = 0; i < cli.size(); i++) {
            assertEquals(cli.get(i), spark.get(i), "event " + i);
        }
        assertEquals(ARTICLES, s.records());
        assertEquals(problems[0], s.skipped(), "the CLI and the job skip the same records");
        assertEquals(cli.size(), s.events());
        assertEquals(mentionsAndQuotes[0], s.mentions(), "mentions");
        assertEquals(mentionsAndQuotes[1], s.quotes(), "quotes");
    }

    /** Every field of an event as marsad code prints it, under the job's column names. */
    static Map<String, Object> fromCli(JsonNode e) {
        Map<String, Object> m = new TreeMap<>();
        m.put("MarsadEventID", text(e, "id"));
        m.put("ArticleID", text(e, "article_id"));
        m.put("Sentence", e.get("sentence").asInt());
        m.put("EventDate", text(e, "date"));
        m.put("EventDatePrecision", text(e, "date_precision"));
        actor(m, "Actor1", e.get("source"));
        actor(m, "Actor2", e.get("target"));
        m.put("EventCode", text(e, "cameo_code"));
        m.put("EventRootCode", text(e, "cameo_root"));
        m.put("QuadClass", e.get("quad_class").asInt());
        m.put("GoldsteinScale", e.get("goldstein").asDouble());
        m.put("PLOVER", text(e, "plover"));
        m.put("Negated", e.get("negated").asBoolean());
        m.put("Modality", text(e, "modality"));
        m.put("AttributedTo", text(e, "attributed_to"));
        JsonNode l = e.get("location");
        boolean located = l != null && !l.isNull();
        m.put("ActionGeo_Name", located ? text(l, "name") : null);
        m.put("ActionGeo_FullName", located ? (text(l, "name_en") != null ? text(l, "name_en") : text(l, "name")) : null);
        m.put("ActionGeo_CountryCode", located ? text(l, "country") : null);
        m.put("ActionGeo_Lat", located && !l.get("lat").isNull() ? l.get("lat").asDouble() : null);
        m.put("ActionGeo_Long", located && !l.get("lon").isNull() ? l.get("lon").asDouble() : null);
        m.put("ActionGeo_Precision", located ? text(l, "precision") : null);
        m.put("ActionGeo_Start", located && l.has("span") ? l.get("span").get(0).asInt() : null);
        m.put("ActionGeo_End", located && l.has("span") ? l.get("span").get(1).asInt() : null);
        m.put("EvidenceStart", e.get("evidence").get(0).asInt());
        m.put("EvidenceEnd", e.get("evidence").get(1).asInt());
        m.put("Confidence", e.get("confidence").asDouble());
        m.put("Summary", text(e, "summary"));
        m.put("Rule", text(e, "rule"));
        return m;
    }

    private static void actor(Map<String, Object> m, String prefix, JsonNode a) {
        boolean known = a != null && !a.isNull();
        JsonNode span = known ? a.get("span") : null;
        m.put(prefix + "Code", known ? text(a, "code") : null);
        m.put(prefix + "Name", known ? text(a, "name") : null);
        m.put(prefix + "Start", span != null && !span.isNull() ? span.get(0).asInt() : null);
        m.put(prefix + "End", span != null && !span.isNull() ? span.get(1).asInt() : null);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The same fields from a row of the job's events table. */
    static Map<String, Object> fromParquet(Row r) {
        Map<String, Object> m = new TreeMap<>();
        for (String c : fromCliKeys()) {
            m.put(c, r.getAs(c));
        }
        return m;
    }

    private static List<String> fromCliKeys() {
        return List.of("MarsadEventID", "ArticleID", "Sentence", "EventDate", "EventDatePrecision", "Actor1Code",
                "Actor1Name", "Actor1Start", "Actor1End", "Actor2Code", "Actor2Name", "Actor2Start", "Actor2End",
                "EventCode", "EventRootCode", "QuadClass", "GoldsteinScale", "PLOVER", "Negated", "Modality",
                "AttributedTo", "ActionGeo_Name", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat",
                "ActionGeo_Long", "ActionGeo_Precision", "ActionGeo_Start", "ActionGeo_End", "EvidenceStart",
                "EvidenceEnd", "Confidence", "Summary", "Rule");
    }
}
