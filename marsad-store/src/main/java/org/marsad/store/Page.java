package org.marsad.store;

import java.util.List;

/** One page of a longer list: {@code total} items pass the filter, {@code items} are those from {@code offset}. */
public record Page<T>(long total, int offset, List<T> items) {
}
