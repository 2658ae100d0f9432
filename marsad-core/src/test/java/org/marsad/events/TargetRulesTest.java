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
 * Who an act is done to (TargetSearch and the patient of SentenceCoder.victimSides), one real SaudiNewsNet passage
 * each: the rules of session 19's events61 (QUALITY.md), from session 18's blind judgement of targets.
 */
class TargetRulesTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.load();
    }

    private static List<String> dyads(String text) {
        Article a = new Article("t", null, "test", LocalDate.of(2015, 7, 20), null, text);
        return pipeline.code(a).events().stream().filter(e -> !e.negated()).map(TargetRulesTest::dyad).toList();
    }

    private static String dyad(Event e) {
        return (e.source() == null ? "-" : e.source().code()) + ">" + (e.target() == null ? "-" : e.target().code())
                + " " + e.cameoCode();
    }

    @Test
    void aPatientVerbsOwnUnknownSubjectIsNoBorrowedActor() {
        // snn-2015-07-21#2034 (sentences 0-2): the town of Zabadani came under attack; the Syrian Observatory the
        // article carries as its subject did not (base ->SYRNGO 19)
        List<String> zabadani = dyads(ZABADANI);
        assertTrue(zabadani.stream().noneMatch(x -> x.endsWith(">SYRNGO 19")), zabadani.toString());
        // snn-2015-08-11#373: areas around Douma were shelled, not the Observatory that reports it (base ->SYRNGO 19)
        List<String> douma = dyads(DOUMA);
        assertTrue(douma.stream().noneMatch(x -> x.endsWith(">SYRNGO 19")), douma.toString());
        assertTrue(douma.contains("SYRNGO>SYR 19"), douma.toString()); // the Observatory's own report stays
        // control, snn-2015-07-22#54: «جنودها», its soldiers, carries the speaker's pronoun: the Turkish forces stay
        List<String> turkey = dyads("وأعلنت القوات المسلحة التركية عن تعرض جنودها لهجومين في شرق البلاد ليل الاثنين.");
        assertTrue(turkey.stream().anyMatch(x -> x.endsWith(">TURMIL 19")), turkey.toString());
    }

    private static final String ZABADANI = "لقي ستة من مقاتلي المعارضة السورية على الأقل مصرعهم في اشتباكات بين القوات النظامية ومقاتلي "
            + "الفصائل الإسلامية في مدينة الزبداني قرب الحدود مع لبنان، وذلك فيما أطلقت فصائل المعارضة أكثر من "
            + "300 قذيفة على قرى تسكنها أغلبية شيعية في إدلب وحلب. وقال المرصد السوري لحقوق الإنسان إن "
            + "الاشتباكات التي وصفها بأنها عنيفة تركزت في منطقة الجبل الشرقي، أدت أيضا إلى مقتل عدد من أفراد "
            + "القوات النظامية وقوات الدفاع المدني الموالية لدمشق وحزب الله، لكنه لم يشر إلى العدد. ويأتي هذا "
            + "فيما أمطرت فصائل معارضة، بينها جبهة النصرة، أربع بلدات شيعية محاصرة في شمال سورية بالقذائف "
            + "الصاروخية والمدفعية، ردا، حسب قولها، على تعرض بلدة الزبداني في ريف دمشق لهجوم القوات النظامية "
            + "مدعومة بعناصر حزب الله.";

    private static final String DOUMA = "أعلن المرصد السوري لحقوق الإنسان أنه قصفت قوات النظام صباح أمس مناطق في مدينة حرستا بالغوطة "
            + "الشرقية، ما ادى لاندلاع نيران في احد المباني، ولم ترد انباء عن اصابات، كذلك تدور منذ صباح امس "
            + "اشتباكات عنيفة بين تنظيم داعش من جهة، والفصائل المقاتلة وجبهة النصرة من جهة اخرى، في القلمون "
            + "الشرقي، وانباء عن خسائر بشرية في صفوف الطرفين، فيما تعرضت مناطق في محيط مدينة دوما بالغوطة "
            + "الشرقية، لقصف من قبل قوات النظام دون انباء عن إصابات حتى اللحظة.";
}
