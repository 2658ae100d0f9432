package org.marsad.actors;

/** What a matched name points to: the entry, and for demonyms whether this form is a plural (الروس، الإيرانيون). */
public record NameRef(ActorEntry entry, boolean plural) {
    // equals and hashCode written out, with the record's own definition (components in order, hash 31 * h + each
    // from 0): the generated ones are made on first use from method handles, which spins classes with the JDK's
    // bytecode writer while the dictionaries load, where these are first asked (BENCHMARKS.md, speed27)
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof NameRef r && plural == r.plural && java.util.Objects.equals(entry, r.entry);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hashCode(entry) + Boolean.hashCode(plural);
    }
}
