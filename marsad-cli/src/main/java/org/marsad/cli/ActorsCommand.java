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
            description = {"Names no dictionary knows, found by the statistical recognizer across the stored corpus, likeliest new actors first: candidates for the dictionaries, to be reviewed before they are added.",
                    "Bare names and people named after a title with a country (the title gives their code) are merged by name (with or without the chain of بن) and ranked by frequency, by how often a title introduced them, by the cue words of their sentences (marsad/ner/suggest-cues.tsv: وزير، حكومة raise a name, لاعب، نادي، شركة lower it) and by how often they are part of another name (مطار الملك …، بن …: marsad/actors/not-a-person-after.tsv). Each comes with its counts, a sample sentence and a proposed code: the title's, else the codes named most often beside it."})
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
            Pipeline pipeline = Pipeline.load();
            try (org.marsad.store.Store store = db.open()) {
                ActorSuggestions suggestions = new ActorSuggestions(pipeline, org.marsad.ner.SuggestCues.load(),
                        id -> store.article(id).map(org.marsad.model.Article::text).orElse(""));
                // rows are fetched from two mentions up: one name's spellings (titled, with or without its
                // nasab) are summed before the threshold applies
                java.util.List<ActorSuggestions.Candidate> ranked = suggestions.rank(
                        store.unresolved(Math.min(2, minCount), Math.max(limit * 20, 1000)), types, minCount);
                if (ranked.isEmpty()) {
                    out.println("no unresolved name seen " + minCount + " times or more");
                }
                for (ActorSuggestions.Candidate c : ranked.subList(0, Math.min(limit, ranked.size()))) {
                    out.printf("%-28s %-4s %5d mentions (%d after a title) in %4d articles  score %5.1f  proposed code: %-8s (%s)%n",
                            c.name(), c.type, c.mentions, c.titled, c.articles, c.score(), c.proposal(), c.evidence());
                    out.printf("    cues %+.1f, code support %.2f, inside another name %.2f%n", c.cueScore, c.support(),
                            c.namedAfterShare);
                    if (c.spellings.size() > 1) {
                        out.printf("    spelled: %s%n", String.join(" / ", c.spellings.keySet()));
                    }
                    if (!c.samples.isEmpty()) {
                        org.marsad.store.Counts.Sample s = c.samples.get(0);
                        String sentence = suggestions.sentence(s).replace('\n', ' ');
                        out.printf("    e.g. %s: %s%n", s.articleId(),
                                sentence.length() > 200 ? sentence.substring(0, 200) + "…" : sentence);
                    }
                }
            }
            return 0;
        }
    }
}
