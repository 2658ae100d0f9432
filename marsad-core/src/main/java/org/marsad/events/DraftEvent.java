package org.marsad.events;

import org.marsad.actors.ActorMention;

/**
 * An event as the coder finds it, before dating, placing and the codebook turn it into a
 * {@link org.marsad.model.Event}: token positions are still at hand.
 *
 * @param code        the CAMEO code after direction and modality rules (e.g. 036 for a future visit)
 * @param speaker     who reported it (subject of a reporting verb), or null
 * @param confidence  0..1: how directly the text gave source and target
 * @param rule        which pattern line and which argument rule produced it, for explanations
 */
public record DraftEvent(int sentence, Cue cue, ActorMention source, ActorMention target, String code,
                         boolean negated, String modality, ActorMention speaker, double confidence, String rule) {
}
