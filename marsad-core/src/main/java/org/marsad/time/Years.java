package org.marsad.time;

import java.time.LocalDate;
import java.util.List;

/**
 * A Gregorian year (1900-2100). A bare four-digit number is not a year (القرار 2231): it needs a year
 * noun (عام 2009، العام 2022، عامي 2009 و2010), a preposition (في، منذ، حتى، خلال، أواخر ...), the era
 * mark م, or a year just before it joined by و (في 2009 و2010); or it opens a line of a chronology, a dash or a
 * colon after it («1953 - مجموعة مسلحة يقودها فيدل كاسترو تهاجم ثكنة مونكادا»: the year is the line's date, as a full
 * date is in «17 يوليو 1990: صدام حسين يلقي خطابا»). A month before it is handled by {@link NamedDates}.
 */
final class Years implements Pattern {
    /** What follows the year that opens a line of a chronology (1953 - ...، 1990: ...). */
    private static final String CHRONOLOGY_SEPARATORS = "-–—:";

    @Override
    public void match(int i, Tokens t, Reference r, List<Candidate> out) {
        Tokens.Hit noun = t.cue(i, Cue.YEAR_NOUN);
        if (noun != null) {
            int end = yearEnd(t, noun.end());
            if (end > 0 && t.number(noun.end()).strip() == 0) {
                out.add(candidate(i, end, noun.strip(), t.number(noun.end()).value(), r));
            }
            return;
        }
        Tokens.Num n = t.number(i);
        int end = yearEnd(t, i);
        if (end < 0 || n.strip() > 0 && !t.norm(i).startsWith("و")) {
            return;
        }
        boolean marked = end > i + 1 || n.mark() == 'م';
        boolean cued = n.strip() == 0
                && t.cueEndingAt(i, Cue.IN, Cue.UNTIL, Cue.SINCE, Cue.DURING, Cue.PART) != null;
        boolean second = n.strip() > 0 ? isYear(t, i - 1) : t.isWord(i - 1, "و") && isYear(t, i - 2);
        boolean chronology = n.strip() == 0 && t.opensLine(i) && t.isPunct(end, CHRONOLOGY_SEPARATORS);
        if (marked || cued || second || chronology) {
            out.add(candidate(i, end, n.strip(), n.value(), r));
        }
    }

    private static Candidate candidate(int first, int end, int strip, int year, Reference r) {
        // LocalDate holds any year; the range check is done before
        return new Candidate(first, end, strip, r.fixed(LocalDate.of(year, 1, 1), DatePrecision.YEAR),
                TimeKind.POINT, Shape.YEAR);
    }

    /**
     * The token after a Gregorian year at {@code i} (after a separate م if there is one), or -1. The
     * year may carry only a conjunction (و2010), not the article or a Hijri mark.
     */
    static int yearEnd(Tokens t, int i) {
        return yearEnd(t, i, Dates.MIN_YEAR);
    }

    /** As {@link #yearEnd(Tokens, int)} with years from {@code min} (a month before it fixes older years). */
    static int yearEnd(Tokens t, int i, int min) {
        Tokens.Num n = t.number(i);
        if (n == null || n.definite() || n.digits() != 4 || n.value() < min || n.value() > Dates.MAX_YEAR
                || n.mark() == 'ه') {
            return -1;
        }
        if (n.mark() == 0 && t.isWordToken(i + 1) && t.cue(i + 1, Cue.GREGORIAN_MARK) != null) {
            return i + 2;
        }
        return i + 1;
    }

    /** True when token {@code i} is a Gregorian year number. */
    private static boolean isYear(Tokens t, int i) {
        Tokens.Num n = t.number(i);
        return n != null && n.digits() == 4 && Dates.isGregorianYear(n.value()) && n.mark() != 'ه';
    }
}
