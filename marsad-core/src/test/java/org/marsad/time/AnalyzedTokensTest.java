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
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.StemFacts;
import org.marsad.text.TextAnalyzer;
import org.marsad.text.Token;

/**
 * The coder finds a sentence's time expressions in the analyzer's tokens of that sentence instead of cutting the
 * sentence again: for every sentence, what it finds there must be what the sentence's own text gives.
 */
class AnalyzedTokensTest {
    private static final TimeExpressions TIME = TimeExpressions.load();
    private static final Pipeline PIPELINE = Pipeline.load();
    /**
     * An analyzer whose word cache answers only the time stage's question, and keeps only the readings an empty
     * lexicon leaves (the unsegmented word among them): words it rules out are passed over.
     */
    private static final StemFacts FACTS = new StemFacts();
    private static final StemFacts.Slot TIME_WORDS = TIME.attach(FACTS);
    private static final TextAnalyzer ANALYZER = new TextAnalyzer(word -> false, true, FACTS);
    private static int passedOver;

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
        AnalyzedText withFacts = ANALYZER.analyze(text);
        assertEquals(analyzed.sentences(), withFacts.sentences(), id);
        for (int s = 0; s < withFacts.sentences().size(); s++) {
            List<Token> tokens = withFacts.tokens().subList(withFacts.firstToken(s), withFacts.endToken(s));
            assertEquals(TIME.find(text, tokens, published), TIME.find(text, tokens, published, TIME_WORDS),
                    id + ", sentence " + s + ", words the word cache rules out passed over");
            for (Token t : tokens) {
                passedOver += TIME_WORDS.mayAnswer(t) ? 0 : 1;
            }
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
    void theWordCacheRulesOutWordsThatStartNoTimePhraseAndAreNoNumber() {
        TimeLexicon lexicon = TimeLexicon.load();
        // words of the sentences above, as the analyzer normalizes them
        for (String word : List.of("أمس", "وأمس", "للعام", "الاثنين", "ويوم", "2009", "و2010", "1436هـ", "رمضان")) {
            assertTrue(Tokens.mayMatter(ArabicNormalizer.normalize(word), lexicon), word);
        }
        for (String word : List.of("المحكمة", "نتنياهو", "غارات", "مذكرات", "الجنائية", "وأصدرت")) {
            assertFalse(Tokens.mayMatter(ArabicNormalizer.normalize(word), lexicon), word);
        }
        // every one-word entry, also after a conjunction and a preposition or with the article
        int entries = 0;
        for (String word : lexicon.lastWords(Lex.class)) {
            if (!lexicon.startingWith(word).isEmpty() && word.length() >= 2) {
                for (String spelled : List.of(word, "و" + word, "فب" + word, "ال" + word, "وال" + word)) {
                    assertTrue(Tokens.mayMatter(spelled, lexicon), spelled);
                }
                entries++;
            }
        }
        assertTrue(entries > 50, "one-word entries: " + entries);
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
        assertTrue(passedOver > 10_000, "the word cache passed over only " + passedOver + " words");
    }
}
