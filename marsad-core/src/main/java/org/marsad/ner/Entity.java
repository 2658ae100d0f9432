package org.marsad.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * A named entity as the CoNLL scorer sees it: tokens [start, end) and a type.
 *
 * @param start first token
 * @param end   token after the last
 * @param type  PERS, LOC, ORG, MISC ...
 */
public record Entity(int start, int end, String type) {

    /**
     * The entities of a BIO sequence, read the way conlleval reads them: an entity starts at B-T, and
     * also at an I-T that does not continue an entity of type T (after O, or after a tag of another
     * type), so an invalid sequence is still scored rather than rejected; it ends before the next B-,
     * O, or I- of another type.
     */
    public static List<Entity> of(List<String> tags) {
        List<Entity> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : TagSet.OUTSIDE;
            String t = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : null;
            boolean begin = tag.startsWith("B-");
            boolean continues = type != null && tag.startsWith("I-") && t.equals(type);
            if (type != null && !continues) {
                out.add(new Entity(start, i, type));
                type = null;
            }
            if (t != null && (begin || !continues)) {
                start = i;
                type = t;
            }
        }
        return out;
    }
}
