package org.marsad.text;

/** What a token is made of. */
public enum TokenKind {
    /** Letters (any script), possibly with digits. */
    WORD,
    /** Digits with optional internal separators (10.5, 1,000, ٢٠٢٤). */
    NUMBER,
    /** One punctuation or symbol character, quotes included. */
    PUNCT
}
