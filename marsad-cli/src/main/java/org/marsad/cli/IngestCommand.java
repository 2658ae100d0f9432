package org.marsad.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.Pipeline;
import org.marsad.io.InputProblem;
import org.marsad.store.Added;
import org.marsad.store.Ingester;
import org.marsad.store.InputFiles;
import org.marsad.store.SourceRecord;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Code articles and store them, with their sources, sentences, mentions, events and quotes.",
                "Reads what 'marsad code' reads (JSON Lines, .gz, a single .json article, .txt, directories, '-' for",
                "stdin) and saved news pages (.html, .htm: boilerplate removed, title and date from the page).",
                "Each article is committed with everything coded from it; a text already stored is recognized by",
                "its normalized content and not coded again, so re-running (after a crash too) adds only what is",
                "missing. Exact duplicates are stored once with all their sources; near-duplicates (wire copies)",
                "are linked to the first copy. Bad input is reported with file and line and skipped; the exit",
                "status is then 3."})
final class IngestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories to read; '-' for stdin.")
    List<Path> paths = new ArrayList<>();

    @Mixin
    DbOption db;

    @Option(names = "--threads", paramLabel = "N", description = "Coding threads (default: the number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "No progress and no summary, only problems.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintStream err = Io.stderr();
        Pipeline pipeline = Pipeline.load();
        List<Path> files = new ArrayList<>();
        boolean stdin = false;
        for (Path p : paths) {
            if (p.toString().equals("-")) {
                stdin = true;
            } else {
                files.add(p);
            }
        }
        Progress progress = new Progress(err, quiet);
        long[] counts = new long[3]; // records, new texts, problems
        Ingester.Listener listener = new Ingester.Listener() {
            @Override
            public void stored(Added added, SourceRecord source) {
                counts[0]++;
                if (added.outcome() == Added.Outcome.ADDED || added.outcome() == Added.Outcome.NEAR_DUPLICATE) {
                    counts[1]++;
                }
                progress.update(counts[0], "articles", String.format(Locale.ROOT, "%,d new, %,d skipped",
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
        Ingester.Result r;
        String where;
        try (Store store = db.open()) {
            where = store.describe();
            Ingester ingester = new Ingester(store, pipeline::analyze, pipeline::code, Pipeline.CODER_VERSION, threads,
                    new InputFiles());
            r = ingester.run(files, stdin ? System.in : null, "ingest " + String.join(" ",
                    paths.stream().map(Path::toString).toList()), listener);
        }
        progress.clear();
        if (!quiet) {
            double s = progress.seconds();
            err.printf(Locale.ROOT, "marsad ingest: %,d read: %,d added, %,d exact duplicates, %,d near duplicates, "
                            + "%,d already stored, %,d skipped, in %s (%.1f articles/s) into %s%n", r.read(), r.added(),
                    r.exactDuplicates(), r.nearDuplicates(), r.alreadyStored(), r.skipped(), Progress.duration(s),
                    r.read() / Math.max(s, 1e-3), where);
        }
        return r.skipped() > 0 ? Main.EXIT_SKIPPED : 0;
    }
}
