package org.marsad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Span;

/**
 * {@link ActorMatcher.Found}'s sentence lists are read in place (speed34), where a sub-list was made for each sentence:
 * appending one and comparing one must do what {@code addAll(subList)} and {@code subList.equals} did.
 */
class FoundSentencesTest {
    private static ActorMention mention(int first, int sentence, String code) {
        return new ActorMention(first, first + 1, new Span(first, first + 1), code, "COUNTRY", null, null, "name",
                ActorMention.Form.NAMED, sentence, "");
    }

    private static final List<ActorMention> COMPOSED = List.of(mention(0, 0, "SAU"), mention(2, 0, "USA"),
            mention(5, 2, "IRN"), mention(7, 3, "SYR"), mention(8, 3, "RUS"), mention(9, 3, "TUR"));
    /** Sentence 1 has none; sentence 3 three. */
    private static final int[] STARTS = {0, 2, 2, 3, 6};
    private static final ActorMatcher.Found FOUND = new ActorMatcher.Found(COMPOSED, COMPOSED, STARTS, List.of());

    @Test
    void aSentenceIsAppendedAsItsSubListWas() {
        for (int s = 0; s < STARTS.length - 1; s++) {
            List<ActorMention> expected = new ArrayList<>(List.of(mention(99, 9, "EGY")));
            expected.addAll(COMPOSED.subList(STARTS[s], STARTS[s + 1]));
            List<ActorMention> out = new ArrayList<>(List.of(mention(99, 9, "EGY")));
            FOUND.addSentenceTo(s, out);
            assertEquals(expected, out, "sentence " + s);
        }
    }

    @Test
    void aSentenceEqualsWhatItsSubListEqualled() {
        List<ActorMention> other = List.of(mention(1, 0, "SAU")); // one mention, not sentence 0's first
        for (int s = 0; s < STARTS.length - 1; s++) {
            List<ActorMention> own = COMPOSED.subList(STARTS[s], STARTS[s + 1]);
            for (List<ActorMention> tail : List.of(own, List.<ActorMention>of(), other, COMPOSED.subList(3, 5),
                    COMPOSED.subList(3, 6), COMPOSED.subList(0, 2))) {
                List<ActorMention> list = new ArrayList<>(List.of(mention(99, 9, "EGY"), mention(98, 9, "QAT")));
                list.addAll(tail);
                assertEquals(own.equals(tail), FOUND.sentenceEquals(s, list, 2), "sentence " + s + " against " + tail);
            }
        }
    }
}
