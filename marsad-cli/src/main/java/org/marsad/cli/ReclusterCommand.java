package org.marsad.cli;

import java.util.concurrent.Callable;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "recluster", mixinStandardHelpOptions = true,
        description = {"Recomputes the stories (clustered events: the reports of one event across articles, whose",
                "counts are GDELT's NumMentions, NumSources and NumArticles) over every stored event, and the",
                "alerts the stored watch rules call for; alerts raised before keep their read state. For a",
                "database from before stories, or after adding rules, to apply them to the stored corpus."})
final class ReclusterCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        try (Store store = db.open()) {
            long n = store.recluster();
            Io.stderr().printf(java.util.Locale.ROOT, "marsad recluster: %,d articles in %.1f s; %,d alerts%n", n,
                    (System.nanoTime() - start) / 1e9, store.alerts(false, Integer.MAX_VALUE).size());
        }
        return 0;
    }
}
