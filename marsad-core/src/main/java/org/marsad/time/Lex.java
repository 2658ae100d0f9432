package org.marsad.time;

import java.time.DayOfWeek;

/** What a word or phrase of the time data files means. One phrase may have several meanings. */
sealed interface Lex {
    /** A Gregorian month name (gregorian-months.tsv). */
    record MonthName(int month, boolean ambiguous) implements Lex {
    }

    /** A Hijri month name (hijri-months.tsv). */
    record HijriMonthName(int month, boolean ambiguous) implements Lex {
    }

    /** A weekday name (weekdays.tsv). */
    record WeekdayName(DayOfWeek day, boolean ambiguous) implements Lex {
    }

    /** A number word (numbers.tsv); {@code unit} is set for a dual such as يومين, else null. */
    record NumberWord(int value, Unit unit) implements Lex {
    }

    /** An ordinal day (ordinals.tsv): الثاني عشر من أغسطس. */
    record OrdinalDay(int day) implements Lex {
    }

    /** A unit word (units.tsv), singular (counts one when bare) or plural. */
    record UnitWord(Unit unit, boolean plural) implements Lex {
    }

    /** A day named relative to publication (relative-days.tsv). */
    record RelativeDay(int offset) implements Lex {
    }

    /** A season (seasons.tsv), by its middle month: صيف is 7. */
    record SeasonName(int middleMonth) implements Lex {
    }

    /** A function word (cues.tsv). */
    record CueWord(Cue cue) implements Lex {
        // equals and hashCode written out, as the record's own (the generated ones are made from method handles on
        // first use, spinning classes while the dictionaries load: a phrase of cues.tsv compares its cues then)
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof CueWord c && cue == c.cue;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hashCode(cue);
        }
    }
}
