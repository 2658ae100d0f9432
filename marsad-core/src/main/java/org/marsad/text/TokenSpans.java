package org.marsad.text;

import java.util.Arrays;
import java.util.List;

/**
 * An article's tokens as parallel arrays, one slot per token: what {@link Tokenizer#scan} finds (offsets, kind,
 * line break before) and what {@link TextAnalyzer} adds (the normalized form) before it builds each
 * {@link Token} once, with its sentence. Arrays instead of an object per token and stage: the text layer made
 * two {@code Token}s and two strings per word before, a fifth of the coder's allocation.
 */
final class TokenSpans {
    private int size;
    int[] starts;
    int[] ends;
    TokenKind[] kinds;
    boolean[] newlineBefore;
    /** Filled by the analyzer (its tokens' readings are on their {@link WordForm}s). */
    String[] norms;

    TokenSpans(int capacity) {
        starts = new int[capacity];
        ends = new int[capacity];
        kinds = new TokenKind[capacity];
        newlineBefore = new boolean[capacity];
    }

    int size() {
        return size;
    }

    /**
     * Empties these spans for another text, with room for {@code capacity} tokens, keeping the arrays: the analyzer
     * reuses one set per thread (see {@link TextAnalyzer}). The analyzer's column keeps its old values until it
     * writes them; it writes every slot it reads.
     */
    void clear(int capacity) {
        size = 0;
        if (starts.length < capacity) {
            starts = new int[capacity];
            ends = new int[capacity];
            kinds = new TokenKind[capacity];
            newlineBefore = new boolean[capacity];
        }
    }

    void add(int start, int end, TokenKind kind, boolean newline) {
        if (size == starts.length) {
            int capacity = size * 2 + 4;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            kinds = Arrays.copyOf(kinds, capacity);
            newlineBefore = Arrays.copyOf(newlineBefore, capacity);
        }
        starts[size] = start;
        ends[size] = end;
        kinds[size] = kind;
        newlineBefore[size] = newline;
        size++;
    }

    /** Makes room for the analyzer's column (arrays of an earlier text are kept when they are long enough). */
    void addColumns() {
        if (norms == null || norms.length < size) {
            norms = new String[starts.length];
        }
    }

    /**
     * Moves token {@code from} to slot {@code to} (to ≤ from), for dropping tokens in place: the tokenizer's columns
     * only, since the analyzer drops tokens before it adds its own.
     */
    void move(int from, int to) {
        starts[to] = starts[from];
        ends[to] = ends[from];
        kinds[to] = kinds[from];
        newlineBefore[to] = newlineBefore[from];
    }

    /** Keeps the first {@code n} tokens. */
    void truncate(int n) {
        size = n;
    }

    /** The spans of tokens already built (for callers of {@link SentenceSplitter} that hold {@code Token}s). */
    static TokenSpans of(List<Token> tokens) {
        TokenSpans spans = new TokenSpans(tokens.size() + 1);
        for (Token t : tokens) {
            spans.add(t.start(), t.end(), t.kind(), t.newlineBefore());
        }
        spans.addColumns();
        for (int i = 0; i < tokens.size(); i++) {
            spans.norms[i] = tokens.get(i).norm();
        }
        return spans;
    }
}
