package org.marsad.actors;

import java.util.HashSet;
import java.util.Set;
import org.marsad.dict.TsvFile;
import org.marsad.text.ArabicNormalizer;

/**
 * The grammar words of personal names (name-grammar.tsv), normalized: the words of lineage that continue a person's
 * name with the father's («بن»، «بنت») or the family's («آل»), and the first halves of names written in two words
 * («عبد العزيز»، «أبو بكر»). Read once; both the dictionary's persons (ActorMatcher) and the recognizer's names
 * (RecognizedNames) ask it.
 */
public record NameGrammar(Set<String> father, Set<String> family, Set<String> twoWordFirst, Set<String> rulerTitle) {

    static final NameGrammar WORDS = load();

    private static NameGrammar load() {
        Set<String> father = new HashSet<>();
        Set<String> family = new HashSet<>();
        Set<String> twoWordFirst = new HashSet<>();
        Set<String> rulerTitle = new HashSet<>();
        for (TsvFile.Row r : TsvFile.read("marsad/actors/name-grammar.tsv", 2, true)) {
            String w = ArabicNormalizer.normalize(r.col(1));
            switch (r.col(0)) {
                case "father" -> father.add(w);
                case "family" -> family.add(w);
                case "two-word-first" -> twoWordFirst.add(w);
                case "ruler-title" -> rulerTitle.add(w);
                default -> throw r.error("unknown kind '" + r.col(0) + "' (father, family, two-word-first, ruler-title)");
            }
        }
        return new NameGrammar(Set.copyOf(father), Set.copyOf(family), Set.copyOf(twoWordFirst), Set.copyOf(rulerTitle));
    }

    /** Whether {@code norm} (a token's normalized form) joins a name to a father's or a family's name. */
    public boolean isLineage(String norm) {
        return father.contains(norm) || family.contains(norm);
    }

    /** Whether {@code norm} joins a name to the father's («بن»، «بنت»). */
    public boolean isFather(String norm) {
        return father.contains(norm);
    }

    /** Whether {@code norm} is the first half of a name written in two words («عبد»، «أبو»). */
    public boolean isTwoWordFirst(String norm) {
        return twoWordFirst.contains(norm);
    }

    /** Whether {@code norm} is a ruling house's title («الملك»، «الأمير»): the name after it is of that house. */
    public boolean isRulerTitle(String norm) {
        return rulerTitle.contains(norm);
    }
}
