package org.marsad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.Pipeline;
import org.marsad.store.Filter;
import org.marsad.store.FullText;
import org.marsad.store.SearchHit;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Full-text search of stored articles, best first, with a snippet of each.",
                "Words are normalized and stripped of clitics as articles are, so مفاوضات finds وبالمفاوضات;",
                "names are matched as written (بوتين, كوريا). Every word must match. Snippets are the article's own",
                "text with the matched words in [brackets] (with --json: plain text plus highlight offsets)."})
final class SearchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "QUERY", description = "Arabic words to find.")
    String query;

    @Mixin
    DbOption db;

    @Option(names = "--actor", paramLabel = "CODE", description = "Only articles with an event whose source or target code starts with CODE (RUS, IGOUNO).")
    String actor;

    @Option(names = "--root", paramLabel = "ROOT", description = "Only articles with an event of this CAMEO root (19).")
    String root;

    @Option(names = "--code", paramLabel = "CODE", description = "Only articles with an event whose CAMEO code starts with CODE (057).")
    String code;

    @Option(names = "--from", paramLabel = "DATE", description = "Published on or after DATE (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Published on or before DATE.")
    LocalDate to;

    @Option(names = "--limit", paramLabel = "N", description = "At most N articles (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Option(names = "--include-duplicates", description = "Also list near-duplicate copies of a story.")
    boolean duplicates;

    @Option(names = "--json", description = "Print one JSON object: the query and its hits.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Pipeline pipeline = Pipeline.load();
        FullText.Query q = FullText.Query.parse(query, pipeline::analyze);
        Filter filter = new Filter(actor, null, null, root, code, from, to, null, duplicates);
        List<SearchHit> hits;
        String where;
        try (Store store = db.open()) {
            where = store.describe();
            hits = store.search(q, filter, limit);
        }
        PrintStream out = Io.stdout();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode o = org.marsad.store.SearchJson.hits(mapper, query, q, hits, pipeline::analyze);
            out.println(mapper.writeValueAsString(o));
            return 0;
        }
        if (q.isEmpty()) {
            Io.stderr().println("marsad: the query has no words to search for");
            return 2;
        }
        if (hits.isEmpty()) {
            out.println("no articles match in " + where);
            return 0;
        }
        int i = 0;
        for (SearchHit h : hits) {
            FullText.Snippet s = FullText.snippet(pipeline.analyze(h.text()), q, 240);
            out.printf(Locale.ROOT, "%d. %s  %s  %s  (score %.2f)%s%n", ++i, h.articleId(),
                    h.published() == null ? "-" : h.published(), h.source() == null ? "-" : h.source(), h.score(),
                    h.duplicateOf() == null ? "" : "  copy of " + h.duplicateOf());
            if (h.title() != null) {
                out.println("   " + h.title());
            }
            out.println("   " + s.bracketed().replaceAll("\\s+", " "));
        }
        return 0;
    }
}
