package org.marsad.time;

import java.util.List;

/** الأسبوع الماضي، الشهر المقبل، العام الجاري، هذا العام (see {@link RelativePeriod}). */
final class Periods implements Pattern {
    @Override
    public void match(int i, Tokens t, Reference r, List<Candidate> out) {
        RelativePeriod p = RelativePeriod.at(t, i);
        if (p != null) {
            out.add(new Candidate(p.first(), p.end(), p.strip(), p.resolve(r), TimeKind.POINT, Shape.PERIOD));
        }
    }
}
