package org.marsad.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.Pipeline;
import org.marsad.model.Article;
import org.marsad.model.Event;

/**
 * The owner a possessive pronoun names on what a one-sided act with a named source hits is its target (session 19,
 * events68): «على مواقعهم»، «على قواعده» refer back to the nearest actor of the sentence that is not the source, not a
 * place and not governed by a preposition. Real sentences of the corpus, with a control the rule must leave alone.
 */
class OwnerOfWhatIsHitTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.load();
    }

    private static List<String> dyads(String text) {
        Article a = new Article("t", null, "test", LocalDate.of(2015, 7, 20), null, text);
        return pipeline.code(a).events().stream().filter(e -> !e.negated()).map(OwnerOfWhatIsHitTest::dyad).toList();
    }

    private static String dyad(Event e) {
        return code(e.source()) + ">" + code(e.target()) + " " + e.cameoCode();
    }

    private static String code(org.marsad.model.ActorRef side) {
        return side == null || side.code() == null ? "-" : side.code();
    }

    @Test
    void thePronounOnWhatIsHitNamesTheTarget() {
        // snn-2015-08-01#996 (s19 item 9): the Houthis' positions are hit (start jar: SAUMIL>- 195)
        List<String> marib = dyads("ذكرت مصادر صحفية من مأرب، في وقت مبكّر من اليوم السبت، أن 25 حوثياً قتلوا جراء قصف "
                + "جوي شنته قوات التحالف على مواقعهم بمدينة مأرب شرقي اليمن.");
        assertTrue(marib.contains("SAUMIL>YEMREB 195"), marib.toString());
        // snn-2015-07-26#1254 (s19 item 66): the PKK's bases are hit (start jar: TURMIL>- 195)
        List<String> pkk = dyads("تبنى حزب العمال الكردستاني الاحد هجوما بسيارة مفخخة ردا على الغارات الجوية التركية "
                + "على قواعده في شمال العراق والتي قال انها انهت الهدنة السارية بين الجانبين منذ 2013.");
        assertTrue(pkk.contains("TURMIL>TURREB 195"), pkk.toString());
    }

    @Test
    void anObliqueIsNotWhatThePronounNames() {
        // slice i%43==19 (control): «مواقعها» is the Taliban's, not the Afghan government's after «مع»
        List<String> d = dyads("فقد دخلت في محادثات سلام غير مسبوقة مع الحكومة الافغانية كما انها تواجه هجمات يشنها "
                + "تنظيم الدولة الاسلامية على مواقعها بشرق افغانستان على الحدود مع باكستان.");
        assertTrue(d.stream().noneMatch(x -> x.contains(">AFG")), d.toString());
    }
}
