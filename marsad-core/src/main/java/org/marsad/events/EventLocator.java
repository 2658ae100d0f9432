package org.marsad.events;

import java.util.List;
import org.marsad.model.Place;
import org.marsad.places.PlaceMention;
import org.marsad.text.AnalyzedText;

/**
 * Says where an event happened from the places named in its sentence: for a visit, the destination
 * (إلى / لـ); otherwise the place introduced by في or بـ nearest to the cue. A place that is itself the
 * event's source or target (موسكو as a metonym for Russia) is not its location. No place, no location.
 */
public final class EventLocator {

    public Place locate(DraftEvent e, AnalyzedText text, List<PlaceMention> places) {
        boolean visit = e.code().startsWith("04");
        PlaceMention best = null;
        int bestScore = Integer.MAX_VALUE;
        for (PlaceMention p : places) {
            if (e.source() != null && p.span().overlaps(e.source().span())
                    || e.target() != null && p.span().overlaps(e.target().span())) {
                continue;
            }
            boolean destination = p.preposition() == PlaceMention.ILA || p.preposition() == PlaceMention.LI;
            boolean in = p.preposition() == PlaceMention.FI || p.preposition() == PlaceMention.BI;
            if (!in && !(visit && destination)) {
                continue;
            }
            int distance = Math.abs(p.firstToken() - e.cue().head());
            int score = distance + (visit && destination ? 0 : in ? 5 : 50);
            if (score < bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best == null ? null : best.place();
    }
}
