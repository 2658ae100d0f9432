package org.marsad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.marsad.store.Stats;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"What the store holds: articles (distinct stories), duplicates (exact copies from other",
                "sources and near-duplicate wire copies), events, mentions and quotes of the distinct stories,",
                "sources (outlets), and the range of publication dates."})
final class StatsCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Stats s;
        String where;
        try (Store store = db.open()) {
            s = store.stats();
            where = store.describe();
        }
        PrintStream out = Io.stdout();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode o = mapper.createObjectNode();
            o.put("database", where);
            o.put("articles", s.articles());
            o.put("duplicates", s.duplicates());
            o.put("exact_duplicates", s.exactDuplicates());
            o.put("near_duplicates", s.nearDuplicates());
            o.put("events", s.events());
            o.put("mentions", s.mentions());
            o.put("quotes", s.quotes());
            o.put("sources", s.sources());
            o.put("inputs", s.inputs());
            o.put("first_published", s.firstPublished() == null ? null : s.firstPublished().toString());
            o.put("last_published", s.lastPublished() == null ? null : s.lastPublished().toString());
            o.put("ingest_runs", s.runs());
            o.put("schema_version", s.schemaVersion());
            out.println(mapper.writeValueAsString(o));
            return 0;
        }
        out.println("database:    " + where + " (schema version " + s.schemaVersion() + ")");
        out.printf("articles:    %,d distinct stories%n", s.articles());
        out.printf("duplicates:  %,d (%,d exact copies from other sources, %,d near-duplicate copies)%n",
                s.duplicates(), s.exactDuplicates(), s.nearDuplicates());
        out.printf("events:      %,d%n", s.events());
        out.printf("mentions:    %,d%n", s.mentions());
        out.printf("quotes:      %,d%n", s.quotes());
        out.printf("sources:     %,d outlets, %,d input records%n", s.sources(), s.inputs());
        out.println("published:   " + (s.firstPublished() == null ? "-" : s.firstPublished() + " to " + s.lastPublished()));
        out.printf("ingest runs: %,d%n", s.runs());
        return 0;
    }
}
