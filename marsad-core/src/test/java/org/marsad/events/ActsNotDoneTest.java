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
 * Acts the article does not report as done (ModalityRules, session 19, events64): what may happen, what is demanded.
 * One real corpus sentence each, with a control the rule must leave asserted.
 */
class ActsNotDoneTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.load();
    }

    /** The events of a one-article text, not negated, as «SOURCE>TARGET CODE modality». */
    private static List<String> modalities(String text, LocalDate published) {
        Article a = new Article("t", null, "test", published, null, text);
        return pipeline.code(a).events().stream().filter(e -> !e.negated()).map(ActsNotDoneTest::described).toList();
    }

    private static String described(Event e) {
        return (e.source() == null ? "-" : e.source().code()) + ">" + (e.target() == null ? "-" : e.target().code())
                + " " + e.cameoCode() + " " + e.modality();
    }

    @Test
    void aPresentVerbAfterQadMayHappenAndIsNotDone() {
        // snn-2015-08-01#317 (slice i%43==8): the IMF «may cooperate» with the Greek government; the base coded the
        // cooperation 06 asserted both ways
        List<String> m = modalities("وطالبت لاجارد دائني اليونان مجدداً بخفض عبئها من اليوم، مشيرة إلى أن صندوق النقد قد "
                + "يتعاون مع الحكومة اليونانية التي تنتقد سياسات الصندوق.", LocalDate.of(2015, 8, 1));
        assertTrue(m.contains("IGOIMF>GRCGOV 06 hypothetical"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.contains(" 06 ") && x.endsWith(" asserted")), m.toString());
        // قد before a past verb says the act has been done (snn-2015-07-24#74, slice 7): the meeting stays asserted
        m = modalities("وكان الرئيس النيجيري قد التقى بنظيره الأمريكي، باراك أوباما، الإثنين للبحث في سبل تقديم المزيد "
                + "من المساعدة.", LocalDate.of(2015, 7, 24));
        assertTrue(m.contains("NGAGOV>USAGOV 04 asserted"), m.toString());
    }

    @Test
    void theActADemandAsksForIsNotDone() {
        // snn-2015-07-22#24 (slice i%43==29): Erdogan demanded Morsi's release; the base coded TURGOV>EGY 084 asserted
        List<String> m = modalities("وسبق أن طالب إردوغان بالإفراج عن الرئيس المصري الأسبق محمد مرسي وإلغاء أحكام الإعدام "
                + "بحق قيادات الإخوان.", LocalDate.of(2015, 7, 22));
        assertTrue(m.contains("TURGOV>EGY 084 hypothetical"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.endsWith(" asserted") && !x.contains(" 10")), m.toString());
        // snn-2015-07-26#1108 (slice 25): Bahrainis demanded their ambassador be withdrawn; the base coded 161 asserted
        m = modalities("وطالب البحرينيون بسحب السفير البحريني لدى طهران، وطرد السفير الإيراني في المملكة، يتبعها تقديم "
                + "شكوى رسمية لدى الأمم المتحدة لإيقاف التدخلات الإيرانية في شؤون البحرين.", LocalDate.of(2015, 7, 26));
        assertTrue(m.stream().noneMatch(x -> x.contains(" 161 ") && x.endsWith(" asserted")), m.toString());
        // the demand itself, coded by its own cue, stays asserted, and so does the violation told after بعد, no masdar
        // the demand governs (snn-2015-07-31#1903, slice 21)
        m = modalities("وطالبت الحكومة اليمنية مجلس الأمن بتحرك حازم ضد الحوثيين بعد خرقهم للهدنة الإنسانية.",
                LocalDate.of(2015, 7, 31));
        assertTrue(m.contains("YEMGOV>IGOUNO 107 asserted"), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.contains(" 196 asserted")), m.toString());
    }

    @Test
    void whatSomeoneMustNotDoIsNotDone() {
        // snn-2015-08-11#298 (session 18's blind slice, items 15 and 5): Germany holds that Greece's creditors «must not
        // hurry» to a rescue agreement; the base coded the agreement DEU<>GRC 05 asserted both ways
        List<String> m = modalities("وقال شتيفن زايبرت المتحدث باسم المستشارة الألمانية أنجيلا ميركل إن بلاده ترى أن على "
                + "دائني اليونان عدم التعجل في التوصل إلى اتفاق إنقاذ مع أثينا، مشددا على ضرورة إعطاء أولوية للجودة "
                + "وليس السرعة.", LocalDate.of(2015, 8, 11));
        assertTrue(m.contains("DEU>GRC 05 hypothetical"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.endsWith(" asserted")), m.toString());
        // the obligation ends at the clause's comma (snn-2015-07-31#1950, slice 25): the Houthis «must» carry out the
        // resolution, and after the comma the coalition's welcome of a visit is told, left as before
        m = modalities("وأشار إلى أن على الحوثيين أن ينفذوا قرار مجلس الأمن الدولي رقم 2216 الذي يدعو الحركة إلى الانسحاب "
                + "من المدن الخاضعة لسيطرتها وإعادة الأسلحة التي استولت عليها، مبينا في الوقت ذاته أن التحالف يرحب بأن "
                + "يزور محققون اليمن لبحث الانتهاكات الحقوقية التي قد يكون ارتكبها أي من أطراف الحرب الممتدة منذ أربعة "
                + "أشهر.", LocalDate.of(2015, 7, 31));
        assertTrue(m.stream().anyMatch(x -> x.contains(" 042 asserted")), m.toString());
    }

    @Test
    void anActSomeoneSupposesIsNotDone() {
        // snn-2015-07-22#582 (session 26's blind slice, item 15): an analyst's «يبدو أن» guess at who made the Suruc
        // bombing; the base coded IMGREB>TUR 19 asserted
        List<String> m = modalities("وقال باركي «يبدو أن هذا الهجوم نفذه داعش فهم الوحيدون القادرون على تنفيذ هجوم بهذا "
                + "الحجم».", LocalDate.of(2015, 7, 22));
        assertTrue(m.stream().anyMatch(x -> x.startsWith("IMGREB>") && x.endsWith(" hypothetical")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.endsWith(" asserted")), m.toString());
        // snn-2015-08-04#960 (tuning set): «إنهم يعتقدون أن المسلح السوري قتل»: believed, not told (base: 19 asserted)
        m = modalities("وقال المسؤولون الذين طلبوا عدم ذكر اسمائهم إنهم يعتقدون أن المسلح السوري قتل أثناء اشتباك مع "
                + "أعضاء يشتبه في انتمائهم لجبهة النصرة في شمال سوريا يوم الجمعة.", LocalDate.of(2015, 8, 4));
        assertTrue(m.stream().anyMatch(x -> x.contains(" 19 ") && x.endsWith(" hypothetical")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.contains(" 19 ") && x.endsWith(" asserted")), m.toString());
        // an أن of time is no complement of the supposition (snn-2015-08-03#224): the joint forces' offensive was made
        m = modalities("وتقع بيتا أيضا غربي بلدة جوزا القريبة من حدود الكاميرون والتي كان يُعتقد أنها المقر الرئيسي "
                + "للمتشددين إلى أن شنت قوات مشتركة من نيجيريا والنيجر وتشاد هجوما كبيرا في وقت سابق من العام الجاري.",
                LocalDate.of(2015, 8, 3));
        assertTrue(m.stream().anyMatch(x -> x.contains(" 19 ") && x.endsWith(" asserted")), m.toString());
        // a nominal act with a relative clause is told as known: «بدت ... أن الحملة العسكرية التي أطلقتها تركيا»
        m = modalities("ويبدو أن الحملة العسكرية التي أطلقتها تركيا لاستهداف تنظيم داعش تتحول إلى حرب فعلية.",
                LocalDate.of(2015, 7, 27));
        assertTrue(m.stream().anyMatch(x -> x.startsWith("TUR>IMGREB") && x.endsWith(" asserted")), m.toString());
    }

    @Test
    void aConvictionReachedIsNoVisit() {
        // snn-2015-07-23#863 (the lead's note, session 26): «وصلت إلى قناعة أن إيران» coded WST>IRN 042
        List<String> m = modalities("هنا قد تكون القوى الغربية وصلت إلى قناعة أن إيران قد قطعت شوطا طويلا في طريقها نحو "
                + "دخول النادي النووي.", LocalDate.of(2015, 7, 23));
        assertTrue(m.stream().noneMatch(x -> x.contains(" 042 ") || x.contains(" 043 ")), m.toString());
        // a real arrival stays a visit
        m = modalities("وصل وزير الخارجية الأمريكي جون كيري إلى القاهرة أمس.", LocalDate.of(2015, 8, 2));
        assertTrue(m.stream().anyMatch(x -> x.contains(" 042 asserted")), m.toString());
    }
}
