package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Pipeline;
import org.marsad.io.ArticleJson;
import org.marsad.model.Article;
import org.marsad.model.CodedArticle;
import org.marsad.model.Event;
import org.marsad.store.Store;

/** {@code marsad load-fixture} on the real seed article: copies under new ids, dates shifted, a new file only. */
class LoadFixtureCommandTest {
    private static final Path SEED = Path.of(System.getProperty("marsad.root", ".."))
            .resolve("marsad-cli/src/main/resources/marsad/demo/seed-article.json");

    @Test
    void storesTheCorpusOncePerCopyWithShiftedDatesAndNeverIntoAnExistingFile(@TempDir Path dir) throws Exception {
        Article seed = ArticleJson.fromJson(new ObjectMapper().readTree(Files.readString(SEED)));
        CodedArticle coded = Pipeline.load().code(seed);
        Path corpus = dir.resolve("seed.jsonl");
        Files.writeString(corpus, new ObjectMapper().readTree(Files.readString(SEED)).toString() + "\n");
        Path db = dir.resolve("fixture.db");
        assertEquals(0, Main.run("load-fixture", "--corpus", corpus.toString(), "--db", db.toString(), "--copies", "3",
                "--shift-days", "10"));
        try (Store store = Store.open(db.toString())) {
            assertEquals(3L * coded.events().size(), store.stats().events());
            assertEquals(List.of("loadfix-0-" + seed.id(), "loadfix-1-" + seed.id(), "loadfix-2-" + seed.id()),
                    store.articleIds(null));
            CodedArticle third = store.coded("loadfix-2-" + seed.id()).orElseThrow();
            assertEquals(seed.published().plusDays(20), third.article().published());
            assertEquals(seed.text(), third.article().text());
            for (int i = 0; i < coded.events().size(); i++) {
                Event original = coded.events().get(i);
                Event copy = third.events().get(i);
                assertEquals(original.cameoCode(), copy.cameoCode());
                assertEquals(LoadFixtureCommand.shift(original.date(), original.datePrecision(), 20), copy.date());
            }
        }
        // a fixture is never written into an existing database
        long size = Files.size(db);
        assertEquals(2, Main.run("load-fixture", "--corpus", corpus.toString(), "--db", db.toString()));
        assertEquals(size, Files.size(db));
    }

    @Test
    void shiftsDaysMonthsAndYears() {
        assertEquals("2015-08-18", LoadFixtureCommand.shift("2015-07-21", "day", 28));
        assertEquals("2015-08", LoadFixtureCommand.shift("2015-07", "month", 31));
        assertEquals("2016", LoadFixtureCommand.shift("2015", "year", 365));
        assertEquals("2015", LoadFixtureCommand.shift("2015", "year", 364));
        assertTrue(LoadFixtureCommand.shift(null, null, 5) == null);
    }
}
