package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.CodedArticle;
import org.marsad.model.Event;
import org.marsad.model.Span;
import org.marsad.store.Added.Outcome;

/**
 * What every store must do, run against a real database of each kind (SqliteStoreTest, PostgresStoreTest).
 * No mocks: the point is to test the SQL, the transactions and the full-text engines themselves.
 */
abstract class StoreContract {
    protected Store store;

    /** A new, empty store. */
    protected abstract Store create();

    /** The same database as the last {@link #create}, opened again. */
    protected abstract Store reopen();

    @BeforeEach
    void openStore() {
        store = create();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private long run() {
        return store.startRun("test", "test-1");
    }

    private static FullText.Query query(String q) {
        return FullText.Query.parse(q, Fixtures.ANALYZER::analyze);
    }

    private List<String> search(String q, Filter f) {
        return store.search(query(q), f, 10).stream().map(SearchHit::articleId).toList();
    }

    @Test
    void roundTripGivesBackExactlyWhatWasStored() {
        CodedArticle summit = Fixtures.summit("summit-1", Fixtures.SUMMIT, "Interfax");
        CodedArticle munitions = Fixtures.munitions("munitions-1");
        CodedArticle floods = Fixtures.floods("floods-1");
        long run = run();
        assertEquals(Outcome.ADDED, store.add(Fixtures.incoming(summit), run).outcome());
        assertEquals(Outcome.ADDED, store.add(Fixtures.incoming(munitions), run).outcome());
        assertEquals(Outcome.ADDED, store.add(Fixtures.incoming(floods), run).outcome());
        assertEquals(summit, store.coded("summit-1").orElseThrow());
        assertEquals(munitions, store.coded("munitions-1").orElseThrow());
        assertEquals(floods, store.coded("floods-1").orElseThrow());
        assertTrue(store.coded("nope").isEmpty());

        Stats s = store.stats();
        assertEquals(3, s.articles());
        assertEquals(5, s.events());
        assertEquals(4, s.mentions());
        assertEquals(1, s.quotes());
        assertEquals(3, s.sources());
        assertEquals(0, s.duplicates());
        assertEquals(LocalDate.of(2024, 1, 5), s.firstPublished());
        assertEquals(LocalDate.of(2024, 6, 19), s.lastPublished());
        assertEquals(Migrations.latest(), s.schemaVersion());

        // and it is all still there after closing and opening again (no migration runs twice)
        store.close();
        store = reopen();
        assertEquals(summit, store.coded("summit-1").orElseThrow());
        assertEquals(Migrations.latest(), store.schemaVersion());
        assertEquals(List.of("summit-1", "munitions-1", "floods-1"), store.articleIds(null));
    }

    @Test
    void aBatchIsCommittedWholeOrNotAtAll() {
        long run = run();
        List<Outcome> outcomes = store.batch(() -> List.of(
                store.add(Fixtures.incoming(Fixtures.summit("batch-1", Fixtures.SUMMIT, "Interfax")), run).outcome(),
                store.add(Fixtures.incoming(Fixtures.floods("batch-3")), run).outcome()));
        assertEquals(List.of(Outcome.ADDED, Outcome.ADDED), outcomes);
        assertEquals(List.of("batch-1", "batch-3"), store.articleIds(null));
        assertEquals(List.of("batch-1"), search("بوتين", Filter.ALL));

        CodedArticle munitions = Fixtures.munitions("batch-2");
        // a mention without its text breaks a NOT NULL constraint after the article's own row was written
        CodedArticle broken = new CodedArticle(munitions.article(), munitions.sentences(),
                List.of(new org.marsad.model.Mention(new Span(0, 5), null, "GPE", "RUS", "countries:RUS", "Russia",
                        "country", 0)), munitions.events(), munitions.quotes());
        assertThrows(StoreException.class, () -> store.batch(() -> {
            store.add(Fixtures.incoming(Fixtures.summit("batch-4", Fixtures.SUMMIT_COPY, "Reuters")), run);
            return store.add(Fixtures.incoming(broken), run);
        }));
        assertEquals(List.of("batch-1", "batch-3"), store.articleIds(null), "the failed batch left nothing");
        assertEquals(2, store.stats().sources());
        assertTrue(search("اتهمت", Filter.ALL).isEmpty(), "nor anything in the full-text index");
        // the store goes on: the same articles, stored again one at a time, are stored whole
        assertEquals(Outcome.NEAR_DUPLICATE,
                store.add(Fixtures.incoming(Fixtures.summit("batch-4", Fixtures.SUMMIT_COPY, "Reuters")), run).outcome());
        assertEquals(Outcome.ADDED, store.add(Fixtures.incoming(munitions), run).outcome());
        assertEquals(munitions, store.coded("batch-2").orElseThrow());
    }

    @Test
    void aBatchThatDoesNotFinishCommitsNothing() {
        long run = run();
        assertThrows(IllegalStateException.class, () -> store.batch(() -> {
            store.add(Fixtures.incoming(Fixtures.floods("lost-1")), run);
            throw new IllegalStateException("the writer stops before the commit");
        }));
        assertTrue(store.articleIds(null).isEmpty());
        // the undone batch's index documents (written only when a batch commits) are gone with it: the next batch,
        // whose first article takes the same row id, indexes its own text and nothing of the lost one
        assertEquals(Outcome.ADDED, store.batch(() -> store.add(Fixtures.incoming(Fixtures.munitions("next-1")), run))
                .outcome());
        assertEquals(List.of("next-1"), search("اتهمت", Filter.ALL));
        assertTrue(search("الأمطار", Filter.ALL).isEmpty(), "nothing of the undone batch in the full-text index");
        assertEquals(Outcome.ADDED, store.add(Fixtures.incoming(Fixtures.floods("lost-1")), run).outcome());
        assertEquals(List.of("lost-1"), search("الأمطار", Filter.ALL));
    }

    @Test
    void parquetExportHoldsTheGdeltExportsValuesWithParquetTypes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        long run = run();
        store.add(Fixtures.incoming(Fixtures.summit("pq-1", Fixtures.SUMMIT, "Interfax")), run);
        store.add(Fixtures.incoming(Fixtures.munitions("pq-2")), run);
        for (Filter f : List.of(Filter.ALL, new Filter("RUS", null, null, null, null, null, null, null, false))) {
            java.io.StringWriter tsv = new java.io.StringWriter();
            long n = Exporter.write(store, f, Exporter.Format.GDELT, tsv);
            java.nio.file.Path pq = dir.resolve("events.parquet");
            assertEquals(n, ParquetExport.write(store, f, pq));
            List<String> lines = tsv.toString().lines().toList();
            assertEquals(String.join("\t", Exporter.GDELT_COLUMNS), lines.get(0));
            try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
                 java.sql.Statement s = c.createStatement()) {
                String file = "read_parquet('" + pq.toString().replace("'", "''") + "')";
                List<String> names = new ArrayList<>();
                try (java.sql.ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM " + file)) {
                    while (rs.next()) {
                        names.add(rs.getString("column_name"));
                        assertEquals(ParquetExport.type(rs.getString("column_name")), rs.getString("column_type"),
                                rs.getString("column_name"));
                    }
                }
                assertEquals(Exporter.GDELT_COLUMNS, names);
                assertEquals("DATE", ParquetExport.type("SQLDATE"));
                assertEquals("VARCHAR", ParquetExport.type("EventCode")); // 057 keeps its 0
                int row = 1;
                try (java.sql.ResultSet rs = s.executeQuery("SELECT * FROM " + file)) {
                    for (; rs.next(); row++) {
                        String[] expected = lines.get(row).split("\t", -1);
                        for (int i = 0; i < names.size(); i++) {
                            Object v = ParquetExport.type(names.get(i)).equals("TIMESTAMP")
                                    ? rs.getObject(i + 1, java.time.LocalDateTime.class) : rs.getObject(i + 1);
                            assertEquals(expected[i], asInTsv(v), names.get(i) + " of row " + row);
                        }
                    }
                }
                assertEquals(lines.size(), row, "as many rows as the GDELT export");
                assertTrue(row > 1, "the export is not empty");
            }
        }
    }

    /** A value read back from Parquet, written as the GDELT export writes it. */
    private static String asInTsv(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof LocalDate d) {
            return d.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        }
        if (v instanceof java.time.LocalDateTime t) {
            return t.format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        }
        if (v instanceof java.sql.Date || v instanceof java.sql.Timestamp) {
            throw new AssertionError("the driver gave a " + v.getClass() + ": read it as java.time");
        }
        if (v instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (v instanceof Double d && d == Math.rint(d) && !"NaN".equals(d.toString())) {
            return d.toString(); // 2.0 as Jackson writes it
        }
        return v.toString();
    }

    @Test
    void parquetExportToAPathThatCannotBeWrittenSaysWhy(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path missing = dir.resolve("no-such-dir").resolve("e.parquet");
        java.io.IOException e = assertThrows(java.io.IOException.class, () -> ParquetExport.write(store, Filter.ALL, missing));
        assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("does not exist"), e.getMessage());
        e = assertThrows(java.io.IOException.class, () -> ParquetExport.write(store, Filter.ALL, dir));
        assertTrue(e.getMessage().contains("is a directory"), e.getMessage());
        try (var files = java.nio.file.Files.list(dir)) {
            assertEquals(0, files.count(), "nothing left behind");
        }
    }

    @Test
    void unresolvedNamesAreListedForReviewWithTheirCountsAndASentence() {
        // two articles naming the same person no dictionary knows (found by the recognizer), next to a country
        long run = run();
        // (two different reports: the same short text with another id would be a near-duplicate, Jaccard 0.73)
        for (String id : List.of("u-1", "u-2")) {
            String text = id + ": قال وزير الخارجية العماني يوسف بن علوي إن عمان ترحب. "
                    + (id.equals("u-1") ? "ثم غادر." : "وأضاف أن المحادثات ستستأنف الأسبوع المقبل في مسقط.");
            int start = text.indexOf("يوسف بن علوي");
            int oman = text.indexOf("عمان ترحب");
            Article a = new Article(id, null, "spa", null, null, text);
            List<org.marsad.model.Mention> mentions = List.of(
                    new org.marsad.model.Mention(new org.marsad.model.Span(start, start + "يوسف بن علوي".length()),
                            "يوسف بن علوي", "PERS", null, "ner:PERS", null, "recognizer", 0),
                    new org.marsad.model.Mention(new org.marsad.model.Span(oman, oman + 4), "عمان", "GPE", "OMN",
                            "countries:OMN:Oman", "Oman", "name", 0));
            CodedArticle c = new CodedArticle(a, Fixtures.ANALYZER.analyze(text).sentences(), mentions, List.of(),
                    List.of());
            assertEquals(Outcome.ADDED, store.add(Fixtures.incoming(c), run).outcome());
        }
        List<Counts.Unresolved> names = store.unresolved(2, 10);
        assertEquals(1, names.size());
        Counts.Unresolved u = names.get(0);
        assertEquals("يوسف بن علوي", u.text());
        assertEquals(2, u.mentions());
        assertEquals(2, u.articles());
        assertTrue(u.cooccurringCodes().startsWith("OMN"), u.cooccurringCodes());
        String sample = store.article(u.sampleArticle()).orElseThrow().text().substring(u.sampleStart(), u.sampleEnd());
        assertTrue(sample.contains("يوسف بن علوي"), sample);
        // a sample per article, each with the name's own offsets inside its sentence
        assertEquals(List.of("u-1", "u-2"), u.samples().stream().map(Counts.Sample::articleId).toList());
        for (Counts.Sample s : u.samples()) {
            String text = store.article(s.articleId()).orElseThrow().text();
            assertEquals("يوسف بن علوي", text.substring(s.start(), s.end()));
            assertTrue(s.sentenceStart() <= s.start() && s.end() <= s.sentenceEnd(), s.toString());
        }
        assertEquals(List.of(), store.unresolved(3, 10)); // seen twice only
        assertEquals(null, u.code());
    }

    @Test
    void aRecognizedPersonCodedByItsTitleIsListedWithThatCode() {
        // the title and country code the person (CZEGOV) but no dictionary names them: still a candidate
        long run = run();
        for (String id : List.of("t-1", "t-2")) {
            String name = "وزير الخارجية التشيكي لوبومير زاوراليك";
            String text = id + ": قال " + name + " إن بلاده ترحب.";
            int start = text.indexOf(name);
            Article a = new Article(id, null, "spa", null, null, text);
            List<org.marsad.model.Mention> mentions = List.of(new org.marsad.model.Mention(
                    new org.marsad.model.Span(start, start + name.length()), name, "PERS", "CZEGOV",
                    "agents:GOV:foreign minister", "Czech Republic", "title+demonym+recognized-person", 0));
            CodedArticle c = new CodedArticle(a, Fixtures.ANALYZER.analyze(text).sentences(), mentions, List.of(),
                    List.of());
            assertEquals(Outcome.ADDED, store.add(Fixtures.incoming(c), run).outcome());
        }
        List<Counts.Unresolved> names = store.unresolved(2, 10);
        assertEquals(1, names.size(), names.toString());
        assertEquals("CZEGOV", names.get(0).code());
        assertEquals(2, names.get(0).mentions());
    }

    @Test
    void reingestingTheSameInputAddsNothing() {
        List<Incoming> input = List.of(Fixtures.incoming(Fixtures.summit("summit-1", Fixtures.SUMMIT, "Interfax")),
                Fixtures.incoming(Fixtures.munitions("munitions-1")));
        long run = run();
        for (Incoming in : input) {
            assertEquals(Outcome.ADDED, store.add(in, run).outcome());
        }
        Stats before = store.stats();
        long again = run();
        for (Incoming in : input) {
            // both ways an ingest may take: the known-hash shortcut, and a full add
            assertEquals(Outcome.ALREADY_STORED, store.addSource(in.fingerprint().contentHash(), in.source(), again).outcome());
            assertEquals(Outcome.ALREADY_STORED, store.add(in, again).outcome());
        }
        Stats after = store.stats();
        assertEquals(before.articles(), after.articles());
        assertEquals(before.events(), after.events());
        assertEquals(before.inputs(), after.inputs());
        assertEquals(0, after.duplicates());
        assertEquals(Outcome.UNKNOWN, store.addSource("no-such-hash", input.get(0).source(), again).outcome());
    }

    @Test
    void exactDuplicatesAreStoredOnceWithAllTheirSources() {
        long run = run();
        store.add(Fixtures.incoming(Fixtures.summit("summit-1", Fixtures.SUMMIT, "Interfax")), run);
        // the same words with tashkeel, tatweel and other punctuation, from another outlet under another id
        Incoming vowelled = Fixtures.incoming(Fixtures.summit("summit-2", Fixtures.SUMMIT_VOWELLED, "KCNA"));
        Added r = store.add(vowelled, run);
        assertEquals(Outcome.EXACT_DUPLICATE, r.outcome());
        assertEquals("summit-1", r.articleId());
        assertTrue(store.coded("summit-2").isEmpty());
        List<SourceRecord> sources = store.sources("summit-1");
        assertEquals(List.of("Interfax", "KCNA"), sources.stream().map(SourceRecord::source).toList());
        assertEquals("summit-2", sources.get(1).inputId());
        Stats s = store.stats();
        assertEquals(1, s.articles());
        assertEquals(1, s.exactDuplicates());
        assertEquals(3, s.events());
        assertEquals(2, s.sources());
        // storing that duplicate again adds nothing
        assertEquals(Outcome.ALREADY_STORED, store.add(vowelled, run).outcome());
        assertEquals(1, store.stats().exactDuplicates());
    }

    @Test
    void nearDuplicatesAreLinkedToTheFirstCopyAndNotCountedTwice() {
        long run = run();
        store.add(Fixtures.incoming(Fixtures.summit("summit-1", Fixtures.SUMMIT, "Interfax")), run);
        store.add(Fixtures.incoming(Fixtures.munitions("munitions-1")), run);
        Added copy = store.add(Fixtures.incoming(Fixtures.summit("summit-reuters", Fixtures.SUMMIT_COPY, "Reuters")), run);
        assertEquals(Outcome.NEAR_DUPLICATE, copy.outcome());
        assertEquals("summit-1", copy.duplicateOf());
        assertTrue(copy.similarity() >= MinHash.THRESHOLD && copy.similarity() < 1, "similarity " + copy.similarity());
        assertEquals(Outcome.ADDED, store.add(Fixtures.incoming(Fixtures.floods("floods-1")), run).outcome());
        assertEquals(List.of("summit-reuters"), store.copiesOf("summit-1"));
        // the copy is kept, text and coding, as evidence
        assertEquals(3, store.coded("summit-reuters").orElseThrow().events().size());

        Stats s = store.stats();
        assertEquals(3, s.articles());
        assertEquals(1, s.nearDuplicates());
        assertEquals(5, s.events()); // 3 + 2: the copy's 3 events are not counted again

        List<EventRow> rows = new ArrayList<>();
        store.events(new Filter("PRK", null, null, null, null, null, null, null, false), rows::add);
        assertEquals(2, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.event().articleId().equals("summit-1")));
        assertTrue(rows.stream().allMatch(r -> r.numArticles() == 2 && r.numSources() == 2), rows.toString());
        rows.clear();
        store.events(new Filter("PRK", null, null, null, null, null, null, null, true), rows::add);
        assertEquals(4, rows.size());
        // a page counts each row's copies as the export does (the page computes them for its rows only)
        for (boolean copies : new boolean[] {false, true}) {
            Filter prk = new Filter("PRK", null, null, null, null, null, null, null, copies);
            List<EventRow> exported = new ArrayList<>();
            store.events(prk, exported::add);
            assertEquals(exported, store.eventPage(prk, EventSort.parse("id"), 0, 10).items());
        }
        // recoding the copy keeps its events out of counts, pages and day series (the copy flag on each event
        // row is set again from its article)
        CodedArticle copyCoding = store.coded("summit-reuters").orElseThrow();
        store.replaceCoding(copyCoding, Incomings.terms(copyCoding.article()), "test-2");
        Filter prk = new Filter("PRK", null, null, null, null, null, null, null, false);
        assertEquals(2, store.eventPage(prk, EventSort.DEFAULT, 0, 10).total());
        assertEquals(4, store.eventPage(new Filter("PRK", null, null, null, null, null, null, null, true),
                EventSort.DEFAULT, 0, 10).total());
        List<EventRow> kept = new ArrayList<>();
        store.events(prk, kept::add);
        assertEquals(kept.stream().filter(r -> r.day() != null).count(),
                store.dayCounts(prk).stream().mapToLong(Counts.Day::events).sum());
        assertEquals(5, store.stats().events());
        // search shows the story once, unless asked for copies
        assertEquals(List.of("summit-1"), search("بوتين", Filter.ALL));
        assertEquals(2, search("بوتين", Filter.ALL.withIncludeDuplicates(true)).size());
    }

    @Test
    void aDifferentTextUnderATakenIdIsRefused() {
        long run = run();
        store.add(Fixtures.incoming(Fixtures.summit("x-1", Fixtures.SUMMIT, "Interfax")), run);
        assertEquals(Outcome.ID_TAKEN, store.add(Fixtures.incoming(Fixtures.munitions("x-1")), run).outcome());
        assertEquals(1, store.stats().articles());
    }

    @Test
    void fullTextFindsStemsInsideCliticsAndNamesAsWritten() {
        long run = run();
        store.add(Fixtures.incoming(Fixtures.summit("summit-1", Fixtures.SUMMIT, "Interfax")), run);
        store.add(Fixtures.incoming(Fixtures.munitions("munitions-1")), run);
        store.add(Fixtures.incoming(Fixtures.floods("floods-1")), run);
        // وبالمفاوضات is found by مفاوضات and by المفاوضات
        assertEquals(List.of("summit-1"), search("مفاوضات", Filter.ALL));
        assertEquals(List.of("summit-1"), search("المفاوضات", Filter.ALL));
        // names are found as written, never stemmed beyond clitics
        assertEquals(List.of("summit-1"), search("بوتين", Filter.ALL));
        assertEquals(List.of("summit-1"), search("وكالة", Filter.ALL));
        assertEquals(2, search("كوريا", Filter.ALL).size());
        assertEquals(List.of("munitions-1"), search("البنتاغون", Filter.ALL));
        // every word must match; words of no article find nothing
        assertEquals(List.of("summit-1"), search("كوريا بوتين", Filter.ALL));
        assertEquals(List.of(), search("بريطانيا", Filter.ALL));
        assertEquals(List.of(), search("تين", Filter.ALL));
        // query text with FTS or tsquery syntax is just text
        assertEquals(List.of(), search("\"') OR * & | !:", Filter.ALL));
        assertEquals(List.of("summit-1"), search("\"بوتين\" (كوريا)", Filter.ALL));
        assertEquals(List.of(), search("بوتين OR سيول", Filter.ALL)); // OR is one more word to match, not an operator
        // filters: actor code prefix, CAMEO root, publication dates
        assertEquals(List.of("munitions-1"), search("كوريا", new Filter("USA", null, null, null, null, null, null, null, false)));
        assertEquals(List.of("summit-1"), search("كوريا", new Filter("RUS", null, null, "5", null, null, null, null, false)));
        assertEquals(List.of("summit-1"), search("كوريا", new Filter(null, null, null, null, null,
                LocalDate.of(2024, 6, 1), null, null, false)));
        assertEquals(List.of("munitions-1"), search("كوريا", new Filter(null, null, null, null, null,
                null, LocalDate.of(2024, 5, 31), null, false)));
    }

    @Test
    void snippetsComeFromTheOriginalTextWithHighlightOffsets() {
        store.add(Fixtures.incoming(Fixtures.summit("summit-1", Fixtures.SUMMIT, "Interfax")), run());
        FullText.Query q = query("مفاوضات");
        SearchHit hit = store.search(q, Filter.ALL, 10).get(0);
        assertTrue(hit.score() > 0);
        FullText.Snippet s = FullText.snippet(Fixtures.ANALYZER.analyze(hit.text()), q, 200);
        assertEquals(hit.text().substring(s.start(), s.start() + s.text().length()), s.text());
        assertEquals(1, s.highlights().size());
        Span h = s.highlights().get(0);
        assertEquals("وبالمفاوضات", s.text().substring(h.start(), h.end()));
        assertTrue(s.bracketed().contains("[وبالمفاوضات]"), s.bracketed());
    }

    @Test
    void anArticleIsStoredWholeOrNotAtAll() {
        long run = run();
        store.add(Fixtures.incoming(Fixtures.munitions("munitions-1")), run);
        CodedArticle good = Fixtures.summit("summit-1", Fixtures.SUMMIT, "Interfax");
        Event e = good.events().get(0);
        Event broken = new Event(e.id(), e.articleId(), e.sentence(), e.date(), e.datePrecision(), e.source(), e.target(),
                null, null, e.quadClass(), e.goldstein(), e.plover(), e.negated(), e.modality(), e.attributedTo(),
                e.location(), e.evidence(), e.confidence(), e.summary(), e.rule()); // no CAMEO code: the database refuses it
        CodedArticle bad = new CodedArticle(good.article(), good.sentences(), good.mentions(),
                List.of(good.events().get(1), broken), good.quotes());
        assertThrows(StoreException.class, () -> store.add(Fixtures.incoming(bad), run));
        // nothing of it is left: not the article, not its sources, not its index entries, not its first event
        assertTrue(store.coded("summit-1").isEmpty());
        assertEquals(List.of(), search("بوتين", Filter.ALL));
        Stats s = store.stats();
        assertEquals(1, s.articles());
        assertEquals(1, s.inputs());
        assertEquals(2, s.events());
        // and the store goes on working: the good version is stored
        assertEquals(Outcome.ADDED, store.add(Fixtures.incoming(good), run).outcome());
        assertEquals(List.of("summit-1"), search("بوتين", Filter.ALL));
    }

    @Test
    void aVeryLongArticleWithManyDistinctWordsIsStoredAndSearchable() {
        // ~2 MB of text and ~250,000 distinct words: more than a PostgreSQL tsvector holds (1 MB)
        StringBuilder sb = new StringBuilder("بدأت المفاوضات الطويلة. ");
        java.util.Random random = new java.util.Random(7);
        String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        for (int i = 0; i < 250_000; i++) {
            for (int k = 0; k < 7; k++) {
                sb.append(letters.charAt(random.nextInt(letters.length())));
            }
            sb.append(i % 20 == 19 ? ". " : " ");
        }
        Article a = new Article("long-1", null, null, null, null, sb.toString());
        CodedArticle c = new CodedArticle(a, Fixtures.ANALYZER.analyze(a.text()).sentences(), List.of(), List.of(), List.of());
        assertEquals(Outcome.ADDED, store.add(Fixtures.incoming(c), run()).outcome());
        assertEquals(List.of("long-1"), search("مفاوضات", Filter.ALL));
        assertEquals(a.text(), store.article("long-1").orElseThrow().text());
    }

    @Test
    void recodingReplacesAnArticlesCoding() {
        CodedArticle summit = Fixtures.summit("summit-1", Fixtures.SUMMIT, "Interfax");
        store.add(Fixtures.incoming(summit), run());
        assertEquals(List.of(), store.articleIds("test-1"));
        assertEquals(List.of("summit-1"), store.articleIds("test-2"));
        CodedArticle recoded = new CodedArticle(summit.article(), summit.sentences(), summit.mentions(),
                List.of(summit.events().get(0)), List.of());
        store.replaceCoding(recoded, Incomings.terms(summit.article()), "test-2");
        assertEquals(recoded, store.coded("summit-1").orElseThrow());
        assertEquals(List.of(), store.articleIds("test-2"));
        List<EventRow> rows = new ArrayList<>();
        store.events(Filter.ALL, rows::add);
        assertEquals(1, rows.size());
        assertEquals("test-2", rows.get(0).coderVersion());
        assertEquals(List.of("summit-1"), search("مفاوضات", Filter.ALL)); // still indexed, once
    }

    @Test
    void recodingInABatchReplacesTheIndexDocumentWhenTheBatchCommitsAndNotAtAllWhenItFails() {
        long run = run();
        CodedArticle summit = Fixtures.summit("summit-1", Fixtures.SUMMIT, "Interfax");
        store.add(Fixtures.incoming(summit), run);
        store.add(Fixtures.incoming(Fixtures.munitions("munitions-1")), run);
        // a recoding whose index document no longer holds the summit's words, then a failure: nothing changes
        assertThrows(IllegalStateException.class, () -> store.batch(() -> {
            store.replaceCoding(summit, Incomings.terms(Fixtures.floods("x").article()), "test-3");
            throw new IllegalStateException("the writer stops before the commit");
        }));
        assertEquals(List.of("summit-1"), search("مفاوضات", Filter.ALL));
        assertEquals(List.of("munitions-1", "summit-1"), store.articleIds("test-3").stream().sorted().toList());
        // the same in a batch that commits: the old document is gone and the new one found, once
        store.batch(() -> {
            store.replaceCoding(summit, Incomings.terms(Fixtures.floods("x").article()), "test-3");
            store.replaceCoding(store.coded("munitions-1").orElseThrow(),
                    Incomings.terms(Fixtures.munitions("munitions-1").article()), "test-3");
            return null;
        });
        assertEquals(List.of(), search("مفاوضات", Filter.ALL));
        assertEquals(List.of("summit-1"), search("الأمطار", Filter.ALL));
        assertEquals(List.of("munitions-1"), search("اتهمت", Filter.ALL));
        assertEquals(List.of(), store.articleIds("test-3"));
    }

    @Test
    void eventFiltersUseCodePrefixesDyadsRootsAndDays() {
        long run = run();
        store.add(Fixtures.incoming(Fixtures.summit("summit-1", Fixtures.SUMMIT, "Interfax")), run);
        store.add(Fixtures.incoming(Fixtures.munitions("munitions-1")), run);
        assertEquals(5, events(Filter.ALL).size());
        assertEquals(5, events(new Filter("RUS", null, null, null, null, null, null, null, false)).size());
        assertEquals(2, events(new Filter(null, "USA", null, null, null, null, null, null, false)).size());
        assertEquals(2, events(new Filter(null, "RUS", null, null, null, null, null, null, false)).size());
        assertEquals(1, events(new Filter(null, "RUS", "PRK", null, null, null, null, null, false)).size());
        assertEquals(1, events(new Filter(null, null, null, "16", null, null, null, null, false)).size());
        assertEquals(2, events(new Filter(null, null, null, null, "05", null, null, null, false)).size());
        assertEquals(3, events(new Filter(null, null, null, null, null, LocalDate.of(2024, 6, 19),
                LocalDate.of(2024, 6, 19), null, false)).size());
        assertEquals(2, events(new Filter(null, null, null, null, null, null, null, "munitions-1", false)).size());
        // an event dated only by month gets its article's publication day, and says so
        EventRow sanctions = events(new Filter(null, null, null, "16", null, null, null, null, false)).get(0);
        assertEquals("2024-01-05", sanctions.day());
        assertEquals("published", sanctions.daySource());
        assertEquals("2024-01", sanctions.event().date());
        EventRow signed = events(new Filter(null, "RUS", "PRK", null, null, null, null, null, false)).get(0);
        assertEquals("event", signed.daySource());
        assertNull(events(new Filter(null, null, null, null, null, null, null, "munitions-1", false)).get(0).event().date());
        assertFalse(events(new Filter("GBR", null, null, null, null, null, null, null, false)).iterator().hasNext());
    }

    private List<EventRow> events(Filter f) {
        List<EventRow> rows = new ArrayList<>();
        store.events(f, rows::add);
        return rows;
    }

    /** Index documents as ingest makes them. */
    static final class Incomings {
        static String terms(Article a) {
            return FullText.terms(Fixtures.ANALYZER.analyze(a.text()));
        }
    }

    private void storeThree() {
        long run = run();
        store.add(Fixtures.incoming(Fixtures.summit("summit-1", Fixtures.SUMMIT, "Interfax")), run);
        store.add(Fixtures.incoming(Fixtures.munitions("munitions-1")), run);
        store.add(Fixtures.incoming(Fixtures.floods("floods-1")), run);
    }

    @Test
    void eventPagesAreFilteredSortedAndCounted() {
        storeThree();
        Page<EventRow> all = store.eventPage(Filter.ALL, EventSort.parse("goldstein"), 0, 2);
        assertEquals(5, all.total());
        assertEquals(List.of(-8.0, -2.0), all.items().stream().map(r -> r.event().goldstein()).toList());
        Page<EventRow> next = store.eventPage(Filter.ALL, EventSort.parse("goldstein"), 2, 2);
        assertEquals(List.of(4.0, 8.0), next.items().stream().map(r -> r.event().goldstein()).toList());
        Page<EventRow> dyad = store.eventPage(Filter.ALL.withDyad("RUS", "PRK"), EventSort.parse("-day"), 0, 10);
        assertEquals(1, dyad.total());
        assertEquals("RUSGOV", dyad.items().get(0).event().source().code());
        assertEquals(2, store.eventPage(Filter.ALL.withQuad(1).withPlace("PRK"), EventSort.DEFAULT, 0, 10).total());
        assertEquals(2, store.eventPage(Filter.ALL.withPlace("pyongyang"), EventSort.DEFAULT, 0, 10).total());
        assertEquals(2, store.eventPage(Filter.ALL.withOutlet("aawsat"), EventSort.DEFAULT, 0, 10).total());
        assertEquals(3, store.eventPage(Filter.ALL.withText(query("بالمفاوضات")), EventSort.DEFAULT, 0, 10).total());
        assertEquals(0, store.eventPage(Filter.ALL.withText(query("سيول")), EventSort.DEFAULT, 0, 10).total());
        assertThrows(IllegalArgumentException.class, () -> EventSort.parse("eid; DROP TABLE events"));
        // a value that looks like SQL is only ever a value
        assertEquals(0, store.eventPage(Filter.ALL.withPlace("x' OR '1'='1"), EventSort.DEFAULT, 0, 10).total());
    }

    @Test
    void articlePagesActorsDyadsDaysAndPlacesAreCounted() {
        storeThree();
        Page<Counts.Article> articles = store.articlePage(Filter.ALL, 0, 2);
        assertEquals(3, articles.total());
        assertEquals(List.of("summit-1", "munitions-1"), articles.items().stream().map(Counts.Article::id).toList());
        assertEquals(3, articles.items().get(0).events());
        assertEquals(1, store.articlePage(new Filter("USA", null, null, null, null, null, null, null, false), 0, 10).total());

        List<Counts.Actor> actors = store.actorCounts(Filter.ALL, 10);
        assertEquals("RUSGOV", actors.get(0).code());
        assertEquals(3, actors.get(0).events());
        assertEquals(2, actors.get(0).asSource());
        assertTrue(actors.stream().anyMatch(a -> a.code().equals("RUS") && a.asTarget() == 2));

        List<Counts.Dyad> dyads = store.dyadCounts(new Filter("RUS", null, null, null, null, null, null, null, false), 10);
        assertEquals(4, dyads.size());
        assertEquals(4, dyads.stream().mapToLong(Counts.Dyad::events).sum());

        List<Counts.Day> days = store.dayCounts(Filter.ALL);
        assertEquals(List.of("2024-01-05", "2024-06-19"), days.stream().map(Counts.Day::day).distinct().toList());
        assertEquals(5, days.stream().mapToLong(Counts.Day::events).sum());

        List<Counts.Place> places = store.placeCounts(Filter.ALL, 10);
        assertEquals(1, places.size());
        assertEquals("Pyongyang", places.get(0).nameEn());
        assertEquals(2, places.get(0).events());
        assertEquals(39.03, places.get(0).lat(), 1e-9);
    }
}
