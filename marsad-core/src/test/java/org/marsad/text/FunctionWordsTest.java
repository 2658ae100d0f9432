package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.Pipeline;
import org.marsad.model.Article;
import org.marsad.model.CodedArticle;

/**
 * The segmenter's lexicon holds the function words no dictionary holds (text/function-words.tsv): «وخلال» is read
 * و + خلال, «برغم» بـ + رغم, «وعقب» و + عقب, so a conjunction glued to a preposition of time no longer hides the
 * clause after it. «فتحت» (opened) stays one word: تحت is left out.
 */
class FunctionWordsTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.load();
    }

    private static Segment first(String word) {
        return pipeline.analyze(word).tokens().get(0).segments().get(0);
    }

    @Test
    void aConjunctionOrPrepositionGluedToAFunctionWordIsReadOff() {
        assertEquals("خلال", first("وخلال").stem());
        assertEquals("و", first("وخلال").prefix());
        assertEquals("رغم", first("برغم").stem());
        assertEquals("عقب", first("وعقب").stem());
        assertEquals("نحو", first("بنحو").stem());
        assertEquals("بعد", first("وبعدها").stem());
        assertEquals("فتحت", first("فتحت").stem(), "the verb «opened» is no ف + تحت");
    }

    @Test
    void aVisitAfterWakhilalIsCoded() {
        // SaudiNewsNet 2015 (snn-2015-07-31#525, slices 21-23 hold none): «وخلال زيارة إلى إندونيسيا، قال الرئيس»
        CodedArticle c = pipeline.code(new Article("t", null, "test", LocalDate.of(2015, 7, 31), null,
                "نفى الرئيس التركي رجب طيب أردوغان الجمعة الاتهامات بأن تركيا تساعد تنظيم داعش. "
                        + "وخلال زيارة إلى إندونيسيا، قال الرئيس إن تركيا عانت من خسائر كبيرة في معركتها ضد الإرهابيين."));
        assertTrue(c.events().stream().anyMatch(e -> e.cameoCode().equals("042") && e.target() != null
                && "IDN".equals(e.target().code())), c.events().toString());
    }
}
