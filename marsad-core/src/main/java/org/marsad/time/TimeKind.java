package org.marsad.time;

/**
 * What a time expression says about the event it is attached to.
 *
 * <ul>
 *   <li>{@code POINT}: dates the event (اليوم، أمس، في 14 يوليو، قبل يومين).</li>
 *   <li>{@code SINCE}: the start of a state that still holds (منذ 2022، منذ 24 عاما، خلال الأشهر التسعة
 *       الفائتة).</li>
 *   <li>{@code ANCHOR}: "بعد تسعة أشهر على X": the value is the date of X (the thing after على/من), that
 *       is the publication date minus the duration; the event itself is the later one.</li>
 *   <li>{@code ISSUE}: the date a paper or an article came out (الصحف الأردنية الصادرة أمس، في عددها
 *       الصادر اليوم، مقاله المنشور في): it dates the report, not the events the report tells of.</li>
 *   <li>{@code VAGUE}: a time the text gives without a date (قبل أيام، منذ سنوات، خلال الأيام القليلة الماضية،
 *       مؤخرا); its value is always null. It dates nothing, but says the event has a time of its own.</li>
 *   <li>{@code NAME}: a date that names a revolution, a war or a movement (ثورة 25 يناير، حرب أكتوبر، قوى 14 آذار):
 *       its value is the named thing's day, it dates no event the sentence tells.</li>
 * </ul>
 */
public enum TimeKind { POINT, SINCE, ANCHOR, ISSUE, VAGUE, NAME }
