package org.marsad.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marsad.dict.PhraseKeys;
import org.marsad.dict.PhraseTrie;
import org.marsad.dict.TsvFile;
import org.marsad.dict.TsvFile.Row;
import org.marsad.text.Token;

/**
 * What Marsad's own dictionaries know about the words of a sentence, as the tagger's features need it:
 * which tokens begin or continue a known name of which {@link Kind}, and after which tokens a trigger
 * word (marsad/ner/triggers.tsv) ends. Besides the place gazetteer and the actor dictionaries it reads
 * one list of its own, marsad/ner/given-names.tsv.
 *
 * <p>Every file is optional: a dictionary that is not there (agents.tsv and people.tsv are written
 * elsewhere) simply contributes no feature. The features are per kind, never per name, so a dictionary
 * that grows after training still helps the shipped model: a new city gets the weight every city earned.
 */
public final class NerDictionary {
    /** The kinds of name the dictionaries know; the ordinal is part of the feature, so only append. */
    public enum Kind {
        /** A country or city of the place gazetteer, a country or region of the actor dictionary, a capital. */
        PLACE,
        /** A one-word place name that is mostly a common word (places/stopnames.tsv). */
        PLACE_COMMON,
        ORG,
        PERSON,
        /** An office or honorific standing for one person (الأمين العام للأمم المتحدة; agents of kind title). */
        TITLE,
        /** A group agent (الحكومة، الجيش). */
        GROUP,
        /** A nationality adjective in any of its regular or listed forms. */
        DEMONYM,
        /** A given name (marsad/ner/given-names.tsv). */
        GIVEN,
        /** A given name that is also a frequent common word (أمل، سعيد). */
        GIVEN_COMMON
    }

    /** Kinds of trigger, as written in triggers.tsv; the ordinal is part of the feature, so only append. */
    public enum Trigger {
        PERS, LOC, ORG, MISC
    }

    /** Regular nisba inflections of a demonym ending in ي, as {@code org.marsad.actors.ActorDictionary} generates them. */
    private static final String[] NISBA_SUFFIXES = {"", "ه", "ون", "ين", "ان", "تين", "تان", "ات"};

    private final PhraseTrie<Kind> names = new PhraseTrie<>();
    private final PhraseTrie<Trigger> triggers = new PhraseTrie<>();

    private NerDictionary() {
    }

    private static final class Holder {
        static final NerDictionary INSTANCE = read();
    }

    /** The dictionaries shipped on the classpath, read once. */
    public static NerDictionary load() {
        return Holder.INSTANCE;
    }

    /** Number of (name, kind) entries and of triggers: for reports. */
    public int nameCount() {
        return names.size();
    }

    public int triggerCount() {
        return triggers.size();
    }

    /**
     * Per token, a bit mask of name kinds: bit {@code 2k} when a name of kind k begins there, bit
     * {@code 2k+1} when it continues. Names are matched left to right, longest first, as the actor
     * matcher does. {@code tokens} must carry their clitic readings.
     */
    public int[] nameFlags(List<Token> tokens) {
        int[] flags = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); ) {
            PhraseTrie.Match<Kind> m = names.longestAt(tokens, i, tokens.size());
            if (m == null) {
                i++;
                continue;
            }
            for (Kind k : m.values()) {
                flags[i] |= 1 << (2 * k.ordinal());
                for (int j = i + 1; j < m.end(); j++) {
                    flags[j] |= 1 << (2 * k.ordinal() + 1);
                }
            }
            i = m.end();
        }
        return flags;
    }

    /** Per token, a bit mask of the {@link Trigger} kinds of the trigger phrases that end at that token. */
    public int[] triggerEnds(List<Token> tokens) {
        int[] ends = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            PhraseTrie.Match<Trigger> m = triggers.longestAt(tokens, i, tokens.size());
            if (m != null) {
                for (Trigger t : m.values()) {
                    ends[m.end() - 1] |= 1 << t.ordinal();
                }
            }
        }
        return ends;
    }

    /** The longest trigger phrase of triggers.tsv, in words ("المتحدث باسم", "آية الله"): how far back one may begin. */
    private static final int LONGEST_TRIGGER = 3;

    /**
     * The first token of a person's trigger (a title, office or profession of triggers.tsv: «الشيخ»، «الدكتور»)
     * that ends right before token {@code end} and begins at or after {@code from}; -1 if none. A look back of a few
     * words at one place, for a name whose reading depends on the title before it.
     */
    public int personTriggerBefore(List<Token> tokens, int from, int end) {
        for (int j = Math.max(from, end - LONGEST_TRIGGER); j < end; j++) {
            PhraseTrie.Match<Trigger> m = triggers.longestAt(tokens, j, end);
            if (m != null && m.end() == end && m.values().contains(Trigger.PERS)) {
                return j;
            }
        }
        return -1;
    }

    // --- loading -------------------------------------------------------------------------------

    /**
     * The names trie as the build wrote it from the TSV files below ({@link NerImage}, run by marsad-core's pom at
     * process-classes): the entries in the order {@link #fromTsv} adds them, each word once. Generated, never edited;
     * the TSV files stay the source. When it is absent (a classpath without the build's output) the TSVs are read.
     */
    static final String IMAGE = "marsad/ner/names.image";
    static final int IMAGE_MAGIC = 0x4d4e4931; // "MNI1"

    static NerDictionary read() {
        NerDictionary d = readImage();
        if (d == null) {
            d = fromTsv(null);
        }
        d.readTriggers();
        return d;
    }

    /**
     * The names of the place and actor dictionaries and of given-names.tsv, each added with its kind as the features
     * know it; {@code added}, when not null, is told every {@code (key, kind)} in the order the trie is given them.
     */
    static NerDictionary fromTsv(java.util.function.BiConsumer<List<String>, Kind> added) {
        NerDictionary d = new NerDictionary();
        d.added = added;
        Set<String> common = new HashSet<>();
        for (Row r : TsvFile.read("marsad/places/stopnames.tsv", 2, false)) {
            common.add(String.join(" ", PhraseKeys.of(r.col(0))));
        }
        for (Row r : TsvFile.read("marsad/places/countries.tsv", 5, false)) {
            d.addPlaces(r.col(4), common);
        }
        for (Row r : TsvFile.read("marsad/places/cities.tsv", 8, false)) {
            d.addPlaces(r.col(7), common);
        }
        for (String file : List.of("countries", "metonyms", "organizations")) {
            for (Row r : TsvFile.read("marsad/actors/".concat(file).concat(".tsv"), 4, false)) {
                Kind k = switch (r.col(1)) {
                    case "GPE", "LOC" -> Kind.PLACE;
                    case "PERS" -> Kind.TITLE;
                    default -> Kind.ORG;
                };
                d.addNames(r.col(3), k);
            }
        }
        for (Row r : TsvFile.read("marsad/actors/demonyms.tsv", 3, false)) {
            d.addDemonym(r);
        }
        for (Row r : TsvFile.read("marsad/actors/agents.tsv", 4, false)) {
            d.addNames(r.col(3), r.col(1).equals("title") ? Kind.TITLE : Kind.GROUP);
        }
        for (Row r : TsvFile.read("marsad/actors/people.tsv", 6, false)) {
            d.addNames(r.col(5), Kind.PERSON);
        }
        for (Row r : TsvFile.read("marsad/ner/given-names.tsv", 2, true)) {
            d.addNames(r.col(0), "common".equals(r.col(1)) ? Kind.GIVEN_COMMON : Kind.GIVEN);
        }
        d.added = null;
        return d;
    }

    private void readTriggers() {
        for (Row r : TsvFile.read("marsad/ner/triggers.tsv", 2, true)) {
            Trigger t;
            try {
                t = Trigger.valueOf(r.col(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.error("trigger type must be PERS, LOC, ORG or MISC, got '" + r.col(1) + "'");
            }
            triggers.add(PhraseKeys.of(r.col(0)), t);
        }
    }

    /** Where {@link #fromTsv} tells what it adds (the image's writer), or null. */
    private java.util.function.BiConsumer<List<String>, Kind> added;

    private void add(List<String> key, Kind kind) {
        names.add(key, kind);
        if (added != null) {
            added.accept(key, kind);
        }
    }

    /**
     * The image: {@link #IMAGE_MAGIC}, the number of distinct words and each word ({@code writeUTF}), the number of
     * entries and each entry as its kind's ordinal, its length and its words' indexes. The names trie read from it is
     * the one {@link #fromTsv} builds: the same keys given with the same kinds in the same order.
     */
    static void writeImage(java.io.OutputStream out) throws java.io.IOException {
        java.util.Map<String, Integer> index = new java.util.LinkedHashMap<>();
        java.io.ByteArrayOutputStream entries = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream e = new java.io.DataOutputStream(entries);
        int[] count = {0};
        fromTsv((key, kind) -> {
            try {
                if (key.size() > 255) {
                    throw new IllegalStateException("a name of more than 255 words: " + key);
                }
                e.writeByte(kind.ordinal());
                e.writeByte(key.size());
                for (String w : key) {
                    Integer i = index.get(w);
                    if (i == null) {
                        i = index.size();
                        index.put(w, i);
                    }
                    e.writeInt(i);
                }
                count[0]++;
            } catch (java.io.IOException x) {
                throw new java.io.UncheckedIOException(x);
            }
        });
        java.io.DataOutputStream d = new java.io.DataOutputStream(out);
        d.writeInt(IMAGE_MAGIC);
        d.writeInt(index.size());
        for (String w : index.keySet()) {
            d.writeUTF(w);
        }
        d.writeInt(count[0]);
        e.flush();
        entries.writeTo(d);
        d.flush();
    }

    /** The names trie from {@link #IMAGE}, or null when the classpath has none. */
    static NerDictionary readImage() {
        java.io.InputStream in = NerDictionary.class.getClassLoader().getResourceAsStream(IMAGE);
        if (in == null) {
            return null;
        }
        try (java.io.DataInputStream d = new java.io.DataInputStream(new java.io.BufferedInputStream(in, 1 << 16))) {
            return readImage(d, null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(IMAGE, e);
        }
    }

    /** The names trie of an image; {@code added}, when not null, is told every {@code (key, kind)} as the trie is given it. */
    static NerDictionary readImage(java.io.DataInputStream d, java.util.function.BiConsumer<List<String>, Kind> added)
            throws java.io.IOException {
        if (d.readInt() != IMAGE_MAGIC) {
            throw new java.io.IOException(IMAGE + ": not a names image");
        }
        String[] words = new String[d.readInt()];
        for (int i = 0; i < words.length; i++) {
            words[i] = d.readUTF();
        }
        Kind[] kinds = Kind.values();
        NerDictionary dict = new NerDictionary();
        ArrayList<String> key = new ArrayList<>();
        for (int n = d.readInt(); n > 0; n--) {
            Kind kind = kinds[d.readUnsignedByte()];
            key.clear();
            for (int k = d.readUnsignedByte(); k > 0; k--) {
                key.add(words[d.readInt()]);
            }
            dict.names.add(key, kind); // the trie keeps the words, not the list
            if (added != null) {
                added.accept(List.copyOf(key), kind);
            }
        }
        if (d.read() != -1) {
            throw new java.io.IOException(IMAGE + ": bytes after the last entry");
        }
        return dict;
    }

    private void addPlaces(String namesAr, Set<String> common) {
        for (String n : TsvFile.names(namesAr)) {
            List<String> key = PhraseKeys.of(n);
            add(key, common.contains(String.join(" ", key)) ? Kind.PLACE_COMMON : Kind.PLACE);
        }
    }

    private void addNames(String namesAr, Kind kind) {
        for (String n : TsvFile.names(namesAr)) {
            add(PhraseKeys.of(n), kind);
        }
    }

    private void addDemonym(Row r) {
        for (String singular : TsvFile.names(r.col(2))) {
            List<String> key = PhraseKeys.of(singular);
            for (String suffix : NISBA_SUFFIXES) {
                List<String> form = new ArrayList<>(key.size());
                for (String w : key) {
                    if (!suffix.isEmpty() && !w.endsWith("ي")) {
                        form = null;
                        break;
                    }
                    form.add(w + suffix);
                }
                if (form != null) {
                    add(form, Kind.DEMONYM);
                }
            }
        }
        addNames(r.opt(3), Kind.DEMONYM);
    }
}
