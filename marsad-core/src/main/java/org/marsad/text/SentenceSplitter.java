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
 *
 * <p>A keyword line glued after the last sentence («... بكلية الطب. سمات تبوك جامعة معمة تبوك», {@link ClosingTags})
 * is no sentence: its tokens are left out of the sentences (and of the analyzer's tokens), so no mention and no event
 * comes from it; {@link Bounds#keywords} is its span after the opener. Every other offset stays as it was.
 */
public final class SentenceSplitter {
    static final int MAX_TOKENS = 300;

    private final ClosingTags tags;

    public SentenceSplitter() {
        this(ClosingTags.standard());
    }

    SentenceSplitter(ClosingTags tags) {
        this.tags = tags;
    }

    /** Returns the tokens with their sentence index set, and the sentences. */
    public Result split(String text, List<Token> tokens) {
        Bounds b = bounds(text, tokens);
        List<Token> out = new ArrayList<>(b.end());
        for (int i = 0; i < b.end(); i++) {
            out.add(tokens.get(i).withSentence(b.sentenceOf()[i]));
        }
        return new Result(out, b.sentences());
    }

    /** @param tokens the tokens of the sentences (a closing keyword line's are left out) */
    public record Result(List<Token> tokens, List<Sentence> sentences) {
    }

    /**
     * The sentences, and the sentence of each token (for callers that build their tokens once).
     *
     * @param end      the number of tokens in the sentences: the tokens from it on are a closing keyword line's
     * @param keywords that line's words after its opener, or null when the text has none
     */
    public record Bounds(List<Sentence> sentences, int[] sentenceOf, int end, Span keywords) {
    }

    public Bounds bounds(String text, List<Token> tokens) {
        return bounds(TokenSpans.of(tokens));
    }

    /** The same over the analyzer's arrays (offsets, kinds, normalized forms, line breaks). */
    Bounds bounds(TokenSpans tokens) {
        return bounds(tokens, new int[tokens.size()]);
    }

    /**
     * The same, writing each token's sentence into {@code sentenceOf} (at least as long as the tokens; the record
     * holds it as given): the analyzer passes an array its thread reuses, read only while it builds the tokens (a
     * new one per text was 3 % of the coder's allocated bytes, BENCHMARKS.md speed20).
     */
    Bounds bounds(TokenSpans tokens, int[] sentenceOf) {
        List<Sentence> sentences = new ArrayList<>();
        int n = tokens.size();
        int first = 0;
        boolean cut = false; // whether the sentence at first was begun by a length cut
        for (int i = 0; i < n; i++) {
            if (i > first && tokens.newlineBefore[i]) {
                close(tokens, first, i, sentences, sentenceOf);
                first = i;
                cut = false;
            }
            boolean end = false;
            if (isPunct(tokens, i) && isTerminal(tokens.norms[i]) && !isAbbreviationDot(tokens, i)) {
                // absorb closing quotes and brackets that follow without a line break
                while (i + 1 < n && isPunct(tokens, i + 1) && isCloser(tokens.norms[i + 1])
                        && !tokens.newlineBefore[i + 1]) {
                    i++;
                }
                end = true;
            }
            if (end || i + 1 - first >= MAX_TOKENS) {
                close(tokens, first, i + 1, sentences, sentenceOf);
                first = i + 1;
                cut = !end;
            }
        }
        if (first < n) {
            if (!cut && tags.isTagLine(tokens, first, n)) {
                // a closing keyword line: no sentence; its tokens are past the end
                return new Bounds(sentences, sentenceOf, first, new Span(tokens.starts[first + 1], tokens.ends[n - 1]));
            }
            close(tokens, first, n, sentences, sentenceOf);
        }
        return new Bounds(sentences, sentenceOf, n, null);
    }

    private static boolean isPunct(TokenSpans tokens, int i) {
        return tokens.kinds[i] == TokenKind.PUNCT;
    }

    private static void close(TokenSpans tokens, int from, int to, List<Sentence> sentences, int[] sentenceOf) {
        int index = sentences.size();
        Span span = new Span(tokens.starts[from], tokens.ends[to - 1]);
        sentences.add(new Sentence(index, span));
        java.util.Arrays.fill(sentenceOf, from, to, index);
    }

    private static boolean isTerminal(String p) {
        return p.equals(".") || p.equals("!") || p.equals("?") || p.equals("؟") || p.equals("…") || p.equals("۔");
    }

    private static boolean isCloser(String p) {
        return "”»\"'’)]}›".contains(p);
    }

    private static boolean isAbbreviationDot(TokenSpans tokens, int i) {
        if (!tokens.norms[i].equals(".") || i == 0) {
            return false;
        }
        if (tokens.kinds[i - 1] != TokenKind.WORD || tokens.ends[i - 1] != tokens.starts[i]) {
            return false;
        }
        String w = tokens.norms[i - 1];
        // د. (doctor), أ. (ustadh), م. (engineer / AD), U.S. ... but not هـ. (Hijri year, ends sentences)
        return w.length() == 1 && !w.equals("ه") && (i + 1 >= tokens.size() || !tokens.newlineBefore[i + 1]);
    }
}
