package org.marsad.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * The BIO tags over a fixed list of entity types, as dense indexes: 0 is O, then B-T and I-T for each
 * type T in order. Dense indexes let the tagger keep its weights in flat arrays, one column a tag.
 */
public final class TagSet {
    public static final String OUTSIDE = "O";
    /** The types of ANERcorp, in the order the shipped model stores them. */
    public static final List<String> ANERCORP_TYPES = List.of("PERS", "LOC", "ORG", "MISC");

    private final List<String> types;
    private final List<String> tags;

    public TagSet(List<String> types) {
        this.types = List.copyOf(types);
        List<String> t = new ArrayList<>(1 + 2 * types.size());
        t.add(OUTSIDE);
        for (String type : types) {
            t.add("B-" + type);
            t.add("I-" + type);
        }
        this.tags = List.copyOf(t);
    }

    public List<String> types() {
        return types;
    }

    public int size() {
        return tags.size();
    }

    public String tag(int index) {
        return tags.get(index);
    }

    /** The index of a tag; an unknown type or a malformed tag is an error naming the tag. */
    public int index(String tag) {
        int i = tags.indexOf(tag);
        if (i < 0) {
            throw new IllegalArgumentException("unknown tag '" + tag + "' (tags: " + tags + ")");
        }
        return i;
    }

    public boolean isBegin(int tag) {
        return tag > 0 && tag % 2 == 1;
    }

    public boolean isInside(int tag) {
        return tag > 0 && tag % 2 == 0;
    }

    /** The entity type of a B- or I- tag; null for O. */
    public String type(int tag) {
        return tag == 0 ? null : types.get((tag - 1) / 2);
    }

    /** Whether {@code tag} may follow {@code prev} (-1 = sentence start): I-T only continues B-T or I-T. */
    public boolean allowed(int prev, int tag) {
        if (!isInside(tag)) {
            return true;
        }
        return prev > 0 && (prev - 1) / 2 == (tag - 1) / 2;
    }
}
