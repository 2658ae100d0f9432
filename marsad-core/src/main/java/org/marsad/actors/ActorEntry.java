package org.marsad.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * One dictionary entry.
 *
 * @param id        stable id, {@code file:key} (e.g. {@code people:putin}, {@code countries:RUS})
 * @param kind      how it composes with neighbouring mentions
 * @param code      the actor code (for AGENT entries the role only, e.g. GOV); for PERSON the code of the first role
 * @param type      PERS, ORG, LOC, GPE or AGENT
 * @param nameEn    English name
 * @param title     for AGENT: true for a title that denotes one person (الرئيس), false for a group (الجيش)
 * @param ambiguous the name is also a common word: only matched after a cue
 * @param roles     for PERSON: dated roles in file order
 */
public record ActorEntry(String id, ActorKind kind, String code, String type, String nameEn, boolean title,
                         boolean ambiguous, List<PersonRole> roles) {

    // equals and hashCode written out, with the record's own definition (components in order, hash 31 * h + each
    // from 0): the generated ones are made on first use from method handles, which spins classes with the JDK's
    // bytecode writer while the dictionaries load, where these are first asked (BENCHMARKS.md, speed27)
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ActorEntry e && title == e.title && ambiguous == e.ambiguous
                && java.util.Objects.equals(id, e.id) && kind == e.kind && java.util.Objects.equals(code, e.code)
                && java.util.Objects.equals(type, e.type) && java.util.Objects.equals(nameEn, e.nameEn)
                && java.util.Objects.equals(roles, e.roles);
    }

    @Override
    public int hashCode() {
        int h = java.util.Objects.hashCode(id);
        h = 31 * h + java.util.Objects.hashCode(kind);
        h = 31 * h + java.util.Objects.hashCode(code);
        h = 31 * h + java.util.Objects.hashCode(type);
        h = 31 * h + java.util.Objects.hashCode(nameEn);
        h = 31 * h + Boolean.hashCode(title);
        h = 31 * h + Boolean.hashCode(ambiguous);
        return 31 * h + java.util.Objects.hashCode(roles);
    }

    /** The code on a given date: for a person, the role covering it, else the bare country of the first role. */
    public String codeOn(LocalDate date) {
        if (kind != ActorKind.PERSON || roles.isEmpty()) {
            return code;
        }
        if (date == null) {
            // no date: the most recent role (the last line) is the best guess of who this is now
            return roles.get(roles.size() - 1).code();
        }
        for (PersonRole r : roles) {
            if (r.covers(date)) {
                return r.code();
            }
        }
        String first = roles.get(0).code();
        return first.startsWith("IGO") || first.startsWith("NGO") ? first : first.substring(0, 3);
    }
}
