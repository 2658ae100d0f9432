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

    // equals and hashCode written out, with the record's own definition (components in order, hash 31 * h + each
    // from 0): the generated ones are made on first use from method handles, which spins classes with the JDK's
    // bytecode writer while the dictionaries load, where these are first asked (BENCHMARKS.md, speed27)
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Pattern p && kind == p.kind && java.util.Objects.equals(code, p.code)
                && java.util.Objects.equals(cue, p.cue) && java.util.Objects.equals(further, p.further)
                && java.util.Objects.equals(frame, p.frame) && java.util.Objects.equals(line, p.line);
    }

    @Override
    public int hashCode() {
        int h = java.util.Objects.hashCode(code);
        h = 31 * h + Character.hashCode(kind);
        h = 31 * h + java.util.Objects.hashCode(cue);
        h = 31 * h + java.util.Objects.hashCode(further);
        h = 31 * h + java.util.Objects.hashCode(frame);
        return 31 * h + java.util.Objects.hashCode(line);
    }

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

    /** The CAMEO root: the code's first two characters. */
    public String root() {
        return TwoDigits.of(code);
    }

    /**
     * The strings of two digits ("00" to "99"), made once: {@link #root} is asked several times per cue (is it a violent
     * root, a cooperative one ...), and a new substring each time was 2–3 % of the coder's allocated bytes, each one
     * hashed anew for its set look-up (BENCHMARKS.md, speed23).
     */
    private static final class TwoDigits {
        private static final String[] ALL = new String[100];

        static {
            for (int i = 0; i < ALL.length; i++) {
                ALL[i] = String.valueOf((char) ('0' + i / 10)) + (char) ('0' + i % 10);
            }
        }

        /** {@code code.substring(0, 2)}, the shared string when both are digits. */
        static String of(String code) {
            char c0 = code.charAt(0);
            char c1 = code.charAt(1);
            if (c0 >= '0' && c0 <= '9' && c1 >= '0' && c1 <= '9') {
                return ALL[(c0 - '0') * 10 + (c1 - '0')];
            }
            return code.substring(0, 2);
        }
    }
}
