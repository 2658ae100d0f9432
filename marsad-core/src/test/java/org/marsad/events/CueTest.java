package org.marsad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CueTest {
    @Test
    void hasWordAnswersAsTheWordListDoes() {
        // indexes past Integer's cache of -128..127 too: the words are compared as numbers, not as boxes
        List<Integer> words = new ArrayList<>(List.of(7, 300, 1_000_000));
        Cue cue = new Cue(300, 301, 1_000_000, null, null, words);
        for (int i : new int[] {-1, 0, 7, 8, 127, 128, 299, 300, 301, 999_999, 1_000_000}) {
            assertEquals(words.contains(i), cue.hasWord(i), "word " + i);
        }
        assertEquals(false, new Cue(3, 4, 3, null, null, List.of()).hasWord(3));
    }
}
