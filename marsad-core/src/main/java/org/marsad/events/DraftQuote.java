package org.marsad.events;

import org.marsad.actors.ActorMention;

/** A quotation found in the text: its speaker (or null), the quoted characters [start, end), and the reporting verb's token. */
public record DraftQuote(ActorMention speaker, int start, int end, Integer verbToken, boolean direct) {
}
