package org.marsad.store;

import java.util.List;

/**
 * One page of a longer list: {@code total} items pass the filter, {@code items} are those from {@code offset}. When
 * {@code totalCapped}, at least {@code total} pass: counting stopped there (an event filter the per-day counts
 * cannot answer, see {@code JdbcStore.eventPage}).
 */
public record Page<T>(long total, int offset, List<T> items, boolean totalCapped) {
    public Page(long total, int offset, List<T> items) {
        this(total, offset, items, false);
    }
}
