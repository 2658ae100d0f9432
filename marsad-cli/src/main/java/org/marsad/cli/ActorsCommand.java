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
        subcommands = {ActorsCommand.Lookup.class, ActorsCommand.Stats.class})
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
}
