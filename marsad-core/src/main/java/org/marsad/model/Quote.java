package org.marsad.model;

/**
 * A quotation: who said it (if known), the quoted span, the reporting verb, and whether it is a direct quote.
 */
public record Quote(ActorRef speaker, Span span, String verb, boolean direct) {
}
