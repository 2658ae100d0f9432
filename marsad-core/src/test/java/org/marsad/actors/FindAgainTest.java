package org.marsad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.Pipeline;
import org.marsad.SharedData;
import org.marsad.io.ArticleReader;
import org.marsad.model.Article;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Token;

/**
 * The second pass with the recognizer's person names ({@link ActorMatcher#findAgain}) redoes only the sentences a
 * name begins in and keeps the first pass's other sentences: on real news it must find exactly what a whole second
 * {@link ActorMatcher#find(AnalyzedText, java.time.LocalDate, String, List)} finds.
 */
class FindAgainTest {
    private static Pipeline pipeline;
    private static ActorMatcher matcher;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.load();
        matcher = new ActorMatcher(ActorDictionary.load());
    }

    /**
     * Person ranges where the pipeline's recognizer looks for them: the two words after every title that ends
     * before a word of its own sentence («وزير الخارجية الإيراني» + a name), whatever those words are.
     */
    private static List<int[]> personsAfterTitles(AnalyzedText text, List<ActorMention> found) {
        List<int[]> persons = new ArrayList<>();
        List<Token> tokens = text.tokens();
        for (ActorMention m : found) {
            if (m.entry() != null && m.entry().title() && m.end() < tokens.size() && tokens.get(m.end()).isWord()
                    && tokens.get(m.end()).sentence() == m.sentence()) {
                int end = Math.min(m.end() + 2, text.endToken(m.sentence()));
                persons.add(new int[] {m.end(), end});
            }
        }
        return persons;
    }

    @Test
    void onRealNewsTheSecondPassFindsWhatAWholeSecondFindFinds() throws Exception {
        Path corpus = SharedData.require("data/saudinewsnet/articles.jsonl.gz");
        int withPersons = 0;
        int changedByPersons = 0;
        int firstKept = 0;
        for (Article a : ArticleReader.readFirst(corpus, 400)) {
            AnalyzedText text = pipeline.analyze(a.text());
            ActorMatcher.Found first = matcher.findFirst(text, a.published(), a.source());
            assertEquals(matcher.find(text, a.published(), a.source()), first.mentions(), a.id());
            List<int[]> persons = personsAfterTitles(text, first.mentions());
            List<ActorMention> whole = matcher.find(text, a.published(), a.source(), persons);
            List<ActorMention> again = matcher.findAgain(text, a.published(), a.source(), first, persons);
            assertEquals(whole, again, a.id());
            if (!persons.isEmpty()) {
                withPersons++;
                changedByPersons += whole.equals(first.mentions()) ? 0 : 1;
                firstKept += again == first.mentions() ? 1 : 0;
            }
        }
        // the sentences composed again often find what the first pass found: then the article-wide passes are not
        // run again and the first pass's list is the answer
        assertTrue(firstKept > 10, "articles with a person range whose first-pass list is kept: " + firstKept);
        // the test has teeth: names after titles change what many articles' second pass finds
        assertTrue(withPersons > 50, "articles with a person range: " + withPersons);
        assertTrue(changedByPersons > 10, "articles whose mentions the person ranges change: " + changedByPersons);
    }

    @Test
    void withNoPersonTheSecondPassIsTheFirst() {
        // «وقال وزير الخارجية الإيراني محمد جواد ظريف»: the recognizer's names may all be places or organizations
        AnalyzedText text = pipeline.analyze("وقال وزير الخارجية الإيراني محمد جواد ظريف إن بلاده سترد.");
        ActorMatcher.Found first = matcher.findFirst(text, null, null);
        assertSame(first.mentions(), matcher.findAgain(text, null, null, first, List.of()));
    }
}
