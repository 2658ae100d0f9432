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
     * The day the text calls today, from its first relative day named with its weekday, when that disagrees with
     * {@code published} and is before it («اليوم (الاثنين)» in a record dated Tuesday: Monday); null otherwise (also
     * when the first such day fits: a later one is another story's).
     */
    static LocalDate writtenOn(Tokens t, Reference r, LocalDate published) {
        RelativeDays days = new RelativeDays();
        List<Candidate> found = new java.util.ArrayList<>();
        int covered = 0;
        for (int i = 0; i < t.size(); i++) {
            found.clear();
            days.match(i, t, r, found);
            if (i < covered || found.isEmpty()) {
                continue;
            }
            Candidate c = found.get(0);
            covered = c.end();
            Tokens.Hit day = t.best(i, Lex.RelativeDay.class);
            if (c.end() == day.end()) {
                continue; // no weekday named
            }
            LocalDate today = c.when().date().minusDays(((Lex.RelativeDay) day.lex()).offset());
            return today.isBefore(published) ? today : null;
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
