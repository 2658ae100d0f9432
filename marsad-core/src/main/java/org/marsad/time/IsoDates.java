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
            case 7 -> YearMonth.parse(iso).atDay(1);
            default -> LocalDate.parse(iso);
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
            case 7 -> YearMonth.parse(iso).atEndOfMonth();
            default -> LocalDate.parse(iso);
        };
    }
}
