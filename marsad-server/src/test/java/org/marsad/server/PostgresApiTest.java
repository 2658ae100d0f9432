package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.PostgresServer;
import org.marsad.store.Store;

/**
 * The API over PostgreSQL answers exactly what it answers over SQLite, for the same articles: one server on
 * each, the same requests, the same JSON (a real PostgreSQL server; skipped with a message without one).
 */
class PostgresApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    static Store sqlite;
    static Store postgres;
    static MarsadServer onSqlite;
    static MarsadServer onPostgres;

    @BeforeAll
    static void start() throws Exception {
        String url = PostgresServer.get().newDatabase();
        List<org.marsad.model.Article> articles = List.of(TestStore.seed(), TestStore.xss());
        sqlite = Store.open(dir.resolve("same.db").toString());
        TestStore.ingest(sqlite, articles);
        postgres = Store.open(url);
        TestStore.ingest(postgres, articles);
        onSqlite = new MarsadServer(sqlite, TestStore.pipeline(), null).start("127.0.0.1", 0);
        onPostgres = new MarsadServer(postgres, TestStore.pipeline(), null).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {onSqlite, onPostgres, sqlite, postgres}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // closing after the tests
            }
        }
    }

    static JsonNode get(MarsadServer s, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        JsonNode n = JSON.readTree(r.body());
        if (n.has("hits")) {
            // bm25 and ts_rank differ in scale and may order equally good hits differently: compare the hits as a set
            List<JsonNode> hits = new java.util.ArrayList<>();
            n.get("hits").forEach(h -> hits.add(((ObjectNode) h).without("score")));
            hits.sort(java.util.Comparator.comparing(h -> h.get("article_id").asText()));
            ((ObjectNode) n).set("hits", JSON.valueToTree(hits));
        }
        return n;
    }

    @Test
    void sameAnswersFromBothStores() throws Exception {
        String kor = "%D9%83%D9%88%D8%B1%D9%8A%D8%A7"; // كوريا
        for (String path : new String[] {"/api/stats", "/api/events?size=500", "/api/events?sort=goldstein&size=5&page=2",
                "/api/events?actor=RUS&quad=1&from=2024-06-01&to=2024-06-30", "/api/events?q=" + kor + "&sort=-code",
                "/api/events?place=ukraine", "/api/events?outlet=test-outlet", "/api/articles", "/api/articles?actor=USA",
                "/api/articles/" + TestStore.SEED_ID, "/api/actors", "/api/actors/RUS", "/api/dyads/RUS/PRK?interval=week",
                "/api/network", "/api/places", "/api/search?q=" + kor}) {
            JsonNode a = get(onSqlite, path);
            JsonNode b = get(onPostgres, path);
            if (path.equals("/api/stats")) {
                ((ObjectNode) a).remove("schema_version");
                ((ObjectNode) b).remove("schema_version");
            }
            assertEquals(a, b, path);
        }
        assertTrue(get(onPostgres, "/api/events").get("total").asInt() > 10);
    }
}
