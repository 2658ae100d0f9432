package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the dictionaries know about a stem, looked up once per distinct word instead of once per token.
 *
 * <p>Every stage asks its dictionaries about each token's stems (is it a name's first word, an event
 * verb, a reporting verb ...). Those are hash lookups with string keys, and on real text most of the
 * coder's time went to their cache misses. A {@link TextAnalyzer} built with a {@code StemFacts} answers
 * all registered questions when it first segments a word and keeps the answers on the word's
 * {@link Segment}s, which it already caches; a stage then reads its answer through its {@link Slot}.
 * Segments from an analyzer without these facts are answered by the lookup itself, so results never
 * depend on where a segment came from.
 */
public final class StemFacts {
    private final List<Function<String, Object>> lookups = new ArrayList<>();
    private volatile boolean frozen;
    /**
     * The facts of every stem that answers none of the questions, shared: most readings' stems are in no dictionary,
     * and a facts record with an array of nulls per reading was a third of the word cache's heap (BENCHMARKS.md,
     * session 11). Replaced at each registration, so its array always has one element per question.
     */
    private Segment.Facts noAnswers = new Segment.Facts(this, new Object[0]);

    /** A question about stems, registered before the first text is analyzed. */
    public final class Slot {
        private final int index;
        private final long bit;
        private final Function<String, Object> lookup;

        private Slot(int index, Function<String, Object> lookup) {
            this.index = index;
            this.bit = index < Long.SIZE ? 1L << index : 0; // beyond 64 questions a word is never passed over
            this.lookup = lookup;
        }

        /**
         * False only when no reading of {@code t} has an answer here, known without reading them: the analyzer
         * that made the token summed its readings' answers up once per distinct word. Most words answer none of a
         * stage's questions, and reading each token's readings, their facts and answers was most of the phrase
         * matchers' time (memory waits: those objects lie all over the heap).
         */
        public boolean mayAnswer(Token t) {
            return t.answeredBy() != StemFacts.this || bit == 0 || (t.answered() & bit) != 0;
        }

        /** The answer for {@code s}'s stem: kept on the segment when it carries these facts, else looked up now. */
        @SuppressWarnings("unchecked")
        public <T> T of(Segment s) {
            Segment.Facts f = s.facts();
            return (T) (f != null && f.owner() == StemFacts.this ? f.values()[index] : lookup.apply(s.stem()));
        }

        /**
         * The answer for {@code t}'s form as written ({@link Token#norm}): kept on the token's whole-word reading when
         * it carries these facts (every word the analyzer made does), else looked up now. The same answer as the look-up
         * of {@code t.norm()}, without hashing it.
         */
        @SuppressWarnings("unchecked")
        public <T> T ofNorm(Token t) {
            Segment.Facts f = t.normFacts();
            return (T) (f != null && f.owner() == StemFacts.this ? f.values()[index] : lookup.apply(t.norm()));
        }
    }

    /**
     * {@link Slot#mayAnswer}, true for a question not registered (a stage used without an analyzer's facts): the
     * one test every stage makes before reading a token's readings.
     */
    public static boolean mayAnswer(Slot slot, Token t) {
        return slot == null || slot.mayAnswer(t);
    }

    /** Registers a question; its answers must depend on the stem alone and may be null. */
    public synchronized Slot register(Function<String, Object> lookup) {
        if (frozen) {
            throw new IllegalStateException("stem facts are fixed once a text has been analyzed with them");
        }
        lookups.add(lookup);
        noAnswers = new Segment.Facts(this, new Object[lookups.size()]);
        return new Slot(lookups.size() - 1, lookup);
    }

    /**
     * Which questions some reading of a word answers (see {@link Token#answered}); every bit when a reading does
     * not carry these facts (a token made without them: each stage then asks the dictionaries; the analyzer gives
     * numbers and signs their facts too since speed36).
     */
    long answered(List<Segment> readings) {
        long bits = 0;
        for (int ri = 0; ri < readings.size(); ri++) { // by index: the iterator escaped (1-2 % of the bytes, speed20)
            Segment r = readings.get(ri);
            if (r.facts() == null || r.facts().owner() != this) {
                return -1L;
            }
            Object[] values = r.facts().values();
            for (int i = 0; i < values.length && i < Long.SIZE; i++) {
                if (values[i] != null) {
                    bits |= 1L << i;
                }
            }
        }
        return bits;
    }

    /**
     * The answers of every registered question for one stem; the one shared record when it answers none (its array
     * is never written: {@link Slot#of} only reads).
     */
    Segment.Facts of(String stem) {
        if (!frozen) {
            frozen = true; // written once: a volatile write per new word would bounce this line between threads
        }
        int n = lookups.size();
        Object[] values = null; // allocated at the first answer
        for (int i = 0; i < n; i++) {
            Object v = lookups.get(i).apply(stem);
            if (v != null) {
                if (values == null) {
                    values = new Object[n];
                }
                values[i] = v;
            }
        }
        return values == null ? noAnswers : new Segment.Facts(this, values);
    }
}
