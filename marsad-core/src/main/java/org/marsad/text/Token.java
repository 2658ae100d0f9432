package org.marsad.text;

import java.util.List;
import java.util.Objects;

/**
 * A token of the original text: where it is, its kind and sentence, and its {@link WordForm} — the normalized form,
 * clitic readings and stem-fact answers that every token of the same characters shares. A class rather than a record
 * only so that the shared part is one reference, not four copied fields, and so that the sentence, kind and line
 * break share one int: 32 bytes a token (a record of the same fields took 56, with the shared reference 40). Tokens
 * are the coder's largest allocation (a quarter of its bytes, one token per six bytes of text; BENCHMARKS.md, session
 * 15). Its accessors, constructors, equality and string form are those of the record it was.
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
    /** The sentence (signed, -1 before splitting) above {@link #FLAG_BITS} bits: the line break, then the kind. */
    private final int sentenceAndFlags;
    private final WordForm form;

    private static final TokenKind[] KINDS = TokenKind.values();
    private static final int KIND_BITS = 2;
    private static final int KIND_MASK = (1 << KIND_BITS) - 1;
    private static final int WORD = TokenKind.WORD.ordinal();
    private static final int PUNCT = TokenKind.PUNCT.ordinal();
    private static final int NEWLINE = 1 << KIND_BITS;
    private static final int FLAG_BITS = KIND_BITS + 1;
    /** Sentences are counted from -1 up to this, exclusive: far beyond any text a JVM can hold as one string. */
    private static final int SENTENCE_LIMIT = 1 << (31 - FLAG_BITS);

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
        this.form = form;
        if (sentence < -1 || sentence >= SENTENCE_LIMIT) {
            throw new IllegalArgumentException("sentence index out of range: " + sentence);
        }
        this.sentenceAndFlags = sentence << FLAG_BITS | (newlineBefore ? NEWLINE : 0) | kind.ordinal();
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
        return KINDS[sentenceAndFlags & KIND_MASK];
    }

    public String norm() {
        return form.norm;
    }

    public List<Segment> segments() {
        return form.segments;
    }

    public int sentence() {
        return sentenceAndFlags >> FLAG_BITS; // signed: -1 stays -1
    }

    public boolean newlineBefore() {
        return (sentenceAndFlags & NEWLINE) != 0;
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
    /** The stem facts of the whole word as a reading (its {@link #norm} unsegmented), or null: see {@link StemFacts.Slot#ofNorm}. */
    Segment.Facts normFacts() {
        return form.normFacts;
    }

    /**
     * {@link #norm} less its first letter, the same string for every token of the form (see
     * {@link WordForm#afterFirstLetter}): for the look-ups of a word after a glued و or ف without a substring each.
     */
    public String normAfterFirstLetter() {
        return form.afterFirstLetter();
    }

    public long stemSignature() {
        return form.stemSignature;
    }

    /** The preferred stem: the normalized word without its clitics. */
    public String stem() {
        return form.segments.get(0).stem();
    }

    /** Whether one of the word's readings has a stem of {@code stems} («معها» is مع with a pronoun). */
    public boolean hasStemIn(java.util.Set<String> stems) {
        List<Segment> readings = form.segments;
        for (int i = 0; i < readings.size(); i++) {
            if (stems.contains(readings.get(i).stem())) {
                return true;
            }
        }
        return false;
    }

    public boolean isWord() {
        return (sentenceAndFlags & KIND_MASK) == WORD; // no load of the kinds' array: asked of every token
    }

    public boolean isPunct() {
        return (sentenceAndFlags & KIND_MASK) == PUNCT;
    }

    Token withSentence(int s) {
        return new Token(index, start, end, kind(), form, s, newlineBefore());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && index == t.index && start == t.start && end == t.end
                && sentenceAndFlags == t.sentenceAndFlags && answered() == t.answered()
                && Objects.equals(norm(), t.norm()) && Objects.equals(segments(), t.segments())
                && answeredBy() == t.answeredBy();
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, start, end, kind(), norm(), segments(), sentence(), newlineBefore(), answeredBy(),
                answered());
    }

    @Override
    public String toString() {
        return "Token[index=" + index + ", start=" + start + ", end=" + end + ", kind=" + kind() + ", norm=" + norm()
                + ", segments=" + segments() + ", sentence=" + sentence() + ", newlineBefore=" + newlineBefore()
                + ", answeredBy=" + answeredBy() + ", answered=" + answered() + "]";
    }
}
