package org.marsad.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Calendar arithmetic for recurring names: which Thursday, which June, which 5 Shawwal a text means,
 * given the publication date. Hijri dates use {@link HijrahChronology} (Umm al-Qura, the calendar of
 * Saudi papers); outside its range (1300-1600 AH) nothing is converted.
 */
final class Dates {
    static final int MIN_YEAR = 1900;
    /** After a month name a four-digit number is surely a year, however old (سبتمبر 1895). */
    static final int MIN_YEAR_AFTER_MONTH = 1000;
    static final int MAX_YEAR = 2100;
    static final int MIN_HIJRI_YEAR = 1300;
    static final int MAX_HIJRI_YEAR = 1600;

    private Dates() {
    }

    static boolean isGregorianYear(int y) {
        return y >= MIN_YEAR && y <= MAX_YEAR;
    }

    static boolean isHijriYear(int y) {
        return y >= MIN_HIJRI_YEAR && y <= MAX_HIJRI_YEAR;
    }

    /** True when some year has this day in this month (29 February counts). */
    static boolean isDayOfMonth(int month, int day) {
        return day >= 1 && day <= Month.of(month).maxLength();
    }

    /** The weekday {@code day} relative to {@code published} under {@code mode}. */
    static LocalDate weekday(LocalDate published, DayOfWeek day, Mode mode) {
        return switch (mode) {
            case ON_OR_BEFORE, CURRENT -> published.with(TemporalAdjusters.previousOrSame(day));
            case BEFORE -> published.with(TemporalAdjusters.previous(day));
            case TWO_BEFORE -> published.with(TemporalAdjusters.previous(day)).minusWeeks(1);
            case AFTER -> published.with(TemporalAdjusters.next(day));
        };
    }

    /**
     * The weekday {@code day} near {@code anchor}, from 5 days before to 1 day after it. "أمس (الاثنين)"
     * names the day twice; when they disagree the weekday is usually right, because the publication date
     * of a crawled article is often a day or two after it was written.
     */
    static LocalDate near(LocalDate anchor, DayOfWeek day) {
        return anchor.plusDays(1).with(TemporalAdjusters.previousOrSame(day));
    }

    /** The month {@code month} (1-12) relative to {@code published} under {@code mode}. */
    static YearMonth month(LocalDate published, int month, Mode mode) {
        YearMonth now = YearMonth.from(published);
        YearMonth same = YearMonth.of(published.getYear(), month);
        return switch (mode) {
            case ON_OR_BEFORE -> nearest(now, same);
            case BEFORE -> same.isBefore(now) ? same : same.minusYears(1);
            case TWO_BEFORE -> (same.isBefore(now) ? same : same.minusYears(1)).minusYears(1);
            case AFTER -> same.isAfter(now) ? same : same.plusYears(1);
            case CURRENT -> same;
        };
    }

    /** The month {@code same} of last year, this year or next year nearest to {@code now}; the earlier on a tie. */
    private static YearMonth nearest(YearMonth now, YearMonth same) {
        YearMonth best = same.minusYears(1);
        for (YearMonth c : new YearMonth[] {same, same.plusYears(1)}) {
            if (Math.abs(monthsBetween(c, now)) < Math.abs(monthsBetween(best, now))) {
                best = c;
            }
        }
        return best;
    }

    private static long monthsBetween(YearMonth a, YearMonth b) {
        return (a.getYear() - b.getYear()) * 12L + a.getMonthValue() - b.getMonthValue();
    }

    /** The date {@code day} {@code month} relative to {@code published}, or null if none is valid. */
    static LocalDate dayOfMonth(LocalDate published, int month, int day, Mode mode) {
        List<LocalDate> dates = new ArrayList<>();
        // 29 February recurs only every 4 (sometimes 8) years
        for (int y = published.getYear() + 9; y >= published.getYear() - 9; y--) {
            if (day <= YearMonth.of(y, month).lengthOfMonth()) {
                dates.add(LocalDate.of(y, month, day));
            }
        }
        return pick(dates, published, mode, published.getYear());
    }

    /** A Hijri date as a Gregorian one, or null if the calendar has no such day. */
    static LocalDate hijri(int year, int month, int day) {
        if (!isHijriYear(year)) {
            return null;
        }
        try {
            return LocalDate.from(HijrahChronology.INSTANCE.date(year, month, day));
        } catch (DateTimeException e) {
            return null; // 30 in a 29-day month, or outside the Umm al-Qura table
        }
    }

    /**
     * The first day of Hijri month {@code month} relative to {@code published} under {@code mode}.
     * Convention: a Hijri month without a day is reported as the Gregorian month that contains its first
     * day (رمضان 1436 began on 2015-06-18, so رمضان الماضي read in August 2015 is 2015-06).
     */
    static LocalDate hijriMonth(LocalDate published, int month, Mode mode) {
        HijrahDate now = hijriOf(published);
        if (now == null) {
            return null;
        }
        int year = now.get(ChronoField.YEAR);
        int current = now.get(ChronoField.MONTH_OF_YEAR);
        int y = switch (mode) {
            case ON_OR_BEFORE -> month > current ? year - 1 : year;
            case BEFORE -> month >= current ? year - 1 : year;
            case TWO_BEFORE -> (month >= current ? year - 1 : year) - 1;
            case AFTER -> month <= current ? year + 1 : year;
            case CURRENT -> year;
        };
        return hijri(y, month, 1);
    }

    /** The Hijri date {@code day} {@code month} relative to {@code published}, as a Gregorian date. */
    static LocalDate hijriDayOfMonth(LocalDate published, int month, int day, Mode mode) {
        HijrahDate now = hijriOf(published);
        if (now == null) {
            return null;
        }
        int year = now.get(ChronoField.YEAR);
        List<LocalDate> dates = new ArrayList<>();
        for (int y = year + 2; y >= year - 3; y--) {
            LocalDate d = hijri(y, month, day);
            if (d != null) {
                dates.add(d);
            }
        }
        LocalDate sameYear = hijri(year, month, day);
        return mode == Mode.CURRENT ? sameYear : pick(dates, published, mode, -1);
    }

    private static HijrahDate hijriOf(LocalDate date) {
        try {
            return HijrahDate.from(date);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * From candidate dates in descending order, the one {@code mode} means; CURRENT takes the one in
     * {@code currentYear}.
     */
    private static LocalDate pick(List<LocalDate> descending, LocalDate published, Mode mode, int currentYear) {
        int before = 0;
        LocalDate after = null;
        for (LocalDate d : descending) {
            switch (mode) {
                case ON_OR_BEFORE:
                    // the occurrence nearest to publication, the past one on a tie: news mostly reports the
                    // past, but "في 30 يوليو" written on 25 July means this week, not last year
                    if (after == null || Math.abs(d.toEpochDay() - published.toEpochDay())
                            <= Math.abs(after.toEpochDay() - published.toEpochDay())) {
                        after = d;
                    }
                    break;
                case BEFORE:
                case TWO_BEFORE:
                    if (d.isBefore(published) && ++before == (mode == Mode.BEFORE ? 1 : 2)) {
                        return d;
                    }
                    break;
                case AFTER:
                    if (d.isAfter(published)) {
                        after = d; // descending: the last one seen is the first after
                    }
                    break;
                case CURRENT:
                    if (d.getYear() == currentYear) {
                        return d;
                    }
                    break;
                default:
                    throw new AssertionError(mode);
            }
        }
        return after;
    }
}
