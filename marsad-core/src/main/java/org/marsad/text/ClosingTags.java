package org.marsad.text;

import java.util.HashSet;
import java.util.Set;
import org.marsad.dict.TsvFile;

/**
 * Finds a keyword (tag) line glued after an article's last sentence («... بكلية الطب. سمات تبوك جامعة معمة تبوك»):
 * an opener word ({@code marsad/text/closing-tags.tsv}) that begins the text's last sentence, then only words,
 * numbers and the signs {@code - " “ ” « » ( )} to the very end, none of them a clause word of the same file. The
 * sentence splitter keeps such a line out of the sentences: it is no sentence, and names in it are tags, not
 * mentions. A line with a sentence's signs (. ، : ! ?) or a clause word stays a sentence.
 */
final class ClosingTags {
    static final String RESOURCE = "marsad/text/closing-tags.tsv";

    private static final ClosingTags DEFAULT = load();

    private final Set<String> openers;
    private final Set<String> clauseWords;

    ClosingTags(Set<String> openers, Set<String> clauseWords) {
        this.openers = Set.copyOf(openers);
        this.clauseWords = Set.copyOf(clauseWords);
    }

    static ClosingTags standard() {
        return DEFAULT;
    }

    private static ClosingTags load() {
        Set<String> openers = new HashSet<>();
        Set<String> clauses = new HashSet<>();
        for (TsvFile.Row r : TsvFile.read(RESOURCE, 2, true)) {
            String word = ArabicNormalizer.normalize(r.col(1));
            switch (r.col(0)) {
                case "opener" -> openers.add(word);
                case "clause" -> clauses.add(word);
                default -> throw r.error("kind must be opener or clause: " + r.col(0));
            }
        }
        return new ClosingTags(openers, clauses);
    }

    /**
     * Whether the last sentence, {@code [first, n)} of {@code tokens}, is a tag line: it must begin with an opener, after a sentence of the text (the caller says that sentence
     * ended with a sign or a line break, not cut for its length), and hold at least one word after it.
     */
    boolean isTagLine(TokenSpans tokens, int first, int n) {
        if (first <= 0 || first + 1 >= n || !openers.contains(tokens.norms[first])) {
            return false;
        }
        boolean word = false;
        for (int i = first + 1; i < n; i++) {
            if (tokens.newlineBefore[i]) {
                return false; // the last sentence is one line
            }
            switch (tokens.kinds[i]) {
                case PUNCT -> {
                    if (!isTagSign(tokens.norms[i])) {
                        return false;
                    }
                }
                case WORD -> {
                    if (clauseWords.contains(tokens.norms[i])) {
                        return false;
                    }
                    word = true;
                }
                default -> {
                }
            }
        }
        return word;
    }

    /** Signs a tag may hold («طريق الطائف - الرياض», «مهرجان "الدار دارك"»): none ends or parts a clause. */
    private static boolean isTagSign(String p) {
        return p.length() == 1 && "-\"“”«»()".contains(p);
    }
}
