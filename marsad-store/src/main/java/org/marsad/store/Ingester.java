package org.marsad.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.marsad.io.ArticleSink;
import org.marsad.io.InputProblem;
import org.marsad.model.Article;
import org.marsad.model.CodedArticle;
import org.marsad.text.AnalyzedText;

/**
 * Reads inputs, codes new texts on several threads and stores them in input order from one thread.
 *
 * <p>Crash safety comes from the store: articles are committed in batches ({@link Store#batch}), each
 * article whole with everything coded from it, and a text is recognized by its content hash, so an ingest
 * killed at any point and run again skips what was committed (without coding it again), stores what was not
 * (at most the batch being written when it was killed), and duplicates nothing. Input order decides which
 * copy of a story is the first.
 */
public final class Ingester {
    /** Hears about every input record, in input order, as it is decided (on the calling thread). */
    public interface Listener {
        void stored(Added added, SourceRecord source);

        /** Input that could not be read, coded or stored: it is skipped, the run goes on. */
        void problem(InputProblem problem);

        /** Not a problem but worth saying (e.g. a new id given to a text because its own was taken). */
        default void note(String message) {
        }
    }

    /** What a run did. */
    public record Result(long runId, long read, long added, long exactDuplicates, long nearDuplicates,
                         long alreadyStored, long skipped) {
        Store.RunCounts counts() {
            return new Store.RunCounts(read, added, exactDuplicates, nearDuplicates, alreadyStored, skipped);
        }
    }

    /** Consecutive storage failures after which a run stops: then the database, not the input, is in trouble. */
    private static final int MAX_STORE_FAILURES = 10;
    /**
     * Records committed together at most, and how long a batch waits for more: one commit per article cost
     * more than storing its rows (SQLite rewrote the touched index pages and flushed a full-text segment each
     * time). A kill loses at most one batch, which the next run stores; the records are gathered before the
     * transaction starts, so SQLite's write lock is held only while they are written. Up to 1,024 records or 1 s
     * rather than 256 or 0.5 s: each commit writes every index page it touched to the WAL again, so fewer, larger
     * commits write less (a whole-corpus ingest 43 % fewer blocks: BENCHMARKS.md, session 23, speed30); a record
     * of a live feed waits at most 1 s for its batch to be gathered, then for the batch's commit. Public for
     * RepeatedKillTest, whose input must outlast ten kills of a batch each.
     */
    public static final int MAX_BATCH = 1024;
    static final long MAX_BATCH_MILLIS = 1000;

    private final Store store;
    private final Function<String, AnalyzedText> analyzer;
    private final Coder coder;
    private final String coderVersion;
    private final int threads;

    /** Reads input records into a sink, in order (files, feeds, stdin: see {@link Inputs}). */
    @FunctionalInterface
    public interface Reading {
        void readInto(ArticleSink sink) throws IOException;
    }

    /**
     * @param analyzer the text layer (Pipeline::analyze): fingerprints and index documents are made from its tokens
     * @param coder    the coder (Pipeline::code), called from {@code threads} threads at once
     */
    public Ingester(Store store, Function<String, AnalyzedText> analyzer, Function<Article, CodedArticle> coder,
                    String coderVersion, int threads) {
        this(store, analyzer, (Coder) (article, text) -> coder.apply(article), coderVersion, threads);
    }

    /** A coder given the text layer's analysis of the article's text, which ingest has made already. */
    @FunctionalInterface
    public interface Coder {
        CodedArticle code(Article article, AnalyzedText text);
    }

    /**
     * An ingester whose coder reuses the analysis made for the fingerprint and the index document
     * ({@code Pipeline::code} with the analyzed text): each text is analyzed once, not twice.
     */
    public static Ingester reusingAnalysis(Store store, Function<String, AnalyzedText> analyzer, Coder coder,
                                           String coderVersion, int threads) {
        return new Ingester(store, analyzer, coder, coderVersion, threads);
    }

    private Ingester(Store store, Function<String, AnalyzedText> analyzer, Coder coder, String coderVersion,
                     int threads) {
        this.store = store;
        this.analyzer = analyzer;
        this.coder = coder;
        this.coderVersion = coderVersion;
        this.threads = Math.max(1, threads);
    }

    /**
     * Ingests what {@code reading} reads, telling {@code listener} about each record. The run is recorded in
     * the store (with {@code command}) when it reads at least one record.
     */
    public Result run(Reading reading, String command, Listener listener) {
        return new Run(command, listener).go(reading);
    }

    /** Ingests files and directories ({@link InputFiles}). */
    public Result run(List<Path> paths, String command, Listener listener) {
        InputFiles files = new InputFiles();
        return run(sink -> files.read(paths, sink), command, listener);
    }

    /** A record as the coding threads leave it for the writer: all that can be computed without the database. */
    private record Prepared(Article article, SourceRecord source, Fingerprint fingerprint, CodedArticle coded,
                            String terms, List<StoryTerms> storyTerms, InputProblem problem) {
    }

    /** A record the store refused: the database, not the input, may be in trouble. */
    private record NotStored(InputProblem problem, StoreException cause) {
    }

    private static final Future<Prepared> END = CompletableFuture.completedFuture(null);

    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    /** One ingest run: a reader thread hands futures, in input order, to the writer (the calling thread). */
    private final class Run {
        private final String command;
        private long id; // 0 until the first record: a round that reads nothing leaves no trace
        private final Listener listener;
        private final Set<String> known = ConcurrentHashMap.newKeySet();
        /*
         * Records in flight, coded or being coded. Room for a whole batch beyond what the coders hold: the writer
         * takes up to MAX_BATCH records, then stores them; with less room the coders filled the queue and stood idle
         * while it stored, and the writer then waited for them record by record while it gathered the next batch, so
         * coding and writing took turns instead of overlapping (a third of the writer's time went to waiting).
         */
        private final BlockingQueue<Future<Prepared>> queue = new ArrayBlockingQueue<>(MAX_BATCH + threads * 8 + 16);
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "marsad-coder");
            t.setDaemon(true);
            return t;
        });
        private long read;
        private long added;
        private long exact;
        private long near;
        private long already;
        private long skipped;

        Run(String command, Listener listener) {
            this.command = command;
            this.listener = listener;
            known.addAll(store.contentHashes());
        }

        private long id() {
            if (id == 0) {
                id = store.startRun(command, coderVersion);
            }
            return id;
        }

        Result go(Reading reading) {
            Thread reader = new Thread(() -> readAll(reading), "marsad-reader");
            reader.setDaemon(true);
            reader.start();
            String status = "failed";
            try {
                write();
                status = "finished";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                status = "interrupted";
            } finally {
                cancelled.set(true);
                queue.clear(); // unblocks the reader if it waits to hand over more
                pool.shutdownNow();
                try {
                    if (id != 0) {
                        store.finishRun(id, result().counts(), status);
                    }
                } catch (StoreException e) {
                    listener.note("could not record the end of ingest run " + id + ": " + e.getMessage());
                }
            }
            return result();
        }

        private Result result() {
            return new Result(id, read, added, exact, near, already, skipped);
        }

        private void write() throws InterruptedException {
            int storeFailures = 0;
            List<Prepared> batch = new ArrayList<>(MAX_BATCH);
            boolean more = true;
            while (more) {
                more = gather(batch);
                if (batch.isEmpty()) {
                    continue;
                }
                id();
                List<Object> outcomes; // per record: an Added, the InputProblem that skipped it, or a NotStored
                try {
                    outcomes = store.batch(() -> storeAll(batch, true));
                } catch (RuntimeException | StackOverflowError e) {
                    // nothing of the batch was stored: store its records again one transaction each, so that the
                    // one at fault (a text the database refuses, a coder failure) is the only one skipped
                    outcomes = storeAll(batch, false);
                }
                for (int i = 0; i < batch.size(); i++) {
                    Prepared p = batch.get(i);
                    read++;
                    if (outcomes.get(i) instanceof InputProblem problem) {
                        skipped++;
                        listener.problem(problem);
                        continue;
                    }
                    if (outcomes.get(i) instanceof NotStored failure) {
                        skipped++;
                        listener.problem(failure.problem());
                        if (++storeFailures >= MAX_STORE_FAILURES) {
                            throw new StoreException(storeFailures + " articles in a row could not be stored; stopping",
                                    failure.cause());
                        }
                        continue;
                    }
                    Added a = (Added) outcomes.get(i);
                    storeFailures = 0;
                    known.add(p.fingerprint().contentHash());
                    switch (a.outcome()) {
                        case ADDED -> added++;
                        case EXACT_DUPLICATE -> exact++;
                        case NEAR_DUPLICATE -> near++;
                        case ALREADY_STORED -> already++;
                        default -> throw new IllegalStateException("unexpected outcome " + a.outcome());
                    }
                    listener.stored(a, p.source());
                }
                batch.clear();
            }
        }

        /**
         * Waits for the next record, then takes those that follow while they come quickly, up to
         * {@link #MAX_BATCH} records or {@link #MAX_BATCH_MILLIS}. False once the input has ended.
         */
        private boolean gather(List<Prepared> batch) throws InterruptedException {
            Future<Prepared> f = queue.take();
            long deadline = System.nanoTime() + MAX_BATCH_MILLIS * 1_000_000L;
            while (f != END) {
                batch.add(get(f));
                long left = deadline - System.nanoTime();
                if (batch.size() >= MAX_BATCH || left <= 0) {
                    return true;
                }
                f = queue.poll(left, TimeUnit.NANOSECONDS);
                if (f == null) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Stores a batch's records. {@code together}: in the store's batch transaction, where any failure is
         * thrown (it undoes the batch); else each record in its own transaction, a failure skipping it alone.
         */
        private List<Object> storeAll(List<Prepared> batch, boolean together) {
            List<Object> outcomes = new ArrayList<>(batch.size());
            for (Prepared p : batch) {
                if (p.problem() != null) {
                    outcomes.add(p.problem());
                    continue;
                }
                if (together) {
                    outcomes.add(store(p));
                    continue;
                }
                try {
                    outcomes.add(store(p));
                } catch (StoreException e) {
                    outcomes.add(notStored(p, e));
                } catch (RuntimeException | StackOverflowError e) {
                    // the coder failed on a text it had to code here (a renamed id, a race)
                    outcomes.add(new InputProblem(p.source().file(), p.source().line(),
                            "article " + p.article().id() + " could not be coded (" + e + "): skipped"));
                }
            }
            return outcomes;
        }

        private NotStored notStored(Prepared p, StoreException e) {
            return new NotStored(new InputProblem(p.source().file(), p.source().line(),
                    "article " + p.article().id() + " could not be stored (" + e.getMessage() + "): skipped"), e);
        }

        private Added store(Prepared p) {
            String hash = p.fingerprint().contentHash();
            if (p.coded() == null) {
                Added a = store.addSource(hash, p.source(), id());
                if (a.outcome() != Added.Outcome.UNKNOWN) {
                    return a;
                }
            }
            Article article = p.article();
            // a record prepared as known (not coded) whose text turned out not to be stored: analyze and code it now
            AnalyzedText text = p.coded() != null ? null : analyzer.apply(article.text());
            CodedArticle coded = p.coded() != null ? p.coded() : coder.code(article, text);
            String terms = p.coded() != null ? p.terms() : FullText.terms(text);
            Added a = store.add(p.coded() != null
                    ? new Incoming(coded, coderVersion, p.fingerprint(), terms, p.source(), p.storyTerms())
                    : new Incoming(coded, coderVersion, p.fingerprint(), terms, p.source()), id());
            if (a.outcome() == Added.Outcome.ID_TAKEN) {
                // the input reused an id for another text: keep both, the new one under an id made from its content
                Article renamed = new Article(article.id() + "~" + hash.substring(0, 8), article.url(),
                        article.source(), article.published(), article.title(), article.text());
                listener.note(p.source().file() + (p.source().line() > 0 ? ":" + p.source().line() : "") + ": id "
                        + article.id() + " belongs to another text; this one is stored as " + renamed.id());
                CodedArticle recoded = coder.code(renamed, text != null ? text : analyzer.apply(renamed.text()));
                a = store.add(new Incoming(recoded, coderVersion, p.fingerprint(), terms, p.source()), id());
                if (a.outcome() == Added.Outcome.ID_TAKEN) {
                    throw new StoreException("ids " + article.id() + " and " + renamed.id() + " are both taken");
                }
            }
            return a;
        }

        private void readAll(Reading reading) {
            ArticleSink sink = new ArticleSink() {
                @Override
                public void article(Article a, String file, long line) {
                    hand(pool.submit(() -> prepare(a, file, line)));
                }

                @Override
                public void problem(InputProblem problem) {
                    hand(CompletableFuture.completedFuture(new Prepared(null, null, null, null, null, null, problem)));
                }
            };
            try {
                reading.readInto(sink);
            } catch (IOException e) {
                sink.problem(new InputProblem("<input>", 0, "read failed: " + e.getMessage()));
            } catch (Cancelled e) {
                return;
            } catch (RuntimeException e) {
                sink.problem(new InputProblem("<input>", 0, "reading stopped: " + e));
            } finally {
                try {
                    hand(END);
                } catch (Cancelled e) {
                    // the writer has stopped already
                }
            }
        }

        /** Hands a record to the writer, waiting while the queue is full (which bounds memory), unless cancelled. */
        private void hand(Future<Prepared> f) {
            try {
                while (!queue.offer(f, 200, TimeUnit.MILLISECONDS)) {
                    if (cancelled.get()) {
                        throw new Cancelled();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Cancelled();
            }
        }

        private Prepared prepare(Article a, String file, long line) {
            SourceRecord source = SourceRecord.of(a, file, line);
            String unstorable = unstorable(a);
            if (unstorable != null) {
                return new Prepared(a, source, null, null, null, null, new InputProblem(file, line,
                        "article " + a.id() + ": " + unstorable + ": skipped"));
            }
            try {
                AnalyzedText t = analyzer.apply(a.text());
                FullText.Indexed indexed = FullText.withFingerprint(t); // one pass over the tokens for both
                Fingerprint fp = indexed.fingerprint();
                if (known.contains(fp.contentHash())) {
                    return new Prepared(a, source, fp, null, null, null, null); // stored before: not coded again
                }
                CodedArticle coded = coder.code(a, t);
                return new Prepared(a, source, fp, coded, indexed.terms(), StoryTerms.of(coded), null);
            } catch (RuntimeException | StackOverflowError e) {
                return new Prepared(a, source, null, null, null, null, new InputProblem(file, line,
                        "article " + a.id() + " could not be coded (" + e + "): skipped"));
            }
        }
    }

    /**
     * Why an article cannot be stored as it is, or null. A NUL character (JSON's \\u0000) is refused by
     * PostgreSQL, and half a surrogate pair (a lone \\ud800) cannot be written as UTF-8 at all: SQLite would
     * silently store a '?'. Like invalid UTF-8 bytes in a file, both are reported, never silently changed.
     */
    static String unstorable(Article a) {
        for (String field : new String[] {"text", "title", "id", "url", "source"}) {
            String v = switch (field) {
                case "text" -> a.text();
                case "title" -> a.title();
                case "id" -> a.id();
                case "url" -> a.url();
                default -> a.source();
            };
            if (v == null) {
                continue;
            }
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == 0) {
                    return "field '" + field + "' contains a NUL character (U+0000)";
                }
                if (Character.isSurrogate(c)) {
                    boolean paired = Character.isHighSurrogate(c) && i + 1 < v.length()
                            && Character.isLowSurrogate(v.charAt(i + 1));
                    if (!paired) {
                        return "field '" + field + "' contains half a surrogate pair (U+" + Integer.toHexString(c)
                                .toUpperCase(java.util.Locale.ROOT) + "), not a character";
                    }
                    i++;
                }
            }
        }
        return null;
    }

    private static Prepared get(Future<Prepared> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("coding failed unexpectedly", e.getCause());
        }
    }
}
