package org.marsad.events;

import java.util.List;
import org.marsad.text.AnalyzedText;
import org.marsad.time.TimeExpression;
import org.marsad.time.TimeKind;

/**
 * Gives an event its own date from the time expressions of its sentence (never a guess):
 * <ul>
 *   <li>an ANCHOR ("بعد تسعة أشهر على استقبال ...") dates the event whose cue follows it closely;</li>
 *   <li>otherwise the POINT expression nearest to the cue (اليوم، أمس، الثلاثاء الماضي، في 2022);</li>
 *   <li>SINCE expressions ("منذ 24 عاماً") date the start of a state, not an event, and are not used.</li>
 * </ul>
 * An event whose sentence fixes no date gets none: the store falls back to the publication date for
 * timelines, but the record says the text did not fix it.
 */
public final class EventDater {
    /** How close (in characters) after an anchor expression the anchored event's cue must start. */
    private static final int ANCHOR_REACH = 30;

    /** The date of {@code e}: {value, precision}, or null. */
    public String[] date(DraftEvent e, AnalyzedText text, List<TimeExpression> sentenceExpressions) {
        int cueStart = text.tokens().get(e.cue().head()).start();
        int cueEnd = text.tokens().get(e.cue().last()).end();
        TimeExpression best = null;
        int bestDist = Integer.MAX_VALUE;
        for (TimeExpression t : sentenceExpressions) {
            if (t.value() == null) {
                continue;
            }
            if (t.kind() == TimeKind.ANCHOR) {
                if (t.end() <= cueStart && cueStart - t.end() <= ANCHOR_REACH) {
                    return value(t);
                }
                continue;
            }
            if (t.kind() != TimeKind.POINT) {
                continue;
            }
            int dist = t.end() <= cueStart ? cueStart - t.end() : t.start() >= cueEnd ? t.start() - cueEnd : 0;
            if (dist < bestDist) {
                best = t;
                bestDist = dist;
            }
        }
        return best == null ? null : value(best);
    }

    private static String[] value(TimeExpression t) {
        return new String[] {t.value(), t.precision().name().toLowerCase(java.util.Locale.ROOT)};
    }
}
