package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Pipeline;
import org.marsad.io.ArticleJson;
import org.marsad.model.Article;
import org.marsad.model.CodedArticle;
import org.marsad.model.Event;
import org.marsad.store.EventSort;
import org.marsad.store.Filter;
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
                assertEquals(original.evidence(), copy.evidence());
                assertEquals(shifted(original.date(), 20), copy.date());
            }
            assertTrue(coded.events().stream().anyMatch(e -> e.date() != null));
            // the copies are events of their own, found by article and by their shifted day
            Filter third3 = new Filter(null, null, null, null, null, null, null, "loadfix-2-" + seed.id(), false);
            assertEquals(coded.events().size(), store.eventPage(third3, EventSort.DEFAULT, 0, 100).total());
            long onTheDay = day(store, seed.published());
            assertTrue(onTheDay > 0);
            assertEquals(onTheDay, day(store, seed.published().plusDays(20)));
        }
        // the copies made in SQL kept the per-day counts (schema 6 triggers): marsad check's recount agrees
        // (the copies' full-text entries are missing by design, so the other checks are not asked here)
        try (Store store = Store.open(db.toString())) {
            org.marsad.store.Consistency.Check counts = org.marsad.store.Consistency.check(store, text -> null, true).stream()
                    .filter(c -> c.what().contains("event_day_counts")).findFirst().orElseThrow();
            assertTrue(counts.ok(), counts.toString());
        }
        // a fixture is never written into an existing database
        long size = Files.size(db);
        assertEquals(2, Main.run("load-fixture", "--corpus", corpus.toString(), "--db", db.toString()));
        assertEquals(size, Files.size(db));
    }

    private static long day(Store store, LocalDate day) {
        return store.eventPage(new Filter(null, null, null, null, null, day, day, null, false), EventSort.DEFAULT, 0, 1)
                .total();
    }

    /** What the copy {@code days} later should hold: a day moved, a month or year where its first day lands. */
    private static String shifted(String date, int days) {
        if (date == null) {
            return null;
        }
        return switch (date.length()) {
            case 10 -> LocalDate.parse(date).plusDays(days).toString();
            case 7 -> YearMonth.from(YearMonth.parse(date).atDay(1).plusDays(days)).toString();
            case 4 -> String.valueOf(LocalDate.of(Integer.parseInt(date), 1, 1).plusDays(days).getYear());
            default -> date;
        };
    }
}
