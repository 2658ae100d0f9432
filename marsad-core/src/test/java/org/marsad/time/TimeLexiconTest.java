package org.marsad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicNormalizer;

/** The data files are complete and are read the way article text is normalized. */
class TimeLexiconTest {
    private static final TimeLexicon LEXICON = TimeLexicon.load();

    private static boolean has(String phrase, Lex lex) {
        String[] words = phrase.split(" ");
        String first = ArabicNormalizer.normalize(words[0]);
        return LEXICON.startingWith(first).stream()
                .anyMatch(p -> p.lex().equals(lex) && p.words().size() == words.length);
    }

    @Test
    void everyMonthHasAGulfAndALevantName() {
        for (int m = 1; m <= 12; m++) {
            int month = m;
            long names = Tsv.read("gregorian-months.tsv", 4).stream()
                    .filter(r -> Integer.parseInt(r.columns()[0]) == month)
                    .map(r -> r.columns()[1]).distinct().count();
            assertTrue(names >= 2, "month " + m);
        }
        assertTrue(has("كانون الثاني", new Lex.MonthName(1, false)));
        assertTrue(has("جويلية", new Lex.MonthName(7, false)));
        assertTrue(has("آب", new Lex.MonthName(8, true)));
    }

    @Test
    void everyHijriMonthAndWeekday() {
        Set<Integer> hijri = new TreeSet<>();
        Tsv.read("hijri-months.tsv", 3).forEach(r -> hijri.add(Integer.parseInt(r.columns()[0])));
        assertEquals(12, hijri.size());
        assertTrue(has("ذي الحجة", new Lex.HijriMonthName(12, false)));
        assertTrue(has("ذو القعدة", new Lex.HijriMonthName(11, false)));
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Tsv.read("weekdays.tsv", 3).forEach(r -> days.add(DayOfWeek.of(Integer.parseInt(r.columns()[0]))));
        assertEquals(EnumSet.allOf(DayOfWeek.class), days);
    }

    @Test
    void entriesAreNormalizedLikeText() {
        // written with hamza, ة and tanween in the files; looked up in normalized form
        assertTrue(has("إثنين", new Lex.NumberWord(2, null)));
        assertTrue(has("سنة", new Lex.UnitWord(Unit.YEAR, false)));
        assertTrue(has("عاما", new Lex.UnitWord(Unit.YEAR, false)));
        assertTrue(has("أعوام", new Lex.UnitWord(Unit.YEAR, true)));
        assertTrue(has("شهرين", new Lex.NumberWord(2, Unit.MONTH)));
        assertTrue(has("أول من أمس", new Lex.RelativeDay(-2)));
        assertTrue(LEXICON.startingWith("أمس").isEmpty(), "keys are normalized");
        assertTrue(LEXICON.longestPhrase() >= 3);
    }

    @Test
    void everyCueRoleHasWords() {
        Set<Cue> used = EnumSet.noneOf(Cue.class);
        Tsv.read("cues.tsv", 2).forEach(r -> used.add(Cue.valueOf(r.columns()[0])));
        assertEquals(EnumSet.allOf(Cue.class), used);
    }
}
