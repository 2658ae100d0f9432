package org.marsad.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.marsad.model.Sentence;
import org.marsad.text.AnalyzedText;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.CliticSegmenter;
import org.marsad.text.Segment;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.TextAnalyzer;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;

/**
 * The text layer on arbitrary text: {@link ArabicNormalizer}, {@link Tokenizer}, {@link CliticSegmenter},
 * {@link SentenceSplitter} and the {@link TextAnalyzer} chaining them must not throw, and what they return must
 * point into the text: tokens in order inside it, sentences in order covering their tokens (none in the page furniture
 * before or after the article).
 */
class TextLayerFuzzTest {
    private static final Tokenizer TOKENIZER = new Tokenizer();
    private static final CliticSegmenter SEGMENTER = new CliticSegmenter(w -> w.length() % 3 == 0);
    private static final TextAnalyzer ANALYZER = new TextAnalyzer(w -> w.length() % 3 == 0);

    public static void fuzzerTestOneInput(byte[] input) {
        String text = FuzzInput.text(input);
        String norm = ArabicNormalizer.normalize(text);
        FuzzInput.check(ArabicNormalizer.normalize(norm).equals(norm), "normalizing twice changes the text");

        List<Token> tokens = TOKENIZER.tokenize(text);
        int last = 0;
        for (Token t : tokens) {
            FuzzInput.check(t.start() >= last && t.start() < t.end() && t.end() <= text.length(),
                    "token " + t.index() + " [" + t.start() + ", " + t.end() + ") out of order or outside the text");
            last = t.end();
            if (t.isWord()) {
                FuzzInput.check(!t.norm().isEmpty(), "empty word token");
                for (Segment s : SEGMENTER.segment(t.norm())) {
                    FuzzInput.check(s.stem() != null && s.prefix() != null && s.suffix() != null, "null segment part");
                }
            }
        }
        AnalyzedText analyzed = ANALYZER.analyze(text);
        // the page furniture after the article (PageFurniture) is not read: the tokens are those before it
        FuzzInput.check(analyzed.furniture() == null || analyzed.furniture().end() == text.length(),
                "furniture not to the end of the text");
        if (analyzed.furniture() != null) {
            tokens = TOKENIZER.tokenize(text.substring(0, analyzed.furniture().start()));
        }
        // nor the furniture before it, which ends where a space follows: the tokens are the text's from there on
        FuzzInput.check(analyzed.opening() == null || analyzed.opening().start() == 0
                && (analyzed.furniture() == null || analyzed.opening().end() < analyzed.furniture().start()),
                "opening furniture not from the start of the text, or past the closing furniture");
        if (analyzed.opening() != null) {
            int begin = analyzed.opening().end();
            tokens = tokens.stream().filter(t -> t.start() >= begin).toList();
        }
        SentenceSplitter.Result split = new SentenceSplitter().split(text, tokens);
        // a keyword line closing the text (ClosingTags) is in no sentence: its tokens, and only they, are left out
        int kept = analyzed.keywords() == null ? tokens.size() : analyzed.tokens().size();
        FuzzInput.check(analyzed.keywords() == null || (kept < tokens.size()
                && analyzed.keywords().start() >= tokens.get(kept).end()
                && analyzed.keywords().end() == tokens.get(tokens.size() - 1).end()), "keywords outside the closing line");
        FuzzInput.check(split.tokens().size() == kept, "the splitter lost tokens");
        FuzzInput.check(analyzed.tokens().size() == kept, "the analyzer and the tokenizer disagree");
        int end = 0;
        for (Sentence s : analyzed.sentences()) {
            FuzzInput.check(s.span().start() >= end && s.span().start() < s.span().end()
                    && s.span().end() <= text.length(), "sentence " + s.index() + " out of order or outside the text");
            end = s.span().end();
            int first = analyzed.firstToken(s.index());
            int stop = analyzed.endToken(s.index());
            FuzzInput.check(first < stop, "sentence " + s.index() + " has no tokens");
        }
        for (Token t : analyzed.tokens()) {
            FuzzInput.check(t.sentence() >= 0 && t.sentence() < analyzed.sentences().size(), "token without a sentence");
        }
    }

    @FuzzTest
    void fuzz(byte[] input) {
        fuzzerTestOneInput(input);
    }
}
