package org.marsad.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.Pipeline;
import org.marsad.io.ArticleJson;
import org.marsad.io.InputProblem;
import org.marsad.model.Article;
import org.marsad.store.Added;
import org.marsad.store.Ingester;
import org.marsad.store.SourceRecord;
import org.marsad.store.Store;

/**
 * A real SQLite database built the way {@code marsad ingest} builds one: the bundled seed article (Putin's
 * visit to Pyongyang) and an article whose text carries markup an attacker might send, both coded by the real
 * pipeline.
 */
final class TestStore {
    static final String XSS_ID = "xss-2024-07-01";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String SEED_ID = "seed-2024-06-19-rus-prk";

    private static Pipeline pipeline;

    private TestStore() {
    }

    static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.load();
        }
        return pipeline;
    }

    static Article seed() throws IOException {
        Path root = Path.of(System.getProperty("marsad.root", ".."));
        Path seed = root.resolve("marsad-cli/src/main/resources/marsad/demo/seed-article.json");
        if (!Files.exists(seed)) {
            seed = Path.of("../marsad-cli/src/main/resources/marsad/demo/seed-article.json");
        }
        return ArticleJson.fromJson(new ObjectMapper().readTree(seed.toFile()));
    }

    static Article xss() {
        String text = "موسكو - " + SCRIPT + " وقع الرئيس الروسي فلاديمير بوتين اتفاقية تعاون مع كوريا الشمالية في موسكو اليوم. "
                + "وقال " + IMG + " المتحدث باسم الكرملين إن روسيا ستواصل التعاون مع كوريا الشمالية.\n"
                + "واتهمت وزارة الدفاع الأمريكية روسيا بتلقي ذخائر من كوريا الشمالية.";
        return new Article(XSS_ID, "https://example.org/xss", "test-outlet", LocalDate.of(2024, 7, 1),
                IMG + " عنوان " + SCRIPT, text);
    }

    /** Creates {@code file} and ingests the two articles into it. */
    static Path build(Path file) throws IOException {
        List<Article> articles = List.of(seed(), xss());
        try (Store store = Store.open(file.toString())) {
            // a watch rule stored first, so that the seed raises an alert at ingest (PRK → RUS 072)
            store.saveRule(org.marsad.store.WatchRule.parse("name: dprk-arms\ntitle: DPRK arms transfers\n"
                    + "actors: [PRK]\nroots: [\"07\"]\n", "test"));
            ingest(store, articles);
        }
        return file;
    }

    static List<Added> ingest(Store store, List<Article> articles) {
        Pipeline p = pipeline();
        List<Added> added = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        new Ingester(store, p::analyze, p::code, Pipeline.CODER_VERSION, 1).run(sink -> {
            long line = 0;
            for (Article a : articles) {
                sink.article(a, "test", ++line);
            }
        }, "test", new Ingester.Listener() {
            @Override
            public void stored(Added a, SourceRecord source) {
                added.add(a);
            }

            @Override
            public void problem(InputProblem problem) {
                problems.add(problem.toString());
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("ingest problems: " + problems);
        }
        return added;
    }
}
