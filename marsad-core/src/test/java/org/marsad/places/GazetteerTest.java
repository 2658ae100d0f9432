package org.marsad.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static final Gazetteer G = Gazetteer.load();

    private static GazetteerPlace resolve(String name) {
        return G.resolve(name).orElseThrow(() -> new AssertionError("no place for " + name));
    }

    @Test
    void loadsOnce() {
        assertSame(G, Gazetteer.load());
        assertTrue(G.size() > 8000, "places: " + G.size());
        assertTrue(G.nameCount() > 9000, "names: " + G.nameCount());
    }

    /** The words gathered while the trie was frozen are exactly the steps of the frozen trie (speed29). */
    @Test
    void wordsAreTheStepsOfTheTrie() {
        java.util.Set<String> walked = new java.util.HashSet<>();
        java.util.ArrayDeque<NameTrie.Node> todo = new java.util.ArrayDeque<>(List.of(G.root()));
        while (!todo.isEmpty()) {
            for (var e : todo.poll().next().entrySet()) {
                walked.add(e.getKey());
                todo.add(e.getValue());
            }
        }
        assertEquals(walked, G.words());
        assertTrue(G.words().contains("قاهره") && G.words().contains("بيضاء"), "one-word and later words");
        assertFalse(G.words().contains("القاهره"), "keys, not names as written");
    }

    @Test
    void keysIgnoreArticleAndSpelling() {
        assertEquals(List.of("قاهره"), PlaceNames.key("القاهرة"));
        assertEquals(List.of("دار", "بيضاء"), PlaceNames.key("الدار البيضاء"));
        assertEquals(List.of("الي"), PlaceNames.key("إلى"), "three letters: the article is not stripped");
        assertEquals(G.lookup("القاهرة"), G.lookup("قاهره"));
        assertEquals("Cairo", resolve("القاهرة").nameEn());
    }

    @Test
    void ambiguousNamesResolveByCapitalPopulationAndRegion() {
        assertEquals("LBY", resolve("طرابلس").country(), "capital Tripoli beats Tripoli, Lebanon");
        assertEquals("LBN", G.lookup("طرابلس").get(1).country());
        assertEquals("PPLC", resolve("واشنطن").featureCode());
        assertEquals("CHE", resolve("جنيف").country(), "Geneva, not Geneva, Illinois");
        assertEquals("EGY", resolve("الإسكندرية").country());
    }

    @Test
    void countryBeatsCityOfTheSameName() {
        GazetteerPlace algeria = resolve("الجزائر");
        assertTrue(algeria.isCountry());
        assertEquals("DZA", algeria.country());
        assertEquals("OMN", resolve("عمان").country());
        assertEquals("country", resolve("الكويت").precision());
    }

    @Test
    void regionBreaksOnlyNearTies() {
        GazetteerPlace big = new GazetteerPlace("1", "Far", "USA", 0.0, 0.0, 300_000, "PPL");
        GazetteerPlace nearTie = new GazetteerPlace("2", "Near", "SYR", 0.0, 0.0, 200_000, "PPL");
        GazetteerPlace small = new GazetteerPlace("3", "Small", "SYR", 0.0, 0.0, 100_000, "PPL");
        assertTrue(Gazetteer.PREFERENCE.compare(nearTie, big) < 0, "within a factor of 2: the region wins");
        assertTrue(Gazetteer.PREFERENCE.compare(big, small) < 0, "three times bigger: population wins");
    }

    @Test
    void supplementFixesTheDump() {
        assertEquals(List.of(), G.lookup("البلا"), "junk name of Jerusalem dropped");
        assertFalse(G.lookup("الجزيرة").stream().anyMatch(p -> p.nameEn().equals("Algiers")));
        assertEquals("IRN", G.lookup("قم").get(0).country());
        assertTrue(G.resolve("قم").isEmpty(), "also the imperative \"do\": needs a preposition");
        assertEquals("USA", resolve("أميركا").country());
        assertEquals("GBR", resolve("بريطانيا").country());
    }

    @Test
    void stoplistKeepsCommonWordsOut() {
        assertTrue(G.resolve("المدينة").isEmpty());
        assertTrue(G.resolve("الحرية").isEmpty(), "only a small town is called so");
        assertTrue(G.resolve("مالي").isEmpty(), "Mali needs a preposition");
        assertFalse(G.lookup("مالي").isEmpty());
        assertEquals("Madinah", resolve("المدينة المنورة").nameEn());
    }

    @Test
    void everyStopnameNamesAPlace() {
        for (String[] row : Gazetteer.rows(Gazetteer.STOPNAMES_FILE, 2)) {
            assertFalse(G.lookup(row[0]).isEmpty(), "stopname without a place: " + row[0]);
        }
    }
}
