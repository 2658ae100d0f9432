package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The SaudiNewsNet corpus under ../shared for the CLI's corpus tests, which skip with a message when it is absent. */
final class SaudiNewsNet {
    private SaudiNewsNet() {
    }

    static Path corpus() {
        Path gz = Path.of(System.getProperty("marsad.shared", "../../shared"), "data", "saudinewsnet", "articles.jsonl.gz");
        Assumptions.assumeTrue(Files.exists(gz), "skipped: " + gz + " not found (../shared is not beside this checkout)");
        return gz;
    }
}
