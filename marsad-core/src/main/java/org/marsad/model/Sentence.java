package org.marsad.model;

/** A sentence of an article: its index (0-based, in text order) and its span. */
public record Sentence(int index, Span span) {
}
