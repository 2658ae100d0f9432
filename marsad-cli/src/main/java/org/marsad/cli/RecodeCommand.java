package org.marsad.cli;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.marsad.Pipeline;
import org.marsad.model.Article;
import org.marsad.text.AnalyzedText;
import org.marsad.store.FullText;
import org.marsad.store.Recodings;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "recode", mixinStandardHelpOptions = true,
        description = {"Re-run the current coder over stored articles and replace their sentences, mentions, events",
                "and quotes (and their search index entries), 256 articles a transaction: after new dictionaries",
                "or a new coder version. Stopped half-way, the store holds old and new codings side by side, each",
                "with its coder version; --outdated then goes on with the rest."})
final class RecodeCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Option(names = "--outdated", description = "Only articles coded by another coder version than this one ("
            + Pipeline.CODER_VERSION + ").")
    boolean outdated;

    @Option(names = "--threads", paramLabel = "N", description = "Coding threads (default: the number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "No progress and no summary, only problems.")
    boolean quiet;

    /** An article's new coding, or why it could not be coded. */
    private record Recoded(Recodings.Recoded coding, String error) {
    }

    @Override
    public Integer call() throws Exception {
        PrintStream err = Io.stderr();
        Pipeline pipeline = Pipeline.load();
        Progress progress = new Progress(err, quiet);
        int done = 0;
        int failed = 0;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try (Store store = db.open()) {
            List<String> ids = store.articleIds(outdated ? Pipeline.CODER_VERSION : null);
            // the store is read and written from this thread only; coding runs ahead on the pool, in order
            Deque<Future<Recoded>> pending = new ArrayDeque<>();
            List<Recodings.Recoded> batch = new ArrayList<>(Recodings.BATCH);
            int next = 0;
            while (next < ids.size() || !pending.isEmpty()) {
                while (next < ids.size() && pending.size() < Recodings.BATCH + threads * 4) {
                    Optional<Article> a = store.article(ids.get(next++));
                    if (a.isPresent()) {
                        Article article = a.get();
                        pending.add(pool.submit(() -> recode(pipeline, article)));
                    }
                }
                Recoded r = get(pending.removeFirst());
                if (r.error() != null) {
                    failed++;
                    progress.clear();
                    err.println("marsad: " + r.error());
                } else {
                    batch.add(r.coding());
                }
                if (batch.size() >= Recodings.BATCH || next >= ids.size() && pending.isEmpty()) {
                    int stored = Recodings.write(store, batch, Pipeline.CODER_VERSION, (id, why) -> {
                        progress.clear();
                        err.println("marsad: article " + id + " could not be stored (" + why + "): its coding is unchanged");
                    });
                    failed += batch.size() - stored;
                    done += stored;
                    batch.clear();
                    progress.update(done, "articles recoded", "");
                }
            }
            progress.clear();
            if (!quiet) {
                double s = progress.seconds();
                err.printf(Locale.ROOT, "marsad recode: %,d articles recoded with coder %s, %,d failed, in %s (%.1f/s)%n",
                        done, Pipeline.CODER_VERSION, failed, Progress.duration(s), done / Math.max(s, 1e-3));
            }
        } finally {
            pool.shutdownNow();
        }
        return failed > 0 ? Main.EXIT_SKIPPED : 0;
    }

    private static Recoded recode(Pipeline pipeline, Article a) {
        try {
            AnalyzedText text = pipeline.analyze(a.text()); // analyzed once, for the coder and the search index
            return new Recoded(new Recodings.Recoded(pipeline.code(a, text), FullText.terms(text)), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Recoded(null, "article " + a.id() + " could not be coded (" + e + "): its coding is unchanged");
        }
    }

    private static Recoded get(Future<Recoded> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
