package org.marsad.actors;

/** What a matched name points to: the entry, and for demonyms whether this form is a plural (الروس، الإيرانيون). */
public record NameRef(ActorEntry entry, boolean plural) {
}
