package org.marsad.events;

import java.util.HashMap;
import java.util.Map;
import org.marsad.actors.ActorMention;
import org.marsad.dict.TsvFile;

/**
 * The country whose opposition a bare «المعارضة» is, told by a party of a war named beside it
 * ({@code marsad/events/opposition-wars.tsv}): Assad's regime, Nusra, ISIS → Syria.
 */
final class OppositionWars {
    /** Country code by actor code or dictionary entry id. */
    private static final Map<String, String> BY_PARTY = load();

    private OppositionWars() {
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        for (TsvFile.Row r : TsvFile.read("marsad/events/opposition-wars.tsv", 2, true)) {
            m.put(r.col(0).strip(), r.col(1).strip());
        }
        return m;
    }

    /** The country of the war a named party belongs to, by its entry first, then its code; or null. */
    static String countryOf(ActorMention m) {
        String c = m.entry() == null ? null : BY_PARTY.get(m.entry().id());
        return c != null || m.code() == null ? c : BY_PARTY.get(m.code());
    }
}
