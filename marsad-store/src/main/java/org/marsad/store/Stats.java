package org.marsad.store;

import java.time.LocalDate;

/**
 * What a store holds.
 *
 * @param articles        distinct stories: stored texts that are not near-duplicates of another
 * @param exactDuplicates input records whose text (normalized) was already stored
 * @param nearDuplicates  stored texts linked to a first copy
 * @param events          events of the distinct stories (near-duplicates' events are not counted twice)
 * @param sources         distinct outlets
 * @param inputs          input records stored (first copies and exact duplicates)
 */
public record Stats(long articles, long exactDuplicates, long nearDuplicates, long events, long mentions, long quotes,
                    long sources, long inputs, LocalDate firstPublished, LocalDate lastPublished, long runs,
                    int schemaVersion) {
    public long duplicates() {
        return exactDuplicates + nearDuplicates;
    }
}
