package org.marsad.time;

/**
 * A time expression found in a text.
 *
 * @param start     UTF-16 offset of the first character in the original text
 * @param end       UTF-16 offset after the last character in the original text
 * @param value     ISO value as precise as {@code precision}: {@code 2024-06-19}, {@code 2023-09} or
 *                  {@code 2022}; {@code null} when the expression is relative and no publication date
 *                  was given (never guessed), and always for {@link TimeKind#VAGUE}
 * @param precision how much of the date the text fixes
 * @param kind      how the expression relates to its event
 * @param today     for a relative day named with its weekday («اليوم (الاثنين)»، «أمس الأحد»), the day the text calls
 *                  today, which may be before the publication date it was counted from; otherwise null
 * @param ahead     for a weekday named without a modifier (الأحد، يوم الاثنين), which {@code value} reads as the most
 *                  recent one, the same weekday on or after publication: its day in a sentence about what is to come
 *                  («ويتوقع أن يمثل أمام المحكمة يوم الاثنين»); otherwise null
 * @param coming    whether the text names it as still to come at publication: a modifier of the future ends it
 *                  (الأسبوع المقبل، أكتوبر المقبل، الأحد القادم) or it is a relative day after publication (غدا، بعد
 *                  غد). A bare month or date read forward is not (its value may be the nearest occurrence of a past
 *                  one: «في سبتمبر أيلول» read in August is often last September), nor a week ahead whose month value
 *                  is publication's own
 * @param shape     what the expression is made of, as the pattern that found it matched it: a period named relative
 *                  to publication ({@link Shape#PERIOD}: الأسبوع الماضي، هذا الشهر، العام الجاري), a named month
 *                  ({@link Shape#MONTH}: أواخر يوليو، في يونيو، حزيران), a Hijri month ({@link Shape#HIJRI_MONTH}:
 *                  شهر رمضان), a year, a date, a day
 */
public record TimeExpression(int start, int end, String value, DatePrecision precision, TimeKind kind,
                             java.time.LocalDate today, java.time.LocalDate ahead, boolean coming,
                             Shape shape) {
    /**
     * Whether the expression names a period rather than a day, a named month or a year: a week, a month or a year named
     * relative to publication ({@link Shape#PERIOD}: الأسبوع الماضي، هذا الشهر، العام الجاري، مطلع الأسبوع الجاري) or a
     * Hijri month ({@link Shape#HIJRI_MONTH}: شهر رمضان، أواخر شهر رمضان الماضي, whose value is only the Gregorian month
     * of its first day). The event dater carries no such period to the sentences after it (QUALITY.md, session 25,
     * dates14).
     */
    public boolean namesAPeriod() {
        return shape == Shape.PERIOD || shape == Shape.HIJRI_MONTH;
    }
}
