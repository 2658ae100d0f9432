package org.marsad.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * اليوم، أمس، أول من أمس، غدا، بعد غد (relative-days.tsv), with the weekday that often confirms them:
 * "اليوم الأربعاء"، "أمس (الاثنين)" are one expression, and the weekday decides the day
 * ({@link Dates#near}). Not when it names a day of something (اليوم الوطني، ذلك اليوم) or a newspaper
 * (عين اليوم، «اليوم»): see NOT_TODAY_BEFORE and NOT_TODAY_AFTER in cues.tsv.
 */
final class RelativeDays implements Pattern {
    /**
     * The day a relative day named with its weekday calls today («اليوم (الاثنين)»: that Monday; «أمس الأحد»: the
     * Monday after that Sunday), or null when it names no weekday or has no date.
     */
    static LocalDate namedToday(Candidate c, Tokens t) {
        if (c.when() == null || c.when().date() == null) {
            return null;
        }
        for (int i = c.first(); i < c.end(); i++) {
            Tokens.Hit day = t.best(i, Lex.RelativeDay.class);
            if (day != null) {
                for (int k = day.end(); k < c.end(); k++) {
                    if (t.best(k, Lex.WeekdayName.class) != null) {
                        return c.when().date().minusDays(((Lex.RelativeDay) day.lex()).offset());
                    }
                }
                return null; // «ليلة أمس الأول»: a longer relative day, no weekday
            }
        }
        return null;
    }

    @Override
    public void match(int i, Tokens t, Reference r, List<Candidate> out) {
        Tokens.Hit day = t.best(i, Lex.RelativeDay.class);
        if (day == null) {
            return;
        }
        // ذلك اليوم، اليوم التالي، اليوم الوطني: "the day" of something, not today
        if (day.strip() == 0 && t.cueEndingAt(i, Cue.NOT_TODAY_BEFORE) != null
                || t.cue(day.end(), Cue.NOT_TODAY_AFTER) != null) {
            return;
        }
        if (t.isPunct(i - 1, "(«\"“") && t.isPunct(day.end(), ")»\"”")) {
            return; // لـ(اليوم)، «اليوم»: the newspaper, not the day
        }
        int end = day.end();
        DayOfWeek named = null;
        Tokens.Hit wd = t.best(end, Lex.WeekdayName.class);
        if (wd != null && wd.strip() == 0) {
            named = ((Lex.WeekdayName) wd.lex()).day();
            end = wd.end();
        } else if (t.isPunct(end, "(")) {
            wd = t.best(end + 1, Lex.WeekdayName.class);
            if (wd != null && wd.strip() == 0 && t.isPunct(wd.end(), ")")) {
                named = ((Lex.WeekdayName) wd.lex()).day();
                end = wd.end() + 1;
            }
        }
        int offset = ((Lex.RelativeDay) day.lex()).offset();
        DayOfWeek weekday = named;
        When when = r.relative(DatePrecision.DAY, p -> {
            LocalDate anchor = p.plusDays(offset);
            return weekday == null ? anchor : Dates.near(anchor, weekday);
        });
        out.add(new Candidate(i, end, day.strip(), when, TimeKind.POINT, Shape.RELATIVE_DAY));
    }
}
