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
                    "Bare names and people named after a title with a country (the title gives their code) are merged by name and ranked by frequency, by how often a title introduced them, and by the cue words of their sentences (marsad/ner/suggest-cues.tsv: وزير، حكومة raise a name, لاعب، نادي، شركة lower it). Each comes with its counts, a sample sentence and a proposed code: the title's, else the codes named most often beside it."})
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
            org.marsad.ner.SuggestCues cues = org.marsad.ner.SuggestCues.load();
            try (org.marsad.store.Store store = db.open()) {
                // titled mentions are stored with their title (وزير الخارجية التشيكي لوبومير زاوراليك): one row per
                // wording, so rows are fetched from two mentions up and merged by name here
                java.util.Map<String, Candidate> byName = new java.util.LinkedHashMap<>();
                for (org.marsad.store.Counts.Unresolved u : store.unresolved(Math.min(2, minCount), Math.max(limit * 20, 1000))) {
                    if (!types.contains(u.type())) {
                        continue;
                    }
                    String name = u.code() == null ? u.text().strip() : nameAfterTitle(pipeline, u.text());
                    if (org.marsad.text.ArabicNormalizer.normalize(name).length() >= 3) {
                        byName.computeIfAbsent(org.marsad.text.ArabicNormalizer.normalize(name), k -> new Candidate(name, u.type()))
                                .add(u);
                    }
                }
                java.util.List<Candidate> ranked = new java.util.ArrayList<>();
                for (Candidate c : byName.values()) {
                    // a person is named by at least two words in news unless a title introduced them; one-word
                    // "persons" are mostly tagging noise
                    boolean plausible = !c.type.equals("PERS") || c.titled > 0 || c.name.contains(" ");
                    if (c.mentions >= minCount && plausible) {
                        c.cueScore = cues.score(pipeline.analyze(sentence(store, c.sample)).tokens());
                        ranked.add(c);
                    }
                }
                ranked.sort(java.util.Comparator.comparingDouble(Candidate::score).reversed()
                        .thenComparing(c -> c.name));
                if (ranked.isEmpty()) {
                    out.println("no unresolved name seen " + minCount + " times or more");
                }
                for (Candidate c : ranked.subList(0, Math.min(limit, ranked.size()))) {
                    out.printf("%-28s %-4s %5d mentions (%d after a title) in %4d articles  score %5.1f  proposed code: %-8s (%s)%n",
                            c.name, c.type, c.mentions, c.titled, c.articles, c.score(), c.proposal(),
                            c.titleCodes.isEmpty() ? "near: " + c.sample.cooccurringCodes() : "title: " + c.titleCodes);
                    String sentence = sentence(store, c.sample).replace('\n', ' ');
                    out.printf("    e.g. %s: %s%n", c.sample.sampleArticle(),
                            sentence.length() > 200 ? sentence.substring(0, 200) + "…" : sentence);
                }
            }
            return 0;
        }

        /** The name in a titled mention: what follows the dictionary mentions (the title, its country) at its start. */
        private static String nameAfterTitle(Pipeline pipeline, String text) {
            int end = 0;
            for (ActorMention m : pipeline.mentions(pipeline.analyze(text), LocalDate.now())) {
                if (m.span().start() <= end + 1) {
                    end = Math.max(end, m.span().end());
                }
            }
            return text.substring(end).strip();
        }

        private static String sentence(org.marsad.store.Store store, org.marsad.store.Counts.Unresolved u) {
            return store.article(u.sampleArticle()).map(a -> {
                int from = Math.max(0, Math.min(u.sampleStart(), a.text().length()));
                int to = Math.max(from, Math.min(u.sampleEnd(), a.text().length()));
                return a.text().substring(from, to);
            }).orElse("");
        }

        /** One name with the stored rows that spell it, with or without a title. */
        private static final class Candidate {
            final String name;
            final String type;
            long mentions;
            long articles;
            long titled;
            int cueScore;
            org.marsad.store.Counts.Unresolved sample;
            final Map<String, Long> titleCodes = new TreeMap<>();

            Candidate(String name, String type) {
                this.name = name;
                this.type = type;
            }

            void add(org.marsad.store.Counts.Unresolved u) {
                mentions += u.mentions();
                articles += u.articles(); // an upper bound when one article spells the name two ways
                if (u.code() != null) {
                    titled += u.mentions();
                    titleCodes.merge(u.code(), u.mentions(), Long::sum);
                }
                // the sample sentence: preferably one with a title, which says who the person is
                if (sample == null || sample.code() == null && u.code() != null) {
                    sample = u;
                }
            }

            /**
             * Frequency (log: a footballer named 500 times is not 100 times likelier an actor than a minister
             * named 5 times), plus the share of mentions a title with a country introduced, plus the cue
             * words of the sample sentence (capped, so one sentence cannot outweigh the rest).
             */
            double score() {
                return Math.log(1 + mentions) / Math.log(2) + 4.0 * titled / mentions + Math.max(-4, Math.min(4, cueScore));
            }

            String proposal() {
                if (!titleCodes.isEmpty()) {
                    return titleCodes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                }
                String near = sample.cooccurringCodes();
                return near == null || near.isEmpty() ? "?" : near.split("×")[0];
            }
        }
    }
}
