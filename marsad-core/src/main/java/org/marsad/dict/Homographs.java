package org.marsad.dict;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Token;

/**
 * Names that are also a common word in one construction, where the word is meant (marsad/actors/homographs.tsv):
 * «وهو مصر على» (مُصِرّ, insisting; not Egypt), «مسقط رأسه» (his birthplace; not Muscat). Both the actors stage and the
 * places stage read them: a name that is the common word there names neither an actor nor a place.
 */
public final class Homographs {
    /** The file, on the classpath. */
    public static final String FILE = "marsad/actors/homographs.tsv";

    /** Name (normalized, as written, article and all) -> {the next word's spellings, the words before (none: any)}. */
    private final Map<String, String[][]> rows;

    private Homographs(Map<String, String[][]> rows) {
        this.rows = Map.copyOf(rows);
    }

    /** Reads {@link #FILE}. */
    public static Homographs load() {
        Map<String, String[][]> rows = new HashMap<>();
        for (TsvFile.Row r : TsvFile.read(FILE, 3, true)) {
            String[] before = TsvFile.names(r.col(2)).stream().map(ArabicNormalizer::normalize).toArray(String[]::new);
            String[] next = r.col(1).strip().equals(ANY_NEXT) ? new String[] {ANY_NEXT}
                    : TsvFile.names(r.col(1)).stream().map(ArabicNormalizer::normalize).toArray(String[]::new);
            if (next.length == 0 || next.length > 1 && List.of(next).contains(ANY_NEXT)) {
                throw r.error("the next word: spellings, or " + ANY_NEXT + " alone");
            }
            if (next[0].equals(ANY_NEXT) && before.length == 0) {
                throw r.error("with any next word, the words before must decide: list them");
            }
            rows.put(ArabicNormalizer.normalize(r.col(0).strip()), new String[][] {next, before});
        }
        return new Homographs(rows);
    }

    /** Every row: name (normalized) -> {next spellings, words before}. */
    public Map<String, String[][]> rows() {
        return rows;
    }

    /** The row of a normalized name, or null. */
    public String[][] of(String name) {
        return rows.get(name);
    }

    /** The next-word column that lets the word before alone decide («ضربة قاضية»: a knockout blow, whatever follows). */
    public static final String ANY_NEXT = "*";

    /**
     * True when the name at token {@code i}, whose row is {@code row}, is the common word: the next token is written
     * as one of the row's next words (any token, or none, when the row's next word is {@link #ANY_NEXT}) and, when
     * the row lists words before, the token before is one of them.
     */
    public static boolean meantAt(List<Token> tokens, int i, String[][] row) {
        boolean anyNext = row[0].length == 1 && row[0][0].equals(ANY_NEXT);
        if (!anyNext && (i + 1 >= tokens.size() || !oneOf(tokens.get(i + 1).norm(), row[0]))) {
            return false;
        }
        if (row[1].length == 0) {
            return true; // «-»: the next word alone decides (مسقط رأس، birthplace)
        }
        return i > 0 && oneOf(tokens.get(i - 1).norm(), row[1]);
    }

    private static boolean oneOf(String word, String[] words) {
        for (String w : words) {
            if (word.equals(w)) {
                return true;
            }
        }
        return false;
    }
}
