package org.marsad.time;

import java.util.List;

/**
 * A weekday: the most recent one on or before publication, strictly before with الماضي, after with
 * المقبل. "ليل الجمعة - السبت" (a night across two days) is one expression dated by its first day.
 *
 * <p>An ambiguous name (الأحد is also "the one", الأحد عشر "the eleven") is read as a weekday only
 * with support: يوم or a preposition before it, a conjunction glued to it, a modifier or a date after
 * it, or commas/brackets around it. Any name is dropped after a word that makes it another thing:
 * صلاة الجمعة (the prayer), بين الاثنين (the two), الدكتور الخميس (a family name).
 */
final class Weekdays implements Pattern {
    private static final String OPENERS = "،,(-–";
    private static final String CLOSERS = "،,)-–.؛:";

    @Override
    public void match(int i, Tokens t, Reference r, List<Candidate> out) {
        Tokens.Hit h = t.best(i, Lex.WeekdayName.class);
        if (h == null) {
            return;
        }
        if (h.strip() == 0 && t.cueEndingAt(i, Cue.NOT_WEEKDAY_BEFORE) != null) {
            return; // صلاة الجمعة، بين الاثنين
        }
        Lex.WeekdayName name = (Lex.WeekdayName) h.lex();
        int end = h.end();
        Modifier mod = Modifier.at(t, end);
        if (name.ambiguous() && !supported(t, h, mod)) {
            return;
        }
        Mode mode = Mode.ON_OR_BEFORE;
        boolean marked = mod != null && mod.mode() != Mode.CURRENT;
        if (marked) {
            mode = mod.mode();
            end = mod.end();
        } else {
            end = nightEnd(t, end, name);
        }
        Mode m = mode;
        When when = r.relative(DatePrecision.DAY, p -> Dates.weekday(p, name.day(), m));
        out.add(new Candidate(i, end, h.strip(), when, TimeKind.POINT, marked ? Shape.WEEKDAY : Shape.UNMARKED_WEEKDAY));
    }

    private static boolean supported(Tokens t, Tokens.Hit h, Modifier mod) {
        int i = h.first();
        int end = h.end();
        if (t.best(end, lex -> lex instanceof Lex.NumberWord, false) != null) {
            return false; // الأحد عشر: a number
        }
        return h.strip() > 0 || mod != null || t.number(end) != null
                || t.cueEndingAt(i, Cue.DAY_NOUN, Cue.IN, Cue.UNTIL, Cue.SINCE, Cue.DURING, Cue.BEFORE,
                        Cue.AFTER, Cue.PART_OF_DAY) != null
                || t.isPunct(i - 1, OPENERS) && (t.isPunct(end, CLOSERS) || end >= t.size());
    }

    /** After the first weekday of a night (ليل الجمعة - السبت، ليلة الخميس إلى الجمعة), the token after the second. */
    private static int nightEnd(Tokens t, int end, Lex.WeekdayName first) {
        int k = end;
        if (t.isPunct(k, "-–/")) {
            k++;
        } else {
            Tokens.Hit range = t.cue(k, Cue.RANGE);
            if (range != null && range.strip() == 0) {
                k = range.end();
            }
        }
        Tokens.Hit second = t.best(k, Lex.WeekdayName.class);
        if (second != null && second.strip() == 0
                && ((Lex.WeekdayName) second.lex()).day() == first.day().plus(1)) {
            return second.end();
        }
        return end;
    }
}
