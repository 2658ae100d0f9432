package org.marsad.time;

import java.time.LocalDate;

/** A unit that durations count in (units.tsv names its words); it knows its length and precision. */
enum Unit {
    HOUR(DatePrecision.DAY),
    DAY(DatePrecision.DAY),
    WEEK(DatePrecision.DAY),
    MONTH(DatePrecision.MONTH),
    YEAR(DatePrecision.YEAR),
    DECADE(DatePrecision.YEAR);

    private final DatePrecision precision;

    Unit(DatePrecision precision) {
        this.precision = precision;
    }

    /** The precision a count of this unit fixes: "nine months ago" names a month, not a day. */
    DatePrecision precision() {
        return precision;
    }

    /** The date {@code count} units before {@code date}. Hours count in whole days (48 ساعة = 2 days). */
    LocalDate before(LocalDate date, int count) {
        return switch (this) {
            case HOUR -> date.minusDays(count / 24);
            case DAY -> date.minusDays(count);
            case WEEK -> date.minusWeeks(count);
            case MONTH -> date.minusMonths(count);
            case YEAR -> date.minusYears(count);
            case DECADE -> date.minusYears(10L * count);
        };
    }
}
