package org.marsad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.Pipeline;
import org.marsad.SharedData;
import org.marsad.eval.GoldArticle;
import org.marsad.eval.GoldReader;
import org.marsad.eval.Scorer;
import org.marsad.model.CodedArticle;
import org.marsad.model.Event;

/** Issue 4's bar on the seed article: every required event found, dyad-root precision ≥ 0.85. */
class SeedEventsTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.load();
    }

    /** A floor under the dev-gold score (QUALITY.md holds the current figure): a change that lowers it fails. */
    @Test
    void devGoldFloor() throws IOException {
        List<GoldArticle> gold = GoldReader.read(SharedData.require("eval/dev-gold.jsonl"));
        List<CodedArticle> coded = new ArrayList<>();
        for (GoldArticle g : gold) {
            coded.add(pipeline.code(g.article()));
        }
        Scorer.Report r = new Scorer().score(gold, coded);
        assertTrue(r.dyadRoot().f1() >= 0.70, "dev dyad-root " + r.dyadRoot()); // issue 4's bar
        assertTrue(r.actor().precision() >= 0.90, "dev actor " + r.actor());
    }

    @Test
    void seedGold() throws IOException {
        List<GoldArticle> gold = GoldReader.read(SharedData.require("eval/seed-gold.jsonl"));
        List<CodedArticle> coded = new ArrayList<>();
        for (GoldArticle g : gold) {
            coded.add(pipeline.code(g.article()));
        }
        Scorer.Report r = new Scorer().score(gold, coded);
        assertEquals(1.0, r.dyadRoot().recall(), "missed: " + r.articles().get(0).missed());
        assertTrue(r.dyadRoot().precision() >= 0.85, "spurious: " + r.articles().get(0).spurious());
        String text = gold.get(0).article().text();
        for (Event e : coded.get(0).events()) {
            // every event's evidence is real text of its sentence
            assertTrue(e.evidence().end() <= text.length());
            assertTrue(coded.get(0).sentences().get(e.sentence()).span().contains(e.evidence()));
        }
    }
}
