package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.Store;

/**
 * The server under attack, on a real SQLite file of real coded articles. SQL injection and XSS attempts go
 * through every parameter of every read operation the OpenAPI document ({@code /openapi.json}) lists, so a
 * parameter added there is attacked too; oversized headers and URLs, stalled connections, TRACE and broken bodies
 * get an error status, never a stack trace, and every response carries the security headers.
 */
class HardeningTest {
    static final String TOKEN = "hardening-token-51e2";
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> ATTACKS = List.of(
            "' OR '1'='1", "RUS' OR 1=1 --", "1; DROP TABLE events; --", "\") OR 1=1 --",
            "x' UNION SELECT name, sql FROM sqlite_master --", "'; SELECT pg_sleep(5); --", "%' OR 'a' LIKE '%",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
            "</script><svg onload=alert(1)>", "../../../../etc/passwd", "\u202Eevil\u0000", "9".repeat(600));
    /** What a stack trace or a database error looks like in a response body. */
    static final List<String> LEAKS = List.of("Exception", "\tat ", "at org.", "at java.", "SQLITE_", "SQLException",
            "syntax error", "PSQLException", "org.marsad.", "java.lang");

    @TempDir
    static Path dir;
    static Store store;
    static MarsadServer server;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(TestStore.build(dir.resolve("hardening.db")).toString());
        server = new MarsadServer(store, TestStore.pipeline(), TOKEN).start("127.0.0.1", 0, Duration.ofSeconds(2));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)));
    }

    static void safe(HttpResponse<String> r, String what) {
        assertTrue(r.statusCode() < 500, what + ": status " + r.statusCode() + " " + r.body());
        for (String leak : LEAKS) {
            assertFalse(r.body().contains(leak), what + ": the body leaks '" + leak + "': " + abbreviate(r.body()));
        }
        assertEquals(MarsadServer.CSP, r.headers().firstValue("Content-Security-Policy").orElse(null), what);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), what);
        assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), what);
        String type = r.headers().firstValue("Content-Type").orElse("");
        assertFalse(type.startsWith("text/html"), what + ": an API answer as HTML");
    }

    static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** Each read operation of the API document: its path and its parameters (name, where). */
    record Operation(String path, List<String[]> parameters) {
    }

    static List<Operation> operations() throws Exception {
        JsonNode doc = JSON.readTree(get("/openapi.json").body());
        List<Operation> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            JsonNode op = p.getValue().get("get");
            if (op == null) {
                continue;
            }
            List<String[]> params = new ArrayList<>();
            for (JsonNode param : op.path("parameters")) {
                if (param.has("$ref")) {
                    String ref = param.get("$ref").asText();
                    param = doc.at(ref.substring(1)); // "#/components/parameters/actor" -> /components/parameters/actor
                }
                params.add(new String[] {param.get("name").asText(), param.get("in").asText()});
            }
            out.add(new Operation(p.getKey(), params));
        }
        return out;
    }

    /** The path with every path parameter filled: {@code attacked} gets {@code value}, the others a real one. */
    static String fill(String path, String attacked, String value) {
        Map<String, String> real = Map.of("id", TestStore.SEED_ID, "code", "RUS", "a", "RUS", "b", "PRK");
        for (Map.Entry<String, String> e : real.entrySet()) {
            String v = e.getKey().equals(attacked) ? value : e.getValue();
            path = path.replace("{" + e.getKey() + "}", URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return path;
    }

    @Test
    void injectionAndScriptsThroughEveryParameterOfEveryOperation() throws Exception {
        String statsBefore = get("/api/stats").body();
        List<Operation> ops = operations();
        assertTrue(ops.size() >= 10, "the API document lists " + ops.size() + " read operations");
        int requests = 0;
        for (Operation op : ops) {
            for (String[] param : op.parameters()) {
                for (String attack : ATTACKS) {
                    String what = "GET " + op.path() + " " + param[0] + "=" + abbreviate(attack);
                    String url = param[1].equals("path") ? fill(op.path(), param[0], attack)
                            : fill(op.path(), "", "") + "?" + param[0] + "=" + URLEncoder.encode(attack, StandardCharsets.UTF_8);
                    HttpResponse<String> r = get(url);
                    requests++;
                    safe(r, what);
                    assertTrue(Set.of(200, 400, 404).contains(r.statusCode()), what + ": " + r.statusCode());
                    String type = r.headers().firstValue("Content-Type").orElse("");
                    if (type.startsWith("application/json")) {
                        JSON.readTree(r.body()); // whatever it echoes, it echoes inside JSON strings
                    }
                    if (r.statusCode() == 200 && (attack.contains("OR") || attack.contains("UNION"))
                            && !param[0].equals("q") && type.startsWith("application/json")) {
                        // an injected condition that "worked" would widen the answer: a filter value that matches
                        // nothing must give nothing
                        JsonNode n = JSON.readTree(r.body());
                        assertTrue(n.path("total").asLong(0) == 0 && n.path("events").size() == 0, what + ": " + abbreviate(r.body()));
                    }
                }
            }
        }
        assertEquals(statsBefore, get("/api/stats").body(), "the attacks changed the database");
        System.out.println("HardeningTest: " + requests + " attack requests over " + ops.size() + " operations");
    }

    @Test
    void oversizedHeadersAndUrlsAreRefusedPlainly() throws Exception {
        HttpResponse<String> longUrl = get("/api/events?q=" + "ب".repeat(20_000));
        assertTrue(longUrl.statusCode() == 414 || longUrl.statusCode() == 431 || longUrl.statusCode() == 400,
                "status " + longUrl.statusCode());
        assertFalse(longUrl.body().contains("Exception"), longUrl.body());
        HttpResponse<String> bigHeader = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/stats"))
                .header("X-Filler", "x".repeat(64 * 1024)));
        assertEquals(431, bigHeader.statusCode());
        assertFalse(bigHeader.body().contains("Exception"), bigHeader.body());
    }

    @Test
    void brokenBodiesAndUnknownMethodsGetJsonErrors() throws Exception {
        String base = "http://127.0.0.1:" + server.port();
        for (String body : List.of("{", "[1,2", "{\"text\": 5}", "\u0000\u0001", "{\"text\": \"" + "ا".repeat(10) + "\", \"published\": \"not a date\"}")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            safe(r, "POST " + body);
            assertEquals(400, r.statusCode(), body + ": " + r.body());
            assertEquals(400, JSON.readTree(r.body()).get("status").asInt());
        }
        HttpResponse<String> trace = send(HttpRequest.newBuilder(URI.create(base + "/api/stats"))
                .method("TRACE", HttpRequest.BodyPublishers.noBody()).header("X-Secret", "echo-me"));
        assertTrue(trace.statusCode() == 405 || trace.statusCode() == 404, "TRACE: " + trace.statusCode());
        assertFalse(trace.body().contains("echo-me"), "TRACE echoed the request");
        safe(get("/api/nothing/here"), "an unknown path");
        safe(get("/api/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd"), "a traversal id");
    }

    @Test
    void aStalledConnectionIsClosedAfterTheIdleTimeout() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (Socket s = new Socket("127.0.0.1", server.port())) {
                OutputStream out = s.getOutputStream();
                out.write("GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII)); // never finished
                out.flush();
                long start = System.nanoTime();
                InputStream in = s.getInputStream();
                while (in.read() >= 0) {
                    // the server may answer (408) before closing; either way it must close
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                assertTrue(seconds < 20, "closed after " + seconds + " s");
            }
        });
    }
}
