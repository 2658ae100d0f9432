package org.marsad.actors;

import java.time.LocalDate;

/** One period in which a person holds the role {@code code}; null bounds are open. */
public record PersonRole(String code, LocalDate from, LocalDate to) {

    // equals and hashCode written out, with the record's own definition (components in order, hash 31 * h + each
    // from 0): the generated ones are made on first use from method handles, which spins classes with the JDK's
    // bytecode writer while the dictionaries load, where these are first asked (BENCHMARKS.md, speed27)
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof PersonRole r && java.util.Objects.equals(code, r.code)
                && java.util.Objects.equals(from, r.from) && java.util.Objects.equals(to, r.to);
    }

    @Override
    public int hashCode() {
        int h = java.util.Objects.hashCode(code);
        h = 31 * h + java.util.Objects.hashCode(from);
        return 31 * h + java.util.Objects.hashCode(to);
    }

    public boolean covers(LocalDate d) {
        return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }
}
