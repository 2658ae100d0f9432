package org.marsad.time;

import java.util.List;

/**
 * Durations counted back from publication.
 *
 * <ul>
 *   <li>قبل + duration: POINT (قبل يومين، قبل تسعة أشهر). Not when من follows: "قبل ثلاثة أيام من
 *       الانتخابات" counts from the elections, not from today. على may follow, as it usually belongs to
 *       the verb (صوت المجلس قبل يومين على القرار).</li>
 *   <li>منذ + duration: SINCE (منذ 24 عاما).</li>
 *   <li>بعد [مرور] + duration + على/من: ANCHOR, the date of the thing after على (بعد تسعة أشهر على
 *       استقبال بوتين); on its own بعد + duration may be future or narrative, so it is left alone.</li>
 *   <li>[خلال] + definite counted period + الماضية/الأخيرة: SINCE (خلال الأشهر التسعة الفائتة،
 *       العامين الماضيين، الـ24 ساعة الماضية).</li>
 * </ul>
 * A duration without a count (منذ سنوات، قبل أيام) is too vague to date.
 */
final class Durations implements Pattern {
    @Override
    public void match(int i, Tokens t, Reference r, List<Candidate> out) {
        counted(i, t, r, out);
        counted(i, t, r, out, Cue.BEFORE, TimeKind.POINT);
        counted(i, t, r, out, Cue.SINCE, TimeKind.SINCE);
        counted(i, t, r, out, Cue.AFTER, TimeKind.ANCHOR);
    }

    private static void counted(int i, Tokens t, Reference r, List<Candidate> out, Cue cue, TimeKind kind) {
        Tokens.Hit head = t.cue(i, cue);
        if (head == null) {
            return;
        }
        int j = head.end();
        if (cue == Cue.AFTER) {
            j = skip(t, j, Cue.PASSING);
        }
        j = skip(t, j, Cue.APPROX);
        Quantity q = Quantity.at(t, j);
        if (q == null) {
            return;
        }
        boolean linked = t.cue(q.end(), Cue.ANCHOR_LINK) != null;
        if (cue == Cue.BEFORE && t.isWord(q.end(), "من") || cue == Cue.AFTER && !linked) {
            return;
        }
        When when = r.relative(q.unit().precision(), p -> q.unit().before(p, q.count()));
        out.add(new Candidate(i, q.end(), head.strip(), when, kind, Shape.DURATION));
    }

    private static int skip(Tokens t, int j, Cue cue) {
        Tokens.Hit h = t.cue(j, cue);
        return h != null && h.strip() == 0 ? h.end() : j;
    }

    /** خلال الأشهر التسعة الفائتة and its kin: a definite counted period back to now. */
    private static void counted(int i, Tokens t, Reference r, List<Candidate> out) {
        Tokens.Hit during = t.cue(i, Cue.DURING);
        int j = during == null ? i : during.end();
        Tokens.Hit lead = null; // the token that carries the proclitics of the expression
        Unit unit = null;
        int count = 0;
        int k = -1;
        Quantity.Count numbered = Quantity.count(t, j, true); // العامين، الـ24، التسعة
        Tokens.Hit plural = t.best(j, lex -> lex instanceof Lex.UnitWord u && u.plural(), true);
        if (numbered != null && numbered.unit() != null) { // العامين الماضيين
            unit = numbered.unit();
            count = 2;
            k = numbered.end();
        } else if (plural != null) { // الأشهر التسعة الفائتة
            Quantity.Count c = Quantity.count(t, plural.end(), true);
            if (c == null || c.unit() != null) {
                return;
            }
            unit = ((Lex.UnitWord) plural.lex()).unit();
            count = c.value();
            k = c.end();
            lead = plural;
        } else if (numbered != null) { // الـ24 ساعة الماضية
            Tokens.Hit u = t.best(numbered.end(), Lex.UnitWord.class);
            if (u == null || u.strip() > 0) {
                return;
            }
            unit = ((Lex.UnitWord) u.lex()).unit();
            count = numbered.value();
            k = u.end();
        } else {
            return;
        }
        Tokens.Hit last = t.cue(k, Cue.PAST);
        if (last == null) {
            last = t.cue(k, Cue.LAST);
        }
        if (last == null || last.strip() > 0 || count <= 0) {
            return;
        }
        // a count with the article carries no proclitic here (Quantity.count refuses them)
        int strip = during != null ? during.strip() : lead != null ? lead.strip() : 0;
        Unit u = unit;
        int n = count;
        When when = r.relative(u.precision(), p -> u.before(p, n));
        out.add(new Candidate(i, last.end(), strip, when, TimeKind.SINCE, Shape.DURATION));
    }
}
