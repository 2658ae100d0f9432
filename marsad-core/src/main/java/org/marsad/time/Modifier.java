package org.marsad.time;

/** A modifier after a recurring name or a period: الماضي، قبل الماضي، المقبل، الجاري. */
record Modifier(Mode mode, int end) {
    /** The modifier starting at token {@code i}, or null. A glued proclitic means a new phrase: ignored. */
    static Modifier at(Tokens t, int i) {
        Tokens.Hit h = t.cue(i, Cue.PAST2); // قبل الماضي before الماضي: the longer one first
        if (h == null) {
            h = t.cue(i, Cue.PAST);
        }
        if (h == null) {
            h = t.cue(i, Cue.NEXT);
        }
        if (h == null) {
            h = t.cue(i, Cue.CURRENT);
        }
        if (h == null || h.strip() > 0) {
            return null;
        }
        Cue cue = ((Lex.CueWord) h.lex()).cue();
        Mode mode = switch (cue) {
            case PAST2 -> Mode.TWO_BEFORE;
            case PAST -> Mode.BEFORE;
            case NEXT -> Mode.AFTER;
            default -> Mode.CURRENT;
        };
        return new Modifier(mode, h.end());
    }
}
