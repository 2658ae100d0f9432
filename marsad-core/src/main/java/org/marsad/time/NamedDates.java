package org.marsad.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Dates built on a month name, Gregorian or Hijri: [day [من]] month [twin] [year | modifier], the
 * day in digits or as an ordinal (الثاني عشر من أغسطس).
 * 19 يوليو، 14 يوليو تموز، في 14 يوليو 2015، مارس (آذار) 2013، يونيو الماضي، سبتمبر المقبل، يوليو من
 * العام الماضي، 5 شوال 1436هـ، رمضان الماضي; also a day of a relative month (14 من الشهر الجاري).
 *
 * <p>Without a year a name means the such month (or day) nearest to publication; الماضي
 * makes it strictly before, المقبل strictly after, الجاري the current year. An ambiguous name (مارس،
 * آب، رجب، رمضان) needs support: a day, a year, a modifier or a twin; a Gregorian one may also follow
 * شهر or a preposition (في مارس), a Hijri one only شهر (شهر رمضان), since رجب and رمضان are also names.
 */
final class NamedDates implements Pattern {
    /** A year after a month: absolute ({@code relative == false}) or an offset from the publication year. */
    private record YearPart(boolean relative, int value, int end) {
    }

    @Override
    public void match(int i, Tokens t, Reference r, List<Candidate> out) {
        Tokens.Num day = t.number(i);
        if (day != null && day.digits() <= 2 && day.value() >= 1 && day.value() <= 31 && day.mark() == 0) {
            int j = i + 1;
            boolean of = t.isWord(j, "من");
            if (of) {
                j++;
            }
            if (!day.definite() && !of) {
                rangeOfDays(i, day, t, r, out);
            }
            if (!day.definite() || of) { // الـ14 من يوليو, but not الـ14 يوليو
                MonthRef m = MonthRef.at(t, j);
                if (m != null && m.strip() == 0) {
                    dated(i, day.strip(), day.value(), m, t, r, out);
                } else if (of || introducesDay(t, i)) {
                    // 14 من الشهر الجاري; without من only after a day word (يوم الثلاثاء 26 الشهر الجاري),
                    // since "سجلت 25 الشهر الماضي" counts something
                    dayOfRelativeMonth(i, day, j, t, r, out);
                }
            }
        }
        Tokens.Hit ordinal = t.best(i, Lex.OrdinalDay.class);
        if (ordinal != null && t.isWord(ordinal.end(), "من")) { // الثاني عشر من أغسطس
            MonthRef om = MonthRef.at(t, ordinal.end() + 1);
            if (om != null && om.strip() == 0) {
                dated(i, ordinal.strip(), ((Lex.OrdinalDay) ordinal.lex()).day(), om, t, r, out);
            }
        }
        MonthRef m = MonthRef.at(t, i);
        if (m != null) {
            dated(i, m.strip(), 0, m, t, r, out);
        }
    }

    private static void dated(int first, int strip, int day, MonthRef m, Tokens t, Reference r, List<Candidate> out) {
        YearPart year = m.hijri() ? hijriYear(t, m.end()) : gregorianYear(t, m.end());
        Modifier mod = year == null ? Modifier.at(t, m.end()) : null;
        if (m.ambiguous() && !m.twin() && day == 0 && year == null && mod == null && !licensed(t, m)) {
            return;
        }
        int end = year != null ? year.end() : mod != null ? mod.end() : m.end();
        Mode mode = mod == null ? Mode.ON_OR_BEFORE : mod.mode();
        When when = m.hijri() ? hijri(day, m.month(), year, mode, r) : gregorian(day, m.month(), year, mode, r);
        if (when != null) {
            Shape shape = day > 0 ? Shape.DATE : m.hijri() ? Shape.HIJRI_MONTH : Shape.MONTH;
            Tokens.Hit name = strip == 0 ? t.cueEndingAt(first, Cue.NAMED_DATE_BEFORE) : null;
            if (name != null) { // ثورة 25 يناير، حرب أكتوبر، قوى 14 آذار: one name, whose parts are no dates either
                out.add(new Candidate(name.first(), end, name.strip(), when, TimeKind.NAME, shape));
            } else {
                out.add(new Candidate(first, end, strip, when, TimeKind.POINT, shape));
            }
        }
    }

    /**
     * Two days of one month joined by و (12 و13 آب، 21 و 22 يوليو): one expression dated by its first day, when the
     * event the sentence tells began, as for a list of dates.
     */
    private static void rangeOfDays(int i, Tokens.Num day, Tokens t, Reference r, List<Candidate> out) {
        int j = i + 1;
        boolean apart = t.isWord(j, "و");
        if (apart) {
            j++;
        }
        Tokens.Num second = t.number(j);
        if (second == null || second.digits() > 2 || second.mark() != 0 || second.definite()
                || second.value() <= day.value() || second.value() > 31
                || !(apart ? second.strip() == 0 : second.strip() == 1 && t.norm(j).startsWith("و"))) {
            return;
        }
        MonthRef m = MonthRef.at(t, j + 1);
        if (m != null && m.strip() == 0) {
            dated(i, day.strip(), day.value(), m, t, r, out);
        }
    }

    private static boolean introducesDay(Tokens t, int i) {
        return t.endingAt(i, Lex.WeekdayName.class) != null || t.cueEndingAt(i, Cue.DAY_NOUN, Cue.IN) != null;
    }

    /** Weak support for an ambiguous name that has no day, year, modifier or twin. */
    private static boolean licensed(Tokens t, MonthRef m) {
        if (m.strip() > 0) {
            return false; // ومارس = "and he practised"
        }
        if (m.hijri()) {
            return t.cueEndingAt(m.first(), Cue.MONTH_NOUN) != null;
        }
        return t.cueEndingAt(m.first(), Cue.MONTH_NOUN, Cue.IN, Cue.UNTIL, Cue.SINCE, Cue.DURING, Cue.PART) != null;
    }

    /** Null when the text names no such day (31 يونيو، 29 فبراير 2015). */
    private static When gregorian(int day, int month, YearPart year, Mode mode, Reference r) {
        if (day > 0) {
            if (!Dates.isDayOfMonth(month, day)) {
                return null;
            }
            if (year == null) {
                return r.relative(DatePrecision.DAY, p -> Dates.dayOfMonth(p, month, day, mode));
            }
            if (year.relative()) {
                return r.relative(DatePrecision.DAY, p -> validDate(p.getYear() + year.value(), month, day));
            }
            LocalDate d = validDate(year.value(), month, day);
            return d == null ? null : r.fixed(d, DatePrecision.DAY);
        }
        if (year == null) {
            return r.relative(DatePrecision.MONTH, p -> Dates.month(p, month, mode).atDay(1));
        }
        if (year.relative()) {
            return r.relative(DatePrecision.MONTH, p -> LocalDate.of(p.getYear() + year.value(), month, 1));
        }
        return r.fixed(LocalDate.of(year.value(), month, 1), DatePrecision.MONTH);
    }

    private static When hijri(int day, int month, YearPart year, Mode mode, Reference r) {
        if (day > 30) {
            return null;
        }
        if (year == null) {
            if (day > 0) {
                return r.relative(DatePrecision.DAY, p -> Dates.hijriDayOfMonth(p, month, day, mode));
            }
            return r.relative(DatePrecision.MONTH, p -> Dates.hijriMonth(p, month, mode));
        }
        LocalDate d = Dates.hijri(year.value(), month, day > 0 ? day : 1);
        return d == null ? null : r.fixed(d, day > 0 ? DatePrecision.DAY : DatePrecision.MONTH);
    }

    private static LocalDate validDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * 2013، 2013م، عام 2013، من العام 2013، [من] العام الماضي (relative). Without من too: «وقعت المالديف اتفاقا في سبتمبر
     * العام الماضي» was read as the month alone and its year dropped (2014 only, or March of the publication year for
     * «مارس آذار العام الماضي», July of this year for «17 يوليو العام الماضي»; session 29, dates17).
     */
    private static YearPart gregorianYear(Tokens t, int k) {
        int end = Years.yearEnd(t, k, Dates.MIN_YEAR_AFTER_MONTH);
        if (end > 0 && t.number(k).strip() == 0) {
            return new YearPart(false, t.number(k).value(), end);
        }
        int j = t.isWord(k, "من") ? k + 1 : k;
        Tokens.Hit noun = t.cue(j, Cue.YEAR_NOUN);
        if (noun != null && noun.strip() == 0) {
            end = Years.yearEnd(t, noun.end());
            if (end > 0 && t.number(noun.end()).strip() == 0) {
                return new YearPart(false, t.number(noun.end()).value(), end);
            }
        }
        RelativePeriod p = RelativePeriod.at(t, j); // من optional (session 29, dates17): «سبتمبر العام الماضي»
        if (p != null && p.unit() == Unit.YEAR && p.strip() == 0) {
            return new YearPart(true, p.offset(), p.end());
        }
        return null;
    }

    /** 1436هـ، 1436 هـ، 1436، عام 1436هـ. */
    private static YearPart hijriYear(Tokens t, int k) {
        Tokens.Hit noun = t.cue(k, Cue.YEAR_NOUN);
        int j = noun != null && noun.strip() == 0 ? noun.end() : k;
        Tokens.Num n = t.number(j);
        if (n == null || n.strip() > 0 || n.definite() || n.digits() != 4 || !Dates.isHijriYear(n.value())
                || n.mark() == 'م') {
            return null;
        }
        int end = j + 1;
        if (n.mark() == 0 && t.isWordToken(end) && t.cue(end, Cue.HIJRI_MARK) != null) {
            end++;
        }
        return new YearPart(false, n.value(), end);
    }

    /** 14 من الشهر الجاري: a day of a month named relative to publication. */
    private static void dayOfRelativeMonth(int i, Tokens.Num day, int j, Tokens t, Reference r, List<Candidate> out) {
        RelativePeriod p = RelativePeriod.at(t, j);
        if (p == null || p.unit() != Unit.MONTH || p.strip() > 0) {
            return;
        }
        int d = day.value();
        When when = r.relative(DatePrecision.DAY, pub -> {
            YearMonth ym = YearMonth.from(pub).plusMonths(p.offset());
            return ym.isValidDay(d) ? ym.atDay(d) : null;
        });
        out.add(new Candidate(i, p.end(), day.strip(), when, TimeKind.POINT, Shape.DATE));
    }
}
