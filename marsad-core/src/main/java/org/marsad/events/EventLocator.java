package org.marsad.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.marsad.actors.ActorMention;
import org.marsad.dict.TsvFile;
import org.marsad.model.Place;
import org.marsad.places.Gazetteer;
import org.marsad.places.GazetteerPlace;
import org.marsad.places.PlaceFinder;
import org.marsad.places.PlaceMention;
import org.marsad.text.AnalyzedText;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Segment;
import org.marsad.text.Token;

/**
 * Says where an event happened from the places named in its sentence: the place introduced by في or بـ
 * nearest to the cue, or for a visit its destination (إلى / لـ). A place that is itself the event's source or
 * target (موسكو as a metonym for Russia) is not its location, nor, for a verbal act, a place that belongs to
 * what the act is about ({@code events/locations.tsv}); with no other place, a visit's host or an attacked place that is
 * one of the event's sides («وصل كارتر إلى بغداد»). No place, no location.
 */
public final class EventLocator {
    /** How a code's location is read (see {@code events/locations.tsv}). */
    enum Rule {
        /** A place after إلى or لـ is where the event happens (a visit's destination). */
        DESTINATION,
        /** A place after إلى (not لـ), unless after an envoy's title, is where a meeting happens. */
        DESTINATION_ILA,
        /**
         * With no other place, the event happens at its target (or source) when that side is named as a place: a
         * visit's host (زيارة إلى القاهرة), an attacked city (قصف صنعاء).
         */
        AT_TARGET_PLACE,
        AT_SOURCE_PLACE,
        /**
         * With no other place, the event happens at its target (or source) when that side is a place named after في or
         * بـ: «اندلعت أعمال شغب في القدس»، «مظاهرات احتجاج في تركيا» (the side is read from where the act happened).
         */
        AT_SIDE_IN,
        /** A place after the source and target belongs to what a verbal act is about. */
        TOPIC_AFTER_TARGET,
        /** A place after a meeting's source and target is its venue, unless a topic word stands between. */
        VENUE_AT_TARGET
    }

    /** {@code prefix}: codes starting with it, or exactly it when {@code whole}. */
    private record CodeRule(String prefix, boolean whole, Rule rule) {
        boolean covers(String code) {
            return whole ? code.equals(prefix) : code.startsWith(prefix);
        }
    }

    private static final String COUNTRY = "country";
    /**
     * A place a compass word puts nearer its reference than this is no homonym: the farthest described by a compass
     * word that places14 read was al-Baaj, «510 كم شمال غرب بغداد»; the gazetteer's homonyms lie in other lands, over
     * 1,000 km away.
     */
    private static final double HOMONYM_KM = 600;
    /** Tokens from a place's end to its reference's start: a comma, a two-word direction and a head noun. */
    private static final int REFERENCE_REACH = 4;
    /**
     * Tokens at most between the cue and a side's place said with في or بـ for {@link Rule#AT_SIDE_IN}: «أعمال شغب في
     * القدس»، «ألقت الجهات الأمنية بمحافظة حفر الباطن القبض». Farther, the place mostly belongs to a phrase of its own
     * («القيادي ... الذي يعيش في أنقرة، المسؤولية عن الخلايا ... التي اعتقلت»: session 24, places20, the tuning set's
     * 510 changed events read by this distance: a place within five words of the cue was nearly always right).
     */
    private static final int SIDE_IN_REACH = 5;
    /** Words a quarter's name may have between its quarter word and the compass word: «حي الجراف الغربي شمالي». */
    private static final int QUARTER_REACH = 4;

    private final List<CodeRule> rules;
    /** Stems of envoys' titles: «المبعوث الأممي إلى سوريا» names an office, not a journey. */
    private final Set<String> envoyTitles;
    /** Stems that open what a meeting is about («لبحث»، «الوضع»، «سبل»): a place after them is the topic's. */
    private final Set<String> topicWords;
    /** Connectives that open another clause (فيما، بينما، لكن، ؛): a place past one is that clause's. */
    private final ClauseBreaks clauseBreaks;
    /** Adverbs of place, by kind ({@code events/place-adverbs.tsv}): وسط، داخل، قرب (at); شمال، جنوب ... (compass). */
    private final Set<String> atAdverbs;
    private final Set<String> compassAdverbs;
    /** Words of lying somewhere (الواقعة، تقع): the place after «الواقعة شمال» is a point of reference. */
    private final Set<String> liesWords;
    /** Quarters of a city (حي، شارع، دوار): «حي الجراف شمالي صنعاء» is in the city the compass word names. */
    private final Set<String> quarterWords;

    public EventLocator(ClauseBreaks clauseBreaks) {
        this(load(), stems("marsad/events/envoy-titles.tsv"), stems("marsad/events/topic-words.tsv"), clauseBreaks,
                TsvFile.read("marsad/events/place-adverbs.tsv", 2, true));
    }

    private EventLocator(List<CodeRule> rules, Set<String> envoyTitles, Set<String> topicWords,
            ClauseBreaks clauseBreaks, List<TsvFile.Row> adverbs) {
        this.rules = List.copyOf(rules);
        this.envoyTitles = Set.copyOf(envoyTitles);
        this.topicWords = Set.copyOf(topicWords);
        this.clauseBreaks = clauseBreaks;
        java.util.Map<String, Set<String>> byKind = adverbsByKind(adverbs);
        this.atAdverbs = Set.copyOf(byKind.get("at"));
        this.compassAdverbs = Set.copyOf(byKind.get("compass"));
        this.liesWords = Set.copyOf(byKind.get("lies"));
        this.quarterWords = Set.copyOf(byKind.get("quarter"));
    }

    /**
     * The rows of place-adverbs.tsv, normalized, by their kind (at, compass, lies, quarter); any other kind is an
     * error.
     */
    private static java.util.Map<String, Set<String>> adverbsByKind(List<TsvFile.Row> rows) {
        java.util.Map<String, Set<String>> byKind = new java.util.HashMap<>();
        for (String kind : List.of("at", "compass", "lies", "quarter")) {
            byKind.put(kind, new java.util.HashSet<>());
        }
        for (TsvFile.Row r : rows) {
            Set<String> of = byKind.get(r.col(1).strip());
            if (of == null) {
                throw r.error("unknown kind '" + r.col(1).strip() + "'");
            }
            of.add(ArabicNormalizer.normalize(r.col(0).strip()));
        }
        return byKind;
    }

    /** The adverbs of place of the given kinds of events/place-adverbs.tsv, normalized. */
    static Set<String> adverbs(String... kinds) {
        java.util.Map<String, Set<String>> byKind = adverbsByKind(TsvFile.read("marsad/events/place-adverbs.tsv", 2, true));
        Set<String> all = new java.util.HashSet<>();
        for (String kind : kinds) {
            all.addAll(byKind.get(kind));
        }
        return Set.copyOf(all);
    }

    private static Set<String> stems(String resource) {
        Set<String> stems = new java.util.HashSet<>();
        for (TsvFile.Row r : TsvFile.read(resource, 1, true)) {
            stems.add(ArabicNormalizer.normalize(r.col(0).strip()));
        }
        return stems;
    }

    private static List<CodeRule> load() {
        List<CodeRule> rules = new ArrayList<>();
        for (TsvFile.Row r : TsvFile.read("marsad/events/locations.tsv", 2, true)) {
            try {
                String prefix = r.col(0);
                boolean whole = prefix.startsWith("=");
                rules.add(new CodeRule(whole ? prefix.substring(1) : prefix, whole,
                        Rule.valueOf(r.col(1).toUpperCase(java.util.Locale.ROOT).replace('-', '_'))));
            } catch (IllegalArgumentException e) {
                throw r.error("unknown location rule '" + r.col(1) + "'");
            }
        }
        return rules;
    }

    Set<Rule> rulesOf(String code) {
        Set<Rule> of = EnumSet.noneOf(Rule.class);
        for (CodeRule r : rules) {
            if (r.covers(code)) {
                of.add(r.rule());
            }
        }
        return of;
    }

    public Place locate(DraftEvent e, AnalyzedText text, List<PlaceMention> places) {
        if (places.isEmpty()) {
            return null;
        }
        Set<Rule> codeRules = rulesOf(e.code());
        int afterSides = afterSides(e);
        PlaceMention best = null;
        int bestScore = Integer.MAX_VALUE;
        PlaceMention compass = null; // a place after a compass word, for want of any other
        int compassDistance = Integer.MAX_VALUE;
        for (PlaceMention p : places) {
            if (e.source() != null && p.span().overlaps(e.source().span())
                    || e.target() != null && p.span().overlaps(e.target().span())) {
                continue;
            }
            boolean destination = codeRules.contains(Rule.DESTINATION)
                    && (p.preposition() == PlaceMention.ILA || p.preposition() == PlaceMention.LI)
                    || codeRules.contains(Rule.DESTINATION_ILA) && p.preposition() == PlaceMention.ILA
                    && !afterEnvoyTitle(text.tokens(), p.firstToken());
            boolean in = p.preposition() == PlaceMention.FI || p.preposition() == PlaceMention.BI;
            if (!in && !destination && p.preposition() == PlaceMention.NONE) {
                int adverb = adverbBefore(text.tokens(), p.firstToken());
                if (adverb >= 0 && hasStem(text.tokens().get(adverb), atAdverbs)
                        && placeEndingBefore(text.tokens(), adverb, places) == null) {
                    in = true; // not «في محافظة البيضاء وسط اليمن», where وسط describes the place before it
                } else if (adverb >= 0 && !(adverb > 0 && hasStem(text.tokens().get(adverb - 1), liesWords))) {
                    int distance = Math.abs(p.firstToken() - e.cue().head());
                    if (distance < compassDistance && !otherClause(text.tokens(), e.cue().head(), p.firstToken())) {
                        compass = p;
                        compassDistance = distance;
                    }
                }
            }
            if (!in && !destination) {
                continue;
            }
            if (afterSides >= 0 && p.firstToken() >= afterSides
                    && (codeRules.contains(Rule.TOPIC_AFTER_TARGET) || codeRules.contains(Rule.VENUE_AT_TARGET)
                    && anyStem(text.tokens(), afterSides, p.firstToken(), topicWords))) {
                continue; // what the act is about, not where it was done
            }
            int distance = Math.abs(p.firstToken() - e.cue().head());
            int score = distance + (destination ? 0 : 5);
            if (score < bestScore && !otherClause(text.tokens(), e.cue().head(), p.firstToken())) {
                best = p;
                bestScore = score;
            }
        }
        if (best == null) {
            best = sidePlace(e, text, codeRules, places);
        }
        PlaceMention member = best == null ? null : sidesListMember(text, e, best, places);
        if (member != null) {
            return member.place(); // «أوفد ... كارتر إلى إسرائيل والأردن والعراق»: the Jordan dyad happens in Jordan
        }
        if (best != null) {
            PlaceMention reference = referenceAfter(text.tokens(), best, places);
            if (reference != null && homonymFarFrom(best, reference)) {
                return countryOf(reference); // «منطقة الحسينية، شمالي بغداد» is no Husayniyah in Egypt
            }
        }
        if (best == null && compass != null) {
            int adverb = adverbBefore(text.tokens(), compass.firstToken());
            PlaceMention described = placeEndingBefore(text.tokens(), adverb, places);
            if (described == null) {
                return quarterBefore(text.tokens(), adverb) ? compass.place() : countryOf(compass);
            }
            if (homonymFarFrom(described, compass)) {
                return countryOf(compass);
            }
            best = described;
        }
        return best == null ? null : best.place();
    }

    /**
     * The place of one of the event's sides (its target, else its source) when that side is another member of the list
     * of places that {@code best} belongs to («إلى إسرائيل والأردن والعراق والسعودية»، «للكويت وقطر والعراق»، «في سوريا
     * والعراق»), or null: each member of a tour or of a list of theatres is where the event with that member happens,
     * not the list's first (the host of a visit is its source). Members follow each other with the conjunction و glued
     * to the next name, a comma possibly before it.
     */
    private static PlaceMention sidesListMember(AnalyzedText text, DraftEvent e, PlaceMention best,
            List<PlaceMention> places) {
        for (ActorMention side : new ActorMention[] {e.target(), e.source()}) {
            PlaceMention member = side == null || side.span() == null ? null : placeOf(side, places);
            if (member != null && member != best && sameList(text, best, member, places)) {
                return member;
            }
        }
        return null;
    }

    private static PlaceMention placeOf(ActorMention side, List<PlaceMention> places) {
        for (PlaceMention p : places) {
            if (p.span().overlaps(side.span())) {
                return p;
            }
        }
        return null;
    }

    /** Whether one of two places is reached from the other through the next members of a list ({@link #nextInList}). */
    private static boolean sameList(AnalyzedText text, PlaceMention a, PlaceMention b, List<PlaceMention> places) {
        PlaceMention first = a.firstToken() < b.firstToken() ? a : b;
        PlaceMention last = first == a ? b : a;
        for (PlaceMention at = first; at != last; ) {
            at = nextInList(text, at, places);
            if (at == null || at.firstToken() > last.firstToken()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The place that follows {@code p} as the next member of a list: it starts right after it (over a comma) with the
     * conjunction و glued before the name («والأردن»، «، وقطر»), or null.
     */
    private static PlaceMention nextInList(AnalyzedText text, PlaceMention p, List<PlaceMention> places) {
        List<Token> tokens = text.tokens();
        int next = p.endToken();
        if (next < tokens.size() && tokens.get(next).isPunct()
                && (tokens.get(next).norm().equals("،") || tokens.get(next).norm().equals(","))) {
            next++;
        }
        for (PlaceMention q : places) {
            if (q.firstToken() == next) {
                Token t = tokens.get(next);
                // the name's span leaves out the proclitics glued to it: a و there is the conjunction
                return q.span().start() > t.start() && text.text().charAt(t.start()) == 'و' ? q : null;
            }
        }
        return null;
    }

    /**
     * Where an event only known as a direction from {@code reference} happened: a city after a compass word is a point
     * of reference the event is away from («زنجبار ... شمال شرقي عدن»، «118 كم غربي بغداد»، «طائرته شمال غرب داروين»),
     * so the event gets the reference's country, traced to the reference's characters; a country after one («شمالي
     * رومانيا») contains the event.
     */
    private static Place countryOf(PlaceMention reference) {
        Place city = reference.place();
        GazetteerPlace country = COUNTRY.equals(city.precision()) ? null : Gazetteer.load().country(city.country());
        return country == null ? city : country.toPlace(city.name(), city.span());
    }

    /**
     * The place a compass word right after {@code place} names as its point of reference («الحسينية، شمالي بغداد»:
     * Baghdad), or null.
     */
    private PlaceMention referenceAfter(List<Token> tokens, PlaceMention place, List<PlaceMention> places) {
        for (PlaceMention p : places) {
            if (p.firstToken() > place.endToken() && p.firstToken() <= place.endToken() + REFERENCE_REACH) {
                int adverb = adverbBefore(tokens, p.firstToken());
                return adverb >= 0 && describes(tokens.get(adverb))
                        && placeEndingBefore(tokens, adverb, places) == place ? p : null;
            }
        }
        return null;
    }

    /**
     * A compass word that describes the place before it, not one joined to it by و as the next of a list («داخل تركيا
     * وشمال العراق»).
     */
    private boolean describes(Token t) {
        if (t.isWord()) {
            for (Segment r : t.segments()) {
                if (!r.hasArticle() && compassAdverbs.contains(r.stem()) && r.prefix().indexOf('و') < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code described}, a city which a compass word places near {@code reference}, is a homonym of the place
     * meant: one of another country and farther than {@link #HOMONYM_KM} from the reference (the gazetteer's
     * Husayniyah in Egypt for «منطقة الحسينية، شمالي بغداد»). A place across a border next to its reference (Beit
     * Hanina, Palestine, «شمال القدس») is not one, nor a country («داخل تركيا وشمال العراق» is a list anyway).
     */
    private static boolean homonymFarFrom(PlaceMention described, PlaceMention reference) {
        Place a = described.place();
        Place b = reference.place();
        if (COUNTRY.equals(a.precision()) || a.country().equals(b.country()) || a.lat() == null || b.lat() == null) {
            return false;
        }
        return GazetteerPlace.kilometres(a.lat(), a.lon(), b.lat(), b.lon()) > HOMONYM_KM;
    }

    /**
     * Whether a quarter of a city (حي، شارع، دوار ...) is what the compass word at {@code adverb} describes: a quarter
     * word among the few words before it («حي الجراف الغربي شمالي صنعاء»، «في حي البياع جنوب غربي بغداد»، «ضاحية دار
     * سعد، شمال مدينة عدن»), over the compass words of a compound direction and a comma, up to any other punctuation.
     * A quarter lies in (or at the edge of) the city after the compass word, so the city is where the event happened;
     * a village or a district (قرية، بلدة، منطقة، قضاء) may lie tens of kilometres away, so it stays the country.
     */
    private boolean quarterBefore(List<Token> tokens, int adverb) {
        int i = adverb - 1;
        while (i >= 0 && isAdverb(tokens.get(i))) {
            i--; // «جنوب غربي»
        }
        if (i >= 0 && tokens.get(i).isPunct()
                && (tokens.get(i).norm().equals("،") || tokens.get(i).norm().equals(","))) {
            i--;
        }
        for (int words = 0; words < QUARTER_REACH && i >= 0 && tokens.get(i).isWord(); words++, i--) {
            if (hasStem(tokens.get(i), quarterWords)) {
                return true;
            }
        }
        return false;
    }

    /**
     * With no other place: the place that names the event's target or source («وصل كارتر إلى بغداد»، «قصفت الطائرات
     * صنعاء»), which the loop above skips because it is one of the event's sides (a city standing for its state); for
     * the codes of {@link Rule#AT_SIDE_IN}, the place of either side said with في or بـ («أعمال شغب في القدس»).
     */
    private PlaceMention sidePlace(DraftEvent e, AnalyzedText text, Set<Rule> codeRules, List<PlaceMention> places) {
        ActorMention side = codeRules.contains(Rule.AT_TARGET_PLACE) ? e.target()
                : codeRules.contains(Rule.AT_SOURCE_PLACE) ? e.source() : null;
        PlaceMention at = side == null || side.span() == null ? null : placeOf(side, places);
        if (at == null && codeRules.contains(Rule.AT_SIDE_IN)) {
            for (ActorMention s : new ActorMention[] {e.target(), e.source()}) {
                PlaceMention p = s == null || s.span() == null ? null : placeOf(s, places);
                if (p != null && (p.preposition() == PlaceMention.FI || p.preposition() == PlaceMention.BI)
                        && tokensBetween(p, e.cue().head()) <= SIDE_IN_REACH
                        && !otherClause(text.tokens(), e.cue().head(), p.firstToken())) {
                    return p;
                }
            }
        }
        return at;
    }

    /** The tokens strictly between a place and the token at {@code head}, on whichever side of it the place is. */
    private static int tokensBetween(PlaceMention p, int head) {
        return p.firstToken() > head ? p.firstToken() - head - 1 : Math.max(0, head - p.endToken());
    }

    /**
     * Whether a clause break stands between the cue at {@code head} and the place at {@code place}: the place is where
     * another clause's act happened («فيما سيطرت اللجان الشعبية على مناطق في تعز» after raids on Lahj).
     */
    private boolean otherClause(List<Token> tokens, int head, int place) {
        return place > head ? clauseBreaks.placeBreakBetween(tokens, head + 1, place)
                : clauseBreaks.placeBreakBetween(tokens, place + 1, head);
    }

    /**
     * The token of the adverb of place (at or compass) that stands right before the place at {@code first}, a head
     * noun possibly between («وسط مدينة حرض»، «داخل تركيا»، «قرب بلدة سرمدا»، «شمال غرب داروين»), or -1. The place has
     * no preposition: one before the adverb would have given it that preposition (PlaceFinder reads through شمال، وسط
     * as head nouns).
     */
    private int adverbBefore(List<Token> tokens, int first) {
        int i = first - 1;
        if (i >= 0 && PlaceFinder.isHeadNoun(tokens.get(i)) && !isAdverb(tokens.get(i))) {
            i--;
        }
        return i >= 0 && isAdverb(tokens.get(i)) ? i : -1;
    }

    /** An adverb of place has no article: «شمال بغداد», not «بين الغرب وإيران» (the West). */
    private boolean isAdverb(Token t) {
        if (!t.isWord()) {
            return false;
        }
        for (Segment r : t.segments()) {
            if (!r.hasArticle() && (atAdverbs.contains(r.stem()) || compassAdverbs.contains(r.stem()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The place an adverb of place at {@code adverb} describes when one ends right before it (a comma or a bracket
     * between), or null: «على مدينة الفلوجة غرب بغداد» happens in Fallujah, «محافظة لحج (شمالي عدن)» in Lahj, «في محافظة
     * البيضاء وسط اليمن» in al-Bayda. The name before may have no place preposition (على، a list).
     */
    private static PlaceMention placeEndingBefore(List<Token> tokens, int adverb, List<PlaceMention> places) {
        int end = adverb;
        while (end - 1 >= 0 && end > adverb - 2 && tokens.get(end - 1).isPunct()) {
            end--;
        }
        for (PlaceMention p : places) {
            if (p.endToken() == end) {
                return p;
            }
        }
        return null;
    }

    /** The token after the later of the event's named source and target, or -1 when neither is named. */
    private static int afterSides(DraftEvent e) {
        int after = -1;
        for (ActorMention side : new ActorMention[] {e.source(), e.target()}) {
            if (side != null && side.span() != null) {
                after = Math.max(after, side.end());
            }
        }
        return after;
    }

    /**
     * Whether the إلى before the place at {@code first} (over at most three head words: «إلى العاصمة السورية
     * دمشق») follows an envoy's title, at most three words before it («المبعوث الأممي إلى سوريا»، «مبعوث الأمم
     * المتحدة إلى سوريا»).
     */
    private boolean afterEnvoyTitle(List<Token> tokens, int first) {
        for (int i = first - 1; i >= Math.max(0, first - 4); i--) {
            String w = tokens.get(i).norm();
            if (w.equals("الي") || w.equals("والي")) {
                for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
                    if (hasStem(tokens.get(k), envoyTitles)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static boolean anyStem(List<Token> tokens, int from, int to, Set<String> stems) {
        for (int i = from; i < to; i++) {
            if (hasStem(tokens.get(i), stems)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasStem(Token t, Set<String> stems) {
        return t.isWord() && t.hasStemIn(stems);
    }
}
