package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code marsad watch} and {@code marsad alerts} as a user runs them, on the seed article and the shipped rules. */
class WatchCommandTest {
    static Path root() {
        return Path.of(System.getProperty("marsad.root", "..")).toAbsolutePath();
    }

    @Test
    void theShippedDprkRuleFiresOnTheSeedAndTheAlertIsListedReadAndInTheFeed(@TempDir Path dir) throws Exception {
        Path rules = root().resolve("rules");
        Path seed = root().resolve("marsad-cli/src/main/resources/marsad/demo/seed-article.json");
        ChildMarsad.Result r = ChildMarsad.run(dir, "watch", "add", "--db", "w.db",
                rules.resolve("dprk-arms-transfers.yaml").toString(), rules.resolve("red-sea-shipping-attacks.yaml").toString(),
                rules.resolve("russia-new-agreements.yaml").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("added dprk-arms-transfers"), r.err());
        r = ChildMarsad.run(dir, "watch", "list", "--db", "w.db");
        assertEquals(3, r.out().lines().count(), r.out());

        r = ChildMarsad.run(dir, "ingest", "--db", "w.db", seed.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("[dprk-arms-transfers]"), r.err());
        assertTrue(r.err().contains("2 new alerts"), r.err());

        r = ChildMarsad.run(dir, "alerts", "--db", "w.db");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("[dprk-arms-transfers]") && r.out().contains("PRK → RUS 072"), r.out());
        assertTrue(r.out().contains("لتزويد روسيا بكميات كبيرة منها"), r.out());
        String id = r.out().lines().filter(l -> l.contains("[dprk-arms-transfers]")).findFirst().orElseThrow()
                .replaceAll("^#(\\d+) .*", "$1");

        r = ChildMarsad.run(dir, "alerts", "--db", "w.db", "--atom");
        assertEquals(0, r.status(), r.err());
        Document feed = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, feed.getElementsByTagName("entry").getLength());
        assertTrue(feed.getDocumentElement().getTextContent().contains("لتزويد روسيا بكميات كبيرة منها"));

        r = ChildMarsad.run(dir, "alerts", "--db", "w.db", "--mark-read", id);
        assertEquals(0, r.status(), r.err());
        r = ChildMarsad.run(dir, "alerts", "--db", "w.db", "--unread");
        assertFalse(r.out().contains("[dprk-arms-transfers]"), r.out());
        assertTrue(r.out().contains("[russia-new-agreements]"), r.out());
        assertEquals(1, ChildMarsad.run(dir, "alerts", "--db", "w.db", "--mark-read", "9999").status());

        // a rule tested over the corpus: what it would raise, and nothing for a rule that matches nothing
        r = ChildMarsad.run(dir, "watch", "test", "--db", "w.db", rules.resolve("dprk-arms-transfers.yaml").toString());
        assertTrue(r.out().contains("seed-2024-06-19-rus-prk") && r.out().contains("evidence: "), r.out());
        assertTrue(r.err().contains("would have raised 1 alert"), r.err());
        Path none = dir.resolve("none.yaml");
        Files.writeString(none, "name: nothing\nactors: [ATA]\nroots: [19]\n");
        r = ChildMarsad.run(dir, "watch", "test", "--db", "w.db", none.toString());
        assertEquals("", r.out());
        assertTrue(r.err().contains("would have raised 0 alerts"), r.err());
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\nactorz: [RUS]\n");
        r = ChildMarsad.run(dir, "watch", "add", "--db", "w.db", bad.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("actorz"), r.err());
    }
}
