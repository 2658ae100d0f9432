package org.marsad.time;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A week, month or year named relative to publication: الأسبوع الماضي، الشهر الجاري، العام المقبل،
 * هذا العام، العام قبل الماضي. A bare definite noun (العام، الشهر) is not one: العام is also "general".
 *
 * <p>Convention: a week is reported at month precision (the month of the day a week away), since the
 * value format has no weeks and a day would claim too much.
 */
record RelativePeriod(Unit unit, int offset, int first, int end, int strip) {
    static RelativePeriod at(Tokens t, int i) {
        Tokens.Hit self = t.cue(i, Cue.THIS);
        int j = self == null ? i : self.end();
        Tokens.Hit noun = t.best(j, lex -> lex instanceof Lex.UnitWord u && !u.plural()
                && (u.unit() == Unit.WEEK || u.unit() == Unit.MONTH || u.unit() == Unit.YEAR), true);
        if (noun == null || self != null && noun.strip() > 0) {
            return null;
        }
        Unit unit = ((Lex.UnitWord) noun.lex()).unit();
        Modifier mod = Modifier.at(t, noun.end());
        int strip = self != null ? self.strip() : noun.strip();
        if (mod != null) {
            return new RelativePeriod(unit, mod.mode().periodOffset(), i, mod.end(), strip);
        }
        return self != null ? new RelativePeriod(unit, 0, i, noun.end(), strip) : null;
    }

    /** The date the period names, at its precision. */
    When resolve(Reference r) {
        return switch (unit) {
            case WEEK -> r.relative(DatePrecision.MONTH, p -> p.plusWeeks(offset).withDayOfMonth(1));
            case MONTH -> r.relative(DatePrecision.MONTH, p -> YearMonth.from(p).plusMonths(offset).atDay(1));
            default -> r.relative(DatePrecision.YEAR, p -> LocalDate.of(p.getYear() + offset, 1, 1));
        };
    }
}
