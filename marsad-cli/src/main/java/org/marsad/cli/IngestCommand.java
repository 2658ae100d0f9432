package org.marsad.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.Pipeline;
import org.marsad.io.ArticleReader;
import org.marsad.io.InputProblem;
import org.marsad.store.Added;
import org.marsad.store.Alert;
import org.marsad.store.Webhook;
import org.marsad.store.Ingester;
import org.marsad.store.Inputs;
import org.marsad.store.SourceRecord;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Code articles and store them, with their sources, sentences, mentions, events and quotes.",
                "Reads what 'marsad code' reads (JSON Lines, .gz, a single .json article, .txt, directories, '-' for",
                "stdin), saved news pages (.html, .htm: boilerplate removed, title and date from the page), RSS and",
                "Atom feeds (.rss, .atom, .xml files, or http(s):// URLs: one article per item) and news page URLs.",
                "Each article is committed with everything coded from it; a text already stored is recognized by",
                "its normalized content and not coded again, so re-running (after a crash too) adds only what is",
                "missing. Exact duplicates are stored once with all their sources; near-duplicates (wire copies)",
                "are linked to the first copy. Bad input is reported with file and line and skipped; the exit",
                "status is then 3. With --watch, it goes on: every SECONDS it reads again what changed (new or",
                "changed files once they stop changing, feeds the server says changed) until it is stopped."})
final class IngestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Files, directories, http(s):// URLs of feeds or pages; '-' for stdin.")
    List<String> inputs = new ArrayList<>();

    @Mixin
    DbOption db;

    // one processor is left to the writer, the longest single job of an ingest: with as many coding threads as
    // processors it got less than a core while they ran (BENCHMARKS.md, ingest, session 4: 0.93x the wall time)
    @Option(names = "--threads", paramLabel = "N",
            description = "Coding threads (default: the number of processors minus one, at least one).")
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);

    @Option(names = {"-q", "--quiet"}, description = "No progress and no summary, only problems.")
    boolean quiet;

    @Option(names = "--watch", paramLabel = "SECONDS",
            description = "Keep watching the inputs, reading what changed every SECONDS (not with stdin).")
    int watch;

    private Progress progress;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream err = Io.stderr();
        Inputs in;
        try {
            in = Inputs.of(inputs, ArticleReader.MAX_LINE_BYTES);
        } catch (IllegalArgumentException e) {
            err.println("marsad: " + e.getMessage());
            return 2;
        }
        if (watch > 0 && in.hasStdin()) {
            err.println("marsad: --watch reads its inputs again and again: it cannot read stdin");
            return 2;
        }
        Pipeline pipeline = Pipeline.load();
        progress = new Progress(err, quiet);
        long[] counts = new long[3]; // records, new texts, problems
        Ingester.Listener listener = new Ingester.Listener() {
            @Override
            public void stored(Added added, SourceRecord source) {
                counts[0]++;
                if (added.outcome() == Added.Outcome.ADDED || added.outcome() == Added.Outcome.NEAR_DUPLICATE) {
                    counts[1]++;
                }
                progress.update(counts[0], "articles", () -> String.format(Locale.ROOT, "%,d new, %,d skipped",
                        counts[1], counts[2]));
            }

            @Override
            public void problem(InputProblem p) {
                counts[0]++;
                counts[2]++;
                progress.clear();
                err.println("marsad: " + p + (p.message().endsWith("skipped") ? "" : ": skipped"));
            }

            @Override
            public void note(String message) {
                progress.clear();
                err.println("marsad: " + message);
            }
        };
        String command = "ingest " + String.join(" ", inputs);
        Inputs.Watch w = watch > 0 ? new Inputs.Watch() : null;
        long[] total = new long[6]; // read, added, exact, near, already stored, skipped
        String where;
        // new alerts: a line on stderr each, and a signed POST to their rule's webhook from a background thread
        Webhook hook = new Webhook(message -> {
            progress.clear();
            err.println("marsad: " + message);
        });
        long[] alerts = new long[1];
        try (Store store = db.open()) {
            where = store.describe();
            java.util.function.Consumer<Alert> send = hook.listener(store::rules, System::getenv);
            store.setAlertListener(a -> {
                alerts[0]++;
                if (!quiet) {
                    progress.clear();
                    err.println("marsad: alert " + AlertText.heading(a));
                }
                send.accept(a);
            });
            Ingester ingester = Ingester.reusingAnalysis(store, pipeline::analyze, pipeline::code, Pipeline.CODER_VERSION,
                    threads);
            while (true) {
                long roundStart = System.nanoTime();
                Ingester.Result r = ingester.run(sink -> in.read(sink, w, System.in), command, listener);
                long[] round = {r.read(), r.added(), r.exactDuplicates(), r.nearDuplicates(), r.alreadyStored(),
                        r.skipped()};
                for (int i = 0; i < total.length; i++) {
                    total[i] += round[i];
                }
                if (w == null) {
                    break;
                }
                if (r.read() > 0) {
                    summary(err, "marsad ingest (watching):", round, where, (System.nanoTime() - roundStart) / 1e9);
                }
                Thread.sleep(watch * 1000L);
            }
        } finally {
            if (hook.pending() > 0 && !quiet) {
                err.printf("marsad ingest: delivering %d webhook alert(s)...%n", hook.pending());
            }
            hook.close(java.time.Duration.ofSeconds(60));
        }
        if (alerts[0] > 0 && !quiet) {
            err.printf(Locale.ROOT, "marsad ingest: %,d new alert%s ('marsad alerts' lists them)%n", alerts[0],
                    alerts[0] == 1 ? "" : "s");
        }
        summary(err, "marsad ingest:", total, where, progress.seconds());
        return total[5] > 0 ? Main.EXIT_SKIPPED : 0;
    }

    private void summary(PrintStream err, String label, long[] n, String where, double s) {
        if (quiet) {
            return;
        }
        progress.clear();
        err.printf(Locale.ROOT, "%s %,d read: %,d added, %,d exact duplicates, %,d near duplicates, %,d already "
                        + "stored, %,d skipped, in %s (%.1f articles/s) into %s%n", label, n[0], n[1], n[2], n[3], n[4],
                n[5], Progress.duration(s), n[0] / Math.max(s, 1e-3), where);
    }
}
