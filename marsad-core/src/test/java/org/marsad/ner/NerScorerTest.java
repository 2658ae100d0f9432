package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.eval.Prf;

/** Entities read from BIO tags and scored the CoNLL way (exact span and type), on hand-made sequences. */
class NerScorerTest {
    private static List<String> tags(String s) {
        return List.of(s.split(" "));
    }

    @Test
    void readsEntitiesFromValidBio() {
        assertEquals(List.of(new Entity(0, 2, "PERS"), new Entity(3, 4, "LOC")),
                Entity.of(tags("B-PERS I-PERS O B-LOC")));
        assertEquals(List.of(new Entity(0, 1, "LOC"), new Entity(1, 3, "LOC")), Entity.of(tags("B-LOC B-LOC I-LOC")),
                "B- after an entity of the same type starts a new one");
        assertEquals(List.of(), Entity.of(tags("O O O")));
        assertEquals(List.of(new Entity(2, 4, "ORG")), Entity.of(tags("O O B-ORG I-ORG")), "an entity may end the sentence");
    }

    @Test
    void anInsideTagThatContinuesNothingStartsAnEntity() {
        assertEquals(List.of(new Entity(1, 3, "ORG")), Entity.of(tags("O I-ORG I-ORG O")), "I- after O");
        assertEquals(List.of(new Entity(0, 1, "MISC")), Entity.of(tags("I-MISC")), "I- first in the sentence");
        assertEquals(List.of(new Entity(0, 1, "PERS"), new Entity(1, 2, "LOC")), Entity.of(tags("B-PERS I-LOC")),
                "I- of another type");
        assertEquals(List.of(new Entity(0, 2, "PERS"), new Entity(2, 3, "ORG"), new Entity(3, 4, "PERS")),
                Entity.of(tags("I-PERS I-PERS I-ORG I-PERS")));
    }

    @Test
    void onlyExactSpanAndTypeCount() {
        NerScorer s = new NerScorer();
        //            gold                                  predicted
        s.add(tags("B-PERS I-PERS O B-LOC O"), tags("B-PERS I-PERS O B-ORG O")); // PERS right; LOC typed as ORG
        s.add(tags("B-ORG I-ORG I-ORG O"), tags("B-ORG I-ORG O O")); // ORG boundary wrong
        s.add(tags("O B-LOC O"), tags("O I-LOC O")); // invalid I- read as an entity: right
        s.add(tags("O O"), tags("B-MISC O")); // spurious
        NerScorer.Score score = s.score();
        // gold: PERS, LOC, ORG, LOC = 4; predicted: PERS, ORG, ORG, LOC, MISC = 5; right: PERS and the second LOC
        assertEquals(new Prf(2, 3, 2), score.overall());
        assertEquals(new Prf(1, 0, 0), score.perType().get("PERS"));
        assertEquals(new Prf(1, 0, 1), score.perType().get("LOC"));
        assertEquals(new Prf(0, 2, 1), score.perType().get("ORG"));
        assertEquals(new Prf(0, 1, 0), score.perType().get("MISC"));
        assertEquals(0.4, score.overall().precision(), 1e-9);
        assertEquals(0.5, score.overall().recall(), 1e-9);
        assertEquals(2 * 0.4 * 0.5 / 0.9, score.overall().f1(), 1e-9);
        assertEquals(List.of("LOC", "MISC", "ORG", "PERS"), List.copyOf(score.perType().keySet()), "sorted by type");
    }

    @Test
    void nothingToFindAndNothingFoundScoresZeroWithoutDividingByZero() {
        NerScorer s = new NerScorer();
        s.add(tags("O O"), tags("O O"));
        assertEquals(0.0, s.score().overall().f1());
    }
}
