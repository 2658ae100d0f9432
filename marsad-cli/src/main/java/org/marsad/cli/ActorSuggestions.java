package org.marsad.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.marsad.Pipeline;
import org.marsad.actors.ActorMention;
import org.marsad.ner.SuggestCues;
import org.marsad.store.Counts;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Token;

/**
 * Ranks the names no dictionary knows ({@link org.marsad.store.Store#unresolved}) as candidates for the actor
 * dictionaries: merges the rows that spell one person (with or without a title; with or without the chain of
 * «بن» between given name and family name), drops what cannot be an actor's name, and orders the rest by
 * general evidence only: frequency, how often a title with a country introduced the name, the cue words of
 * its sentences (marsad/ner/suggest-cues.tsv) and how often it stands inside the name of something named
 * after a person or after a kinship word (marsad/actors/not-a-person-after.tsv: مطار الملك …، بن …).
 */
final class ActorSuggestions {
    /** Sentences weighed per candidate (its spellings together). */
    private static final int SAMPLES = 8;

    private final Pipeline pipeline;
    private final SuggestCues cues;
    /** An article's text by id (empty when it is gone). */
    private final Function<String, String> articleText;

    ActorSuggestions(Pipeline pipeline, SuggestCues cues, Function<String, String> articleText) {
        this.pipeline = pipeline;
        this.cues = cues;
        this.articleText = articleText;
    }

    /** The candidates of the given types seen at least {@code minCount} times, likeliest actors first. */
    List<Candidate> rank(List<Counts.Unresolved> rows, List<String> types, int minCount) {
        Map<String, Candidate> byName = new LinkedHashMap<>();
        for (Counts.Unresolved u : rows) {
            if (!types.contains(u.type())) {
                continue;
            }
            // titled mentions are stored with their title (وزير الخارجية التشيكي لوبومير زاوراليك)
            String name = u.code() == null ? u.text().strip() : nameAfterTitle(u.text());
            if (ArabicNormalizer.normalize(name).length() >= 3 && completeName(name)) {
                byName.computeIfAbsent(key(name, u.type()), k -> new Candidate(u.type())).add(name, u);
            }
        }
        List<Candidate> ranked = new ArrayList<>();
        for (Candidate c : byName.values()) {
            // a person is named by at least two words in news unless a title introduced them; one-word
            // "persons" are mostly tagging noise
            boolean plausible = !c.type.equals("PERS") || c.titled > 0 || c.name().contains(" ");
            if (c.mentions >= minCount && plausible) {
                weigh(c);
                ranked.add(c);
            }
        }
        ranked.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::name));
        return ranked;
    }

    /** The sentence of a sample, as stored. */
    String sentence(Counts.Sample s) {
        String text = articleText.apply(s.articleId());
        int from = Math.max(0, Math.min(s.sentenceStart(), text.length()));
        int to = Math.max(from, Math.min(s.sentenceEnd(), text.length()));
        return text.substring(from, to);
    }

    /** The cue words and the words before the name, over every sample sentence. */
    private void weigh(Candidate c) {
        int sentences = 0;
        int cueSum = 0;
        int namedAfter = 0;
        for (Counts.Sample s : c.samples.subList(0, Math.min(SAMPLES, c.samples.size()))) {
            String sentence = sentence(s);
            if (sentence.isEmpty()) {
                continue;
            }
            List<Token> tokens = pipeline.analyze(sentence).tokens();
            sentences++;
            cueSum += Math.max(-4, Math.min(4, cues.score(tokens)));
            if (afterNotAPersonWord(tokens, s.start() - s.sentenceStart())) {
                namedAfter++;
            }
        }
        c.cueScore = sentences == 0 ? 0 : (double) cueSum / sentences;
        c.namedAfterShare = sentences == 0 ? 0 : (double) namedAfter / sentences;
    }

    /**
     * Whether one of the two words before a mention makes it part of another name: a kinship word (بن عادل
     * الطريفي is his son's name) or a thing named after a person (مطار الملك عبدالعزيز الدولي).
     */
    private boolean afterNotAPersonWord(List<Token> tokens, int mentionStart) {
        int before = 0;
        for (int i = tokens.size() - 1; i >= 0 && before < 2; i--) {
            Token t = tokens.get(i);
            if (t.end() > mentionStart) {
                continue;
            }
            if (!t.isWord()) {
                return false; // a comma or a quote ends the name before it
            }
            before++;
            if (pipeline.actors().isNotPersonCue(t.norm()) || pipeline.actors().isNotPersonCue(t.stem())) {
                return true;
            }
        }
        return false;
    }

    /** The name in a titled mention: what follows the dictionary mentions (the title, its country) at its start. */
    private String nameAfterTitle(String text) {
        int end = 0;
        for (ActorMention m : pipeline.mentions(pipeline.analyze(text), LocalDate.now())) {
            if (m.span().start() <= end + 1) {
                end = Math.max(end, m.span().end());
            }
        }
        return text.substring(end).strip();
    }

    /** A name that ends in a kinship word (متعب بن) was cut short by the recognizer: not a name. */
    private boolean completeName(String name) {
        String[] words = ArabicNormalizer.normalize(name).split(" ");
        return !pipeline.actors().isNotPersonCue(words[words.length - 1]);
    }

    /**
     * The key names are merged by: the normalized name; for a person, its first and last word only, so that
     * «عادل الطريفي» and «عادل بن زيد الطريفي» (the chain of «بن» left out) are one candidate.
     */
    private String key(String name, String type) {
        String norm = ArabicNormalizer.normalize(name);
        String[] words = norm.split(" ");
        if (!type.equals("PERS") || words.length < 2) {
            return type + ":" + norm;
        }
        for (int i = 1; i < words.length - 1; i++) {
            // only a nasab chain may be dropped: every middle word is بن or the name after one
            boolean kin = pipeline.actors().isNotPersonCue(words[i]);
            boolean afterKin = pipeline.actors().isNotPersonCue(words[i - 1]);
            if (!kin && !afterKin) {
                return type + ":" + norm;
            }
        }
        return type + ":" + words[0] + " " + words[words.length - 1];
    }

    /** One name with the stored rows that spell it, with or without a title or a nasab. */
    static final class Candidate {
        final String type;
        long mentions;
        long articles;
        long titled;
        double cueScore;
        double namedAfterShare;
        final List<Counts.Sample> samples = new ArrayList<>();
        final Map<String, Long> spellings = new TreeMap<>();
        final Map<String, Long> titleCodes = new TreeMap<>();
        final Map<String, Long> nearCodes = new TreeMap<>();

        Candidate(String type) {
            this.type = type;
        }

        void add(String name, Counts.Unresolved u) {
            mentions += u.mentions();
            articles += u.articles(); // an upper bound when one article spells the name two ways
            spellings.merge(name, u.mentions(), Long::sum);
            if (u.code() != null) {
                titled += u.mentions();
                titleCodes.merge(u.code(), u.mentions(), Long::sum);
            }
            for (String near : u.cooccurringCodes().split(" ")) {
                int x = near.lastIndexOf('×');
                if (x > 0) {
                    nearCodes.merge(near.substring(0, x), Long.parseLong(near.substring(x + 1)), Long::sum);
                }
            }
            // samples with a title first: they say who the person is
            if (u.code() != null) {
                samples.addAll(0, u.samples());
            } else {
                samples.addAll(u.samples());
            }
        }

        /** The spelling seen most often (the longer on a tie: it says more). */
        String name() {
            return spellings.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                    .thenComparing(e -> e.getKey().length())).orElseThrow().getKey();
        }

        /**
         * Frequency (log: a footballer named 500 times is not 100 times likelier an actor than a minister
         * named 5 times), plus the share of mentions a title with a country introduced, plus the mean cue
         * score of its sentences (each capped, so one sentence cannot outweigh the rest), plus how firmly one
         * country's codes accompany it ({@link #support}), minus the share of its sentences where it is part
         * of another name.
         */
        double score() {
            return Math.log(1 + mentions) / Math.log(2) + 4.0 * titled / mentions + cueScore + 3.0 * support()
                    - 6.0 * namedAfterShare;
        }

        /**
         * Mentions with a title, plus the codes of the proposed country named beside the name, per mention
         * (at most 1): political actors are named among other actors of their state, a footballer's club or a
         * company's product much less, and a sports federation among many countries at once.
         */
        double support() {
            String country = proposedCountry();
            long near = country == null ? 0 : byCountry().get(country);
            return Math.min(1.0, (double) (titled + near) / mentions);
        }

        /**
         * The title's code, else the code of the country whose codes are named most often beside the name
         * (its codes together: SAU×41 SAUGOV×53 outweigh EGY×59), preferring one with a role (SAUGOV).
         */
        String proposal() {
            if (!titleCodes.isEmpty()) {
                return titleCodes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            }
            String country = proposedCountry();
            if (country == null) {
                return "?";
            }
            return nearCodes.entrySet().stream().filter(e -> e.getKey().startsWith(country))
                    .max(Comparator.<Map.Entry<String, Long>, Boolean>comparing(e -> e.getKey().length() > 3)
                            .thenComparing(Map.Entry.comparingByValue()))
                    .orElseThrow().getKey();
        }

        private String proposedCountry() {
            return byCountry().entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }

        /** The counts of the codes named beside the name, summed by their first three letters (country, IGO, region). */
        private Map<String, Long> byCountry() {
            Map<String, Long> out = new TreeMap<>();
            nearCodes.forEach((code, n) -> out.merge(code.substring(0, Math.min(3, code.length())), n, Long::sum));
            return out;
        }

        /** Where the proposal comes from: the title's codes, else the codes named beside the name. */
        String evidence() {
            return titleCodes.isEmpty() ? "near: " + top(nearCodes) : "title: " + titleCodes;
        }

        private static String top(Map<String, Long> codes) {
            return String.join(" ", codes.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(3).map(e -> e.getKey() + "×" + e.getValue()).toList());
        }
    }
}
