package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Sentence;
import org.marsad.model.Span;

/**
 * Groups tokens into sentences.
 *
 * <p>A sentence ends after {@code . ! ? ؟ …} (numbers such as 10.5 are single tokens, so their dot
 * never ends one), together with any closing quotes or brackets that follow it ({@code .”} and
 * {@code ”.} both end at the right place), and at every line break: headlines and paragraph
 * breaks in news carry no final punctuation. A dot right after a one-letter abbreviation (د. أ. م.)
 * does not end a sentence. A run-on "sentence" is cut every {@value #MAX_TOKENS} tokens so that
 * no later stage sees unbounded input.
 */
public final class SentenceSplitter {
    static final int MAX_TOKENS = 300;

    /** Returns the tokens with their sentence index set, and the sentences. */
    public Result split(String text, List<Token> tokens) {
        Bounds b = bounds(text, tokens);
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            out.add(tokens.get(i).withSentence(b.sentenceOf()[i]));
        }
        return new Result(out, b.sentences());
    }

    public record Result(List<Token> tokens, List<Sentence> sentences) {
    }

    /** The sentences, and the sentence of each token (for callers that build their tokens once). */
    public record Bounds(List<Sentence> sentences, int[] sentenceOf) {
    }

    public Bounds bounds(String text, List<Token> tokens) {
        List<Sentence> sentences = new ArrayList<>();
        int n = tokens.size();
        int[] sentenceOf = new int[n];
        int first = 0;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (i > first && t.newlineBefore()) {
                close(tokens, first, i, sentences, sentenceOf);
                first = i;
            }
            boolean end = false;
            if (t.isPunct() && isTerminal(t.norm()) && !isAbbreviationDot(tokens, i)) {
                // absorb closing quotes and brackets that follow without a line break
                while (i + 1 < n && tokens.get(i + 1).isPunct() && isCloser(tokens.get(i + 1).norm())
                        && !tokens.get(i + 1).newlineBefore()) {
                    i++;
                }
                end = true;
            }
            if (end || i + 1 - first >= MAX_TOKENS) {
                close(tokens, first, i + 1, sentences, sentenceOf);
                first = i + 1;
            }
        }
        if (first < n) {
            close(tokens, first, n, sentences, sentenceOf);
        }
        return new Bounds(sentences, sentenceOf);
    }

    private static void close(List<Token> tokens, int from, int to, List<Sentence> sentences, int[] sentenceOf) {
        int index = sentences.size();
        Span span = new Span(tokens.get(from).start(), tokens.get(to - 1).end());
        sentences.add(new Sentence(index, span));
        java.util.Arrays.fill(sentenceOf, from, to, index);
    }

    private static boolean isTerminal(String p) {
        return p.equals(".") || p.equals("!") || p.equals("?") || p.equals("؟") || p.equals("…") || p.equals("۔");
    }

    private static boolean isCloser(String p) {
        return "”»\"'’)]}›".contains(p);
    }

    private static boolean isAbbreviationDot(List<Token> tokens, int i) {
        if (!tokens.get(i).norm().equals(".") || i == 0) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        if (!prev.isWord() || prev.end() != tokens.get(i).start()) {
            return false;
        }
        String w = prev.norm();
        // د. (doctor), أ. (ustadh), م. (engineer / AD), U.S. ... but not هـ. (Hijri year, ends sentences)
        return w.length() == 1 && !w.equals("ه") && (i + 1 >= tokens.size() || !tokens.get(i + 1).newlineBefore());
    }
}
