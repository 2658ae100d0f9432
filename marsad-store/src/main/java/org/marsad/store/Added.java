package org.marsad.store;

/**
 * What storing one input record did.
 *
 * @param articleId   the stored article the record now belongs to (null for {@link Outcome#ID_TAKEN} and {@link Outcome#UNKNOWN})
 * @param duplicateOf for a near-duplicate, the first copy it is linked to
 * @param similarity  for a near-duplicate, the estimated Jaccard similarity to it
 */
public record Added(Outcome outcome, String articleId, String duplicateOf, double similarity) {
    public enum Outcome {
        /** A new text: stored with its coding. */
        ADDED,
        /** A new text close to a stored one: stored, coded, and linked to the first copy. */
        NEAR_DUPLICATE,
        /** A text already stored, from a new source: the source is added to it. */
        EXACT_DUPLICATE,
        /** This very record was stored before: nothing added. */
        ALREADY_STORED,
        /** The record's id belongs to a different stored text: nothing added; store it under another id. */
        ID_TAKEN,
        /** No stored text has this content hash: code the article and store it. */
        UNKNOWN
    }

    static Added of(Outcome o, String articleId) {
        return new Added(o, articleId, null, 0);
    }
}
