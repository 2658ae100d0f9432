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
 * A country or a city named only as where an act happens is no party to it (session 19, events65): a venue or a scene
 * governed by في or بـ is neither source nor target of an act that names its source, nor is a place before the act
 * that says where its source or its speaker is, nor one after what the act hits when its owner is named. Real
 * sentences of the corpus; each rule with a control the rule must leave alone.
 */
class PlacesAsPartiesTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.load();
    }

    private static List<String> dyads(String text) {
        Article a = new Article("t", null, "test", LocalDate.of(2015, 7, 20), null, text);
        return pipeline.code(a).events().stream().filter(e -> !e.negated()).map(PlacesAsPartiesTest::dyad).toList();
    }

    private static String dyad(Event e) {
        return code(e.source()) + ">" + code(e.target()) + " " + e.cameoCode();
    }

    private static String code(org.marsad.model.ActorRef side) {
        return side == null || side.code() == null ? "-" : side.code();
    }

    @Test
    void aVenueAfterFiIsNoParty() {
        // snn-2015-07-31#1322 (eval/judgments/s19-blind-slice42.tsv item 8): the base coded AUT>IRN and IRN>AUT 057,
        // Vienna a side of the deal it was signed in
        List<String> d = dyads("لذا من البديهي أن يساور دول المنطقة الشك وتنتابها المخاوف حيال ضبابية الاتفاق النووي "
                + "الإيراني الذي أبرمته طهران مؤخرا في العاصمة النمساوية فيينا مع دول (خمس زائد واحد)، لكونها وأعني "
                + "دول المنطقة، تعد الأكثر دراية بكيمياء التلون السياسي الإيراني.");
        assertTrue(d.stream().noneMatch(x -> x.contains("AUT")), d.toString());
        // snn-2015-07-26#148 (control): the cue's own target preposition is في: the ambassador is recalled from Tehran
        assertTrue(dyads("من جهة أخرى، استدعت البحرين أمس سفيرها في طهران للتشاور، وذلك بعد استمرار ما وصفته "
                + "بالتدخلات الإيرانية المستمرة.").contains("BHR>IRN 161"));
    }

    @Test
    void whatIsHitOwnedByAPronounIsNotThePlace() {
        // snn-2015-08-01#996 (s19 item 9): the coalition's strikes hit the Houthis' positions, not Ma'rib (SAUMIL>YEM)
        List<String> marib = dyads("ذكرت مصادر صحفية من مأرب، في وقت مبكّر من اليوم السبت، أن 25 حوثياً قتلوا جراء قصف "
                + "جوي شنته قوات التحالف على مواقعهم بمدينة مأرب شرقي اليمن.");
        assertTrue(marib.stream().noneMatch(x -> x.startsWith("SAUMIL>YEM ")), marib.toString());
        assertTrue(marib.contains("SAUMIL>YEMREB 195"), marib.toString()); // the owner «مواقعهم» names (events68)
        // snn-2015-07-26#1254 (s19 item 66): the Turkish raids hit the PKK's bases, not Iraq (TURMIL>IRQ)
        List<String> pkk = dyads("تبنى حزب العمال الكردستاني الاحد هجوما بسيارة مفخخة ردا على الغارات الجوية التركية "
                + "على قواعده في شمال العراق والتي قال انها انهت الهدنة السارية بين الجانبين منذ 2013.");
        assertTrue(pkk.stream().noneMatch(x -> x.startsWith("TURMIL>IRQ ")), pkk.toString());
        assertTrue(pkk.contains("TURMIL>TURREB 195"), pkk.toString()); // the owner «قواعده» names (events68)
        // snn-2015-07-21#53 (slice i%43==10): the house hit is a pro-Saleh commander's, named in its genitive
        List<String> house = dyads("من جانب آخر، شن طيران التحالف العربي غارات جوية استهدفت منزل قائد عسكري موال لصالح "
                + "في محافظة صنعاء.");
        assertTrue(house.stream().noneMatch(x -> x.startsWith("SAUMIL>YEM ")), house.toString());
    }

    @Test
    void anObliqueIsNotWhatThePronounOnWhatIsHitNames() {
        // slice i%43==19 (events68, control of ActorIdentity.ownerByPronoun): «مواقعها» is the Taliban's, not the
        // Afghan government's after «مع»
        List<String> d = dyads("فقد دخلت في محادثات سلام غير مسبوقة مع الحكومة الافغانية كما انها تواجه هجمات يشنها "
                + "تنظيم الدولة الاسلامية على مواقعها بشرق افغانستان على الحدود مع باكستان.");
        assertTrue(d.stream().noneMatch(x -> x.contains(">AFG")), d.toString());
    }

    @Test
    void theActorAVenueFollowsStandsInItsStead() {
        // snn-2015-07-26#207 (slice i%43==27): the subject was the place after the Kurdistan government (IRQ>IMGREB)
        List<String> d = dyads("وادرجت الولايات المتحدة حزب العمال الكردستاني على لائحة المنظمات الارهابية لكنها "
                + "تقيم علاقات وثيقة مع حكومة اقليم كردستان في شمال العراق التي تقاتل تنظيم الدولة الاسلامية ايضا.");
        assertTrue(d.contains("IRQGOV>IMGREB 19"), d.toString());
    }

    @Test
    void aPlaceRightAfterTheSourceOrTheSpeakerBeforeTheActSaysWhereThatOneIs() {
        // snn-2015-08-06#364 (slice i%43==10): al-Qaeda in Yemen took al-Mukalla; Yemen is where it is (IMGREB>YEM 19)
        List<String> aqap = dyads("وأمام هذا الوضع، حذر متابعون للشأن السياسي في حضرموت من انهيار اتفاق بين المجلس "
                + "الأهلي الحضرمي وأعضاء تنظيم القاعدة في اليمن الذين أطلقوا على أنفسهم اسم «أبناء حضرموت» وسيطروا على "
                + "مدينة المكلا في الثاني من أبريل الماضي، في ظل الفراغ الأمني وغياب السلطة الذي عاشته عاصمة حضرموت – آنذاك.");
        assertTrue(aqap.stream().noneMatch(x -> x.startsWith("IMGREB>YEM ")), aqap.toString());
        // snn-2015-08-02#921 (slice i%43==5): Iraq is where the UN envoy who speaks is (IMGREB>IRQ 19)
        List<String> envoy = dyads("وقال الممثل الخاص للأمين العام للأمم المتحدة في العراق يان كوبيش إنه ومنذ الهجمات "
                + "التي شنها تنظيم داعش الإرهابي الصيف الماضي ، أضحى العراق يعيش في مرحلة من أكثر المراحل صعوبة في "
                + "تاريخه الحديث.");
        assertTrue(envoy.stream().noneMatch(x -> x.startsWith("IMGREB>IRQ ")), envoy.toString());
        // snn-2015-07-22#1339 (slice 11, control): after the act the place is where the ones killed were
        assertTrue(dyads("أعلن حزب العمال الكردستاني مسؤوليته عن قتل ضابطي شرطة في جنوب شرق تركيا اليوم الأربعاء "
                + "قائلا إنه جاء انتقاما لتفجير انتحاري ألقي باللوم فيه على تنظيم الدولة الإسلامية وأسفر عن مقتل 32 "
                + "شخصا.").contains("TURREB>TUR 19"));
        // snn-2015-08-10#1563 (slice 10, control): an act with no named source keeps its place as the one acted upon
        assertTrue(dyads("انفجرت عبوة ناسفة بدائية الصنع اليوم بمحيط ميدان المحكمة بمصر الجديدة، أدى إلى إصابة ضابطين "
                + "ومجند من قوة الأمن المصرية .").contains("->EGY 183"));
    }
}
