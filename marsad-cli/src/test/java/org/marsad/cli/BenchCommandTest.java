package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Pipeline;
import org.marsad.StageTimes;
import org.marsad.io.ArticleJson;
import org.marsad.model.Article;
import org.marsad.model.CodedArticle;

/** The shape of {@code marsad bench --json --baseline lucene} on the real seed article; no timing is asserted. */
class BenchCommandTest {
    private static final Path SEED = Path.of(System.getProperty("marsad.root", ".."))
            .resolve("marsad-cli/src/main/resources/marsad/demo/seed-article.json");

    @Test
    void jsonReportHasEveryFigureAndTheLuceneBaseline(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("seed.jsonl");
        Files.writeString(corpus, new ObjectMapper().readTree(Files.readString(SEED)).toString() + "\n");
        ChildMarsad.Result r = ChildMarsad.run(dir, "bench", "--corpus", corpus.toString(), "--warmup", "1",
                "--max-warmup", "0", "--rounds", "1", "--threads", "2", "--json", "--baseline", "lucene");
        assertEquals(0, r.status(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertEquals(1, o.get("articles").asInt());
        assertEquals(2, o.get("threads").asInt());
        for (String f : List.of("mb_per_s", "articles_per_s", "sentences_per_s", "events_per_s", "ratio")) {
            assertTrue(o.get(f).asDouble() > 0, f + " in " + o);
        }
        assertTrue(o.get("heap_used_mb").asLong() > 0);
        assertTrue(o.get("dictionary_load_ms").asDouble() > 0);
        assertTrue(o.get("warmup_articles").asLong() >= 1, o.toString());
        assertEquals("lucene-arabic-analyzer", o.get("baseline").get("name").asText());
        assertTrue(o.get("baseline").get("mb_per_s").asDouble() > 0);
        JsonNode stages = o.get("stages");
        double sum = 0;
        for (String s : List.of("text", "actors", "names", "events", "time", "place")) {
            assertTrue(stages.has(s), s + " in " + stages);
            sum += stages.get(s).asDouble();
        }
        assertEquals(1.0, sum, 0.01);
        // the seed article has events, so the stages that make them took time
        assertTrue(stages.get("text").asDouble() > 0 && stages.get("events").asDouble() > 0, stages.toString());
    }

    @Test
    void anUnknownBaselineIsAnError(@TempDir Path dir) throws Exception {
        ChildMarsad.Result r = ChildMarsad.run(dir, "bench", "--corpus", SEED.toString(), "--baseline", "spacy");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("unknown --baseline 'spacy'"), r.err());
    }

    @Test
    void timingTheStagesDoesNotChangeTheCoding() throws Exception {
        Article seed = ArticleJson.fromJson(new ObjectMapper().readTree(Files.readString(SEED)));
        Pipeline pipeline = Pipeline.load();
        StageTimes times = new StageTimes();
        CodedArticle timed = pipeline.code(seed, times);
        CodedArticle plain = pipeline.code(seed);
        assertEquals(plain, timed);
        assertTrue(plain.events().size() > 0);
        for (StageTimes.Stage s : new StageTimes.Stage[] {StageTimes.Stage.TEXT, StageTimes.Stage.ACTORS,
                StageTimes.Stage.EVENTS, StageTimes.Stage.TIME, StageTimes.Stage.PLACE}) {
            assertTrue(times.nanos(s) > 0, s + " was not timed");
        }
        Iterator<Double> shares = times.shares().values().iterator();
        double sum = 0;
        while (shares.hasNext()) {
            sum += shares.next();
        }
        assertEquals(1.0, sum, 1e-9);
    }
}
