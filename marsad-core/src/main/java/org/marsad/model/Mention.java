package org.marsad.model;

/**
 * An actor mention found in the text.
 *
 * @param span   where it is in the original text
 * @param text   the original characters of the span
 * @param type   PERS, ORG, LOC, GPE or AGENT
 * @param code   the resolved CAMEO actor code (RUSGOV, IGOUNO ...), or null when unresolved
 * @param entry  the dictionary entry id that matched (e.g. {@code people:putin}), or null
 * @param name   the English name of the actor, for readers who do not read Arabic
 * @param why    how the match was made (e.g. {@code title+demonym}), for people debugging the dictionary
 * @param sentence index of the sentence the mention is in
 */
public record Mention(Span span, String text, String type, String code, String entry, String name, String why,
                      int sentence) {
    /** The country or IGO part of the code, without the role suffix (RUSGOV → RUS, IGOUNO → IGOUNO). */
    public String primaryCode() {
        return ActorCodes.primary(code);
    }
}
