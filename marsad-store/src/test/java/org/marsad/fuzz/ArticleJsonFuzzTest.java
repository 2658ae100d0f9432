package org.marsad.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.marsad.io.ArticleReader;
import org.marsad.io.ArticleSink;
import org.marsad.io.InputProblem;
import org.marsad.model.Article;

/**
 * The JSON Lines reader on arbitrary bytes: every line gives an article or a problem naming its line, never an
 * exception; an article always has a text.
 */
class ArticleJsonFuzzTest {
    private static final ArticleReader READER = new ArticleReader(64 * 1024);

    public static void fuzzerTestOneInput(byte[] input) {
        long lines = 1;
        for (byte b : input) {
            lines += b == '\n' ? 1 : 0;
        }
        long maxLine = lines;
        try {
            READER.readJsonLines(new ByteArrayInputStream(input), "fuzz.jsonl", new ArticleSink() {
                @Override
                public void article(Article a, String file, long line) {
                    FuzzInput.check(!a.text().isBlank(), "an article without text");
                    FuzzInput.check(line >= 1 && line <= maxLine, "article on line " + line + " of " + maxLine);
                }

                @Override
                public void problem(InputProblem p) {
                    FuzzInput.check(p.line() >= 1 && p.line() <= maxLine, "problem on line " + p.line() + " of " + maxLine);
                    FuzzInput.check(p.message() != null && !p.message().isBlank(), "a problem without a message");
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("reading a byte array cannot fail", e);
        }
    }

    @FuzzTest
    void fuzz(byte[] input) {
        fuzzerTestOneInput(input);
    }
}
