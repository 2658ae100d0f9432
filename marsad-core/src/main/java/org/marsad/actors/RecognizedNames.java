package org.marsad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.marsad.model.Span;
import org.marsad.ner.NerSpan;
import org.marsad.text.Segment;
import org.marsad.text.Token;

/**
 * Corrections of the statistical recognizer's person names by the grammar of names. The recognizer tags only a window of
 * a few words after a title, so its names stop where the window does, often right on «بن» («الأستاذ خالد بن | صالح
 * العباد») or right before it («الأمير جلوي | بن عبدالعزيز»): the lineage that continues a person's name («محمد بن سلمان
 * بن عبدالعزيز آل سعود») is in the text all the same. And a word read with the preposition ل and the article
 * («للبلياردو», for billiards) completes what stands before it; no person's name begins with one.
 */
public final class RecognizedNames {

    /** Words of lineage and first halves of two-word names (name-grammar.tsv). */
    private static final NameGrammar NAMES = NameGrammar.WORDS;

    private RecognizedNames() {
    }

    /**
     * The recognizer's names with each person's name taken on over its lineage: a name ending on a lineage word takes
     * the word after it, then each following «بن/بنت/آل + word» pair and a family name after the father's name
     * or after a given name alone ({@code family}), in the same sentence, up to the next name of
     * {@code names} and never into a word a dictionary mention of {@code found} covers (that name is read as such).
     * Other names are returned as they are; the list itself when nothing changed.
     */
    public static List<NerSpan> withLineage(List<Token> tokens, List<NerSpan> names, List<ActorMention> found,
            FamilyNames family) {
        List<NerSpan> out = null;
        for (int i = 0; i < names.size(); i++) {
            NerSpan n = names.get(i);
            if (!n.type().equals("PERS")) {
                continue;
            }
            int sentence = tokens.get(n.firstToken()).sentence();
            int limit = i + 1 < names.size() ? Math.min(names.get(i + 1).firstToken(), tokens.size()) : tokens.size();
            int end = n.endToken();
            if (end < limit && NAMES.isLineage(tokens.get(end - 1).norm()) && nameWord(tokens, end, sentence, found)) {
                end = afterName(tokens, end, limit, sentence, found);
            }
            while (end + 1 < limit && NAMES.isLineage(tokens.get(end).norm()) && tokens.get(end).sentence() == sentence
                    && nameWord(tokens, end + 1, sentence, found)) {
                end = afterName(tokens, end + 1, limit, sentence, found);
            }
            if (end < limit && family.mayFollow(tokens, n.firstToken(), end)
                    && family.at(tokens, end, sentence) && nameWord(tokens, end, sentence, found)) {
                end++; // «عادل بن زيد الطريفي»، «عبدالمحسن الطويل»: the family name, with no word of its own
            }
            if (end == n.endToken()) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(names);
            }
            out.set(i, new NerSpan(n.firstToken(), end, n.type(), new Span(n.span().start(), tokens.get(end - 1).end())));
        }
        return out == null ? names : out;
    }

    /**
     * The names without the person names whose first word's preferred reading has the preposition ل and the article
     * («للبلياردو» for billiards, «للكونكاكاف» of CONCACAF): the list itself when there is none.
     */
    public static List<NerSpan> withoutPrepositionalPersons(List<Token> tokens, List<NerSpan> names) {
        return withoutPersons(names, first -> {
            Segment reading = tokens.get(first).segments().get(0);
            // only «لل»: ل before the article drops the article's alif, which no transliterated name does, whereas
            // «كال» and «بال» begin foreign names (كالزوبي باهيمي دوبي, Chad's prime minister; بالوتيلي)
            return reading.preposition() == 'ل' && reading.hasArticle();
        });
    }

    /**
     * The names without the person names for which {@code namesAThing} holds («جامعة الأمير سطام بن عبدالعزيز»: a
     * university named after a person, no person): the list itself when there is none.
     */
    public static List<NerSpan> withoutThingsNamedAfterPersons(List<NerSpan> names, IntPredicate namesAThing) {
        return withoutPersons(names, namesAThing);
    }

    /** The names without the person names whose first token {@code drop} holds for: the list itself when none. */
    private static List<NerSpan> withoutPersons(List<NerSpan> names, IntPredicate drop) {
        List<NerSpan> out = null;
        for (int i = 0; i < names.size(); i++) {
            NerSpan n = names.get(i);
            boolean dropped = n.type().equals("PERS") && drop.test(n.firstToken());
            if (dropped && out == null) {
                out = new ArrayList<>(names.subList(0, i));
            } else if (!dropped && out != null) {
                out.add(n);
            }
        }
        return out == null ? names : out;
    }

    /**
     * The end of the name that starts at token {@code k}: one word, or two when the first is the first half of a name
     * written in two words («عبد الله»، «عبد العزيز»، «أبو بكر»).
     */
    private static int afterName(List<Token> tokens, int k, int limit, int sentence, List<ActorMention> found) {
        return k + 1 < limit && NAMES.isTwoWordFirst(tokens.get(k).norm())
                && nameWord(tokens, k + 1, sentence, found) ? k + 2 : k + 1;
    }

    /** True when token {@code k} is a word of the sentence that no dictionary mention covers. */
    private static boolean nameWord(List<Token> tokens, int k, int sentence, List<ActorMention> found) {
        Token t = tokens.get(k);
        if (!t.isWord() || t.sentence() != sentence) {
            return false;
        }
        for (ActorMention m : found) {
            if (m.first() <= k && k < m.end()) {
                return false;
            }
        }
        return true;
    }
}
