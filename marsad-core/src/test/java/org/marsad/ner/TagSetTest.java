package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BIO data in, BILOU inside the model, BIO out again: the same entities. */
class TagSetTest {
    private static final TagSet BILOU = new TagSet(TagSet.ANERCORP_TYPES, TagSet.Scheme.BILOU);
    private static final TagSet BIO = new TagSet(TagSet.ANERCORP_TYPES);

    private static final List<String> SENTENCE = List.of(
            "O", "B-PERS", "I-PERS", "I-PERS", "O", "B-LOC", "B-LOC", "I-ORG", "O", "B-MISC");

    @Test
    void bilouMarksTheLastTokenAndOneTokenEntities() {
        int[] t = BILOU.encode(SENTENCE);
        List<String> tags = new ArrayList<>();
        for (int y : t) {
            tags.add(BILOU.tag(y));
        }
        // an I- that continues nothing begins an entity, as Entity.of reads it: I-ORG alone is a unit
        assertEquals(List.of("O", "B-PERS", "I-PERS", "L-PERS", "O", "U-LOC", "U-LOC", "U-ORG", "O", "U-MISC"), tags);
    }

    @Test
    void decodingBackToBioKeepsEveryEntity() {
        for (TagSet set : List.of(BIO, BILOU)) {
            List<String> back = new ArrayList<>();
            for (int y : set.encode(SENTENCE)) {
                back.add(set.bio(y));
            }
            assertEquals(Entity.of(SENTENCE), Entity.of(back), set.scheme().name());
        }
    }

    @Test
    void bilouTransitionsCloseEveryEntity() {
        int bPers = BILOU.index("B-PERS");
        int iPers = BILOU.index("I-PERS");
        int lPers = BILOU.index("L-PERS");
        int uPers = BILOU.index("U-PERS");
        int lLoc = BILOU.index("L-LOC");
        assertTrue(BILOU.allowed(bPers, iPers));
        assertTrue(BILOU.allowed(iPers, lPers));
        assertTrue(BILOU.allowed(lPers, uPers));
        assertFalse(BILOU.allowed(bPers, 0), "B must be closed by L");
        assertFalse(BILOU.allowed(bPers, lLoc), "L of another type");
        assertFalse(BILOU.allowed(-1, lPers), "a sentence cannot start inside an entity");
        assertFalse(BILOU.allowed(uPers, iPers));
        assertFalse(BILOU.allowedLast(bPers));
        assertTrue(BILOU.allowedLast(lPers));
        assertTrue(BIO.allowedLast(BIO.index("B-PERS")));
        assertFalse(BIO.allowed(0, BIO.index("I-PERS")));
    }

    @Test
    void viterbiNeverLeavesAnEntityOpen() {
        int n = BILOU.size();
        double[][] emission = new double[2][n];
        emission[0][BILOU.index("B-ORG")] = 5; // alone, the best tags would be B-ORG then B-ORG
        emission[1][BILOU.index("B-ORG")] = 5;
        emission[1][BILOU.index("L-ORG")] = 1;
        int[] best = Viterbi.decode(BILOU, emission, new double[(n + 1) * n]);
        assertArrayEquals(new int[] {BILOU.index("B-ORG"), BILOU.index("L-ORG")}, best);
    }
}
