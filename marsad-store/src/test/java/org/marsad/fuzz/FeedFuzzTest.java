package org.marsad.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.marsad.io.ArticleSink;
import org.marsad.io.InputProblem;
import org.marsad.model.Article;
import org.marsad.store.FeedArticles;

/** The RSS/Atom reader on arbitrary bytes: articles with text, or problems; never an exception. */
class FeedFuzzTest {
    public static void fuzzerTestOneInput(byte[] input) {
        FeedArticles.read(input, "fuzz.rss", new ArticleSink() {
            @Override
            public void article(Article a, String file, long line) {
                FuzzInput.check(!a.text().isBlank(), "an article without text");
            }

            @Override
            public void problem(InputProblem p) {
                FuzzInput.check(p.message() != null && !p.message().isBlank(), "a problem without a message");
            }
        });
    }

    @FuzzTest
    void fuzz(byte[] input) {
        fuzzerTestOneInput(input);
    }
}
