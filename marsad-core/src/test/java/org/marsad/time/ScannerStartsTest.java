package org.marsad.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.SharedData;
import org.marsad.io.ArticleReader;
import org.marsad.model.Article;
import org.marsad.text.Tokenizer;

/**
 * The scanner tries its patterns only at tokens where a lexicon word or a number starts
 * ({@link Tokens#mayStartExpression}): on real news no pattern may find anything at the tokens passed over, and most
 * tokens must be passed over (else the test is no filter's).
 */
class ScannerStartsTest {
    private static final TimeLexicon LEXICON = TimeLexicon.load();
    private static final List<Pattern> PATTERNS = TimeExpressions.load().patterns();

    @Test
    void onRealNewsNoPatternStartsAtATokenPassedOver() throws Exception {
        Path corpus = SharedData.require("data/saudinewsnet/articles.jsonl.gz");
        Tokenizer tokenizer = new Tokenizer();
        int tokensSeen = 0;
        int passedOver = 0;
        int startsKept = 0;
        for (Article a : ArticleReader.readFirst(corpus, 300)) {
            Tokens t = new Tokens(a.text(), 0, a.text().length(), tokenizer, LEXICON);
            Reference r = new Reference(a.published());
            for (int i = 0; i < t.size(); i++) {
                tokensSeen++;
                List<Candidate> found = new ArrayList<>();
                for (Pattern p : PATTERNS) {
                    p.match(i, t, r, found);
                }
                if (t.mayStartExpression(i)) {
                    startsKept += found.isEmpty() ? 0 : 1;
                } else {
                    passedOver++;
                    assertTrue(found.isEmpty(), a.id() + ": " + found + " at token " + i + " «" + t.norm(i) + "»");
                }
            }
        }
        assertTrue(startsKept > 300, "tokens where an expression starts: " + startsKept);
        assertTrue(passedOver > 0.8 * tokensSeen, passedOver + " of " + tokensSeen + " tokens passed over");
    }

    @Test
    void aDateOfNumbersAndNamesStartsWhereItsWordsAre() {
        // «وأعلنت الوزارة يوم الثلاثاء 14 يوليو 2015 ...»: the weekday, the day's number and the year may start one
        String text = "وأعلنت الوزارة يوم الثلاثاء 14 يوليو 2015 أن الاجتماع سيعقد الأسبوع المقبل.";
        Tokens t = new Tokens(text, 0, text.length(), new Tokenizer(), LEXICON);
        List<String> starts = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (t.mayStartExpression(i)) {
                starts.add(t.norm(i));
            }
        }
        assertTrue(starts.contains("الثلاثاء") && starts.contains("14") && starts.contains("2015")
                && starts.contains("الاسبوع"), starts.toString());
        assertTrue(!starts.contains("الوزاره") && !starts.contains("الاجتماع"), starts.toString());
    }
}
