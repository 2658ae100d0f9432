package org.marsad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.io.ArticleReader;
import org.marsad.io.ArticleSink;
import org.marsad.io.InputProblem;
import org.marsad.model.Article;
import org.marsad.model.CodedArticle;
import org.marsad.model.Event;
import org.marsad.model.Mention;

/**
 * The coder over the first 4,000 real SaudiNewsNet articles: no article makes it fail, and every span
 * of every record lies inside its article and its sentence. (A name the recognizer found across a
 * sentence end once made a mention overrun its sentence: snn-2015-07-22#489.)
 */
class CorpusRobustnessTest {
    @Test
    void everyArticleCodesAndEverySpanIsInsideItsText() {
        Path corpus = SharedData.require("data/saudinewsnet/articles.jsonl.gz");
        Pipeline pipeline = Pipeline.load();
        List<String> failures = new ArrayList<>();
        int[] coded = new int[1];
        new ArticleReader().read(List.of(corpus), new ArticleSink() {
            @Override
            public void article(Article a, String file, long line) {
                if (line > 4000) {
                    return;
                }
                try {
                    CodedArticle c = pipeline.code(a);
                    int n = a.text().length();
                    for (Mention m : c.mentions()) {
                        assertTrue(m.span().end() <= n && m.span().of(a.text()).equals(m.text()), a.id());
                        assertTrue(c.sentences().get(m.sentence()).span().contains(m.span()), a.id() + " " + m);
                    }
                    for (Event e : c.events()) {
                        assertTrue(c.sentences().get(e.sentence()).span().contains(e.evidence()), a.id() + " " + e);
                    }
                    coded[0]++;
                } catch (RuntimeException | AssertionError e) {
                    failures.add(a.id() + ": " + e);
                }
            }

            @Override
            public void problem(InputProblem p) {
            }
        });
        assertEquals(List.of(), failures);
        assertTrue(coded[0] > 3800, "coded " + coded[0]);
    }
}
