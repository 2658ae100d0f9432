package org.marsad.time;

/**
 * A counted duration: "ثلاثة أيام"، "24 عاما"، "يومين"، "أسبوع" (a bare singular counts one), and the
 * counts it is built from: digits, number words (تسعة، خمسة عشر، ثلاثة وعشرين) or a dual.
 */
record Quantity(int count, Unit unit, int end) {
    /** A count, with the unit when it is a dual (يومين), ending before token {@code end}. */
    record Count(int value, Unit unit, int end) {
    }

    /** A count at token {@code i}: plain ({@code definite == false}) or with the article (التسعة، الـ24). */
    static Count count(Tokens t, int i, boolean definite) {
        Tokens.Num n = t.number(i);
        if (n != null && n.definite() == definite && n.strip() == 0 && n.mark() == 0 && n.digits() <= 4) {
            return new Count(n.value(), null, i + 1);
        }
        Tokens.Hit w = t.best(i, lex -> lex instanceof Lex.NumberWord, definite);
        if (w == null || w.strip() > 0) {
            return null;
        }
        Lex.NumberWord word = (Lex.NumberWord) w.lex();
        if (word.unit() != null) {
            return new Count(2, word.unit(), w.end());
        }
        int value = word.value();
        int end = w.end();
        if (value < 10) { // ones before tens joined by و: ثلاثة وعشرين
            Tokens.Hit tens = t.best(end, lex -> lex instanceof Lex.NumberWord nw && nw.unit() == null
                    && nw.value() >= 20 && nw.value() <= 90 && nw.value() % 10 == 0, false);
            if (tens != null && tens.strip() == 1 && t.norm(end).startsWith("و")) {
                value += ((Lex.NumberWord) tens.lex()).value();
                end = tens.end();
            }
        }
        return new Count(value, null, end);
    }

    /**
     * An undefined duration at token {@code i}, as after قبل / منذ / بعد, or null. A bare singular unit (with واحد
     * after it or not) followed by a date (قبل يوم الجمعة، قبل شهر رمضان) or by a definite word (قبل عقد الاجتماع, the
     * holding of the meeting) is not a duration.
     */
    static Quantity at(Tokens t, int i) {
        Count c = count(t, i, false);
        if (c != null) {
            if (c.unit() != null) {
                return c.value() > 0 ? new Quantity(c.value(), c.unit(), c.end()) : null;
            }
            Tokens.Hit u = t.best(c.end(), Lex.UnitWord.class);
            if (u == null || u.strip() > 0 || c.value() <= 0) {
                return null;
            }
            return new Quantity(c.value(), ((Lex.UnitWord) u.lex()).unit(), u.end());
        }
        Tokens.Hit u = t.best(i, lex -> lex instanceof Lex.UnitWord w && !w.plural(), false);
        if (u == null || u.strip() > 0 || startsDate(t, u.end()) || t.norm(u.end()).startsWith("ال")
                || t.isPunct(u.end(), "(") && t.number(u.end() + 1) != null) { // منذ عام (1891)
            return null;
        }
        return new Quantity(1, ((Lex.UnitWord) u.lex()).unit(), oneAfter(t, u.end()));
    }

    /**
     * The token after «واحد»/«واحدة» at {@code i} (the count one written after a bare singular unit: «قبل يوم واحد من
     * التفجير»), or {@code i}: the word belongs to the duration, so a من after it is still seen to count from
     * something other than publication.
     */
    private static int oneAfter(Tokens t, int i) {
        Tokens.Hit one = t.best(i, lex -> lex instanceof Lex.NumberWord w && w.unit() == null && w.value() == 1, false);
        return one != null && one.strip() == 0 && t.number(i) == null ? one.end() : i;
    }

    private static boolean startsDate(Tokens t, int i) {
        return t.number(i) != null || t.best(i, Lex.WeekdayName.class) != null
                || t.best(i, Lex.MonthName.class) != null || t.best(i, Lex.HijriMonthName.class) != null
                || t.best(i, Lex.RelativeDay.class) != null;
    }
}
