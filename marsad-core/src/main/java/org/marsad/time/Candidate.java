package org.marsad.time;

/**
 * A possible expression: tokens {@code [first, end)}, of which the first loses {@code strip} proclitic
 * letters, with its value. The scanner keeps the longest ones that do not overlap.
 */
record Candidate(int first, int end, int strip, When when, TimeKind kind, Shape shape) {
    /** The same value spread over more tokens on the left (منذ، يوم، أواخر ...). */
    Candidate from(Tokens.Hit left) {
        return new Candidate(left.first(), end, left.strip(), when, kind, shape);
    }

    Candidate withWhen(When w) {
        return new Candidate(first, end, strip, w, kind, shape);
    }

    Candidate withKind(TimeKind k) {
        return new Candidate(first, end, strip, when, k, shape);
    }
}
