package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.marsad.SharedData;

/**
 * The shipped model on its dev split (the last 10% of ANERcorp train, which it was not trained on), the
 * figure QUALITY.md reports. Skipped when ../shared is absent. The floor sits below the reported F1
 * (0.718 for the BIO model shipped in session 3; 0.724 before) because the dictionary features are read live: a dictionary edit elsewhere may move the score a
 * little without anything being wrong; a real regression moves it more.
 */
class NerDevScoreTest {
    /** 1.8 points under the shipped 0.718, as 0.70 was 2.4 under the 0.724 of the model before (QUALITY.md, fourth round). */
    static final double FLOOR = 0.70;

    @Test
    void theShippedModelScoresAboveItsFloorOnTheDevSplit() throws Exception {
        Path train = SharedData.require("data/anercorp/train.txt");
        NerScorer.Score s = NerScorer.evaluate(NerTagger.load(), DevSplit.of(ConllSentence.read(train), 10).dev());
        assertTrue(s.overall().f1() >= FLOOR, "dev F1 " + s.overall().f1() + " < " + FLOOR + " " + s);
        assertTrue(s.perType().get("LOC").f1() >= 0.8, "LOC " + s.perType().get("LOC"));
    }
}
