package org.marsad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.Pipeline;
import org.marsad.model.Article;
import org.marsad.model.Event;

/**
 * Thanks offered or expressed with a light verb or a circumstantial participle and the noun شكر / امتنان (session 20,
 * events72: events/patterns.tsv «قدم/وجه/جدد/رفع + شكره ...», «معبرا/مقدما ... + شكره/امتنان ...»): the one who
 * thanks is the light verb's subject or the speaker, the one thanked comes after لـ.
 */
class ThanksTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.load();
    }

    private static List<String> events(String text, LocalDate published) {
        Article a = new Article("t", null, "test", published, null, text);
        return pipeline.code(a).events().stream().filter(e -> !e.negated()).map(ThanksTest::described).toList();
    }

    private static String described(Event e) {
        return (e.source() == null ? "-" : e.source().code()) + ">" + (e.target() == null ? "-" : e.target().code())
                + " " + e.cameoCode() + " " + e.modality();
    }

    @Test
    void gratitudeExpressedByACircumstantialParticipleIsTheSpeakers() {
        // snn-2015-08-11#190 (slice i%47==18): the base coded nothing for «معبرا عن امتنان الرياض لموسكو»
        List<String> m = events("وحول التعاون العسكري، قال الجبير إنه «ستكون هناك اتفاقيات مع روسيا» في ذلك المجال، "
                + "معبرا عن امتنان الرياض لموسكو لتجاوبها مع استفسارات المملكة حول شراء أنظمة دفاعية متطورة.",
                LocalDate.of(2015, 8, 11));
        assertTrue(m.contains("SAUGOV>RUS 051 asserted"), m.toString());
    }

    @Test
    void thanksPresentedByTheSubjectOfQaddamaStay() {
        // control, snn-2015-08-06#733 (slice 6): the base coded SAUGOV>MARGOV 051 from شكره read as the verb; the light
        // verb's cue gives the same event
        List<String> m = events("وقدم سمو نائب خادم الحرمين الشريفين شكره وتقديره لجلالة ملك المغرب على مشاعره الطيبة ، "
                + "داعياً الله أن لا يريه أي مكروه.", LocalDate.of(2015, 8, 6));
        assertEquals(List.of("SAUGOV>MARGOV 051 asserted"), m);
    }

    @Test
    void aNameNoDictionaryKnowsThanksNotTheSubjectInPlay() {
        // snn-2015-08-02#1130 (slice i%47==20; session 19's blind item 42): the companion of a wounded fighter thanks the
        // king; the base read شكره as the verb and carried the Popular Resistance of the sentence before as its
        // subject (YEMMIL>SAUGOV 051). The light verb's own subject, a name no dictionary knows, is the one who thanks
        List<String> m = events("وذكر فكري علي صالح (أحد أفراد المقاومة الشعبية في لودر باليمن) أنه كان من ضمن صفوف المقاومة الشعبية "
                + "بلودر وتعرض للإصابة بثلاث شظايا كاتيوشا أثناء المواجهات، مبينا إصابته بكسر بعظمة المرفق الأيسر وفي "
                + "الساق وبتر إصبع بيده اليسرى، وسيخضع لعملية جراحية لإعادة العصب وحركة اليد، مشيدا بالدعم الكبير الذي "
                + "تقدمه حكومة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز لإعادة الشرعية للحكومة اليمنية، شاكرا "
                + "الجهات الطبية بصحة نجران على ما تقوم به من دعم ورعاية وعلاج لمصابي المقاومة الشعبية. وقدم فتحي محمد "
                + "صالح (مرافق للمريض فكري) شكره للملك سلمان لوقفته بجانب أبناء الشعب اليمني ودعمه اللا محدود واهتمامه "
                + "بمساعدة ودعم وعلاج مصابي المقاومة الشعبية الذين يتلقون العلاج في مستشفيات نجران، وأشار الى أن الوضع "
                + "في لودر صعب جدا وهناك مواجهات شرسة يقوم بها أبناء المقاومة الشعبية في حربهم ضد ميليشيات المخلوع صالح "
                + "والحوثي، وقال: دخلت مرافقا لقريبي فكري صالح عن طريق الحدود السعودية/اليمنية بشرورة ورافقته بمستشفى "
                + "شرورة إلى أن حول إلى مستشفى الملك خالد بنجران ووضعه الصحي أفضل بكثير وهناك عناية طبية فائقة وخدمات "
                + "جليلة.", LocalDate.of(2015, 8, 2));
        assertTrue(m.stream().noneMatch(x -> x.contains(" 051 ")), m.toString());
    }
}
