package org.marsad.events;

import java.util.HashMap;
import java.util.Map;
import org.marsad.dict.TsvFile;

/**
 * The peoples whose protests with no named addressee are against the state that holds their land or prisoners, not
 * their own (actors/occupied.tsv: PSE ISR), by the people's primary code. Read once.
 */
final class OccupiedPeoples {

    private static final Map<String, String> HOLDER = load();

    private OccupiedPeoples() {
    }

    private static Map<String, String> load() {
        Map<String, String> holder = new HashMap<>();
        for (TsvFile.Row r : TsvFile.read("marsad/actors/occupied.tsv", 2, true)) {
            holder.put(r.col(0), r.col(1));
        }
        return Map.copyOf(holder);
    }

    /** The primary code of the state that holds people {@code primary}, or null for a people that holds itself. */
    static String holder(String primary) {
        return primary == null ? null : HOLDER.get(primary);
    }
}
