package org.marsad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link CueFinder#verbProclitics} reads the prefix's characters instead of looking it up in a set: it must answer
 * as the set did for every prefix of up to three letters from the proclitics' alphabet.
 */
class VerbProcliticsTest {
    /** The set the cue finder looked prefixes up in before (conjunction, then future سـ or lam of purpose). */
    private static final Set<String> VERB_PREFIXES = Set.of("", "و", "ف", "س", "وس", "فس", "ل", "ول", "فل");
    private static final String LETTERS = "وفسلبكا"; // ا: the article (ال، وال) is tried too

    @Test
    void answersAsTheSetOfVerbPrefixes() {
        int members = 0;
        for (String p : prefixes(3)) {
            assertEquals(VERB_PREFIXES.contains(p), CueFinder.verbProclitics(p), "prefix '" + p + "'");
            members += VERB_PREFIXES.contains(p) ? 1 : 0;
        }
        assertEquals(VERB_PREFIXES.size(), members); // every member was tried
    }

    /** All strings of up to {@code n} letters of {@link #LETTERS}, the empty one included. */
    private static java.util.List<String> prefixes(int n) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(""));
        for (int from = 0, len = 0; len < n; len++) {
            int to = all.size();
            for (int k = from; k < to; k++) {
                for (char c : LETTERS.toCharArray()) {
                    all.add(all.get(k) + c);
                }
            }
            from = to;
        }
        return all;
    }
}
