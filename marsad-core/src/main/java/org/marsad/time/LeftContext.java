package org.marsad.time;

/**
 * Words before an expression that belong to it without changing its date, or that change only its
 * kind. Applied repeatedly, innermost first: "منذ مطلع العام الجاري"، "مساء يوم الأحد 19 يوليو".
 *
 * <ul>
 *   <li>a weekday (and الموافق) before a day: الأحد 19 يوليو، الأحد الموافق 19 يوليو</li>
 *   <li>يوم and a part of the day before a day: يوم الاثنين، صباح اليوم، ليل الجمعة - السبت</li>
 *   <li>a part of a month or year: أواخر نيسان - أبريل، منتصف العام 2010; شهر before a month. The middle or the
 *       end of a Hijri month moves its Gregorian month: نهاية شهر رمضان 1436 is 2015-07 (see cues.tsv PART_END)</li>
 *   <li>في وقت سابق before a relative period or day: في وقت سابق هذا العام</li>
 *   <li>منذ before a point: منذ العام 2022، منذ مارس (آذار) 2013 become SINCE</li>
 *   <li>a paper's participle of publication before a point: الصحف الأردنية الصادرة أمس، عددها الصادر في
 *       12 يوليو become ISSUE (the paper's date, not its news')</li>
 * </ul>
 * Nothing joins an expression whose first word carries a conjunction (والأحد): the conjunction
 * starts a new phrase.
 */
final class LeftContext {
    /** How many words before a participle of publication its paper or article may stand (الصحف الأردنية الصادرة). */
    private static final int PRESS_REACH = 3;
    /** The days of a Hijri month that its middle and its end stand for (every Hijri month has a 29th day). */
    private static final int HIJRI_MIDDLE_DAY = 15;
    private static final int HIJRI_END_DAY = 29;

    private LeftContext() {
    }

    static Candidate extend(Candidate c, Tokens t) {
        while (c.strip() == 0) {
            Tokens.Hit left = joining(c, t);
            if (left == null) {
                break;
            }
            c = partOfHijriMonth(c, left, t).from(left);
        }
        if (c.strip() == 0 && c.kind() == TimeKind.POINT && c.shape() != Shape.DURATION) {
            Tokens.Hit since = t.cueEndingAt(c.first(), Cue.SINCE);
            if (since != null) {
                c = c.from(since).withKind(TimeKind.SINCE);
            }
        }
        if (c.kind() == TimeKind.POINT && issued(c.first(), t)) {
            c = c.withKind(TimeKind.ISSUE);
        }
        return c;
    }

    /**
     * A Hijri month whose middle or end {@code left} names moves to that day, still at month precision: «نهاية شهر
     * رمضان» 1436 is 2015-07 (the month ended on 16 July), not 2015-06, the Gregorian month of its first day.
     */
    private static Candidate partOfHijriMonth(Candidate c, Tokens.Hit left, Tokens t) {
        if (c.shape() != Shape.HIJRI_MONTH || c.when() == null || c.when().date() == null) {
            return c;
        }
        int days = isPart(t, left, c.first(), Cue.PART_END) ? HIJRI_END_DAY - 1
                : isPart(t, left, c.first(), Cue.PART_MIDDLE) ? HIJRI_MIDDLE_DAY - 1 : 0;
        return days == 0 ? c : c.withWhen(new When(c.when().date().plusDays(days), c.when().precision()));
    }

    /** Whether the words {@code left}, ending before token {@code at}, are a part word of role {@code role}. */
    private static boolean isPart(Tokens t, Tokens.Hit left, int at, Cue role) {
        Tokens.Hit h = t.cueEndingAt(at, role);
        return h != null && h.first() == left.first();
    }

    /** Whether a paper's participle of publication (and maybe في) ends just before token {@code at}. */
    private static boolean issued(int at, Tokens t) {
        Tokens.Hit in = t.cueEndingAt(at, Cue.IN);
        Tokens.Hit issued = t.cueEndingAt(in == null ? at : in.first(), Cue.ISSUED);
        if (issued == null) {
            return false;
        }
        for (int i = Math.max(0, issued.first() - PRESS_REACH); i < issued.first(); i++) {
            if (t.cue(i, Cue.PRESS) != null) {
                return true;
            }
        }
        return false;
    }

    /** The words that join {@code c} on its left, or null. */
    private static Tokens.Hit joining(Candidate c, Tokens t) {
        int at = c.first();
        switch (c.shape()) {
            case DATE: {
                Tokens.Hit wd = t.endingAt(at, Lex.WeekdayName.class);
                if (wd != null) {
                    return wd;
                }
                Tokens.Hit agreeing = t.cueEndingAt(at, Cue.AGREEING);
                if (agreeing != null && agreeing.strip() == 0) {
                    wd = t.endingAt(agreeing.first(), Lex.WeekdayName.class);
                    if (wd != null) {
                        return wd;
                    }
                }
                return t.cueEndingAt(at, Cue.DAY_NOUN, Cue.PART_OF_DAY);
            }
            case WEEKDAY:
            case UNMARKED_WEEKDAY:
                return t.cueEndingAt(at, Cue.DAY_NOUN, Cue.PART_OF_DAY);
            case RELATIVE_DAY: {
                Tokens.Hit h = t.cueEndingAt(at, Cue.PART_OF_DAY, Cue.EARLIER);
                return h != null ? h : t.cueEndingAt(at, Cue.DAY_NOUN);
            }
            case MONTH:
            case HIJRI_MONTH:
                return t.cueEndingAt(at, Cue.PART, Cue.MONTH_NOUN);
            case YEAR:
                return t.cueEndingAt(at, Cue.PART);
            case SEASON:
                return t.cueEndingAt(at, Cue.PART, Cue.SEASON_NOUN);
            case PERIOD:
                return t.cueEndingAt(at, Cue.PART, Cue.EARLIER);
            default:
                return null;
        }
    }
}
