package org.marsad.dict;

import java.util.ArrayList;
import java.util.List;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;

/**
 * Turns a dictionary name into the key a {@link PhraseTrie} matches: one normalized stem per token,
 * with the article ال stripped from every word (so "الولايات المتحدة" is [ولايات, متحده] and matches
 * بالولايات المتحدة as well as الولايات المتحدة).
 */
public final class PhraseKeys {
    private static final Tokenizer TOKENIZER = new Tokenizer();

    private PhraseKeys() {
    }

    /**
     * The key of a name. A name written with a leading {@code =} keeps the article of its first word
     * ({@code =الغرب}: "the West" must be written with ال, or غرب "west of" would match it too).
     */
    public static List<String> of(String name) {
        boolean keepArticle = name.startsWith("=");
        String text = keepArticle ? name.substring(1) : name;
        List<String> key = new ArrayList<>();
        for (Token t : TOKENIZER.tokenize(text)) {
            boolean first = key.isEmpty();
            boolean article = text.startsWith("ال", t.start()); // ألمانيا folds to المانيا, but has no article
            key.add(!t.isWord() || first && keepArticle || !article ? t.norm() : stripArticle(t.norm()));
        }
        return key;
    }

    /** ال + at least two letters → the letters; "لل" is not stripped here: names are written without prepositions. */
    public static String stripArticle(String w) {
        return w.startsWith("ال") && w.length() >= 4 ? w.substring(2) : w;
    }

    /**
     * Whether the tokens from {@code start} spell {@code words} (normalized word forms, as {@link Token#norm()}),
     * checking words {@code from} to the end (a caller that matched the first word its own way passes 1).
     */
    public static boolean normsAt(List<Token> tokens, int start, String[] words, int from) {
        if (start < 0 || start + words.length > tokens.size()) {
            return false;
        }
        for (int k = from; k < words.length; k++) {
            if (!tokens.get(start + k).norm().equals(words[k])) {
                return false;
            }
        }
        return true;
    }
}
