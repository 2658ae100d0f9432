package org.marsad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.store.Alert;
import org.marsad.store.AlertFeed;
import org.marsad.store.Store;
import org.marsad.store.Webhook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = {"Alerts raised by the watch rules, newest first: one per story (clustered event) and rule,",
                "with the story's mentions, sources and articles, the article and the evidence text.",
                "--atom prints them as an Atom feed; --mark-read marks alerts read."})
final class AlertsCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Option(names = "--unread", description = "Only alerts not marked read.")
    boolean unread;

    @Option(names = "--mark-read", paramLabel = "ID", description = "Mark alert ID read (repeatable).")
    List<Long> markRead = new ArrayList<>();

    @Option(names = "--atom", description = "Print an Atom feed.")
    boolean atom;

    @Option(names = "--feed-url", paramLabel = "URL", description = "With --atom: the feed's own URL (its id and self link).")
    String feedUrl;

    @Option(names = "--json", description = "One JSON object per alert.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", description = "At most N alerts (default: ${DEFAULT-VALUE}).")
    int limit = 50;

    @Override
    public Integer call() throws Exception {
        PrintStream err = Io.stderr();
        try (Store store = db.open()) {
            if (!markRead.isEmpty()) {
                int status = 0;
                for (long id : markRead) {
                    if (store.markRead(id)) {
                        err.println("marsad alerts: #" + id + " marked read");
                    } else {
                        err.println("marsad: no alert #" + id);
                        status = 1;
                    }
                }
                return status;
            }
            List<Alert> alerts = store.alerts(unread, limit);
            if (atom) {
                AlertFeed.Info info = feedUrl == null ? AlertFeed.Info.DEFAULT
                        : new AlertFeed.Info("Marsad alerts", feedUrl, feedUrl);
                try (Writer w = Io.writer(null)) {
                    AlertFeed.write(alerts, info, w);
                    w.write('\n');
                }
                return 0;
            }
            PrintStream out = Io.stdout();
            ObjectMapper mapper = new ObjectMapper();
            for (Alert a : alerts) {
                if (json) {
                    out.println(mapper.writeValueAsString(Webhook.json(a)));
                } else {
                    AlertText.print(out, a);
                }
            }
            if (alerts.isEmpty() && !json) {
                err.println("marsad alerts: no " + (unread ? "unread " : "") + "alerts"
                        + (store.rules().isEmpty() ? " (no watch rules: add one with 'marsad watch add FILE')" : ""));
            }
        }
        return 0;
    }
}
