package org.marsad.time;

/**
 * What a found expression is made of, as the pattern that matched it knows: the left context that may join it depends
 * on it, and {@link TimeExpression#shape} keeps it so that the event dater can tell a period named relative to
 * publication (الأسبوع الماضي، هذا الشهر) from a named month, a date or a year.
 */
public enum Shape {
    /** اليوم، أمس، غدا (with a weekday or not). */
    RELATIVE_DAY,
    /** A weekday with a modifier: الجمعة الماضية، الأحد المقبل. */
    WEEKDAY,
    /**
     * A weekday named alone (الخميس، ليل الجمعة - السبت): the most recent one, but the next one in a sentence about
     * what is to come («سيزور الرئيس ... يوم الأحد»): {@link TimeExpression#ahead}.
     */
    UNMARKED_WEEKDAY,
    /** A day of a named month or a numeric date: 19 يوليو، 5 شوال 1436هـ، 20/7/2015. */
    DATE,
    /** A named month: يونيو الماضي، مارس (آذار) 2013، رمضان الماضي. */
    MONTH,
    /** A Hijri month: رمضان الماضي، شهر شوال 1436هـ (its value is the Gregorian month of its first day). */
    HIJRI_MONTH,
    /** A year: في 2022، العام 2009. */
    YEAR,
    /** A period named relative to publication: الأسبوع الماضي، هذا العام. */
    PERIOD,
    /** A season of a year: صيف 2014، الصيف الماضي، هذا الصيف. */
    SEASON,
    /** A counted duration: قبل يومين، منذ 24 عاما، بعد تسعة أشهر على. */
    DURATION
}
