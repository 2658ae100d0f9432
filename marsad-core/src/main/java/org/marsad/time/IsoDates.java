package org.marsad.time;

import java.time.LocalDate;
import java.time.YearMonth;

/** Dates of any precision as the records write them: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
public final class IsoDates {
    private IsoDates() {
    }

    /**
     * The first day the date covers (2015 → 2015-01-01, 2015-06 → 2015-06-01).
     *
     * @throws java.time.DateTimeException or NumberFormatException when {@code iso} is no such date
     */
    public static LocalDate firstDay(String iso) {
        return switch (iso.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(iso), 1, 1);
            case 7 -> yearMonth(iso).atDay(1);
            default -> day(iso);
        };
    }

    /**
     * The last day the date covers (2015 → 2015-12-31, 2015-06 → 2015-06-30).
     *
     * @throws java.time.DateTimeException or NumberFormatException when {@code iso} is no such date
     */
    public static LocalDate lastDay(String iso) {
        return switch (iso.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(iso), 12, 31);
            case 7 -> yearMonth(iso).atEndOfMonth();
            default -> day(iso);
        };
    }

    /*
     * YYYY-MM and YYYY-MM-DD read digit by digit: the JDK's parsers build a DateTimeFormatter's machinery on first use,
     * a twentieth of the dictionaries' load for the few hundred dates of people.tsv. Anything else still goes to them,
     * so what is accepted and what is refused is unchanged (LocalDate.of and YearMonth.of refuse 2015-02-30 and 2015-13
     * as the strict ISO parsers do).
     */
    private static YearMonth yearMonth(String iso) {
        return digits(iso, 0, 4) && iso.charAt(4) == '-' && digits(iso, 5, 7)
                ? YearMonth.of(number(iso, 0, 4), number(iso, 5, 7)) : YearMonth.parse(iso);
    }

    private static LocalDate day(String iso) {
        return iso.length() == 10 && digits(iso, 0, 4) && iso.charAt(4) == '-' && digits(iso, 5, 7)
                && iso.charAt(7) == '-' && digits(iso, 8, 10)
                ? LocalDate.of(number(iso, 0, 4), number(iso, 5, 7), number(iso, 8, 10)) : LocalDate.parse(iso);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + s.charAt(i) - '0';
        }
        return n;
    }
}
