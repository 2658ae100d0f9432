package org.marsad.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A season of a year (seasons.tsv), reported at year precision: صيف 2014، صيف عام 2014، صيف العام الماضي (a
 * season before a year), الصيف الماضي، الشتاء المقبل، الصيف الحالي (a definite season before a modifier), هذا
 * الصيف. A season is the three months around its middle month, named by that month's year. A bare season (في
 * الصيف) is habitual and «الربيع العربي» is no season: neither has a year, a modifier or هذا. ربيع الأول is a
 * Hijri month, not spring.
 *
 * <p>Which one: الماضي is the last one over before publication (الصيف الماضي read in August 2015 is 2014's, in
 * October 2015's), المقبل the first one to begin after it, the current one or هذا the one publication falls in,
 * else the nearest (هذا الصيف read in April or in October is 2015's).
 */
final class Seasons implements Pattern {
    @Override
    public void match(int i, Tokens t, Reference r, List<Candidate> out) {
        Tokens.Hit self = t.cue(i, Cue.THIS);
        int j = self == null ? i : self.end();
        if (t.best(j, Lex.HijriMonthName.class) != null) {
            return; // ربيع الأول
        }
        Tokens.Hit bare = t.best(j, Lex.SeasonName.class);
        Tokens.Hit definite = t.best(j, lex -> lex instanceof Lex.SeasonName, true);
        if (self != null) { // هذا الصيف
            if (definite != null && definite.strip() == 0) {
                out.add(candidate(i, definite.end(), self.strip(), season(definite), Mode.CURRENT, r));
            }
            return;
        }
        if (definite != null) { // الصيف الماضي
            Modifier mod = Modifier.at(t, definite.end());
            if (mod != null) {
                out.add(candidate(i, mod.end(), definite.strip(), season(definite), mod.mode(), r));
            }
            return;
        }
        if (bare != null) { // صيف 2014، صيف العام الماضي
            yearAfter(i, bare, t, r, out);
        }
    }

    private static void yearAfter(int i, Tokens.Hit season, Tokens t, Reference r, List<Candidate> out) {
        int k = season.end();
        Tokens.Hit noun = t.cue(k, Cue.YEAR_NOUN);
        int n = noun != null && noun.strip() == 0 ? noun.end() : k;
        int end = Years.yearEnd(t, n);
        if (end > 0 && t.number(n).strip() == 0) {
            When when = r.fixed(LocalDate.of(t.number(n).value(), 1, 1), DatePrecision.YEAR);
            out.add(new Candidate(i, end, season.strip(), when, TimeKind.POINT, Shape.SEASON));
            return;
        }
        RelativePeriod year = RelativePeriod.at(t, k);
        if (year != null && year.unit() == Unit.YEAR && year.strip() == 0) {
            When when = r.relative(DatePrecision.YEAR, p -> LocalDate.of(p.getYear() + year.offset(), 1, 1));
            out.add(new Candidate(i, year.end(), season.strip(), when, TimeKind.POINT, Shape.SEASON));
        }
    }

    private static int season(Tokens.Hit h) {
        return ((Lex.SeasonName) h.lex()).middleMonth();
    }

    private static Candidate candidate(int first, int end, int strip, int middle, Mode mode, Reference r) {
        When when = r.relative(DatePrecision.YEAR, p -> LocalDate.of(year(p, middle, mode), 1, 1));
        return new Candidate(first, end, strip, when, TimeKind.POINT, Shape.SEASON);
    }

    /** The year that names the season of middle month {@code middle} that {@code mode} means, read on {@code p}. */
    static int year(LocalDate p, int middle, Mode mode) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int y = p.getYear() + 1; y >= p.getYear() - 2; y--) { // descending: the first one over is the latest
            LocalDate first = YearMonth.of(y, middle).minusMonths(1).atDay(1);
            LocalDate last = YearMonth.of(y, middle).plusMonths(1).atEndOfMonth();
            switch (mode) {
                case BEFORE:
                    if (last.isBefore(p)) {
                        return y;
                    }
                    break;
                case TWO_BEFORE:
                    if (last.isBefore(p)) {
                        return y - 1;
                    }
                    break;
                case AFTER:
                    if (first.isAfter(p)) {
                        best = y; // descending: the last one seen is the first to begin after p
                    }
                    break;
                default: // the one p falls in, else the nearest
                    long distance = p.isBefore(first) ? first.toEpochDay() - p.toEpochDay()
                            : p.isAfter(last) ? p.toEpochDay() - last.toEpochDay() : 0;
                    if (distance < bestDistance) {
                        best = y;
                        bestDistance = distance;
                    }
            }
        }
        return best;
    }
}
