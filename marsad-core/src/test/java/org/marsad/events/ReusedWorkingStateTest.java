package org.marsad.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.Pipeline;
import org.marsad.model.Article;
import org.marsad.model.CodedArticle;

/**
 * The cue finder's and the sentence coder's working arrays are kept by each thread from sentence to sentence
 * ({@link TokenFlags}, speed20): a sentence must be coded exactly as on a thread that never coded anything before.
 */
class ReusedWorkingStateTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.load();
    }

    private static CodedArticle code(String text) {
        return pipeline.code(new Article("t", null, "test", LocalDate.of(2015, 7, 29), null, text));
    }

    @Test
    void flagsAreClearedForEachSentenceAndGrowWithIt() {
        TokenFlags flags = new TokenFlags();
        boolean[] first = flags.cleared(10);
        java.util.Arrays.fill(first, true);
        boolean[] second = flags.cleared(10);
        assertArrayEquals(new boolean[10], java.util.Arrays.copyOf(second, 10));
        boolean[] longer = flags.cleared(300);
        assertTrue(longer.length >= 300);
        java.util.Arrays.fill(longer, true);
        assertArrayEquals(new boolean[300], java.util.Arrays.copyOf(flags.cleared(300), 300));
    }

    @Test
    void aHugeSentencesArrayIsNotKeptForTheNext() {
        TokenFlags flags = new TokenFlags();
        assertTrue(flags.cleared(TokenFlags.KEPT + 1).length > TokenFlags.KEPT);
        assertTrue(flags.cleared(20).length <= TokenFlags.KEPT);
        assertEquals(0, TokenFlags.renewedLength(64, 64));
        assertEquals(128, TokenFlags.renewedLength(64, 65));
        assertEquals(TokenFlags.KEPT, TokenFlags.renewedLength(TokenFlags.KEPT / 2 + 1, TokenFlags.KEPT));
        int after = TokenFlags.renewedLength(TokenFlags.KEPT + 1, 20); // not kept: a new one, at most KEPT long
        assertTrue(after >= 20 && after <= TokenFlags.KEPT, String.valueOf(after));
        assertEquals(0, TokenFlags.renewedLength(TokenFlags.KEPT + 10, TokenFlags.KEPT + 5)); // huge after huge
    }

    @Test
    void aSentenceAfterLongerOnesIsCodedAsOnAFreshThread() throws Exception {
        // SaudiNewsNet 2015 (snn-2015-07-26#76, slice i%31==0): cues with their further words (طالب + ب), a relative
        // pronoun after them; before it on the same thread, longer sentences full of mentions and cues
        String shorter = "طالب الرئيس اليمني عبدربه منصور هادي المليشيات الحوثية وقوات صالح باحترام الهدنة الإنسانية "
                + "التي جرى سريانها منتصف الليلة الماضية.";
        String longer = "وقال الممثل الخاص للأمين العام للامم المتحدة في العراق يان كوبيتش انه “منذ الهجمات التي شنها "
                + "تنظيم (داعش) في الصيف الماضي اضحى العراق يعيش في مرحلة من اكثر المراحل صعوبة في تاريخه الحديث”. "
                + "وقع الاتفاقية الدكتور حمد الضويلع نائب وزير الصحة للشؤون الصحية ومدير جامعتي الملك عبدالعزيز وجدة "
                + "المكلف الدكتور عبدالرحمن بن عبيد اليوبي.";
        List<CodedArticle> fresh = new ArrayList<>();
        Thread t = new Thread(() -> fresh.add(code(shorter)));
        t.start();
        t.join();
        code(longer);
        code(longer + " " + longer);
        CodedArticle again = code(shorter);
        assertFalse(fresh.get(0).events().isEmpty(), "the demand is coded");
        assertEquals(fresh.get(0).events(), again.events());
        assertEquals(fresh.get(0).mentions(), again.mentions());
    }
}
