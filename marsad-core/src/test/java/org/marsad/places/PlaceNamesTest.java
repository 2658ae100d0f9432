package org.marsad.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PlaceNamesTest {
    @Test
    void cleansDisplayForms() {
        assertEquals("دولة قطر", PlaceNames.clean("دَوْلَة قَطَر"));
        assertEquals("ميانمار", PlaceNames.clean("ميانمار (بورما)"));
        assertEquals("سالفادور", PlaceNames.clean("سالفادور، باهيا"));
        assertEquals("طريف", PlaceNames.clean("طريف\u200E\u200E"));
        assertEquals("الجزائر", PlaceNames.clean("الجزائر (مدينة)"));
    }

    @Test
    void rejectsBrokenAndForeignNames() {
        assertNull(PlaceNames.clean("ااالخرطوم"), "a letter three times");
        assertNull(PlaceNames.clean("د مشق"), "a one-letter word");
        assertNull(PlaceNames.clean("بن"), "a two-letter name");
        assertNull(PlaceNames.clean("جزيرة أبوظبي وجزر داخلية اخرى"), "more than four words");
        assertNull(PlaceNames.clean("رام\u200Cالله"), "Persian zero-width non-joiner");
        assertNull(PlaceNames.clean("مولدوڤا"), "a letter outside Arabic");
        assertNull(PlaceNames.clean("‘Umān"), "Latin");
        assertNull(PlaceNames.clean("مدينة خليفة أ/ مطار"), "punctuation");
    }
}
