package org.marsad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicNormalizer;

/**
 * {@link Modifiers#isAfterConjunction} looks up و or ف on a word of the kind as a whole word (speed34), where the
 * cue finder looked up the word without its first letter, a substring made for every word opening with و or ف: for
 * every word the modifiers list, with و، ف or another letter before it, it must answer what the substring's look-up did.
 */
class AfterConjunctionTest {
    private static Modifiers modifiers;

    @BeforeAll
    static void load() {
        modifiers = Modifiers.load();
    }

    /** What CueFinder.bearingVerb asked before speed34. */
    private static boolean bySubstring(String w) {
        return w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')
                && modifiers.is(w.substring(1), Modifiers.Kind.BEARING_VERB);
    }

    @Test
    void everyListedWordAfterAConjunctionOrAnotherLetterIsAnsweredAsBefore() {
        int yes = 0;
        for (String w : modifiers.words()) {
            for (String x : new String[] {w, "و" + w, "ف" + w, "ب" + w, "ل" + w, "وو" + w}) {
                boolean before = bySubstring(x);
                assertEquals(before, modifiers.isAfterConjunction(x, Modifiers.Kind.BEARING_VERB), x);
                yes += before ? 1 : 0;
            }
        }
        assertTrue(yes > 10, "some forms of a bearing verb after و or ف: " + yes);
    }

    @Test
    void aBearingVerbAfterWawOrFaButNotItselfNorAfterBa() {
        assertTrue(modifiers.isAfterConjunction(ArabicNormalizer.normalize("ومحملا"), Modifiers.Kind.BEARING_VERB));
        assertTrue(modifiers.isAfterConjunction(ArabicNormalizer.normalize("فحمل"), Modifiers.Kind.BEARING_VERB));
        assertFalse(modifiers.isAfterConjunction(ArabicNormalizer.normalize("محملا"), Modifiers.Kind.BEARING_VERB));
        assertFalse(modifiers.isAfterConjunction(ArabicNormalizer.normalize("بمحملا"), Modifiers.Kind.BEARING_VERB));
        assertFalse(modifiers.isAfterConjunction("", Modifiers.Kind.BEARING_VERB));
    }

    @Test
    void aKindNotKeptAfterAConjunctionIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> modifiers.isAfterConjunction("ولم", Modifiers.Kind.NEGATION));
    }
}
