package org.marsad.actors;

import java.util.List;
import java.util.function.Predicate;
import org.marsad.text.Segment;
import org.marsad.text.StemFacts;
import org.marsad.text.Token;

/**
 * The family name that closes a name written with its lineage: «عادل بن زيد الطريفي»، «عبدالله بن عبدالعزيز الربيعة»،
 * «سفر بن سويد الغامدي». Such a word has the article and nothing else («والطريفي» begins another name), and it is
 * no word the coder knows: not a dictionary's word (titles, places, event verbs, epithets) nor one of the frequent
 * words of the recognizer's training text, which hold the words that follow a name in a sentence — «الذي»،
 * «الاجتماع»، «الجلسة»، «النائب» —, whereas family names are too many and too rare to be among them. Whether a stem
 * is known is answered once per distinct word (StemFacts).
 */
public final class FamilyNames {
    /** Answers for the known stems only: most stems are unknown, and a reading with no answer shares one facts record. */
    private final StemFacts.Slot known;
    private final Predicate<String> givenName;

    /**
     * @param known the stems (normalized, without the article) the coder knows as words
     * @param givenName whether a normalized word is a given name (marsad/ner/given-names.tsv)
     */
    public FamilyNames(StemFacts facts, Predicate<String> known, Predicate<String> givenName) {
        this.known = facts.register(stem -> known.test(stem) ? Boolean.TRUE : null);
        this.givenName = givenName;
    }

    /**
     * True when a family name may follow the name of tokens {@code first} to {@code end} (exclusive) with no word of
     * its own: the name ends on its father's name (endsOnFathersName), or it is a given name alone — one word of
     * given-names.tsv, or a name written in two words — which the recognizer's window or its weights cut off from
     * the family name («اللواء عبدالمحسن | الطويل»، «الأستاذ عبد الله | العجلان»).
     */
    boolean mayFollow(List<Token> tokens, int first, int end) {
        return endsOnFathersName(tokens, first, end)
                || end - first == 1 && givenName.test(tokens.get(first).norm())
                || end - first == 2 && NameGrammar.WORDS.isTwoWordFirst(tokens.get(first).norm());
    }

    /** True when token {@code k} is a word of sentence {@code sentence} that may be a family name (see above). */
    public boolean at(List<Token> tokens, int k, int sentence) {
        if (k >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(k);
        if (!t.isWord() || t.sentence() != sentence) {
            return false;
        }
        Segment s = t.segments().get(0);
        return s.prefix().equals("ال") && s.suffix().isEmpty() && s.stem().length() > 1
                && (!known.mayAnswer(t) || known.of(s) == null);
    }

    /**
     * True when the name of tokens {@code first} to {@code end} (exclusive) ends on its father's name: «X بن Y», the
     * father's name written in two words («بن عبد العزيز») taken whole. Only then may a family name follow with no
     * word of its own; after «آل سعود» the name is whole.
     */
    static boolean endsOnFathersName(List<Token> tokens, int first, int end) {
        NameGrammar names = NameGrammar.WORDS;
        return end - first >= 3 && names.isFather(tokens.get(end - 2).norm())
                || end - first >= 4 && names.isFather(tokens.get(end - 3).norm())
                        && names.isTwoWordFirst(tokens.get(end - 2).norm());
    }
}
