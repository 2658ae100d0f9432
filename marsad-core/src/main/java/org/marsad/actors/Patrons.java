package org.marsad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.dict.PhraseKeys;
import org.marsad.text.Token;

/**
 * «الانفصاليين الموالين لروسيا»، «الحوثيين المدعومين من إيران»: a state named after a word of loyalty or backing
 * (actors/loyalty.tsv) is the patron of the agent before it, not the agent, and no party to the sentence's events. Its
 * mention stays (the text names the state), marked {@link #WHY} so that the event coder never sees it
 * ({@link ActorMatcher#parties}): the agent keeps the code it has on its own (REB without a country, which the
 * sentence's place may locate) and the patron never stands in its place. A person, a government or a group after
 * the same words names the side of a bare agent (القوات الموالية لهادي) and is kept; after a body named by its own name,
 * which needs no one to say whose it is («المقاومة الشعبية الموالية للرئيس اليمني عبد ربه منصور هادي»), it is that body's
 * patron as a state is, and no party either (the resistance's call to the citizens is not one to Hadi).
 */
final class Patrons {
    /** The end of a patron's {@code why}: «name+patron». */
    static final String WHY = "+patron";

    /**
     * A loyalty word's reading: the preposition that introduces the patron (ل or من), and the words before it with which
     * it is another word (على مقربة من: near).
     */
    record Word(String preposition, Set<String> notAfter) {
    }

    /** Loyalty words, normalized and without the article. */
    private final Map<String, Word> words;

    Patrons(Map<String, Word> words) {
        this.words = Map.copyOf(words);
    }

    /** The mentions, those of states named as a patron marked so. */
    List<ActorMention> marked(List<Token> tokens, List<ActorMention> found) {
        List<ActorMention> out = null;
        for (int k = 0; k < found.size(); k++) {
            ActorMention m = found.get(k);
            int word = loyaltyWordBefore(tokens, m);
            if (word >= 0 && (isState(m) || k > 0 && isNamedBodyEndingAt(found.get(k - 1), tokens, word))) {
                if (out == null) {
                    out = new ArrayList<>(found);
                }
                out.set(k, new ActorMention(m.first(), m.end(), m.span(), m.code(), m.type(), m.entry(), m.nameEn(),
                        m.why() + WHY, m.form(), m.sentence(), m.prefix()));
            }
        }
        return out == null ? found : out;
    }

    /** A country, region or capital by name (a bare three-letter code), or a state's people («للروس»). */
    private static boolean isState(ActorMention m) {
        if (m.form() != ActorMention.Form.NAMED || m.code().length() != 3 || m.entry() == null) {
            return false;
        }
        return m.entry().kind() == ActorKind.FIXED && ("GPE".equals(m.type()) || "LOC".equals(m.type()))
                || m.entry().kind() == ActorKind.DEMONYM;
    }

    /**
     * A body named by its own name (an organization of the dictionaries with a code: «المقاومة الشعبية» YEMMIL), its
     * last word right before the loyalty word at {@code word}; not an agent, whose side the words after name.
     */
    private static boolean isNamedBodyEndingAt(ActorMention m, List<Token> tokens, int word) {
        return m.form() == ActorMention.Form.NAMED && m.code() != null && "ORG".equals(m.type()) && m.entry() != null
                && m.entry().kind() == ActorKind.FIXED && m.end() == word && m.sentence() == tokens.get(word).sentence();
    }

    /** The index of the loyalty word right before the mention and its preposition, or -1. */
    private int loyaltyWordBefore(List<Token> tokens, ActorMention m) {
        int j = skipQuotes(tokens, m.first() - 1);
        boolean lam = m.prefix().startsWith("ل");
        if (!lam && j >= 0 && tokens.get(j).norm().equals("ل")) {
            lam = true; // «موالية لـ"داعش"»: the لـ written apart
            j = skipQuotes(tokens, j - 1);
        }
        boolean min = false;
        if (!lam && org.marsad.text.Segment.withoutArticle(m.prefix()).isEmpty() && j >= 0 && tokens.get(j).norm().equals("من")) {
            min = true;
            j--;
        }
        if ((!lam && !min) || j < 0 || !tokens.get(j).isWord() || tokens.get(j).sentence() != m.sentence()) {
            return -1;
        }
        Word word = word(tokens.get(j).norm());
        if (word == null || !word.preposition().equals(lam ? "ل" : "من")) {
            return -1;
        }
        return j == 0 || !word.notAfter().contains(tokens.get(j - 1).norm()) ? j : -1;
    }

    /** Whether {@code t} is a loyalty word that takes its patron with ل («الموالين لصالح»، «القوات الموالية لصالح»). */
    boolean takesPatronWithLam(Token t) {
        Word w = t.isWord() ? word(t.norm()) : null;
        return w != null && w.preposition().equals("ل");
    }

    private static int skipQuotes(List<Token> tokens, int j) {
        while (j >= 0 && tokens.get(j).isPunct() && ActorMatcher.QUOTES.contains(tokens.get(j).norm())) {
            j--;
        }
        return j;
    }

    /** A loyalty word, read with or without و/ف and the article (والموالين، مؤيدون), or null. */
    private Word word(String w) {
        Word p = words.get(PhraseKeys.stripArticle(w));
        if (p == null && (w.startsWith("و") || w.startsWith("ف"))) {
            p = words.get(PhraseKeys.stripArticle(w.substring(1)));
        }
        return p;
    }
}
