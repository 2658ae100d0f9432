package org.marsad.text;

import java.util.List;
import org.marsad.model.Sentence;
import org.marsad.model.Span;

/**
 * An article's text after the text layer: sentences and tokens (with their clitic readings).
 *
 * @param tokens   the tokens of the sentences: a keyword line closing the text ({@link ClosingTags}) is in none,
 *                 and its tokens are not here
 * @param keywords that line's words after its opener («سمات تبوك جامعة معمة تبوك»: «تبوك جامعة معمة تبوك»), or null
 * @param furniture the page furniture after the article, from its marker to the end of the text («مقالات أخرى
 *                  للكاتب...», {@link PageFurniture}), or null: no token is in it
 * @param opening   the page furniture before the article, from the text's start to the end of its marker («شارك من
 *                  خلال تويتر فيسبوك جوجل بلس اكتب رأيك», {@link PageFurniture}), or null: no token is in it
 */
public record AnalyzedText(String text, List<Sentence> sentences, List<Token> tokens, int[] sentenceStarts,
                           Span keywords, Span furniture, Span opening) {
    public AnalyzedText {
        sentences = List.copyOf(sentences);
        tokens = FixedList.copyOf(tokens);
    }

    /** @param tokens ordered by sentence, as the text layer makes them */
    public AnalyzedText(String text, List<Sentence> sentences, List<Token> tokens) {
        this(text, sentences, tokens, null);
    }

    /** @param tokens ordered by sentence, as the text layer makes them */
    public AnalyzedText(String text, List<Sentence> sentences, List<Token> tokens, Span keywords) {
        this(text, sentences, tokens, keywords, null);
    }

    /** @param tokens ordered by sentence, as the text layer makes them */
    public AnalyzedText(String text, List<Sentence> sentences, List<Token> tokens, Span keywords, Span furniture) {
        this(text, sentences, tokens, keywords, furniture, null);
    }

    /** @param tokens ordered by sentence, as the text layer makes them */
    public AnalyzedText(String text, List<Sentence> sentences, List<Token> tokens, Span keywords, Span furniture,
                        Span opening) {
        this(text, sentences, tokens, starts(sentences.size(), tokens), keywords, furniture, opening);
    }

    private static int[] starts(int sentenceCount, List<Token> tokens) {
        int[] starts = new int[sentenceCount + 1];
        int t = 0;
        for (int s = 0; s <= sentenceCount; s++) {
            while (t < tokens.size() && tokens.get(t).sentence() < s) {
                t++;
            }
            starts[s] = t;
        }
        return starts;
    }

    /** Index of the first token of sentence {@code s}. Tokens are ordered by sentence. */
    public int firstToken(int s) {
        return s <= 0 ? 0 : s >= sentenceStarts.length ? tokens.size() : sentenceStarts[s];
    }

    /** Index after the last token of sentence {@code s}. */
    public int endToken(int s) {
        return firstToken(s + 1);
    }
}
