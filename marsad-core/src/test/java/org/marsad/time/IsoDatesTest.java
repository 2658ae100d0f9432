package org.marsad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The dates read digit by digit are the JDK parsers' dates, and what those refuse is still refused (speed29). */
class IsoDatesTest {
    @Test
    void daysAndMonthsAsTheJdkReadsThem() {
        for (LocalDate d = LocalDate.of(1899, 12, 25); d.isBefore(LocalDate.of(2031, 1, 10)); d = d.plusDays(1)) {
            String iso = d.toString();
            assertEquals(LocalDate.parse(iso), IsoDates.firstDay(iso), iso);
            assertEquals(LocalDate.parse(iso), IsoDates.lastDay(iso), iso);
            String month = iso.substring(0, 7);
            assertEquals(YearMonth.parse(month).atDay(1), IsoDates.firstDay(month), month);
            assertEquals(YearMonth.parse(month).atEndOfMonth(), IsoDates.lastDay(month), month);
        }
        assertEquals(LocalDate.of(2015, 1, 1), IsoDates.firstDay("2015"));
        assertEquals(LocalDate.of(2016, 2, 29), IsoDates.lastDay("2016-02"));
    }

    @Test
    void badDatesStillRefused() {
        for (String bad : new String[] {"2015-02-30", "2015-13", "2015-00", "2015-04-31", "2015-1-01", "2015/01/01",
                "201a-01-01", "2015-01-0x", "15-01-01", "2015-01-01T00", "2015-1", "+2015-01"}) {
            assertThrows(DateTimeException.class, () -> IsoDates.firstDay(bad), bad);
            assertThrows(DateTimeException.class, () -> IsoDates.lastDay(bad), bad);
        }
        assertThrows(NumberFormatException.class, () -> IsoDates.firstDay("20x5"));
    }
}
