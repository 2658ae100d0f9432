package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixedListTest {

    @Test
    void equalsAnyListWithTheSameElementsAndCannotBeChanged() {
        List<String> source = new ArrayList<>(List.of("بوتين", "كيم"));
        FixedList<String> copy = FixedList.copyOf(source);
        source.set(0, "شي");
        assertEquals(List.of("بوتين", "كيم"), copy);
        assertEquals(List.of("بوتين", "كيم").hashCode(), copy.hashCode());
        assertThrows(UnsupportedOperationException.class, () -> copy.set(0, "شي"));
        assertThrows(UnsupportedOperationException.class, () -> copy.add("شي"));
        assertThrows(IndexOutOfBoundsException.class, () -> copy.get(2));
        assertSame(copy, FixedList.copyOf(copy));
        assertEquals(List.of(), FixedList.of());
        assertThrows(NullPointerException.class, () -> FixedList.copyOf(java.util.Arrays.asList("a", null)));
    }

    @Test
    void itsIteratorWalksTheItemsOnceAndChangesNothing() {
        FixedList<String> list = FixedList.copyOf(List.of("غزة", "رفح"));
        java.util.Iterator<String> it = list.iterator();
        assertEquals("غزة", it.next());
        assertEquals("رفح", it.next());
        assertEquals(false, it.hasNext());
        assertThrows(java.util.NoSuchElementException.class, it::next);
        assertThrows(UnsupportedOperationException.class, it::remove);
        assertEquals(false, FixedList.of().iterator().hasNext());
        List<String> walked = new ArrayList<>();
        for (String s : list) {
            walked.add(s);
        }
        assertEquals(list, walked);
    }

    @Test
    void theTextLayerHandsOutFixedLists() {
        AnalyzedText t = new TextAnalyzer(w -> false, true).analyze("زار الرئيس الروسي بيونغ يانغ.");
        assertEquals(FixedList.class, t.tokens().getClass());
        for (Token token : t.tokens()) {
            assertEquals(FixedList.class, token.segments().getClass(), token.norm());
        }
    }
}
