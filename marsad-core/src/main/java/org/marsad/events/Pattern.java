package org.marsad.events;

import java.util.List;

/**
 * One line of patterns.tsv: a cue and the CAMEO code it signals.
 *
 * @param code     CAMEO code
 * @param kind     V (verb), N (noun / masdar) or P (fixed phrase)
 * @param cue      the cue as written in the file, for explanations
 * @param further  words that must follow the head within the clause, in order; each a list of alternatives
 * @param frame    how source and target are found
 * @param line     where the pattern is defined (file:line), so every event can say which rule made it
 */
public record Pattern(String code, char kind, String cue, List<List<Word>> further, Frame frame, String line) {

    /**
     * One alternative of a further word: one or more normalized stems that must follow each other
     * ({@code حق النقض}); the last may be matched as a prefix ({@code اتفاق*}).
     */
    public record Word(List<String> stems, boolean prefix) {
        boolean matches(int i, String s) {
            String stem = stems.get(i);
            return prefix && i == stems.size() - 1 ? s.startsWith(stem) : s.equals(stem);
        }
    }

    public String root() {
        return code.substring(0, 2);
    }
}
