package org.marsad.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.Pipeline;
import org.marsad.model.Article;
import org.marsad.model.Mention;

/** The names the statistical recognizer finds after a title, as the whole pipeline outputs them (real SaudiNewsNet sentences). */
class RecognizedNamesTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.load();
    }

    private static List<Mention> mentions(String text) {
        Article a = new Article("t", null, "test", LocalDate.of(2015, 8, 1), null, text);
        return pipeline.code(a).mentions();
    }

    private static List<String> mentionTexts(String text) {
        return mentions(text).stream().map(Mention::text).toList();
    }

    @Test
    void aPersonsNameGoesOnOverItsLineage() {
        // the recognizer tags a window of a few words after a title: its names stopped on «بن» or right before it
        assertTrue(mentionTexts("ورئيس الشئون الخاصة لخادم الحرمين الشريفين حازم بن مصطفى زقزوق ، ورئيس المراسم الملكية"
                + " الأستاذ خالد بن صالح العباد، ونائب السكرتير الخاص لخادم الحرمين الشريفين").contains("خالد بن صالح العباد"));
        // (the governor of Najran is in people.tsv since session 19: the mention is then «الأمير جلوي بن عبدالعزيز بن
        // مساعد», the chain whole either way)
        assertTrue(mentionTexts("هادي آل كليب- سبق- نجران: أكد الأمير جلوي بن عبدالعزيز بن مساعد، أمير منطقة نجران، بأن"
                + " إمارة المنطقة وجميع المحافظات والمراكز").stream().anyMatch(m -> m.contains("جلوي بن عبدالعزيز بن مساعد")));
        // a name written in two words is taken whole: «عبد الله», not «عبد»
        assertTrue(mentionTexts("وأوضح وزير الشؤون الاجتماعية وزير الثقافة والإعلام بالنيابة الدكتور ماجد بن عبد الله"
                + " القصبي، لوكالة الأنباء السعودية، أن").stream().anyMatch(m -> m.startsWith("ماجد بن عبد الله")));
    }

    @Test
    void aWordWithLamAndTheArticleBeginsNoPersonsName() {
        // «للبلياردو» (for billiards) completes the federation's name: it was read as the head's name, then as an alias
        List<String> texts = mentionTexts("توج عصام الملا عضو مجلس إدارة اللجنة الأولمبية العربية السعودية ورئيس الاتحاد"
                + " العربي السعودي للبلياردو والسنوكر أصحاب المراكز الأولى في بطولة آسيا للبلياردو لعام 2015م");
        assertFalse(texts.stream().anyMatch(t -> t.contains("للبلياردو")), texts.toString());
        // «كال» and «بال» begin foreign names: Chad's prime minister stays
        assertTrue(mentionTexts("وبحسب مصادر أمنية فإن رئيس الوزراء كالزوبي باهيمي دوبي عقد جلسة طارئة لتدارس الموقف")
                .stream().anyMatch(t -> t.contains("كالزوبي")));
    }

    @Test
    void aFamilyNameClosesTheLineageWithNoWordOfItsOwn() {
        // the recognizer's window stopped on the father's name: the family name after it is the person's
        assertTrue(mentionTexts("أكد محافظ الحرث مبارك بن سحمان السبيعي استقرار الوضع الأمني في المحافظة وقراها")
                .contains("مبارك بن سحمان السبيعي"));
        // a name written in two words after «بن» is taken whole by the dictionary's person, not cut on «عبد»
        assertTrue(mentionTexts("واجتمع الأمير محمد بن سلمان بن عبد العزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء")
                .contains("الأمير محمد بن سلمان بن عبد العزيز"));
    }

    @Test
    void theFirstNamesOfAKingBeforeAnotherFamilysNameAreAnotherPerson() {
        // «عبدالله بن عبدالعزيز الربيعة», the relief centre's head, is not King Abdullah; Al-Dabbagh is not Morocco's
        // former foreign minister Benaissa
        List<Mention> m = mentions("وأكد الصباغ أن المعونات الطبية المقدمة من المركز تأتي بإشراف ومتابعة من معالي المشرف"
                + " العام على المركز الدكتور عبدالله بن عبدالعزيز الربيعة، موضحًا أنها ستوزع لتشمل جميع المستشفيات");
        assertFalse(m.stream().anyMatch(x -> "people:king-abdullah-sau".equals(x.entry())), m.toString());
        m = mentions("قرر مجلس الوزراء ما يلي : تجديد عضوية الدكتور محمد بن عيسى الدباغ والدكتور محمد بن حسين بسيوني في"
                + " مجلس إدارة هيئة المساحة الجيولوجية السعودية");
        assertFalse(m.stream().anyMatch(x -> "people:benaissa".equals(x.entry())), m.toString());
        // his own family after the father's name keeps the king
        assertTrue(mentions("بافتتاح التوسعة السعودية الثالثة التي بدأها الملك عبدالله بن عبدالعزيز آل سعود - رحمه الله - في"
                + " شهر رمضان المبارك").stream()
                .anyMatch(x -> "people:king-abdullah-sau".equals(x.entry())));
    }

    @Test
    void aWordOnlyAPersonsNameHasIsAFamilyName() {
        // «العواد» is known to the dictionaries only as a word of a person's name (people.tsv: «إبراهيم عواد
        // البدري»), so it is another family's name after «فهد بن عبدالعزيز», the mufti's office head, not King Fahd
        // (SaudiNewsNet 2015-07-22)
        List<Mention> m = mentions("ومعالي المستشار المشرف العام على مكتب سماحة المفتي الشيخ فهد بن عبدالعزيز العواد، وعدد"
                + " من منسوبيها. وتبادل الجميع التهاني بهذه المناسبة");
        assertFalse(m.stream().anyMatch(x -> "people:fahd".equals(x.entry())), m.toString());
        // and the recognizer's name takes it (SaudiNewsNet 2015-08-01)
        m = mentions("ورحب محافظ الرس محمد بن عبدالله العساف بأخيه ماجد بن حسين العساف في محافظته");
        assertTrue(m.stream().anyMatch(x -> x.text().equals("محمد بن عبدالله العساف")), m.toString());
    }

    @Test
    void aRulersTitleKeepsTheRulerBeforeAnEpithet() {
        // the definite word after a king's or a prince's father's name is an epithet, not another family's name
        // (name-grammar.tsv ruler-title; SaudiNewsNet 2015-08-06 and 2015-08-08)
        List<Mention> m = mentions("وقال إن الشعب اليمني لن ينسى مواقف خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز"
                + " الشجاعة والحكيمة التي أعادت الأمل في نفوس اليمنيين");
        assertTrue(m.stream().anyMatch(x -> x.text().startsWith("الملك سلمان بن عبدالعزيز") && "SAUGOV".equals(x.code())),
                m.toString());
        m = mentions("وزيارتي ولي ولي العهد، وزير الدفاع، الأمير محمد بن سلمان الأخيرتين لمصر");
        assertTrue(m.stream().anyMatch(x -> x.text().contains("محمد بن سلمان") && x.code() != null
                && x.code().startsWith("SAU")), m.toString());
    }

    @Test
    void aGivenNameAloneTakesTheFamilyNameAfterIt() {
        // the recognizer cut the name after the given name
        assertTrue(mentionTexts("وافتتح رئيس غرفة الشرقية عبد الرحمن العطيشان المعرض بحضور مندوب الصناعة والتجارة")
                .contains("عبد الرحمن العطيشان"));
        assertTrue(mentionTexts("سامي الصالح سفير خادم الحرمين الشريفين لدى الأردن، والعقيد سليمان العسكر والملحق العسكري"
                + " السعودي في الأردن").contains("سليمان العسكر"));
    }

    @Test
    void aCompanyWhoseNameBeginsWithATitleIsNoPerson() {
        // «جنرال» (general) read the company's name after it as a person's («موتورز», Motors)
        List<Mention> m = mentions("أعلنت مجموعة «جنرال موتورز» الأميركية، أكبر منتج سيارات في الولايات المتحدة");
        assertTrue(m.stream().anyMatch(x -> x.text().equals("جنرال موتورز") && "USABUS".equals(x.code())), m.toString());
        assertFalse(m.stream().anyMatch(x -> x.text().equals("موتورز")), m.toString());
    }

    @Test
    void aThingNamedAfterAPersonIsNoPerson() {
        // the title in «جامعة الأمير سطام» opened the recognizer's window: the university is no person
        List<String> texts = mentionTexts("تبدأ جامعة الأمير سطام بن عبدالعزيز بالخرج، غدا الأحد، استقبال طلبات المتقدمين");
        assertFalse(texts.stream().anyMatch(x -> x.contains("سطام")), texts.toString());
    }

    @Test
    void theSecondHalfOfANameInTwoWordsIsNoAlias() {
        // «العزيز» ends «محمد بن سلمان بن عبد العزيز» but is no family name: alone it is the adjective (dear)
        List<Mention> m = mentions("استقبل الرئيس المصري عبد الفتاح السيسي أمس الأمير محمد بن سلمان بن عبد العزيز، ولي ولي"
                + " العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع السعودي. وأشار المتحدث الرئاسي إلى أنه عقب الاحتفال"
                + " جرت جلسة مباحثات ثنائية، رحب خلالها السيسي بضيف مصر العزيز وطلب نقل تحياته");
        assertFalse(m.stream().anyMatch(x -> x.text().equals("العزيز")), m.toString());
    }

    @Test
    void aNameWordWrittenBareIsNoPersonWithTheArticle() {
        // people.tsv writes Malik Agar «مالك عقار» and Khaled Meshaal «خالد مشعل»: with the article the words are the
        // property's owner (مالك العقار) and a Saudi academic of the family المشعل (SaudiNewsNet 2015-08-08, 2015-07-25)
        List<Mention> m = mentions("بينما اعتبر أن الأسعار التي تمنحها لجنة التثمين تؤهل مالك العقار للشراء في مناطق مجاورة"
                + " بنصف قيمة التعويض الذي حصلوا عليه");
        assertFalse(m.stream().anyMatch(x -> "people:malik-agar".equals(x.entry())), m.toString());
        m = mentions("وفي مؤتمر التعليم الموازي بجامعة الإمام كان لافتاً حديث الدكتور خالد المشعل، حين أشار إلى أن مصطلح"
                + " التعليم الموازي");
        assertFalse(m.stream().anyMatch(x -> "people:meshaal".equals(x.entry())), m.toString());
        // the bare names still read as the persons
        m = mentions("على الرغم من تقليل السعودية رسمياً للتفسيرات السياسية لزيارة رئيس المكتب السياسي لحركة حماس خالد"
                + " مشعل، الا ان ذلك لم يمنع");
        assertTrue(m.stream().anyMatch(x -> "people:meshaal".equals(x.entry())), m.toString());
    }
}
