package org.marsad.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The tags over a fixed list of entity types, as dense indexes: 0 is O, then each type's tags in the
 * order of its {@link Scheme}'s letters. Dense indexes let the tagger keep its weights in flat arrays,
 * one column a tag.
 *
 * <p>Data and output are always BIO (CoNLL files, {@link Entity#of}); a BILOU tag set only changes what
 * the model predicts internally: {@link #encode} turns gold BIO into its tags, {@link #bio} turns a
 * predicted tag back.
 */
public final class TagSet {
    public static final String OUTSIDE = "O";
    /** The types of ANERcorp, in the order the shipped model stores them. */
    public static final List<String> ANERCORP_TYPES = List.of("PERS", "LOC", "ORG", "MISC");

    /**
     * How an entity's tokens are tagged. BIO: begin, inside. BILOU (Ratinov and Roth 2009) also marks the
     * last token of a longer entity and a one-token entity (unit), so the model learns what ends a name,
     * not only what starts one.
     */
    public enum Scheme {
        BIO("BI"), BILOU("BILU");

        final String letters;

        Scheme(String letters) {
            this.letters = letters;
        }
    }

    private static final int B = 0;
    private static final int I = 1;
    private static final int L = 2;
    private static final int U = 3;

    private final List<String> types;
    private final Scheme scheme;
    private final int per;
    private final List<String> tags;
    /** {@link #allowed} for every pair, at {@code (prev + 1) * size + tag}: Viterbi asks it size² times a token. */
    private final boolean[] allowedPairs;
    /** Per tag, the tags it may follow: under BILOU a third of all pairs, which Viterbi then never visits. */
    private final int[][] predecessors;

    /** BIO tags over these types. */
    public TagSet(List<String> types) {
        this(types, Scheme.BIO);
    }

    public TagSet(List<String> types, Scheme scheme) {
        this.types = List.copyOf(types);
        this.scheme = scheme;
        this.per = scheme.letters.length();
        List<String> t = new ArrayList<>(1 + per * types.size());
        t.add(OUTSIDE);
        for (String type : types) {
            for (char letter : scheme.letters.toCharArray()) {
                t.add(String.valueOf(letter).concat("-").concat(type)); // no `+`: see VerbForms.past
            }
        }
        this.tags = List.copyOf(t);
        int n = tags.size();
        this.allowedPairs = new boolean[(n + 1) * n];
        for (int prev = -1; prev < n; prev++) {
            for (int tag = 0; tag < n; tag++) {
                allowedPairs[(prev + 1) * n + tag] = isAllowed(prev, tag);
            }
        }
        this.predecessors = new int[n][];
        for (int tag = 0; tag < n; tag++) {
            int next = tag;
            predecessors[tag] = IntStream.range(0, n).filter(prev -> isAllowed(prev, next)).toArray();
        }
    }

    public List<String> types() {
        return types;
    }

    public Scheme scheme() {
        return scheme;
    }

    public int size() {
        return tags.size();
    }

    public String tag(int index) {
        return tags.get(index);
    }

    /** The BIO tag a predicted tag stands for: U-T is B-T, L-T is I-T. */
    public String bio(int index) {
        if (index == 0) {
            return OUTSIDE;
        }
        int letter = letter(index);
        return (letter == B || letter == U ? "B-" : "I-") + type(index);
    }

    /** The index of a tag; an unknown type or a malformed tag is an error naming the tag. */
    public int index(String tag) {
        int i = tags.indexOf(tag);
        if (i < 0) {
            throw new IllegalArgumentException("unknown tag '" + tag + "' (tags: " + tags + ")");
        }
        return i;
    }

    /**
     * A BIO sequence as this set's indexes: under BILOU, an entity's last token is L (U when it has one
     * token). Entities are read as {@link Entity#of} reads them, so an I- that continues nothing begins one.
     */
    public int[] encode(List<String> bioTags) {
        int[] out = new int[bioTags.size()];
        for (Entity e : Entity.of(bioTags)) {
            int base = 1 + types.indexOf(e.type()) * per;
            if (base < 1) {
                throw new IllegalArgumentException("unknown entity type '" + e.type() + "' (types: " + types + ")");
            }
            for (int i = e.start(); i < e.end(); i++) {
                out[i] = base + (i == e.start() ? B : I);
            }
            if (scheme == Scheme.BILOU) {
                out[e.end() - 1] = base + (e.end() - e.start() == 1 ? U : L);
            }
        }
        return out;
    }

    /** The entity type of a tag; null for O. */
    public String type(int tag) {
        return tag == 0 ? null : types.get((tag - 1) / per);
    }

    private int letter(int tag) {
        return (tag - 1) % per;
    }

    /** Whether the entity is still open after this tag (BILOU: B and I need an I or L next; BIO: never required). */
    private boolean open(int tag) {
        return scheme == Scheme.BILOU && tag > 0 && (letter(tag) == B || letter(tag) == I);
    }

    /** Whether this tag continues an entity (I; under BILOU also L). */
    private boolean continues(int tag) {
        return tag > 0 && (letter(tag) == I || letter(tag) == L);
    }

    /**
     * Whether {@code tag} may follow {@code prev} (-1 = sentence start): a continuing tag only after an
     * open tag of its type (BIO: after B-T or I-T); under BILOU an open tag must be followed by I or L of its type.
     */
    public boolean allowed(int prev, int tag) {
        return allowedPairs[(prev + 1) * tags.size() + tag];
    }

    private boolean isAllowed(int prev, int tag) {
        boolean sameType = prev > 0 && tag > 0 && (prev - 1) / per == (tag - 1) / per;
        if (continues(tag)) {
            return sameType && (scheme == Scheme.BIO || open(prev));
        }
        return prev < 0 || !open(prev);
    }

    /** The tags (not the sentence start) that {@code tag} may follow, ascending. */
    int[] predecessors(int tag) {
        return predecessors[tag];
    }

    /** Whether a sentence may end with this tag (BILOU: not inside an open entity). */
    public boolean allowedLast(int tag) {
        return !open(tag);
    }
}
