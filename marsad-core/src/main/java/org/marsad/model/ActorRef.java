package org.marsad.model;

/** An event's source or target: the actor code, its English name and the span of its mention. */
public record ActorRef(String code, String name, Span span) {
}
