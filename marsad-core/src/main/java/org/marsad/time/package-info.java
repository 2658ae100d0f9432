/**
 * Time expressions of Arabic news, resolved against the publication date.
 *
 * <p>Entry point: {@link org.marsad.time.TimeExpressions#find}. It tokenizes a region with the project's
 * {@link org.marsad.text.Tokenizer} (or takes the tokens an analyzer already cut from it), looks every token up once in the lexicon built from the data files
 * under {@code marsad/time/} (a leading و/ف then ب/ل is stripped when the rest is a time word), lets
 * each pattern class propose expressions at every token, joins left context (منذ، يوم، أواخر، صباح ...)
 * and keeps the longest non-overlapping expressions. Patterns look a few tokens ahead at most: the scan
 * is linear, with no regular expressions.
 *
 * <p>Conventions, all counted from the publication date {@code p}:
 * <ul>
 *   <li>A weekday without a modifier is the most recent one on or before {@code p}; a month or a
 *       day of a month without a year is the occurrence nearest to {@code p} (the past one on a tie:
 *       «في 30 يوليو» written on 25 July is five days ahead, not last year); الماضي makes it strictly before (الخميس الماضي read on a Thursday is a week back;
 *       يونيو الماضي read in June is last year's), المقبل strictly after, الجاري the current one.</li>
 *   <li>A weekday next to اليوم / أمس (اليوم الأربعاء، أمس (الاثنين)) decides the day, within 5 days
 *       before to 1 day after the relative day: crawled articles are often dated a day or two late.</li>
 *   <li>A night across two days (ليل الجمعة - السبت) is dated by its first day.</li>
 *   <li>الأسبوع الماضي / المقبل is reported at MONTH precision: the month of {@code p} ∓ 7 days.</li>
 *   <li>قبل N units: POINT {@code p} − N, at the unit's precision (days and weeks DAY, months MONTH,
 *       years and decades YEAR); منذ N units: SINCE, same value; بعد N units على/من X: ANCHOR, same
 *       value, the date of X; خلال الأشهر التسعة الفائتة: SINCE {@code p} − 9 months.</li>
 *   <li>منذ before any dated expression makes it SINCE (منذ العام 2022، منذ مارس (آذار) 2013).</li>
 *   <li>A time without a count or a date (قبل أيام، منذ سنوات، خلال الأيام القليلة الماضية، مؤخرا) is VAGUE, with no
 *       value: it dates nothing, but says the event has a time of its own (class VaguePast).</li>
 *   <li>Hijri dates are converted with {@link java.time.chrono.HijrahChronology} (Umm al-Qura). A Hijri
 *       month without a day is reported as the Gregorian month that contains its first day, or the day the text
 *       names a part of: its middle (منتصف) the 15th, its end (نهاية، أواخر) the 29th.</li>
 *   <li>A four-digit Gregorian year counts only in 1900-2100 and only with a cue (في، عام، منذ، حتى،
 *       أواخر ..., the mark م, a month before it, or a year before it joined by و); after a month name
 *       any year from 1000 is accepted.</li>
 *   <li>When {@code p} is missing, relative expressions are still found with a null value.</li>
 * </ul>
 */
package org.marsad.time;
