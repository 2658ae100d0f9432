package org.marsad.time;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.marsad.text.ArabicNormalizer;

/**
 * The time words of the data files under {@code marsad/time/}, normalized like article text and
 * indexed by their first word, so that the scanner can find every phrase starting at a token with one
 * map look-up. Immutable once built.
 */
final class TimeLexicon {
    /** A phrase of one or more normalized words and one of its meanings. */
    record Phrase(List<String> words, Lex lex) {
        // equals and hashCode written out: the generated ones are made on first use from method handles, for the
        // Phrase and then for each kind of Lex it hashes, spinning classes with the JDK's bytecode writer while the
        // dictionaries load (BENCHMARKS.md, speed27). The hash is the words' alone (a valid hash: equal phrases have
        // equal words); the builder's sets keep their insertion order, so no order depends on it
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Phrase p && words.equals(p.words) && java.util.Objects.equals(lex, p.lex);
        }

        @Override
        public int hashCode() {
            return words.hashCode();
        }
    }

    private final Map<String, List<Phrase>> byFirstWord;
    private final int longestPhrase;
    /**
     * The last {@link #TAIL} letters of every first word (the whole of a shorter one), each packed into a long by
     * {@link #tail}, sorted: asked for every new word, so without a substring or a hash.
     */
    private final long[] firstWordTails;
    private static final int TAIL = 3;
    /** The most letters a spelling strips from a word: و or ف, ب or ل, and the article ال. */
    private static final int MOST_STRIPPED = 4;

    private TimeLexicon(Map<String, List<Phrase>> byFirstWord) {
        this.byFirstWord = byFirstWord;
        this.firstWordTails = byFirstWord.keySet().stream()
                .mapToLong(first -> tail(first, Math.min(TAIL, first.length()))).distinct().sorted().toArray();
        int longest = 1;
        for (List<Phrase> phrases : byFirstWord.values()) {
            for (Phrase p : phrases) {
                longest = Math.max(longest, p.words().size());
            }
        }
        this.longestPhrase = longest;
    }

    /** The phrases whose first word is {@code word} (normalized). */
    List<Phrase> startingWith(String word) {
        return byFirstWord.getOrDefault(word, List.of());
    }

    /**
     * False when no first word of a phrase ends as {@code word} ends (in its last one, two or three letters): then
     * neither does any spelling of it without proclitics or the article, which all end as it does. A cheap test for
     * the word cache's question about each new word ({@link Tokens#mayMatter}).
     */
    boolean mayEndAsAFirstWord(String word) {
        int n = word.length();
        for (int t = 1; t <= TAIL && t <= n; t++) {
            // a tail shorter than TAIL is a whole first word, which a spelling of the word can only be when the
            // word is at most MOST_STRIPPED letters longer (ه and م, the era marks, end a quarter of all words)
            if ((t == TAIL || n <= t + MOST_STRIPPED)
                    && java.util.Arrays.binarySearch(firstWordTails, tail(word, t)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The last {@code t} (at most 3) letters of {@code word} and {@code t} itself, as one number. */
    private static long tail(String word, int t) {
        long v = t;
        for (int k = word.length() - t; k < word.length(); k++) {
            v = v << 16 | word.charAt(k);
        }
        return v;
    }

    /** The last word of every phrase that means a {@code kind} (normalized), e.g. every weekday's name. */
    List<String> lastWords(Class<? extends Lex> kind) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (List<Phrase> phrases : byFirstWord.values()) {
            for (Phrase p : phrases) {
                if (kind.isInstance(p.lex())) {
                    out.add(p.words().get(p.words().size() - 1));
                }
            }
        }
        return List.copyOf(out);
    }

    /** The most words any phrase has. */
    int longestPhrase() {
        return longestPhrase;
    }

    static TimeLexicon load() {
        Builder b = new Builder();
        for (Tsv.Row row : Tsv.read("gregorian-months.tsv", 4)) {
            int month = month(row, row.columns()[0]);
            b.add(row, row.columns()[2], new Lex.MonthName(month, ambiguous(row, row.columns()[3])));
        }
        for (Tsv.Row row : Tsv.read("hijri-months.tsv", 3)) {
            int month = month(row, row.columns()[0]);
            b.add(row, row.columns()[1], new Lex.HijriMonthName(month, ambiguous(row, row.columns()[2])));
        }
        for (Tsv.Row row : Tsv.read("weekdays.tsv", 3)) {
            DayOfWeek day = DayOfWeek.of(integer(row, row.columns()[0], 1, 7));
            b.add(row, row.columns()[1], new Lex.WeekdayName(day, ambiguous(row, row.columns()[2])));
        }
        for (Tsv.Row row : Tsv.read("numbers.tsv", 3)) {
            int value = integer(row, row.columns()[0], 1, 1000);
            String unit = row.columns()[2];
            b.add(row, row.columns()[1], new Lex.NumberWord(value, unit.equals("-") ? null : unit(row, unit)));
        }
        for (Tsv.Row row : Tsv.read("ordinals.tsv", 2)) {
            b.add(row, row.columns()[1], new Lex.OrdinalDay(integer(row, row.columns()[0], 1, 31)));
        }
        for (Tsv.Row row : Tsv.read("units.tsv", 3)) {
            Unit unit = unit(row, row.columns()[0]);
            b.add(row, row.columns()[1], new Lex.UnitWord(unit, false));
            b.add(row, row.columns()[2], new Lex.UnitWord(unit, true));
        }
        for (Tsv.Row row : Tsv.read("relative-days.tsv", 2)) {
            b.add(row, row.columns()[1], new Lex.RelativeDay(integer(row, row.columns()[0], -7, 7)));
        }
        for (Tsv.Row row : Tsv.read("seasons.tsv", 2)) {
            b.add(row, row.columns()[1], new Lex.SeasonName(month(row, row.columns()[0])));
        }
        for (Tsv.Row row : Tsv.read("cues.tsv", 2)) {
            Cue cue;
            try {
                cue = Cue.valueOf(row.columns()[0]);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(row.where() + ": unknown cue " + row.columns()[0], e);
            }
            b.add(row, row.columns()[1], new Lex.CueWord(cue));
        }
        return new TimeLexicon(b.build());
    }

    private static int month(Tsv.Row row, String s) {
        return integer(row, s, 1, 12);
    }

    private static int integer(Tsv.Row row, String s, int min, int max) {
        try {
            int v = Integer.parseInt(s);
            if (v < min || v > max) {
                throw new IllegalStateException(row.where() + ": " + s + " is outside " + min + ".." + max);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(row.where() + ": not a number: " + s, e);
        }
    }

    private static Unit unit(Tsv.Row row, String s) {
        try {
            return Unit.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(row.where() + ": unknown unit " + s, e);
        }
    }

    private static boolean ambiguous(Tsv.Row row, String flags) {
        if (flags.equals("-")) {
            return false;
        }
        if (flags.equals("ambiguous")) {
            return true;
        }
        throw new IllegalStateException(row.where() + ": unknown flag " + flags);
    }

    /** Collects phrases, normalizing each word as the tokenizer normalizes text. */
    private static final class Builder {
        private final Map<String, Set<Phrase>> phrases = new HashMap<>();

        void add(Tsv.Row row, String names, Lex lex) {
            for (String name : names.split("\\|")) {
                List<String> words = new ArrayList<>();
                for (String w : org.marsad.dict.TsvFile.SPACES.split(name.strip())) {
                    String norm = ArabicNormalizer.normalize(w);
                    if (!norm.isEmpty()) {
                        words.add(norm);
                    }
                }
                if (words.isEmpty()) {
                    throw new IllegalStateException(row.where() + ": empty name in " + names);
                }
                phrases.computeIfAbsent(words.get(0), k -> new LinkedHashSet<>()).add(new Phrase(List.copyOf(words), lex));
            }
        }

        Map<String, List<Phrase>> build() {
            Map<String, List<Phrase>> out = new HashMap<>();
            phrases.forEach((k, v) -> out.put(k, List.copyOf(v)));
            return Collections.unmodifiableMap(out);
        }
    }
}
