package org.marsad;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates ../shared (development data); tests that need it skip themselves with a clear message when it is absent. */
public final class SharedData {
    private SharedData() {
    }

    public static Path dir() {
        String p = System.getProperty("marsad.shared");
        Path dir = p != null ? Path.of(p) : Path.of("..", "..", "shared");
        if (!Files.isDirectory(dir)) {
            dir = Path.of("..", "shared");
        }
        return dir.toAbsolutePath().normalize();
    }

    /** The file under ../shared, or the test is skipped (not failed) when ../shared is not there. */
    public static Path require(String relative) {
        Path f = dir().resolve(relative);
        Assumptions.assumeTrue(Files.exists(f),
                "skipped: " + f + " not found (the ../shared development data is not beside this checkout)");
        return f;
    }
}
