package org.marsad.time;

/**
 * Which occurrence of a recurring name (a weekday, a month, a day of a month) is meant, relative to
 * the publication date.
 */
enum Mode {
    /**
     * No modifier: a weekday is the most recent one on or before the publication date (news reports the
     * past); a month or a day of a month is the occurrence nearest to it.
     */
    ON_OR_BEFORE,
    /** الماضي: the most recent one strictly before. */
    BEFORE,
    /** قبل الماضي: the one before that. */
    TWO_BEFORE,
    /** المقبل: the first one strictly after. */
    AFTER,
    /** الجاري: the one of the current period. */
    CURRENT;

    /** The offset of a relative period (الشهر الماضي = -1) under this modifier. */
    int periodOffset() {
        return switch (this) {
            case BEFORE -> -1;
            case TWO_BEFORE -> -2;
            case AFTER -> 1;
            case ON_OR_BEFORE, CURRENT -> 0;
        };
    }
}
