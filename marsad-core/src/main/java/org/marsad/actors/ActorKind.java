package org.marsad.actors;

/** What kind of dictionary entry a name belongs to; it decides how mentions compose. */
public enum ActorKind {
    /** A fixed name: a country, region, capital, seat of power, organization. */
    FIXED,
    /** A nationality adjective (روسي، الروسية، الروس). */
    DEMONYM,
    /** A generic agent or title without a country (الرئيس، الحكومة، القوات). */
    AGENT,
    /** A named person with dated roles. */
    PERSON
}
