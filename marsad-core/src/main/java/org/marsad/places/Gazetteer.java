package org.marsad.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;

/**
 * Countries and cities with their Arabic names, compiled into a {@link NameTrie}. Loaded once from
 * the classpath ({@code marsad/places/}: countries.tsv, cities.tsv, stopnames.tsv); immutable and
 * thread-safe.
 *
 * <p>Several places may share a name. They are ordered once, at load time, by {@link #PREFERENCE}:
 * <ol>
 *   <li>A country before any city: the country reading of الجزائر, تونس, الكويت, جيبوتي, عمان is the one
 *       news mostly means, and a country is never a wrong location for its own capital.</li>
 *   <li>Cities by weight = population × {@value #CAPITAL_FACTOR} for a capital (PPLC) × {@value #REGION_FACTOR}
 *       for the Arab world and Middle East ({@link #MIDDLE_EAST}). So a capital beats a non-capital up to
 *       four times its size (طرابلس → Tripoli, Libya), and a place in the region beats one elsewhere only when
 *       the other is less than twice as big: Arabic news is about the region, but a name is not a
 *       regional place just because the region has a village of that name.</li>
 *   <li>Ties keep file order (GeoNames order), so the result is deterministic.</li>
 * </ol>
 */
public final class Gazetteer {
    static final String DIR = "marsad/places/";
    static final String COUNTRIES_FILE = "countries.tsv";
    static final String CITIES_FILE = "cities.tsv";
    static final String STOPNAMES_FILE = "stopnames.tsv";
    static final String COMMON_WORDS_FILE = "common-words.tsv";
    static final int CAPITAL_FACTOR = 4;
    static final int REGION_FACTOR = 2;
    /** Single common-word names stand for a place only from this population up (see {@link StopPolicy#BIG}). */
    static final long BIG_CITY = 100_000;

    /** The Arab League, Western Sahara, and the non-Arab Middle East (Iran, Israel, Turkey). */
    static final Set<String> MIDDLE_EAST = Set.of("DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN",
            "LBY", "MRT", "MAR", "OMN", "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM", "ESH", "IRN",
            "ISR", "TUR");

    static final Comparator<GazetteerPlace> PREFERENCE = Comparator
            .comparing((GazetteerPlace p) -> !p.isCountry())
            .thenComparing(Gazetteer::weight, Comparator.reverseOrder());

    /**
     * What a one-word name that is also a common word needs before it counts as a place. Names of
     * more than one word are never affected: المدينة المنورة matches even though المدينة alone does not.
     */
    enum StopPolicy {
        /** Only a country or a city of at least {@link #BIG_CITY} people: الحرية is no Brazilian town in news. */
        BIG,
        /** Only after a place preposition or a head noun: في مالي، شمال مالي، محافظة الخرج — not الدعم المالي. */
        PREP,
        /** Only after a head noun: مدينة الخبر، محافظة الخبر — not في الخبر ("in the news"). */
        HEAD,
        /** Never alone: المدينة is "the city" far more often than Medina. */
        NEVER
    }

    /** What stands right before a name in the text, as far as {@link StopPolicy} cares. */
    enum Cue {
        NONE,
        /** في، إلى، من, or the clitic ب or ل. */
        PREPOSITION,
        /** A head noun such as مدينة، محافظة، العاصمة (which may itself follow a preposition). */
        HEAD_NOUN
    }

    private final NameTrie.Node root;
    /** Every word of every place name, gathered as the trie was frozen (read-only). */
    private final Set<String> words;
    private final Map<String, StopPolicy> stopnames;
    /** One-word keys → the ids of the places whose names write that word only with the article (الرقة، اليمن). */
    private final Map<String, Set<String>> articleOnly;
    /** One-word keys → the ids of the places whose names write that word only without the article (بنين، جدة). */
    private final Map<String, Set<String>> bareOnly;
    /** Whole words, normalized, never read as a clitic + a place (common-words.tsv). */
    private final Set<String> commonWords;
    /** One-word keys some place writes with a hamza on an alef inside the word (مأرب): see {@link #hamzaNotInName}. */
    private final Set<String> hamzaInName;
    /** Countries by ISO3 code. */
    private final Map<String, GazetteerPlace> countries;
    private final int places;
    private final int names;

    private Gazetteer(NameTrie.Node root, Set<String> words, Map<String, StopPolicy> stopnames,
                      Map<String, Set<String>> articleOnly, Map<String, Set<String>> bareOnly, Set<String> commonWords, Set<String> hamzaInName,
                      Map<String, GazetteerPlace> countries, int places, int names) {
        this.root = root;
        this.words = words;
        this.stopnames = Map.copyOf(stopnames);
        this.articleOnly = Map.copyOf(articleOnly);
        this.bareOnly = Map.copyOf(bareOnly);
        this.commonWords = Set.copyOf(commonWords);
        this.hamzaInName = Set.copyOf(hamzaInName);
        this.countries = Map.copyOf(countries);
        this.places = places;
        this.names = names;
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = read();
    }

    /** The gazetteer shipped on the classpath, read on first use. */
    public static Gazetteer load() {
        return Holder.INSTANCE;
    }

    /** Every word of every place name (the clitic segmenter's lexicon: readings with these stems are kept). */
    public java.util.Set<String> words() {
        return words;
    }

    /** The country with this ISO3 code, or null. */
    public GazetteerPlace country(String iso3) {
        return countries.get(iso3);
    }

    /** Number of places (countries and cities). */
    public int size() {
        return places;
    }

    /** Number of (name, place) pairs. */
    public int nameCount() {
        return names;
    }

    /** Every place with exactly this name (as written: normalization and the article do not matter), best first. */
    public List<GazetteerPlace> lookup(String name) {
        NameTrie.Node node = root;
        for (String word : PlaceNames.key(name)) {
            node = node.child(word);
            if (node == null) {
                return List.of();
            }
        }
        return node == root ? List.of() : node.places();
    }

    /**
     * The place a name stands for when it is found in text with nothing before it, after the stoplist:
     * طرابلس → Tripoli, Libya; الحرية → empty (a common word naming only a small town); مالي → empty (Mali
     * needs a preposition, see {@link PlaceFinder}).
     */
    public Optional<GazetteerPlace> resolve(String name) {
        List<String> key = PlaceNames.key(name);
        return Optional.ofNullable(best(lookup(name), key.size() == 1 ? key.get(0) : null, Cue.NONE));
    }

    NameTrie.Node root() {
        return root;
    }

    /**
     * True for a normalized text word, possibly after the conjunction و or ف, that common-words.tsv lists: a common word
     * that is never a clitic + a place («باكرا» early, not بـ + Accra).
     */
    boolean isCommonWord(String word) {
        return commonWords.contains(word) || word.length() > 3 && (word.charAt(0) == 'و' || word.charAt(0) == 'ف')
                && commonWords.contains(word.substring(1));
    }

    /**
     * True when {@code written}, the letters of a text word after its clitics (the article may stay), has a hamza on an
     * alef inside the word where no place writes its one-word name {@code key} with one: normalization makes «فأس» (an
     * axe) and «فاس» (Fez), «حمأة» (mire) and «حماة» (Hama) the same key, but news does not add a hamza a name does not
     * have, whereas it often drops one (اسرائيل), so only an added hamza tells the words apart.
     */
    boolean hamzaNotInName(String key, CharSequence written) {
        return hasInnerHamza(written) && !hamzaInName.contains(key);
    }

    /** Whether a word (its article, and marks such as vowels and tatweel, aside) has أ after its first letter. */
    static boolean hasInnerHamza(CharSequence word) {
        int letters = 0;
        boolean article = word.length() > 2 && word.charAt(0) == 'ا' && word.charAt(1) == 'ل';
        for (int i = article ? 2 : 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (ArabicNormalizer.isTransparent(c)) {
                continue;
            }
            if (c == 'أ' && letters > 0) {
                return true;
            }
            letters++;
        }
        return false;
    }

    /**
     * {@code candidates} of the one-word name {@code key} read from a word without the article: those whose own names
     * write the word with the article only are left out. Arabic keeps a place's article (الرقة، الجيزة، اليمن، الهند),
     * so the bare word is another word: «فرقة» a band (not ف + Raqqa), «ورقة» a paper, «وجيزة» brief, «هند» a given name.
     */
    List<GazetteerPlace> readWithoutArticle(String key, List<GazetteerPlace> candidates) {
        return without(articleOnly.get(key), candidates);
    }

    /**
     * {@code candidates} of the one-word name {@code key} read from a word with the article: those whose own names write
     * the word without the article only are left out. The article is part of a place's name or not (بنين، جدة، كابول
     * have none), so the word with it is another word: «للبنين» for boys (not Benin), «الجدة» the grandmother, «الكابل»
     * a cable, «الجنين» a foetus. Names the press writes with the article the gazetteer's source lacks are added in
     * supplement.tsv (الخرطوم، الإسماعيلية).
     */
    List<GazetteerPlace> readWithArticle(String key, List<GazetteerPlace> candidates) {
        return without(bareOnly.get(key), candidates);
    }

    private static List<GazetteerPlace> without(Set<String> ids, List<GazetteerPlace> candidates) {
        if (ids == null) {
            return candidates;
        }
        List<GazetteerPlace> out = new ArrayList<>(candidates.size());
        for (GazetteerPlace p : candidates) {
            if (!ids.contains(p.id())) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The best of {@code candidates} (already in preference order) allowed for a name; {@code singleWord}
     * is the key of a one-word name, or null for a longer one (the stoplist concerns single words only),
     * and {@code cue} what precedes the name in the text.
     */
    GazetteerPlace best(List<GazetteerPlace> candidates, String singleWord, Cue cue) {
        return best(candidates, singleWord, cue, Set.of());
    }

    /**
     * As {@link #best(List, String, Cue)}, in an article about {@code countries} (the states its actors
     * belong to): when the preferred place lies in none of them and another place of that name does, the
     * other one is meant — البيضاء in a story about Yemen is Yemen's al-Bayda, not Libya's; عمان in a story
     * about Jordan only is Amman.
     */
    GazetteerPlace best(List<GazetteerPlace> candidates, String singleWord, Cue cue, Set<String> countries) {
        GazetteerPlace first = allowed(candidates, singleWord, cue);
        if (first == null || countries.isEmpty() || countries.contains(first.country()) || candidates.size() == 1) {
            return first;
        }
        for (GazetteerPlace p : candidates) {
            if (countries.contains(p.country()) && allowed(List.of(p), singleWord, cue) != null) {
                return p;
            }
        }
        return first;
    }

    /** The first country or big city of {@code candidates}, or null: a loop, no stream per place word (speed38). */
    private static GazetteerPlace firstBig(List<GazetteerPlace> candidates) {
        for (int i = 0; i < candidates.size(); i++) {
            GazetteerPlace p = candidates.get(i);
            if (p.isCountry() || p.population() >= BIG_CITY) {
                return p;
            }
        }
        return null;
    }

    private GazetteerPlace allowed(List<GazetteerPlace> candidates, String singleWord, Cue cue) {
        StopPolicy policy = singleWord == null ? null : stopnames.get(singleWord);
        if (policy == null) {
            return candidates.isEmpty() ? null : candidates.get(0);
        }
        return switch (policy) {
            case BIG -> firstBig(candidates);
            case PREP -> cue != Cue.NONE && !candidates.isEmpty() ? candidates.get(0) : null;
            case HEAD -> cue == Cue.HEAD_NOUN && !candidates.isEmpty() ? candidates.get(0) : null;
            case NEVER -> null;
        };
    }

    static double weight(GazetteerPlace p) {
        double w = p.population();
        if (p.isCapital()) {
            w *= CAPITAL_FACTOR;
        }
        if (MIDDLE_EAST.contains(p.country())) {
            w *= REGION_FACTOR;
        }
        return w;
    }

    // --- loading -------------------------------------------------------------------------------

    /**
     * The places and their names as the build wrote them from countries.tsv and cities.tsv ({@code NerImage}, run by
     * marsad-core's pom at process-classes): each place, then each of its names' key with the two facts
     * {@link ArticleUse} notes of it, in file order, each word once. Generated, never edited; the TSVs stay the source.
     * When it is absent the TSVs are read. stopnames.tsv and common-words.tsv, small, are always read.
     */
    public static final String IMAGE = "marsad/places/places.image";
    static final int IMAGE_MAGIC = 0x4d475a31; // "MGZ1"
    private static final int END = 0;
    private static final int COUNTRY = 1;
    private static final int CITY = 2;
    private static final int NAME = 3;

    static Gazetteer read() {
        Gazetteer g = readImage();
        return g != null ? g : fromTsv(null);
    }

    /** The gazetteer of the TSV files; {@code image}, when not null, is written every place and name as they are added. */
    static Gazetteer fromTsv(java.io.DataOutputStream image) {
        try {
            NameTrie.Builder trie = new NameTrie.Builder();
            ArticleUse article = new ArticleUse();
            int places = 0;
            Map<String, GazetteerPlace> countries = new HashMap<>();
            Map<String, Integer> words = new java.util.LinkedHashMap<>();
            // countries: iso3, name_en, lat, lon, names_ar
            for (String[] f : rows(COUNTRIES_FILE, 5)) {
                places++;
                GazetteerPlace country = new GazetteerPlace(f[0], f[1], f[0], coordinate(f[2]), coordinate(f[3]), 0,
                        GazetteerPlace.COUNTRY);
                countries.put(f[0], country);
                writePlace(image, COUNTRY, country);
                add(trie, article, country, f[4], image, words);
            }
            // cities: geonameid, name_en, country, lat, lon, population, feature_code, names_ar
            for (String[] f : rows(CITIES_FILE, 8)) {
                places++;
                GazetteerPlace city = new GazetteerPlace(f[0], f[1], f[2], coordinate(f[3]), coordinate(f[4]),
                        Long.parseLong(f[5]), f[6]);
                writePlace(image, CITY, city);
                add(trie, article, city, f[7], image, words);
            }
            if (image != null) {
                image.writeByte(END);
            }
            return finish(trie, article, places, countries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Gazetteer finish(NameTrie.Builder trie, ArticleUse article, int places,
                                    Map<String, GazetteerPlace> countries) {
        Map<String, StopPolicy> stop = new HashMap<>();
        // stopnames: name, policy, note
        for (String[] f : rows(STOPNAMES_FILE, 2)) {
            List<String> key = PlaceNames.key(f[0]);
            if (key.size() != 1) {
                throw new IllegalStateException(STOPNAMES_FILE + ": not a single word: " + f[0]);
            }
            if (stop.put(key.get(0), StopPolicy.valueOf(f[1].toUpperCase(Locale.ROOT))) != null) {
                throw new IllegalStateException(STOPNAMES_FILE + ": listed twice: " + f[0]);
            }
        }
        Set<String> common = new java.util.HashSet<>();
        // common-words: word, note
        for (String[] f : rows(COMMON_WORDS_FILE, 2)) {
            common.add(ArabicNormalizer.normalize(f[0].trim()));
        }
        return new Gazetteer(trie.build(PREFERENCE), trie.words(), stop, article.only(article.with, article.without),
                article.only(article.without, article.with), common, article.hamzaInName, countries,
                places, trie.names());
    }

    private static void add(NameTrie.Builder trie, ArticleUse article, GazetteerPlace place, String names,
                            java.io.DataOutputStream image, Map<String, Integer> words) throws IOException {
        for (String name : names.split("\\|")) {
            List<String> key = PlaceNames.key(name);
            if (!key.isEmpty()) {
                boolean innerHamza = key.size() == 1 && hasInnerHamza(name.trim());
                boolean withArticle = key.size() == 1 && !ArabicNormalizer.normalize(name).trim().equals(key.get(0));
                trie.add(key, place);
                article.note(key, place, innerHamza, withArticle);
                if (image != null) {
                    if (key.size() > 255) {
                        throw new IllegalStateException("a place name of more than 255 words: " + name);
                    }
                    image.writeByte(NAME);
                    image.writeByte((innerHamza ? 1 : 0) | (withArticle ? 2 : 0));
                    image.writeByte(key.size());
                    for (String w : key) {
                        Integer i = words.get(w);
                        if (i == null) {
                            image.writeInt(-1); // a new word, written here: the next index
                            image.writeUTF(w);
                            words.put(w, words.size());
                        } else {
                            image.writeInt(i);
                        }
                    }
                }
            }
        }
    }

    private static void writePlace(java.io.DataOutputStream image, int kind, GazetteerPlace p) throws IOException {
        if (image == null) {
            return;
        }
        image.writeByte(kind);
        image.writeUTF(p.id());
        image.writeUTF(p.nameEn());
        if (kind == CITY) {
            image.writeUTF(p.country());
            image.writeLong(p.population());
            image.writeUTF(p.featureCode());
        }
        writeCoordinate(image, p.lat());
        writeCoordinate(image, p.lon());
    }

    private static void writeCoordinate(java.io.DataOutputStream image, Double c) throws IOException {
        image.writeBoolean(c != null);
        if (c != null) {
            image.writeDouble(c);
        }
    }

    private static Double readCoordinate(java.io.DataInputStream d) throws IOException {
        return d.readBoolean() ? Double.valueOf(d.readDouble()) : null;
    }

    /** Writes the image of the TSV files (see {@link #IMAGE}). */
    public static void writeImage(java.io.OutputStream out) throws IOException {
        java.io.DataOutputStream d = new java.io.DataOutputStream(new java.io.BufferedOutputStream(out, 1 << 16));
        d.writeInt(IMAGE_MAGIC);
        fromTsv(d);
        d.flush();
    }

    /** The gazetteer from {@link #IMAGE}, or null when the classpath has none. */
    static Gazetteer readImage() {
        InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(IMAGE);
        if (in == null) {
            return null;
        }
        try (java.io.DataInputStream d = new java.io.DataInputStream(new java.io.BufferedInputStream(in, 1 << 16))) {
            return readImage(d);
        } catch (IOException e) {
            throw new UncheckedIOException(IMAGE, e);
        }
    }

    /** The gazetteer the image's places and names give, as {@link #fromTsv} built it. */
    static Gazetteer readImage(java.io.DataInputStream d) throws IOException {
        if (d.readInt() != IMAGE_MAGIC) {
            throw new IOException(IMAGE + ": not a places image");
        }
        NameTrie.Builder trie = new NameTrie.Builder();
        ArticleUse article = new ArticleUse();
        int places = 0;
        Map<String, GazetteerPlace> countries = new HashMap<>();
        List<String> words = new ArrayList<>();
        GazetteerPlace place = null;
        for (int kind = d.readUnsignedByte(); kind != END; kind = d.readUnsignedByte()) {
            if (kind == COUNTRY) {
                places++;
                String iso3 = d.readUTF();
                place = new GazetteerPlace(iso3, d.readUTF(), iso3, readCoordinate(d), readCoordinate(d), 0,
                        GazetteerPlace.COUNTRY);
                countries.put(iso3, place);
            } else if (kind == CITY) {
                places++;
                String id = d.readUTF();
                String nameEn = d.readUTF();
                String country = d.readUTF();
                long population = d.readLong();
                String code = d.readUTF();
                place = new GazetteerPlace(id, nameEn, country, readCoordinate(d), readCoordinate(d), population, code);
            } else if (kind == NAME && place != null) {
                int flags = d.readUnsignedByte();
                String[] key = new String[d.readUnsignedByte()];
                for (int k = 0; k < key.length; k++) {
                    int i = d.readInt();
                    if (i < 0) {
                        words.add(d.readUTF());
                        i = words.size() - 1;
                    }
                    key[k] = words.get(i);
                }
                List<String> list = java.util.Arrays.asList(key);
                trie.add(list, place);
                article.note(list, place, (flags & 1) != 0, (flags & 2) != 0);
            } else {
                throw new IOException(IMAGE + ": bad record " + kind);
            }
        }
        if (d.read() != -1) {
            throw new IOException(IMAGE + ": bytes after the end");
        }
        return finish(trie, article, places, countries);
    }

    /** How each place writes each of its one-word names: with the article, without it, or both. */
    private static final class ArticleUse {
        private final Map<String, Set<String>> with = new HashMap<>();
        private final Map<String, Set<String>> without = new HashMap<>();

        /** One-word keys written with a hamza on an inner alef by some place (مأرب). */
        final Set<String> hamzaInName = new java.util.HashSet<>();

        /**
         * A name's key of {@code place}; {@code innerHamza}: a one-word name written with a hamza on an inner alef,
         * {@code withArticle}: a one-word name written with the article (its normalized form is not its key).
         */
        void note(List<String> key, GazetteerPlace place, boolean innerHamza, boolean withArticle) {
            if (innerHamza) {
                hamzaInName.add(key.get(0));
            }
            if (key.size() == 1) {
                (withArticle ? with : without).computeIfAbsent(key.get(0), k -> new java.util.HashSet<>()).add(place.id());
            }
        }

        /** Keys → the ids of places that write the key in {@code in} (with or without the article) and never the other way. */
        Map<String, Set<String>> only(Map<String, Set<String>> in, Map<String, Set<String>> notIn) {
            Map<String, Set<String>> out = new HashMap<>();
            in.forEach((key, ids) -> {
                Set<String> only = new java.util.HashSet<>(ids);
                only.removeAll(notIn.getOrDefault(key, Set.of()));
                if (!only.isEmpty()) {
                    out.put(key, Set.copyOf(only));
                }
            });
            return out;
        }
    }

    private static Double coordinate(String s) {
        return s.equals("-") ? null : Double.valueOf(s);
    }

    /** The data lines of a TSV resource (comments and blank lines skipped), each with at least {@code columns} fields. */
    static List<String[]> rows(String file, int columns) {
        String path = DIR.concat(file); // no `+`: see VerbForms.past
        InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing resource " + path);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < columns) {
                    throw new IllegalStateException(path + ":" + lineNo + ": expected " + columns + " columns");
                }
                rows.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
