package org.marsad.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.Pipeline;
import org.marsad.store.Consistency;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks that the database is whole: every event, mention, quote, sentence and source record",
                "has its article, every article its sources and sentences, numbered rows have no gaps, events their",
                "stories, alerts their rules and stories, the full-text index holds exactly the stored articles",
                "(SQLite FTS5 or PostgreSQL), and, unless --quick, every article's spans lie inside its text and its",
                "index entry is the one its text makes. Prints one line per check; the exit status is 4 when one fails."})
final class CheckCommand implements Callable<Integer> {
    /** Exit status when a check failed. */
    static final int EXIT_INCONSISTENT = 4;

    @Mixin
    DbOption db;

    @Option(names = "--quick", description = "Only the whole-table checks, not the per-article ones.")
    boolean quick;

    @Override
    public Integer call() {
        PrintStream out = Io.stdout();
        String location = db.db != null ? db.db : System.getenv().getOrDefault("MARSAD_DB", Store.DEFAULT_FILE);
        if (!location.startsWith("jdbc:postgresql:") && !java.nio.file.Files.exists(
                java.nio.file.Path.of(location.startsWith("jdbc:sqlite:") ? location.substring(12) : location))) {
            Io.stderr().println("marsad: no such database: " + location); // opening it would create an empty one
            return 2;
        }
        long start = System.nanoTime();
        List<Consistency.Check> checks;
        String where;
        try (Store store = db.open()) {
            where = store.describe();
            checks = Consistency.check(store, quick ? null : Pipeline.load()::analyze, Pipeline.CODER_VERSION, quick);
        }
        long failed = checks.stream().filter(c -> !c.ok()).count();
        for (Consistency.Check c : checks) {
            out.println(c.ok() ? "ok    " + c.what()
                    : String.format(Locale.ROOT, "FAIL  %s: %,d row%s break%s it (e.g. %s)", c.what(), c.failures(),
                    c.failures() == 1 ? "" : "s", c.failures() == 1 ? "s" : "", c.example()));
        }
        out.printf(Locale.ROOT, "marsad check: %s: %d of %d checks passed in %.1f s%n", where, checks.size() - failed,
                checks.size(), (System.nanoTime() - start) / 1e9);
        return failed == 0 ? 0 : EXIT_INCONSISTENT;
    }
}
