package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.marsad.Pipeline;
import org.marsad.io.ArticleJson;
import org.marsad.model.Article;
import org.marsad.model.CodedArticle;
import org.marsad.model.Event;
import org.marsad.model.Quote;
import picocli.CommandLine.Command;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Code the bundled sample article (the seed: Putin's June 2024 visit to Pyongyang) and print",
                "what Marsad found: actors, events with their evidence, quotes."})
final class DemoCommand implements Callable<Integer> {
    @Override
    public Integer call() throws IOException {
        PrintStream out = Io.stdout();
        Pipeline pipeline = Pipeline.load();
        Article a;
        try (InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream("marsad/demo/seed-article.json")) {
            if (in == null) {
                throw new IllegalStateException("the demo article is missing from the jar");
            }
            a = ArticleJson.fromJson(new com.fasterxml.jackson.databind.ObjectMapper().readTree(in));
        }
        CodedArticle c = pipeline.code(a);
        out.printf("Article %s (%s): %d sentences, %d actor mentions, %d events, %d quotes%n%n", a.id(), a.published(),
                c.sentences().size(), c.mentions().size(), c.events().size(), c.quotes().size());
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
        return 0;
    }
}
