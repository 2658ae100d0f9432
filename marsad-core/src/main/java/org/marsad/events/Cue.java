package org.marsad.events;

import org.marsad.text.Segment;

/**
 * An event cue found in a sentence.
 *
 * @param head    token index of the cue's head (the verb, the noun, the first word of a phrase)
 * @param end     token index after the head phrase
 * @param last    index of the last token the cue uses (its last further word), at least end - 1
 * @param pattern the pattern that matched
 * @param reading the clitic reading of the head token (its prefix tells future سـ, its suffix a pronoun)
 * @param words   the tokens of the cue: the head phrase and each further word (not what lies between)
 */
public record Cue(int head, int end, int last, Pattern pattern, Segment reading, java.util.List<Integer> words) {
    public boolean isVerb() {
        return pattern.kind() == 'V';
    }

    /**
     * A verb whose further words stand before it, as the antecedent of the relative clause it opens («العقوبات التي
     * فرضتها الولايات المتحدة»: see CueFinder.antecedentCue). Its subject is its own, named after it, or unknown.
     */
    public boolean furtherBefore() {
        return words.get(words.size() - 1) < head;
    }

    /**
     * Whether token {@code i} is one of the cue's words: {@code words().contains(i)} without boxing {@code i} (an
     * {@code Integer} made per question for every index over 127; BENCHMARKS.md, speed32).
     */
    public boolean hasWord(int i) {
        for (int k = 0; k < words.size(); k++) {
            Integer w = words.get(k);
            if (w != null && w == i) {
                return true;
            }
        }
        return false;
    }

    /** A masdar (a verbal noun: غارات، هجوم), not a verb nor a phrase cue (يصر + على). */
    public boolean isMasdar() {
        return pattern.kind() == 'N';
    }
}
