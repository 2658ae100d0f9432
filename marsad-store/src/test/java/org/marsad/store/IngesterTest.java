package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.io.InputProblem;
import org.marsad.model.Article;
import org.marsad.model.CodedArticle;

/**
 * Ingest runs end to end on real files and real databases of both kinds. The coder here is the text layer
 * alone (sentences, no events): the dictionaries are not needed to test reading, deduplication and storage.
 */
class IngesterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static CodedArticle sentencesOnly(Article a) {
        return new CodedArticle(a, Fixtures.ANALYZER.analyze(a.text()).sentences(), List.of(), List.of(), List.of());
    }

    private static String line(String id, String source, String published, String text) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id);
        o.put("source", source);
        o.put("published", published);
        o.put("text", text);
        return JSON.writeValueAsString(o);
    }

    private Path input() throws IOException {
        Path f = dir.resolve("wire.jsonl");
        Files.writeString(f, String.join("\n",
                line("a1", "Interfax", "2024-06-19", Fixtures.SUMMIT),
                line("a2", "KCNA", "2024-06-19", Fixtures.SUMMIT_VOWELLED),
                "{\"id\": \"broken\", \"text\": ",
                line("a3", "Reuters", "2024-06-19", Fixtures.SUMMIT_COPY),
                line("a4", "aawsat", "2024-01-05", Fixtures.MUNITIONS),
                line("a1", "Interfax", "2024-06-19", Fixtures.SUMMIT), // the same record twice in one file
                line("a4", "spa", "2024-01-05", Fixtures.FLOODS)) + "\n", // an id reused for another text
                StandardCharsets.UTF_8);
        return f;
    }

    private static final class Recorder implements Ingester.Listener {
        final List<Added> added = new ArrayList<>();
        final List<InputProblem> problems = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        @Override
        public void stored(Added a, SourceRecord source) {
            added.add(a);
        }

        @Override
        public void problem(InputProblem p) {
            problems.add(p);
        }

        @Override
        public void note(String message) {
            notes.add(message);
        }
    }

    private void ingestTwice(Supplier<Store> open) throws IOException {
        Path in = input();
        try (Store store = open.get()) {
            Ingester ingester = new Ingester(store, Fixtures.ANALYZER::analyze, IngesterTest::sentencesOnly, "test-1", 2);
            Recorder r = new Recorder();
            Ingester.Result first = ingester.run(List.of(in), "ingest wire.jsonl", r);
            assertEquals(7, first.read());
            assertEquals(3, first.added()); // a1, a4, and the floods text under a new id
            assertEquals(1, first.exactDuplicates()); // a2
            assertEquals(1, first.nearDuplicates()); // a3
            assertEquals(1, first.alreadyStored()); // a1 again
            assertEquals(1, first.skipped());
            assertEquals(1, r.problems.size());
            assertEquals(in + ":3", r.problems.get(0).file() + ":" + r.problems.get(0).line());
            assertEquals(1, r.notes.size(), r.notes.toString());
            assertTrue(r.notes.get(0).contains("a4"), r.notes.get(0));
            assertEquals(List.of(Added.Outcome.ADDED, Added.Outcome.EXACT_DUPLICATE, Added.Outcome.NEAR_DUPLICATE,
                    Added.Outcome.ADDED, Added.Outcome.ALREADY_STORED, Added.Outcome.ADDED),
                    r.added.stream().map(Added::outcome).toList());
            assertEquals("a1", r.added.get(2).duplicateOf());

            Stats s = store.stats();
            assertEquals(3, s.articles());
            assertEquals(1, s.exactDuplicates());
            assertEquals(1, s.nearDuplicates());
            assertEquals(5, s.inputs());
            assertEquals(5, s.sources()); // Interfax, KCNA, Reuters, aawsat, spa

            Ingester.Result second = ingester.run(List.of(in), "ingest wire.jsonl", new Recorder());
            assertEquals(0, second.added() + second.exactDuplicates() + second.nearDuplicates());
            assertEquals(6, second.alreadyStored());
            assertEquals(1, second.skipped());
            Stats again = store.stats();
            assertEquals(s.articles(), again.articles());
            assertEquals(s.inputs(), again.inputs());
            assertEquals(s.duplicates(), again.duplicates());
            assertEquals(2, again.runs());
            // a round that reads nothing leaves no run behind
            Ingester.Result none = ingester.run(sink -> { }, "nothing", new Recorder());
            assertEquals(0, none.runId());
            assertEquals(2, store.stats().runs());
        }
    }

    @Test
    void ingestDeduplicatesAndReingestAddsNothingOnSqlite() throws IOException {
        ingestTwice(() -> Store.open(dir.resolve("marsad.db").toString()));
    }

    @Test
    void ingestDeduplicatesAndReingestAddsNothingOnPostgres() throws IOException {
        String url = PostgresServer.get().newDatabase();
        ingestTwice(() -> Store.open(url));
    }

    @Test
    void textsThatCannotBeStoredAsTheyAreAreReportedNotChanged() throws IOException {
        Path in = dir.resolve("odd.jsonl");
        Files.writeString(in, "{\"id\":\"nul\",\"text\":\"نص فيه \\u0000 صفر\"}\n"
                + "{\"id\":\"half\",\"text\":\"نص فيه \\ud800 نصف\"}\n"
                + "{\"id\":\"pair\",\"title\":\"\\ud83d\\ude00\",\"text\":\"نص فيه وجه \\ud83d\\ude00 كامل\"}\n",
                StandardCharsets.UTF_8);
        String url = PostgresServer.get().newDatabase();
        try (Store store = Store.open(url)) {
            Recorder r = new Recorder();
            Ingester.Result res = new Ingester(store, Fixtures.ANALYZER::analyze, IngesterTest::sentencesOnly, "test-1", 2)
                    .run(List.of(in), "test", r);
            assertEquals(1, res.added());
            assertEquals(2, res.skipped());
            assertTrue(r.problems.get(0).message().contains("NUL"), r.problems.toString());
            assertTrue(r.problems.get(1).message().contains("surrogate"), r.problems.toString());
            assertEquals("نص فيه وجه \ud83d\ude00 كامل", store.article("pair").orElseThrow().text());
        }
    }

    @Test
    void anArticleTheDatabaseRefusesIsSkippedAloneWhileTheOthersOfItsBatchAreStored() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, String.join("\n", line("a", "spa", "2024-06-19", Fixtures.SUMMIT),
                line("refused", "spa", null, Fixtures.MUNITIONS), line("b", "spa", null, Fixtures.FLOODS)) + "\n",
                StandardCharsets.UTF_8);
        for (String db : List.of(dir.resolve("refused.db").toString(), PostgresServer.get().newDatabase())) {
            try (Store store = Store.open(db)) {
                Recorder r = new Recorder();
                // a coding with a mention without text: the database refuses it (NOT NULL) half-way through
                Ingester.Result res = new Ingester(store, Fixtures.ANALYZER::analyze, a -> a.id().equals("refused")
                        ? new CodedArticle(a, List.of(), List.of(new org.marsad.model.Mention(
                                new org.marsad.model.Span(0, 1), null, "GPE", null, null, null, null, 0)), List.of(), List.of())
                        : sentencesOnly(a), "test-1", 2).run(List.of(in), "test", r);
                assertEquals(2, res.added(), db);
                assertEquals(1, res.skipped(), db);
                assertEquals(1, r.problems.size(), r.problems.toString());
                assertTrue(r.problems.get(0).message().contains("article refused could not be stored"),
                        r.problems.toString());
                assertEquals(2, r.problems.get(0).line());
                assertEquals(List.of("a", "b"), store.articleIds(null));
            }
        }
    }

    @Test
    void aCoderFailureSkipsOneArticleOnly() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, line("ok", null, null, Fixtures.MUNITIONS) + "\n" + line("boom", null, null, Fixtures.FLOODS)
                + "\n", StandardCharsets.UTF_8);
        try (Store store = Store.open(dir.resolve("marsad.db").toString())) {
            Recorder r = new Recorder();
            Ingester.Result res = new Ingester(store, Fixtures.ANALYZER::analyze, a -> {
                if (a.id().equals("boom")) {
                    throw new IllegalStateException("coder bug");
                }
                return sentencesOnly(a);
            }, "test-1", 2).run(List.of(in), "test", r);
            assertEquals(1, res.added());
            assertEquals(1, res.skipped());
            assertTrue(r.problems.get(0).message().contains("coder bug"), r.problems.toString());
            assertEquals(in.toString(), r.problems.get(0).file());
            assertEquals(2, r.problems.get(0).line());
        }
    }
}
