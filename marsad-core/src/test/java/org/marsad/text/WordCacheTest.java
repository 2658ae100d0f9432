package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The analyzer's word cache: found by characters and variant, colliding hashes kept apart, bounded. */
class WordCacheTest {
    /** Keys for {@code words}, all of one variant. */
    private static WordKeys keys(int variant, String... words) {
        WordKeys k = new WordKeys(words.length, 16);
        for (String w : words) {
            k.begin();
            k.append(w.toCharArray(), 0, w.length());
            k.end(variant);
        }
        return k;
    }

    private static WordCache.Entry entry(WordKeys keys, int k) {
        String norm = keys.string(k);
        return new WordCache.Entry(keys.hash(k), keys.variant(k), keys.copyChars(k), norm,
                List.of(new Segment("", norm, "")), null, 0);
    }

    @Test
    void wordsWhoseHashesCollideAreKeptApart() {
        // "Aa" and "BB" have the same 31-polynomial hash, so they start probing at the same slot
        WordKeys keys = keys(0, "Aa", "BB");
        assertEquals(keys.hash(0), keys.hash(1));
        WordCache cache = new WordCache(10);
        WordCache.Entry aa = entry(keys, 0);
        cache.add(aa);
        WordCache.Entry[] found = cache.getAll(keys, new WordCache.Entry[keys.size()]);
        assertSame(aa, found[0]);
        assertNull(found[1], "BB must not be answered with Aa's entry");
        WordCache.Entry bb = entry(keys, 1);
        cache.add(bb);
        found = cache.getAll(keys, new WordCache.Entry[keys.size()]);
        assertSame(aa, found[0]);
        assertSame(bb, found[1]);
        assertEquals("BB", found[1].norm);
    }

    @Test
    void theSameCharactersAsAnotherKindOfTokenAreAnotherEntry() {
        WordCache cache = new WordCache(10);
        WordKeys word = keys(0, "وزاره");
        WordKeys taMarbuta = keys(1, "وزاره");
        cache.add(entry(word, 0));
        assertNull(cache.getAll(taMarbuta, new WordCache.Entry[1])[0]);
        assertEquals("وزاره", cache.getAll(word, new WordCache.Entry[1])[0].norm);
    }

    @Test
    void aFullCacheAnswersButNeverGrows() {
        WordCache cache = new WordCache(2);
        WordKeys keys = keys(0, "روسيا", "سوريا", "ايران");
        for (int k = 0; k < 3; k++) {
            cache.add(entry(keys, k));
        }
        cache.add(entry(keys, 0)); // already there: not counted twice
        assertEquals(2, cache.size());
        WordCache.Entry[] found = cache.getAll(keys, new WordCache.Entry[keys.size()]);
        assertEquals("روسيا", found[0].norm);
        assertEquals("سوريا", found[1].norm);
        assertNull(found[2]);
    }

    @Test
    void collidingWordsOfEveryLengthAreToldApartCharacterByCharacter() {
        // "Aa" -> "BB" keeps the hash: pairs that differ across each boundary of the packed comparison (4, 8, 12
        // characters) and in words too long to pack
        String[] words = {"xxxAaxxx", "xxxBBxxx", "xxxxxxxAax", "xxxxxxxBBx", "xxxxxxxxxxAa", "xxxxxxxxxxBB",
                "xxxxxxxxxxxAa", "xxxxxxxxxxxBB", "xxxxxxxxxxxxxAa", "xxxxxxxxxxxxxBB"};
        WordKeys keys = keys(0, words);
        WordCache cache = new WordCache(100);
        for (int k = 0; k < words.length; k += 2) {
            assertEquals(keys.hash(k), keys.hash(k + 1), words[k]);
            cache.add(entry(keys, k)); // only the first of each pair
        }
        WordCache.Entry[] found = cache.getAll(keys, new WordCache.Entry[keys.size()]);
        for (int k = 0; k < words.length; k++) {
            if (k % 2 == 0) {
                assertEquals(words[k], found[k].norm);
            } else {
                assertNull(found[k], words[k] + " answered with " + (found[k] == null ? "" : found[k].norm));
            }
        }
    }
}
