package org.marsad.events;

import java.util.List;
import org.marsad.text.StemSignature;

/**
 * One line of patterns.tsv: a cue and the CAMEO code it signals.
 *
 * @param code     CAMEO code
 * @param kind     V (verb), N (noun / masdar) or P (fixed phrase)
 * @param cue      the cue as written in the file, for explanations
 * @param further  words that must follow the head within the clause, in order
 * @param frame    how source and target are found
 * @param line     where the pattern is defined (file:line), so every event can say which rule made it
 */
public record Pattern(String code, char kind, String cue, List<Word> further, Frame frame, String line) {

    /**
     * One further word of a cue: a sequence of slots that must follow each other (السيطرة على مدينة),
     * each slot a list of alternatives; an alternative ending in {@code *} matches as a prefix (اتفاق*
     * matches اتفاقية). Written in patterns.tsv as slots separated by spaces, alternatives by {@code /}:
     * {@code سيطرة على مدينة/قاعدة/مطار}.
     */
    public record Word(List<List<Alt>> slots, long firstSlotSignature, boolean barePreposition) {
        /** One-letter prepositions that are written glued to the next word. */
        private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("ب", "ل", "ك");

        /**
         * The word of these slots, with what the cue finder asks of it at every word it tries precomputed: the
         * {@link StemSignature} bits of its first slot's alternatives and whether it is a bare preposition.
         */
        public Word(List<List<Alt>> slots) {
            this(slots, signature(slots.get(0)), gluedPreposition(slots));
        }

        /** The {@link StemSignature} bits that any stem matching one of {@code alternatives} sets. */
        private static long signature(List<Alt> alternatives) {
            long s = 0;
            for (Alt alt : alternatives) {
                long bits = alt.prefix() ? StemSignature.ofPrefix(alt.stem()) : StemSignature.ofExact(alt.stem());
                if (bits == StemSignature.ANY) {
                    return bits;
                }
                s |= bits;
            }
            return s;
        }

        /**
         * Whether the word is one of the one-letter prepositions alone (أشاد + ب), which is glued to the next word:
         * matched on a reading's proclitic, not on a stem.
         */
        private static boolean gluedPreposition(List<List<Alt>> slots) {
            if (slots.size() != 1) {
                return false;
            }
            for (Alt alt : slots.get(0)) {
                if (alt.prefix() || !PREPOSITIONS.contains(alt.stem())) {
                    return false;
                }
            }
            return true;
        }

        boolean matches(int slot, String stem) {
            List<Alt> alts = slots.get(slot);
            for (int i = 0; i < alts.size(); i++) { // indexed: no iterator per call in the cue matcher's hot loop
                Alt alt = alts.get(i);
                if (alt.prefix() ? stem.startsWith(alt.stem()) : stem.equals(alt.stem())) {
                    return true;
                }
            }
            return false;
        }

        int length() {
            return slots.size();
        }
    }

    /** One alternative of a slot: a normalized stem, matched whole or as a prefix. */
    public record Alt(String stem, boolean prefix) {
    }

    public String root() {
        return code.substring(0, 2);
    }
}
