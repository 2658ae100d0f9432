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
 * @param answeredBy the {@link StemFacts} whose answers the readings carry, or null
 * @param answered which of {@code answeredBy}'s questions some reading answers (bit i: the i-th registered), so a
 *                 stage can pass over a word none of whose readings it would find without reading them (see
 *                 {@link StemFacts.Slot#mayAnswer}); 0 when {@code answeredBy} is null
 */
public record Token(int index, int start, int end, TokenKind kind, String norm, List<Segment> segments, int sentence,
                    boolean newlineBefore, StemFacts answeredBy, long answered) {
    /** A token whose readings carry no {@link StemFacts} answers. */
    public Token(int index, int start, int end, TokenKind kind, String norm, List<Segment> segments, int sentence,
                 boolean newlineBefore) {
        this(index, start, end, kind, norm, segments, sentence, newlineBefore, null, 0);
    }

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
        return new Token(index, start, end, kind, norm, segments, s, newlineBefore, answeredBy, answered);
    }
}
