package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.Store;

/** Event queries and dyad series on reader connections answer as on the one store, also many at once. */
class ReaderConnectionsTest {
    private static final List<String> PATHS = List.of("/api/events?actor=RUS", "/api/events?root=04&sort=-day",
            "/api/dyads/RUS/PRK?interval=month", "/api/dyads/PRK/RUS?interval=day&from=2024-01-01&to=2024-12-31");

    @Test
    void readersAnswerAsTheStoreDoesWithRequestsInParallel(@TempDir Path dir) throws Exception {
        Path db = TestStore.build(dir.resolve("readers.db"));
        HttpClient http = HttpClient.newHttpClient();
        try (Store store = Store.open(db.toString()); Store other = Store.open(db.toString())) {
            List<Store> readers = List.of(Store.open(db.toString()), Store.open(db.toString()));
            MarsadServer single = new MarsadServer(store, TestStore.pipeline(), null).start("127.0.0.1", 0);
            MarsadServer pooled = new MarsadServer(other, readers, TestStore.pipeline(), null).start("127.0.0.1", 0);
            try {
                List<String> expected = new ArrayList<>();
                for (String p : PATHS) {
                    HttpResponse<String> r = get(http, single, p);
                    assertEquals(200, r.statusCode(), p + ": " + r.body());
                    expected.add(r.body());
                }
                List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    inFlight.add(http.sendAsync(request(pooled, PATHS.get(i % PATHS.size())),
                            HttpResponse.BodyHandlers.ofString()));
                }
                for (int i = 0; i < inFlight.size(); i++) {
                    HttpResponse<String> r = inFlight.get(i).get();
                    assertEquals(200, r.statusCode());
                    assertEquals(expected.get(i % PATHS.size()), r.body(), PATHS.get(i % PATHS.size()));
                }
            } finally {
                single.close();
                pooled.close(); // closes its readers
            }
        }
    }

    private static HttpRequest request(MarsadServer s, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path)).build();
    }

    private static HttpResponse<String> get(HttpClient http, MarsadServer s, String path) throws Exception {
        return http.send(request(s, path), HttpResponse.BodyHandlers.ofString());
    }
}
