package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.Pipeline;
import org.marsad.io.ArticleJson;
import org.marsad.io.InputProblem;
import org.marsad.model.Article;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Story clustering, watch rules and alerts with the real coder on the seed article, against a real database of
 * each kind (WatchSqliteTest, WatchPostgresTest), and webhooks delivered to a real HTTP receiver on 127.0.0.1.
 */
abstract class WatchContract {
    private static Pipeline pipeline;
    protected Store store;

    protected abstract Store create();

    @BeforeEach
    void openStore() {
        store = create();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.load();
        }
        return pipeline;
    }

    static Path root() {
        return Path.of(System.getProperty("marsad.root", "..")).toAbsolutePath();
    }

    static Article seed() throws IOException {
        Path p = root().resolve("marsad-cli/src/main/resources/marsad/demo/seed-article.json");
        return ArticleJson.fromJson(new ObjectMapper().readTree(Files.readString(p)));
    }

    static WatchRule exampleRule(String file) throws IOException {
        return WatchRule.parse(Files.readString(root().resolve("rules").resolve(file)), file);
    }

    /** The seed article under another id, from another outlet, with small edits (a wire copy). */
    static Article copy(Article seed, String id, String outlet, String edit) {
        String text = seed.text().replaceFirst("^تقديم:", edit + ":") + "\nنقلا عن " + outlet + ".";
        return new Article(id, "https://example.org/" + id, outlet, seed.published(), seed.title(), text);
    }

    private Ingester.Result ingest(Article... articles) {
        Ingester ing = new Ingester(store, pipeline()::analyze, pipeline()::code, Pipeline.CODER_VERSION, 1);
        List<InputProblem> problems = new ArrayList<>();
        Ingester.Result r = ing.run(sink -> {
            int line = 0;
            for (Article a : articles) {
                sink.article(a, "test.jsonl", ++line);
            }
        }, "test", new Ingester.Listener() {
            @Override
            public void stored(Added added, SourceRecord source) {
            }

            @Override
            public void problem(InputProblem problem) {
                problems.add(problem);
            }
        });
        assertEquals(List.of(), problems);
        return r;
    }

    private List<Alert> alertsOf(String rule) {
        return store.alerts(false, 1000).stream().filter(a -> a.rule().equals(rule)).toList();
    }

    @Test
    void theSeedArticleRaisesTheDprkAlertWithItsEvidence() throws Exception {
        assertTrue(store.saveRule(exampleRule("dprk-arms-transfers.yaml")));
        ingest(seed());
        List<Alert> alerts = alertsOf("dprk-arms-transfers");
        assertEquals(1, alerts.size(), alerts.toString());
        Alert a = alerts.get(0);
        assertEquals("seed-2024-06-19-rus-prk", a.articleId());
        assertEquals("072", a.event().cameoCode());
        assertTrue(a.event().source().code().startsWith("PRK"), a.event().source().code());
        assertTrue(a.evidence().contains("لتزويد روسيا بكميات كبيرة منها"), a.evidence());
        assertTrue(a.sentence().contains(a.evidence()), a.sentence());
        assertEquals(1, a.numMentions());
        assertEquals(1, a.numSources());
        assertFalse(a.read());
        assertEquals(a, store.alert(a.id()).orElseThrow());
    }

    @Test
    void theSameStoryFromSeveralSourcesIsOneAlertWithSeveralMentions() throws Exception {
        store.saveRule(exampleRule("dprk-arms-transfers.yaml"));
        store.saveRule(exampleRule("russia-new-agreements.yaml"));
        Article seed = seed();
        ingest(copy(seed, "wire-1", "Interfax", "تقديم"), copy(seed, "wire-2", "KCNA", "خاص"),
                copy(seed, "wire-3", "RT Arabic", "متابعة"));
        List<Alert> dprk = alertsOf("dprk-arms-transfers");
        assertEquals(1, dprk.size(), dprk.toString());
        Alert a = dprk.get(0);
        assertEquals("wire-1", a.articleId());
        assertEquals(3, a.numMentions());
        assertEquals(3, a.numSources());
        assertEquals(3, a.numArticles());
        // the signing: one alert too (Russia as the source), three mentions
        List<Alert> signed = alertsOf("russia-new-agreements");
        assertEquals(1, signed.size(), signed.toString());
        assertEquals("057", signed.get(0).event().cameoCode());
        assertEquals(3, signed.get(0).numSources());

        // the story's counts are GDELT's in the export, for every copy's event
        Story story = store.story(a.storyId()).orElseThrow();
        assertEquals(3, story.numMentions());
        List<EventRow> rows = new ArrayList<>();
        store.storyEvents(a.storyId(), rows::add);
        assertEquals(List.of("wire-1", "wire-2", "wire-3"), rows.stream().map(r -> r.event().articleId()).toList());
        StringWriter gdelt = new StringWriter();
        Exporter.write(store, new Filter("PRK", null, null, null, "072", null, null, null, false), Exporter.Format.GDELT,
                gdelt);
        String[] lines = gdelt.toString().split("\n");
        assertEquals(2, lines.length, gdelt.toString()); // header + one event: the copies are left out
        List<String> header = List.of(lines[0].split("\t", -1));
        String[] row = lines[1].split("\t", -1);
        assertEquals("3", row[header.indexOf("NumMentions")]);
        assertEquals("3", row[header.indexOf("NumSources")]);
        assertEquals("3", row[header.indexOf("NumArticles")]);
        assertEquals(String.valueOf(a.storyId()), row[header.indexOf("StoryID")]);

        // an exact duplicate from a fourth outlet: still one alert, its counts grow
        Article exact = new Article("wire-4", null, "Sputnik", seed.published(), null,
                copy(seed, "x", "Interfax", "تقديم").text());
        ingest(exact);
        dprk = alertsOf("dprk-arms-transfers");
        assertEquals(1, dprk.size());
        assertEquals(4, dprk.get(0).numMentions());
        assertEquals(4, dprk.get(0).numSources());

        // recomputing the stories gives the same, and keeps read state
        assertTrue(store.markRead(a.id()));
        assertEquals(3, store.recluster()); // articles: the fourth record is a source of the first
        dprk = alertsOf("dprk-arms-transfers");
        assertEquals(1, dprk.size());
        assertEquals(4, dprk.get(0).numMentions());
        assertTrue(dprk.get(0).read());
        assertEquals(1, alertsOf("russia-new-agreements").size());
    }

    @Test
    void aRuleThatMatchesNothingRaisesNothing() throws Exception {
        WatchRule none = WatchRule.parse("name: antarctic-wars\nactors: [ATA]\nroots: [19]\n", "test");
        store.saveRule(none);
        store.saveRule(exampleRule("red-sea-shipping-attacks.yaml"));
        ingest(seed());
        assertEquals(List.of(), store.alerts(false, 100));
        assertEquals(List.of(), store.test(none, 100));
        assertFalse(store.test(exampleRule("dprk-arms-transfers.yaml"), 100).isEmpty());
    }

    @Test
    void minSourcesWaitsForTheSecondOutlet() throws Exception {
        store.saveRule(WatchRule.parse("name: confirmed\nactors: [PRK]\ncodes: [\"072\"]\nmin_sources: 2\n", "test"));
        Article seed = seed();
        ingest(copy(seed, "wire-1", "Interfax", "تقديم"));
        assertEquals(List.of(), store.alerts(false, 10));
        ingest(copy(seed, "wire-2", "KCNA", "خاص"));
        List<Alert> alerts = store.alerts(false, 10);
        assertEquals(1, alerts.size());
        assertEquals(2, alerts.get(0).numSources());
    }

    @Test
    void alertsAreReadOnceMarkedAndAppearInTheAtomFeed() throws Exception {
        store.saveRule(exampleRule("dprk-arms-transfers.yaml"));
        store.saveRule(exampleRule("russia-new-agreements.yaml"));
        ingest(seed());
        List<Alert> all = store.alerts(false, 10);
        assertEquals(2, all.size());
        Alert dprk = alertsOf("dprk-arms-transfers").get(0);
        assertTrue(store.markRead(dprk.id()));
        assertFalse(store.markRead(999_999));
        assertEquals(List.of("russia-new-agreements"), store.alerts(true, 10).stream().map(Alert::rule).toList());

        StringWriter w = new StringWriter();
        AlertFeed.write(store.alerts(false, 10), AlertFeed.Info.DEFAULT, w);
        Document doc = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals("feed", doc.getDocumentElement().getLocalName() == null ? doc.getDocumentElement().getTagName()
                : doc.getDocumentElement().getLocalName());
        NodeList entries = doc.getElementsByTagName("entry");
        assertEquals(2, entries.getLength());
        String feed = doc.getDocumentElement().getTextContent();
        assertTrue(feed.contains("لتزويد روسيا بكميات كبيرة منها"), feed);
        assertTrue(feed.contains("North Korean arms transfers"), feed);
        assertTrue(w.toString().contains("urn:marsad:alert:" + dprk.id()));
    }

    @Test
    void removingARuleRemovesItsAlerts() throws Exception {
        store.saveRule(exampleRule("dprk-arms-transfers.yaml"));
        assertFalse(store.saveRule(exampleRule("dprk-arms-transfers.yaml"))); // the same name replaces
        assertEquals(1, store.rules().size());
        ingest(seed());
        assertEquals(1, store.alerts(false, 10).size());
        assertTrue(store.removeRule("dprk-arms-transfers"));
        assertFalse(store.removeRule("dprk-arms-transfers"));
        assertEquals(List.of(), store.alerts(false, 10));
    }

    @Test
    void aNewAlertIsPostedToTheWebhookSignedAndRetriedWhenTheReceiverFails() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger attempts = new AtomicInteger();
        List<String[]> received = new CopyOnWriteArrayList<>(); // body, signature, event header
        server.createContext("/hook", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            int n = attempts.incrementAndGet();
            int status = n <= 2 ? 500 : 204; // fails twice, then takes it
            if (status == 204) {
                received.add(new String[] {new String(body, StandardCharsets.UTF_8),
                        ex.getRequestHeaders().getFirst(Webhook.SIGNATURE_HEADER),
                        ex.getRequestHeaders().getFirst(Webhook.EVENT_HEADER)});
            }
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        server.start();
        List<String> problems = new CopyOnWriteArrayList<>();
        try (Webhook hook = new Webhook(5, 50, problems::add)) {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
            store.saveRule(WatchRule.parse("name: dprk-hook\nactors: [PRK]\ncodes: [\"07\"]\nwebhook: " + url
                    + "\nwebhook_secret_env: TEST_SECRET\n", "test"));
            store.setAlertListener(hook.listener(store::rules, Map.of("TEST_SECRET", "s3cret")::get));
            long start = System.nanoTime();
            ingest(seed());
            assertTrue((System.nanoTime() - start) / 1e9 < 30, "ingest waited for the webhook");
            hook.close(Duration.ofSeconds(20));
            assertEquals(List.of(), problems);
            assertEquals(3, attempts.get());
            assertEquals(1, received.size());
            String body = received.get(0)[0];
            assertEquals("sha256=" + Webhook.sign("s3cret", body.getBytes(StandardCharsets.UTF_8)), received.get(0)[1]);
            assertEquals("alert", received.get(0)[2]);
            var json = new ObjectMapper().readTree(body);
            assertEquals("dprk-hook", json.get("rule").asText());
            assertEquals("072", json.get("event").get("cameo_code").asText());
            assertTrue(json.get("evidence").asText().contains("لتزويد روسيا"));
            assertEquals(1, hook.delivered());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aDeliveryIsGivenUpAfterItsAttemptsAndReported() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger attempts = new AtomicInteger();
        server.createContext("/down", ex -> {
            attempts.incrementAndGet();
            ex.getRequestBody().readAllBytes();
            ex.sendResponseHeaders(503, -1);
            ex.close();
        });
        server.start();
        List<String> problems = new CopyOnWriteArrayList<>();
        try (Webhook hook = new Webhook(3, 10, problems::add)) {
            store.saveRule(WatchRule.parse("name: down\nactors: [PRK]\ncodes: [\"07\"]\nwebhook: http://127.0.0.1:"
                    + server.getAddress().getPort() + "/down\n", "test"));
            store.setAlertListener(hook.listener(store::rules, Map.of("MARSAD_WEBHOOK_SECRET", "x")::get));
            ingest(seed());
            hook.close(Duration.ofSeconds(20));
            assertEquals(3, attempts.get());
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).contains("HTTP 503"), problems.get(0));
            assertEquals(1, store.alerts(false, 10).size()); // the alert itself is stored whatever the receiver does
        } finally {
            server.stop(0);
        }
    }

    @Test
    void badRulesAreRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WatchRule.parse("name: x\nactor: [PRK]\n", "typo.yaml"));
        assertTrue(e.getMessage().startsWith("typo.yaml: "), e.getMessage());
        assertTrue(e.getMessage().contains("actor"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> WatchRule.parse("name: everything\n", "all.yaml"));
        assertTrue(e.getMessage().contains("no criterion"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> WatchRule.parse("actors: [RUS]\n", "noname.yaml"));
        assertTrue(e.getMessage().contains("name"), e.getMessage());
        assertNull(store.alert(12345).orElse(null));
    }
}
