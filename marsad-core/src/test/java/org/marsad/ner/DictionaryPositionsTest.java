package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The dictionary features' BILOU positions: which token is the last of a known name, or all of it. */
class DictionaryPositionsTest {
    private static int begins(NerDictionary.Kind k) {
        return 1 << 2 * k.ordinal();
    }

    private static int continues(NerDictionary.Kind k) {
        return 2 << 2 * k.ordinal();
    }

    @Test
    void aOneTokenNameIsAUnitAndALongerOneEndsOnItsLastToken() {
        int place = begins(NerDictionary.Kind.PLACE);
        int person = begins(NerDictionary.Kind.PERSON);
        int personGoesOn = continues(NerDictionary.Kind.PERSON);
        // «بيروت» alone: begins and nothing continues it
        assertEquals(place, FeatureExtractor.nameLast(place, 0));
        // «كوفي أنان»: كوفي begins and أنان continues, so كوفي is neither a unit nor a last token ...
        assertEquals(0, FeatureExtractor.nameLast(person, personGoesOn));
        // ... and أنان is the last token
        assertEquals(personGoesOn, FeatureExtractor.nameLast(personGoesOn, 0));
        // a place name right after a person's last token does not hide that the person's name ends there
        assertEquals(personGoesOn, FeatureExtractor.nameLast(personGoesOn, place));
        // a name continuing next door is not ended by a name of another kind continuing too
        assertEquals(place, FeatureExtractor.nameLast(place, personGoesOn));
    }
}
