package org.marsad.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.marsad.Pipeline;
import org.marsad.actors.ActorEntry;
import org.marsad.actors.ActorKind;
import org.marsad.actors.ActorMention;
import org.marsad.text.AnalyzedText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "actors", mixinStandardHelpOptions = true, description = "Inspect the actor dictionary.",
        subcommands = {ActorsCommand.Lookup.class, ActorsCommand.Stats.class, ActorsCommand.Suggest.class})
final class ActorsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "lookup", mixinStandardHelpOptions = true,
            description = "Show the actors recognized in an Arabic text, with code, dictionary entry and why.")
    static final class Lookup implements Callable<Integer> {
        @Parameters(paramLabel = "TEXT", description = "Arabic text, e.g. \"الرئيس الروسي فلاديمير بوتين\".")
        String text;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The article date: roles depend on it (default: today).")
        LocalDate date;

        @Override
        public Integer call() {
            Pipeline p = Pipeline.load();
            PrintStream out = Io.stdout();
            AnalyzedText t = p.analyze(text);
            LocalDate d = date == null ? LocalDate.now() : date;
            int n = 0;
            for (ActorMention m : p.mentions(t, d)) {
                n++;
                out.printf("[%d,%d) %s  →  %s  (%s; %s; %s; %s)%n", m.span().start(), m.span().end(), m.span().of(text),
                        m.form() == ActorMention.Form.AGENT_ONLY ? "role " + m.code() + ", no country" : m.code(),
                        m.nameEn(), m.type(), m.why(), m.entry().id());
            }
            if (n == 0) {
                out.println("no actor recognized");
            }
            return 0;
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true, description = "Count dictionary entries and names by kind.")
    static final class Stats implements Callable<Integer> {
        @Override
        public Integer call() {
            long t0 = System.nanoTime();
            Pipeline p = Pipeline.load();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            PrintStream out = Io.stdout();
            Map<String, Integer> entries = new TreeMap<>();
            for (ActorEntry e : p.actors().entries().values()) {
                String file = e.id().substring(0, e.id().indexOf(':'));
                entries.merge(file, 1, Integer::sum);
            }
            out.println("entries by file:");
            entries.forEach((k, v) -> out.printf("  %-15s %6d%n", k, v));
            out.println("names (spellings and inflections) by kind:");
            for (ActorKind k : ActorKind.values()) {
                out.printf("  %-15s %6d%n", k.name().toLowerCase(java.util.Locale.ROOT),
                        p.actors().nameCounts().getOrDefault(k, 0));
            }
            out.printf("event patterns: %d%n", p.patterns().size());
            out.printf("all dictionaries loaded in %d ms%n", ms);
            return 0;
        }
    }

    @Command(name = "suggest", mixinStandardHelpOptions = true,
            description = {"Names the statistical recognizer found across the stored corpus that no dictionary knows, most frequent first, with counts, a sample sentence and a proposed code (the actor codes named most often in the same sentences): candidates for the dictionaries, to be reviewed before they are added."})
    static final class Suggest implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        DbOption db;

        @Option(names = "--min-count", paramLabel = "N", description = "Only names seen at least N times (default: ${DEFAULT-VALUE}).")
        int minCount = 3;

        @Option(names = "--limit", paramLabel = "N", description = "At most N names (default: ${DEFAULT-VALUE}).")
        int limit = 50;

        @Option(names = "--types", paramLabel = "T,T", split = ",",
                description = "Entity types to list (default: ${DEFAULT-VALUE}; LOC names are places, not actors).")
        java.util.List<String> types = java.util.List.of("PERS", "ORG");

        @Override
        public Integer call() {
            PrintStream out = Io.stdout();
            try (org.marsad.store.Store store = db.open()) {
                java.util.List<org.marsad.store.Counts.Unresolved> names = new java.util.ArrayList<>();
                for (org.marsad.store.Counts.Unresolved u : store.unresolved(minCount, limit * 10)) {
                    // a person is named by at least two words in news; one-word "persons" are mostly tagging noise
                    boolean plausible = u.type().equals("PERS") ? u.text().strip().contains(" ")
                            : org.marsad.text.ArabicNormalizer.normalize(u.text()).length() >= 3;
                    if (types.contains(u.type()) && plausible && names.size() < limit) {
                        names.add(u);
                    }
                }
                if (names.isEmpty()) {
                    out.println("no unresolved name seen " + minCount + " times or more");
                }
                for (org.marsad.store.Counts.Unresolved u : names) {
                    String proposal = u.cooccurringCodes() == null || u.cooccurringCodes().isEmpty() ? "?"
                            : u.cooccurringCodes().split("×")[0];
                    out.printf("%-30s %-4s %5d mentions in %4d articles   proposed code: %-8s (near: %s)%n", u.text(),
                            u.type(), u.mentions(), u.articles(), proposal, u.cooccurringCodes());
                    String sentence = store.article(u.sampleArticle()).map(a -> {
                        int from = Math.max(0, Math.min(u.sampleStart(), a.text().length()));
                        int to = Math.max(from, Math.min(u.sampleEnd(), a.text().length()));
                        return a.text().substring(from, to).replace('\n', ' ');
                    }).orElse("");
                    out.printf("    e.g. %s: %s%n", u.sampleArticle(),
                            sentence.length() > 200 ? sentence.substring(0, 200) + "…" : sentence);
                }
            }
            return 0;
        }
    }
}
