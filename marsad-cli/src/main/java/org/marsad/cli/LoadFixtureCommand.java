package org.marsad.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.marsad.Pipeline;
import org.marsad.model.Article;
import org.marsad.model.CodedArticle;
import org.marsad.model.Event;
import org.marsad.store.Added;
import org.marsad.store.Fingerprint;
import org.marsad.store.FullText;
import org.marsad.store.Incoming;
import org.marsad.store.MinHash;
import org.marsad.store.SourceRecord;
import org.marsad.store.Store;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Builds a LOAD FIXTURE for server load tests: a real corpus coded once and stored through the store as
 * copy 0 (ids {@code loadfix-0-<id>}), then copied inside the database {@code --copies - 1} times
 * ({@link FixtureCopies}: ids {@code loadfix-K-<id>}, publication and event dates shifted by
 * {@code K * --shift-days}), so that a database of a million events can be made from a 31,000-article corpus. The copies are synthetic (the same texts again), so the command only writes a
 * NEW database file: load-fixture data is never mixed with real data.
 */
@Command(name = "load-fixture", mixinStandardHelpOptions = true,
        description = {"Build a synthetic LOAD-TEST database (not real data): code a corpus once, then store it --copies times "
                + "under new ids (loadfix-K-ID) with dates shifted by K * --shift-days. Writes only to a new SQLite file."})
final class LoadFixtureCommand implements Callable<Integer> {
    static final String ID_PREFIX = "loadfix-";

    @Option(names = "--corpus", required = true, paramLabel = "FILE", description = "JSON Lines articles (.gz ok).")
    Path corpus;

    @Option(names = "--db", required = true, paramLabel = "FILE",
            description = "The SQLite file to create; it must not exist yet (fixtures are never mixed with real data).")
    Path db;

    @Option(names = "--copies", paramLabel = "N", description = "How many times the corpus is stored (default: ${DEFAULT-VALUE}).")
    int copies = 45;

    @Option(names = "--shift-days", paramLabel = "D", description = "Days between copies (default: ${DEFAULT-VALUE}).")
    int shiftDays = 28;

    @Option(names = "--limit", paramLabel = "N", description = "Use only the first N articles of the corpus (default: all).")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--all-articles", description = {"Store every article; by default only the articles with at least one event",
            "are stored (the load test queries events; storing is what takes the time)."})
    boolean allArticles;

    @Option(names = "--threads", paramLabel = "N", description = "Coding threads (default: ${DEFAULT-VALUE}).")
    int threads = 2;

    @Override
    public Integer call() throws Exception {
        PrintStream err = Io.stderr();
        if (Files.exists(db)) {
            err.println("marsad load-fixture: " + db + " exists; a load fixture is only written to a new file");
            return 2;
        }
        if (copies < 1) {
            err.println("marsad load-fixture: --copies must be at least 1");
            return 2;
        }
        Pipeline pipeline = Pipeline.load();
        List<CodedArticle> coded = code(pipeline, org.marsad.io.ArticleReader.readFirst(corpus, limit));
        if (!allArticles) {
            coded.removeIf(c -> c.events().isEmpty());
        }
        long events = coded.stream().mapToLong(c -> c.events().size()).sum();
        err.printf("coded %d articles once: %d events; storing %d copies (about %d events)%n", coded.size(), events,
                copies, events * copies);
        try (Store store = Store.open(db.toString())) {
            long run = store.startRun("load-fixture: SYNTHETIC load-test copies of " + corpus.getFileName()
                    + " (" + copies + " copies, dates shifted by " + shiftDays + " days each)", Pipeline.CODER_VERSION);
            long start = System.nanoTime();
            long added = 0;
            for (CodedArticle c : coded) { // copy 0 through the store, as ingest stores articles
                AnalyzedText text = pipeline.analyze(c.article().text());
                CodedArticle copy = firstCopy(c);
                Added a = store.add(new Incoming(copy, Pipeline.CODER_VERSION, fingerprint(text),
                        FullText.terms(text), SourceRecord.of(copy.article(), corpus.toString(), 0)), run);
                if (a.outcome() == Added.Outcome.ADDED || a.outcome() == Added.Outcome.NEAR_DUPLICATE) {
                    added++;
                }
            }
            store.finishRun(run, new Store.RunCounts(coded.size(), added, 0, 0, 0, 0), "finished");
            err.printf("copy 1/%d stored through the store in %.0f s: %d articles%n", copies,
                    (System.nanoTime() - start) / 1e9, added);
        }
        FixtureCopies.make(db, copies, shiftDays, err);
        try (Store store = Store.open(db.toString())) {
            err.printf("load fixture %s: %d articles, %d events%n", db, store.stats().articles(), store.stats().events());
        }
        return 0;
    }

    private List<CodedArticle> code(Pipeline pipeline, List<Article> articles) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<CodedArticle>> fs = new ArrayList<>();
            for (Article a : articles) {
                fs.add(pool.submit(() -> pipeline.code(a)));
            }
            List<CodedArticle> out = new ArrayList<>(fs.size()); // mutable: articles without events may be dropped
            for (Future<CodedArticle> f : fs) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    /** Copy 0 of an article: the same, under the fixture's id. */
    static CodedArticle firstCopy(CodedArticle c) {
        Article a = c.article();
        String id = ID_PREFIX + "0-" + a.id();
        Article renamed = new Article(id, a.url() == null ? null : a.url() + "#" + ID_PREFIX + "0", a.source(),
                a.published(), a.title(), a.text());
        List<Event> events = new ArrayList<>(c.events().size());
        for (Event e : c.events()) {
            events.add(new Event(ID_PREFIX + "0-" + e.id(), id, e.sentence(), e.date(), e.datePrecision(), e.source(),
                    e.target(), e.cameoCode(), e.cameoRoot(), e.quadClass(), e.goldstein(), e.plover(), e.negated(),
                    e.modality(), e.attributedTo(), e.location(), e.evidence(), e.confidence(), e.summary(), e.rule()));
        }
        return new CodedArticle(renamed, c.sentences(), c.mentions(), events, c.quotes());
    }

    /**
     * The fingerprint of the fixture's copy of a text: of its words, each marked as the fixture's, so that
     * real articles ingested later into the fixture (scripts/load-test.sh --with-ingest) are new texts to
     * deduplication, while the corpus's own exact and near duplicates stay duplicates within the fixture.
     */
    static Fingerprint fingerprint(AnalyzedText text) throws Exception {
        List<String> words = new ArrayList<>(text.tokens().size());
        for (Token t : text.tokens()) {
            if (!t.isPunct()) {
                words.add(ID_PREFIX + t.norm());
            }
        }
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        String hash = HexFormat.of().formatHex(md.digest(String.join(" ", words).getBytes(StandardCharsets.UTF_8)));
        return new Fingerprint(hash, MinHash.signature(words));
    }
}
