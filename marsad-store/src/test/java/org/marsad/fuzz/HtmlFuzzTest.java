package org.marsad.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.helper.DataUtil;
import org.marsad.model.Article;
import org.marsad.store.HtmlArticle;

/**
 * The saved-page reader on arbitrary bytes, as ingest calls it: an article with a text, or the one documented
 * refusal ({@link IllegalArgumentException}: no text); no markup or script survives into the text.
 */
class HtmlFuzzTest {
    public static void fuzzerTestOneInput(byte[] input) {
        Article a;
        try {
            a = HtmlArticle.of(DataUtil.load(new ByteArrayInputStream(input), null, ""));
        } catch (IllegalArgumentException e) {
            FuzzInput.check(e.getMessage() != null, "a refusal without a message");
            return;
        } catch (IOException e) {
            throw new UncheckedIOException("reading a byte array cannot fail", e);
        }
        FuzzInput.check(!a.text().isBlank(), "an article without text");
    }

    @FuzzTest
    void fuzz(byte[] input) {
        fuzzerTestOneInput(input);
    }
}
