package org.marsad.actors;

import java.time.LocalDate;

/** One period in which a person holds the role {@code code}; null bounds are open. */
public record PersonRole(String code, LocalDate from, LocalDate to) {
    public boolean covers(LocalDate d) {
        return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }
}
