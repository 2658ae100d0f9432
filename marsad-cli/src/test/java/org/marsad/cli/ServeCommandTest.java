package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad demo --no-serve} and {@code marsad serve} as a user runs them, in child processes. */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void demoWithoutServingFinishesThenServeAnswersUntilStopped() throws Exception {
        ChildMarsad.Result demo = ChildMarsad.run(dir, "demo", "--no-serve", "--db", "demo.db");
        assertEquals(0, demo.status(), demo.err());
        assertTrue(demo.out().contains("Events:"), demo.out());
        assertFalse(demo.out().contains("serving"), demo.out());
        assertTrue(Files.exists(dir.resolve("demo.db")));

        Process p = ChildMarsad.builder(dir, "serve", "--db", "demo.db", "--port", "0")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertNotNull(line, "serve printed nothing");
            Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(line);
            assertTrue(m.find(), line);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(m.group(0) + "health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            HttpResponse<String> stats = http.send(HttpRequest.newBuilder(URI.create(m.group(0) + "api/stats")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(stats.body().contains("\"articles\":1"), stats.body());
        } finally {
            p.destroy(); // SIGTERM: the shutdown hook stops the server and closes the store
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "serve did not stop");
        }
    }

    @Test
    void aBadPortIsBadUsage() throws Exception {
        ChildMarsad.Result r = ChildMarsad.run(dir, "serve", "--db", "x.db", "--port", "70000");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--port"), r.err());
    }
}
