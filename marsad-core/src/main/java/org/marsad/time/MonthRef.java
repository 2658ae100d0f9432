package org.marsad.time;

/**
 * A month name in the text, Gregorian or Hijri, with its twin from another name set when the text gives
 * both (يوليو تموز، نيسان - أبريل، مارس (آذار)، سبتمبر/أيلول): the twin is part of the expression and
 * confirms an ambiguous name.
 *
 * @param twin true when a second name of the same month follows
 */
record MonthRef(boolean hijri, int month, boolean ambiguous, boolean twin, int first, int end, int strip) {
    static MonthRef at(Tokens t, int i) {
        Tokens.Hit g = t.best(i, Lex.MonthName.class);
        Tokens.Hit h = t.best(i, Lex.HijriMonthName.class);
        if (h != null && (g == null || h.end() > g.end())) {
            Lex.HijriMonthName m = (Lex.HijriMonthName) h.lex();
            return new MonthRef(true, m.month(), m.ambiguous(), false, i, h.end(), h.strip());
        }
        if (g == null) {
            return null;
        }
        Lex.MonthName m = (Lex.MonthName) g.lex();
        int end = g.end();
        int k = end;
        boolean bracket = t.isPunct(k, "(");
        if (bracket || t.isPunct(k, "-–—/،")) {
            k++;
        }
        Tokens.Hit second = t.best(k, Lex.MonthName.class);
        boolean twin = second != null && second.strip() == 0 && ((Lex.MonthName) second.lex()).month() == m.month();
        if (twin) {
            end = second.end();
            if (bracket && t.isPunct(end, ")")) {
                end++;
            }
        }
        return new MonthRef(false, m.month(), m.ambiguous(), twin, i, end, g.strip());
    }
}
