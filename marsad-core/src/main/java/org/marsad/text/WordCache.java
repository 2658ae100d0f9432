package org.marsad.text;

import java.util.List;

/**
 * The text layer's per-word cache: for each distinct token form, its normalized string and its clitic readings
 * (with their {@link StemFacts}), computed once. News repeats its words (Zipf), so most tokens are served from
 * here, and the look-up is a fifth of the coder's time: this table is built for it.
 *
 * <ul>
 *   <li>Looked up by the tokens' normalized characters ({@link WordKeys}), so a cached word costs no string.</li>
 *   <li>Open addressing in one array of immutable entries: a look-up reads the slot, the entry and its
 *       characters (a {@code ConcurrentHashMap<String, …>} also reads a node, a string and its bytes, and
 *       needs the string's hash computed first).</li>
 *   <li>Shared by all threads without locking on reads: an entry's fields are final, so a thread that reads
 *       an entry from the array (even racing with the writer) sees it whole; a thread that misses one being
 *       added computes the same readings itself. Writes are rare (a new word) and synchronized.</li>
 *   <li>Bounded: once {@code limit} words are in, it only answers, it never grows (the first words seen in a
 *       corpus are its frequent ones), and the array never resizes.</li>
 * </ul>
 */
final class WordCache {
    /**
     * One token form: kind variant (see {@link TextAnalyzer}), normalized characters, and what they read as (the
     * {@link WordForm} its tokens share).
     */
    static final class Entry extends WordForm {
        /** Words of at most this many characters are compared inside the entry (most words are this short). */
        static final int PACKED = 12;

        final int hash;
        final int variant;
        final int length;
        /** The characters, four to a long, zero after the end (words of at most {@link #PACKED} characters). */
        final long c0;
        final long c1;
        final long c2;
        /** The characters of a longer word, else null. */
        final char[] chars;

        /** @param answered {@link StemFacts#answered} of the segments (0 without stem facts) */
        Entry(int hash, int variant, char[] chars, String norm, List<Segment> segments, StemFacts answeredBy,
              long answered) {
            super(norm, segments, answeredBy, answered);
            this.hash = hash;
            this.variant = variant;
            this.length = chars.length;
            this.c0 = pack(chars, 0, chars.length, 0);
            this.c1 = pack(chars, 0, chars.length, 1);
            this.c2 = pack(chars, 0, chars.length, 2);
            this.chars = chars.length > PACKED ? chars : null;
        }

        /**
         * Whether this is the entry of key {@code k}. A short word is compared without leaving the entry: the look-up
         * waited for the entry and then for its character array, another object elsewhere in the heap.
         */
        boolean matches(WordKeys keys, int k) {
            return hash == keys.hash(k) && variant == keys.variant(k) && length == keys.length(k)
                    && (chars == null ? keys.samePacked(k, c0, c1, c2)
                    : keys.sameChars(k, chars));
        }

        boolean sameKey(Entry o) {
            return hash == o.hash && variant == o.variant && length == o.length && c0 == o.c0 && c1 == o.c1
                    && c2 == o.c2 && java.util.Arrays.equals(chars, o.chars);
        }

        /** Characters {@code [from + 4 part, from + 4 part + 4)} of {@code a[from, to)}, 16 bits each, 0 past the end. */
        static long pack(char[] a, int from, int to, int part) {
            long v = 0;
            for (int i = 0, at = from + 4 * part; i < 4 && at < to; i++, at++) {
                v |= (long) a[at] << (16 * i);
            }
            return v;
        }
    }

    private final Entry[] slots;
    private final int limit;
    private int size; // guarded by this
    /** Set once the cache holds {@code limit} words: misses then skip the lock. */
    private volatile boolean full;

    /**
     * @param limit how many words it keeps at most. The table is the power of two between {@code limit} and twice
     *              it (so it never fills and a probe always ends), 524,288 slots for the analyzer's 300,000 words: a
     *              table twice that size found 96 % of the corpus's tokens in their first slot instead of 94 %, but
     *              its 4 MB of slots missed the processor's caches more, and coding was 2-5 % slower per CPU-second
     *              (BENCHMARKS.md, session 9).
     */
    WordCache(int limit) {
        int capacity = Integer.highestOneBit(Math.max(16, limit) * 2);
        this.slots = new Entry[capacity];
        this.limit = limit;
    }

    /**
     * The entry of each key, or null where the cache does not hold it. All keys at once, in passes whose loads do
     * not depend on each other: reading the first slot of every key, then each slot's entry, lets the processor
     * wait for many cache misses together instead of one after the other (one word after the other, a look-up
     * was a fifth of the coder's time, nearly all of it waiting for memory).
     *
     * @param found where the entries go, from index 0 (at least {@code keys.size()} long); returned
     */
    Entry[] getAll(WordKeys keys, Entry[] found) {
        Entry[] table = slots;
        int mask = table.length - 1;
        int n = keys.size();
        for (int k = 0; k < n; k++) {
            found[k] = table[keys.hash(k) >>> 8 & mask];
        }
        for (int k = 0; k < n; k++) {
            Entry e = found[k];
            if (e != null && !e.matches(keys, k)) {
                // another word in its first slot: probe on from the next (the first one's entry is not read again)
                found[k] = probe(keys, k, (keys.hash(k) >>> 8) + 1 & mask);
            }
        }
        return found;
    }

    /** The entry of key {@code k}, or null. */
    Entry get(WordKeys keys, int k) {
        return probe(keys, k, keys.hash(k) >>> 8 & slots.length - 1);
    }

    /** The entry of key {@code k} found probing from slot {@code from} on, or null. */
    private Entry probe(WordKeys keys, int k, int from) {
        Entry[] table = slots;
        int mask = table.length - 1;
        for (int i = from; ; i = i + 1 & mask) {
            Entry e = table[i];
            if (e == null) {
                return null;
            }
            if (e.matches(keys, k)) {
                return e;
            }
        }
    }

    /** Keeps {@code e} unless the cache is full or holds the word already (added by another thread meanwhile). */
    void add(Entry e) {
        if (!full) {
            addLocked(e);
        }
    }

    private synchronized void addLocked(Entry e) {
        if (size >= limit) {
            full = true;
            return;
        }
        int mask = slots.length - 1;
        for (int i = e.hash >>> 8 & mask; ; i = i + 1 & mask) {
            Entry old = slots[i];
            if (old == null) {
                slots[i] = e;
                size++;
                return;
            }
            if (old.sameKey(e)) {
                return;
            }
        }
    }

    synchronized int size() {
        return size;
    }
}
