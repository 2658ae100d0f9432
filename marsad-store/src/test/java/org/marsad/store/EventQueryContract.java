package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Pipeline;
import org.marsad.io.InputProblem;
import org.marsad.model.CodedArticle;

/**
 * The fast query paths of schema 6 give exactly what counting and sorting the events themselves gives: totals and
 * day series from {@code event_day_counts}, pages in day order walked code by code, actor pages as a UNION of their
 * two sides. Over a real ingested sample of SaudiNewsNet (its first 300 records, coded by the real pipeline, and for one in
 * ten a wire copy: the same text after another dateline, stored as a near-duplicate), for filters made from what the sample holds, on a real SQLite file and a real
 * PostgreSQL database (SqliteEventQueryTest, PostgresEventQueryTest); then again after a recode, a hand-made DELETE
 * and an UPDATE of events (the triggers), and {@code marsad check} finds a damaged count.
 */
abstract class EventQueryContract {
    private static final int SAMPLE = 300;
    private static Pipeline pipeline;

    @TempDir
    Path dir;
    protected JdbcStore store;

    /** A new, empty store. */
    protected abstract Store create();

    @BeforeEach
    void fill() throws IOException {
        Path corpus = sharedCorpus();
        Path sample = dir.resolve("sample.jsonl");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(corpus)),
                StandardCharsets.UTF_8)); Writer out = Files.newBufferedWriter(sample, StandardCharsets.UTF_8)) {
            String line;
            for (int n = 0; n < SAMPLE && (line = in.readLine()) != null; n++) {
                out.write(line);
                out.write('\n');
                if (n % 10 == 0) { // a wire copy: the same report under another outlet's dateline
                    out.write(wireCopy(line));
                    out.write('\n');
                }
            }
        }
        store = (JdbcStore) create();
        Pipeline p = pipeline();
        Ingester.Result r = Ingester.reusingAnalysis(store, p::analyze, p::code, Pipeline.CODER_VERSION, 2)
                .run(List.of(sample), "ingest sample", new Ingester.Listener() {
                    @Override
                    public void stored(Added added, SourceRecord source) {
                    }

                    @Override
                    public void problem(InputProblem problem) {
                    }
                });
        assertTrue(r.added() > 200 && r.nearDuplicates() > 0, "the sample must hold articles and wire copies: " + r);
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** The record as another outlet prints it: its own id and outlet, a dateline of its own before the same text. */
    private static String wireCopy(String line) throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode o = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(line);
        o.put("id", o.path("id").asText() + "-copy");
        o.put("source", "wire-copy");
        o.put("url", o.path("url").asText() + "#copy");
        o.put("text", "الرياض (واس) - " + o.path("text").asText());
        return JSON.writeValueAsString(o);
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.load();
        }
        return pipeline;
    }

    /** ../shared's SaudiNewsNet, or the test is skipped with a message when ../shared is not beside the checkout. */
    private static Path sharedCorpus() {
        String p = System.getProperty("marsad.shared");
        List<Path> candidates = p != null ? List.of(Path.of(p)) : List.of(Path.of("..", "..", "shared"), Path.of("..", "shared"));
        for (Path d : candidates) {
            Path f = d.resolve("data/saudinewsnet/articles.jsonl.gz");
            if (Files.exists(f)) {
                return f;
            }
        }
        Assumptions.abort("skipped: ../shared/data/saudinewsnet/articles.jsonl.gz not found (the ../shared development "
                + "data is not beside this checkout)");
        return null;
    }

    /** Filters made from what the store holds: its busiest actors and dyads, as codes and as prefixes, with roots, quads and dates. */
    private List<Filter> filters() {
        Set<Filter> out = new LinkedHashSet<>();
        LocalDate from = LocalDate.parse("2015-07-28");
        LocalDate to = LocalDate.parse("2015-08-04");
        out.add(Filter.ALL);
        out.add(Filter.ALL.withIncludeDuplicates(true));
        out.add(new Filter(null, null, null, "04", null, from, to, null, false));
        out.add(new Filter(null, null, null, null, null, null, to, null, false));
        out.add(Filter.ALL.withQuad(4));
        // filters the day counts cannot answer: counted from the events (below the cap here)
        out.add(new Filter(null, null, null, null, "0", null, null, null, false));
        out.add(Filter.ALL.withOutlet("wire-copy").withIncludeDuplicates(true));
        List<Counts.Actor> actors = store.actorCounts(Filter.ALL, 6);
        assertTrue(actors.size() >= 5, "too few actors in the sample");
        for (Counts.Actor a : actors) {
            String code = a.code();
            String prefix = code.substring(0, Math.min(3, code.length()));
            out.add(Filter.ALL.withActor(code));
            out.add(Filter.ALL.withActor(prefix));
            out.add(Filter.ALL.withActor(code.substring(0, 1))); // a prefix of many codes: many walks
            out.add(Filter.ALL.withActor(prefix).withIncludeDuplicates(true));
            out.add(new Filter(prefix, null, null, "04", null, null, null, null, false));
            out.add(new Filter(code, null, null, null, null, from, to, null, false).withQuad(1));
            out.add(new Filter(null, prefix, null, null, null, from, null, null, false));
            out.add(new Filter(null, null, code, null, null, null, to, null, false));
            out.add(new Filter(prefix, null, null, null, "1", null, null, null, false));
        }
        for (Counts.Dyad d : store.dyadCounts(Filter.ALL, 6)) {
            out.add(Filter.ALL.withDyad(d.source(), d.target()));
            out.add(Filter.ALL.withDyad(d.source().substring(0, 3), d.target().substring(0, Math.min(3, d.target().length()))));
            out.add(new Filter(null, d.source(), d.target(), null, null, from, to, null, true));
            out.add(Filter.ALL.withDyad(d.target(), d.source()).withQuad(3));
            // one-letter prefixes on both sides: many code pairs, each found by seeks of the day counts' key
            out.add(Filter.ALL.withDyad(d.source().substring(0, 1), d.target().substring(0, 1)));
            out.add(new Filter(null, d.source().substring(0, 3), d.target(), "04", null, null, to, null, false));
        }
        return new ArrayList<>(out);
    }

    private static final List<EventSort> SORTS = List.of(EventSort.DEFAULT, EventSort.parse("day"),
            EventSort.parse("-goldstein"), EventSort.parse("id"));

    /** Every filter, sort and page: the store's answer is the one counting and sorting the events gives. */
    private void sameAsCountingTheEvents() {
        int pages = 0;
        for (Filter f : filters()) {
            List<Counts.Day> days = store.dayCounts(f);
            List<Counts.Day> recount = store.dayCountsFromEvents(f);
            assertEquals(recount.size(), days.size(), "day series of " + f);
            for (int i = 0; i < days.size(); i++) {
                Counts.Day d = days.get(i);
                Counts.Day r = recount.get(i);
                assertEquals(List.of(r.day(), r.quadClass(), r.events()), List.of(d.day(), d.quadClass(), d.events()),
                        "day series of " + f);
                assertEquals(r.goldsteinSum(), d.goldsteinSum(), 1e-9, "Goldstein sum of " + f + " on " + d.day());
            }
            for (EventSort sort : SORTS) {
                for (int[] page : new int[][] {{0, 50}, {50, 50}, {0, 200}, {3, 7}}) {
                    Page<EventRow> fast = store.eventPage(f, sort, page[0], page[1]);
                    Page<EventRow> plain = store.eventPageFromEvents(f, sort, page[0], page[1]);
                    assertEquals(plain.total(), fast.total(), "total of " + f);
                    assertTrue(!fast.totalCapped(), "capped total of " + f);
                    assertEquals(plain.items(), fast.items(), "page " + page[0] + "+" + page[1] + " of " + f + " by " + sort);
                    pages += fast.items().isEmpty() ? 0 : 1;
                    // the page's keys alone, and its rows read back by id, as the dyad endpoint takes them
                    Page<EventKey> keys = store.eventKeys(f, sort, page[0], page[1]);
                    assertEquals(plain.total(), keys.total(), "total of the keys of " + f);
                    assertEquals(plain.items().stream().map(r -> new EventKey(r.eid(), r.day())).toList(), keys.items(),
                            "keys of page " + page[0] + "+" + page[1] + " of " + f + " by " + sort);
                    assertEquals(plain.items(), store.eventsById(keys.items().stream().map(EventKey::eid).toList()));
                }
            }
        }
        assertTrue(pages > 100, "too few non-empty pages compared: " + pages);
    }

    @Test
    void aFilterTheDayCountsCannotAnswerIsCountedUpToTheCap() {
        Filter codes = new Filter(null, null, null, null, "0", null, null, null, false);
        Page<EventRow> plain = store.eventPageFromEvents(codes, EventSort.DEFAULT, 0, 50);
        assertTrue(plain.total() > 40, "too few events of codes 0*: " + plain.total());
        store.totalCap = 40;
        Page<EventRow> capped = store.eventPage(codes, EventSort.DEFAULT, 0, 50);
        assertEquals(40, capped.total());
        assertTrue(capped.totalCapped());
        assertEquals(plain.items(), capped.items()); // the page itself is whole
        Page<EventRow> actor = store.eventPage(Filter.ALL.withActor(store.actorCounts(Filter.ALL, 1).get(0).code()),
                EventSort.DEFAULT, 0, 10);
        assertTrue(!actor.totalCapped() && actor.total() > 40, "an actor's total is exact: " + actor.total());
    }

    private Consistency.Check dayCountCheck() {
        return Consistency.check(store, pipeline()::analyze, true).stream()
                .filter(c -> c.what().contains("event_day_counts")).findFirst().orElseThrow();
    }

    private void sql(String statement) throws SQLException {
        try (Statement s = store.c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    @Test
    void fastPathsGiveWhatCountingTheEventsGivesAndStayTrueThroughRecodeAndDeletes() throws SQLException {
        assertTrue(dayCountCheck().ok(), dayCountCheck().toString());
        sameAsCountingTheEvents();

        // recode: an article's coding replaced by one with an event fewer (delete triggers, then insert triggers)
        String id = store.eventPage(Filter.ALL.withActor(store.actorCounts(Filter.ALL, 1).get(0).code()),
                EventSort.DEFAULT, 0, 1).items().get(0).event().articleId();
        CodedArticle c = store.coded(id).orElseThrow();
        CodedArticle fewer = new CodedArticle(c.article(), c.sentences(), c.mentions(),
                c.events().subList(1, c.events().size()), c.quotes());
        store.replaceCoding(fewer, FullText.terms(pipeline().analyze(c.article().text())), "test-recode");
        // by hand: a row deleted, a row moved to another day and actor (the UPDATE trigger)
        sql("DELETE FROM events WHERE eid = (SELECT MAX(eid) FROM events)");
        sql("UPDATE events SET day = '2015-08-02', source_code = 'TESTSRC', goldstein = -7.5 WHERE eid = (SELECT MIN(eid) FROM events)");
        assertTrue(dayCountCheck().ok(), dayCountCheck().toString());
        assertEquals(1, store.eventPage(Filter.ALL.withActor("TESTSRC"), EventSort.DEFAULT, 0, 10).total());
        sameAsCountingTheEvents();

        // damage: a count off by one is found, and named
        sql("UPDATE event_day_counts SET events = events + 1 WHERE source_code = 'TESTSRC'");
        Consistency.Check damaged = dayCountCheck();
        assertEquals(2, damaged.failures(), damaged.toString()); // the stored row and the recount's row differ
        assertTrue(damaged.example().startsWith("TESTSRC>"), damaged.toString());
    }
}
