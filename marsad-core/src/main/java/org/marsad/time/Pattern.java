package org.marsad.time;

import java.util.List;

/** One family of time expressions, tried at every token. */
interface Pattern {
    /** Adds to {@code out} every expression of this family that starts at token {@code i}. */
    void match(int i, Tokens t, Reference r, List<Candidate> out);
}
