package org.marsad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Pipeline;
import org.marsad.SharedData;
import org.marsad.io.ArticleReader;
import org.marsad.model.Article;
import org.marsad.model.Span;
import org.marsad.text.AnalyzedText;

/**
 * The coder finds a sentence's time expressions in the analyzer's tokens of that sentence instead of cutting the
 * sentence again: for every sentence, what it finds there must be what the sentence's own text gives.
 */
class AnalyzedTokensTest {
    private static final TimeExpressions TIME = TimeExpressions.load();
    private static final Pipeline PIPELINE = Pipeline.load();

    /** Every sentence's expressions from its analyzed tokens and from its span; how many expressions there were. */
    private static int assertSameExpressions(String id, String text, LocalDate published) {
        AnalyzedText analyzed = PIPELINE.analyze(text);
        int found = 0;
        for (int s = 0; s < analyzed.sentences().size(); s++) {
            Span span = analyzed.sentences().get(s).span();
            List<TimeExpression> fromText = TIME.find(text, span.start(), span.end(), published);
            List<TimeExpression> fromTokens = TIME.find(text,
                    analyzed.tokens().subList(analyzed.firstToken(s), analyzed.endToken(s)), published);
            assertEquals(fromText, fromTokens, id + ", sentence " + s);
            found += fromText.size();
        }
        return found;
    }

    @Test
    void datesOfRealSentencesWithDiacriticsTatweelAndGluedNumbers() {
        // SaudiNewsNet sentences (July 2015), with a tatweel-only word and diacritics added between them
        String text = "وأصدرت المحكمة الجنائية الدولية ومقرها في لاهاي بهولندا في 2009 و2010 مذكرات اعتقال. "
                + "وخلال زيارة كارتر يوم الاثنين ويوم الأحد ـ حثَّ نتنياهو المشرعين الأمريكيين على رفض الاتفاق.\n"
                + "سلاح الجو التركي شن ليل الجمعة - السبت سلسلة غارات على القواعد الخلفية لحزب العمال في 10 رمضان 1436هـ";
        int found = assertSameExpressions("fixed text", text, LocalDate.parse("2015-07-26"));
        assertTrue(found >= 4, "the sentences name at least four times, found " + found);
    }

    @Test
    void sameExpressionsInTheFirstArticlesOfSaudiNewsNet() {
        Path corpus = SharedData.require("data/saudinewsnet/articles.jsonl.gz");
        List<Article> articles = ArticleReader.readFirst(corpus, 300);
        int found = 0;
        for (Article a : articles) {
            found += assertSameExpressions(a.id(), a.text(), a.published());
        }
        assertEquals(300, articles.size());
        assertFalse(found == 0, "300 articles without a time expression: the comparison compared nothing");
    }
}
