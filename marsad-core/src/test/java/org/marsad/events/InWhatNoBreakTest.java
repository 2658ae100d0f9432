package org.marsad.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.text.TextAnalyzer;
import org.marsad.text.Token;

/**
 * «فيما» is a clause break («while») but not where it is في + ما, «in what» (clause-breaks.tsv {@code no-break}):
 * «فيما يتعلق/يخص» (as regards), «فيما يلي» (as follows), «فيما بينهم» (among them) go on with the same clause, for
 * dates, places and modality alike; «فيما» before a verb of its own clause still breaks.
 */
class InWhatNoBreakTest {
    private static ClauseBreaks breaks;
    private static TextAnalyzer analyzer;

    @BeforeAll
    static void load() {
        breaks = ClauseBreaks.load();
        analyzer = new TextAnalyzer(w -> true);
    }

    private static List<Token> tokens(String sentence) {
        return analyzer.analyze(sentence).tokens();
    }

    @Test
    void asRegardsIsNoBreak() {
        // SaudiNewsNet 2015 (snn-2015-07-21#2014): the talks on the deal are between Saudi Arabia and France
        List<Token> t = tokens("الاتفاق على استمرار المحادثات فيما يخص صفقة تسليح الجيش اللبناني بين السعودية وفرنسا");
        assertFalse(breaks.anyBetween(t, 0, t.size()));
        assertFalse(breaks.placeBreakBetween(t, 0, t.size()));
        // the same with و, and يتعلق
        t = tokens("ويبحث الاجتماع التصعيد الإسرائيلي الأخير في القدس، وفيما يتعلق بالمسجد الأقصى");
        assertFalse(breaks.anyBetween(t, 0, t.size()));
    }

    @Test
    void asFollowsAndAmongThemAreNoBreak() {
        List<Token> t = tokens("صدر اليوم بيان مشترك بمناسبة زيارة سموه إلى القاهرة، فيما يلي نصه");
        assertFalse(breaks.placeBreakBetween(t, 0, t.size()));
        t = tokens("وكانوا يفتقرون إلى التنسيق فيما بينهم في مناطق القتال");
        assertFalse(breaks.anyBetween(t, 0, t.size()));
        // the word after فيما tells what it is even when the caller's range ends at فيما
        int at = 4;
        assertTrue(t.get(at).norm().equals("فيما"), t.get(at).norm());
        assertFalse(breaks.anyBetween(t, at, at + 1));
    }

    @Test
    void whileStillBreaks() {
        // clause-breaks.tsv's own example (SaudiNewsNet): a place past «فيما سيطرت» is another clause's
        List<Token> t = tokens("غارات للتحالف على محافظة لحج، فيما سيطرت اللجان الشعبية على مناطق في تعز");
        assertTrue(breaks.anyBetween(t, 0, t.size()));
        assertTrue(breaks.placeBreakBetween(t, 0, t.size()));
        // nor is «فيما بعد» (later) read as the same clause: its act is of another time
        t = tokens("وتم نشر قوة حفظ السلام التابعة للأمم المتحدة فيما بعد للحفاظ على الاستقرار");
        assertTrue(breaks.anyBetween(t, 0, t.size()));
    }
}
