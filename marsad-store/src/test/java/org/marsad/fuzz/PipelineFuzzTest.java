package org.marsad.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import org.marsad.Pipeline;
import org.marsad.io.CodedArticleJson;
import org.marsad.model.Article;
import org.marsad.model.CodedArticle;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.Quote;
import org.marsad.model.Span;

/**
 * The whole coder (every shipped dictionary loaded) on arbitrary text: it must not throw, every span it
 * reports must lie inside the text, and its JSON must be writable.
 */
class PipelineFuzzTest {
    private static final Pipeline PIPELINE = Pipeline.load();

    public static void fuzzerTestOneInput(byte[] input) {
        String text = FuzzInput.text(input);
        if (text.isBlank()) {
            return; // readers refuse blank texts before the coder sees them
        }
        CodedArticle coded = PIPELINE.code(new Article(null, null, "fuzz", LocalDate.of(2024, 6, 19), null, text));
        for (Mention m : coded.mentions()) {
            inside(m.span(), text, "mention");
        }
        for (Event e : coded.events()) {
            inside(e.evidence(), text, "event evidence");
            FuzzInput.check(e.sentence() >= 0 && e.sentence() < coded.sentences().size(), "event in no sentence");
        }
        for (Quote q : coded.quotes()) {
            inside(q.span(), text, "quote");
        }
        CodedArticleJson.toLine(coded);
    }

    private static void inside(Span s, String text, String what) {
        FuzzInput.check(s != null && 0 <= s.start() && s.start() <= s.end() && s.end() <= text.length(),
                what + " span " + s + " outside a text of " + text.length() + " characters");
    }

    @FuzzTest
    void fuzz(byte[] input) {
        fuzzerTestOneInput(input);
    }
}
