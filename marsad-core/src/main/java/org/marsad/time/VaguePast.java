package org.marsad.time;

import java.util.List;

/**
 * Times the text gives without fixing a date (kind {@link TimeKind#VAGUE}, no value): a duration without a count
 * after قبل or منذ (قبل أيام، منذ سنوات), a past period without a count (خلال الأيام القليلة
 * الماضية، في الأشهر الأخيرة) or ahead (في الأسابيع المقبلة) and the words of {@code cues.tsv} VAGUE_PAST (مؤخرا، في الآونة الأخيرة). They date no
 * event, but they say the event has a time of its own: the dater carries no other sentence's date to it. قبل
 * أيام من X counts from X, not from now, and is left alone, as a counted duration is (see {@link Durations}). Hours
 * are not vague: «خلال الساعات القليلة الماضية» in a paper is the day before, the day its lead tells of.
 */
final class VaguePast implements Pattern {
    private static final When NO_DATE = new When(null, DatePrecision.DAY);

    @Override
    public void match(int i, Tokens t, Reference r, List<Candidate> out) {
        if (!t.anyAt(i)) {
            return; // every shape below starts with a word of the lexicon (a cue or a unit)
        }
        Tokens.Hit word = t.cue(i, Cue.VAGUE_PAST);
        if (word == null) {
            word = t.cue(i, Cue.NOWADAYS); // «ونحن اليوم نعيش»، «هذه الأيام»: the present of an opinion, no day
        }
        if (word != null) {
            out.add(new Candidate(i, word.end(), word.strip(), NO_DATE, TimeKind.VAGUE, Shape.DURATION));
        }
        uncountedDuration(i, t, out);
        uncountedPeriod(i, t, out);
        tenure(i, t, out);
    }

    /**
     * A period of an actor's tenure that the text does not date (session 28, dates16): a lead and a tenure noun
     * («إبان توليه رئاسة مجلس الوزراء»، «خلال فترة حكمه»، «في عهده»; «خلال رئاسته جلسة مجلس الوزراء» is chairing it,
     * so رئاسته is read only in cues.tsv's VAGUE_PAST phrases), or «عندما كان» and an office («عندما كان عضوا بمجلس
     * الشيوخ»، «حين كان في السلطة»). The act it tells took place then, not on a day the sentences before name.
     */
    private static void tenure(int i, Tokens t, List<Candidate> out) {
        Tokens.Hit lead = t.cue(i, Cue.TENURE_LEAD);
        if (lead != null) {
            Tokens.Hit noun = t.cue(lead.end(), Cue.TENURE);
            if (noun != null && noun.strip() == 0) {
                out.add(new Candidate(i, noun.end(), lead.strip(), NO_DATE, TimeKind.VAGUE, Shape.DURATION));
            }
        }
        Tokens.Hit when = t.cue(i, Cue.WHEN_WAS);
        if (when != null) {
            Tokens.Hit office = t.cue(when.end(), Cue.OFFICE);
            if (office != null && office.strip() == 0) {
                out.add(new Candidate(i, office.end(), when.strip(), NO_DATE, TimeKind.VAGUE, Shape.DURATION));
            }
        }
    }

    /** قبل أيام، منذ سنوات: a bare plural unit after قبل or منذ. */
    private static void uncountedDuration(int i, Tokens t, List<Candidate> out) {
        Tokens.Hit head = t.cue(i, Cue.BEFORE);
        if (head == null) {
            head = t.cue(i, Cue.SINCE);
        }
        if (head == null) {
            return; // not خلال: «الزيارة الثانية لمصر خلال أيام» counts visits within days, it tells no time
        }
        Tokens.Hit unit = t.best(head.end(), VaguePast::daysOrLonger, false);
        if (unit == null || unit.strip() > 0) {
            return;
        }
        int end = skip(t, unit.end(), Cue.FEW);
        if (Quantity.count(t, end, false) != null || t.isWord(end, "من") && t.cue(i, Cue.BEFORE) != null) {
            return; // counted (منذ سنوات عشر) or counted from something else (قبل أيام من الانتخابات)
        }
        out.add(new Candidate(i, end, head.strip(), NO_DATE, TimeKind.VAGUE, Shape.DURATION));
    }

    /**
     * [خلال|في] الأيام [القليلة] الماضية، الأشهر الأخيرة: a definite plural unit, no count, then past or last. Or the
     * same period ahead, with a future modifier (في الأسابيع المقبلة، خلال الأيام القليلة القادمة): a time to come
     * that fixes no date, which the scanner marks {@link TimeExpression#coming} (its last word is a Cue.NEXT); hours
     * too, since «خلال الساعات المقبلة» names no day the paper told before, only one ahead.
     */
    private static void uncountedPeriod(int i, Tokens t, List<Candidate> out) {
        Tokens.Hit lead = t.cue(i, Cue.DURING);
        if (lead == null) {
            lead = t.cue(i, Cue.IN);
        }
        int j = lead == null ? i : lead.end();
        Tokens.Hit unit = t.best(j, VaguePast::plural, true);
        if (unit == null || lead != null && unit.strip() > 0) {
            return;
        }
        int k = skip(t, unit.end(), Cue.FEW);
        Tokens.Hit last = t.cue(k, Cue.NEXT);
        if (last == null && daysOrLonger(unit.lex())) {
            last = t.cue(k, Cue.PAST);
            if (last == null) {
                last = t.cue(k, Cue.LAST);
            }
        }
        if (last == null || last.strip() > 0) {
            return;
        }
        int strip = lead != null ? lead.strip() : unit.strip();
        out.add(new Candidate(i, last.end(), strip, NO_DATE, TimeKind.VAGUE, Shape.DURATION));
    }

    /** A plural unit (أيام، أسابيع، سنوات، ساعات). */
    private static boolean plural(Lex lex) {
        return lex instanceof Lex.UnitWord u && u.plural();
    }

    /** A plural unit of days or longer (أيام، أسابيع، سنوات), not hours. */
    private static boolean daysOrLonger(Lex lex) {
        return lex instanceof Lex.UnitWord u && u.plural() && u.unit() != Unit.HOUR;
    }

    private static int skip(Tokens t, int j, Cue cue) {
        Tokens.Hit h = t.cue(j, cue);
        return h != null && h.strip() == 0 ? h.end() : j;
    }
}
