package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads a normalized Arabic word as proclitics + stem + enclitic, without destroying names.
 *
 * <p>Proclitics, in order: a conjunction (و ف), then a preposition (ب ل ك) or the future marker س,
 * then the article ال ({@code لل} is ل + ال). Enclitics are object/possessive pronouns (ه ها هم هما هن
 * كم كما كن نا ني ي). Every reading whose stem keeps at least two letters (three after a bare
 * one-letter proclitic) is produced, so matchers can try them all: that is what keeps بوتين and
 * كوريا whole (no dictionary knows وتين or وريا) while لكوريا still matches كوريا.
 *
 * <p>The order of the readings is the preference: a reading whose stem the {@code lexicon} knows
 * comes first, then readings through the article ال, then the whole word, then the rest by how
 * little they strip. Readings that no dictionary could use are dropped (see {@link #segment}).
 */
public final class CliticSegmenter {
    /**
     * Pronoun enclitics. The first-person ي ("my") is left out: in news it is rare outside quotes, and
     * stripping it would break every nisba adjective (اجتماعي → اجتماع).
     */
    private static final String[] SUFFIXES = {"هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه"};

    private final Predicate<String> lexicon;
    private final boolean prune;
    /**
     * One string per proclitic sequence (a few dozen: the grammar above is closed), shared by every reading that
     * carries it: a word cache of 300,000 words kept about 90,000 copies of {@code ال}, {@code وال}, {@code لل} ...
     */
    private final java.util.concurrent.ConcurrentHashMap<String, String> sharedPrefixes =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** @param lexicon stems known to be words or names (dictionary entries and cue words) */
    public CliticSegmenter(Predicate<String> lexicon) {
        this(lexicon, false);
    }

    /**
     * @param prune keep only the readings a dictionary can use (see {@link #segment}); right when
     *              {@code lexicon} holds every word of every dictionary that will match the tokens
     */
    public CliticSegmenter(Predicate<String> lexicon, boolean prune) {
        this.lexicon = lexicon;
        this.prune = prune;
    }

    public List<Segment> segment(String word) {
        return segment(word, false);
    }

    /**
     * @param taMarbuta the original word ends in ة, which normalization folded to ه: that ه is part
     *                  of the word, not the pronoun "his" (وزارة is not و + زار + ه)
     */
    public List<Segment> segment(String word, boolean taMarbuta) {
        List<Segment> readings = new ArrayList<>(6);
        readings.add(new Segment("", word, ""));
        int n = word.length();
        if (n < 3) {
            return readings;
        }
        // proclitic prefixes that may start this word
        List<String> prefixes = new ArrayList<>(6);
        int p = 0;
        for (int conj = 0; conj <= 1; conj++) {
            int at0 = 0;
            if (conj == 1) {
                char c = word.charAt(0);
                if (c != 'و' && c != 'ف') {
                    continue;
                }
                at0 = 1;
            }
            // optional preposition / future marker
            for (int prep = 0; prep <= 1; prep++) {
                int at = at0;
                if (prep == 1) {
                    if (at >= n) {
                        continue;
                    }
                    char c = word.charAt(at);
                    if (c != 'ب' && c != 'ل' && c != 'ك' && c != 'س') {
                        continue;
                    }
                    if (c == 'س' && (at + 1 >= n || "يتنا".indexOf(word.charAt(at + 1)) < 0)) {
                        continue; // future س only before an imperfect verb prefix
                    }
                    at++;
                }
                addPrefix(prefixes, word.substring(0, at));
                if (prep == 1 && word.charAt(at - 1) == 'س') {
                    continue; // no article after the future marker
                }
                // article: ال, or the ل of لل after a preposition ل
                if (word.startsWith("ال", at)) {
                    addPrefix(prefixes, word.substring(0, at + 2));
                } else if (at > 0 && word.charAt(at - 1) == 'ل' && prep == 1 && word.startsWith("ل", at)) {
                    addPrefix(prefixes, word.substring(0, at + 1)); // لل = ل + (ا)ل
                }
            }
        }
        for (String prefix : prefixes) {
            boolean article = prefix.endsWith("ال") || prefix.endsWith("لل") && prefix.length() >= 2;
            int minStem = prefix.isEmpty() || article || prefix.length() >= 2 ? 2 : 3;
            for (int s = -1; s < SUFFIXES.length; s++) {
                String suffix = s < 0 ? "" : SUFFIXES[s];
                if (prefix.isEmpty() && suffix.isEmpty()) {
                    continue;
                }
                if (!suffix.isEmpty() && (article || !word.endsWith(suffix))) {
                    continue; // a word with the article takes no pronoun suffix
                }
                if (taMarbuta && suffix.equals("ه")) {
                    continue;
                }
                int stemLen = n - prefix.length() - suffix.length();
                int min = suffix.equals("ي") || suffix.equals("ه") ? Math.max(minStem, 3) : minStem;
                if (stemLen < min) {
                    continue;
                }
                String stem = word.substring(prefix.length(), n - suffix.length());
                readings.add(new Segment(prefix, stem, suffix));
                if (!suffix.isEmpty() && stem.endsWith("ت") && stem.length() >= 3) {
                    // before a pronoun ة is written ت: زيارته = زيارة + ه
                    readings.add(new Segment(prefix, stem.substring(0, stem.length() - 1) + "ه", suffix));
                }
            }
        }
        if (readings.size() > 1) {
            // rank once per reading (the lexicon look-ups are the cost), then sort stably by rank
            int n2 = readings.size();
            long[] keyed = new long[n2];
            for (int i = 0; i < n2; i++) {
                keyed[i] = ((long) rank(readings.get(i)) << 32) | i;
            }
            java.util.Arrays.sort(keyed);
            List<Segment> kept = new ArrayList<>(4);
            for (int i = 0; i < n2; i++) {
                Segment r = readings.get((int) keyed[i]);
                // Every matcher is driven by a dictionary, so a reading whose stem no dictionary knows can
                // match nothing — except through prefix cues (اتفاق* in اتفاقية), which only need the
                // unsegmented word or the word without its proclitics and article. Drop the rest: it is
                // most of the readings and most of the matching time.
                if (!prune || i == 0 || r.suffix().isEmpty() && (r.prefix().isEmpty() || r.hasArticle())
                        || lexicon.test(r.stem())) {
                    kept.add(r);
                }
            }
            return List.copyOf(kept);
        }
        return List.copyOf(readings);
    }

    private void addPrefix(List<String> prefixes, String prefix) {
        if (!prefixes.contains(prefix)) {
            prefixes.add(prefix.isEmpty() ? "" : sharedPrefixes.computeIfAbsent(prefix, p -> p));
        }
    }

    private int rank(Segment s) {
        boolean whole = s.prefix().isEmpty() && s.suffix().isEmpty();
        int stripped = s.prefix().length() + s.suffix().length();
        if (lexicon.test(s.stem())) {
            return stripped; // known stems first, the least stripped first
        }
        if (s.hasArticle() && s.suffix().isEmpty()) {
            return 100 + stripped;
        }
        if (whole) {
            return 200;
        }
        return 300 + stripped;
    }
}
