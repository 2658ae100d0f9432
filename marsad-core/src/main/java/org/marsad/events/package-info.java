/**
 * Events: cues found in an analyzed article and coded into who did what to whom.
 *
 * <p>{@link org.marsad.events.EventCoder} is the entry point and codes an article sentence by sentence: it keeps what
 * runs from one sentence to the next (the subject carried, the speaker in play, the last pair of parties), drops
 * sport and tourism that look like politics, and removes duplicates. {@link org.marsad.events.CueFinder} finds a
 * sentence's cues from {@link org.marsad.events.EventPatterns}; {@link org.marsad.events.EventDater},
 * {@link org.marsad.events.EventLocator} and {@link org.marsad.events.ActsToCome} work on the events coded.
 *
 * <p>The coding of one sentence is a chain of classes, one concern each, every one extending the one before:
 * <ol>
 *   <li>{@code SentenceContext}: the sentence's state (tokens, mentions, cues, reporting verbs, what was carried) and
 *       the token predicates every concern asks (prepositions, punctuation and clause boundaries, asides);</li>
 *   <li>{@code ActorIdentity}: who a mention is (its country by place or title, distinct actors, state organs);</li>
 *   <li>{@code CueConstruction}: the construction the cue stands in (adverbial, passive, governed, joined);</li>
 *   <li>{@code ModalityRules}: negation, denial, allegation, hypothetical, intended, reported;</li>
 *   <li>{@code SubjectSearch}: the source in the cue's own clause (subjects, coordination, antecedents);</li>
 *   <li>{@code AgentSearch}: agents named elsewhere (passive من قبل, لـ-agents, relative clauses, attribution);</li>
 *   <li>{@code SpeakerSearch}: reporting verbs, the speaker in play, borrowed subjects, quotations;</li>
 *   <li>{@code TargetSearch}: the target (objects, prepositional targets, pairs, genitives, owners);</li>
 *   <li>{@code ViolenceSides}: victims, killers, attackers, sides and backers of violence and coercion;</li>
 *   <li>{@code SentenceCoder}: the leaf, which runs the sentence and codes each cue ({@code code}) by asking the
 *       concerns above and applying the frame; {@code code} runs its phases in turn: the source the cue's own
 *       construction gives ({@code ownConstruction}, {@code verbConstruction}), a source found elsewhere
 *       ({@code sourceElsewhere}), victim or agent ({@code victimSides}), the targets and the code, then the
 *       events written ({@code emit}).</li>
 * </ol>
 * Off the chain, the leaf owns two small classes made with the sentence's context, which it calls from
 * {@code code} (session 28, refactor28): {@code AssaultCodes}, the codes of unconventional violence (18, 20: the
 * bombing that is a killing's subject, the act whose toll a killing is, violence on civilians) with the acts of
 * violence coded so far, and {@code MessageParties}, the parties a cue's own words name (a message's sender after
 * من, an act noun's holder after لـ, protesters of purpose). A group of rules that reads the sentence but no later
 * concern may go to such a class, which takes what it reads as fields.
 * Why a chain and not objects that call each other: the rules were written as one inner class of EventCoder, and
 * their bodies read the sentence's fields ({@code tokens}, {@code a}, {@code b}, {@code mentions}) and call each other
 * by simple name; in a chain every body moved unchanged, and coding still makes one object per sentence, with no
 * object per concern. A class calls only its own methods and those of the classes before it in the chain (the order
 * above was chosen so that none needs a method of a later one); a rule that must ask a later concern is declared
 * {@code abstract} in the asking class.
 *
 * <p>Where a new rule goes: in the concern whose question it answers (whose subject, which target, which victims,
 * what modality), as a new method; {@code SentenceCoder.code}, or the phase of it the rule belongs to, calls it where
 * the rule applies (each phase stays well below HotSpot's 8,000 bytes of bytecode, {@code HugeMethodsTest}). A token
 * predicate two concerns need goes to {@code SentenceContext}. Knowledge stays in the data files (see docs/DICTIONARIES.md).
 */
package org.marsad.events;
