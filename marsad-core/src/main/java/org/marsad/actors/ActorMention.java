package org.marsad.actors;

import org.marsad.model.ActorCodes;
import org.marsad.model.Span;

/**
 * An actor mention as the coder sees it, with token positions.
 *
 * @param first   first token index
 * @param end     token index after the mention
 * @param code    full actor code (RUSGOV, IGOUNO); for {@link Form#AGENT_ONLY} just the role (GOV, CVL)
 * @param entry   the dictionary entry that gave the code (the person, the country, the agent ...)
 * @param why     how it was recognized: name, title+demonym, agent+country, title+person, demonym ...
 * @param form    whether it names an actor, an agent without country, or is only an adjective
 * @param prefix  the proclitics glued to its first word (و، ب، ل، ال ...), normalized: they tell a subject from a prepositional object
 */
public record ActorMention(int first, int end, Span span, String code, String type, ActorEntry entry, String nameEn,
                           String why, Form form, int sentence, String prefix) {

    public enum Form {
        /** Resolves to a country, region or organization: a real actor. */
        NAMED,
        /** A generic agent with no country in the phrase (الحكومة، المتظاهرون). */
        AGENT_ONLY,
        /** A nationality adjective on something that is not an actor (الاقتصاد الروسي): a source for nominal events only. */
        ADJECTIVE
    }

    /** RUS for RUSGOV, IGOUNO for IGOUNO; null for agent-only mentions. */
    public String primary() {
        return form == Form.AGENT_ONLY ? null : ActorCodes.primary(code);
    }

    /** The role suffix (GOV, MIL ...) or null. */
    public String role() {
        if (form == Form.AGENT_ONLY) {
            return code;
        }
        String p = primary();
        if (p == null || code.length() <= p.length()) {
            return null;
        }
        return code.length() >= p.length() + 3 ? ActorCodes.threeLetters(code, p.length()) : code.substring(p.length());
    }

    public boolean isActor() {
        return form == Form.NAMED;
    }
}
