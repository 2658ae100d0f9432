package org.marsad.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.model.Span;
import org.marsad.text.AnalyzedText;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Segment;
import org.marsad.text.Token;

/**
 * Finds the places named in a sentence. Thread-safe: it keeps no state between calls.
 *
 * <p>A text token matches a name word when one of its clitic readings ({@link Token#segments()}) has that
 * stem and no pronoun suffix. The first word of a name may carry any proclitics (لسنغافورة، وبالقاهرة);
 * later words only the article (الدار البيضاء). Scanning goes left to right and takes the longest
 * name at each token (كوريا الشمالية, not كوريا).
 *
 * <p>Two guards against common words, both for one-word names only: the stoplist of
 * {@link Gazetteer.StopPolicy} (الحرية is no Brazilian town, مالي needs في), and the nisba rule: a definite
 * word ending in ية or ي right after a definite noun is an adjective, not a place (الحكومة السعودية، الدعم
 * المالي), whereas في السعودية and والسعودية are places. The price: "زار الرئيس السعودية" is missed.
 * Three more for a one-word name read through a clitic: a small town of a country the story is not about
 * ({@code smallPlaceThroughAProclitic}), a whole word of common-words.tsv («باكرا» early, not بـ + Accra), and a place
 * the gazetteer writes only with the article, read from a word without it («فرقة», not ف + Raqqa; see
 * {@link Gazetteer#readWithoutArticle}), and, the other way round, a place never written with the article read from a word
 * with it («للبنين» for boys, not Benin; see {@link Gazetteer#readWithArticle}).
 */
public final class PlaceFinder {
    /** Words that stand between a place preposition and the place: في مدينة جدة، إلى العاصمة صنعاء، في شمال سوريا. */
    private static final Set<String> HEAD_NOUNS = Set.of("مدينه", "عاصمه", "محافظه", "منطقه", "ولايه", "اقليم",
            "بلده", "قريه", "مطار", "ميناء", "مقاطعه", "دوله", "جمهوريه", "مملكه", "سلطنه", "اماره", "ضاحيه", "حي",
            "شمال", "جنوب", "شرق", "غرب", "وسط");
    /** At most this many head nouns (with their adjectives) are skipped looking for the preposition. */
    private static final int MAX_HEADS = 3;
    /** Free-standing place prepositions, normalized (إلى → الي). */
    private static final Map<String, Character> PREPOSITIONS = Map.of(
            "في", PlaceMention.FI, "الي", PlaceMention.ILA, "من", PlaceMention.MIN);

    /**
     * A place near another or inside it lies within this of it: a village near a city, a town of a province. A
     * homonym read in another country is farther (Douma by Damascus is 185 km from Nablus).
     */
    private static final double NEAR_KM = 100;
    /** Words that put a place near the next one («قرب نابلس»، «بالقرب من حلب»): places/place-cues.tsv, near. */
    private static final Set<String> NEAR_WORDS;
    /** Words that make the إلى after them no place preposition («بالإضافة إلى»): place-cues.tsv, not-to. */
    private static final Set<String> NOT_TO_WORDS;

    static {
        Map<String, Set<String>> cues = placeCues();
        NEAR_WORDS = Set.copyOf(cues.get("near"));
        NOT_TO_WORDS = Set.copyOf(cues.get("not-to"));
    }
    /**
     * Compass words (شمال، جنوبي ...): a place followed by one and a country lies in that country («البيضاء، جنوبي
     * اليمن»). The same list the event locator reads its points of reference with: events/place-adverbs.tsv, compass.
     */
    private static final Set<String> COMPASS_WORDS = compassWords();
    /**
     * A nationality adjective with the article (actors/demonyms.tsv: «الفلسطينية»، «اللبناني»), normalized → its
     * country: said right after a place, it names the place's country («بلدة دوما الفلسطينية»، «طرابلس اللبنانية»).
     */
    private static final Map<String, String> PLACE_ADJECTIVES = placeAdjectives();
    /**
     * Regions that are no place of the gazetteer (places/regions.tsv), by their first word normalized, with and without
     * بـ («الضفه», «بالضفه») → the rest of the name's words and the region's country.
     */
    private static final Map<String, Region> REGIONS = regions();

    /** A region of places/regions.tsv: the words after its first, normalized, and its country. */
    private record Region(List<String> rest, String country) {}

    /** How a country after a place is said to contain it (see {@code Scan.sayingWhere}). */
    private enum Said { NOT_SAID, BY_FI, BY_COMPASS }

    private final Gazetteer gazetteer;
    /** Names that are a common word before a given word (actors/homographs.tsv): «مسقط رأسه» is no Muscat. */
    private final org.marsad.dict.Homographs homographs = org.marsad.dict.Homographs.load();

    /** The stems of places/place-cues.tsv by kind (near, not-to), normalized; the file read once. */
    private static Map<String, Set<String>> placeCues() {
        Map<String, Set<String>> byKind = Map.of("near", new java.util.HashSet<>(), "not-to", new java.util.HashSet<>());
        for (org.marsad.dict.TsvFile.Row r : org.marsad.dict.TsvFile.read("marsad/places/place-cues.tsv", 2, true)) {
            Set<String> stems = byKind.get(r.col(1).strip());
            if (stems == null) {
                throw r.error("unknown kind '" + r.col(1).strip() + "' (near, not-to)");
            }
            stems.add(ArabicNormalizer.normalize(r.col(0).strip()));
        }
        return byKind;
    }

    private static Map<String, String> placeAdjectives() {
        Map<String, String> byForm = new java.util.HashMap<>();
        for (org.marsad.dict.TsvFile.Row r : org.marsad.dict.TsvFile.read("marsad/actors/demonyms.tsv", 3, true)) {
            for (String w : org.marsad.dict.TsvFile.names(r.col(2))) {
                String code = r.col(0).strip();
                byForm.putIfAbsent(ArabicNormalizer.normalize("ال" + w.strip()), code);
                byForm.putIfAbsent(ArabicNormalizer.normalize("ال" + w.strip() + "ة"), code);
            }
        }
        return Map.copyOf(byForm);
    }

    private static Map<String, Region> regions() {
        Map<String, Region> byFirst = new java.util.HashMap<>();
        for (org.marsad.dict.TsvFile.Row r : org.marsad.dict.TsvFile.read("marsad/places/regions.tsv", 2, true)) {
            List<String> words = List.of(ArabicNormalizer.normalize(r.col(0).strip()).split(" "));
            Region region = new Region(words.subList(1, words.size()), r.col(1).strip());
            byFirst.put(words.get(0), region);
            byFirst.put("ب" + words.get(0), region);
        }
        return Map.copyOf(byFirst);
    }

    private static Set<String> compassWords() {
        Set<String> stems = new java.util.HashSet<>();
        for (org.marsad.dict.TsvFile.Row r : org.marsad.dict.TsvFile.read("marsad/events/place-adverbs.tsv", 2, true)) {
            if (r.col(1).strip().equals("compass")) {
                stems.add(ArabicNormalizer.normalize(r.col(0).strip()));
            }
        }
        return Set.copyOf(stems);
    }

    public PlaceFinder() {
        this(Gazetteer.load());
    }

    public PlaceFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Where an analyzer keeps each stem's node among the gazetteer's first words (see {@link #attach}); or null. */
    private volatile org.marsad.text.StemFacts.Slot firstWords;

    /**
     * Lets an analyzer built with {@code facts} keep each word's first-word node, looked up once per distinct word,
     * and mark the words that start no name, which the scan then passes over without reading their readings.
     */
    public void attach(org.marsad.text.StemFacts facts) {
        firstWords = facts.register(stem -> gazetteer.root().child(stem));
    }

    /** The places named in sentence {@code sentence} of {@code text}, in text order, not overlapping. */
    public List<PlaceMention> find(AnalyzedText text, int sentence) {
        return find(text, sentence, Set.of());
    }

    /**
     * As {@link #find(AnalyzedText, int)}, in an article whose actors belong to {@code countries} (ISO3): a
     * name several places share resolves to the one in those countries (see {@link Gazetteer#best}).
     */
    public List<PlaceMention> find(AnalyzedText text, int sentence, Set<String> countries) {
        return new Scan(text, text.firstToken(sentence), text.endToken(sentence), countries, Map.of(), null).run();
    }

    /**
     * As {@link #find(AnalyzedText, int, Set)}, where {@code placed} (from {@link #placedHomonyms}) says which place
     * an article means by a homonym it places elsewhere: a name read as a key, with no place after it to say where it
     * is, is read as the key's value.
     */
    public List<PlaceMention> find(AnalyzedText text, int sentence, Set<String> countries,
                                   Map<GazetteerPlace, GazetteerPlace> placed) {
        return new Scan(text, text.firstToken(sentence), text.endToken(sentence), countries, placed, null).run();
    }

    /**
     * One reading of a homonym per article: the places the words after a name showed to be a homonym somewhere in
     * the article («في قرية دوما جنوب نابلس», «بلدة دوما قرب نابلس»: not Douma by Damascus, see {@code
     * Scan.placedByNext} and {@code Scan.inCountryNext}), the place first read → the place meant. A story names the
     * village where it happened once with its reference and then alone («الهجوم على منزل الأسرة في قرية دوما»), in
     * the sentences before as well as after. A name placed in two different ways in the article is left out.
     */
    public Map<GazetteerPlace, GazetteerPlace> placedHomonyms(AnalyzedText text, Set<String> countries) {
        return articlePlaces(text, countries).placed();
    }

    /**
     * Every sentence's places in an article, each homonym read as the article places it (see {@link #placedHomonyms}).
     * A sentence is read once when asked for; only when it names a place that is no country (what another sentence
     * may place) is the rest of the article read, once, for the homonyms it places.
     */
    public ArticlePlaces articlePlaces(AnalyzedText text, Set<String> countries) {
        return new ArticlePlaces(text, countries);
    }

    /** An article's places by sentence: see {@link #articlePlaces}. */
    public final class ArticlePlaces {
        private final AnalyzedText text;
        private final Set<String> countries;
        /** Each sentence's places read with no homonym placed, and the homonyms it placed itself; null until read. */
        private final List<List<PlaceMention>> unplaced;
        private final List<Map<GazetteerPlace, GazetteerPlace>> placing;
        /** The article's placed homonyms, once every sentence has been read; null before. */
        private Map<GazetteerPlace, GazetteerPlace> placed;

        private ArticlePlaces(AnalyzedText text, Set<String> countries) {
            this.text = text;
            this.countries = countries;
            int n = text.sentences().size();
            this.unplaced = new ArrayList<>(java.util.Collections.nCopies(n, null));
            this.placing = new ArrayList<>(java.util.Collections.nCopies(n, null));
        }

        /** The places of sentence {@code sentence}, as {@link #find(AnalyzedText, int, Set, Map)} reads them. */
        public List<PlaceMention> find(int sentence) {
            List<PlaceMention> read = read(sentence);
            // only a place read as no country can be a homonym another sentence places (Scan.run)
            if (read.stream().noneMatch(m -> "city".equals(m.place().precision()))) {
                return read;
            }
            Map<GazetteerPlace, GazetteerPlace> all = placed();
            return all.isEmpty() ? read : PlaceFinder.this.find(text, sentence, countries, all);
        }

        private List<PlaceMention> read(int s) {
            if (unplaced.get(s) == null) {
                Map<GazetteerPlace, GazetteerPlace> own = new java.util.HashMap<>();
                unplaced.set(s, new Scan(text, text.firstToken(s), text.endToken(s), countries, Map.of(), own).run());
                placing.set(s, own);
            }
            return unplaced.get(s);
        }

        /** Every sentence's placed homonyms together; a name placed in two different ways is left out. */
        Map<GazetteerPlace, GazetteerPlace> placed() {
            if (placed == null) {
                Map<GazetteerPlace, GazetteerPlace> all = new java.util.HashMap<>();
                for (int s = 0; s < unplaced.size(); s++) {
                    read(s);
                    placing.get(s).forEach((k, v) -> all.put(k,
                            v == null || all.containsKey(k) && !v.equals(all.get(k)) ? null : v));
                }
                all.values().removeIf(java.util.Objects::isNull);
                placed = all;
            }
            return placed;
        }
    }

    /** A name found at tokens [first, end), through {@code reading} of its first token. */
    private record Match(int first, int end, Segment reading, GazetteerPlace place, Context context,
                         List<GazetteerPlace> candidates) {
        Match withPlace(GazetteerPlace other) {
            return new Match(first, end, reading, other, context, candidates);
        }
    }

    /**
     * What precedes a name: its place preposition, whether a head noun stands in between, and whether the preposition
     * is an إلى that a word before it makes no direction («بالإضافة إلى»).
     */
    private record Context(char preposition, boolean headNoun, boolean notTo) {
        /** The preposition the mention carries: none for an إلى that goes nowhere. */
        char placePreposition() {
            return notTo ? PlaceMention.NONE : preposition;
        }

        Gazetteer.Cue cue() {
            return headNoun ? Gazetteer.Cue.HEAD_NOUN
                    : preposition != PlaceMention.NONE ? Gazetteer.Cue.PREPOSITION : Gazetteer.Cue.NONE;
        }
    }

    /** One sentence being scanned. */
    private final class Scan {
        final AnalyzedText text;
        final List<Token> tokens;
        final int from;
        final int to;
        final Set<String> countries;
        /** The article's homonyms placed elsewhere (see {@link #placedHomonyms}), read here. */
        final Map<GazetteerPlace, GazetteerPlace> placed;
        /** Where the homonyms this scan places are written down, or null. */
        final Map<GazetteerPlace, GazetteerPlace> placing;

        Scan(AnalyzedText text, int from, int to, Set<String> countries, Map<GazetteerPlace, GazetteerPlace> placed,
             Map<GazetteerPlace, GazetteerPlace> placing) {
            this.countries = countries;
            this.placed = placed;
            this.placing = placing;
            this.text = text;
            this.tokens = text.tokens();
            this.from = from;
            this.to = to;
        }

        List<PlaceMention> run() {
            List<Match> found = new ArrayList<>(2);
            int i = from;
            while (i < to) {
                Match m = longestAt(i);
                if (m != null && m.end() - m.first() > 1 && isHeadNoun(tokens.get(i)) && nameAfterHead(m)) {
                    m = null; // «مدينة عين العرب» is Ayn al-Arab, not «مدينة العين» (Al Ain) and a stray word
                }
                if (m == null) {
                    i++;
                } else {
                    found.add(m);
                    i = m.end();
                }
            }
            List<PlaceMention> out = new ArrayList<>(found.size());
            for (int k = 0; k < found.size(); k++) {
                Match m = found.get(k);
                Match read = m;
                m = inCountryOfRegion(inCountryOfAdjective(m));
                if (k + 1 < found.size()) {
                    Match next = found.get(k + 1);
                    m = next.place().isCountry() ? inCountryNext(m, next) : placedByNext(m, next);
                }
                if (m != read && placing != null && !read.place().isCountry()) {
                    if (!placing.containsKey(read.place())) {
                        placing.put(read.place(), m.place());
                    } else if (!m.place().equals(placing.get(read.place()))) {
                        placing.put(read.place(), null); // placed in two different ways: left out at the end
                    }
                } else if (m == read && placed.get(m.place()) != null) {
                    m = m.withPlace(placed.get(m.place()));
                }
                out.add(mention(m));
            }
            return out;
        }

        /**
         * {@code m} as the place right after it says where it is: a town «قرب» or «بالقرب من» a city, or in a province
         * or city named with its head noun («بمدينة نابلس»، «في محافظة حلب»), lies near it. When {@code m} was read as a
         * place of another country farther than {@link #NEAR_KM} from it, and the story's countries have the
         * reference's and not {@code m}'s, it is a homonym: «بلدة دوما قرب نابلس» is the West Bank village, not Douma by
         * Damascus. (Without the story's countries it is not known which of the two is misread: «أبناء عدن في ميناء
         * البريقة» is Aden and the port of Aden, read as Brega, Libya.) Then the place of that name in the reference's country, or, when the
         * gazetteer has none, the reference's country itself (its centroid, traced to {@code m}'s characters) — which
         * also keeps the wrong country from becoming one of an event's sides.
         */
        private Match placedByNext(Match m, Match next) {
            GazetteerPlace here = m.place();
            GazetteerPlace there = next.place();
            if (here.isCountry() || !countries.contains(there.country()) || countries.contains(here.country())
                    || !nearOrWithin(m.end(), next) || kilometres(here, there) <= NEAR_KM) {
                return m;
            }
            GazetteerPlace namesake = namesakeIn(m, there.country());
            if (namesake != null) {
                return m.withPlace(namesake);
            }
            GazetteerPlace country = gazetteer.country(there.country());
            return country == null ? m : m.withPlace(country);
        }

        /** The gazetteer's place of {@code m}'s name in {@code country}, no country itself; null when it has none. */
        private GazetteerPlace namesakeIn(Match m, String country) {
            for (GazetteerPlace p : m.candidates()) {
                if (p.country().equals(country) && !p.isCountry()) {
                    return p;
                }
            }
            return null;
        }

        /**
         * {@code m} as the nationality adjective right after it says which country it lies in: «بلدة دوما
         * الفلسطينية» is the West Bank village, «طرابلس اللبنانية» Lebanon's Tripoli. When {@code m} was read in
         * another country, the gazetteer's place of that name in the adjective's country is meant; when it has none,
         * the country itself (its centroid, traced to the name), only for a name introduced by a head noun («بلدة»,
         * «مدينة»): without one, the name may be a firm's or a paper's («صحيفة الديلي ميل البريطانية»).
         */
        private Match inCountryOfAdjective(Match m) {
            if (m.end() >= to || m.place().isCountry()) {
                return m;
            }
            String country = PLACE_ADJECTIVES.get(tokens.get(m.end()).norm());
            if (country == null || country.equals(m.place().country())) {
                return m;
            }
            GazetteerPlace namesake = namesakeIn(m, country);
            if (namesake != null) {
                return m.withPlace(namesake);
            }
            GazetteerPlace named = m.context().headNoun() ? gazetteer.country(country) : null;
            return named == null ? m : m.withPlace(named);
        }

        /**
         * {@code m} as a region of places/regions.tsv after it says which country it lies in: «قرية دوما في الضفة
         * الغربية»، «دوما بالضفة الغربية»، «دوما، في شمالي الضفة الغربية» (في or بـ, a compass word and a comma
         * between). As {@link #inCountryNext}: the place of that name in the region's country, or the country itself
         * for a name introduced by a head noun or in a story whose countries have the region's and not the reading's.
         */
        private Match inCountryOfRegion(Match m) {
            if (m.place().isCountry()) {
                return m;
            }
            int k = m.end();
            if (k < to && tokens.get(k).isPunct() && (tokens.get(k).norm().equals("،") || tokens.get(k).norm().equals(","))) {
                k++;
            }
            boolean fi = k < to && tokens.get(k).norm().equals("في");
            if (fi) {
                k++;
            }
            if (k < to && compassNotJoined(tokens.get(k)) && (fi || tokens.get(k).norm().startsWith("ب"))) {
                fi = true; // «في شمالي الضفة»، «بشمال الضفة»
                k++;
            }
            if (k >= to) {
                return m;
            }
            String first = tokens.get(k).norm();
            Region region = REGIONS.get(first);
            if (region == null || !fi && first.charAt(0) != 'ب' || fi && first.charAt(0) == 'ب') {
                return m;
            }
            for (int w = 0; w < region.rest().size(); w++) {
                if (k + 1 + w >= to || !tokens.get(k + 1 + w).norm().equals(region.rest().get(w))) {
                    return m;
                }
            }
            String country = region.country();
            if (country.equals(m.place().country())) {
                return m;
            }
            GazetteerPlace namesake = namesakeIn(m, country);
            if (namesake != null) {
                return m.withPlace(namesake);
            }
            if (!m.context().headNoun() && (!countries.contains(country) || countries.contains(m.place().country()))) {
                return m;
            }
            GazetteerPlace named = gazetteer.country(country);
            return named == null ? m : m.withPlace(named);
        }

        /**
         * {@code m} as the country right after it says where it is: «البيضاء، جنوبي اليمن», «طرابلس في لبنان» (a
         * compass word or في / بـ between, a comma aside). When {@code m} was read in another country and the gazetteer
         * has a place of that name in the named country, that place is meant: Yemen's al-Bayda, not Libya's, which
         * every consumer of the reading then sees (the event's place, its country as a side). When the gazetteer has no
         * place of that name there («منطقة باكو الحدودية في جنوب شرقي تركيا», a Turkish border district, read as Baku),
         * only the named country is known: the reading becomes it, traced to the name's characters, as in {@link
         * #placedByNext} — when a compass word says so of a place introduced by a head noun («بمنطقة», «مدينة»), or
         * else when the story's countries have the named country and not the reading's: a city named without a head
         * noun may stand for its government («حلفاء واشنطن في شمال سوريا»).
         */
        private Match inCountryNext(Match m, Match next) {
            GazetteerPlace here = m.place();
            String country = next.place().country();
            Said said = sayingWhere(m.end(), next.first());
            if (here.isCountry() || here.country().equals(country) || said == Said.NOT_SAID) {
                return m;
            }
            GazetteerPlace namesake = namesakeIn(m, country);
            if (namesake != null) {
                return m.withPlace(namesake);
            }
            boolean namedAsAPlace = said == Said.BY_COMPASS && m.context().headNoun();
            if (!namedAsAPlace && (!countries.contains(country) || countries.contains(here.country()))) {
                return m;
            }
            GazetteerPlace named = gazetteer.country(country);
            return named == null ? m : m.withPlace(named);
        }

        /**
         * How the words from {@code end} to {@code next} put the place before in the country after: {@code BY_COMPASS}
         * when a compass word is among them («البيضاء، جنوبي اليمن»، «منطقة باكو الحدودية في جنوب شرقي تركيا»),
         * {@code BY_FI} for a free-standing في alone, else {@code NOT_SAID}; a comma and the place's definite
         * adjective aside.
         */
        private Said sayingWhere(int end, int next) {
            if (next - end > 4) {
                return Said.NOT_SAID;
            }
            Said said = Said.NOT_SAID;
            for (int k = end; k < next; k++) {
                Token t = tokens.get(k);
                if (t.isPunct() && (t.norm().equals("،") || t.norm().equals(","))
                        || k == end && isDefiniteAdjective(t)) {
                    continue;
                }
                if (compassNotJoined(t)) {
                    said = Said.BY_COMPASS;
                } else if (t.norm().equals("في")) { // not «وفي», which starts the next member of a list
                    if (said == Said.NOT_SAID) {
                        said = Said.BY_FI;
                    }
                } else {
                    return Said.NOT_SAID;
                }
            }
            return said;
        }

        /** A compass word not joined by و as the next of a list («حلب وشمال العراق» names two places). */
        private static boolean compassNotJoined(Token t) {
            for (int ri = 0; ri < t.segments().size(); ri++) {
                Segment r = t.segments().get(ri);
                if (COMPASS_WORDS.contains(r.stem()) && r.prefix().indexOf('و') < 0) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the words from {@code end} to {@code next} only say that the place before lies near or inside
         * {@code next}: a near word («قرب»، «بالقرب من»، «القريبة من»), a compass word («جنوب نابلس»، «جنوب شرقي مدينة
         * نابلس») or the head nouns of {@code next} after في or بـ («بمدينة»، «في
         * محافظة»), a comma aside.
         */
        private boolean nearOrWithin(int end, Match next) {
            if (next.first() - end > MAX_HEADS + 1) {
                return false;
            }
            boolean near = false;
            for (int k = end; k < next.first(); k++) {
                Token t = tokens.get(k);
                if (t.isPunct() && (t.norm().equals("،") || t.norm().equals(","))) {
                    continue;
                }
                if (!t.isWord()) {
                    return false;
                }
                if (t.hasStemIn(NEAR_WORDS) || compassNotJoined(t)) {
                    near = true; // «قرية دوما جنوب نابلس»: a compass word before a town says the place lies by it
                } else if (!t.norm().equals("من") && headNoun(t) == null && freeStanding(t) != PlaceMention.FI) {
                    return false;
                }
            }
            return near || next.context().headNoun()
                    && (next.context().preposition() == PlaceMention.FI || next.context().preposition() == PlaceMention.BI);
        }

        /**
         * Whether a name that starts at the head noun opening {@code m} (GeoNames writes some cities with it: «مدينة
         * العين»، «مدينة زايد»، «مدينة زنجبار») yields to the name starting after that head noun, which the head noun
         * then only introduces: a longer one («في مدينة عين العرب», whose last word the shorter one would leave
         * behind), or one as long in the story's countries where the name with the head noun is not — «مدينة زنجبار
         * عاصمة محافظة أبين» in a story about Yemen is Zinjibar, not Zanzibar, Tanzania (see {@link Gazetteer#best}).
         */
        private boolean nameAfterHead(Match m) {
            Match after = longestAt(m.first() + 1);
            return after != null && (after.end() > m.end() || after.end() == m.end()
                    && countries.contains(after.place().country()) && !countries.contains(m.place().country()));
        }

        private Match longestAt(int i) {
            Token t = tokens.get(i);
            org.marsad.text.StemFacts.Slot slot = firstWords;
            if (!t.isWord() || !org.marsad.text.StemFacts.mayAnswer(slot, t)) {
                return null;
            }
            Match best = null;
            for (int ri = 0; ri < t.segments().size(); ri++) {
                Segment r = t.segments().get(ri);
                NameTrie.Node node = !r.suffix().isEmpty() ? null
                        : slot != null ? slot.of(r) : gazetteer.root().child(r.stem());
                if (node != null) {
                    best = longer(best, extend(i, i + 1, node, r));
                }
            }
            return best;
        }

        /** The longest accepted name that starts at {@code first} and has reached {@code node} at {@code next}. */
        private Match extend(int first, int next, NameTrie.Node node, Segment reading) {
            Match best = accept(first, next, node, reading);
            if (next < to && tokens.get(next).isWord()) {
                for (int ri = 0; ri < tokens.get(next).segments().size(); ri++) {
                    Segment r = tokens.get(next).segments().get(ri);
                    boolean inner = r.suffix().isEmpty() && (r.prefix().isEmpty() || r.prefix().equals("ال"));
                    NameTrie.Node child = inner ? node.child(r.stem()) : null;
                    if (child != null) {
                        best = longer(best, extend(first, next + 1, child, reading));
                    }
                }
            }
            return best;
        }

        private Match accept(int first, int end, NameTrie.Node node, Segment reading) {
            if (node.places().isEmpty()) {
                return null;
            }
            boolean single = end - first == 1;
            if (single && (isNisbaAdjective(first, reading) || commonWordThroughAClitic(first, reading)
                    || hamzaNotInName(first, reading) || homographWord(first, reading))) {
                return null;
            }
            Context context = context(first, reading);
            List<GazetteerPlace> candidates = !single ? node.places() : reading.hasArticle()
                    ? gazetteer.readWithArticle(reading.stem(), node.places())
                    : gazetteer.readWithoutArticle(reading.stem(), node.places());
            GazetteerPlace place = gazetteer.best(candidates, single ? reading.stem() : null, context.cue(), countries);
            if (place != null && single && smallPlaceThroughAProclitic(place, reading)) {
                return null;
            }
            return place == null ? null : new Match(first, end, reading, place, context, candidates);
        }

        /**
         * True for a one-word name read by taking proclitics (ب، ل، ك, and the conjunctions و، ف and the future سـ) and no
         * article off the word that is a small town of a country none of the article's actors belongs to: «بنيناه» (we
         * built it) is no بـ + Neenah, «بطون» (bellies) no بـ + Alton, «بلمار» no بـ + Lohmar, «وجودا» (existence) no
         * و + Godda, «وسيطا» (a mediator) no و + Yatta, «ساروا» (they walked) no سـ + Arua. The word itself is mostly a common word there; a country, a city of at least
         * {@link Gazetteer#BIG_CITY} people or a town in the story's countries («بزنجبار» in a story about Yemen) is still
         * read (لموسكو، بتعز), and so is a name after the preposition and the article (بالقطيف، بالباحة): the article
         * shows where the word's own letters begin.
         */
        private boolean smallPlaceThroughAProclitic(GazetteerPlace place, Segment reading) {
            boolean proclitic = !reading.hasArticle() && !reading.prefix().isEmpty();
            return proclitic && !place.isCountry() && place.population() < Gazetteer.BIG_CITY
                    && !countries.contains(place.country());
        }

        /**
         * «زيارة إلى مسقط رأسه» (his birthplace) is no Muscat, «وهو مصر على» (insisting) no Egypt: a one-word name that,
         * with the word after it, is the common word of actors/homographs.tsv (the actors stage reads the same rows).
         */
        private boolean homographWord(int i, Segment reading) {
            String[][] row = homographs.of(reading.hasArticle() ? "ال" + reading.stem() : reading.stem());
            return row != null && org.marsad.dict.Homographs.meantAt(tokens, i, row);
        }

        /** «باكرا» (early) is no بـ + Accra: a common word of common-words.tsv read through a clitic, not the article. */
        private boolean commonWordThroughAClitic(int i, Segment reading) {
            return !reading.prefix().isEmpty() && !reading.hasArticle() && gazetteer.isCommonWord(tokens.get(i).norm());
        }

        /**
         * «بفأس» (with an axe) is no بـ + Fez (فاس), «حمأة» (mire) no Hama (حماة): the word as written, past its
         * clitics, has a hamza on an inner alef that the place's name does not (see {@link Gazetteer#hamzaNotInName}).
         */
        private boolean hamzaNotInName(int i, Segment reading) {
            Token t = tokens.get(i);
            int start = nameStart(text.text(), t, reading);
            if (start == t.start() && !reading.prefix().isEmpty()) {
                start = afterLetters(text.text(), start, t.end(), reading.prefix().length()); // «للأردن»: past لل
            }
            return gazetteer.hamzaNotInName(reading.stem(), text.text().substring(start, t.end()));
        }

        /**
         * الحكومة السعودية، الدعم المالي: a definite word in ية or ي right after a definite word agrees with it
         * as an adjective.
         */
        private boolean isNisbaAdjective(int i, Segment reading) {
            String stem = reading.stem();
            if (!reading.prefix().equals("ال") || !(stem.endsWith("يه") || stem.endsWith("ي")) || i == from) {
                return false;
            }
            Token prev = tokens.get(i - 1);
            return prev.isWord() && !PREPOSITIONS.containsKey(prev.norm())
                    && prev.segments().stream().anyMatch(Segment::hasArticle);
        }

        private PlaceMention mention(Match m) {
            Token first = tokens.get(m.first());
            int start = nameStart(text.text(), first, m.reading());
            Span span = new Span(start, tokens.get(m.end() - 1).end());
            return new PlaceMention(span, m.place().toPlace(span.of(text.text()), span), m.first(), m.end(),
                    m.context().placePreposition());
        }

        /**
         * The preposition of the place: a clitic on the name (بالقاهرة، لسنغافورة), else on or before the head
         * nouns in front of it (بمدينة جدة، في العاصمة اليمنية صنعاء), else the word right before it.
         */
        private Context context(int first, Segment reading) {
            char p = clitic(reading);
            if (p != PlaceMention.NONE) {
                return new Context(p, false, false);
            }
            boolean head = false;
            int j = first - 1;
            for (int heads = 0; heads < MAX_HEADS && j >= from; heads++) {
                int k = j;
                if (isDefiniteAdjective(tokens.get(k)) && k - 1 >= from && headNoun(tokens.get(k - 1)) != null) {
                    k--; // العاصمة اليمنية
                }
                Segment headReading = headNoun(tokens.get(k));
                if (headReading == null) {
                    break;
                }
                head = true;
                p = clitic(headReading);
                if (p != PlaceMention.NONE) {
                    return new Context(p, true, false);
                }
                j = k - 1;
            }
            p = j >= from ? freeStanding(tokens.get(j)) : PlaceMention.NONE;
            // «بالإضافة إلى الإمارات»: in addition to, not to (the إلى still lets a stoplisted name be read)
            boolean notTo = p == PlaceMention.ILA && j - 1 >= from && tokens.get(j - 1).isWord()
                    && tokens.get(j - 1).hasStemIn(NOT_TO_WORDS);
            return new Context(p, head, notTo);
        }
    }

    /** The distance between two places in km, 0 when either has no coordinates (see {@link GazetteerPlace#kilometres}). */
    static double kilometres(GazetteerPlace a, GazetteerPlace b) {
        return a.lat() == null || b.lat() == null ? 0 : GazetteerPlace.kilometres(a.lat(), a.lon(), b.lat(), b.lon());
    }

    private static Match longer(Match a, Match b) {
        return b != null && (a == null || b.end() > a.end()) ? b : a;
    }

    /** Whether the word is a head noun that may stand before a place's name (مدينة، بلدة، محافظة، شمال ...). */
    public static boolean isHeadNoun(Token t) {
        return headNoun(t) != null;
    }

    private static Segment headNoun(Token t) {
        if (t.isWord()) {
            for (int ri = 0; ri < t.segments().size(); ri++) {
                Segment r = t.segments().get(ri);
                if (r.suffix().isEmpty() && HEAD_NOUNS.contains(r.stem())) {
                    return r;
                }
            }
        }
        return null;
    }

    private static boolean isDefiniteAdjective(Token t) {
        String w = t.norm();
        return t.isWord() && w.startsWith("ال") && (w.endsWith("يه") || w.endsWith("ي"));
    }

    private static char clitic(Segment r) {
        return switch (r.preposition()) {
            case 'ب' -> PlaceMention.BI;
            case 'ل' -> PlaceMention.LI;
            default -> PlaceMention.NONE; // ك "like" is no place preposition
        };
    }

    /** في، إلى، من, possibly after the conjunction و or ف (وفي، ومن، وإلى). */
    private static char freeStanding(Token t) {
        if (!t.isWord()) {
            return PlaceMention.NONE;
        }
        String w = t.norm();
        Character p = PREPOSITIONS.get(w);
        if (p == null && w.length() > 2 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
            p = PREPOSITIONS.get(w.substring(1));
        }
        return p == null ? PlaceMention.NONE : p;
    }

    /** The offset after {@code letters} letters (marks such as tatweel not counted) from {@code from}. */
    private static int afterLetters(String text, int from, int end, int letters) {
        int i = from;
        for (int seen = 0; i < end && seen < letters; i++) {
            if (!ArabicNormalizer.isTransparent(text.charAt(i))) {
                seen++;
            }
        }
        return i;
    }

    /**
     * Where the name starts inside its first token: after the proclitics و ف ب ل ك, but with the article
     * (بالقاهرة → القاهرة). When the article is fused with ل (للقاهرة) no substring is the name, so the whole
     * token is kept. Offsets are counted through normalization, which may drop characters (tatweel in لـسنغافورة).
     */
    static int nameStart(String text, Token t, Segment reading) {
        String prefix = reading.prefix();
        if (prefix.endsWith("لل")) {
            return t.start();
        }
        int strip = prefix.endsWith("ال") ? prefix.length() - 2 : prefix.length();
        int i = t.start();
        int seen = 0;
        while (seen < strip && i < t.end()) {
            seen += ArabicNormalizer.normalize(String.valueOf(text.charAt(i))).length();
            i++;
        }
        while (i < t.end() && ArabicNormalizer.isTransparent(text.charAt(i))) {
            i++;
        }
        return seen == strip && i < t.end() ? i : t.start();
    }
}
