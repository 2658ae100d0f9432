package org.marsad.text;

import java.util.List;
import java.util.Objects;

/**
 * A token of the original text: where it is, its kind and sentence, and its {@link WordForm} — the normalized form,
 * clitic readings and stem-fact answers that every token of the same characters shares. A class rather than a record
 * only so that the shared part is one reference, not four copied fields (40 bytes a token instead of 56); its
 * accessors, constructors, equality and string form are those of the record it was.
 *
 * <p>{@code index}: position in the article's token list; {@code start}, {@code end}: offsets of the first character
 * and after the last one in the original text; {@code kind}: word, number or punctuation; {@code norm}: the normalized
 * form (see {@link ArabicNormalizer}), for punctuation the character itself; {@code segments}: clitic readings, the
 * preferred one first, the unsegmented word always among them; {@code sentence}: index of the sentence the token
 * belongs to; {@code newlineBefore}: true when a line break separates this token from the previous one;
 * {@code answeredBy}: the {@link StemFacts} whose answers the readings carry, or null; {@code answered}: which of
 * {@code answeredBy}'s questions some reading answers (bit i: the i-th registered), so a stage can pass over a word
 * none of whose readings it would find without reading them (see {@link StemFacts.Slot#mayAnswer}); 0 when
 * {@code answeredBy} is null.
 */
public final class Token {
    private final int index;
    private final int start;
    private final int end;
    private final int sentence;
    private final TokenKind kind;
    private final boolean newlineBefore;
    private final WordForm form;

    public Token(int index, int start, int end, TokenKind kind, String norm, List<Segment> segments, int sentence,
                 boolean newlineBefore, StemFacts answeredBy, long answered) {
        this(index, start, end, kind, new WordForm(norm, segments, answeredBy, answered), sentence, newlineBefore);
    }

    /** A token whose readings carry no {@link StemFacts} answers. */
    public Token(int index, int start, int end, TokenKind kind, String norm, List<Segment> segments, int sentence,
                 boolean newlineBefore) {
        this(index, start, end, kind, norm, segments, sentence, newlineBefore, null, 0);
    }

    /** A token of a form the analyzer has already read (its word cache's entry, shared). */
    Token(int index, int start, int end, TokenKind kind, WordForm form, int sentence, boolean newlineBefore) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.form = form;
        this.sentence = sentence;
        this.newlineBefore = newlineBefore;
    }

    public int index() {
        return index;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public TokenKind kind() {
        return kind;
    }

    public String norm() {
        return form.norm;
    }

    public List<Segment> segments() {
        return form.segments;
    }

    public int sentence() {
        return sentence;
    }

    public boolean newlineBefore() {
        return newlineBefore;
    }

    public StemFacts answeredBy() {
        return form.answeredBy;
    }

    public long answered() {
        return form.answered;
    }

    /**
     * The {@link StemSignature} of the readings, computed once per distinct word: a phrase matcher passes over a word
     * whose signature shares no bit with its slot's without reading the readings.
     */
    public long stemSignature() {
        return form.stemSignature;
    }

    /** The preferred stem: the normalized word without its clitics. */
    public String stem() {
        return form.segments.get(0).stem();
    }

    public boolean isWord() {
        return kind == TokenKind.WORD;
    }

    public boolean isPunct() {
        return kind == TokenKind.PUNCT;
    }

    Token withSentence(int s) {
        return new Token(index, start, end, kind, form, s, newlineBefore);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && index == t.index && start == t.start && end == t.end && kind == t.kind
                && sentence == t.sentence && newlineBefore == t.newlineBefore && answered() == t.answered()
                && Objects.equals(norm(), t.norm()) && Objects.equals(segments(), t.segments())
                && answeredBy() == t.answeredBy();
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, start, end, kind, norm(), segments(), sentence, newlineBefore, answeredBy(),
                answered());
    }

    @Override
    public String toString() {
        return "Token[index=" + index + ", start=" + start + ", end=" + end + ", kind=" + kind + ", norm=" + norm()
                + ", segments=" + segments() + ", sentence=" + sentence + ", newlineBefore=" + newlineBefore
                + ", answeredBy=" + answeredBy() + ", answered=" + answered() + "]";
    }
}
