package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Event;
import org.marsad.store.EventRow;
import org.marsad.store.EventSort;
import org.marsad.store.Filter;
import org.marsad.store.Store;

/** Every endpoint against a real SQLite file built by ingesting real articles with the real coder. */
class ApiTest {
    static final String TOKEN = "test-token-7f3a9c";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Store store;
    static MarsadServer server;
    static Store readOnlyStore;
    static MarsadServer readOnly;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        Path db = TestStore.build(dir.resolve("api.db"));
        store = Store.open(db.toString());
        server = new MarsadServer(store, TestStore.pipeline(), TOKEN).start("127.0.0.1", 0);
        readOnlyStore = Store.open(db.toString());
        readOnly = new MarsadServer(readOnlyStore, TestStore.pipeline(), null).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        readOnly.close();
        store.close();
        readOnlyStore.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode ok(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
        return JSON.readTree(r.body());
    }

    static void bad(String path, String messagePart) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(400, r.statusCode(), path + ": " + r.body());
        JsonNode n = JSON.readTree(r.body());
        assertEquals(400, n.get("status").asInt());
        assertTrue(n.get("error").asText().contains(messagePart), path + ": " + n);
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), "no stack trace: " + r.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void healthAndStats() throws Exception {
        JsonNode h = ok("/health");
        assertEquals("ok", h.get("status").asText());
        assertTrue(h.get("writes").asBoolean());
        JsonNode s = ok("/api/stats");
        assertEquals(2, s.get("articles").asInt());
        assertTrue(s.get("events").asInt() >= 10, s.toString());
        assertEquals("2024-07-01", s.get("last_published").asText());
    }

    @Test
    void eventsAreFilteredPagedAndSorted() throws Exception {
        JsonNode all = ok("/api/events?size=500");
        int total = all.get("total").asInt();
        assertEquals(total, all.get("items").size());
        JsonNode dyad = ok("/api/events?source=RUS&target=PRK&root=05&from=2024-01-01&to=2024-12-31&size=100");
        assertTrue(dyad.get("total").asInt() >= 1, dyad.toString());
        for (JsonNode e : dyad.get("items")) {
            assertTrue(e.get("source").get("code").asText().startsWith("RUS"));
            assertTrue(e.get("target").get("code").asText().startsWith("PRK"));
            assertEquals("05", e.get("cameo_root").asText());
            assertNotNull(e.get("cameo_name").asText(null), e.toString());
        }
        JsonNode p1 = ok("/api/events?size=2&page=1&sort=goldstein");
        JsonNode p2 = ok("/api/events?size=2&page=2&sort=goldstein");
        assertEquals(2, p1.get("items").size());
        assertTrue(p1.get("items").get(1).get("goldstein").asDouble() <= p2.get("items").get(0).get("goldstein").asDouble());
        Set<String> ids = new HashSet<>();
        p1.get("items").forEach(e -> ids.add(e.get("id").asText()));
        p2.get("items").forEach(e -> assertFalse(ids.contains(e.get("id").asText()), "pages overlap"));
        JsonNode conflict = ok("/api/events?quad=3&size=100");
        conflict.get("items").forEach(e -> assertEquals(3, e.get("quad_class").asInt()));
        JsonNode outlet = ok("/api/events?outlet=test-outlet&size=100");
        outlet.get("items").forEach(e -> assertEquals(TestStore.XSS_ID, e.get("article_id").asText()));
        assertTrue(outlet.get("total").asInt() >= 1);
        JsonNode text = ok("/api/events?q=" + enc("الكرملين") + "&size=100");
        text.get("items").forEach(e -> assertEquals(TestStore.XSS_ID, e.get("article_id").asText()));
        JsonNode place = ok("/api/events?place=UKR");
        place.get("items").forEach(e -> assertEquals("UKR", e.get("location").get("country").asText()));
        assertEquals(0, ok("/api/events?actor=ZZZ").get("total").asInt());
    }

    /** The event lists are streamed field by field: each field must say what the stored row holds. */
    @Test
    void eventListsWriteEveryFieldOfTheStoredRows() throws Exception {
        JsonNode all = ok("/api/events?size=500");
        List<EventRow> rows = store.eventPage(Filter.ALL, EventSort.DEFAULT, 0, 500).items();
        assertEquals(rows.size(), all.get("items").size());
        boolean placed = false;
        for (int i = 0; i < rows.size(); i++) {
            EventRow r = rows.get(i);
            Event e = r.event();
            JsonNode n = all.get("items").get(i);
            assertEquals(r.eid(), n.get("global_event_id").asLong());
            assertEquals(e.id(), n.get("id").asText());
            assertEquals(e.articleId(), n.get("article_id").asText());
            assertEquals(e.sentence(), n.get("sentence").asInt());
            assertEquals(e.date(), n.get("date").asText(null));
            assertEquals(e.source() == null ? null : e.source().code(), n.get("source").path("code").asText(null));
            assertEquals(e.target() == null ? null : e.target().name(), n.get("target").path("name").asText(null));
            assertEquals(e.cameoCode(), n.get("cameo_code").asText());
            assertEquals(e.quadClass(), n.get("quad_class").asInt());
            assertEquals(e.goldstein(), n.get("goldstein").asDouble());
            assertEquals(e.negated(), n.get("negated").asBoolean());
            assertEquals(e.evidence().start(), n.get("evidence").get(0).asInt());
            assertEquals(e.evidence().end(), n.get("evidence").get(1).asInt());
            assertEquals(e.rule(), n.get("rule").asText(null));
            if (e.location() != null) {
                placed = true;
                assertEquals(e.location().country(), n.get("location").get("country").asText(null));
                assertEquals(e.location().lat(), n.get("location").get("lat").isNull() ? null : n.get("location").get("lat").asDouble());
            } else {
                assertTrue(n.get("location").isNull());
            }
            assertEquals(r.day(), n.get("day").asText(null));
            assertEquals(r.url(), n.get("url").asText(null));
            assertEquals(r.numArticles(), n.get("num_articles").asInt());
            assertEquals(r.numSources(), n.get("num_sources").asInt());
            assertEquals(r.coderVersion(), n.get("coder_version").asText());
            assertEquals(31, n.size(), "every field of an event row, no more: " + n);
        }
        assertTrue(placed, "some event has a place");
        // the same event in its article's answer (a tree) and in a list (streamed) is written alike
        JsonNode first = all.get("items").get(0);
        JsonNode inArticle = null;
        for (JsonNode e : ok("/api/articles/" + enc(first.get("article_id").asText())).get("events")) {
            if (e.get("id").equals(first.get("id"))) {
                inArticle = e;
            }
        }
        assertNotNull(inArticle);
        for (var f : (Iterable<Map.Entry<String, JsonNode>>) inArticle::fields) {
            assertEquals(f.getValue(), first.get(f.getKey()), f.getKey());
        }
    }

    @Test
    void badParametersAre400WithAMessage() throws Exception {
        bad("/api/events?from=2024-13-01", "'from'");
        bad("/api/events?to=yesterday", "'to'");
        bad("/api/events?from=2024-12-31&to=2024-01-01", "after");
        bad("/api/events?page=0", "'page'");
        bad("/api/events?size=100000", "'size'");
        bad("/api/events?size=abc", "'size'");
        bad("/api/events?quad=5", "'quad'");
        bad("/api/events?sort=" + enc("eid; DROP TABLE events"), "'sort'");
        bad("/api/events?actor=" + enc("RUS' OR 1=1 --"), "'actor'");
        bad("/api/events?root=ab", "'root'");
        bad("/api/events?code=05x", "'code'");
        bad("/api/events?q=" + enc("،،، ..."), "'q'");
        bad("/api/events?duplicates=maybe", "'duplicates'");
        bad("/api/dyads/RUS/PRK?interval=year", "'interval'");
        bad("/api/dyads/RUS/P%20K", "'b'");
        bad("/api/actors/" + enc("R$S"), "'code'");
        bad("/api/search", "'q'");
        bad("/api/export?format=xml", "'format'");
        bad("/api/articles?page=-1", "'page'");
        bad("/api/actors?limit=0", "'limit'");
        bad("/api/events?q=" + "ك".repeat(600), "too long");
        HttpResponse<String> missing = get("/api/articles/no-such-article");
        assertEquals(404, missing.statusCode());
        assertTrue(JSON.readTree(missing.body()).get("error").asText().contains("no-such-article"));
        assertEquals(404, get("/api/nothing-here").statusCode());
        assertEquals(2, ok("/api/stats").get("articles").asInt(), "the injection attempts changed nothing");
    }

    @Test
    void articlesListAndOneArticleWithOffsetsIntoItsText() throws Exception {
        JsonNode list = ok("/api/articles?size=1");
        assertEquals(2, list.get("total").asInt());
        assertEquals(1, list.get("items").size());
        assertEquals(TestStore.XSS_ID, list.get("items").get(0).get("id").asText(), "newest first");
        assertEquals(TestStore.SEED_ID, ok("/api/articles?size=1&page=2").get("items").get(0).get("id").asText());
        assertEquals(1, ok("/api/articles?outlet=test-outlet").get("total").asInt());

        JsonNode a = ok("/api/articles/" + TestStore.SEED_ID);
        String text = a.get("article").get("text").asText();
        assertTrue(text.contains("بوتين"));
        assertTrue(a.get("sentences").size() > 5);
        assertTrue(a.get("mentions").size() > 5);
        assertTrue(a.get("events").size() > 5);
        assertTrue(a.get("quotes").size() > 0);
        for (JsonNode m : a.get("mentions")) {
            assertEquals(m.get("text").asText(), text.substring(m.get("span").get(0).asInt(), m.get("span").get(1).asInt()));
        }
        boolean sign = false;
        for (JsonNode e : a.get("events")) {
            int s = e.get("evidence").get(0).asInt();
            int end = e.get("evidence").get(1).asInt();
            assertTrue(0 <= s && s < end && end <= text.length());
            sign |= e.get("cameo_code").asText().equals("057") && e.get("cameo_name").asText().toLowerCase().contains("agreement");
        }
        assertTrue(sign, "the seed's signed agreement (057) is there with its CAMEO name");
        JsonNode x = ok("/api/articles/" + TestStore.XSS_ID);
        assertTrue(x.get("article").get("text").asText().contains(TestStore.SCRIPT), "text is returned as it is, as data");
    }

    @Test
    void actorsAndOneActorWithPartners() throws Exception {
        JsonNode actors = ok("/api/actors");
        assertTrue(actors.get("items").size() > 3);
        JsonNode first = actors.get("items").get(0);
        assertEquals(first.get("events").asInt(), first.get("as_source").asInt() + first.get("as_target").asInt());
        JsonNode rus = ok("/api/actors/rus");
        assertEquals("RUS", rus.get("code").asText());
        assertEquals(rus.get("events").asInt(), rus.get("as_source").asInt() + rus.get("as_target").asInt(), rus.toString());
        boolean prk = false;
        for (JsonNode p : rus.get("partners")) {
            prk |= p.get("code").asText().startsWith("PRK");
        }
        assertTrue(prk, rus.toString());
    }

    @Test
    void dyadTimeSeriesByQuadClassWithMeanGoldstein() throws Exception {
        for (String interval : new String[] {"day", "week", "month"}) {
            JsonNode d = ok("/api/dyads/RUS/PRK?interval=" + interval);
            assertTrue(d.get("total").asInt() > 0);
            long sum = 0;
            for (JsonNode p : d.get("series")) {
                assertEquals(p.get("events").asLong(), p.get("q1").asLong() + p.get("q2").asLong() + p.get("q3").asLong()
                        + p.get("q4").asLong());
                sum += p.get("events").asLong();
            }
            assertEquals(d.get("total").asLong(), sum, interval);
            assertEquals(d.get("total").asInt(), d.get("events").size());
        }
        JsonNode month = ok("/api/dyads/RUS/PRK?interval=month");
        assertEquals("2024-06", month.get("series").get(0).get("period").asText());
        // June 2024 (the seed) and July 2024 (the second article): consecutive months, no gaps
        assertEquals("2024-07", month.get("series").get(month.get("series").size() - 1).get("period").asText());
        assertEquals(0, ok("/api/dyads/ZZZ/YYY").get("total").asInt());
    }

    @Test
    void networkPlacesAndSearch() throws Exception {
        JsonNode n = ok("/api/network");
        assertTrue(n.get("nodes").size() > 2);
        assertTrue(n.get("edges").size() > 2);
        JsonNode places = ok("/api/places");
        assertTrue(places.get("items").size() > 0);
        assertTrue(places.get("items").get(0).has("lat"));
        JsonNode s = ok("/api/search?q=" + enc("كوريا"));
        assertEquals(2, s.get("hits").size());
        for (JsonNode hit : s.get("hits")) {
            String snippet = hit.get("snippet").get("text").asText();
            assertTrue(hit.get("snippet").get("highlights").size() > 0);
            for (JsonNode h : hit.get("snippet").get("highlights")) {
                assertTrue(snippet.substring(h.get(0).asInt(), h.get(1).asInt()).contains("كوريا"), hit.toString());
            }
        }
        assertEquals(1, ok("/api/search?q=" + enc("الكرملين")).get("hits").size());
    }

    @Test
    void exportStreamsTheCurrentFilter() throws Exception {
        HttpResponse<String> csv = get("/api/export?format=csv&source=RUS&target=PRK");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("marsad-events.csv"));
        String[] lines = csv.body().split("\n");
        assertTrue(lines[0].startsWith("event_id,"));
        int total = ok("/api/events?source=RUS&target=PRK").get("total").asInt();
        assertEquals(total + 1, lines.length);
        HttpResponse<String> gdelt = get("/api/export?format=gdelt&actor=RUS");
        assertTrue(gdelt.body().startsWith("GlobalEventID\tSQLDATE"));
        assertEquals(200, get("/api/export?format=jsonl").statusCode());
    }

    @Test
    void openApiAndItsPage() throws Exception {
        JsonNode spec = ok("/openapi.json");
        assertTrue(spec.get("openapi").asText().startsWith("3."));
        for (String p : new String[] {"/api/events", "/api/articles", "/api/articles/{id}", "/api/actors",
                "/api/actors/{code}", "/api/dyads/{a}/{b}", "/api/search", "/api/stats", "/health", "/api/export",
                "/api/recode"}) {
            assertTrue(spec.get("paths").has(p), p);
        }
        HttpResponse<String> page = get("/api");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/openapi.json"));
    }

    @Test
    void securityHeadersOnPagesAndApi() throws Exception {
        for (String path : new String[] {"/", "/app.js", "/api/stats", "/api/events?from=x"}) {
            HttpResponse<String> r = get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"), path + ": " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""), path);
        }
        assertTrue(get("/").body().contains("dir=\"rtl\""));
    }

    /** Sends a request line as it is (no client normalizes the path) and returns the whole response. */
    static String raw(String target) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void staticFilesCannotEscapeTheirFolder() throws Exception {
        for (String target : new String[] {"/../openapi.json", "/../../marsad/store/sqlite/V1.sql",
                "/%2e%2e/%2e%2e/marsad/store/sqlite/V1.sql", "/..%2f..%2fmarsad/store/sqlite/V1.sql",
                "/../../org/marsad/server/MarsadServer.class", "/%2e%2e%2fweb%2fapp.js", "/..\\..\\pom.xml"}) {
            String r = raw(target);
            String status = r.substring(0, r.indexOf("\r\n"));
            assertTrue(status.contains(" 400 ") || status.contains(" 404 "), target + " -> " + status);
            assertFalse(r.contains("CREATE TABLE"), target);
        }
        assertTrue(raw("/app.js").startsWith("HTTP/1.1 200"));
        assertEquals(404, get("/marsad/store/sqlite/V1.sql").statusCode(), "only the web folder is served");
    }

    // --- writes --------------------------------------------------------------------------------------

    @Test
    void alertsAreListedAsJsonAndAsAnAtomFeed() throws Exception {
        JsonNode alerts = ok("/api/alerts").get("alerts");
        assertTrue(alerts.size() >= 1, alerts.toString());
        JsonNode a = alerts.get(0);
        assertEquals("dprk-arms", a.get("rule").asText());
        assertTrue(a.get("summary").asText().contains("072"), a.toString());
        HttpResponse<String> atom = get("/alerts.atom");
        assertEquals(200, atom.statusCode());
        assertTrue(atom.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        assertTrue(atom.body().contains("<feed") && atom.body().contains("dprk-arms") || atom.body().contains("DPRK"),
                atom.body());
        // marking read is a write: refused without the token, done with it
        long id = a.get("id").asLong();
        assertEquals(401, post(server, "/api/alerts/" + id + "/read", "", null).statusCode());
        assertEquals(200, post(server, "/api/alerts/" + id + "/read", "", "Bearer " + TOKEN).statusCode());
        assertEquals(404, post(server, "/api/alerts/999999/read", "", "Bearer " + TOKEN).statusCode());
        assertEquals(0, ok("/api/alerts?unread=true").get("alerts").size());
        bad("/api/alerts?limit=0", "limit");
    }

    static HttpResponse<String> post(MarsadServer s, String path, String body, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The posted article's id, "posted#1/β", in a path: '#' and 'β' escaped, the slash as it is. */
    static final String POSTED_PATH = "posted%231/%CE%B2";

    static final String NEW_ARTICLE = "{\"id\": \"posted#1/β\", \"source\": \"api-test\", \"published\": \"2024-08-02\", "
            + "\"text\": \"القاهرة - استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الروسي سيرغي لافروف في القاهرة اليوم.\"}";

    @Test
    void writesNeedTheToken() throws Exception {
        assertEquals(403, post(readOnly, "/api/articles", NEW_ARTICLE, "Bearer " + TOKEN).statusCode(),
                "no token configured: no writes");
        assertEquals(403, post(readOnly, "/api/recode", "", "Bearer " + TOKEN).statusCode());
        HttpResponse<String> none = post(server, "/api/articles", NEW_ARTICLE, null);
        assertEquals(401, none.statusCode());
        assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElse(""));
        assertEquals(401, post(server, "/api/articles", NEW_ARTICLE, "Bearer wrong").statusCode());
        assertEquals(401, post(server, "/api/articles", NEW_ARTICLE, "Bearer " + TOKEN + "x").statusCode());
        assertEquals(401, post(server, "/api/articles", NEW_ARTICLE, "Basic " + TOKEN).statusCode());
        assertEquals(401, post(server, "/api/recode", "", "Bearer nope").statusCode());
        assertEquals(404, get("/api/articles/" + POSTED_PATH).statusCode());

        HttpResponse<String> bad = post(server, "/api/articles", "{\"id\": \"x\"}", "Bearer " + TOKEN);
        assertEquals(400, bad.statusCode());
        assertTrue(JSON.readTree(bad.body()).get("error").asText().contains("text"));
        assertEquals(400, post(server, "/api/articles", "{not json", "Bearer " + TOKEN).statusCode());
        assertEquals(400, post(server, "/api/articles", "{\"text\": \"نص\", \"published\": \"soon\"}", "Bearer " + TOKEN).statusCode());
        String huge = "{\"text\": \"" + "ن".repeat((int) MarsadServer.MAX_REQUEST_BYTES) + "\"}";
        int tooLarge = post(server, "/api/articles", huge, "Bearer " + TOKEN).statusCode();
        assertEquals(413, tooLarge);

        HttpResponse<String> added = post(server, "/api/articles", NEW_ARTICLE, "Bearer " + TOKEN);
        assertEquals(201, added.statusCode(), added.body());
        assertEquals("added", JSON.readTree(added.body()).get("outcome").asText());
        HttpResponse<String> posted = get("/api/articles/" + POSTED_PATH);
        assertEquals(200, posted.statusCode(), posted.body());
        assertEquals("posted#1/β", JSON.readTree(posted.body()).get("article").get("id").asText());
        HttpResponse<String> again = post(server, "/api/articles", NEW_ARTICLE, "Bearer " + TOKEN);
        assertEquals(200, again.statusCode());
        assertEquals("already_stored", JSON.readTree(again.body()).get("outcome").asText());

        HttpResponse<String> recode = post(server, "/api/recode?outdated=true", "", "Bearer " + TOKEN);
        assertEquals(200, recode.statusCode(), recode.body());
        assertEquals(0, JSON.readTree(recode.body()).get("recoded").asInt(), "nothing is outdated");
        HttpResponse<String> all = post(server, "/api/recode", "", "Bearer " + TOKEN);
        assertEquals(3, JSON.readTree(all.body()).get("recoded").asInt());
    }
}
