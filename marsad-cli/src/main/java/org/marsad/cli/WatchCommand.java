package org.marsad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.store.Alert;
import org.marsad.store.Store;
import org.marsad.store.WatchRule;
import org.marsad.store.Webhook;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Watch rules: which coded events raise alerts. A rule is a small YAML file (see rules/ and the",
                "README): actors, sources, targets, dyads, roots, codes, quad_class, places, keywords, min_sources,",
                "include_negated, webhook. Alerts are raised as articles are ingested, one per story (clustered",
                "event) and rule; 'marsad alerts' lists them."},
        subcommands = {WatchCommand.Add.class, WatchCommand.ListRules.class, WatchCommand.Test.class,
                WatchCommand.Remove.class})
final class WatchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static WatchRule read(Path file) throws IOException {
        return WatchRule.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Store rules in the database (a rule of the same name is replaced). Alerts are raised for",
                    "articles ingested from then on; 'marsad recluster' also raises them over the stored corpus."})
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", arity = "1..*", description = "YAML rule files.")
        List<Path> files = new ArrayList<>();

        @Mixin
        DbOption db;

        @Override
        public Integer call() throws IOException {
            PrintStream err = Io.stderr();
            List<WatchRule> rules = new ArrayList<>();
            for (Path f : files) {
                try {
                    rules.add(read(f));
                } catch (IllegalArgumentException e) {
                    err.println("marsad: " + e.getMessage());
                    return 2;
                }
            }
            try (Store store = db.open()) {
                for (WatchRule r : rules) {
                    boolean added = store.saveRule(r);
                    err.println("marsad watch: " + (added ? "added " : "replaced ") + r.name() + " (" + r.criteria() + ")");
                }
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The stored rules.")
    static final class ListRules implements Callable<Integer> {
        @Mixin
        DbOption db;

        @Option(names = "--yaml", description = "Print each rule's YAML as stored.")
        boolean yaml;

        @Override
        public Integer call() {
            PrintStream out = Io.stdout();
            try (Store store = db.open()) {
                List<WatchRule> rules = store.rules();
                for (WatchRule r : rules) {
                    if (yaml) {
                        out.println("# --- " + r.name());
                        out.println(r.yaml().stripTrailing());
                        continue;
                    }
                    out.println(r.name() + "\t" + r.title() + "\t" + r.criteria()
                            + (r.webhook() == null ? "" : "\twebhook " + r.webhook()));
                }
                if (rules.isEmpty()) {
                    Io.stderr().println("marsad watch: no rules (add one with 'marsad watch add FILE')");
                }
            }
            return 0;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = {"Runs a rule file over the stored corpus, without storing it, and shows what it would have",
                    "raised: each alert with its event, story counts, article id and evidence text."})
    static final class Test implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "A YAML rule file.")
        Path file;

        @Mixin
        DbOption db;

        @Option(names = "--limit", paramLabel = "N", description = "At most N alerts (default: ${DEFAULT-VALUE}).")
        int limit = 100;

        @Option(names = "--json", description = "One JSON object per alert.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            WatchRule rule;
            try {
                rule = read(file);
            } catch (IllegalArgumentException e) {
                Io.stderr().println("marsad: " + e.getMessage());
                return 2;
            }
            PrintStream out = Io.stdout();
            List<Alert> alerts;
            try (Store store = db.open()) {
                alerts = store.test(rule, limit);
            }
            ObjectMapper mapper = new ObjectMapper();
            for (Alert a : alerts) {
                if (json) {
                    out.println(mapper.writeValueAsString(Webhook.json(a)));
                } else {
                    AlertText.print(out, a);
                }
            }
            Io.stderr().printf("marsad watch test: rule %s would have raised %d alert%s%s%n", rule.name(), alerts.size(),
                    alerts.size() == 1 ? "" : "s", alerts.size() >= limit ? " (limit reached)" : "");
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes a stored rule and its alerts.")
    static final class Remove implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "The rule's name.")
        String name;

        @Mixin
        DbOption db;

        @Override
        public Integer call() {
            try (Store store = db.open()) {
                if (!store.removeRule(name)) {
                    Io.stderr().println("marsad: no rule named " + name);
                    return 1;
                }
            }
            Io.stderr().println("marsad watch: removed " + name);
            return 0;
        }
    }
}
