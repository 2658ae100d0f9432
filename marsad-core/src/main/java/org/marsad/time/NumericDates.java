package org.marsad.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * Dates written in digits: 20/7/2015، 2015-07-20، 7/ 10/ 1436هـ، 12-6-1436هـ. The year must have four
 * digits; it is Hijri when the mark هـ follows it, Gregorian when it is in 1900-2100. Both separators
 * must be the same (/ or -), so a ratio or a score (3/2) is never a date.
 */
final class NumericDates implements Pattern {
    @Override
    public void match(int i, Tokens t, Reference r, List<Candidate> out) {
        Tokens.Num a = t.number(i);
        if (a == null || a.mark() != 0 || a.definite() || !t.isPunct(i + 1, "/-")) {
            return;
        }
        String sep = t.norm(i + 1);
        Tokens.Num b = t.number(i + 2);
        Tokens.Num c = t.number(i + 4);
        if (b == null || c == null || b.strip() > 0 || c.strip() > 0 || b.mark() != 0 || !t.isPunct(i + 3, sep)) {
            return;
        }
        int end = i + 5;
        Tokens.Num year;
        int month = b.value();
        int day;
        if (a.digits() == 4 && c.digits() <= 2 && c.mark() == 0) { // 2015-07-20
            year = a;
            day = c.value();
        } else if (c.digits() == 4 && a.digits() <= 2) { // 20/7/2015
            year = c;
            day = a.value();
        } else {
            return;
        }
        boolean hijri = year.mark() == 'ه';
        if (year == c && year.mark() == 0 && t.isWordToken(end) && t.cue(end, Cue.HIJRI_MARK) != null) {
            hijri = true;
            end++;
        }
        LocalDate date = hijri ? hijriDate(year.value(), month, day) : gregorianDate(year.value(), month, day);
        if (date != null) {
            out.add(new Candidate(i, end, a.strip(), r.fixed(date, DatePrecision.DAY), TimeKind.POINT, Shape.DATE));
        }
    }

    private static LocalDate hijriDate(int year, int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= 30 ? Dates.hijri(year, month, day) : null;
    }

    private static LocalDate gregorianDate(int year, int month, int day) {
        if (!Dates.isGregorianYear(year)) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
