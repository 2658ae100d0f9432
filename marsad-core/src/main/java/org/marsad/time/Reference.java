package org.marsad.time;

import java.time.LocalDate;
import java.util.function.UnaryOperator;

/**
 * The publication date that relative expressions count from. It may be missing: then a relative
 * expression is still found but gets no value, because a guessed date is worse than none.
 */
final class Reference {
    private final LocalDate published;

    Reference(LocalDate published) {
        this.published = published;
    }

    /** An absolute date: the text fixes it without the publication date. */
    When fixed(LocalDate date, DatePrecision precision) {
        return new When(date, precision);
    }

    /**
     * The same weekday as {@code onOrBefore} (a weekday on or before publication) on or after publication: what an
     * unmarked weekday means in a sentence about what is to come; null without a publication date.
     */
    LocalDate ahead(LocalDate onOrBefore) {
        if (published == null || onOrBefore == null) {
            return null;
        }
        return onOrBefore.isBefore(published) ? onOrBefore.plusWeeks(1) : onOrBefore;
    }

    /** Whether the date lies after publication (false when either is missing). */
    boolean afterPublication(LocalDate date) {
        return published != null && date != null && date.isAfter(published);
    }

    /** A date computed from the publication date; null-valued when that is missing. */
    When relative(DatePrecision precision, UnaryOperator<LocalDate> fromPublished) {
        return new When(published == null ? null : fromPublished.apply(published), precision);
    }
}
