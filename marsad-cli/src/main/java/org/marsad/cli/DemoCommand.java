package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.marsad.Pipeline;
import org.marsad.io.ArticleJson;
import org.marsad.model.Article;
import org.marsad.model.CodedArticle;
import org.marsad.model.Event;
import org.marsad.model.Quote;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Marsad's main job on the embedded default, on the bundled sample article (the seed: Putin's June 2024 visit to Pyongyang): ingests it into a fresh embedded database (SQLite, one file, no server), prints the database's counts, then the events Marsad coded with their evidence, and the quotes."})
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE", description = "The demo database file, created afresh (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("marsad-demo.db");

    @Option(names = "--serve", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Then serve the demo database (web UI and API) until stopped (default: ${DEFAULT-VALUE}; "
                    + "--no-serve to only print).")
    boolean serve = true;

    @Option(names = "--port", paramLabel = "PORT", description = "Port of the served UI (default: ${DEFAULT-VALUE}).")
    int port = 8080;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintStream out = Io.stdout();
        Path article = Files.createTempFile("marsad-demo-", ".json");
        try {
            try (InputStream in = resource()) {
                Files.copy(in, article, StandardCopyOption.REPLACE_EXISTING);
            }
            // the database, its full-text index file (SqliteStore.indexFile) and SQLite's journals of both
            for (String suffix : new String[] {"", "-wal", "-shm", "-fts", "-fts-wal", "-fts-shm"}) {
                Files.deleteIfExists(Path.of(db + suffix));
            }
            out.println("== ingest into " + db + " (embedded SQLite)");
            CommandLine cli = new CommandLine(new Main());
            int status = cli.execute("ingest", "--db", db.toString(), article.toString());
            if (status != 0) {
                return status;
            }
            out.println();
            out.println("== stats");
            cli.execute("stats", "--db", db.toString());
        } finally {
            Files.deleteIfExists(article);
        }
        Article a;
        try (InputStream in = resource()) {
            a = ArticleJson.fromJson(new com.fasterxml.jackson.databind.ObjectMapper().readTree(in));
        }
        CodedArticle c = Pipeline.load().code(a);
        out.printf("%n== article %s (%s): %d sentences, %d actor mentions, %d events, %d quotes%n%n", a.id(),
                a.published(), c.sentences().size(), c.mentions().size(), c.events().size(), c.quotes().size());
        out.println("Events:");
        for (Event e : c.events()) {
            out.println("  " + e.summary());
            out.println("      evidence: " + e.evidence().of(a.text()).replace('\n', ' '));
        }
        out.println();
        out.println("Quotes:");
        for (Quote q : c.quotes()) {
            out.printf("  %s: «%s»%n", q.speaker() == null ? "(unknown speaker)" : q.speaker().name(),
                    q.span().of(a.text()).replace('\n', ' '));
        }
        out.printf("%nNext: ./marsad search \"كوريا\" --db %s ; ./marsad export --format gdelt --db %s%n", db, db);
        if (!serve) {
            return 0;
        }
        out.println();
        out.println("== web UI (the article reader, events, dyad timeline, network, map, search)");
        return ServeCommand.serve(org.marsad.store.Store.open(db.toString()), "127.0.0.1", port,
                System.getenv("MARSAD_TOKEN"));
    }

    private static InputStream resource() {
        InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream("marsad/demo/seed-article.json");
        if (in == null) {
            throw new IllegalStateException("the demo article is missing from the jar");
        }
        return in;
    }
}
