package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.text.AnalyzedText;
import org.marsad.text.TextAnalyzer;

/** The shipped model on real news sentences: types, token indexes and spans in the original text. */
class NerTaggerTest {
    private static final TextAnalyzer ANALYZER = new TextAnalyzer(w -> false);

    private static List<NerSpan> tag(String text) {
        return NerTagger.load().tag(ANALYZER.analyze(text));
    }

    /** "TYPE text" of every entity, the text cut from the original by the span. */
    private static List<String> found(String text) {
        return tag(text).stream().map(s -> s.type() + " " + s.span().of(text)).toList();
    }

    @Test
    void findsPersonsPlacesAndOrganizations() {
        assertEquals(List.of("PERS باراك أوباما"), found("قال الرئيس الأمريكي باراك أوباما"));
        assertEquals(List.of("LOC صنعاء"), found("وصل إلى صنعاء"));
        assertEquals(List.of("ORG منظمة الصحة العالمية"), found("أعلنت منظمة الصحة العالمية"));
    }

    @Test
    void findsTheNamesOfAWholeArticleSentenceBySentence() {
        String text = "وقع الرئيس الروسي فلاديمير بوتين اتفاقية في موسكو.\nوقال بوتين إن روسيا ستدعم الاتفاق.";
        List<String> f = found(text);
        assertTrue(f.contains("PERS فلاديمير بوتين"), f.toString());
        assertTrue(f.contains("LOC موسكو"), f.toString());
        assertTrue(f.contains("PERS بوتين"), f.toString());
        assertTrue(f.contains("LOC روسيا"), f.toString());
    }

    @Test
    void spansAreOffsetsIntoTheOriginalTextAndTokenIndexesIntoItsTokens() {
        // diacritics, tatweel and a clitic: the span covers the original characters of the whole tokens
        String text = "قَالَ الرئيسُ الأمريكـي باراك أوباما إنّه سيزور بِالقاهرة";
        AnalyzedText analyzed = ANALYZER.analyze(text);
        List<NerSpan> spans = NerTagger.load().tag(analyzed);
        assertEquals(List.of("PERS باراك أوباما", "LOC بِالقاهرة"),
                spans.stream().map(s -> s.type() + " " + s.span().of(text)).toList());
        for (NerSpan s : spans) {
            assertEquals(analyzed.tokens().get(s.firstToken()).start(), s.span().start());
            assertEquals(analyzed.tokens().get(s.endToken() - 1).end(), s.span().end());
        }
    }

    @Test
    void emptyTextHasNoEntitiesAndTheTaggerIsLoadedOnce() {
        assertEquals(List.of(), tag(""));
        assertEquals(List.of(), tag("  \n "));
        assertSame(NerTagger.load(), NerTagger.load());
    }

    /**
     * The per-thread feature buffers are reused from sentence to sentence: a short sentence tagged right after a long
     * one (whose features filled more of them) is tagged as on a thread that never tagged anything.
     */
    @Test
    void aSentenceAfterALongerOneIsTaggedAsOnAFreshThread() throws Exception {
        String longer = "وقع الرئيس الروسي فلاديمير بوتين ورئيس الوزراء الهندي ناريندرا مودي في موسكو اتفاقية للتعاون"
                + " في مجالات الطاقة والدفاع والفضاء بحضور وزير الخارجية سيرغي لافروف ومسؤولين من شركة روسنفت";
        String shorter = "وصل أوباما إلى صنعاء";
        List<List<String>> fresh = new java.util.ArrayList<>();
        Thread t = new Thread(() -> fresh.add(found(shorter)));
        t.start();
        t.join();
        found(longer);
        assertEquals(fresh.get(0), found(shorter));
        assertTrue(fresh.get(0).contains("LOC صنعاء"), fresh.toString());
    }
}
