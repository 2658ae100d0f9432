package org.marsad.text;

import java.util.List;

/**
 * A token of the original text.
 *
 * @param index    position in the article's token list
 * @param start    offset of the first character in the original text
 * @param end      offset after the last character in the original text
 * @param kind     word, number or punctuation
 * @param norm     the normalized form (see {@link ArabicNormalizer}); for punctuation the character itself
 * @param segments clitic readings, the preferred one first; the unsegmented word is always among them
 * @param sentence index of the sentence the token belongs to
 * @param newlineBefore true when a line break separates this token from the previous one
 */
public record Token(int index, int start, int end, TokenKind kind, String norm, List<Segment> segments, int sentence,
                    boolean newlineBefore) {
    /** The preferred stem: the normalized word without its clitics. */
    public String stem() {
        return segments.get(0).stem();
    }

    public boolean isWord() {
        return kind == TokenKind.WORD;
    }

    public boolean isPunct() {
        return kind == TokenKind.PUNCT;
    }

    Token withSentence(int s) {
        return new Token(index, start, end, kind, norm, segments, s, newlineBefore);
    }
}
