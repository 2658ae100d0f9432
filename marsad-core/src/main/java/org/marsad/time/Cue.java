package org.marsad.time;

/**
 * The roles of the function words in cues.tsv. The data says which words play a role; the patterns
 * say what the role does.
 */
enum Cue {
    /** في: licenses a bare year or an ambiguous month name, not part of the expression. */
    IN,
    /** خلال: starts a period counted back (خلال الأشهر التسعة الفائتة). */
    DURING,
    /** حتى: licenses a bare year. */
    UNTIL,
    /** منذ: the start of a state. */
    SINCE,
    /** قبل + duration: ago. */
    BEFORE,
    /** بعد + duration + على/من: an anchor. */
    AFTER,
    /** على / من after بعد + duration. */
    ANCHOR_LINK,
    /** مرور in بعد مرور تسعة أشهر على. */
    PASSING,
    /** نحو، حوالي between قبل/منذ and the count. */
    APPROX,
    /** منتصف، أواخر: a part of a month or year, kept in the expression. */
    PART,
    /** منتصف، أواسط: the middle of a Hijri month (its 15th day). */
    PART_MIDDLE,
    /** أواخر، نهاية: the end of a Hijri month (its 29th day). */
    PART_END,
    /** صباح، مساء، ليل: a part of a day, kept in the expression. */
    PART_OF_DAY,
    /** يوم before a weekday or a date. */
    DAY_NOUN,
    /** شهر before a month name. */
    MONTH_NOUN,
    /** فصل before a season (فصل الصيف الماضي). */
    SEASON_NOUN,
    /** عام / العام / سنة before a year. */
    YEAR_NOUN,
    /** هذا / هذه before a period. */
    THIS,
    /** الماضي: the most recent one strictly before publication. */
    PAST,
    /** قبل الماضي: the one before that. */
    PAST2,
    /** المقبل: the next one after publication. */
    NEXT,
    /** الجاري / الحالي: the current one. */
    CURRENT,
    /** الأخيرة: "last" after a counted period only. */
    LAST,
    /** مؤخرا، في الآونة الأخيرة: a time of the event's own that fixes no date ({@link TimeKind#VAGUE}). */
    VAGUE_PAST,
    /** «نحن اليوم»، «ما نشاهده اليوم»، «هذه الأيام»: nowadays, no day ({@link TimeKind#VAGUE}; session 30, dates18). */
    NOWADAYS,
    /** إبان، خلال فترة، في عهد before a tenure noun (session 28, dates16). */
    TENURE_LEAD,
    /** توليه، حكمه، ولايته، عهده: an actor's tenure after a {@link #TENURE_LEAD}. */
    TENURE,
    /** عندما كان، حين كان before an {@link #OFFICE}. */
    WHEN_WAS,
    /** رئيسا، وزيرا، عضوا، في منصبه: an office held then. */
    OFFICE,
    /** قليلة between a bare plural unit and past (خلال الأيام القليلة الماضية). */
    FEW,
    /** الموافق between a weekday and a date. */
    AGREEING,
    /** في وقت سابق before a relative period. */
    EARLIER,
    /** إلى between the two weekdays of one night. */
    RANGE,
    /** Words after اليوم that make it "the day of", not today. */
    NOT_TODAY_AFTER,
    /** Words before اليوم that make it anaphoric (ذلك اليوم). */
    NOT_TODAY_BEFORE,
    /** ثورة، حرب، قوى before a date of a named month: the date is a name (ثورة 25 يناير), not a date. */
    NAMED_DATE_BEFORE,
    /** Words before a weekday name that make it another word (صلاة الجمعة، بين الاثنين). */
    NOT_WEEKDAY_BEFORE,
    /** الصادرة، المنشور: a participle of publication before a date. */
    ISSUED,
    /** الصحف، عددها، مقاله: a paper or an article, before {@link #ISSUED}: the date is the issue's. */
    PRESS,
    /** م after a Gregorian year. */
    GREGORIAN_MARK,
    /** هـ after a Hijri year. */
    HIJRI_MARK
}
