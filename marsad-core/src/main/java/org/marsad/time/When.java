package org.marsad.time;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A resolved date: the first day of what the text names (the day, the month's 1st, or January 1st)
 * and how much of it is meant. {@code date} is null when the expression needed a publication date that
 * is missing, or when the calendar cannot place it.
 */
record When(LocalDate date, DatePrecision precision) {
    /** The ISO value at this precision ({@code 2024-06-19}, {@code 2023-09}, {@code 2022}), or null. */
    String value() {
        if (date == null) {
            return null;
        }
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> YearMonth.from(date).toString();
            case YEAR -> String.format("%04d", date.getYear());
        };
    }
}
