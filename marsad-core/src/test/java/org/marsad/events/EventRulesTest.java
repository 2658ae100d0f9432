package org.marsad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.Pipeline;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.model.Span;

/**
 * The coder's general argument rules, one real Arabic sentence each (news register, not from the gold
 * files): each assertion names the dyad and code the rule must give, and what it must not.
 */
class EventRulesTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.load();
    }

    private static List<String> dyads(String text) {
        Article a = new Article("t", null, "test", LocalDate.of(2015, 7, 20), null, text);
        return pipeline.code(a).events().stream().filter(e -> !e.negated())
                .map(EventRulesTest::dyad).toList();
    }

    private static String dyad(Event e) {
        return (e.source() == null ? "-" : e.source().code()) + ">" + (e.target() == null ? "-" : e.target().code())
                + " " + e.cameoCode();
    }

    // A place right after a VSO subject, between the verb cue and its further word, says where the subject is
    // (ActorIdentity.scene, session 23, events94: session 23's blind judgement, item 11); sentences of our own.

    @Test
    void bareMilitantsAreOfWhereTheyFiredFromOrOfTheGroupNamedAfterThem() {
        // (session 29, events135: the blind judgement) «جهاديون ... فتحوا النار من سوريا» are of Syria, not of Turkey
        // whose post they hit (was TURREB>TURMIL 19 with the story's country; REB>TURMIL 19 here)
        String story = "قصفت المدفعية التركية مواقع في شمال سوريا. ";
        assertTrue(dyads(story + "وكان جهاديون فتحوا الخميس النار من سوريا على مركز حدودي للجيش التركي في كيليس.")
                .contains("SYRREB>TURMIL 19"));
        // partitive «من» + an armed group: the militants are the group's (was >REB 19, >IRQREB with an Iraqi story);
        // control: a place after another party is that party's, not where the gunmen came from
        assertTrue(dyads("وقالت الحكومة العراقية إنها تمكنت من قتل 15 مسلحا من تنظيم داعش في محافظة ديالى.").stream()
                .anyMatch(x -> x.endsWith(">IMGREB 19")));
        assertTrue(dyads("اختطف مسلحون مواطنين من السعودية في ليبيا.").stream().noneMatch(x -> x.startsWith("SAUREB>")));
    }

    @Test
    void bareMilitantsAreOfTheOneArmedGroupTheArticleNamedBefore() {
        // (session 30, events140: session 29's blind item 29) the article named the Islamic State before: the jihadists
        // who fired from Syria are its men (was SYRREB>TURMIL 19 after events135, TURREB before it)
        String is = "شن سلاح الجو التركي الجمعة اولى غاراته على مواقع لتنظيم الدولة الاسلامية في سوريا. ";
        List<String> blind = dyads(is + "وكان جهاديون فتحوا الخميس النار من سوريا على مركز حدودي للجيش التركي في كيليس.");
        assertTrue(blind.contains("IMGREB>TURMIL 19"), blind.toString());
        List<String> boko = dyads("وقال مصدر عسكري إن جماعة بوكو حرام شنت هجوما على قرية في تشاد. "
                + "وأصيب 11 شخصا عندما أشعل المسلحون النار في أكثر من 300 منزل بقرية كامونا.");
        assertTrue(boko.contains("NGAREB>null 19"), boko.toString()); // was REB>null 19
        // controls: two armed groups named before (either may be theirs), another matter («من جهة أخرى»)
        List<String> two = dyads("وقصفت تركيا مواقع لتنظيم الدولة الاسلامية ولحزب العمال الكردستاني. "
                + "وكان جهاديون فتحوا الخميس النار من سوريا على مركز حدودي للجيش التركي في كيليس.");
        assertTrue(two.contains("SYRREB>TURMIL 19"), two.toString());
        List<String> other = dyads("وقال مصدر عسكري إن جماعة بوكو حرام شنت هجوما على قرية في تشاد. "
                + "من جهة أخرى، أشعل مسلحون النار في مقر حزب بالقاهرة.");
        assertTrue(other.contains("EGYREB>null 19") && !other.contains("NGAREB>null 19"), other.toString());
    }

    @Test
    void threeShapesThatMadeAFightOutOfNoFight() {
        // (session 30, events145: three of the lead's blind items, all 19) a group in -ين between a verb of violence and
        // its further word is the verb's first object, not its subject (was SYRREB>IMGREB 19)
        List<String> raids = dyads("لكن غالبية الغارات التركية استهدفت حتى الآن المتمردين الأكراد، "
                + "وبعض مواقع تنظيم داعش في شمال سوريا.");
        assertTrue(raids.stream().noneMatch(x -> x.startsWith("SYRREB>")), raids.toString());
        // the last of a list after «من» is where the fighters came from, not the killer (was ASA>null 19)
        List<String> toll = dyads("وقال المرصد إن عدد القتلى تجاوز 200 ألف، مضيفا إن 34 ألفا و375 مقاتلا أجنبيا جاؤوا "
                + "إلى سوريا من أوروبا ودول عربية مختلفة وآسيا قد قتلوا كذلك.");
        assertTrue(toll.stream().noneMatch(x -> x.startsWith("ASA>")), toll.toString());
        // «كأنما»: a likeness in a quoted verse, no act told (was REB>IMGREB 19 asserted)
        List<Event> verse = events("وقال الخطيب إن الله تعالى قال بأن من قتل نفسًا كأنما قتل الناس جميعاً فهؤلاء "
                + "الإرهابيون سواء أكانوا ينتمون لداعش أو غيرها لا دين لهم.");
        assertTrue(verse.stream().noneMatch(e -> e.cameoCode().startsWith("19") && !"hypothetical".equals(e.modality())),
                verse.toString());
        // control: a subject in -ون between the verb and its further word stays the subject
        assertTrue(dyads("واستهدف المتمردون الحوثيون حتى الآن مواقع للجيش السعودي.").stream()
                .anyMatch(x -> x.startsWith("YEMREB>") && x.endsWith(" 19")));
    }

    @Test
    void thanksInternalAffairsAndThoseResponsibleNameNoParty() {
        // (session 28, events119: session 27's blind judgement) «شكرا لـX» is an interjection, the thanking one whoever
        // says it: no subject carried from «شكرا شعب مصر» before it (was EGYCVL>EGYGOV 051)
        List<String> thanks = dyads("شكرا شعب مصر.. شكرا للقيادة المصرية.");
        assertTrue(thanks.stream().noneMatch(x -> x.startsWith("EGYCVL>")), thanks.toString());
        // control: a reporting verb before it names who thanks
        List<String> said = dyads("وقال الرئيس اليمني عبدربه منصور هادي: شكرا للمملكة العربية السعودية على دعمها.");
        assertTrue(said.contains("YEMGOV>SAU 051"), said.toString());
        // «الشؤون الداخلية» is internal affairs, no interior ministry (actors/homographs.tsv), and the one whose affairs
        // they are is no target of the rejection of interference (modifiers.tsv affairs-noun): was SAU>BHRGOV, SAU>BHR 12
        List<String> adjective = dyads("وقال إن السعودية ترفض أي تدخل في الشؤون الداخلية البحرينية.");
        assertTrue(adjective.stream().noneMatch(x -> x.contains(">BHR")), adjective.toString());
        List<String> lam = dyads("وأكد الوزير أن السعودية ترفض أي تدخل في الشؤون الداخلية لمملكة البحرين.");
        assertTrue(lam.stream().noneMatch(x -> x.contains(">BHR")), lam.toString());
        // control: the interferer named is the one rejected
        List<String> iranian = dyads("وأكد الوزير أن السعودية ترفض التدخل الإيراني في الشؤون الداخلية لمملكة البحرين.");
        assertTrue(iranian.contains("SAU>IRNGOV 12"), iranian.toString());
        // «المسؤولين عن» + an act are those responsible, no officials of the place (modifiers.tsv culprit-act): was
        // IRQGOV>IMGREB 10
        List<String> culprits = dyads("وخرجت في بغداد تظاهرات حاشدة تطالب بمحاسبة المسؤولين عن دخول تنظيم داعش إلى العراق.");
        assertTrue(culprits.stream().noneMatch(x -> x.startsWith("IRQGOV>")), culprits.toString());
    }

    @Test
    void theClauseBreaksAskedOfEarlierSentencesDoNotCarryOver() {
        // (session 30, speed41) CueFinder's per-sentence answers (clause break, relative pronoun, verb of bearing) are
        // stamped, not cleared, per sentence and cleared once in 63 sentences: the same sentence codes the same after
        // sentences of other lengths and breaks, over several rounds of the stamp
        String iranian = "وأكد الوزير أن السعودية ترفض التدخل الإيراني في الشؤون الداخلية لمملكة البحرين.";
        List<String> first = dyads(iranian);
        assertTrue(first.contains("SAU>IRNGOV 12"), first.toString());
        String[] others = {"وقال إن السعودية ترفض أي تدخل في الشؤون الداخلية البحرينية.",
                "وخرجت في بغداد تظاهرات حاشدة تطالب بمحاسبة المسؤولين عن دخول تنظيم داعش إلى العراق.",
                "وأكد الوزير أن السعودية ترفض أي تدخل في الشؤون الداخلية لمملكة البحرين. وقال إن الوزير الذي زار "
                        + "الرياض أكد أن إيران أبدت استعدادا للحوار؛ ثم غادر."};
        for (int round = 0; round < 150; round++) {
            dyads(others[round % others.length]);
            assertEquals(first, dyads(iranian), "round " + round);
        }
    }

    @Test
    void aProtestVerbOfPretendingIsNoDemonstration() {
        // (session 27, events115) تظاهر + بال…/بأن/أن is «to pretend» (modifiers.tsv pretend-verb, pretend-sign):
        // tuning-set sentences, each a protest (141) without the rule; a crowd's size after بـ keeps it (pretend-not)
        java.util.Map<String, Boolean> protest = java.util.Map.of(
                "لكن نظام طهران ينافق ويتظاهر بالعداء لأمريكا وإسرائيل.", false,
                "خاصة من جانب بعض الساسة الإيطاليين الذين يتظاهرون أنهم في خدمة البلد.", false,
                "وتظاهر آلاف العراقيين بالآلاف في بغداد ضد الحكومة.", true);
        protest.forEach((text, is) -> assertEquals(is, dyads(text).stream().anyMatch(x -> x.endsWith(" 141")), text));
    }

    @Test
    void aNameNoDictionaryKnowsBeforeAMasdarIsItsOwnerNoPronounReferent() {
        // (session 30, events138: session 29's blind item, slice 96, «ورفع “الحكمي” تعازيه إلى مقام خادم الحرمين
        // الشريفين» was SAUCOP>SAUGOV 018 by the pronoun path) a name in quotation marks, or a title of address and a
        // name no dictionary knows (modifiers.tsv name-title), right after the verb governing «تعازيه» is the one whose
        // condolences they are: the subject in play (Kerry) is not borrowed; with no name there it still is
        String before = "قال وزير الخارجية الأمريكي جون كيري خلال زيارته إلى مصر إن العلاقات قوية. ";
        String king = " إلى مقام خادم الحرمين الشريفين.";
        java.util.Map<String, Boolean> borrowed = java.util.Map.of(
                before + "ورفع “الحكمي” تعازيه" + king, false,
                before + "ورفع الشيخ علي بن ولي الحكمي تعازيه" + king, false,
                before + "ورفع تعازيه" + king, true);
        borrowed.forEach((text, is) -> assertEquals(is, dyads(text).stream().anyMatch(x -> x.matches("USAGOV>.* 018")),
                text + " " + dyads(text)));
    }

    @Test
    void aGenericRoleNounBeforeAPresentVerbIsAFigureOfSpeechNoActor() {
        // (session 29, events134: the lead's blind judgement of slice 96) a singular role noun with the article right
        // before a present-tense verb cue, opening its clause (modifiers.tsv generic-role), is the kind in a writer's
        // figure of speech: no protest (was SAUBUS>SAUBUS 14, the source and target the same «المستثمر»); a named,
        // counted or plural one, or a past act, keeps its event
        java.util.Map<String, Boolean> protest = java.util.Map.of(
                "نتقدم لمعالي وزير الزراعة بهذه الرسالة، ناقلين له شكوى المواطنين من تأخر صرف القروض؛ فالمزارع يصرخ، "
                        + "والمستثمر يحتج، والمواطن يستغرب من أمر هذه الوزارة.", false,
                "لقد تعبنا من الوعود، فالتاجر يشكو، والمستثمر يحتج على القرارات، والمواطن يتظاهر أمام الوزارة كل يوم.", false,
                "احتج المستثمر السعودي خالد العتيبي أمس على قرار وزارة التجارة.", true,
                "ويحتج المستثمرون السعوديون على قرار وزارة التجارة.", true);
        protest.forEach((text, is) -> assertEquals(is, dyads(text).stream().anyMatch(x -> x.matches(".* 14\\d?")),
                text + " " + dyads(text)));
    }

    @Test
    void aCulturalOrEconomicTathahuraIsAFestivalNoDemonstration() {
        // (session 28, events120) تظاهرة/تظاهرات + a festival-sign adjective (modifiers.tsv festival-noun, festival-sign)
        // is a festival, a fair or an occasion: tuning-set sentences, each a protest (141) without the rule; a
        // demonstration described otherwise keeps it
        java.util.Map<String, Boolean> protest = java.util.Map.of(
                "تشهد مدينة التمور ببريدة في الساعات الأولى من صباح كل يوم أهم تظاهرة اقتصادية على مستوى العالم في إنتاج التمور.", false,
                "يمثل نهائي السوبر السعودي تظاهرة رياضية سيتم تقديمها للعالم هناك في العاصمة الإنجليزية لندن.", false,
                "وتنظم وزارة الثقافة التونسية تظاهرة فنية في صفاقس.", false,
                "وخرجت تظاهرة حاشدة في بغداد ضد الحكومة العراقية.", true);
        protest.forEach((text, is) -> assertEquals(is, dyads(text).stream().anyMatch(x -> x.endsWith(" 141")), text));
    }

    @Test
    void anApproximateCountAfterAProtestVerbIsItsSubject() {
        // (session 28, events120: the lead's blind judgement) «وتجمع نحو ثلاثين من هؤلاء الأقرباء ... أمام مبنى»: the
        // relatives gathered, not the airline the sentence before names (modifiers.tsv count-approximate)
        List<String> d = dyads("قالت الخطوط الجوية الماليزية إن البحث عن الطائرة المفقودة مستمر.\n"
                + "وتجمع نحو ثلاثين من هؤلاء الأقرباء صباح اليوم، أمام مبنى مكاتب بالقرب من مطار بكين على أمل الاجتماع "
                + "بمسؤولين في الحكومة الماليزية.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("MYSBUS>")), d.toString());
    }

    @Test
    void aGroupBroughtToProtestIsTheProtesterNotTheSubjectInPlay() {
        // (session 28, events120: the lead's blind judgement; the tuning set's own sentence) «ليتظاهروا» right after
        // «شيوخ العشائر» (modifiers.tsv protester-role): the tribal sheikhs protest, not the journalists before
        List<String> d = dyads("حين اندلعت تظاهرات العراقيين عام 2011 احتجاجا على تردي الخدمات وبدء مد الفساد قتلوا الإعلامي "
                + "هادي عبدالمهدي واعتقلوا العشرات من الصحفيين والإعلاميين الذين رفضوا دكتاتورية المالكي وهرب من هرب بجلده، "
                + "وكنت واحدا ممن غادروا إلى البحرين وجاء المالكي بمرتزقته من شيوخ العشائر ليتظاهروا في ساحة التحرير "
                + "احتجاجا على مطالب الشعب.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("MED>") && x.endsWith(" 141")), d.toString());
        assertTrue(d.stream().anyMatch(x -> x.startsWith("CVL>") && x.endsWith(" 141")), d.toString());
    }

    @Test
    void theKinOfTheMissingOrHeldAreCiviliansWhoAct() {
        // (session 28, events120) agents.tsv «relatives, families»: the families protest or accuse as themselves; the
        // embassy they stand before is the target, not the protester
        List<String> d = dyads("وتظاهر أقارب الركاب أمام السفارة الماليزية في بكين.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("MYSGOV>")), d.toString());
        assertTrue(d.stream().anyMatch(x -> x.endsWith("CVL>MYSGOV 141")), d.toString());
        List<String> accused = dyads("وقال رئيس الوزراء الماليزي نجيب رزاق إن البحث عن الطائرة الماليزية مستمر.\n"
                + "واتهمت عائلات الركاب الحكومة الاندونيسية بعدم الكفاءة وعدم احترام مشاعر العائلات.");
        assertTrue(accused.stream().anyMatch(x -> x.endsWith("CVL>IDNGOV 112")), accused.toString());
    }

    @Test
    void aPlaceInsideTheSubjectBetweenTheCuesWordsIsNoTarget() {
        List<String> d = dyads("وذكر الجيش أن الاشتباك بدأ عندما فتح أربعة من المتطرفين في العراق النار على نقطة حدودية.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(">IRQ 19")), d.toString());
        // controls: the place after the cue's own words is where the ones fired on are; a place with no source
        // before it is the one acted upon
        List<String> after = dyads("فتح أربعة من المتطرفين النار على المدنيين في العراق.");
        assertTrue(after.stream().anyMatch(x -> x.endsWith(">IRQ 19")), after.toString());
        List<String> shelled = dyads("قصفت المدفعية التركية مواقع في العراق.");
        assertTrue(shelled.stream().anyMatch(x -> x.endsWith(">IRQ 194") || x.endsWith(">IRQ 19")), shelled.toString());
    }

    @Test
    void theCountedBeforeAVerbsOwnObjectAreItsSubject() {
        // (session 23, events96) «فتح ... النار»: the counted group stands before the verb's own object, so the verb
        // is active and the counted are the ones who fired, not the ones hit
        List<String> d = dyads("وقال الجيش إن ستة من مسلحي داعش فتحوا النار، ثم فتح ثلاثة من مقاتلي تنظيم داعش النار على دورية.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(">IMGREB 19")), d.toString());
        assertTrue(d.stream().anyMatch(x -> x.startsWith("IMGREB>") && x.endsWith(" 19")), d.toString());
        // controls: a plural verb holds its subject, so the counted are its object (the hostages); a killing has no
        // object of its own there; the counted are the victims
        List<String> held = dyads("وقال المتحدث إن المسلحين احتجزوا ثلاثة من جنود الجيش الباكستاني رهائن منذ أمس.");
        assertTrue(held.stream().anyMatch(x -> x.contains(">PAKMIL 181")), held.toString());
        List<String> killed = dyads("وقتل 12 على الأقل من مسلحي تنظيم داعش في المعارك.");
        assertTrue(killed.stream().anyMatch(x -> x.endsWith(">IMGREB 19") || x.endsWith(">IMGREB 18")), killed.toString());
    }

    @Test
    void theOwnerOfWhatIsHitMayFollowAnAdjectiveOrAGenitive() {
        // (session 23, events96) an indefinite word between the thing hit and its owner with لـ («موقع متقدم
        // للجيش»، «مركز تدريب للمتمردين») does not hide the owner, who is the target
        List<String> d = dyads("وقال الجيش إن القتال بدأ عندما فتح ستة من المتطرفين في العراق النار على موقع متقدم للجيش الأردني.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("IRQREB>JORMIL")), d.toString());
        List<String> known = dyads("وشنت الطائرات التركية غارات على مواقع معروفة لحزب العمال الكردستاني في شمال العراق.");
        assertTrue(known.stream().anyMatch(x -> x.startsWith("TURMIL>TURREB")), known.toString());
        List<String> camp = dyads("شنت الطائرات الإسرائيلية غارة على مركز تدريب لحركة حماس.");
        assertTrue(camp.stream().anyMatch(x -> x.startsWith("ISR") && x.contains(">PSE")), camp.toString());
        // controls: the owner right after the thing hit is found as before; with no owner named with لـ after the
        // word, the target is not a later genitive
        List<String> plain = dyads("وقال الجيش إن القتال بدأ عندما فتح ستة من المتطرفين في العراق النار على موقع للجيش الأردني.");
        assertTrue(plain.stream().anyMatch(x -> x.startsWith("IRQREB>JORMIL")), plain.toString());
        List<String> none = dyads("وأطلق مسلحون النار على موقع متقدم الليلة الماضية وقال الجيش العراقي إنه رد عليهم.");
        assertTrue(none.stream().noneMatch(x -> x.endsWith(">IRQMIL 19")), none.toString());
    }

    // Who does the act of a relative clause's verb (SubjectSearch, session 20, events71): the antecedent, unless the
    // verb's agreeing object pronoun repeats it before a noun that is the subject, or the word before the pronoun is a
    // place standing in the phrase of people.

    @Test
    void theAntecedentTheObjectPronounRepeatsIsNotTheDoer() {
        // snn-2015-08-04#147: months of battles destroyed Aden; the base coded Yemen as the fighter (YEM>- 19)
        List<String> m = dyads("وعلى الصعيد الإنساني بدأ توزيع المواد الغذائية على سكان عدن كبرى مدن جنوب اليمن التي "
                + "دمرتها أربعة أشهر من المعارك، لكن العملية تجري ببطء نظرا لجسامة الاحتياجات.");
        assertTrue(m.stream().noneMatch(x -> x.startsWith("YEM>")), m.toString());
        // an object pronoun of another gender repeats someone else (snn-2015-07-27#769): the occupation forces
        // stormed the mosque, and stay the doer
        m = dyads("تحولت باحات ومصليات المسجد الاقصى منذ ساعات الصباح الى ساحة للمواجهة بين مئات المرابطين وقوات "
                + "الاحتلال التي اقتحمته واعتدت على كل من بداخله بوحشية.");
        assertTrue(m.stream().anyMatch(x -> x.startsWith("ISRMIL>") && x.endsWith(" 19")), m.toString());
        // with no noun right after the verb the antecedent may be its subject (snn-2015-08-02#701): Erdogan accuses him
        m = dyads("والمعروف عن دمرتاش انه يتمتع بكاريزما كبيرة وبات العدو اللدود لرئيس تركيا رجب طيب اردوغان الذي "
                + "يتهمه بتقديم الدعم \"لارهابيي\" حزب العمال الكردستاني.");
        assertTrue(m.contains("TURGOV>TURREB 112"), m.toString());
    }

    @Test
    void aPlaceBeforeARelativePronounOfPeopleIsNotTheDoer() {
        // snn-2015-08-09#192 (slice 5): the Kurds of Syria fight the extremists; the base coded Syria (SYR>- 19)
        List<String> m = dyads("وكانت تركيا العضو في الحلف الأطلسي قد رفضت أخيرا المشاركة في عمليات التحالف ضد تنظيم "
                + "داعش، خشية دعم نشاط أكراد سوريا الذين يقاتلون الإسلاميين المتطرفين قرب الحدود.");
        assertTrue(m.stream().noneMatch(x -> x.startsWith("SYR>") && x.endsWith(" 19")), m.toString());
        // a people named by their country's adjective stays (snn-2015-08-03#66): the Israelis burnt the house
        m = dyads("وتوفي الطفل متأثرا بلهيب النيران، حتى تفحم جسده تماما على يد الإسرائيليين الذين أحرقوا منزل أسرته.");
        assertTrue(m.stream().anyMatch(x -> x.startsWith("ISR>")), m.toString());
    }

    @Test
    void aKillingAnActResultedInIsReported() {
        // snn-2015-08-07#201 (i%23==12): the masdar after «أسفر عن» was dropped as a situation referred to («عن
        // مقتل»); unnamed victims take the country of the place the sentence names
        List<Event> dammam = events("يذكر أن أصحاب الأفكار الضالة سبق أن استهدفوا المصلين خلال صلاة الجمعة في جامع "
                + "الإمام الحسين في حي العنود في مدينة الدمام، ما أسفر عن مقتل 4 من المصلين وإصابة أربعة أشخاص.");
        assertTrue(dammam.stream().anyMatch(e -> e.cameoCode().startsWith("19") && e.target() != null
                && "SAU".equals(e.target().code())), dammam.toString());
        // snn-2015-08-06#981: the toll of an attack named in a relative clause, a month before, is referred to as the
        // attack is
        List<Event> chattanooga = events("ويأتي هذا الحادث بعد أقل من شهر على الهجوم المسلح الذي نفذه محمد يوسف (24 "
                + "عاماً) والذي استهدف مركزين عسكريين في تشاتانوغا (ولاية تينيسي، جنوب) وأسفر عن مقتل أربعة عسكريين قبل "
                + "أن يقتل المهاجم برصاص الشرطة.");
        assertTrue(chattanooga.stream().noneMatch(e -> e.cameoCode().startsWith("19") && e.target() != null
                && "USA".equals(e.target().code())), chattanooga.toString());
        // a killing after a preposition of no outcome verb is still a situation referred to
        List<Event> after = events("وتحدث الوزير عن مقتل 4 من المصلين في مدينة الدمام.");
        assertTrue(after.stream().noneMatch(e -> e.cameoCode().startsWith("19")), after.toString());
    }

    @Test
    void hamzaAlefNamesComposeWithTheirArticle() {
        // ألمانيا folds to المانيا: its key must not lose "ال" as if it were the article
        assertTrue(dyads("وقعت الحكومة الألمانية اتفاقية مع الحكومة الفرنسية").contains("DEUGOV>FRAGOV 057"));
    }

    @Test
    void jointAgentsPairWithTheActorTheArticleIsAbout() {
        List<String> d = dyads("تحدثت اليونان عن ديونها. وقالت اليونان إنها ستدفع. "
                + "وقدمت التسوية المستشارة الألمانية أنغيلا ميركل، والرئيس الفرنسي فرنسوا هولاند، ورئيس الوزراء اليوناني.");
        assertTrue(d.contains("GRCGOV>DEU 05") || d.contains("GRCGOV>DEUGOV 05"), d.toString());
        assertTrue(d.stream().anyMatch(x -> x.startsWith("GRCGOV>FRAGOV 05")), d.toString());
    }

    @Test
    void peopleNounsTakeTheirNationality() {
        assertEquals(List.of("TURGOV>SDN 173"), dyads("اعتقلت السلطات التركية 18 طالبا سودانيا"));
    }

    @Test
    void threatsNameTheirTargetInTheirContent() {
        assertTrue(dyads("هددت السعودية بالقيام بردة فعل حازمة إذا استخدمت إيران الأموال لدعم الإرهاب")
                .contains("SAU>IRN 13"));
        assertTrue(dyads("كوريا الشمالية تهدد: لن نترك أمريكياً على قيد الحياة").contains("PRK>USA 13"));
        // a nationality adjective on a thing in the content is no target
        assertEquals(List.of(), dyads("هدد جنرال بالجيش الكوري الشمالي بأن نشوب حرب أخرى في شبه الجزيرة الكورية "
                + "سيكون كارثيا").stream().filter(x -> x.endsWith(" 13") && !x.contains(">-")).toList());
    }

    @Test
    void aVisitInATimeAdverbialIsTheCarriedSubjects() {
        List<String> d = dyads("قال المندوب إن الرئيس السوداني عمر حسن البشير يعتزم السفر. "
                + "لكنه خلال زيارة لجنوب أفريقيا في وقت سابق هذا العام أجبر على السفر");
        assertTrue(d.contains("SDNGOV>ZAF 042"), d.toString());
    }

    @Test
    void aReferredEventBorrowsNoAgent() {
        // «منذ توقيع الاتفاقية مع إيران»: the signing is another event; the king did not sign it
        assertEquals(List.of(), dyads("لم يتوقف الملك سلمان بن عبد العزيز عن التشاور منذ توقيع الاتفاقية مع إيران")
                .stream().filter(x -> x.startsWith("SAU")).toList());
    }

    @Test
    void attacksBetweenIndividualsAreVerbal() {
        assertEquals(List.of("TURGOV>ISRGOV 111"),
                dyads("هاجم الرئيس التركي رجب طيب أردوغان رئيس الوزراء الإسرائيلي بنيامين نتنياهو"));
        assertTrue(dyads("هاجم الجيش التركي مواقع حزب العمال الكردستاني في شمال العراق").contains("TURMIL>TURREB 19"));
    }

    @Test
    void anAttackInWordsIsCriticismNotFighting() {
        // patterns.tsv 111: هاجم with a word of criticism, an idea, «علنا» or «بضراوة» in its clause, or in
        // an interview (لقاء/مقابلة + تلفزيوني), and «شن في مقابلة تلفزيونية هجوماً» are verbal attacks, not 19
        List<String> d = dyads("قام نائب الرئيس العراقي نوري المالكي بمواصلة تخبطاته ليهاجم السعودية، ويصفها بأنها منطلق الإرهاب "
                + "وجذر التطرف والتكفير. ولم تكن اتهامات المالكي وليدة اليوم، فقد شن في مقابلة تلفزيونية هجوماً على السعودية وقطر؛ إبان "
                + "توليه رئاسة مجلس الوزراء؛ حيث اتهمهما بإعلان الحرب على العراق.");
        assertTrue(d.containsAll(List.of("IRQGOV>SAU 111", "IRQGOV>QAT 111")), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("IRQGOV>") && x.endsWith(" 19")), d.toString());
        for (String s : List.of(
                "ويهاجم جيب بوش بانتقادات لاذعة الاجتماعات الحالية بين وزير الخارجية الأميركي جون كيري ونظيره الإيراني محمد "
                        + "جواد ظريف.",
                "هاجم الملحن اللبناني سمير صفير المغنية الإماراتية أحلام، عبر لقاء تلفزيوني، حينما رأى نفسه وهو رجل أكثر "
                        + "أنوثة منها.",
                "أن كلينتون ستهاجم الجمهوريين بضراوة كدافع رئيسي لحملتها.",
                "الاستعراض الإيراني والخطب الرنانة والهجوم العلني على أمريكا تكذبه العلاقات المتنامية بين البلدين.")) {
            d = dyads(s);
            assertTrue(d.stream().noneMatch(x -> x.endsWith(" 19")), s + " " + d);
        }
        // an armed attack on a headquarters stays one, and so does one with «تصفه» in the next clause
        assertTrue(dyads("تشير إلى أن أنقرة ستهاجم تنظيم الدولة الإسلامية عبر الحدود السورية بينما ستلاحق أعضاء حزب العمال "
                + "الكردستاني المحظور الذي تصفه أنقره بأنه منظمة انفصالية في الداخل.").stream()
                .noneMatch(x -> x.endsWith(" 111")));
        d = dyads("وهاجمت جبهة النصرة الجمعة مقرا للفرقة 30 في المنطقة نفسها، ووقعت اشتباكات بينها وبين المدافعين عن المقر.");
        assertTrue(d.contains("IMGREB>null 19"), d.toString());
    }

    private static List<Event> events(String text) {
        return events(text, LocalDate.of(2015, 7, 20));
    }

    private static List<Event> events(String text, LocalDate published) {
        Article a = new Article("t", null, "test", published, null, text);
        return pipeline.code(a).events().stream().filter(e -> !e.negated()).toList();
    }

    @Test
    void aDateAcrossAClauseBreakBelongsToTheOtherClause() {
        // «الأحد الماضي» after حيث dates the earlier visit, not «ثاني زيارة»; that visit takes the lead's
        // date (اليوم, carried from the sentence before, and the record says so)
        List<Event> e = events("وصل الرئيس الفرنسي إلى الجزائر اليوم. "
                + "وهذه ثاني زيارة للرئيس الفرنسي إلى الجزائر خلال شهر، حيث زارها الأحد الماضي والتقى الرئيس الجزائري.");
        Event visit = e.stream().filter(x -> x.cameoCode().equals("042")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError(e.stream().map(EventRulesTest::dyad).toList()));
        assertEquals("2015-07-20", visit.date(), dyad(visit));
        assertTrue(visit.rule().endsWith("date from sentence 0"), visit.rule());
        assertTrue(e.stream().noneMatch(x -> "2015-07-19".equals(x.date())), "الأحد الماضي crossed حيث");
    }

    @Test
    void theLeadsDateCarriesOverTheSentencesThatFollowButNotBeforeIt() {
        List<Event> e = events("التقى وزير الخارجية الأردني وزير الخارجية المصري في عمان. "
                + "واتهم وزير الخارجية الإيراني أمس السعودية بدعم الإرهاب. "
                + "وانتقد الوزير الإيراني الولايات المتحدة.");
        assertEquals(null, e.stream().filter(x -> x.sentence() == 0).findFirst().orElseThrow().date());
        Event carried = e.stream().filter(x -> x.sentence() == 2 && x.cameoRoot().equals("11")).findFirst()
                .orElseThrow(() -> new AssertionError(e.stream().map(EventRulesTest::dyad).toList()));
        assertEquals("2015-07-19", carried.date());
        assertTrue(carried.rule().endsWith("date from sentence 1"), carried.rule());
    }

    @Test
    void historyIsNotCarriedButTheNewsBeforeItIs() {
        // SaudiNewsNet 2015-07-25 (read here on Monday 20 July): the talks in Baghdad took the month Carter took
        // office, «فبراير الماضي», the last date of the sentence before; it is months old, so the Thursday is carried
        List<Event> e = events("ووصل كارتر صباح الخميس في زيارة غير معلنة الى العراق، هي الاولى منذ توليه منصبه في "
                + "فبراير الماضي، وتأتي في اطار جولة اقليمية شملت حتى الآن السعودية والاردن. وأجرى الوزير الامريكي بعد "
                + "وصوله الى بغداد لقاءات مع رئيس الوزراء حيدر العبادي ونظيره العراقي خالد العبيدي.");
        Event talks = e.stream().filter(x -> x.sentence() == 1 && x.cameoRoot().equals("04")).findFirst()
                .orElseThrow(() -> new AssertionError(e.stream().map(EventRulesTest::dyad).toList()));
        assertEquals("2015-07-16", talks.date(), dyad(talks));
        assertTrue(talks.rule().endsWith("date from sentence 0"), talks.rule());
        assertTrue(e.stream().noneMatch(x -> "2015-02".equals(x.date())), "a months-old date was carried");
    }

    @Test
    void anEventToldInARelativeClauseTakesNoCarriedDate() {
        // SaudiNewsNet 2015-08-04: the bombing was weeks before the charges of «14 يوليو»
        List<Event> e = events("وكانت النيابة العامة وجهت في 14 يوليو الماضي الاتهام إلى 29 شخصا في حادث التفجير "
                + "الإرهابي الذي استهدف المسجد وأحالتهم إلى محكمة الجنايات. وكانت الأجهزة الامنية ألقت القبض على "
                + "السائق الذي أوصل الانتحاري الذي فجر نفسه داخل المسجد.");
        Event bombing = e.stream().filter(x -> x.cameoCode().equals("1831")).findFirst()
                .orElseThrow(() -> new AssertionError(e.stream().map(EventRulesTest::dyad).toList()));
        assertEquals(null, bombing.date(), bombing.rule());
        // SaudiNewsNet 2015-08-04: four months of fighting destroyed Aden; not yesterday
        List<Event> f = events("أوقفت الخطوط الجوية اليمنية أمس الاثنين رحلاتها من وإلى مطار صنعاء الدولي. وبدأ توزيع "
                + "المواد الغذائية على سكان عدن كبرى مدن جنوب اليمن التي دمرتها أربعة أشهر من المعارك.");
        // (since session 20, events71, the fighting has no side a dictionary knows — months of battles did it, not
        // Yemen — and is not coded; were it coded again, it must still take no date)
        assertTrue(f.stream().filter(x -> x.cameoRoot().equals("19")).allMatch(x -> x.date() == null),
                f.stream().map(x -> dyad(x) + " " + x.date()).toList().toString());
    }

    @Test
    void aSentenceInThePastPerfectTakesNoCarriedDate() {
        // SaudiNewsNet 2015-07-31: «وكانت ... قد تقدمت» happened before today's storming of Lawdar
        List<Event> e = events("اقتحمت المقاومة الشعبية اليمنية اليوم مدينة لودر ودخلت في حرب شوارع مع الحوثيين لتطهير "
                + "المنطقة. وكانت المقاومة قد تقدمت في وقت سابق نحو منطقة المحلة والجلاجل القريبة من مدينة الحوطة عاصمة "
                + "لحج، كما سيطرت على جبل الزيتون ومثلث العند، وقد خلفت الاشتباكات قتلى وجرحى من صفوف ميليشيات الحوثي "
                + "وصالح.");
        Event earlier = e.stream().filter(x -> x.sentence() == 1).findFirst()
                .orElseThrow(() -> new AssertionError(e.stream().map(EventRulesTest::dyad).toList()));
        assertEquals(null, earlier.date(), earlier.rule());
        // SaudiNewsNet 2015-08-03: what the past perfect reports after أن has its own time (today's meeting)
        List<Event> f = events("وأشار إلى أن اللقاء الثلاثي الذي يجمع في العاصمة القطرية الدوحة، اليوم، وزراء خارجية "
                + "السعودية والولايات المتحدة وروسيا، سوف يناقش سبل الحل السياسي للقضية السورية. وكانت وزارة الخارجية "
                + "الروسية قد أعلنت أن وزير الخارجية سيرغي لافروف سيلتقي خلال زيارته للدوحة نظيريه الأميركي جون كيري "
                + "والسعودي عادل الجبير.");
        // (the visit told in the clause of «سيلتقي» is announced: 036, see aMasdarInTheClauseOfAVerbInTheFutureIsStillToCome)
        Event visit = f.stream().filter(x -> x.sentence() == 1 && x.cameoCode().equals("036")).findFirst()
                .orElseThrow(() -> new AssertionError(f.stream().map(EventRulesTest::dyad).toList()));
        assertEquals("2015-07-20", visit.date(), visit.rule());
    }

    @Test
    void aListOfDatesDatesTheEventByItsEarliest() {
        // SaudiNewsNet 2015-07-22 and 2015-08-08: the operations began in May, the raids on Thursday
        Event operations = events("ونفذ حزب الله خلال شهري مايو ويونيو عمليات عسكرية واسعة في جبال القلمون وعرسال.")
                .stream().filter(x -> x.cameoRoot().equals("19")).findFirst().orElseThrow();
        assertEquals("2015-05", operations.date(), operations.rule());
        Event raids = events("كما شن طيران التحالف سلسلة غارات امس والخميس استهدفت مواقع وتجمعات لمليشيات الحوثي في "
                + "محافظة صعدة.").stream().filter(x -> x.cameoRoot().equals("19")).findFirst().orElseThrow();
        assertEquals("2015-07-16", raids.date(), raids.rule());
    }

    @Test
    void aDateAfterTheCueBeyondCommaAndIsTheNextClauses() {
        // SaudiNewsNet 2015-07-23 (also a dev-gold article: no sentence outside the gold that the coder codes was
        // found in the time given): «امس» is the police officers' killing, not the Suruç bombing of Monday
        List<Event> e = events("اعلنت السلطات التركية ان شابا في العشرين هو منفذ الهجوم الانتحاري الذي تبناه تنظيم داعش "
                + "في سوروتش على الحدود مع سوريا، وقتل ضابطا شرطة في هجوم استهدفهما بمدينة شانلي أورفا في جنوب شرق "
                + "تركيا امس.");
        Event bombing = e.stream().filter(x -> x.cameoCode().equals("1831")).findFirst()
                .orElseThrow(() -> new AssertionError(e.stream().map(EventRulesTest::dyad).toList()));
        assertEquals(null, bombing.date(), bombing.rule());
        // a date before the cue stays shared by the coordinated clause
        Event met = events("التقى وزير الخارجية الأردني أمس وزير الخارجية المصري، وبحث معه الأوضاع في سوريا.").stream()
                .filter(x -> x.cameoRoot().equals("04")).reduce((a, b) -> b).orElseThrow();
        assertEquals("2015-07-19", met.date(), met.rule());
    }

    @Test
    void anActOfAnEarlierUndatedPeriodTakesNoDate() {
        // SaudiNewsNet 2015-07-25: Obama visited Kenya as a senator (2006), not on the day his plane landed
        List<Event> e = events("وصل الرئيس الأمريكي باراك أوباما اليوم الجمعة إلى كينيا في أول زيارة له كرئيس للولايات المتحدة "
                + "إلى مسقط رأس والده من أجل دعم العلاقات التجارية والأمنية في شرق افريقيا. وهبطت طائرة الرئاسة إير فورس وان "
                + "مساء اليوم في العاصمة الكينية نيروبي حيث سيشارك أوباما في "
                + "رئاسة مؤتمر عن دعم ريادة الأعمال في القارة الأفريقية قبل أن يسافر إلى اثيوبيا. وسبق لأوباما أن زار كينيا "
                + "عندما كان عضوا بمجلس الشيوخ الأمريكي لكنه لم يزر البلد الواقع في شرق افريقيا منذ أن وصل إلى مقعد "
                + "الرئاسة في البيت الأبيض.", LocalDate.of(2015, 7, 25));
        Event visit = e.stream().filter(x -> x.sentence() == 2 && x.cameoCode().equals("042")).findFirst()
                .orElseThrow(() -> new AssertionError(e.stream().map(EventRulesTest::dyad).toList()));
        assertEquals(null, visit.date(), visit.rule());
        // SaudiNewsNet 2015-08-06: «لم تكن ... وليدة اليوم» says the stand with Cairo (June 2013) is older than today
        List<Event> f = events("كراهية بعض الأصوات السعودية المتولدة لم تكن أرضيتها وليدة اليوم، بل كانت ثورة 30 يونيو "
                + "(حزيران) ووقوف الرياض مع القاهرة في اختيارها الشعبي ضد حكم الإخوان، منطلقا للإساءات على نسيجهم الوطني.",
                LocalDate.of(2015, 8, 6));
        Event stand = f.stream().filter(x -> x.cameoCode().equals("051")).findFirst()
                .orElseThrow(() -> new AssertionError(f.stream().map(EventRulesTest::dyad).toList()));
        assertEquals(null, stand.date(), stand.rule());
    }

    @Test
    void aTenureAfterASemicolonIsTheTimeOfTheClauseBefore() {
        // session 28's blind item (SaudiNewsNet 2015-07-22), its «وليدة اليوم» left out and a dated lead put before it:
        // the interview's attack on Riyadh and Doha was «إبان توليه رئاسة مجلس الوزراء», not the lead's day
        List<Event> e = events("اتهم نائب الرئيس العراقي نوري المالكي أمس السعودية بدعم الإرهاب. وقد شن المالكي في مقابلة "
                + "تلفزيونية هجوماً على السعودية وقطر؛ إبان توليه رئاسة مجلس الوزراء؛ حيث اتهمهما بإعلان الحرب على العراق.",
                LocalDate.of(2015, 7, 22));
        Event attack = firstOf(e, x -> x.sentence() == 1 && x.cameoCode().equals("111"));
        assertEquals(null, attack.date(), attack.rule());
        Event lead = firstOf(e, x -> x.sentence() == 0);
        assertEquals("2015-07-21", lead.date(), lead.rule());
    }

    @Test
    void todayMeaningNowadaysDatesNothing() {
        // SaudiNewsNet 2015-07-26 (a column; session 29, dates17's «Left»): «وقد اتضح اليوم خطأ رؤيته» is the present age,
        // and the Gulf states' support of Egypt's army in 2013, told in the same sentence, is not the publication day
        List<Event> e = events("ظهر جليًا في السنوات الماضية خلافاتٍ في الرؤى السياسية تجاه المنطقة بين إدارة أوباما والدول "
                + "العربية، كان أولها رؤية أوباما أن تمكين جماعة الإخوان سيقضي على الإرهاب، وكانت رؤية الدول العربية أنها "
                + "ستزيده، وقد اتضح اليوم خطأ رؤيته وصواب رؤية القادة العرب، وكان ثانيها الموقف العربي التاريخي من السعودية "
                + "والإمارات والكويت في دعم خيار الشعب المصري والجيش المصري في التخلص من حكم الجماعة ضدًا لرغبة أوباما ورؤيته.",
                LocalDate.of(2015, 7, 26));
        Event support = firstOf(e, x -> x.cameoCode().equals("051"));
        assertEquals(null, support.date(), support.rule());
    }

    /** The first event that {@code which} accepts; fails with the list of events when there is none. */
    private static Event firstOf(List<Event> e, java.util.function.Predicate<Event> which) {
        return e.stream().filter(which).findFirst()
                .orElseThrow(() -> new AssertionError(e.stream().map(EventRulesTest::dyad).toList()));
    }

    @Test
    void theEndOfASpanIsNotCarried() {
        // SaudiNewsNet 2015-07-24: a tally since September 2014 «وحتى فجر أمس»; the sentence after goes on with the tally
        List<Event> e = events("وأشار المرصد إلى ارتفاع العدد الاجمالي للقتلى إلى 3216 على الأقل جراء غارات التحالف - الدولي، "
                + "وضرباته الصاروخية على مناطق في سورية منذ 23 سبتمبر 2014، وحتى فجر أمس. ولفت إلى مقتل 2927 على الأقل من "
                + "تنظيم داعش غالبيتهم من جنسيات غير سورية، جراء الضربات الصاروخية وغارات التحالف العربي على تجمعات ومقار "
                + "التنظيم في محافظات حماه وحلب وحمص.", LocalDate.of(2015, 7, 24));
        List<Event> tally = e.stream().filter(x -> x.sentence() == 1).toList();
        assertFalse(tally.isEmpty(), e.stream().map(EventRulesTest::dyad).toList().toString());
        for (Event x : tally) {
            assertEquals(null, x.date(), x.rule());
        }
    }

    @Test
    void anEventWithAnUndatedTimeOfItsOwnTakesNoCarriedDate() {
        // SaudiNewsNet 2015-08-03: Aden was freed «قبل أيام», not on the Monday of the Houthis' withdrawal
        List<Event> e = events("انسحب مسلحو ميليشيات الحوثيين وقوات الرئيس السابق علي عبد الله صالح، من أجزاء من المدينة "
                + "الخضراء الواقعة شمال عدن جنوبي اليمن، في الساعات الأولى من صباح الاثنين. وقبل أيام نجحت قوات "
                + "المقاومة الشعبية بمساعدة غارات التحالف العربي في تحرير مدينة عدن من الميليشيات المتمردة.");
        Event raids = e.stream().filter(x -> x.sentence() == 1 && x.cameoRoot().equals("19")).findFirst()
                .orElseThrow(() -> new AssertionError(e.stream().map(EventRulesTest::dyad).toList()));
        assertEquals(null, raids.date(), raids.rule());
        // SaudiNewsNet 2015-07-31: the Taliban warned IS «مؤخرا», not on the Wednesday of the presidency's statement
        List<Event> f = events("وأكد بيان من الرئاسة الأفغانية صدر الأربعاء أن «أرضية المباحثات اليوم مؤهلة أكثر من أي وقت "
                + "مضى». وكانت حركة طالبان حذرت مؤخرا تنظيم داعش من التوسع في منطقتها.");
        Event warning = f.stream().filter(x -> x.sentence() == 1 && x.cameoRoot().equals("13")).findFirst()
                .orElseThrow(() -> new AssertionError(f.stream().map(EventRulesTest::dyad).toList()));
        assertEquals(null, warning.date(), warning.rule());
    }

    @Test
    void aRevolutionsDateDoesNotDateTheEventBesideIt() {
        // SaudiNewsNet 2015-08-02 (a chronology): the accusation is of the speech's day, not of «ثورة يوليو 1968»
        Event accusation = events("* 17 يوليو 1990: صدام حسين يلقي خطابا في ذكرى ثورة يوليو 1968، واتهم دول الخليج، "
                + "خصوصًا الكويت، بالضلوع في مؤامرة نفطية ضد العراق، مهددًا باستخدام «رد مناسب» ضدها.",
                LocalDate.of(2015, 8, 2)).stream().filter(x -> x.cameoRoot().equals("11")).findFirst().orElseThrow();
        assertEquals("1990-07-17", accusation.date(), accusation.rule());
    }

    @Test
    void aHeadlineLineTakesTheLeadsDate() {
        // SaudiNewsNet 2015-08-03: the headline tells in the present the meeting the lead dates «فجر الاثنين»
        List<Event> e = events("وصل وزير الخارجية الأمريكي جون، فجر الاثنين، إلى الدوحة، للقاء وزراء خارجية دول مجلس "
                + "التعاون الخليجي، في محاولة لطمأنتهم من الاتفاق النووي الإيراني.\nرابط الخبر بصحيفة الوئام: كيري يلتقي "
                + "وزراء خارجية دول الخليج في محاولة لطمأنتهم من الاتفاق النووي الإيراني", LocalDate.of(2015, 8, 3));
        Event meeting = e.stream().filter(x -> x.sentence() == 1 && x.cameoRoot().equals("04")).findFirst()
                .orElseThrow(() -> new AssertionError(e.stream().map(EventRulesTest::dyad).toList()));
        assertEquals("2015-08-03", meeting.date(), meeting.rule());
        assertTrue(meeting.rule().endsWith("date from sentence 0"), meeting.rule());
    }

    @Test
    void aFinishedActTakesNoDateAfterPublication() {
        // SaudiNewsNet 2015-07-25: «في اكتوبر» read in July is last October's battle; the violence is not to come
        Event violence = events("وأثار هذا القرار اعمال عنف في تركيا بالتزامن مع معركة كوباني في اكتوبر.").stream()
                .filter(x -> x.cameoRoot().equals("18")).findFirst().orElseThrow();
        assertEquals(null, violence.date(), violence.rule());
    }

    @Test
    void aMasdarUnderAPresentVerbOfGoingOnTakesNoCarriedDate() {
        // SaudiNewsNet 2015-07-31: the drone raids go on for years; yesterday is the day of one raid
        List<Event> e = events("أفاد مسؤول حكومي بأن خمسة عناصر مفترضين من تنظيم القاعدة، من بينهم قيادي، قتلوا أمس في غارة "
                + "لطائرة بدون طيار يرجح أنها أمريكية فوق جنوب اليمن. وتتواصل غارات الطائرات بدون طيار التي تشنها "
                + "الولايات المتحدة منذ سنوات في اليمن.");
        Event raids = e.stream().filter(x -> x.sentence() == 1 && x.cameoRoot().equals("19")).findFirst()
                .orElseThrow(() -> new AssertionError(e.stream().map(EventRulesTest::dyad).toList()));
        assertEquals(null, raids.date(), raids.rule());
        // the past form tells the act: «وتواصلت» takes the date carried from the sentence before
        List<Event> f = events("أفاد مسؤول حكومي بأن خمسة عناصر مفترضين من تنظيم القاعدة، من بينهم قيادي، قتلوا أمس في غارة "
                + "لطائرة بدون طيار يرجح أنها أمريكية فوق جنوب اليمن. وتواصلت غارات الطائرات بدون طيار في اليمن.");
        Event went = f.stream().filter(x -> x.sentence() == 1 && x.cameoRoot().equals("19")).findFirst()
                .orElseThrow(() -> new AssertionError(f.stream().map(EventRulesTest::dyad).toList()));
        assertTrue(went.rule().endsWith("date from sentence 0"), went.rule());
    }

    /** Asserts that the second sentence of {@code text} has events and that none of them is dated. */
    private static void assertSecondSentenceUndated(String text, LocalDate published) {
        List<Event> e = events(text, published);
        List<Event> second = e.stream().filter(x -> x.sentence() == 1).toList();
        assertFalse(second.isEmpty(), () -> e.stream().map(EventRulesTest::dyad).toList().toString());
        second.forEach(x -> assertEquals(null, x.date(), x.rule()));
    }

    @Test
    void aSentenceOpeningWithAPresentVerbOfAStandingChargeTakesNoCarriedDate() {
        // SaudiNewsNet 2015-08-08: the charge of chlorine attacks stands; Friday is the Security Council's vote
        String lead = "قرر مجلس الأمن الدولي الجمعة بالإجماع تشكيل لجنة خبراء لتحديد المسؤولين عن الهجمات الكيميائية "
                + "التي شهدتها سوريا في الفترة الأخيرة. ";
        assertSecondSentenceUndated(lead + "وتتهم واشنطن ولندن وباريس الجيش السوري بشن هجمات بغاز الكلور لكن موسكو "
                + "تؤكد انه لا توجد أدلة تدعم هذه الاتهامات.", LocalDate.of(2015, 8, 8));
        // told in the past, the charge is an act of the day the sentence before gives
        List<Event> f = events(lead + "واتهمت واشنطن ولندن وباريس الجيش السوري بشن هجمات بغاز الكلور.",
                LocalDate.of(2015, 8, 8));
        assertTrue(f.stream().anyMatch(x -> x.sentence() == 1 && x.rule().endsWith("date from sentence 0")),
                () -> f.stream().map(x -> dyad(x) + " " + x.date() + " " + x.rule()).toList().toString());
    }

    @Test
    void anActToldAsAHabitTakesNoCarriedDate() {
        // SaudiNewsNet 2015-07-24: the daily US-led raids are not Carter's Friday in Erbil
        String lead = "وصل اشتون كارتر وزير الدفاع الاميركي، اليوم (الجمعة)، إلى أربيل عاصمة اقليم كردستان العراق. ";
        LocalDate published = LocalDate.of(2015, 7, 24);
        List<Event> e = events(lead + "وحدث ذلك رغم غارات جوية يومية تقودها الولايات المتحدة لدعم القوات العراقية "
                + "على الأرض.", published);
        Event raids = e.stream().filter(x -> x.sentence() == 1 && x.cameoRoot().equals("19")).findFirst()
                .orElseThrow(() -> new AssertionError(e.stream().map(EventRulesTest::dyad).toList()));
        assertEquals(null, raids.date(), raids.rule());
        // without the word of habit, the raids take the day carried from the sentence before
        List<Event> f = events(lead + "وحدث ذلك رغم غارات جوية تقودها الولايات المتحدة لدعم القوات العراقية على "
                + "الأرض.", published);
        assertTrue(f.stream().anyMatch(x -> x.sentence() == 1 && x.cameoRoot().equals("19")
                        && x.rule().endsWith("date from sentence 0")),
                () -> f.stream().map(x -> dyad(x) + " " + x.date() + " " + x.rule()).toList().toString());
    }

    @Test
    void aSentenceOpeningWithAPresentVerbOfSayingTakesNoCarriedDate() {
        // SaudiNewsNet 2015-07-25: «وتقول الصين» gives China's standing view, not what it said on the Afghan's Friday.
        // The sentence's one event was China's protest (the speaker taken for the protester of the uprising it faces),
        // which the coder no longer gives (theReporterOfAProtestIsNotItsProtester): whatever it codes there stays
        // undated; the rule itself is tested with an event by the test of a standing charge above
        String lead = "قال مسؤول أفغاني أمس الجمعة إن الصين ستستضيف، على الأرجح، الجولة الثانية من المحادثات بين الحكومة "
                + "الأفغانية وحركة طالبان في الأسبوع المقبل. ";
        List<Event> e = events(lead + "وتقول الصين إنها تواجه انتفاضة متطرفة هناك وتعتقد أن المتشددين يحتمون "
                + "ويتدربون على يد طالبان.", LocalDate.of(2015, 7, 25));
        e.stream().filter(x -> x.sentence() == 1).forEach(x -> assertEquals(null, x.date(), x.rule()));
        assertTrue(e.stream().noneMatch(x -> dyad(x).startsWith("CHN>CHN 14")), e.toString());
    }

    @Test
    void anEventAfterAnOldDateOfItsSentenceTakesNoCarriedDate() {
        // SaudiNewsNet 2015-08-09: the detention was extended after last November's arrest, not on the mother's «امس»
        List<Event> e = events("وحسب مصادر فلسطينية فإن اسرائيل وافقت امس على السماح لوالدة المعتقل بزيارته في مستشفى "
                + "سيروكا. واعتقل محمد علان (30 عامًا) وهو محامي في نوفمبر من العام الماضي، حيث تم تمديد الاعتقال "
                + "الاداري له مرتين بتهمة الانتماء لتنظيم الجهاد الاسلامي.", LocalDate.of(2015, 8, 9));
        List<Event> background = e.stream().filter(x -> x.sentence() == 1).toList();
        assertFalse(background.isEmpty(), () -> e.stream().map(EventRulesTest::dyad).toList().toString());
        background.forEach(x -> assertFalse(x.date() != null && x.date().startsWith("2015-08"), x.rule()));
    }

    @Test
    void aPastPerfectWithoutQadTakesNoCarriedDate() {
        // SaudiNewsNet 2015-07-27: «وكانت القوات التركية شنت» tells strikes before yesterday's car bomb
        String lead = "أعلنت سلطات دياربكر مقتل جنديين تركيين وجرح أربعة آخرين، أمس، في انفجار سيارة مفخخة عند مرور "
                + "قافلة عسكرية في هذه المحافظة ذات الغالبية الكردية جنوب شرق تركيا. ";
        List<Event> e = events(lead + "وكانت القوات التركية شنت سلسلة جديدة من الضربات الجوية والقصف المدفعي ضد ناشطي "
                + "حزب العمال الكردستاني.", LocalDate.of(2015, 7, 27));
        Event strikes = e.stream().filter(x -> x.sentence() == 1 && x.cameoRoot().equals("19")).findFirst()
                .orElseThrow(() -> new AssertionError(e.stream().map(EventRulesTest::dyad).toList()));
        assertEquals(null, strikes.date(), strikes.rule());
        // told as the news, the strikes take yesterday
        List<Event> f = events(lead + "وشنت القوات التركية سلسلة جديدة من الضربات الجوية والقصف المدفعي ضد ناشطي "
                + "حزب العمال الكردستاني.", LocalDate.of(2015, 7, 27));
        Event told = f.stream().filter(x -> x.sentence() == 1 && x.cameoRoot().equals("19")).findFirst()
                .orElseThrow(() -> new AssertionError(f.stream().map(EventRulesTest::dyad).toList()));
        assertTrue(told.rule().endsWith("date from sentence 0"), told.rule());
    }

    @Test
    void aSentenceOpeningWithStillTakesNoCarriedDate() {
        // SaudiNewsNet 2015-08-01: «ولا تزال تركيا بدون حكومة» tells a state; Friday is Erdogan's call for elections
        assertSecondSentenceUndated("دعا الرئيس التركي رجب طيب أردوغان الى اجراء انتخابات مبكرة في بلاده في حال فشلت "
                + "الجهود لتشكيل ائتلاف حكومي، حسب ما افادت تقارير الاعلام الجمعة. ولا تزال تركيا بدون حكومة كاملة رغم "
                + "مواجهة البلاد تحديات من بينها شن عمليات عسكرية ضد تنظيم داعش في سوريا.", LocalDate.of(2015, 8, 1));
    }

    @Test
    void aVisitHeardAsResultsTakesNoCarriedDate() {
        // SaudiNewsNet 2015-08-03: the cabinet met on Monday; the visit to Egypt whose results it heard was days before
        List<Event> e = events("رأس نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز آل سعود "
                + "الجلسة التي عقدها مجلس الوزراء، بعد ظهر اليوم الاثنين في قصر السلام بجدة. وبين معاليه أن مجلس الوزراء "
                + "نوه بالعلاقات الوثيقة والراسخة والمميزة التي تربط المملكة العربية السعودية وجمهورية مصر العربية "
                + "واستمع في هذا الشأن إلى نتائج زيارة صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد "
                + "النائب الثاني لرئيس مجلس الوزراء وزير الدفاع لجمهورية مصر العربية.", LocalDate.of(2015, 8, 3));
        Event visit = e.stream().filter(x -> x.sentence() == 1 && x.cameoCode().equals("042")).findFirst()
                .orElseThrow(() -> new AssertionError(e.stream().map(EventRulesTest::dyad).toList()));
        assertEquals(null, visit.date(), visit.rule());
    }

    @Test
    void anActAfterAConnectiveOfSequenceTakesNoCarriedDate() {
        // SaudiNewsNet 2015-08-07: the US–Russian agreement came before the vote «اليوم»; its day is not the vote's
        String lead = "أصدر مجلس الأمن الدولي اليوم قرارًا بالإجماع يطلب من الأمين العام للأمم المتحدة بان كي مون "
                + "وضع خطة لإجراء تحقيق بهدف تحديد المسؤولين عن هجمات بالأسلحة الكيماوية في الصراع السوري. ";
        List<Event> e = events(lead + "وجاء اعتماد القرار الذي وضعت الولايات المتحدة مسودته بعد أن أبرمت واشنطن "
                + "اتفاقًا مع موسكو.", LocalDate.of(2015, 8, 7));
        Event agreement = e.stream().filter(x -> x.sentence() == 1 && x.cameoRoot().equals("05")).findFirst()
                .orElseThrow(() -> new AssertionError(e.stream().map(EventRulesTest::dyad).toList()));
        assertEquals(null, agreement.date(), agreement.rule());
        // told as the news itself, the same agreement takes the lead's day
        List<Event> f = events(lead + "وأبرمت واشنطن اتفاقًا مع موسكو.", LocalDate.of(2015, 8, 7));
        Event told = f.stream().filter(x -> x.sentence() == 1 && x.cameoRoot().equals("05")).findFirst()
                .orElseThrow(() -> new AssertionError(f.stream().map(EventRulesTest::dyad).toList()));
        assertTrue(told.rule().endsWith("date from sentence 0"), told.rule());
        // a day of the main clause of its own sentence is the act's: it was told in one breath with it
        List<Event> g = events("اعتقلت قوات الاحتلال الإسرائيلي، اليوم، شاب بعد أن داهمت منزله في بيت حنينا شمال القدس "
                + "المحتلة.", LocalDate.of(2015, 8, 10));
        assertFalse(g.isEmpty());
        for (Event raid : g) {
            assertEquals("2015-08-10", raid.date(), raid.rule());
        }
    }

    @Test
    void aDateInsideAPhraseHeadedByMunthuIsAStartNotTheEventsDate() {
        // SaudiNewsNet 2015-07-23: February is when Carter took office, not the day of his first visit to Baghdad; read
        // as «منذ فبراير», a start months old, it carries no date to the visit (as a SINCE expression would not)
        List<Event> e = events("حل وزير الدفاع الأمريكي أشتون كارتر، الخميس 23 يوليو/تموز، بالعراق في زيارة مفاجئة لبغداد "
                + "للاطلاع على مدى تقدم العمليات العسكرية ضد “داعش”. وتعتبر هذه أول زيارة لكارتر إلى بغداد منذ تسلمه مهامه في فبراير/شباط الماضي، ومن المتوقع "
                + "أن يلتقي الوزير الأمريكي أيضا جنودا أمريكيين يشكلون جزءا من نحو 3500 عسكري موجودين في العراق.",
                LocalDate.of(2015, 7, 23));
        assertUndated(e, x -> x.sentence() == 1 && x.cameoRoot().equals("04"));
        // SaudiNewsNet 2015-08-03: the arrest is Monday's; Friday is the killing the phrase counts from
        List<Event> f = events("اعلنت الاجهزة الامنية الاسرائيلية انها اعتقلت الاثنين زعيم مجموعة يهودية متطرفة يدعى "
                + "مئير اتينغر هو اول شخص يتم اعتقاله منذ مقتل طفل فلسطيني حرقا الجمعة في الضفة الغربية المحتلة.",
                LocalDate.of(2015, 8, 3));
        // (one arrest since session 23, events92: the second, «اعتقاله منذ مقتل طفل فلسطيني» -> PSE, took the arrested
        // from the genitive of the masdar after «منذ», an Israeli extremist read as a Palestinian)
        List<Event> arrests = f.stream().filter(x -> x.cameoCode().equals("173")).toList();
        assertEquals(1, arrests.size(), () -> f.stream().map(EventRulesTest::dyad).toList().toString());
        for (Event arrest : arrests) {
            assertEquals("2015-08-03", arrest.date(), arrest.rule());
        }
    }

    @Test
    void anActCountedSinceAnEventTakesNoCarriedDate() {
        // SaudiNewsNet 2015-08-07: the kidnappings activists counted «منذ توغل الحوثيين», and the Houthis' push into Taiz,
        // are not on the day of the son's Facebook post told just before
        List<Event> e = events("وأوضح محمد، نجل الجنيد، في صفحته على موقع «فيسبوك» أمس، أن الحوثيين اختطفوا والده، ونهبوا "
                + "مبالغ مالية من المنزل بالإضافة إلى ذهب وتحف أثرية. وتأتي هذه الحادثة ضمن عدد من حوادث الاختطاف التي "
                + "رصدها ناشطون يمنيون منذ توغل الحوثيين والقوات الموالية للرئيس اليمني المخلوع علي عبد الله صالح، في تعز.",
                LocalDate.of(2015, 8, 7));
        assertUndated(e, x -> x.sentence() == 1);
        // the son's own sentence keeps its day (yesterday)
        assertTrue(e.stream().anyMatch(x -> x.sentence() == 0 && "2015-08-06".equals(x.date())),
                () -> e.stream().map(EventRulesTest::dyad).toList().toString());
    }

    @Test
    void todayAfterMoreoverOrEspeciallyAsIsThatClausesDate() {
        // SaudiNewsNet 2015-07-31: «اليوم» dates the last clause (the US operations against IS), not the Serbs' massacres
        // in Bosnia two clauses before it, past «كما أنها» and «خصوصًا أننا»
        List<Event> e = events("وقال: «إن إقامة مثل هذه المنطقة تتطلب دخول قوات برية لحماية المواقع الأمامية فيها كي لا "
                + "تتكرر تجربة البوسنة، حيث ارتكبت القوات الصربية مجازر بحق الشعب البوسني، كما أنها تحتاج إلى حماية جوية "
                + "قاطعة، ولا أعتقد أن الأميركي يقبل أن يكون طرفًا فيها، خصوصًا أننا نرى عملياته اليوم ضد (داعش) انتقائية».",
                LocalDate.of(2015, 7, 31));
        assertUndated(e, x -> x.cameoRoot().equals("20"));
    }

    /** Asserts that some events of {@code all} are {@code which} and that none of them has a date. */
    private static void assertUndated(List<Event> all, java.util.function.Predicate<Event> which) {
        List<Event> chosen = all.stream().filter(which).toList();
        assertFalse(chosen.isEmpty(), () -> all.stream().map(EventRulesTest::dyad).toList().toString());
        for (Event x : chosen) {
            assertEquals(null, x.date(), x.rule());
        }
    }

    @Test
    void aStartOnAnotherDayInTheCuesClauseTakesNoCarriedDay() {
        // SaudiNewsNet 2015-08-06: Turkey's strikes run «منذ نحو أسبوعين», not on Washington's Tuesday
        assertAllDated(events("وقالت واشنطن يوم الثلاثاء إن هناك مؤشرات على أن مقاتلين من المعارضة دربهم الجيش الامريكي "
                + "اعتقلوا على ايدي مقاتلي جبهة النصرة جناح القاعدة في سوريا. وشنت تركيا عددًا من الغارات الجوية ضد "
                + "مقاتلي داعش في شمال سوريا منذ نحو أسبوعين بعد مقتل أحد جنودها بنيران عبر الحدود.",
                LocalDate.of(2015, 8, 6)), x -> x.sentence() == 1 && x.cameoRoot().equals("19"), null);
        // SaudiNewsNet 2015-07-25: the PKK's attacks since Monday are not the arrests announced on Saturday
        assertAllDated(events("أعلن رئيس الوزراء التركي أحمد داود أوغلو السبت أن الشرطة التركية اعتقلت منذ الجمعة في "
                + "جميع أنحاء تركيا 590 شخصا متهمين بالارتباط بتنظيم داعش أو حزب العمال الكردستاني. ومنذ الاثنين ضاعف "
                + "حزب العمال الكردستاني هجماته على قوات الأمن التركية ردا على هجوم سروج الذي استهدف ناشطين مؤيدين "
                + "للقضية الكردية.", LocalDate.of(2015, 7, 25)),
                x -> x.sentence() == 1 && x.cameoRoot().equals("19"), null);
    }

    @Test
    void aWeekOrMonthInAPhraseOfSequenceIsNotCarried() {
        // SaudiNewsNet 2015-07-22: mid last week is when the tank was burnt, not the day of the shelling told next
        assertAllDated(events("واندلعت الاشتباكات في المنطقة عقب إحراق المواطنين منتصف الاسبوع الماضي لدبابة تابعة "
                + "للميليشيات كانت تتمركز في قرية \"ذي عنقب\" بغرض قصف مدينة تعز. وتدور الان اشتباكات عنيفة في عقبة شارع "
                + "٢٦ سبتمبر وسط مدينة تعز فيما قصف الحوثيون وقوات صالح بالدبابات حي الإخوة المجاور.",
                LocalDate.of(2015, 7, 22)), x -> x.sentence() == 1 && x.cameoRoot().equals("19"), null);
        // SaudiNewsNet 2015-08-06: last month is Aden's capture; the sentence's own day, Tuesday, is carried instead
        assertAllDated(events("استعادت القوات الموالية للحكومة اليمنية الشرعية المعترف بها دوليا أمس الثلاثاء قاعدة "
                + "العند الجوية، الأكبر في البلاد، من أيدي المتمردين الحوثيين وحلفائهم في ثاني تقدم تحققه بعد إحكامها "
                + "السيطرة على مدينة عدن الجنوبية الشهر الماضي. وأفادت مصادر موالية إن نحو70 حوثيا قتلوا كما أسر10 آخرون.",
                LocalDate.of(2015, 8, 6)), x -> x.sentence() == 1 && x.cameoRoot().equals("19"), "2015-08-04");
    }

    @Test
    void aDateInAPhraseOfSinceIsNotCarried() {
        // SaudiNewsNet 2015-08-07: last week is when Mullah Omar's death was announced, the start of a period; the
        // helicopter's downing is yesterday's, the sentence's own day
        assertAllDated(events("قتل 23 شخصا أمس في أفغانستان في هجومين تبنتهما حركة طالبان، 17 منهم بسقوط مروحية عسكرية "
                + "أفغانية في جنوب البلاد، وستة آخرون في هجوم انتحاري في جنوب العاصمة هو أول هجوم كبير تشنه منذ إعلان وفاة "
                + "زعيمها الملا عمر الأسبوع الماضي. لكن حركة طالبان تبنت العملية قائلة إنها أسقطت المروحية بصاروخ.",
                LocalDate.of(2015, 8, 7)), x -> x.sentence() == 1 && x.cameoRoot().equals("19"), "2015-08-06");
        // SaudiNewsNet 2015-07-23: the end of last month is when IS entered Hasakah; the coalition's strikes are not June's
        assertAllDated(events("وفي الحسكة، تسعى وحدات حماية الشعب الكردية للتقدم في أحياء المدينة، وهاجمت عناصر تنظيم "
                + "داعش، من محورَين في حي النشوة في الجهة الغربية من المدينة بعد أن سيطر عليه التنظيم منذ دخوله الحسكة نهاية "
                + "الشهر الماضي. وأكدت مصادر عسكرية كردية دخولها حي النشوة بغطاء جوي من طيران التحالف الدولي الذي شن عدة "
                + "غارات استهدفت مواقع التنظيم في محيط المدينة.", LocalDate.of(2015, 7, 23)),
                x -> x.sentence() == 1 && x.cameoRoot().equals("19"), null);
    }

    @Test
    void aWeekOrMonthOfAPastPerfectSentenceIsNotCarried() {
        // SaudiNewsNet 2015-08-08: last week is al-Jubeir's earlier meeting with Lavrov in Doha, told in the past
        // perfect; the Crown Prince's visit to Moscow the next sentences recall is not of that week
        assertAllDated(events("وكان الجبير قد التقى لافروف في الدوحة الأسبوع الماضي بحضور وزير الخارجية الامريكي جون كيري. "
                + "وتأتي زيارة الجبير في إطار متابعة ما تم الاتفاق عليه مع الجانب الروسي خلال زيارة ولي ولي العهد وزير "
                + "الدفاع الأمير محمد بن سلمان إلى موسكو التي نقل خلالها دعوة من الملك سلمان إلى الرئيس الروسي لزيارة "
                + "المملكة.", LocalDate.of(2015, 8, 8)), x -> x.sentence() == 1 && x.cameoRoot().equals("04"), null);
        // a day of such a sentence is still carried: «وكان مسؤولون ... قد قالوا أمس» is often the news peg of wire copy
        assertAllDated(events("وكان الحوثيون وقوات صالح قصفت فجر الاحد خزانات الوقود والغاز الاستراتيجية الخاصة بالمحافظة "
                + "والواقعة في منطقة سد الجبلين في منطقة الضباب جنوبي غرب مدينة تعز ما أسفر عن اندلاع حرائق كبيرة. وتسبب "
                + "القصف في اندلاع النيران في المخزون الاستراتيجي بمحافظة تعز من غاز الطهي المنزل و تدمير وإتلاف ٦٥ ألف "
                + "أسطوانة غاز منزلي.", LocalDate.of(2015, 7, 22)),
                x -> x.sentence() == 1 && x.cameoRoot().equals("19"), "2015-07-19");
    }

    @Test
    void aPeriodNamedRelativeToPublicationIsNotCarried() {
        // sentences made up for the rule (session 25, dates14): the strikes are not of the week, month or year the
        // sentence before named, nor of the day that sentence was told (a day before the period in it)
        String strikes = " وقصفت الطائرات الأمريكية مواقع تنظيم داعش قرب مدينة الموصل.";
        java.util.function.Predicate<Event> strike = x -> x.sentence() == 1 && x.cameoCode().equals("195");
        LocalDate published = LocalDate.of(2015, 8, 6);
        assertAllDated(events("بدأ الجيش العراقي الأسبوع الماضي حملة عسكرية واسعة في شمال البلاد." + strikes, published),
                strike, null);
        assertAllDated(events("قال وزير الدفاع العراقي أمس إن قواته سيطرت على بلدة الكرمة الأسبوع الماضي." + strikes,
                published), strike, null);
        assertAllDated(events("ارتفعت أسعار النفط في الأسواق العالمية هذا العام." + strikes, published), strike, null);
        assertAllDated(events("من المقرر أن يزور وزير الخارجية الإيراني بغداد الأسبوع المقبل." + strikes, published),
                strike, null);
        // a Hijri month is a period too (its value is only the Gregorian month of its first day)
        assertAllDated(events("تراجعت الهجمات في بغداد خلال شهر رمضان بحسب مسؤولين." + strikes, LocalDate.of(2015, 7, 26)),
                strike, null);
        // controls: a named month, a year in figures and a day are carried as before
        assertAllDated(events("سيطر الجيش العراقي على بلدة الكرمة أواخر يوليو بعد معارك طويلة." + strikes, published),
                strike, "2015-07");
        assertAllDated(events("سيطر الجيش العراقي على بلدة الكرمة في عام 2015 بعد معارك طويلة." + strikes, published),
                strike, "2015");
        assertAllDated(events("سيطر الجيش العراقي على بلدة الكرمة أمس بعد معارك طويلة." + strikes, published),
                strike, "2015-08-05");
        // the period still dates its own sentence's act
        assertAllDated(events("بدأ الجيش العراقي الأسبوع الماضي حملة عسكرية واسعة في شمال البلاد." + strikes, published),
                x -> x.sentence() == 0 && x.cameoRoot().equals("19"), "2015-07");
    }

    @Test
    void aMasdarUnderTheMasdarOfGoingOnTakesNoCarriedDate() {
        // SaudiNewsNet 2015-08-01: the stepped-up protests in Taiwan go on; they are not of the day of Myanmar's toll the
        // digest told just before
        assertAllDated(events("وصرح شومهري، مدير قسم الإغاثة وإعادة التوطين في وزارة الشؤون الاجتماعية، بأنه حتى أول من "
                + "أمس قتل 27 شخصًا في أنحاء البلاد، كما فقد أربعة آخرون في منطقة ماندالاي، مضيفا أن نحو 150 ألف شخص تشردوا "
                + "أو تضررت مصادر رزقهم. كما ألغيت الرحلات الجوية إلى مطار المدينة. "
                + "تايبه - «الشرق الأوسط»: اقتحم مئات الطلاب في تايوان مجمع وزارة التعليم، أمس (الجمعة)، بعد انتحار شخص في "
                + "وقت سابق من الأسبوع، وذلك في إطار تكثيف الاحتجاجات المناهضة للصين بسبب كتب دراسية، يقول الطلاب إنها تهدف "
                + "إلى الترويج لسياسة «الصين الواحدة».", LocalDate.of(2015, 8, 1)),
                x -> x.sentence() == 2 && x.cameoRoot().equals("14"), null);
    }

    /** Asserts that the events {@code which} picks out of {@code events} are there and all dated {@code date} (null: none). */
    private static void assertAllDated(List<Event> events, java.util.function.Predicate<Event> which, String date) {
        List<Event> picked = events.stream().filter(which).toList();
        assertFalse(picked.isEmpty(), () -> events.stream().map(EventRulesTest::dyad).toList().toString());
        for (Event e : picked) {
            assertEquals(date, e.date(), e.rule());
        }
    }

    @Test
    void aHistoricalDateInARelativeClauseAfterTheCueDatesItsAntecedentNotTheCue() {
        // SaudiNewsNet 2015-07-31: 2011 is the uprising that toppled Gaddafi, not the death sentence of this week
        assertAllDated(events("بعد ساعات قليلة فقط من إصدار محكمة ليبية تعمل تحت مظلة سلطة الميليشيات في العاصمة الليبية "
                + "طرابلس حكما غيابيا يقضي بإعدام سيف الإسلام نجل العقيد الراحل معمر القذافي و8 من قادة القبائل والجيش "
                + "السابقين بتهمة ارتكاب جرائم حرب خلال الانتفاضة التي أطاحت بالقذافي عام 2011، أقر مجلس النواب الليبي "
                + "الشرعي في طبرق بالأغلبية قانونا.", LocalDate.of(2015, 7, 31)),
                x -> x.cameoCode().equals("173"), null);
        // SaudiNewsNet 2015-07-22: 2009 is when Hamas crushed the extremist movements, not its recent arrests
        assertAllDated(events("ومؤخرا اعتقلت حماس التي قمعت بقسوة في 2009 الحركات المتطرفة التي تدعو الى العمليات "
                + "المسلحة ووصلت الى تدمير احد مساجدها، عشرات من الاوساط السلفية الناشطة في القطاع.", LocalDate.of(2015, 7, 22)),
                x -> x.cameoCode().equals("173"), null);
        // SaudiNewsNet 2015-07-21: the killing «آنذاك» (March 2014) takes neither ISAF's December nor this morning's
        // strike day carried from the sentences before: the sentence has gone back to history
        assertAllDated(events("ونفذت الضربة الجوية صباح اليوم في منطقة بركي برك في اقليم لوغار جنوب العاصمة كابل، حيث "
                + "كثيرا ما يشن مقاتلو طالبان هجمات على القوات الافغانية. وقد قتل آنذاك خمسة جنود أفغان واصيب ثمانية "
                + "آخرون بصاروخ اطلقته قوة ايساف التابعة للحلف الاطلسي التي انهت في ديسمبر (كانون الاول) الماضي مهمتها "
                + "القتالية في افغانستان.", LocalDate.of(2015, 7, 21)),
                x -> x.sentence() == 1 && x.cameoRoot().equals("19"), null);
        // SaudiNewsNet 2015-08-02: an invasion told with two adjectives before its relative clause keeps the clause's year
        assertAllDated(events("يستذكر المواطنون الكويتيون في هذه الأيام محنة الغزو العراقي الغاشم التي مرت بها الكويت عام "
                + "1990 بكل ما حملته من آلام وتضحيات تكللت بالتحرير.", LocalDate.of(2015, 8, 2)),
                x -> x.cameoCode().equals("192"), "1990");
        // SaudiNewsNet 2015-08-06: a relative clause in the present ends before the date: 2012 is the arrest's
        assertAllDated(events("قضت محكمة إثيوبية بحبس 17 ناشطا مسلما بتهم التخطيط لإنشاء دولة إسلامية في البلد الذي فيه "
                + "أغلبية مسيحية. واعتقل المتهمون الذين ينفون جميعا التهم المنسوبة إليهم في 2012 متهمين بالتخطيط لشن "
                + "هجمات لإنشاء دولة إسلامية في إثيوبيا التي توجد بها أقلية مسلمة.", LocalDate.of(2015, 8, 6)),
                x -> x.cameoCode().equals("173") && x.sentence() == 1, "2012");
    }

    @Test
    void aWeekdayAfterAnIntendedActIsTheNextOne() {
        // SaudiNewsNet 2015-07-26 (a Sunday): the court appearance to come is Monday 27 July, not the Monday before
        assertAllDated(events("وتم العثور على مسدس محشو في سيارة أداير وفقا لوثائق المحكمة. ويحتجز أداير بدلا من دفع "
                + "كفالة 205 آلاف دولار، ويتوقع أن يمثل أمام المحكمة يوم الاثنين.", LocalDate.of(2015, 7, 26)),
                x -> "intended".equals(x.modality()) && x.sentence() == 1, "2015-07-27");
        // a weekday before the intended act's cue is the day the intent was said (SaudiNewsNet 2015-08-02, a Sunday)
        assertAllDated(events("وقالت الخارجية الروسية السبت إن وزير الخارجية الروسي سيرغي لافروف سيعقد اجتماعًا ثلاثيًا "
                + "مع نظيريه الأميركي جون كيري والسعودي عادل الجبير.", LocalDate.of(2015, 8, 2)),
                x -> "intended".equals(x.modality()), "2015-08-01");
    }

    @Test
    void aDateToldInPassingInARelativeClauseIsNotCarried() {
        // SaudiNewsNet 2015-07-25: 14 July is the deal Iran signed, told in passing; Zarif's visit is the lead's «اليوم»
        List<Event> e = events("أعلنت وكالة الأنباء الطلابية الإيرانية (إيسنا) أمس الجمعة أن وزير الخارجية الإيراني محمد "
                + "جواد ظريف سيزور اعتبارا من اليوم كلا من الكويت وقطر والعراق. وسيحتل الاتفاق الذي أبرمته إيران في 14 يوليو "
                + "(تموز) في فيينا مع القوى الكبرى حيزا كبيرا من الجولة التي يجريها ظريف في المنطقة.\n"
                + "وعلم أن ظريف سيبدأ زيارته للعراق.", LocalDate.of(2015, 7, 25));
        List<Event> visits = e.stream().filter(x -> x.sentence() == 2 && x.cameoRoot().equals("03")).toList();
        assertFalse(visits.isEmpty(), () -> e.stream().map(EventRulesTest::dyad).toList().toString());
        for (Event visit : visits) {
            assertEquals("2015-07-25", visit.date(), visit.rule());
        }
        // SaudiNewsNet 2015-08-10: a relative clause of occurring («الهجوم الذي وقع مساء السبت») dates the story's act
        List<Event> f = events("واشارت وزارة الداخلية الافغانية الى ان جميع الاشخاص الذين قتلوا في الهجوم الذي وقع مساء "
                + "السبت في مقاطعة خان آباد هم مدنيون. وقالت وزارة الداخلية في بيانها ان «الحادثة وقعت (حين) فجر انتحاري "
                + "حزامه الناسف في اقليم خان آباد».", LocalDate.of(2015, 8, 10));
        List<Event> bombings = f.stream().filter(x -> x.sentence() == 1 && x.cameoRoot().equals("18")).toList();
        assertFalse(bombings.isEmpty(), () -> f.stream().map(EventRulesTest::dyad).toList().toString());
        for (Event bombing : bombings) {
            assertEquals("2015-08-08", bombing.date(), bombing.rule());
        }
    }

    @Test
    void aStateThatGoesOnSinceAStartTakesNoDate() {
        // SaudiNewsNet 2015-08-02: the siege goes on «منذ أكثر من أسبوع»; «الأسبوع الماضي» is the commander's appointment
        List<Event> e = events("كشفت مصادر داخل قاعدة العند الجوية الاستراتيجية التي تحاصرها قوات المقاومة الشعبية وجنود "
                + "الجيش الموالي للشرعية منذ أكثر من أسبوع عن هرب قائد القاعدة، العميد مرزوق الصيادي، الذي عيّن الأسبوع "
                + "الماضي قائدا للقاعدة عقب خلافات واسعة دبت بينه وبين قيادات التمرد الحوثي.", LocalDate.of(2015, 8, 2));
        List<Event> sieges = e.stream().filter(x -> x.cameoCode().equals("191")).toList();
        assertFalse(sieges.isEmpty(), () -> e.stream().map(EventRulesTest::dyad).toList().toString());
        for (Event siege : sieges) {
            assertEquals(null, siege.date(), siege.rule());
        }
    }

    @Test
    void relativeDaysCountFromTheDayTheLeadSaysItWasWritten() {
        // SaudiNewsNet, dated Wednesday 2015-07-22 but written on Monday («أمس الأحد»): the cell's «أمس» is Sunday
        List<Event> e = events("أعلن وزير الداخلية العراقي محمد سالم الغبان أمس الأحد اعتقال المتورطين بالتفجير الذي "
                + "استهدف ناحية بني سعد بمحافظة ديالى الجمعة. وقالت خلية الإعلام الحربي، في بيان بثه موقع \"السومرية "
                + "نيوز\" الإخباري العراقي أمس، إن \"المتهمين سيتم التحقيق معهم وإحالتهم للقضاء لإنزال أقسى العقوبات "
                + "القانونية بحقهم\". وأضافت أنه \"تم توقيف عدد من الضباط والمنتسبين على خلفية التفجير\".",
                LocalDate.of(2015, 7, 22));
        List<String> lead = e.stream().filter(x -> x.sentence() == 0 && x.date() != null).map(Event::date).toList();
        assertTrue(lead.contains("2015-07-19"), e.stream().map(x -> dyad(x) + " " + x.date()).toList().toString());
        List<String> cell = e.stream().filter(x -> x.sentence() == 1 && x.date() != null).map(Event::date).toList();
        assertEquals(List.of("2015-07-19"), cell.stream().distinct().toList(),
                e.stream().map(x -> x.sentence() + " " + dyad(x) + " " + x.date()).toList().toString());
    }

    @Test
    void aHypotheticalActTakesNoCarriedDate() {
        // SaudiNewsNet 2015-08-09: an agreement «إذا توصلت» has not happened; Thursday is the day of the Muscat meeting
        List<Event> e = events("فقد التقى وزير الخارجية السوري نظيره العماني في مسقط الخميس لبحث الأزمة بناء على دعوة "
                + "وجهتها سلطنة عمان. وقال دبلوماسي يتابع الأحداث في سورية \"هناك تحرك ضعيف نحو نوع من الحل. إذا توصلت "
                + "روسيا وإيران والولايات المتحدة والسعودية إلى اتفاق .. فسيكون هناك اتفاق.\"", LocalDate.of(2015, 8, 9));
        List<Event> agreements = e.stream().filter(x -> x.cameoRoot().equals("05")).toList();
        assertFalse(agreements.isEmpty(), () -> e.stream().map(EventRulesTest::dyad).toList().toString());
        for (Event agreement : agreements) {
            assertEquals("hypothetical", agreement.modality(), agreement.rule());
            assertEquals(null, agreement.date(), agreement.rule());
        }
        Event meeting = e.stream().filter(x -> x.sentence() == 0 && x.cameoRoot().equals("04")).findFirst()
                .orElseThrow(() -> new AssertionError(e.stream().map(EventRulesTest::dyad).toList()));
        assertEquals("2015-08-06", meeting.date(), meeting.rule());
    }

    @Test
    void aPresentTenseVerbTakesNoCarriedDateButOneAfterLamDoes() {
        // SaudiNewsNet 2015-08-01: the raids go on day after day; Friday is the day of the police killings
        List<Event> e = events("ميدانيا قتل عنصران من الشرطة التركية بالرصاص صباح الجمعة في منطقة أضنه (جنوب)، في هجوم جديد "
                + "نسبته السلطات الى التمرد الكردي. وردا على مقتل هذين الشرطيين، يشن الجيش التركي يوميا غارات جوية "
                + "كثيفة على مواقع حزب العمال الكردستاني في شمال العراق.");
        Event raids = e.stream().filter(x -> x.sentence() == 1 && x.cameoRoot().equals("19")).findFirst()
                .orElseThrow(() -> new AssertionError(e.stream().map(EventRulesTest::dyad).toList()));
        assertEquals(null, raids.date(), raids.rule());
        // SaudiNewsNet 2015-08-10: «لم تقصف» is the past (read on its own date: on 20 July «24 يوليو الماضي» is a
        // year old, history that is not carried)
        List<Event> f = events("وشنت تركيا في 24 يوليو الماضي حربا على الإرهاب ضد حزب العمال وتنظيم داعش. لكن عشرات الغارات "
                + "التي تلت ذلك استهدفت المتمردين الأكراد، ولم تقصف تركيا داعش سوى ثلاث مرات.", LocalDate.of(2015, 8, 10));
        Event strikes = f.stream().filter(x -> x.sentence() == 1 && x.cameoRoot().equals("19")).findFirst()
                .orElseThrow(() -> new AssertionError(f.stream().map(EventRulesTest::dyad).toList()));
        assertTrue(strikes.rule().endsWith("date from sentence 0"), strikes.rule());
    }

    @Test
    void violenceIsNotAttributedToWhoeverReportsIt() {
        // the Iraqi security source reports the killing; it did not kill
        assertTrue(dyads("وقال مصدر أمني عراقي إن شخصين قتلا في انفجار عبوة ناسفة وسط بغداد.").stream()
                .noneMatch(d -> d.startsWith("IRQ")), "the speaker became the attacker");
        // an active verb keeps the implied subject of the text: Turkey launched the raids
        assertTrue(dyads("قصفت المدفعية التركية مواقع حزب العمال الكردستاني في شمال العراق. "
                + "وشنت غارات أيضا على تنظيم داعش.").contains("TURMIL>IMGREB 195"));
    }

    @Test
    void anHonorificDoesNotSeparateAMasdarFromItsAgent() {
        assertTrue(dyads("واستمع المجلس إلى نتائج زيارة صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز "
                + "آل سعود ولي ولي العهد إلى الأردن.").contains("SAUGOV>JOR 042"));
    }

    @Test
    void inSportACountrysNameIsItsTeam() {
        assertEquals(List.of(), dyads("وفي نصف النهائي، تلتقي المكسيك مع بنما غدا في جورجيا."));
        // the same words between states are a meeting (tomorrow's: one to come, 036 since session 16's ActsToCome)
        assertTrue(dyads("تلتقي المكسيك مع بنما غدا لبحث ملف الهجرة.").contains("MEX>PAN 036"));
    }

    @Test
    void aWordOfSportThatMeansSomethingElseMakesNoTeamAlone() {
        // «اللاعبين» are players of a market here: the United States is a state that imposed sanctions, not a team
        assertTrue(dyads("وكانت شركات فرنسية مثل بيجو لصناعة السيارات وتوتال النفطية من كبار اللاعبين في السوق "
                + "الإيرانية، لكن العقوبات التي فرضها الاتحاد الأوروبي والولايات المتحدة على طهران عام 2011 أبعدت "
                + "هذه الشركات عن السوق الإيرانية.").contains("USA>IRN 163"));
        // two such words are sport: the champion of Australia is its surfer, not the state a shark attacked
        assertEquals(List.of(), dyads("نجا بطل أستراليا في ركوب الأمواج ثلاث مرات ميك فانينج من هجوم سمكة قرش في "
                + "المرحلة النهائية من بطولة جيفريز باي المفتوحة التي ينظمها الاتحاد الدولي لركوب الأمواج بعد أن صارع "
                + "الحيوان المفترس بقبضتيه قبل العودة سالما إلى الشاطئ."));
    }

    @Test
    void playInSportIsNoPoliticalAct() {
        // two clubs drawn to meet (session 13's blind judgement, slice i%19==18: CYP→KAZ 04)
        assertEquals(List.of(), events("ويلتقي أستانا الكازاخستاني مع أبويل نيقوسيا القبرصي وسكيندربو الألباني مع دينامو "
                + "زغرب الكرواتي وباتي بوريسوف البيلاروسي مع بارتيزان بلجراد الصربي ، وتقام مباريات جولة الذهاب يومي 18 و19 "
                + "أغسطس الجاري بينما تقام جولة الإياب يومي 25 و26 من الشهر نفسه.").stream()
                .map(EventRulesTest::dyad).filter(x -> x.endsWith(" 04")).toList());
        // two national teams in a match: «نظيره» is the other team, not a minister's counterpart
        assertTrue(dyads("وأوضح ان الحكم الأمريكي مارك جيجر لعب دورا بارزا في الإطاحة بمنتخب بنما من المربع الذهبي للبطولة، "
                + "حيث يلتقي المنتخب البنمي نظيره الأمريكي في مباراة تحديد المركز الثالث للبطولة، فيما يلتقي المنتخب "
                + "المكسيكي نظيره الجامايكي اليوم في المباراة النهائية.").stream().noneMatch(x -> x.endsWith(" 04")));
        // a swimmer snatched the attention at the world championship in Kazan: no abduction in Russia
        assertTrue(events("خطفت الطفلة البحرينية الزين طارق جمعة الأنظار من كبار بطولة العالم للسباحة المقامة في قازان "
                + "الروسية، وذلك بعدما أصبحت أصغر سبَّاحة على الإطلاق تشارك في حدث من هذا المستوى.").stream()
                .noneMatch(e -> e.cameoCode().startsWith("18")));
        // an armed attacker's attack stays one in an article the sport test reads as sport
        List<String> d = dyads("يلتقي المنتخب البنمي نظيره الأمريكي في مباراة تحديد المركز الثالث للبطولة. "
                + "وتقام مباريات جولة الذهاب يومي 18 و19 أغسطس الجاري. وتقام مباراة الإياب في الرياض. "
                + "في عدد واحد من صحيفة «واشنطن بوست»، 4 أخبار عن الإرهاب، من 4 دول: هاجم مفجر انتحاري مدينة "
                + "مايدوجوري (نيجيريا) مما أسفر عن مقتل 10 أشخاص على الأقل.");
        // (session 28, events122: a suicide bomber's attack is a suicide bombing, 1831: patterns.tsv هاجم + انتحاري*)
        assertTrue(d.stream().anyMatch(x -> x.startsWith("NGAREB>") && x.endsWith(" 1831")), d.toString());
        // a king's meeting in an article the sport test reads as sport (a chronicle of the reign, slice i%23==21): a
        // meeting is play only when its own sentence is about sport
        List<String> king = dyads("يلتقي المنتخب البنمي نظيره الأمريكي في مباراة تحديد المركز الثالث للبطولة. "
                + "وتقام مباريات جولة الذهاب يومي 18 و19 أغسطس الجاري. وتقام مباراة الإياب في الرياض. "
                + "وفي يوم الأحد 1 مارس (آذار) 2015، التقى خادم الحرمين الشريفين بالرئيس المصري عبد الفتاح السيسي.");
        assertTrue(king.contains("SAUGOV>EGYGOV 04"), king.toString());
    }

    @Test
    void touristsCountedAreNoStatesVisit() {
        // tourism figures (SaudiNewsNet, slice i%23==2), not a Saudi visit to Switzerland
        assertEquals(List.of(), dyads("وخلال الأشهر الستة الأولى من العام الحالي، زار 31223 سائحاً سعودياً سويسرا بزيادة "
                + "قدرها 1.4 في المائة عن الفترة نفسها من العام الماضي (30787 سائحاً سعودياً)."));
        // session 13's blind judgement (SAU→MYS 042, arguable): Malaysia received 113 thousand Saudi tourists
        assertTrue(dyads("وكانت ماليزيا قد استقبلت أكثر من 113 ألف سائح سعودي في عام 2014م متوقعة زيادة عدد السياح إلى 20% "
                + "في عام 2015م، بحسب آخر إحصائيات لهيئة السياحة الماليزية.").stream()
                .noneMatch(x -> x.endsWith(" 042") || x.endsWith(" 043")));
        // a head of state's visit stays one
        assertTrue(dyads("وصل الرئيس الفرنسي إلى الجزائر اليوم.").contains("FRAGOV>DZA 042"));
    }

    @Test
    void migrantsAndRefugeesArrivingAreNoVisit() {
        // snn-2015-08-10#152 (slice i%43==18): an arrival of migrants, no visit of Libyan civilians to Europe
        assertTrue(dyads("وأعلنت المفوضية السامية لشؤون اللاجئين يوم الخميس الماضي أن نحو ربع مليون مهاجر وصلوا إلى "
                + "أوروبا عبر البحر المتوسط منذ بداية العام الحالي.").stream()
                .noneMatch(x -> x.endsWith(" 042") || x.endsWith(" 043")));
        // snn-2015-07-22#57 (slice i%43==19): refugees who reached Cameroon
        assertTrue(dyads("ومعظم هؤلاء اللاجئين الذين وصلوا إلى الكاميرون ليستقروا على الحدود مع نيجيريا، نيجيريون فروا "
                + "من المعارك في شمال شرقي نيجيريا بين الجيش النيجيري النظامي وجماعة بوكو حرام.").stream()
                .noneMatch(x -> x.endsWith(" 042") || x.endsWith(" 043")));
        // snn-2015-07-31#740 (slice i%43==19): migrants who reach Britain
        assertTrue(dyads("تعهد رئيس الوزراء البريطاني ديفيد كاميرون أمس الخميس بترحيل المزيد من المهاجرين الذين يصلون إلى "
                + "بريطانيا بصورة غير قانونية.").stream()
                .noneMatch(x -> x.endsWith(" 042") || x.endsWith(" 043")));
    }

    @Test
    void theActSaidInASentCableIsItsSenders() {
        // the congratulations «عبر فيها» are the crown prince's, who sent the «similar cable» (slice i%15==14)
        assertEquals(List.of("SAUGOV>JAMCVL 051"), dyads("كما بعث نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير "
                + "محمد بن نايف بن عبدالعزيز آل سعود، برقية مماثلة للرئيس باتريك ألين عبر فيها عن أبلغ التهاني وأطيب "
                + "التمنيات بموفور الصحة والسعادة لفخامته، ولحكومة وشعب جامايكا الصديق المزيد من التقدم والازدهار."));
        // a cable received: the one before it did not send it, and is not the one who congratulates
        assertTrue(dyads("وتلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية من الرئيس الأمريكي باراك "
                + "أوباما عبر فيها عن أبلغ التهاني للمملكة.").stream().noneMatch(d -> d.startsWith("SAUGOV>")));
    }

    @Test
    void theMeetingsPartiesAreWhomItBroughtTogether() {
        // «جمعت X مع Y» (slice i%15==14): the talks' parties are the object of جمع and the one after مع
        List<String> d = dyads("واكدت الخارجية المصرية في بيان انها \"لن تألو جهداً من اجل العمل على حماية الرهينة الكرواتي\" ذلك "
                + "عقب مباحثات جمعت وزير الخارجية المصري سامح شكري مع نظيرته الكرواتية فيسنا بوسيتش بنظيرها في القاهرة.");
        assertTrue(d.contains("EGYGOV>HRVGOV 04") && d.contains("HRVGOV>EGYGOV 04"), d.toString());
        // a pronoun on the verb is a party no name tells here: the editors are not met by the one named before
        assertTrue(dyads("وأكد السفير أحمد قطان في لقاء جمعه برؤساء تحرير الصحف المصرية أن المملكة تدعم مصر.").stream()
                .noneMatch(x -> x.endsWith(" 04")));
    }

    @Test
    void conditionalsMakeAnEventHypothetical() {
        Article a = new Article("t", null, "test", LocalDate.of(2015, 7, 20), null,
                "وقال كيري إنه في حال رفض الكونغرس الاتفاق ستزداد عزلة الولايات المتحدة وإسرائيل.");
        assertTrue(pipeline.code(a).events().stream().allMatch(e -> e.modality().equals("hypothetical")));
    }

    @Test
    void whoeverSuffersAnAttackIsItsTarget() {
        assertEquals(List.of("null>AFGGOV 185"), dyads("تعرض الرئيس الأفغاني لمحاولة اغتيال أمس."));
    }

    @Test
    void aRelativeClauseTakesItsAntecedentPastAdjectives() {
        assertTrue(dyads("وأكثر ما يقلق الأجهزة الأمنية في كينيا حركة الشباب المجاهدين الإسلامية الصومالية التي شنت عددا كبيرا "
                + "من الهجمات على الأراضي الكينية.").contains("SOMREB>KEN 19"));
    }

    @Test
    void aRefusedActDidNotHappenAndACoordinatedVerbEndsTheObjectSearch() {
        // (session 29, events136: «دمشق» is no longer the refusal's subject, the genitive of «زيارة»; the refusal
        // itself, RUSGOV → SYR 12, is coded; the visit refused is not done)
        assertTrue(dyads("وأن الرئيس فلاديمير بوتين زار المنطقة ورفض زيارة دمشق.").stream()
                .noneMatch(d -> d.contains("SYR") && !d.endsWith(" 12")), "the refused visit to Damascus was coded");
    }

    @Test
    void aSubjectInParenthesesIsStillTheSubject() {
        assertTrue(dyads("وأكد المرصد أن «(داعش) يعتقل الناشطين السوريين».").stream()
                .anyMatch(d -> d.startsWith("IMGREB>")));
    }

    @Test
    void hisCountryIsTheSpeakersCountry() {
        assertTrue(dyads("وقال وزير الخارجية البريطاني إن بلاده تدعم التحالف الذي تقوده السعودية.")
                .contains("GBR>SAU 051"));
    }

    @Test
    void weIsTheSpeaker() {
        assertTrue(dyads("وقال وزير الخارجية البريطاني: «نحن ندعم التحالف الذي تقوده السعودية».")
                .contains("GBRGOV>SAU 051"));
        // «وأتهم» is a misspelt «واتهم» (he accused), not "I accuse": no first person there
        assertTrue(dyads("وقال كوركر إن إيران بلد ينتهك حقوق الإنسان، وأتهم وزير الخارجية جون كيري بالتساهل.")
                .stream().noneMatch(d -> d.startsWith("IRN>USAGOV")));
    }

    @Test
    void aVerbWithoutASubjectOfItsOwnTellsWhatTheSentencesTopicDoes() {
        assertTrue(dyads("انتقدت إسرائيل كندا. النائب الروسي أليكسيس بوشكوف الذي يترأس لجنة الشؤون الدولية "
                + "بمجلس النواب يدعو أمس لفرض عقوبات انتقامية على كندا.").contains("RUSLEG>CAN 163"));
    }

    @Test
    void aPlaceNameSeveralCountriesShareIsTheOneInTheStorysCountries() {
        // البيضاء is a Libyan city and a Yemeni one; in a story about Yemen it is Yemen's
        List<Event> e = events("وأكدت المصادر في اليمن أن طيران التحالف العربي قصف التعزيزات في مديرية لودر بمحافظة البيضاء.");
        Event strike = e.stream().filter(x -> x.cameoRoot().equals("19")).findFirst().orElseThrow();
        assertEquals("YEM", strike.target().code());
        assertEquals("YEM", strike.location().country());
    }

    // A story's country is the one it names most (EventCoder.storyCountry, session 6), by name or nationality; but not
    // when another state is named as often or more through its organs, people and parties (session 21, events78: an
    // agent with no country then stays unidentified rather than borrow a country the article is not about)
    @Test
    void anAgentTakesNoStoryCountryThatAnotherStateOutranks() {
        // snn-2015-07-31#1549 (SaudiNewsNet, i%53==10): a story of Yemen's war names Yemen through its army, its
        // resistance, the Houthis and Saleh far more often than Saudi Arabia, named bare as the coalition's leader; the
        // national army's forces «قوات من الجيش الوطني» that took al-Ain are no Saudi forces (start: SAUMIL>YEMMIL 19)
        List<String> yemen = dyads(String.join("\n",
                "حققت القوات اليمنية والمقاومة الشعبية، الأربعاء، مزيدا من التقدم الميداني في محافظة أبين، حيث سيطرت على عدة مناطق. وفي لحج، بعد أن باتت على وشك السيطرة على قاعدة العند.",
                "وقالت مصادر أمنية إن مقاتلي “المقاومة الشعبية” سيطروا على منطقة البساتين ومزارع جعولة وقرية الفلاحين شمال مدينة عدن، على مداخل محافظة لحج.",
                "وكشف المتحدث باسم المقاومة، علي الأحمدي، عن استهداف “نقاط المراقبة في سور قاعدة العند” الخاضعة لسيطرة ميليشيات الحوثي وصالح بصواريخ الكاتيوشا ومضاد الدروع.",
                "وأكد الأحمدي لوكالة الأنباء اليمينة “سبأ” أن “وحدات خاصة من الجيش الوطني معززة برجال المقاومة على أهبة الاستعداد لاقتحام القاعدة من جهة مصنع الإسمنت”.",
                "أما في محافظة أبين، فقد سيطرت قوات من الجيش الوطني والمقاومة الشعبية المسنودة على بلدة العين، بعد معارك عنيفة مع المليشيات الحوثية وصالح أسفرت عن مقتل وإصابة عشرات المتمردين.",
                "وباتت القوات الشرعية تتقدم نحو لودر، كبرى مدن محافظة أبين، في مسعى لدحر المليشيات المتمردة، وذلك بعد أن فرضت حصارا على مداخل المنطقة، حسب “سبأ”.",
                "وفي موازاة التقدم الميداني، شنت طائرات التحالف العربي غارات جيدة على مواقع المتمردين في عدة مناطق، ولاسيما في صعدة حيث استهدفت ضربة جوية المسلحين في مركز التيسير الحوثي.",
                "وكان التحالف العربي، الذي تقوده السعودية في مسعى لدعم الشرعية ضد المتمردين، قد أعلن هدنة إنسانية مدتها خمسة أيام، إلا أن إصرار الميليشيات على القتال أطاح بوقف إطلاق النار.",
                "رابط الخبر بصحيفة الوئام: تقدم للمقاومة بأبين وسقوط قريب لقاعدة “العند”"));
        // (the coalition's aircraft, «طائرات التحالف العربي», are Saudi by the actor dictionary: SAUMIL 195 stays)
        assertTrue(yemen.contains("MIL>YEMMIL 19") && !yemen.contains("SAUMIL>YEMMIL 19"), yemen.toString());
        // control, snn-2015-08-04#214: a story about Israel names the Palestinians too, but Israel more; the police
        // that arrested the four Palestinians are still Israel's
        List<String> israel = dyads(String.join("\n",
                "تعرض سائح فرنسي مسيحي اليوم الثلاثاء للضرب على يد أربعة فلسطينيين بعد أن رفع علم إسرائيل في باحة المسجد الاقصى في القدس الشرقية المحتلة، حسبما أعلنت شرطة الاحتلال الإسرائيلي.",
                "وقالت متحدثة باسم الشرطة إن السائح وهو في الثلاثينات من عمره أصيب بجروح طفيفة في راسه وتم نقله لتلقي العلاج. وأشارت إلى أنه تم احتجازه وقد يتم توجيه تهمة الاخلال بالنظام العام.",
                "واعتقلت الشرطة أيضا الفلسطينيين الأربعة الذين يشتبه بقيامهم بضرب السائح وهم من سكان القدس الشرقية المحتلة.",
                "وبحسب المتحدثة فان ما حدث هو \"حادث معزول\" مشيرة بأنه لم تقع أي أحداث عنف إضافية في المسجد الأقصى.",
                "واحتلت إسرائيل القدس الشرقية في عام 1967م في خطوة لم يعترف بها المجتمع الدولي الذي يعتبر الاستيطان الإسرائيلي في كل الأراضي المحتلة غير شرعي وفقا للقانون الدولي."));
        assertTrue(israel.contains("ISRCOP>PSE 173"), israel.toString());
    }

    @Test
    void aFutureDateIsNotCarriedToWhatHasHappened() {
        List<Event> e = events("ويصوت الكونغرس على الاتفاق في نهاية سبتمبر. وانتقد رئيس الوزراء الإسرائيلي الولايات المتحدة.");
        Event criticism = e.stream().filter(x -> x.cameoRoot().equals("11")).findFirst()
                .orElseThrow(() -> new AssertionError(e.stream().map(EventRulesTest::dyad).toList()));
        assertEquals(null, criticism.date(), criticism.rule());
    }

    @Test
    void strikesCarriedOutOnAGroupsPositionsTargetTheGroup() {
        assertTrue(dyads("ونفذت القوات التركية غارات على مواقع حزب العمال الكردستاني في شمال العراق.")
                .contains("TURMIL>TURREB 195"));
    }

    @Test
    void afterANounOfOccurrenceAnActWithVictimsIsAMasdar() {
        // «عمليات قتل المدنيين»: the civilians are the victims, not the killers
        assertTrue(dyads("وتكررت عمليات قتل المدنيين في سوريا.").stream().noneMatch(d -> d.startsWith("SYRCVL>")));
    }

    @Test
    void aSurnameIsNotTheCountryWhoseNameItIsWithoutTheArticle() {
        // الكاميرون without its article is كاميرون, David Cameron's surname: the surname is the prime minister
        List<String> d = dyads("وقال رئيس الوزراء البريطاني ديفيد كاميرون إن بلاده ستبقى في الاتحاد. "
                + "ويتفاوض كاميرون مع قادة دول الاتحاد الأوروبي بشأن تغيير شروط عضوية بريطانيا في الاتحاد");
        assertTrue(d.contains("GBRGOV>IGOEUR 046"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.contains("CMR")), d.toString());
    }

    @Test
    void theFirstPersonSingularIsNotAVerbForm() {
        // أصلا ("at all", from أصل "origin") is not أصل "I arrive", a form of وصل/يصل + إلى
        assertEquals(List.of(), dyads("وقد تخلفت اليونان أصلا عن تسديد قرضين مستحقين إلى صندوق النقد الدولي"));
    }

    @Test
    void onlyTheActorTheArticleIsAboutIsCarriedToTheNextSentence() {
        // the Iranian minister is a side actor here: «ووصلت الطائرة» has a subject of its own, which no dictionary knows
        List<String> d = dyads("وصل رئيس الوزراء البريطاني ديفيد كاميرون إلى الرياض أمس. وقال كاميرون إن بريطانيا تدعم "
                + "المملكة. واتهم وزير الخارجية الإيراني السعودية بدعم الإرهاب. "
                + "ووصلت الطائرة السعودية الأولى إلى مطار تيرانا الدولي في ساعة مبكرة من صباح أمس الأربعاء.");
        assertTrue(d.contains("IRNGOV>SAU 112"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.contains("ALB")), d.toString());
    }

    @Test
    void anAgentAfterMinQiblOrAlaYadIsTheSource() {
        // the kidnapped are the verb's subject; the agent is named after «على أيدي»
        assertEquals(List.of("IMGREB>null 181"), dyads("واعلن المرصد السوري ان ثمانية من العناصر خطفوا مساء الاربعاء "
                + "على ايدي جبهة النصرة التي تبنت عملية الخطف"));
        // a masdar's genitive is then the one acted upon
        assertTrue(dyads("وبينما تتم ملاحقة واعتقال الصحافيين في اليمن من قبل المسلحين الحوثيين، لا يزال عدد من "
                + "الصحافيين اليمنيين يقبعون في المعتقلات").contains("YEMREB>YEM 173"));
        // a name in quotation marks after «من قبل»
        assertTrue(dyads("وقالت مصادر في الجيش الحر إن المجموعة كانت تضم نحو 6 أشخاص تم احتجازهم من قبل «النصرة» في ريف "
                + "حلب").contains("IMGREB>null 173"));
        // a noun with no country of its own before the actor (slice i%17==9): the Houthis attacked, not were attacked
        List<String> d = dyads("مضيفة أن هجمات من قبل اللجان الشعبية للحوثيين باستخدام قذائف الهاون كبدت 14 منزلا لمدنيين "
                + "أضرارا بالغة.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("YEMREB>") && x.endsWith(" 19")), d.toString());
        assertFalse(d.contains("null>YEMREB 19"), d.toString());
        // punctuation between the phrase and the actor parts them
        assertTrue(dyads("مضيفة أن هجمات من قبل اللجان، الحوثيين باستخدام قذائف الهاون كبدت 14 منزلا لمدنيين أضرارا بالغة.")
                .stream().noneMatch(x -> x.startsWith("YEMREB>")));
    }

    @Test
    void whomAMasdarOfOpposingNamesIsNoTargetOfTheCueBefore() {
        // the fighters the United States trained are the target; Daesh is what they were trained to fight
        List<String> d = dyads("ويهدف القرار إلى حماية مجموعة المقاتلين السوريين الوليدة الذين دربتهم الولايات المتحدة "
                + "لمحاربة تنظيم الدولة الإسلامية وليس القوات الحكومية السورية.");
        assertTrue(d.contains("USA>SYRREB 072"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.contains("IMGREB")), d.toString());
    }

    @Test
    void aBirthplaceIsNotMuscat() {
        // «مسقط رأس والده»: his father's birthplace (homographs.tsv), not a visit to Oman
        assertTrue(dyads("ويقوم أوباما الذي سيشارك في قمة عالمية في العاصمة نيروبي، بأول زيارة له إلى مسقط راس والده "
                + "منذ توليه مهامه").stream().noneMatch(x -> x.contains("OMN")));
        // «مسقط رأسه» with the pronoun: his birthplace too (snn-2015-07-24#874, coded India visiting Oman and Oman
        // hosting India)
        assertTrue(dyads("ولعل ما أجج هذه النزعة لديه أنه تعرض للاعتداء الجسدي من قبل مجموعة من البيض المعارضين لوجود "
                + "الهنود في جنوب إفريقيا بعيد وصوله إلى ميناء ديربان من زيارة سريعة إلى مسقط رأسه في ولاية غوجرات "
                + "الهندية").stream().noneMatch(x -> x.contains("OMN")));
    }

    @Test
    void theCountedSubjectOfAPossiblyPassiveVerbIsItsVictims() {
        // قُتل: nine rebels were killed in an air strike; they killed no one (the strike, whose agent is not
        // named, hit them: 195)
        assertEquals(List.of("null>YEMREB 19", "null>YEMREB 195"), dyads("وذكرت مصادر عسكرية وسكان أن تسعة متمردين حوثيين قتلوا ليلا في "
                + "غارة جوية على خور المكسر في وسط عدن"));
        assertEquals(List.of("null>AFGMIL 19", "null>AFGMIL 195"), dyads("وقتل 14 جنديا افغانيا في الغارة"));
        // a year is no count: «عام 2004 مسلحون إرهابيون يقتحمون»
        assertTrue(dyads("عام 2004 مسلحون إرهابيون يقتحمون مجمعا سكنيا في الخبر").stream()
                .noneMatch(x -> x.startsWith("null>")));
    }

    @Test
    void onlyThePastOfAgreeIsAnAgreement() {
        // يتفق / تتفق على هذه الحقيقة: sharing a view, not reaching an agreement; the past is the event
        assertEquals(List.of(), dyads("والأسباب التي جعلت قطر ومصر تتفق على هذه الحقيقة بأن المملكة دولة مستقرة"));
        assertTrue(dyads("واتفقت مصر وأوغندا أمس على إعادة تفعيل آلية اللجنة المشتركة").contains("EGY>UGA 05"));
    }

    @Test
    void aPostponedVisitDidNotHappenAndALookedForwardToMeetingIsAnIntent() {
        assertEquals(List.of(), dyads("افاد مصدر دبلوماسي تركي انه تم تأجيل زيارة وزير الخارجية الايراني محمد جواد ظريف "
                + "الى تركيا، من دون تحديد السبب."));
        List<String> d = dyads("وفي تصريحات منفصلة للصحافيين، قال كارتر إن الرئيس أوباما يتطلع للقاء الملك سلمان في سبتمبر "
                + "(أيلول) المقبل.");
        assertTrue(d.contains("USAGOV>SAUGOV 036"), d.toString());
    }

    @Test
    void aStatesStrikesAbroadDoNotTargetTheCountryTheyAreIn() {
        // in a story about Turkey, its strikes in northern Iraq target the PKK, not Iraq: with no target named, the
        // target stays unidentified
        List<String> d = dyads("وقال رئيس الوزراء التركي أحمد داود أوغلو إن تركيا ستواصل عملياتها. بالمقابل شن الجيش "
                + "التركي حتى الآن عشرات الغارات على مناطق جبلية في شمال العراق ليعطي الاولوية بذلك لمواجهته مع "
                + "المتمردين الاكراد");
        assertTrue(d.contains("TURMIL>null 195"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.contains("IRQ")), d.toString());
        // a protest in a place is still against that place's state (of a people that holds itself: a Palestinian
        // protest names Israel or no one, aProtestOfAPeopleHeldByAnotherStateIsAgainstThatState)
        assertTrue(dyads("وتظاهر مئات العراقيين في البصرة أمس أمام مقر المحافظة").contains("IRQ>IRQ 141"));
    }

    @Test
    void theActorAfterAPluralVerbIsNotItsSubject() {
        // a verb before its subject is singular: after «قتلوا» the civilians are among the killed, not the killers
        assertEquals(List.of("null>YEM 19"), dyads("وذكر لصور ان 19 شخصا قتلوا بينهم مدنيون جراء انفجار الغام فيما "
                + "اصيب 163 آخرون بجروح السبت والاحد في زنجبار وضواحيها."));
    }

    @Test
    void aQuotedOutletNameIsThePaperNotAParty() {
        // «الشرق الأوسط» in quotation marks is the daily (its interviews, its bylines), not the Middle East
        List<String> d = dyads("وأجرت «الشرق الأوسط» الحوار مع كيري عبر الهاتف من مكتبه في مقر وزارة الخارجية الأميركية.");
        assertTrue(d.stream().noneMatch(x -> x.contains("MEA")), d.toString());
        d = dyads("* كراتشي - «الشرق الأوسط»: داهمت قوات الأمن الباكستانية مقر حزب سياسي قوي في مدينة كراتشي، "
                + "واعتقلت اثنين من أعضائه أمس.");
        assertTrue(d.stream().noneMatch(x -> x.contains("MEA")), d.toString());
        // unquoted, the region stays an actor
        assertTrue(dyads("وزار الرئيس الأمريكي الشرق الأوسط").stream().anyMatch(x -> x.contains("MEA")));
    }

    @Test
    void aListOfAgentsGoesOnAfterACommaWithAnd() {
        // «، والأمانة العامة لمجلس التعاون» is one more of those who condemned, not the one condemned
        List<String> d = dyads("حيث أدانت المملكة الأردنية الهاشمية ومملكة البحرين والمملكة المغربية والكويت والإمارات "
                + "العربية المتحدة وقطر وتونس ومصر وباكستان وألمانيا وأسبانيا، والأمانة العامة لمجلس التعاون الخليجي، "
                + "الجريمة البشعة وأكدوا وقوفهم إلى جانب المملكة العربية السعودية قيادة وحكومة وشعبا.");
        assertTrue(d.stream().noneMatch(x -> x.contains(">IGOGCC")), d.toString());
        // a single agent's object after a comma-free list is still found
        assertTrue(dyads("وأدانت مصر والأردن إسرائيل").contains("EGY>ISR 111"));
    }

    @Test
    void thePronounOfAMasdarOfViolenceLendsItNoAgent() {
        // «عمليته» is the coalition's, which no dictionary knows; the subject in play (Yemen's army, from the
        // sentence before) is not its referent, so the attacker stays unidentified
        // (the first sentence's «هجوم شنته قوات هادي» has its own agent, Hadi's forces: only the second is checked)
        Article a = new Article("t", null, "test", LocalDate.of(2015, 7, 20), null,
                "وسقطت قاعدة العند الاستراتيجية بعد هجوم شنته قوات هادي مدعومة من طيران وسلاح التحالف "
                + "العربي الذي تقوده المملكة، وذلك بحسب وزارة الدفاع اليمنية ليل الاثنين الثلاثاء. وكان التحالف اطلق في "
                + "26 مارس عمليته العسكرية ضد الحوثيين وقوات صالح، ودعما للرئيس المعترف به دوليا عبدربه منصور هادي "
                + "الذي يقيم في السعودية.");
        List<String> d = pipeline.code(a).events().stream().filter(e -> e.sentence() == 1 && !e.negated())
                .map(EventRulesTest::dyad).toList();
        assertTrue(d.stream().noneMatch(x -> x.startsWith("YEMMIL>")), d.toString());
        assertTrue(d.contains("null>YEMREB 19"), d.toString());
    }

    @Test
    void aBackerNamedAfterMadoumaMinIsNotTheTargetOfTheAgentsAct() {
        // «هجوم شنته قوات هادي مدعومة من طيران وسلاح التحالف» (SaudiNewsNet, 2015-08-06): the coalition backs Hadi's
        // forces (modifiers.tsv backer); it is not the one they attacked. The attack keeps its agent, Hadi's forces.
        Article a = new Article("t", null, "test", LocalDate.of(2015, 8, 6), null,
                "تابعت القوات اليمنية الموالية للرئيس المعترف به دوليا عبدربه منصور هادي الاربعاء عمليات تعقب المتمردين "
                + "الحوثيين وحلفائهم الذين يستمرون بالانسحاب بعد ان خسروا مدينة عدن وقاعدة العند الجوية الاكبر في البلاد، "
                + "بحسب مصادر عسكرية. سقطت قاعدة العند الاستراتيجية بعد هجوم شنته قوات هادي مدعومة من طيران وسلاح "
                + "التحالف العربي الذي تقوده السعودية، وذلك بحسب وزارة الدفاع اليمنية.");
        List<String> d = pipeline.code(a).events().stream().filter(e -> e.sentence() == 1 && !e.negated())
                .map(EventRulesTest::dyad).toList();
        assertTrue(d.stream().noneMatch(x -> x.contains(">SAU")), d.toString());
        assertTrue(d.stream().anyMatch(x -> x.startsWith("YEM") && x.endsWith(" 19")), d.toString());
    }

    @Test
    void aBackerNamedRightAfterTheVerbIsNotItsSubject() {
        // «وكانت القوات المشتركة اقتحمت بدعم من طائرات التحالف العربي، قاعدة العند» (SaudiNewsNet, 2015-08-04): the
        // joint forces stormed the base; the coalition's aircraft after «بدعم من» (modifiers.tsv backer) backed them
        List<String> d = dyads("وكانت القوات المشتركة اقتحمت بدعم من طائرات التحالف العربي، قاعدة العند الجوية ضمن "
                + "هجوم واسع لاستعادة القاعدة الاستراتيجية في محافظة لحج.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("SAUMIL>")), d.toString());
        // with no backing phrase, the actor after the verb is its subject
        d = dyads("وشنت طائرات التحالف العربي غارات على مواقع الحوثيين في صعدة.");
        assertTrue(d.contains("SAUMIL>YEMREB 195"), d.toString());
    }

    @Test
    void aBackerInTheSubjectsNounPhraseIsNotTheSubjectOfTheVerbAfterIt() {
        // «فالمتمردون المدعومون من جهات إقليمية مثل إيران يقصفون المدنيين» (SaudiNewsNet, 2015-07-27; the blind
        // judgement of session 13, item 19): the rebels shell; Iran, in the phrase of backing (modifiers.tsv backer)
        // of the subject's noun phrase, only backs them
        List<String> d = dyads("وليست عدن الوحيدة التي ذاقت ويلات انتهاكات الحوثيين، فالمتمردون المدعومون من جهات "
                + "إقليمية مثل إيران يقصفون المدنيين بشكل يومي في تعز ولحج وأبين والضالع وإب والبيضاء وشبوة.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("IRN>")), d.toString());
        // «القوى الانفصالية الجنوبية المتحالفة مع التحالف الذي تقوده السعودية اعتقلت قياديا» (2015-07-26; item 47):
        // the southern forces, allied with the Saudi-led coalition, made the arrest; Saudi Arabia did not
        d = dyads("قالت المقاومة الشعبية في اليمن على حسابها الرسمي على تويتر إن القوى الانفصالية الجنوبية المتحالفة مع "
                + "التحالف الذي تقوده السعودية اعتقلت قياديا كبيرا في حركة الحوثي.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("SAU")), d.toString());
        // with no phrase of backing, the actor right before the verb is its subject
        d = dyads("قالت مصادر محلية إن السعودية اعتقلت قياديا كبيرا في حركة الحوثي.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("SAU") && x.endsWith(" 173")), d.toString());
    }

    @Test
    void theGenitiveOfQitalIsTheOneFought() {
        // «في قتال التنظيم»، «بقتال تنظيم داعش» (SaudiNewsNet, 2015-07-31; the blind judgement of session 13, item 48):
        // the masdar of fighting takes the one fought in its genitive (patterns.tsv genobj); ISIS is not the agent
        List<String> d = dyads("وقال بيليتش إن «الاتفاق يختص فقط بقتال تنظيم داعش ولا يتضمن توفير دعم جوي للمقاتلين "
                + "الأكراد في شمال سوريا».");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("IMGREB>")), d.toString());
    }

    @Test
    void aSoundPluralOrDualInTheObliqueCaseAfterAKillingIsItsVictim() {
        // «غداة قتل شرطيين قرب الحدود السورية» (SaudiNewsNet, 2015-07-24): -ين is the accusative or genitive of a dual or
        // sound plural, never the nominative of a subject; the two policemen were killed, they killed no one
        List<String> d = dyads("وياتي الهجوم غداة قتل شرطيين قرب الحدود السورية واعلان حزب العمال الكردستاني مسؤوليته "
                + "عن قتلهما ردا على هجوم سوروتش الدامي على تجمع لنشطاء مناصرين للاكراد الاثنين نسب الى تنظيم الدولة "
                + "الاسلامية.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("COP>")), d.toString());
        // «تتعمد قتل المدنيين الفلسطينيين» (2015-07-25): the Palestinian civilians are the ones killed
        d = dyads("بل لقد بلغ ببعض المحللين أن إسرائيل على سبيل المثال تتعمد قتل المدنيين الفلسطينيين بأسلحة من بينها "
                + "الطائرات الموجهة.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("PSECVL>")), d.toString());
        // controls: a masdar of shelling takes its agent in the genitive, its object after لـ («قصف المتمردين في اليمن
        // لمناطق سكنية», 2015-07-31), and a number right after the plural is the object («وفي بورنو قتل مسلحين ثمانية
        // أشخاص», 2015-07-24)
        d = dyads("أدانت منظمة هيومن رايتس ووتش الخميس، قصف المتمردين في اليمن لمناطق سكنية في مدينة عدن الجنوبية دون "
                + "مراعاة للسكان المدنيين.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("YEMREB>")), d.toString());
        d = dyads("وفي بورنو قتل مسلحين ثمانية أشخاص.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("REB>")), d.toString());
    }

    @Test
    void aPastOfKillingWithAnIndefiniteSubjectAndNoObjectIsPassive() {
        // «وقتل جندي عراقي وأصيب خمسة آخرون في قصف شنه داعش» (SaudiNewsNet, slice i%31==17), «قتل مبتعث سعودي صباح اليوم
        // السبت» (i%31==20), «قتل ضابط اتحادي بالرصاص يوم 26 يونيو» (i%31==14): قُتل, the soldier, the student and the
        // officer were killed; they killed no one
        List<String> d = dyads("وقتل جندي عراقي وأصيب خمسة آخرون في قصف شنه داعش على ثكنة عسكرية قرب ناحية الصقلاوية شمال "
                + "غربي الفلوجة غرب بغداد.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("IRQMIL>")), d.toString());
        assertTrue(d.stream().anyMatch(x -> x.startsWith("null>IRQMIL") || x.startsWith("->IRQMIL")), d.toString());
        d = dyads("قتل مبتعث سعودي صباح اليوم السبت في حرم جامعة (ويتشيتا) الأمريكية، بعدما أطلق عليه النار وتوفي متأثرا "
                + "بأصابته.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("SAUEDU>")), d.toString());
        d = dyads("وبعد عملية ملاحقة مضنية، قتل ضابط اتحادي بالرصاص يوم 26 يونيو على بعد 43 كيلومترا عن السجن.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("USAMIL>") || x.startsWith("MIL>")), d.toString());
        // «ليس غريباً على الغلاة والتكفيريين، ان يفتوا بجواز قتل رجال الأمن، متجاهلين» (i%31==9): a masdar after the
        // noun that governs it, its genitive the victim
        d = dyads("ليس غريباً على الغلاة والتكفيريين، ان يفتوا بجواز قتل رجال الأمن، متجاهلين أنّ من أعظم الجرائم "
                + "استباحة الدماء.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("COP>")), d.toString());
        // «فيما قتل احد رجال المقاومة واصيب اخرون في المواجهات» (i%31==22): one of the resistance was killed
        d = dyads("وأوضحت المصادر ان ٨ حوثين ومن قوات صالح قتلوا واصيب العشرات فيما قتل احد رجال المقاومة واصيب اخرون في "
                + "المواجهات.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("YEMREB>") && x.endsWith(" 19") || x.startsWith("REB>")),
                d.toString());
        // controls: an object after the circumstance, or after the subject, keeps the verb active («عندما قتل متطرفون
        // بالرصاص 48 مصليا», i%31==15; «يقتل انتحاري ثلاثة جنود ليبيين», i%31==20)
        d = dyads("وكانت قريتان في المنطقة تعرضتا لهجوم مماثل مطلع يوليو عندما قتل متطرفون بالرصاص 48 مصليا.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("REB>") || x.startsWith("NGAREB>")), d.toString());
        d = dyads("يقتل انتحاري ثلاثة جنود ليبيين عند نقطة تفتيش في مدينة بنغازي بشرق البلاد.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("LBYREB>") || x.startsWith("REB>")), d.toString());
        // and a noun with its pronoun after the circumstance is the object: «قتل مواطن بالعقد الثالث من عمره ابنه»
        // (i%31==14), the citizen killed his son
        d = dyads("قتل مواطن بالعقد الثالث من عمره ابنه صاحب ال11 ربيعاً بعد أن أطلق عيارا ناريا عليه وأصاب زوجته بثلاث "
                + "طلقات نارية نقلت على إثرها لمستشفى الحائط العام.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("CVL>")), d.toString());
        // and an aside between commas may stand before the object: «بعد أن قتل انتحاري، يشتبه بأنه ينتمي لتنظيم داعش، 32
        // شخصًا» (i%31==8)
        d = dyads("وكان من المقرر تنظيم المسيرة بدعم من بعض نواب المعارضة، بعد أن قتل انتحاري، يشتبه بأنه ينتمي لتنظيم داعش، "
                + "32 شخصًا في بلدة على الحدود السورية.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("null>") && x.contains("REB 19")), d.toString());
    }

    @Test
    void aKillingJoinedToAMasdarIsAMasdarWhoseGenitiveIsTheVictim() {
        // «لن نجد من يقر تفجير المساجد وقتل رجال الأمن» (SaudiNewsNet, 2015-08-07), «الذي يتحمل تدمير اليمن وقتل الشعب»
        // (2015-08-04): the bare past after و is the fellow of the masdar before it; the security men and the people
        // were killed, they killed no one
        List<String> d = dyads("لن نجد من يقر تفجير المساجد وقتل رجال الأمن إلا إن كان مختلاً عقلياً ونفسياً.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("SAUCOP>") || x.startsWith("COP>")), d.toString());
        d = dyads("وهو الوحيد الذي يتحمل تدمير اليمن وقتل الشعب واختطاف مكتسبات الدولة والانقلاب على الشرعية.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("YEMCVL>") || x.startsWith("CVL>")), d.toString());
    }

    @Test
    void theOneAfterAParticipleOfGivingGaveWhatTheMasdarNames() {
        // «ترحب بشكل كبير بالمساعدات المقدمة من حكومة المملكة للشعب اليمني» (SaudiNewsNet, 2015-07-26; the blind judgement
        // of session 15, item 10): the Kingdom gave the aid (modifiers.tsv agent-phrase-of-act), the UK only welcomed it
        List<String> d = dyads("وقد ذكر المسؤول الإداري الدائم في وزارة التنمية الدولية في الحكومة البريطانية مارك لوكوك، أن "
                + "الحكومة البريطانية ترحب بشكل كبير بالمساعدات المقدمة من حكومة المملكة للشعب اليمني، والتي وصلت لأكثر "
                + "من 270 مليون دولار.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("GBRGOV>YEMCVL 07")), d.toString());
    }

    @Test
    void theRanksSomeoneFightsInAreNotTheOnesFought() {
        // «الذين يقاتلون في صفوف داعش والنصرة» (SaudiNewsNet, 2015-07-21), «الذين يقاتلون في صفوف ميليشيات الحوثي وصالح»
        // (2015-07-26): the fighters are in ISIS's and the Houthis' ranks (modifiers.tsv side), not fighting them
        List<String> d = dyads("\"لماذا أكثر المتطرفين، الانتحاريون منهم والتكفيريون، الذين يقاتلون في صفوف داعش والنصرة هم "
                + "توانسة، من أصل تونسي، عاشوا في المغتربات أو في تونس ذات الحكم العلماني الصارم على مدى 4 عقود؟");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(">IMGREB 19")), d.toString());
        d = dyads("وحقيقة نأسف لهذا التعامل من قبل بعض العسكريين من أبناء المحافظات الشمالية الذين يقاتلون في صفوف ميليشيات "
                + "الحوثي وصالح، وحصلت هناك تغييرات أمنية لم تكن موفقة في عدن.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(">YEMREB 19")), d.toString());
        // control: after an arrest the ranks are those arrested («حملات الاعتقال في صفوف الفلسطينيين», 2015-07-23)
        d = dyads("هذا، وكثّفت سلطات الاحتلال الإسرائيلية من حملات الاعتقال في صفوف الفلسطينيين خلال فترة العيد وما بعدها.");
        assertTrue(d.stream().anyMatch(x -> x.equals("ISRGOV>PSE 173")), d.toString());
    }

    @Test
    void aSecondPartyWithLamJoinedByWawIsAddressedToo() {
        // «ورفع "أبوحسان" صادق تعازيه لحكومة خادم الحرمين الشريفين وللشعب السعودي الكريم» (SaudiNewsNet, 2015-08-09; so
        // the blind judgement of session 15, item 18): both after لـ receive the condolences; the first gave none
        List<String> d = dyads("ورفع \"أبوحسان\" صادق تعازيه لحكومة خادم الحرمين الشريفين وللشعب السعودي الكريم وأسر "
                + "الشهداء، راجيا من الله أن يحفظ المملكة.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("SAUGOV>")), d.toString());
    }

    @Test
    void theFightersACueOfExpellingNamesAreTheOnesDrivenOut() {
        // «وذلك بعد طرد ميليشيات الحوثي منها» (SaudiNewsNet, 2015-07-21): the further word of طرد + ميليشي*
        // (patterns.tsv genobj on a verb) names the ones driven out; the Houthis did not drive anyone out
        List<String> d = dyads("أصدر الرئيس اليمني عبد ربه منصور هادي قراراً جمهورياً بتعيين نايف البكري كمحافظ لعدن "
                + "وذلك بعد طرد ميليشيات الحوثي منها.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("YEMREB>") && x.endsWith(" 19")), d.toString());
        // «وطردت الاثنين الحوثيين وحلفاءهم» (2015-08-11): the verb's subject is Hadi's forces, before it
        d = dyads("وحققت قوات هادي المدعومة جوا وبرا من قوات التحالف والتي تقاتل باسلحة حديثة زودتها بها دول التحالف، "
                + "سلسلة انجازات خلال الايام الاخيرة، وطردت الاثنين الحوثيين وحلفاءهم من آخر معاقلهم في محافظة ابين "
                + "الجنوبية.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("YEMREB>") && x.endsWith(" 19")), d.toString());
        // a further word in the nominative (مقاتلون) names the ones who drove out: «منذ أن طرد مقاتلون محليون جماعة
        // الحوثي» (2015-08-01) keeps them as the subject, and lends no agent of the sentence (Bahah) to the act
        d = dyads("قال مسؤول في مطار إن خالد بحاح نائب الرئيس اليمني وصل إلى مدينة عدن الساحلية بجنوب اليمن اليوم السبت "
                + "ليصبح أكبر مسؤول يزور المدينة منذ أن طرد مقاتلون محليون جماعة الحوثي منها قبل أكثر من أسبوعين.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("YEMGOV>YEMREB 19")), d.toString());
    }

    @Test
    void alliesAreNotOfThePlaceOrTheStoryTheSentenceNames() {
        // «أن تصرف إيران ... لدعم حلفائها في المنطقة، خاصة حزب الله في لبنان» (SaudiNewsNet, 2015-07-31): Iran's allies
        // (modifiers.tsv relation) are not Lebanon's government; «وأيد حلفاء غربيون ... الاجراءات التركية» (2015-08-03):
        // the Western allies who backed Turkey are not Turkey's
        List<String> d = dyads("وتوقعت «فورين بوليسي» أن تصرف إيران «عشرات المليارات من الدولارات» لدعم حلفائها في "
                + "المنطقة، خاصة حزب الله في لبنان، ونظام الرئيس بشار الأسد في سوريا.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("LBNGOV>")), d.toString());
        d = dyads("وأيد حلفاء غربيون بينهم حلف شمال الأطلسي والولايات المتحدة الاجراءات التركية لكن كثيرين حثوا أنقرة "
                + "على عدم استخدام القوة المفرطة.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("TUR")), d.toString());
        // an agent of no relation still takes the country of the place named: protesters in Beirut are Lebanon's
        d = dyads("وتظاهر آلاف المحتجين في بيروت ضد الحكومة.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("LBNOPP>")), d.toString());
    }

    @Test
    void theActorBeforeAVerbJoinedByWaIsNotItsSubject() {
        // «المعارضة السورية المعتدلة التي ترفض "داعش" وتقاتلها» (SaudiNewsNet, 2015-07-21): ISIS closes the clause of
        // ترفض as its object; وتقاتلها goes on with that clause's subject, the opposition (ها is ISIS)
        List<String> d = dyads("والحال أن المعارضة السورية المعتدلة التي ترفض \"داعش\" وتقاتلها في الجنوب.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("IMGREB>")), d.toString());
        assertTrue(d.stream().anyMatch(x -> x.startsWith("SYROPP>") && x.endsWith(" 19")), d.toString());
        // a verb with no conjunction keeps the actor right before it as its subject; so does one with ف after أما
        // («أما وزير الخارجية الأوكراني باولو كليمكين فاتهم روسيا», 2015-07-31: the topic is the subject)
        d = dyads("المعارضة السورية تقاتل داعش في الجنوب.");
        assertTrue(d.contains("SYROPP>IMGREB 19"), d.toString());
        d = dyads("أما وزير الخارجية الأوكراني باولو كليمكين فاتهم روسيا مباشرة في الضلوع في الحادث.");
        assertTrue(d.contains("UKRGOV>RUS 112"), d.toString());
    }

    @Test
    void theSubjectOfAnImperfectVerbWithAnObjectPronounIsSharedByTheVerbJoinedToIt() {
        // «لتحالف تقوده الولايات المتحدة ويقصف التنظيم» (SaudiNewsNet, 2015-08-04): تقوده carries its object (ه, the
        // coalition), so the US is its subject and goes on as the subject of ويقصف: the US shells ISIS
        List<String> d = dyads("وقصفت طائرات تركية أيضا مواقع لتنظيم الدولة الإسلامية في سوريا وسمحت أنقرة لتحالف "
                + "تقوده الولايات المتحدة ويقصف التنظيم باستخدام قواعدها الجوية في شن المزيد من الغارات.");
        assertTrue(d.contains("USA>IMGREB 195"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("IMGREB>")), d.toString());
        // but when the و-verb carries its own object pronoun, the actor after it is its own subject
        // («غارات جوية تقودها السعودية وتدعمها الولايات المتحدة», 2015-07-21): the US backs the strikes
        d = dyads("والتي كانت هدفا لغارات جوية تقودها السعودية وتدعمها الولايات المتحدة منذ أواخر مارس الماضي.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("SAU>USA")), d.toString());
    }

    @Test
    void theSubjectOfAVerbOfGoingOnIsTheAgentOfItsMasdar() {
        // «واصلت طائرات التحالف العربي غاراتها»: the strikes are the coalition's own, the subject of «واصلت»
        List<String> d = dyads("وأسفر تقدم المقاومة في شبوة عن فرار محافظ الحوثيين، في الوقت الذي واصلت طائرات "
                + "التحالف العربي غاراتها مستهدفة مقرات المتمردين.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("SAUMIL>")), d.toString());
        d = dyads("وياتي الهجوم بينما يصعد متمردو طالبان هجماتهم ضد اهداف حكومية واجنبية خلال هجوم الصيف.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("AFGREB>")), d.toString());
    }

    @Test
    void anIndefiniteAttackNamesItsAgentAfterLam() {
        // «هجمات لحزب العمال الكردستاني» (i%29==10, snn-2015-08-04#195): the PKK attacked, the soldiers were killed;
        // the PKK was coded as the one killed
        List<String> d = dyads("ووفق تعداد لوكالة الصحافة الفرنسية، فإنّ 19 عنصرًا على الاقل من الجيش والشرطة التركيين،"
                + " قتلوا في هجمات لحزب العمال الكردستاني منذ انهيار الهدنة.");
        assertTrue(d.stream().noneMatch(x -> x.contains(">TURREB")), d.toString());
        // «هجوم للمقاومة الشعبية على المعسكر» (i%29==3, snn-2015-08-02#757): the resistance attacked the camp
        d = dyads("وتزامنت غارات طيران تحالف إعادة الأمل مع هجوم للمقاومة الشعبية على المعسكر الموالي للرئيس اليمني"
                + " المخلوع علي عبدالله صالح.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("YEMMIL>")), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.contains(">YEMMIL")), d.toString());
    }

    @Test
    void anAttackByAPartysArmsNamesThePartyAsItsAgent() {
        // «غارات لمقاتلات التحالف العربي» (i%31==2, snn-2015-08-07#759): the لـ is on the coalition's fighter jets, the
        // coalition their genitive; it was coded as the one struck (None>SAUMIL 195)
        List<String> d = dyads("وقالت مصادر عسكرية ومحلية إن المعارك اُستخدم فيها جميع انواع الأسلحة في المعسكر والجبال"
                + " المحيطة به، بالتزامن مع غارات لمقاتلات التحالف العربي.");
        assertTrue(d.stream().noneMatch(x -> x.contains(">SAUMIL")), d.toString());
        // «مقتل قيادي بارز في داعش بغارة لطيران التحالف الدولي» (i%31==14, snn-2015-07-27#1018)
        d = dyads("رابط الخبر بصحيفة الوئام: مقتل قيادي بارز في داعش بغارة لطيران التحالف الدولي في كركوك");
        assertTrue(d.stream().noneMatch(x -> x.contains(">USAMIL")), d.toString());
        // «في قصف لطائرات النظام السوري على مدينة حلب» (i%31==7, snn-2015-07-21#2239): the regime struck, as before
        d = dyads("قال المرصد السوري لحقوق الإنسان إن قياديا تونسيا في تنظيم داعش وخمسة متشددين أجانب آخرين قتلوا في"
                + " غارة جوية قرب مدينة الحسكة, فيما قُتل ثمانية مدنيين في قصف لطائرات النظام السوري على مدينة حلب.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("SYRGOV>")), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.contains(">SYRGOV")), d.toString());
    }

    @Test
    void aDangerDescribedIsNoThreatMade() {
        // «داعش والنصرة اللذين يهددان أمن واستقرار لبنان» (eval/judgments/s15-blind-slice28.tsv item 5,
        // snn-2015-07-24#271): a relative clause that characterises the two groups; coded IMGREB>LBN 13
        List<String> d = dyads("وأكدوا تصميمهم على دعم الحكومة اللبنانية في تصديها لتنظيمي داعش والنصرة اللذين يهددان"
                + " أمن واستقرار لبنان.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 13")), d.toString());
        // «يشكل تهديدا اساسيا لأمن روسيا» (i%31==10, snn-2015-07-27#84): what NATO's growth is, said in a doctrine
        d = dyads("وتنص العقيدة العسكرية التي صادق عليها الرئيس فلاديمبر بوتين في أواخر 2014 ، على ان توسع الحلف"
                + " الاطلسي، التي تعد الولايات المتحدة اكبر المساهمين فيه، يشكل تهديدا اساسيا لأمن روسيا.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 13")), d.toString());
        // «روسيا الاتحادية تمثل حاليا أخطر تهديد حقيقي» (i%31==11, snn-2015-08-06#2095)
        d = dyads("فوفقا للتصريحات الأميركية الأخيرة على لسان وزير الخارجية الأميركي جون كيري، فإن روسيا الاتحادية"
                + " تمثل حاليا أخطر تهديد حقيقي على أمن الولايات المتحدة.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 13")), d.toString());
        // a threat made stays one: «وكان تنظيم داعش هدد تركيا» (i%31==0, snn-2015-07-22#4)
        d = dyads("وكان تنظيم داعش هدد تركيا، بعد إغلاقها موقعه الإلكتروني باللغة التركية في مدينة الرقة السورية، بدعوى"
                + " ترويجه لـ«داعش».");
        assertTrue(d.contains("IMGREB>TUR 13"), d.toString());
    }

    @Test
    void anActAllegedInAnAccusationIsNotCodedAsDone() {
        // «وتتهم واشنطن ولندن وباريس الجيش السوري بشن هجمات بغاز الكلور» (i%31==14, snn-2015-08-08#321): None>RUS 19
        // before (the attacks alleged, Moscow taken from the next clause); the accusations of the three capitals stay
        List<String> d = dyads("وتتهم واشنطن ولندن وباريس الجيش السوري بشن هجمات بغاز الكلور لكن موسكو تؤكد انه لا توجد أدلة تدعم"
                + " هذه الاتهامات.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 19")), d.toString());
        assertTrue(d.contains("USA>SYRMIL 112"), d.toString());
        // «اتهامات من المعارضة بانها أيدت ضمنيا ... متشددي الدولة الاسلامية» (i%31==17, snn-2015-07-25#102): the support
        // is what the opposition alleges and the government rejects; coded TURGOV>IMGREB 051 before
        d = dyads("وترفض الحكومة التركية اتهامات من المعارضة بانها أيدت ضمنيا في السابق متشددي الدولة الاسلامية الذين"
                + " ينشطون في سوريا.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 051")), d.toString());
        // a supply done before an accusation whose complement names the arms stays (shared/eval/seed-gold.jsonl):
        // «لتزويد روسيا بكميات كبيرة منها، وسط اتهامات البنتاجون موسكو باستخدام صواريخ» PRK>RUS 072
        d = dyads("مما دفع بيونج يانج الى استخدام مخزونها الضخم من الذخائر لتزويد روسيا بكميات كبيرة منها، وسط اتهامات"
                + " البنتاجون موسكو باستخدام صواريخ بالستية كورية شمالية في أوكرانيا.");
        assertTrue(d.contains("PRK>RUS 072"), d.toString());
        // «متهمين بالتخطيط لشن هجمات» (i%31==6, snn-2015-08-06#2555; the attacks already negated by the «ينفون» before
        // them): the arrest, done, stays
        d = dyads("واعتقل المتهمون الذين ينفون جميعا التهم المنسوبة إليهم في 2012 متهمين بالتخطيط لشن هجمات لإنشاء دولة"
                + " إسلامية في إثيوبيا التي توجد بها أقلية مسلمة.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 19")), d.toString());
        assertTrue(d.stream().anyMatch(x -> x.endsWith(" 173")), d.toString());
        // an act joined by و is one of its own, done: «إثر اتهام القضاء الأمريكي 14 شخصية ... بتهم فساد ورشا واعتقال
        // معظمهم في سويسرا» (i%31==17, snn-2015-07-31#647) keeps USAJUD>CHE 173
        d = dyads("وأعلن بلاتيني ترشحه رسميا لرئاسة الاتحاد الدولي لخلافة السويسري جوزيف بلاتر المستقيل من منصبه على أثر"
                + " الفضيحة التي هزت كيان المؤسسة الكروية أواخر أيار (مايو) الماضي إثر اتهام القضاء الأمريكي 14 شخصية"
                + " رفيعة المستوى بتهم فساد ورشا واعتقال معظمهم في سويسرا.");
        assertTrue(d.contains("USAJUD>CHE 173"), d.toString());
    }

    @Test
    void anActClaimedInTheThatClauseOfZaamaIsNotCodedAsDone() {
        // «تزعم جهات معادية لسلطات أنقرة أن الحكومة التركية دعمت الجماعات المتطرفة» (i%37==22, snn-2015-07-27#102): the
        // support is what Ankara's enemies claim; coded TURGOV>IMGREB 051 before
        List<String> d = dyads("بناءً عليه، طرحت العلاقة المزعومة بين الحكومة التركية وجهاز الاستخبارات التركية «إم آي تي» من"
                + " جهة وتنظيم داعش من جهة أخرى نقاشًا حادًا داخل تركيا وخارجها، إذ تزعم جهات معادية لسلطات أنقرة أن"
                + " الحكومة التركية دعمت الجماعات المتطرفة مثل «داعش» و«جبهة النصرة» التابعة لتنظيم القاعدة سعيًا إلى"
                + " زعزعة استقرار نظام الرئيس السوري بشار الأسد، الذي يواجه ثورة شعبية منذ عام 2011.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 051")), d.toString());
        // «وتزعم طهران أنها تحارب القاعدة» (i%37==21, snn-2015-08-03#1028; أن with its pronoun): IRN>- 19 before
        d = dyads("وتزعم طهران أنها تحارب القاعدة، ولكنها البلد الوحيد في العالم الذي يؤوي زعماء القاعدة ويوفر لهم عبوراً"
                + " آمناً.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 19")), d.toString());
        // a visit more than ten words past the claim's أن, after «خلال», is told by the article (i%37==26,
        // snn-2015-07-24#346): PSEREB>SAU 042 stays
        d = dyads("وكانت وكالة أنباء فارس الإيرانية شبه الرسمية قد زعمت في تقرير لها أنه طُلب من خالد مشعل رئيس المكتب"
                + " السياسي لحركة حماس خلال زيارته الأخيرة للسعودية المشاركة بـ 700 عسكري من غزة بعملية عاصفة الحزم ضد"
                + " جماعة الحوثيين في اليمن.");
        assertTrue(d.contains("PSEREB>SAU 042"), d.toString());
        // what is claimed is the predicate right after «أنها»; the killing after it is the writer's, done (i%37==10,
        // snn-2015-08-06#3213: the Abha mosque bombing; a first build lost its -SAU 19)
        d = dyads("اعتبرت الأمانة العامة للمجلس الأعلى للقضاء التفجير الذي وقع في مسجد قوات الطوارئ في أبها عملاً إجرامياً"
                + " دنيئاً وجباناً، تدّعي الجهاد بعمليات زعموا أنها استشهادية تقتل الأبرياء وتريق دماء المصلين الساجدة في"
                + " بيوت الله.");
        assertTrue(d.stream().anyMatch(x -> x.endsWith(">SAU 19")), d.toString());
    }

    @Test
    void whoFightsBesideOrInTheRanksOfXDoesNotFightX() {
        // «ميليشيات تقاتل إلى جانب نظام الأسد» (eval/judgments/s15-blind-slice28.tsv item 12, snn-2015-07-27#143): the
        // militias fight beside the regime; coded SYRREB>SYR 19 from the «دمشق» named further on
        List<String> d = dyads("ونبّه أبو زيد، في تصريحات لـ«الشرق الأوسط»، من «تهجير عائلات من دمشق وغيرها ويسكنها أعضاء في"
                + " ميليشيات تقاتل إلى جانب نظام الأسد»، وذلك «تفعيلاً لمرسوم كان أصدره قبل أكثر من عام، يدعو مخاتير"
                + " المناطق لتقديم المنازل الفارغة من سكانها، وبعضها بيوت يبلغ سعرها أكثر من مليون دولار في دمشق وغيرها،"
                + " لعائلات المقاتلين الذين يقاتلون إلى جانبه».");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 19") && x.contains(">SYR")), d.toString());
        // «قاتل إلى جانب حركة طالبان وتنظيم القاعدة في باكستان» (i%31==7, snn-2015-07-23#875): None>PAK 19
        d = dyads("وتقول الخارجية الأميركية إن الفضلي قاتل إلى جانب حركة طالبان وتنظيم القاعدة في باكستان.");
        assertTrue(d.stream().noneMatch(x -> x.contains(">PAK") || x.contains(">AFGREB") || x.contains(">IMGREB")),
                d.toString());
        // «الذين يقاتلون في صفوف داعش والنصرة» (i%31==12, snn-2015-07-21#1500): None>IMGREB 19
        d = dyads("\"لماذا أكثر المتطرفين، الانتحاريون منهم والتكفيريون، الذين يقاتلون في صفوف داعش والنصرة هم توانسة،"
                + " من أصل تونسي، عاشوا في المغتربات أو في تونس ذات الحكم العلماني الصارم على مدى 4 عقود؟");
        assertTrue(d.stream().noneMatch(x -> x.contains(">IMGREB")), d.toString());
    }

    @Test
    void aCampmateOfTheWarIsNoOneFought() {
        // (session 28, events121) actors/alliances.tsv: two members of one camp on the article's day do not fight
        // each other; the agent keeps the act, its target unidentified. Each sentence coded the campmate as the one
        // fought without the rule: the lead's blind item of the brief (its «الحزب» written out), and tuning-set
        // sentences (i%89 < 87; the fourth shortened)
        java.util.Map<String, String> campmates = java.util.Map.of(
                "وتستمر معركة الزبداني التي يخوضها حزب الله مع قوات النظام السوري منذ أسابيع.", "LBNREB>SYRMIL 19",
                "ويقاتل حزب الله الى جوار الجيش السوري في الحرب الاهلية الدائرة في البلاد.", "LBNREB>SYRMIL 19",
                "ويشن الجيش السوري وجماعة حزب الله اللبناني المتحالفة مع النظام هجوما لانتزاع السيطرة على المنطقة من"
                        + " قوات المعارضة.", "SYRMIL>LBNREB 19",
                "وأضاف أن المنطقة التي حررها الجيش السوري الحر ستكون من حصة المعارضة السورية المعتدلة.",
                "SYRREB>SYROPP 19",
                "وقالت مصادر محلية في محافظة أبين إن طيران التحالف شن سلسلة من الغارات لمساندة المقاومة الشعبية التي"
                        + " تخوض قتالاً عنيفاً مع الحوثيين.", "SAUMIL>YEMMIL 195");
        LocalDate day = LocalDate.of(2015, 8, 6);
        campmates.forEach((text, wrong) -> {
            List<String> d = events(text, day).stream().map(EventRulesTest::dyad).toList();
            assertFalse(d.contains(wrong), text + " " + d);
            String agent = wrong.substring(0, wrong.indexOf('>'));
            assertTrue(d.contains(agent + ">null" + wrong.substring(wrong.indexOf(' '))), text + " " + d); // it still acted
        });
        // controls: before the camp held (Hezbollah in Syria's war from 2012) the table says nothing; enemies stay
        List<String> before = events("ويقاتل حزب الله الى جوار الجيش السوري.", LocalDate.of(2010, 5, 1)).stream()
                .map(EventRulesTest::dyad).toList();
        assertTrue(before.contains("LBNREB>SYRMIL 19"), before.toString());
        List<String> enemies = events("وتخوض المقاومة الشعبية الموالية لهادي معارك عنيفة مع الحوثيين.", day).stream()
                .map(EventRulesTest::dyad).toList();
        assertTrue(enemies.contains("YEMMIL>YEMREB 19"), enemies.toString());
    }

    @Test
    void theSubjectOfAVerbOfManagingDidTheActItManaged() {
        // «تمكنت المقاومة الشعبية من قتل 4 من مسلحي الميليشيات الحوثية في كمين» (i%29==1, snn-2015-08-02#117): the
        // resistance killed them in an ambush; it was coded as the one killed («قتل ... في كمين» read as a passive)
        List<String> d = dyads("وفي مدينة مقبنة بمديرية شمير في شمال غربي تعز، تمكنت المقاومة الشعبية من قتل 4 من مسلحي"
                + " الميليشيات الحوثية في كمين نصب له على الطريق العام.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("YEMMIL>")), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.contains(">YEMMIL")), d.toString());
        // «الثوار تمكنوا من قتل القيادي الحوثي» (i%29==0, snn-2015-08-08#877; eval/judgments/s14-blind-slice22.tsv item
        // 38): the rebels (no code) killed the Houthi leader, who was coded as the killer
        d = dyads("إلى ذلك، كشف المركز الإعلامي للمقاومة أن الثوار تمكنوا من قتل القيادي الحوثي إبراهيم محمد المنتصر،"
                + " المكنى بـ\"أبوخليل\" في محافظة الحديدة، غرب اليمن.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("YEMREB>")), d.toString());
        assertTrue(d.stream().anyMatch(x -> x.endsWith(">YEMREB 19")), d.toString());
    }

    @Test
    void airCoverBacksTheOneWhoActs() {
        // «وغطاء جوي من طائرات التحالف» (i%29==7, snn-2015-08-04#47): the resistance took the camp, the coalition covered it
        // (fails with this branch's code before the backer phrases, which coded the coalition as the one who took it)
        List<String> d = dyads("وكانت المقاومة الشعبية في اليمن وبدعم من وحدات الجيش المؤيد للشرعية وغطاء جوي من طائرات"
                + " التحالف قد سيطرت على معسكر العند قرب قاعدة العند أكبر القواعد العسكرية في البلاد.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("SAUMIL>")), d.toString());
    }

    @Test
    void aMasdarsPronounIsTheVictimWhenItsAgentIsNamedAfterIt() {
        // «تم اختطافهم من قبل المسلحين الحوثيين»: «هم» (the Yemenis the article is about) were kidnapped by the Houthis
        List<String> d = dyads("كشف أسرى يمنيون وقعوا بأيدي قوات المقاومة الشعبية خلال المواجهات التي دارت الأيام الماضية، أن "
                + "المتمردين الحوثيين قاموا باختطافهم أثناء توجههم إلى المملكة بعقود عمل رسمية، وأرغموهم على القتال "
                + "ضمن صفوفهم. مشيرين إلى أنهم حاولوا كثيرا دون جدوى الهرب من الميليشيات الانقلابية، إلا أن عيون "
                + "المتمردين كانت مسلطة عليهم، ولتخويف البقية، نفذ الحوثيون عقوبة الجلد المبرح ببعض الذين حاولوا "
                + "الفرار.\n وأشارت المصادر إلى أن بعض هؤلاء أبرزوا أوراقا رسمية تؤكد صحة أقوالهم، لذلك تم الإفراج "
                + "عنهم، وتسهيل خروجهم إلى المناطق التي يريدونها.\n كما أكدت إحدى الأسر من محافظة ريمة وسط اليمن أن "
                + "ثلاثة من أبنائها تم اختطافهم من قبل المسلحين الحوثيين أثناء توجههم إلى المملكة عن طريق البر.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("YEMREB>YEM")), d.toString());
    }

    @Test
    void aFormalRequestIsAnAppealNotADemand() {
        List<String> d = dyads("ومن جهتها، قالت وزارة المالية في اليونان مساء الجمعة إن «الحكومة اليونانية طلبت رسميا من "
                + "صندوق النقد الدولي الحصول على تسهيل قرض جديد");
        assertTrue(d.contains("GRCGOV>IGOIMF 02"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 10")), d.toString());
    }

    @Test
    void anExpectedOrLikelyActIsNoActThatHappened() {
        // «كان من المفترض ان يلتقي»: the meeting was to take place (it was postponed): an intention, 036
        List<String> d = dyads("وقال المصدر، الذي طلب عدم كشف اسمه، \"تم تأجيل الزيارة الى موعد لاحق\"، رافضا التعليق على "
                + "سبب التأجيل اذ كان من المفترض ان يلتقي ظريف نظيره التركي مولود جاوش اوغلو.");
        assertTrue(d.contains("IRNGOV>TURGOV 036"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 04")), d.toString());
    }

    @Test
    void aCityWithBiIsWhereNotWithWhom() {
        // «في اجتماعها الطارئ بالقاهرة»: the committee met in Cairo, not with Egypt
        List<String> d = dyads("رحب المجلس بالبيان المشترك الصادر عقب اجتماع وزراء خارجية دول مجلس التعاون وأمين المجلس "
                + "مع وزير الخارجية الأميركي، في رسم الخطوات المقبلة بشأن الشراكة الاستراتيجية بين الجانبين ومجالات "
                + "التعاون التي أعلن عنها في قمة كامب ديفيد في 14 مايو 2015، كما رحب بالبيان الصادر عن لجنة مبادرة "
                + "السلام العربية في اجتماعها الطارئ بالقاهرة وما تضمنه من دعوات لوضع المجموعات الاستيطانية "
                + "الإسرائيلية على قوائم المنظمات الإرهابية.");
        assertTrue(d.stream().noneMatch(x -> x.contains("EGY")), d.toString());
    }

    @Test
    void aMasdarsPronounRefersToTheActorNamedJustBeforeIt() {
        // «قدم» is no event verb here: «تهنئته» is the congratulation of the Jordanian ambassador named just before
        // it; the subject carried from the sentence before (Saudi Arabia) gave no event
        List<String> d = dyads("وذكر الشمايلة، أن هناك تعاونا وتواصلا دائما بين وزارتي الداخلية والدفاع بين المملكتين "
                + "السعودية والأردنية من أجل مواجهة كل من يشكل خطرا على البلدين من تنظيمات إرهابية وغيرها. وقدم "
                + "السفير الأردني، تهنئته لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، وولي عهده الأمير محمد بن "
                + "نايف، وولي ولي العهد الأمير محمد بن سلمان، وكل القيادات والشعب السعودي، بمناسبة حلول عيد الفطر "
                + "المبارك.");
        assertTrue(d.contains("JORGOV>SAUGOV 051"), d.toString());
    }

    @Test
    void futureSinOnAPhraseCueIsAnIntent() {
        // «سيطلب من»: the phrase cue «يطلب + من» read through future سـ is a request to come, not one made
        Article a = new Article("t", null, "test", LocalDate.of(2015, 7, 21), null, "وأنا لا أستغرب أن أسمع أن "
                + "نتنياهو سيطلب من الإدارة الأميركية أن تنزع ثقتها بالرئيس الفلسطيني، محمود عباس، حتى يسقط موضوع التسوية.");
        List<Event> e = pipeline.code(a).events().stream().filter(x -> dyad(x).equals("ISRGOV>USAGOV 02")).toList();
        assertEquals(1, e.size(), e.toString());
        assertEquals("intended", e.get(0).modality());
    }

    @Test
    void aMasdarWhoseRelativeClauseIsInTheFutureIsAnIntent() {
        // «الزيارة التي سيقوم بها»: the visit is to come (tomorrow), not one made
        List<String> d = dyads("وأخبرت من جهة ثانية عن الزيارة التي سيقوم بها رئيس مجلس الوزراء اللبناني تمام سلام يوم غد "
                + "الأربعاء إلى الأردن لمشاركة نظيره الأردني في ترؤس اجتماعات اللجنة العليا المشتركة");
        assertTrue(d.contains("LBNGOV>JOR 036"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 042") || x.endsWith(" 043")), d.toString());
        // «التي من المزمع أن»: an intention phrase opens the clause
        d = dyads("انتقدت المعارضة الإيرانية في المنفى اليوم الزيارة التي من المزمع أن تقوم بها الممثلة العليا "
                + "للسياسة الخارجية الأوروبية فدريكا موغيريني إلى طهران.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 042") || x.endsWith(" 043")), d.toString());
    }

    @Test
    void aYesNoQuestionAssertsNoAct() {
        // «هل ستميل ... إلى مفاوضات السلام»: the question asks whether the talks will be, it reports none
        Article a = new Article("t", null, "test", LocalDate.of(2015, 8, 6), null,
                "هل ستميل قيادة «طالبان» الجديدة إلى مفاوضات السلام أم ستخوض معركتها مع «داعش»؟");
        List<Event> e = pipeline.code(a).events();
        assertTrue(e.stream().anyMatch(x -> x.cameoCode().startsWith("04")), e.toString());
        assertTrue(e.stream().allMatch(x -> x.modality().equals("hypothetical")), e.toString());
    }

    @Test
    void whatPartiesAgreeOnIsNoPartner() {
        // «اتفق الزعيمان على أن قرار الشعب اليوناني»: Merkel and Hollande agreed; the Greek people are what they
        // agreed about, not a party to the agreement
        List<String> d = dyads("وأجرى كل من ميركل وهولاند مكالمة هاتفية في وقت متأخر من يوم الأحد، بعد أن أظهرت التوقعات أن "
                + "اليونانيين وقفوا بصورة مدوية إلى جانب رئيس الوزراء أليكسيس تسيبراس وأجابوا الدائنين بالرفض. اتفق "
                + "الزعيمان على أن قرار الشعب اليوناني ينبغي \"أن يتم احترامه\" ودعوا إلى اجتماع قمة لقادة منطقة "
                + "اليورو التسعة عشر ليتم عقدها يوم الثلاثاء.");
        assertTrue(d.stream().noneMatch(x -> x.contains("GRCCVL") && x.endsWith(" 05")), d.toString());
        // «على هامش الاجتماع» tells where: the partner after it stays
        d = dyads("بدورها، كثفت تونس مشاوراتها مع شركائها الأوروبيين بهدف تجاوز تداعيات الهجوم الارهابي على منتجع "
                + "سوسة، إذ يجري رئيس الحكومة التونسية الحبيب الصيد اليوم مباحثات مع مسؤولين بالاتحاد الأوروبي. "
                + "ويلتقي الصيد على هامش الاجتماع رئيس المفوضية الاوروبية جون كلود يونيكر");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("TUNGOV>IGOEUR")), d.toString());
    }

    @Test
    void aThingAfterTheVerbIsItsSubjectNotTheActorInItsGenitive() {
        // «وصل إنتاج السعودية إلى 10.6 مليون برميل»: production reached a level; Iran (the article's most named
        // actor, carried as the subject) visited neither Saudi Arabia nor Russia
        List<String> d = dyads(String.join("\n",
                "في الوقت الذي سيفتح فيه الاتفاق الذي توصلت إليه إيران مع الدول الغربية بشأن برنامجها النووي أخيرا الطريق لتحريك علاقاتها الاقتصادية، في مقدمتها ضخ النفط إلى الأسواق العالمية، قلل خبراء اقتصاديون مختصون بالشأن النفطي من تأثيرات عودة إيران المحتملة على السوق بشكل عام وعلى اقتصادات الخليج.",
                "وتوصلت إيران والدول الست إلى اتفاق بشأن برنامجها النووي يتضمن رفع العقوبات الاقتصادية المفروضة على إيران، بما يُمكنها من مضاعفة صادراتها النفطية، التي تعد أبرز إمكانياتها الاقتصادية.",
                "ويرى كامل الحرمي خبير شؤون الصناعة النفطية أن إيران، وفقا للمعلومات المتاحة، لديها 40 مليون برميل من النفط الخام على ناقلات نفط عملاقة يبلغ عددها نحو 20 ناقلة، ومن الممكن أن تضخها للسوق دفعة واحدة، مما قد يؤدي إلى انخفاض سعر البرميل إلى 5 دولارات أو أكثر، موضحا أن ذلك ربما لن يتم بهذا السيناريو على أرض الواقع لصعوبة ذلك.",
                "ولفت الحرمي إلى أن تحرك إيران سيرتكز على سياسة تتمثل في زيادة إنتاجها بمقدار 400 ألف برميل في اليوم الواحد بدءا من نهاية العام الحالي، موضحا حول التوقعات التي تشير إلى حدوث تخمة في سوق النفط بعد زيادة القدرة التصديرية لنفط إيران، أن سوق النفط تعاني في الوقت الراهن من هذه التخمة قبل الاتفاق النووي، حيث وصل إنتاج السعودية إلى 10.6 مليون برميل يوميا، بينما وصل إنتاج روسيا إلى 10.7 مليون برميل،"));
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 042") || x.endsWith(" 043")), d.toString());
    }

    @Test
    void aStateAnAgentIsLoyalToIsNoParty() {
        // SaudiNewsNet 2015 (actors/loyalty.tsv): the separatists are not Russia; Ukraine accused them, not Russia
        List<String> d = dyads("اتهمت الحكومة الأوكرانية اليوم، الانفصاليين الموالين لروسيا باستهداف مواقعها بأعنف قصف"
                + " مدفعي منذ ستة أشهر.");
        assertTrue(d.stream().noneMatch(x -> x.contains("RUS")), d.toString());
        List<String> shelling = dyads("تبادلت أوكرانيا وانفصاليون مؤيدون لروسيا الاتهامات بقصف مناطق سكانية على الرغم من"
                + " وقف لإطلاق النار");
        assertTrue(shelling.stream().noneMatch(x -> x.contains("RUS")), shelling.toString());
    }

    @Test
    void aPersonANamedBodyIsLoyalToIsNoParty() {
        // SaudiNewsNet 2015 (aawsat, actors/loyalty.tsv): the Popular Resistance is named by its own name; Hadi after
        // «الموالية لـ» is its patron, not the one it calls on (the citizens are)
        String call = "دعت المقاومة الشعبية الموالية للرئيس اليمني عبد ربه منصور هادي، المواطنين في مدينة الحديدة،"
                + " الواقعة غرب اليمن، وفي جميع مدن ومحافظات إقليم تهامة، إلى الابتعاد عن المقرات الخاصة بالمسلحين"
                + " الحوثيين أو أماكن تجمعاتهم أو أي نقاط خاصة بهم في المدينة لأنهم سيكونون أهدافا مستمرة لها.";
        List<String> d = dyads(call);
        assertTrue(d.stream().noneMatch(x -> x.contains(">YEMGOV")), d.toString());
        // the resistance still acts: its attacks on the Houthis stay
        List<String> attacks = dyads("من جهة أخرى، صعدت المقاومة الشعبية الموالية للرئيس هادي، هجماتها ضد الحوثيين"
                + " وحلفائه من أتباع الرئيس السابق علي عبد الله صالح، محافظة البيضاء الواقعة وسط البلاد.");
        assertTrue(attacks.stream().anyMatch(x -> x.startsWith("YEMMIL>")), attacks.toString());
    }

    @Test
    void theOwnerOfWhatIsHitIsTheTargetNotTheAttacker() {
        // «استهدفت مواقع لتنظيم داعش في سوريا»: ISIS owns the positions the strikes hit; it is not the
        // subject of استهدفت, and Syria, where they are, is not the target
        List<String> d = dyads("نفذت قوات التحالف الدولي بقيادة الولايات المتحدة وحلفاءها اليوم 41 ضربة جوية استهدفت "
                + "مواقع لتنظيم ” داعش ” الإرهابي في سوريا والعراق.");
        assertTrue(d.contains("USAMIL>IMGREB 195"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("IMGREB>") || x.contains(">SYR")), d.toString());
    }

    @Test
    void anAgentWithNoPlaceIsOfTheCountryTheArticleIsAbout() {
        // «وتقاتل القوات النظامية التنظيم»: the sentence names no place; the article is about Syria (named in
        // the sentences before), so the regular forces are Syria's, not a military of no country
        List<String> d = dyads(String.join("\n",
                "كما أن هناك شيئاً واضحاً بأنه، وبعد 5 سنوات، لا بد من التوصل إلى نهاية للأحداث المروعة التي تجري في سوريا والتي تؤثر على المنطقة، وسنعمل معاً لإيجاد حل للأزمة\".",
                "تحالف النظام والاكرد وعلى الجبهة الجنوبية لمدينة الحسكة السورية، يستريح جنود وسط طقس حار قبل استئناف القتال ضد تنظيم داعش، فيما يتخذ مقاتلون أكراد في حي قريب من مدرسة نقطة انطلاق لعملياتهم ضد العدو نفسه: التنسيق بين الطرفين واضح، ولو غير معلن.",
                "وتدور منذ 25 يونيو معارك ضارية في جنوب المدينة.",
                "وتقاتل القوات النظامية التنظيم الذي شن هجوما نجح خلاله في السيطرة على بعض الاحياء."));
        assertTrue(d.contains("SYRMIL>IMGREB 19"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("MIL>")), d.toString());
    }

    @Test
    void theAgentAfterMinQibalBelongsToTheNearestCue() {
        // «لزيارة ساركوزي: الأولى استقباله من قبل رئيس الجمهورية»: Essebsi received Sarkozy; he is not the one
        // who made the visit (the colon and the masdar استقباله stand between زيارة and من قبل)
        List<String> d = dyads("وفي المواقع الاجتماعية وبعض وسائل الإعلام التونسية والجزائرية وقع إبراز صورتين زادتا من "
                + "إزعاج المتحمسين لزيارة ساركوزي: الأولى استقباله من قبل رئيس الجمهورية الباجي قائد السبسي في قصر قرطاج.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("TUNGOV>FRA 042") || x.startsWith("FRA>TUNGOV 043")), d.toString());
    }

    @Test
    void oneKilledInAnAttackIsItsVictimAndTheAttacksTarget() {
        // «وقتل ... في غارات أميركية»: قتل is passive (they were killed in US strikes); al-Qaeda's leaders are the
        // victims, not the killers, and the strikes' target
        List<String> d = dyads("وقتل عدد من قياديي تنظيم القاعدة في الأشهر الأخيرة في غارات أميركية.");
        assertTrue(d.contains("USAMIL>IMGREB 195"), d.toString()); // the US forces' strikes (state-acts.tsv)
        assertTrue(d.stream().noneMatch(x -> x.startsWith("IMGREB>")), d.toString());
    }

    @Test
    void aForeignStrikeInASentenceAboutAStatelessGroupDoesNotTargetThePlace() {
        // «الضربات الجوية الأميركية في سوريا» in a sentence about ISIS: the strikes hit ISIS, not Syria, even in a
        // text about Syria; the place stays where they happen
        List<String> d = dyads("والحال أن المعارضة السورية المعتدلة التي ترفض \"داعش\" وتقاتلها سواء في الجنوب أو في "
                + "الشمال الشرقي وأماكن أخرى من سوريا تسعى لأهداف أخرى أولها إسقاط نظام الرئيس الأسد الذي تقاتله منذ أربع "
                + "سنوات وبالتالي يمكن تفهم تردد الكثيرين من المنتمين لهذه المعارضة في قبول \"الفلسفة\" الأميركية التي "
                + "تفسر، على الهامش، سبب حصر الضربات الجوية الأميركية في سوريا بمواقع \"داعش\".");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("USA") && x.contains(">SYR")), d.toString());
        // the strikes are the US forces' (state-acts.tsv: a nationality adjective on an act of war names the state's MIL)
        assertTrue(d.stream().anyMatch(x -> x.startsWith("USAMIL>") && x.endsWith(" 195")), d.toString());
    }

    @Test
    void aPlaceInTheGenitiveOfAVisitIsWhatIsVisited() {
        // «عدم زيارة البحرين والسعودية»: Bahrain and Saudi Arabia are the places Zarif did not visit, not visitors
        // (who were then carried as the subject of «وزار، أيضا الكويت، والعراق»)
        List<String> d = dyads("وقال هندرسون إن ظريف تعمد عدم زيارة البحرين والسعودية، وزار قطر، التي تشترك مع إيران في "
                + "أكبر حقل للغاز الطبيعي في أي منطقة مائية في العالم، وزار، أيضا الكويت، والعراق.");
        assertTrue(d.contains("IRNGOV>KWT 042") && d.contains("IRNGOV>IRQ 042"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("BHR>") || x.startsWith("SAU>")), d.toString());
    }

    @Test
    void aNounAfterAnnaIsTheSubjectTheSpeakerIsNot() {
        // «ان الفضلي قاتل»: al-Fadhli fought (a name no dictionary knows), not the State Department that says so
        List<String> d = dyads("وتقول وزارة الخارجية الأمريكية ان الفضلي قاتل الى جانب حركة طالبان وتنظيم القاعدة في باكستان.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("USAGOV>")), d.toString());
    }

    @Test
    void theCountedAfterAProtestVerbAreItsSubject() {
        // «وتظاهر عشرات الأكراد»: dozens of Kurds protested; Turkey, the subject in play, did not
        List<String> d = dyads(String.join("\n",
                "في سياق آخر، اعترفت القيادة العسكرية لحزب العمال الكردستاني المتمركز في مناطق حدودية بين إقليم كردستان وتركيا، في بيان، أن «مقاتلي الحزب هم من قاموا بتفجير أنبوب النفط بين إقليم كردستان وتركيا».",
                "وتظاهر عشرات الأكراد في محافظة السليمانية في شمال العراق مساء السبت، احتجاجا على الغارات الجوية التركية على أهداف لحزب العمال الكردستاني في شمال العراق."));
        assertTrue(d.stream().noneMatch(x -> x.startsWith("TUR>TUR 141")), d.toString());
    }

    @Test
    void theReporterOfAProtestIsNotItsProtester() {
        // the Observatory reports that about a thousand Syrians began a sit-in; it did not sit in itself
        List<String> d = dyads("قال المرصد السوري لحقوق الإنسان أمس إن نحو ألف سوري بدأوا اعتصامًا في مدينة اللاذقية الساحلية "
                + "معقل رئيس النظام السوري بشار الأسد للدعوة لإنزال العقاب بأحد أفراد عائلته الذي يتهمونه بقتل عقيد في الجيش "
                + "إثر خلاف على أفضلية المرور.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("SYRNGO>") && x.endsWith(" 141")), d.toString());
        assertTrue(d.contains("null>SYR 141"), d.toString()); // unidentified protesters in Syria
    }

    @Test
    void anIndefiniteAccusativeSubjectOfInnaIsTheReportedActsDoer() {
        // «أن مهاجما فتح النار»: an attacker no dictionary names opened fire; Erdogan, carried from the sentence
        // before, and the local media who report it did not
        List<String> d = dyads("وفي إسطنبول استخدمت الشرطة الغاز المسيل للدموع ومدافع المياه لتفريق محتجين كانوا يرددون شعارات "
                + "تتهم إردوغان وحزب العدالة والتنمية بالتواطؤ. وذكرت وسائل إعلام محلية أن مهاجما فتح النار وأصاب شخصين "
                + "خلال احتجاج مماثل في مدينة مرسين الساحلية بجنوب البلاد.");
        assertTrue(d.stream().noneMatch(x -> (x.startsWith("TURGOV>") || x.startsWith("TURPTY>")) && x.contains(" 19")), d.toString());
        // «بأن انتحارياً نفذ تفجيراً»: the spokesman of the Afghan interior ministry reports the bombing; he did not bomb
        List<String> b = dyads("وصرح المتحدث باسم وزارة الداخلية الأفغانية نجيب دانيش بأن انتحارياً نفذ تفجيراً على بوابة الدخول "
                + "بمطار حامد كرزاي الدولي بمنطقة مزدحمة.");
        assertTrue(b.stream().noneMatch(x -> x.startsWith("AFGGOV>")), b.toString());
    }

    @Test
    void aStateOrganNearAProtestIsNotItsProtester() {
        // the scandal reached President Rousseff and stirred popular protests: she did not protest against herself
        List<String> d = dyads("وطالت الفضيحة الرئيسة ديلما روسيف وأثارت احتجاجات شعبية كبيرة في الأشهر الأخيرة.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("BRAGOV>") && x.endsWith(" 14")), d.toString());
        // a state's own act in protest keeps its source; since session 30 (events143) the act is the recall, the protest
        // its motive (161, no 14)
        List<String> b = dyads("ولقد كان قرار المملكة حاسمًا باستدعاء السفير البحريني من إيران للتشاور احتجاجًا على إصرار طهران "
                + "على التدخل في الشؤون الداخلية للمملكة.");
        assertTrue(b.stream().anyMatch(x -> x.endsWith(">IRN 161") && x.startsWith("BHR")), b.toString());
    }

    @Test
    void aGovernmentsProtestIsNotAgainstItself() {
        // the Russian foreign ministry's protest is against the practices of others, not a protest against Russia
        List<String> d = dyads("أصدرت وزارة الخارجية الروسية بيانا أعلنت فيه احتجاجها الحاسم ضد مثل هذه الممارسات وطالبت بتفسير "
                + "لما حدث بشأن ملابسات طرد مراسلة التلفزيون الروسي، ولما سبق وتعرض له كثيرون من زملائها سواء في العاصمة "
                + "كييف أو في مناطق النزاع في جنوب شرقي البلاد.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("RUSGOV>RUSGOV 14")), d.toString());
        assertTrue(d.contains("RUSGOV>UKR 14"), d.toString());
    }

    @Test
    void inAnArticleAboutSportACountryIsATeam() {
        // «وتلتقي ليبيا مع رواندا» has no word of sport itself; the article, a report on the World Cup draw,
        // speaks of sport in three sentences, so Libya and Rwanda are teams that will play, not states that meet
        List<String> d = dyads(String.join("\n",
                "سحبت اليوم في مدينة سان بطرسبورغ الروسية قرعة القارة الإفريقية المؤهلة إلى نهائيات كأس العالم لكرة القدم المقررة في روسيا عام 2018م .",
                "وتخوض 3 منتخبات عربية الدور الأول المقرر في اكتوبر المقبل وهي موريتانيا والصومال وجزر القمر حيث تلعب الأولى مع جنوب السودان، والثانية مع النيجر، والثالثة مع ليسوتو.",
                "وتخوض مصر اختبارا سهلا مع تشاد أو سيراليون، فيما تبدو الجزائر مرشحة فوق العادة لتخطي عقبة تنزانيا او مالاوي، وتلتقي ليبيا مع رواندا.",
                "وتم فرز هذه المنتخبات في فئتين تضم كل منها 13 فريقا بحسب التصنيف العالمي لفيفا لشهر يوليو 2015م."));
        assertTrue(d.stream().noneMatch(x -> x.startsWith("LBY>RWA") || x.startsWith("RWA>LBY")), d.toString());
    }

    @Test
    void anArticleWhoseOnlyWordsOfSportAreAmbiguousIsNotAboutSport() {
        // an interview on Iran whose «لاعب» (a player in the region) comes three times: no sentence of it is about
        // sport by itself, so Iran is a state and its support for the Syrian regime an event
        List<String> d = dyads(String.join("\n",
                "الأمل هو بالطبع أن إيران، على مدار الوقت، ستكون لاعبا أكثر مسؤولية في المجتمع الدولي، وخصوصا في المنطقة.",
                "وفي معرض رده على سؤال لــ«الشرق الأوسط» عن قلق الدول العربية من دعم إيران للنظام السوري ودعم الميليشيات في منطقة الشرق الأوسط ماديا ومن خلال الأسلحة، ورفع العقوبات الدولية عنها، قال الوزير لقد استمعنا إلى هذه المخاوف، وهناك جانبان لهذا الأمر.",
                "ولكن الواقع هو إذا كنا نحب ذلك أم لا، إيران مع روسيا لاعب مهم ونافذ في سوريا.",
                "وهذا فرق كبير هنا، وهذه هي الخطوة الكبيرة المتوقعة من إيران كي يتم قبولها كلاعب في المنطقة وأن نتطلع إلى مستقبل المنطقة."));
        assertTrue(d.contains("IRN>SYRGOV 051"), d.toString());
    }

    @Test
    void theOneAMasdarOfOpposingTakesAsObjectIsNoTargetOfTheCueBeforeIt() {
        // «للتصدي لتنظيم داعش»: التصدي takes its object with لـ; Syria supports the efforts against ISIS, not ISIS
        List<String> d = dyads("نقل التلفزيون السوري عن وزير الخارجية وليد المعلم قوله اليوم الأربعاء إن سوريا تدعم أي جهود للتصدي لتنظيم داعش إذا جرت بالتنسيق مع دمشق لكنه حذر من خرق السيادة السورية.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(">IMGREB 051")), d.toString());
    }
    @Test
    void aListAfterMaaWithNoAgentNamesPartnersThatDoNotMeetEachOther() {
        // «مفاوضات ... مع السعودية والكويت والإمارات»: Egypt (not named in the sentence) negotiates with each of the
        // three; they do not negotiate with one another
        List<String> d = dyads("وأضاف “ليس هناك منح خلال 2015-2016 لكن قد يكون هناك دعم لاحتياجات البلاد من المواد البترولية. "
                + "وهناك مفاوضات فيها بالفعل مع السعودية والكويت والإمارات.");
        assertTrue(d.stream().noneMatch(x -> x.matches("(SAU|KWT|ARE)>(SAU|KWT|ARE) .*")), d.toString());
        // a list after لـ is the parties themselves: the Gulf ministers and Kerry meet
        assertTrue(dyads("وفي مستهل بدء أعمال الاجتماع المشترك لوزراء خارجية دول مجلس التعاون لدول الخليج العربية "
                + "ووزير الخارجية الأميركي جون كيري، قال الدكتور خالد بن محمد العطية وزير الخارجية القطري").contains("IGOGCC>USAGOV 04"));
    }

    @Test
    void theActAfterTheLightVerbOfThePassiveIsSufferedNotDone() {
        // «أنه تم قتل متمردين آخرين»: other rebels were killed; they are not the killers (تم + masdar is a passive)
        List<String> d = dyads("كشفت مصادر داخل المقاومة الشعبية أن العشرات من جثث ميليشيات الحوثيين وفلول الرئيس المخلوع "
                + "علي عبدالله صالح تتناثر في ساحة قصر المعاشيق الرئاسي في عدن، الذي كان الثوار استعادوه في وقت متأخر أول "
                + "من أمس، مشيرة إلى أنه تم قتل متمردين آخرين وأسر عشرات في مبنى الإذاعة.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("YEMREB>") && x.endsWith(" 19")), d.toString());
        assertTrue(d.contains("null>YEM 19"), d.toString());
    }

    @Test
    void anActInWhatAVerbOfDenialDeniesIsNegated() {
        // «نفى ... إجراء أي مسؤول سعودي زيارة»: the visit is what is denied; it is recorded, flagged negated
        String denied = "ونفى المندوب الدائم للمملكة لدى الجامعة العربية، إجراء أي مسؤول سعودي زيارة للعاصمة السورية "
                + "دمشق، مؤكدا أن ما تردد في هذا الشأن غير صحيح.";
        assertTrue(dyads(denied).stream().noneMatch(x -> x.endsWith(" 042")), dyads(denied).toString());
        Article a = new Article("t", null, "test", LocalDate.of(2015, 8, 6), null, denied);
        assertTrue(pipeline.code(a).events().stream().anyMatch(e -> e.negated() && e.cameoCode().equals("042")));
        // a relative clause on the denier, and a verb joined by و after the denied, are clauses of their own
        assertTrue(dyads("ونفى فابيوس الذي اعتبر من المتشددين خلال المحادثات النووية مع ايران ان يكون موقفه الصارم "
                + "سينعكس سلبا على المؤسسات الفرنسية").contains("FRAGOV>IRN 04"));
        assertTrue(dyads("وتنفي روسيا والمتمردون اية مسؤولية وتوجه اصابع الاتهام للجيش الاوكراني.")
                .contains("RUS>UKRMIL 112"));
    }

    @Test
    void atTheReceptionOfAGuestTheHostIsNamedAfterIt() {
        // «وكان في استقبال X Y»: X is received, Y hosts
        List<String> d = dyads("وكان في استقبال خادم الحرمين في مطار طنجة، رئيس الحكومة المغربية عبدالإله بنكيران، ووالي طنجة "
                + "محمد يعقوبي.");
        assertTrue(d.contains("MARGOV>SAUGOV 043") && d.contains("SAUGOV>MARGOV 042"), d.toString());
        assertFalse(d.contains("SAUGOV>MARGOV 043"), d.toString());
        // not the reception a genitive host gives to the one after لـ
        d = dyads("جاء ذلك خلال استقبال الرئيس المصري لصاحب السمو الملكي الأمير محمد بن سلمان ولي ولي العهد.");
        assertTrue(d.contains("EGYGOV>SAUGOV 043"), d.toString());
    }

    @Test
    void theReceptionWithTheArticleIsTheOneAlreadyTold() {
        // session 14's blind judgement (snn-2015-07-24#766 and #2031, swapped): «خلال الاستقبال» after the reception was
        // told; the one who conveys greetings is the visitor, not the host, and the reception is not a new event
        List<String> d = dyads("جاء ذلك خلال استقبال خادم الحرمين الشريفين في قصر السلام أمس سامح شكري وزير الخارجية المصري "
                + "والوفد المرافق له. ونقل شكري لخادم الحرمين الشريفين خلال الاستقبال تحيات الرئيس المصري عبد الفتاح "
                + "السيسي وتقديره لمواقف السعودية تجاه مصر وشعبها في مختلف الظروف.");
        assertFalse(d.contains("EGYGOV>SAU 043"), d.toString());
        assertFalse(d.contains("SAU>EGYGOV 042"), d.toString());
        // the reception named with its host and guest is still one
        assertTrue(d.contains("SAUGOV>EGYGOV 043"), d.toString());
    }

    @Test
    void takingInTheWoundedIsAidNotHosting() {
        // session 14's blind judgement (snn-2015-08-10#714, root): the wounded received for treatment are no visitors
        List<String> d = dyads("وكان وزير النقل اليمني بدر باسلمة قد أعلن أن الأردن وافق على استقبال جرحى يمنيين مدنيين "
                + "وعسكريين وتعهد بتقديم العلاج لهم.");
        assertTrue(d.contains("JOR>YEM 073"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 043") || x.endsWith(" 042")), d.toString());
        // snn-2015-08-04#320: patients treated abroad; the nationality right after the patients is theirs, not the host's
        d = dyads("وبين تركستاني أن أعلى دولة تستقبل المرضى السعوديين هي الولايات المتحدة الأمريكية.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 043") || x.endsWith(" 042")), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("SAU>")), d.toString());
    }

    @Test
    void holdingHostagesIsAbductionNotArrest() {
        // session 14's blind judgement (snn-2015-08-08#578, root): the hotel siege in Sévaré; corpus sentence of
        // snn-2015-08-08#866
        List<Event> e = events("قتل 12 شخصا بينهم خمسة عسكريين، في عملية احتجاز الرهائن في فندق في مدينة سيفاري في وسط مالي، "
                + "وفق حصيلة جديدة اعلنها مسؤولون في الجيش المالي لوكالة فرانس برس السبت.");
        assertTrue(e.stream().noneMatch(x -> x.cameoCode().startsWith("17")), e.toString());
        assertTrue(e.stream().anyMatch(x -> x.cameoCode().equals("181")), e.toString());
    }

    @Test
    void controlInThePresentIsAStandingStateNotASeizure() {
        // session 14's blind judgement (snn-2015-07-31#285, root): «الذي يسيطر على مناطق واسعة» describes the group, it
        // reports no fighting (and none against Afghanistan)
        List<String> d = dyads("إلى ذلك أثار صعود فرع تنظيم داعش في أفغانستان انقساما داخل حركة طالبان مع إعلان بعض "
                + "مقاتليها الولاء لهذا التنظيم المتطرف الذي يسيطر على مناطق واسعة من سوريا والعراق.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 19")), d.toString());
        // the past reports the seizure (snn-2015-07-31#1763)
        d = dyads("وتتضارب الأنباء عن الوضع في الصقلاوية التي قالت القوات العراقية: إنها سيطرت مؤخرا على مواقع فيها.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("IRQMIL>") && x.endsWith(" 19")), d.toString());
    }

    @Test
    void aMasdarInTheClauseOfAVerbInTheFutureIsStillToCome() {
        // «سيلتقي خلال زيارته إلى مصر»: the visit is announced, not made (036), as the meeting is
        List<String> d = dyads("وقالت مصادر دبلوماسية إن الرئيس اليمني سيلتقي خلال زيارته إلى مصر مع الرئيس عبدالفتاح السيسي "
                + "وعدد من كبار المسؤولين لبحث آخر تطورات الوضع في اليمن.");
        assertTrue(d.contains("YEMGOV>EGY 036"), d.toString());
        assertFalse(d.contains("YEMGOV>EGY 042"), d.toString());
        // with a verb in the past the visit was made
        d = dyads("والتقى الرئيس اليمني خلال زيارته إلى مصر الرئيس عبدالفتاح السيسي.");
        assertTrue(d.contains("YEMGOV>EGY 042"), d.toString());
    }

    @Test
    void talksThatAnEffortIsForAreAnIntentNotAnAct() {
        // modifiers.tsv aim: «لاستئناف المفاوضات»، «من أجل إطلاق محادثات»، «السعي لتنظيم جولات مباحثات» name talks
        // wanted, not held (036, not 04/046); corpus sentences of i%15 in {1, 6}
        List<String> d = dyads("وأضاف أنه تم الاتفاق على اهمية استئناف المفاوضات بين الجانبين الفلسطيني والاسرائيلي وصولاً الى "
                + "سلام شامل ودائم في اطار المبادرة العربية للسلام.");
        assertFalse(d.contains("PSEGOV>ISRGOV 046"), d.toString());
        assertTrue(d.contains("PSEGOV>ISRGOV 036"), d.toString());
        d = dyads("ونظمت باكستان في مطلع يوليو (تموز) اللقاء الرسمي الأول بين قياديين من طالبان وممثلين عن حكومة كابل من أجل "
                + "إطلاق محادثات سلام فعلية بإشراف الولايات المتحدة والصين.");
        assertFalse(d.contains("USA>CHN 04"), d.toString());
        d = dyads("وسبق للمسؤولين العمانيين السعي لتنظيم جولات مباحثات بين الرياض وطهران.");
        assertFalse(d.contains("SAU>IRN 04"), d.toString());
        assertTrue(d.contains("SAU>IRN 036"), d.toString());
        // a violent act named as a purpose is a campaign under way: the aim leaves it alone
        d = dyads("ويعول كاميرون الآن على إمكانية اقناع البرلمان البريطاني بالتصويت من أجل المشاركة في الضربات الجوية التي "
                + "تقودها الولايات المتحدة على متشددي تنظيم داعش في سوريا.");
        assertTrue(d.contains("USA>IMGREB 195"), d.toString());
    }

    @Test
    void aVerbCarryingItsObjectAsAPronounTakesTheActorRightAfterItAsSubject() {
        // «N + V-هم + actor»: a clause describing the noun, the pronoun its object; corpus sentences of i%15 in {1, 6, 2}
        List<String> d = dyads("وكان عبدالخالق من بين عدة يمنيين أدرجهم مجلس الأمن الدولي على قائمة سوداء في نوفمبر 2014 "
                + "لتهديدهم السلام والاستقرار في اليمن.");
        assertTrue(d.contains("IGOUNO>YEM 163"), d.toString());
        assertFalse(d.contains("YEM>IGOUNO 163"), d.toString());
        d = dyads("وقال الرئيس التركي رجب طيب إردوغان: إن ذلك سيمهد الطريق أمام عودة أكثر من 1.7 مليون لاجئ سوري تستضيفهم تركيا.");
        // refugees a country hosts are no visit (modifiers.tsv traveller, session 19 events66): neither direction
        assertFalse(d.contains("TUR>SYRREF 043"), d.toString());
        assertFalse(d.contains("SYRREF>TUR 043"), d.toString());
        // not a masdar with its possessive joined by و, nor one whose next actor stands after a preposition
        d = dyads("اليوم نرى تدخل ايران في العراق ودعمها لاكثر من 148 مليشيا على أساس طائفي.");
        assertFalse(d.contains("IRQREB>IRQ 051"), d.toString());
        d = dyads("وفي ختام اللقاء قدم المهندس أحمد عبدالقادر الجزار، رئيس شركة بوينج في المملكة العربية السعودية شكره لسعادة "
                + "مديرعام الخطوط السعودية المهندس صالح الجاسر وقيادات المؤسسة على ما وجده وفد شركة بوينج من حفاوة.");
        assertFalse(d.contains("SAUBUS>SAU 051"), d.toString());
    }

    @Test
    void aNounOfCaptivityAfterAVerbOfHoldingIsNoSubject() {
        // «تحتجزه رهينة»، «أخذ رهينة»: the captive is the state or the object of the verb (ḥāl), not the one who holds;
        // corpus sentences of i%15 in {8, 7}
        List<String> d = dyads("ويأتي هذا القرار بعد أسبوع من إصدار القوات المسلحة الثورية الكولومبية أمرا لوحداتها بـ«وقف كل الأعمال ذات "
                + "الطابع الهجومي» وإطلاقها سراح ضابط كانت تحتجزه رهينة.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("CVL>")), d.toString());
        d = dyads("والقبض على السائق والمرافقين باستخدام الوسائل البوليسية الخاصة بالهجوم والقبض وعندما حاول أحد المطلوبين أخذ "
                + "رهينة ومحاولة الهروب ومقاومة رجال الأمن تم إطلاق وسيلة أخرى للقبض عليه.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("CVL>")), d.toString());
    }

    @Test
    void aFutureVerbThatIsNoCueMakesTheMasdarAfterItAnIntent() {
        // «سيتوجه ... لمواصلة مشاوراته»، «ستكون المحطة الأولى لزيارة ظريف»: the talks and the visit are to come;
        // corpus sentences of i%15 in {7, 10}
        List<String> d = dyads("وقال ولد الشيخ أحمد- في وقت سابق السبت- إنه سيتوجه إلى الرياض لمواصلة مشاوراته الحثيثة مع الحكومة "
                + "والأطراف السياسية اليمنية ودول المنطقة.");
        assertTrue(d.contains("IGOUNO>YEMPTY 036"), d.toString());
        assertFalse(d.contains("IGOUNO>YEMPTY 04"), d.toString());
        d = dyads("وأضافت المصادر الإيرانية أن الكويت ستكون المحطة الأولي لزيارة ظريف اليوم الأحد ومن بعدها قطر.");
        assertTrue(d.contains("IRNGOV>KWT 036"), d.toString());
        assertFalse(d.contains("IRNGOV>KWT 043"), d.toString());
        // «سيتخللها عقد قمة ثلاثية»: the summit will take place during the visit (slice i%17==3); the object pronoun
        // stays on the verb
        d = dyads("وأعرب السيسي عن تطلعه للقيام بالزيارة، موضحاً أنه سيتخللها عقد قمة ثلاثية بين زعماء مصر وقبرص واليونان.");
        assertTrue(d.stream().anyMatch(x -> x.endsWith(" 036")), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 04")), d.toString());
    }

    @Test
    void praiseAndCondemnationNameTheirTargetAfterBa() {
        // أشاد بـ، رحب بـ، ندد بـ take the one praised or condemned with بـ, often in a noun's genitive
        assertTrue(dyads("وأشاد الأمين العام للأمم المتحدة بان كي مون بخطة الرئيس الأمريكي باراك أوباما لمواجهة الغازات")
                .contains("IGOUNO>USAGOV 051"));
        assertTrue(dyads("ورحب الاتحاد الأوروبي على الفور بخطة اوباما لخفض انبعاثات ثاني اكسيد الكربون")
                .contains("IGOEUR>USAGOV 051"));
    }

    @Test
    void theSubjectMayFollowTheTargetsPrepositionalPhrase() {
        // VSO with the target's phrase first: the actor right after it is the subject
        assertTrue(dyads("وصل إلى القاهرة أمير دولة الكويت صباح الأحمد الجابر الصباح للمشاركة في احتفالات مصر بافتتاح قناة السويس.")
                .contains("KWTGOV>EGY 042"));
        // ومع opens one more target, not the subject
        List<String> d = dyads("وأضاف المتحدث: «سنبحث مع السلطات اليونانية ومع شركائنا الأوروبيين توقيت وطرق المناقشات».");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("EURGOV>")), d.toString());
    }

    @Test
    void standingWithAndCommendingNameWhomTheySupport() {
        // the masdar وقوف with مع or إلى جانب; نوه takes the one commended with بـ
        assertTrue(dyads("وأكدت وزارة الخارجية القطرية، في بيان لها أمس، وقوف قطر مع السعودية في تصديها للأعمال الإجرامية التي "
                + "تهدف لزعزعة الأمن").contains("QAT>SAU 051"));
        // in a Saudi paper (okaz) المملكة is Saudi Arabia
        Article okaz = new Article("t", null, "okaz", LocalDate.of(2015, 7, 21), null,
                "ونوهت منظمة الأغذية والزراعة للأمم المتحدة «الفاو» العالمية، بجهود المملكة في العمل الخيري والإنساني");
        assertTrue(pipeline.code(okaz).events().stream().map(EventRulesTest::dyad).toList().contains("IGOUNO>SAU 051"));
    }

    @Test
    void aVsoObjectComesAfterTheSubjectsAppositionsAndAnAdverbialOfPlace() {
        assertTrue(dyads("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصر السلام اليوم معالي وزير الدفاع "
                + "الأمريكي اشتون كارتر والوفد المرافق له .").contains("SAUGOV>USAGOV 043"));
        assertTrue(dyads("التقى خالد محفوظ بحاح نائب الرئيس اليمني رئيس مجلس الوزراء، أمس في مقر الحكومة اليمنية المؤقت في "
                + "الرياض، أنور قرقاش وزير الدولة الإماراتي للشؤون الخارجية.").contains("YEMGOV>AREGOV 04"));
        // a phrase opened by one of the verb's target prepositions holds its target: it is not skipped
        assertTrue(dyads("رحب الائتلاف الوطني لقوى الثورة والمعارضة السورية بقرار مجلس الأمن الدولي، الصادر أول من أمس، والقاضي "
                + "بتحديد المسؤولين عن الهجمات بالأسلحة الكيميائية ضد الشعب السوري").contains("SYROPP>IGOUNO 051"));
    }

    @Test
    void anIndefiniteMasdarTakesTheAgentOfItsRelativeClauseWithoutPronoun() {
        assertTrue(dyads("جاءت هذه التصريحات خلال إفادة صحفية لأحد مسؤولي البيت الأبيض في نيروبي خلال زيارة يقوم بها الرئيس "
                + "الأمريكي باراك أوباما لكينيا.").contains("USAGOV>KEN 042"));
        assertTrue(dyads("قال الجيش التركي إن 3 جنود قتلوا وأصيب 31 في هجوم انتحاري نفذه حزب العمال الكردستاني في شرق تركيا.")
                .stream().anyMatch(x -> x.startsWith("TURREB>") && x.endsWith(" 1831")));
    }

    @Test
    void aPrepositionWithAConjunctionKeptWholeIsStillAPreposition() {
        // وفي، ومع، ومن are kept whole by the segmenter (وفي is also "loyal"): the place after وفي is no subject
        List<String> d = dyads("وفي باكستان اتفقت الحكومة الباكستانية والتركية على تعزيز التعاون الثنائي بينهما في مجال مكافحة "
                + "الإرهاب بهدف القضاء على التهديد الذي يشكله تنظيم داعش الإرهابي.");
        assertTrue(d.contains("PAKGOV>TURGOV 05"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("PAK>")), d.toString());
    }

    @Test
    void aTitleWithAnUnknownNameIsNamedByTheTitleInAppositionAfterIt() {
        assertTrue(dyads("عقد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصره بالرياض اليوم جلسة مباحثات رسمية مع "
                + "فخامة الرئيس ماكي سال رئيس جمهورية السنغال .").contains("SAUGOV>SENGOV 04"));
        // a group (السكان) is no title: the actor after it is not its apposition
        List<String> d = dyads("ولفت إلى أن المقاومة في محافظتي أبين ولحج تحقق انتصارات وتقدمًا كبيرًا على مليشيا الحوثي في جبهات "
                + "القتال وأشار إلى أن سكان مدينة كريتر منعتهم مليشيا الحوثي من العودة لمنازلهم بسبب سيطرتهم على مصادر مياه "
                + "الشرب في محافظة لحج.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(">YEMREB 19")), d.toString());
    }
    @Test
    void demandedWithItsConjunctionIsADemand() {
        // bare طالب is also "student"; with its conjunction it opens a clause as the verb
        List<String> d = dyads("وقال الأمين العام لجامعة الدول العربية نبيل العربي إن الجامعة ترفض القصف. وطالب العربي تركيا "
                + "باحترام سيادة العراق على كامل أراضيه، وبالالتزام بمبادئ حسن الجوار.");
        assertTrue(d.contains("IGOARL>TUR 10"), d.toString());
    }

    @Test
    void aCongratulationCableIsSentByTheVerbsSubjectToTheHonouredTitle() {
        // the honorific's لـ governs the title after it; the verb's subject sends the cable past its title chain
        assertTrue(dyads("بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة لفخامة الرئيس الباجي قايد "
                + "السبسي رئيس الجمهورية التونسية بمناسبة ذكرى إعلان الجمهورية لبلاده.").contains("SAUGOV>TUNGOV 051"));
        assertTrue(dyads("كما بعث صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء وزير "
                + "الداخلية برقية تهنئة لفخامة الرئيس الباجي قايد السبسي رئيس الجمهورية التونسية بمناسبة ذكرى إعلان "
                + "الجمهورية في بلاده.").contains("SAUGOV>TUNGOV 051"));
    }

    @Test
    void aCityAfterAPrepositionOfPlaceIsWhereTheyMetNotTheObject() {
        List<String> d = dyads("التقى معالي وزير الخارجية الأستاذ عادل بن أحمد الجبير اليوم في موسكو معالي وزير خارجية روسيا "
                + "الاتحادية سيرجي لافروف .");
        assertTrue(d.contains("SAUGOV>RUSGOV 04"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.contains(">RUS ")), d.toString());
    }

    @Test
    void appreciationAndCondolencesFindTheirTargetAfterLam() {
        // «أعرب عن تقدير ... لدور الإمارات»: the one praised is the genitive of a noun after لـ
        assertTrue(dyads("وأعرب نائب الرئيس اليمني عن تقدير حكومة بلاده لدور الإمارات خاصة، ودول التحالف العربي عامة في عملية "
                + "\"السهم الذهبي\" لتحرير مدينة عدن من المليشيات المتمردة.").contains("YEMGOV>ARE 051"));
        // solidarity is expressed with مع
        assertTrue(dyads("وأعربت الخارجية السودانية في بيان صحفي عن تضامن السودان حكومة وشعباً مع مملكة البحرين، وتأييده لكافة "
                + "الإجراءات التي تتخذها البحرين لحماية أمنها.").contains("SDNGOV>BHR 018"));
    }

    @Test
    void aDefiniteNounAfterAVerbWithAPrepositionalTargetIsItsOwnSubject() {
        // «وناقش الدكتور الربيعة مع»: the noun after the verb is its subject, one no dictionary knows; the subject
        // carried from before (the Yemeni doctors of the appeal) did not discuss anything with the UN official
        List<String> d = dyads("يذكر أن مركز الملك سلمان أطلق نداءً في 27 يوليو (تموز) الحالي، دعا فيه الأطباء اليمنيين "
                + "المتخصصين الذين يعيشون خارج اليمن والأطباء الراغبين في التطوع إلى الإسهام في تقديم الخدمات الطبية "
                + "للشعب اليمني الشقيق. في مقابل ذلك، استقبل الدكتور عبد الله الربيعة، المستشار في الديوان الملكي "
                + "المشرف العام على مركز الملك سلمان للإغاثة والأعمال الإنسانية، أمس، عامر الداوودي، المنسق الإقليمي "
                + "للعمليات الإنسانية في اليمن، وذلك بمقر المركز بالرياض. وناقش الدكتور الربيعة مع المسؤول الأممي "
                + "السبل الكفيلة بالإسراع في توصيل المساعدات الإغاثية العاجلة.");
        assertFalse(d.stream().anyMatch(x -> x.startsWith("YEMHLH>")), d.toString());
        // «وينفذ الطيران التركي غارات»: the Turkish air force raids, not the Greeks of the sentence before; the
        // nationality right after the unknown noun says whose it is (the air force: Turkey's military, events62)
        assertEquals(List.of("TURMIL>null 195"), dyads("وأجرى كل من ميركل وهولاند مكالمة هاتفية في وقت متأخر من يوم الأحد، بعد أن أظهرت التوقعات "
                + "أن اليونانيين وقفوا بصورة مدوية إلى جانب رئيس الوزراء أليكسيس تسيبراس. وينفذ الطيران التركي غارات "
                + "مكثفة على مواقع جبلية شمال العراق."));
    }

    @Test
    void aVerbWhoseFurtherWordIsTheAntecedentOfItsRelativeClauseIsACue() {
        // «العقوبات التي فرضتها ...»: فرض + عقوبات with its further word before the verb, as the antecedent its object
        // pronoun refers to; the subject follows the verb, the target the pattern's preposition
        List<String> d = dyads("ثم جاء الاتفاق ينص صراحة على أن العقوبات التي فرضتها الولايات المتحدة والأمم المتحدة والاتحاد "
                + "الأوروبي على إيران وأدت إلى خنق اقتصادها ستكون بصورة تدريجية ومشروطة.");
        assertTrue(d.containsAll(List.of("USA>IRN 163", "IGOUNO>IRN 163", "IGOEUR>IRN 163")), d.toString());
        // an agreement in both directions, its adjective between the noun and the relative pronoun
        d = dyads("من جانبه قال زعيم «حزب الله» اللبناني حسن نصر الله امس السبت إن الحزب يثق في أن بوسعه الاعتماد على "
                + "الدعم الإيراني بعد الاتفاق النووي الذي وقعته طهران مع الغرب.");
        assertTrue(d.containsAll(List.of("IRN>WST 057", "WST>IRN 057")), d.toString());
        // no object pronoun on the verb: the antecedent is its subject (the coalition's planes bombed), not its object
        d = dyads("وتمكن أفراد المقاومة من الدخول إلى ساحة المعسكر الجوي تحت غطاء من طائرات التحالف التي قصفت بشكل "
                + "عنيف دفاعات الحوثيين وقوات صالح.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("YEM") && x.endsWith(" 195")), d.toString());
        // no subject named after the verb (an unknown noun): the act is no one's, not the sentence's subject's
        d = dyads("وسيزور فابيوس إيران الأسبوع المقبل في أول زيارة يقوم بها وزير خارجية فرنسي للجمهورية الإسلامية منذ "
                + "12 عاما بعد الاتفاق الذي توصلت إليه الدول الكبرى مع طهران لتقييد برنامجها النووي.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 05") || x.endsWith(" 057")), d.toString());
    }

    @Test
    void anActorAfterAnUnknownFirstSubjectOfARelativeVerbIsNotItsLoneSubject() {
        // the blind sentence of session 10, round 2 (QUALITY.md): «الدول الكبرى» no dictionary knows, «وايران» is the
        // second of the deal's makers; it made Iran the lone subject and Israel, object of the next verb, its partner
        List<String> d = dyads("من ناحيتها نقلت صحيفة «وول ستريت جورنال» عن مصادر لم تسمها أن واشنطن قد تطلق سراح بولارد "
                + "إرضاء لاسرائيل بعد الاتفاق النووي الذي أبرمته مؤخرًا الدول الكبرى وايران وأثار حفيظة الدولة العبرية.");
        assertTrue(d.stream().noneMatch(x -> x.contains("IRN>ISR") || x.contains("ISR>IRN")), d.toString());
        // (a subject named first with its second after و stays whole: aVerbWhoseFurtherWordIsTheAntecedent... above)
    }

    @Test
    void anAttackAttributedToAnActorHasItAsAgent() {
        // «نسب الى تنظيم داعش» (modifiers.tsv attribution) after an attack with no agent of its own names its agent;
        // the killing before the attack «ردا على» it is another act (the PKK's), not ISIS's
        List<String> d = dyads("ويأتي الهجوم غداة قتل شرطيين قرب الحدود السورية واعلان حزب العمال الكردستاني مسؤوليته عن "
                + "قتلهما رداً على هجوم سوروتش الدامي على تجمع لنشطاء مناصرين للاكراد الاثنين نسب الى تنظيم داعش.");
        assertTrue(d.contains("IMGREB>null 19"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("IMGREB>TUR")), d.toString());
        // the act the bombing happened in (في تفجير) is attributed with it: the killing and the bombing are ISIS's
        d = dyads("واتت المداهمات بعد مقتل 32 شخصا في تفجير انتحاري الاثنين في بلدة تركية على الحدود السورية نسبت الى "
                + "تنظيم داعش.");
        // (session 29, events127: the killing is the bombing's toll, one event with the bombing's code)
        assertTrue(d.contains("IMGREB>null 1831"), d.toString());
        assertFalse(d.contains("IMGREB>null 19"), d.toString());
        // past an agent noun with no country and its من: the rebels of the PKK
        d = dyads("قتل ثلاثة جنود أتراك وأصيب آخر أمس بانفجار عبوة في جنوب شرق تركيا في أحدث هجوم ينسب إلى متمردين من "
                + "حزب العمال الكردستاني.");
        assertTrue(d.contains("TURREB>TUR 19"), d.toString());
        // «ما نسب إليه»: a convict's charges name no actor, no agent
        d = dyads("وأسفر التحقيق معه عن اتهامه بما نسب له، وبإحالته إلى المحكمة العامة صدر بحقه صك شرعي يقضي بثبوت ما نسب "
                + "إليه شرعًا، والحكم بقتله تعزيرًا.");
        assertTrue(d.stream().noneMatch(x -> !x.startsWith("-") && x.endsWith(" 19")), d.toString());
    }

    @Test
    void theSideSpokenForIsNoTargetAndALoneTitleIsItsHolder() {
        // «باسمه واسم شعب وحكومة المملكة» (modifiers.tsv behalf) names the side the king speaks for, not the one he
        // congratulates; the lone «الملك» is the king named in full in the sentence before, not an agent of Tunisia
        List<String> d = dyads("بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، ببرقية تهنئة للرئيس الباجي قايد السبسي "
                + "رئيس الجمهورية التونسية بمناسبة ذكرى إعلان الجمهورية لبلاده. وأعرب الملك باسمه واسم شعب وحكومة المملكة "
                + "العربية السعودية، عن أصدق التهاني وأطيب التمنيات بالصحة والسعادة للرئيس التونسي، ولحكومة وشعب الجمهورية "
                + "التونسية الشقيق اطراد التقدم والازدهار.");
        assertTrue(d.contains("SAUGOV>TUNGOV 051"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("TUN") || x.contains(">SAU")), d.toString());
    }

    @Test
    void aBlessingBetweenDashesIsNoPartOfTheClause() {
        // «- بحفظ الله ورعايته -» (modifiers.tsv blessing) between the verb and its subject ended the subject search
        List<String> d = dyads("وصل - بحفظ الله ورعايته - خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود امس إلى المملكة "
                + "المغربية في إجازة خاصة.");
        assertTrue(d.contains("SAUGOV>MAR 042"), d.toString());
    }

    @Test
    void theOwnerOfWhatIsHitAfterLamIsTheTarget() {
        // «قصف لمواقع ناشطي حزب العمال»: the positions hit, with لـ, are the PKK's; it does not shell Iraq
        List<String> d = dyads("وشنت مقاتلات تركية صباح السبت غارات جوية على مواقع لتنظيم داعش في سوريا وبدأت حملة قصف لمواقع "
                + "ناشطي حزب العمال الكردستاني في شمال العراق.");
        assertTrue(d.stream().anyMatch(x -> x.endsWith(">TURREB 19")), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("TURREB>")), d.toString());
    }

    @Test
    void aVerbsFurtherWordAfterItsSubjectsTitleChainStartsTheTargetSearch() {
        // the one thanked follows «برقية شكر», past a title chain with commas longer than the target search's reach
        List<String> d = dyads("بعث صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز، ولي ولي العهد، النائب الثاني لرئيس مجلس "
                + "الوزراء، وزير الدفاع برقية شكر لجلالة الملك عبدالله الثاني بن الحسين ملك المملكة الأردنية الهاشمية، وذلك بعد "
                + "انتهاء زيارة سموه للأردن فيما يلي نصها:");
        assertTrue(d.contains("SAUGOV>JORGOV 051"), d.toString());
    }

    /** The modality of each event as "SRC>TGT CODE modality". */
    private static List<String> modalities(String text) {
        Article a = new Article("t", null, "test", LocalDate.of(2015, 7, 20), null, text);
        return pipeline.code(a).events().stream().filter(e -> !e.negated())
                .map(e -> dyad(e) + " " + e.modality()).toList();
    }

    @Test
    void anActFearedIsNoActThatTookPlace() {
        // «يخشى ... من أن يكون رفع العقوبات»: the Syrian coalition fears the lifting of sanctions will fund Iran; nobody
        // has lifted them in this sentence (slice i%17==2), while what it condemns is its act
        List<String> d = modalities("وأوضح مروة أن الشعب السوري يستنكر ويشجب بأشد العبارات الدور الذي يلعبه النظام الإيراني في "
                + "المنطقة ودعمه الكامل لنظام الأسد في إجرامه المستمر منذ خمس سنوات، كما أن الائتلاف يخشى بالدرجة الأولى من أن "
                + "يكون رفع العقوبات عن إيران سيقدم لها دعما ماليا تستغله في دعم مشاريعها العدوانية في سورية.");
        assertTrue(d.stream().anyMatch(x -> x.contains(" 085 ")), d.toString());
        assertTrue(d.stream().filter(x -> x.contains(" 085 ")).allMatch(x -> x.endsWith(" hypothetical")), d.toString());
        // «تخشى أن تفسر السلطات الإثيوبية زيارة أوباما بمثابة ترخيص لقمع»: the repression is feared (slice i%17==3)
        d = modalities("إلا أن منظمات الدفاع عن حقوق الإنسان تخشى أن تفسر السلطات الإثيوبية زيارة أوباما بمثابة ترخيص لقمع "
                + "وسائل الإعلام والمعارضة.");
        assertTrue(d.stream().filter(x -> x.contains(" 175 ")).allMatch(x -> x.endsWith(" hypothetical")), d.toString());
        // an act before the fear, in its own clause, stays what it was: the Houthis shelled the city
        d = modalities("وقصفت ميليشيات الحوثي مدينة تعز، فيما يخشى السكان أن تستمر المعارك.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("YEMREB>") && x.endsWith(" asserted")), d.toString());
    }

    @Test
    void anActAWordOfPossibilityGovernsIsNotDone() {
        // «أنها يمكن أن تتوصل لاتفاق»: an agreement that might be reached, and one rejected (session 22's blind
        // judgement, item 6); «يمكن أن تشن غارات»، «لا يمكننا أن نقاتل»: may or cannot be done, none done
        List<String> d = modalities("قالت وكالة الأنباء إن كوريا الشمالية رفضت فكرة أنها يمكن أن تتوصل لاتفاق مع الولايات "
                + "المتحدة بشأن برنامجها النووي.");
        assertTrue(d.stream().anyMatch(x -> x.contains(" 05 ")), d.toString());
        assertTrue(d.stream().filter(x -> x.contains(" 05 ")).allMatch(x -> x.endsWith(" hypothetical")), d.toString());
        d = modalities("وقال الوزير إن روسيا يمكن أن تشن غارات على مواقع تنظيم داعش في سوريا.");
        assertTrue(!d.isEmpty() && d.stream().allMatch(x -> x.endsWith(" hypothetical")), d.toString());
        d = modalities("وقال جندي إنه لا يمكننا أن نقاتل تنظيم داعش وحدنا في الرقة.");
        assertTrue(!d.isEmpty() && d.stream().allMatch(x -> x.endsWith(" hypothetical")), d.toString());
        // controls: an act before the word, in its own clause; a fact a verb of ignoring takes; a promise joined by و
        // in the past after the possible act; a meeting in a clause of its own after the possibility's verb
        d = modalities("وقصفت الطائرات الروسية مواقع المعارضة في حلب، ويمكن أن يؤدي ذلك إلى تصعيد.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("RUSMIL>") && x.endsWith(" asserted")), d.toString());
        d = modalities("ولا يمكن تجاهل حقيقة أن روسيا والصين وقعتا على الاتفاق.");
        assertTrue(d.contains("RUS>CHN 057 asserted"), d.toString());
        d = modalities("وحذر الرئيس الفرنسي من أن الأزمة يمكن أن تطول ووعد بتقديم المساعدة للحكومة اليونانية.");
        assertTrue(d.contains("FRAGOV>GRCGOV 03 intended"), d.toString());
        d = modalities("وأكد الوزير الأمريكي أنه سيبحث الدور الذي يمكن أن تلعبه تركيا عندما يلتقي مع نظيره الروسي.");
        assertTrue(d.contains("USAGOV>RUSGOV 036 intended"), d.toString());
        d = modalities("ويمكن القول إن الشرطة التركية اعتقلت عشرات الصحفيين.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("TURCOP>") && x.endsWith(" asserted")), d.toString());
    }

    @Test
    void aMeetingCalledForIsNotAMeetingHeld() {
        // «فدعا إلى اجتماع طارئ لدول حلف شمال الأطلسي» (slice i%17==6): Turkey called for a NATO meeting; none was held
        List<String> d = dyads("وأشار إلى أن أردوغان أراد تحقيق أقصى المكاسب من مشاركته أخيرًا في الحملة داخل سوريا، فدعا إلى "
                + "اجتماع طارئ لدول حلف شمال الأطلسي (ناتو) للحصول على دعمها.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 04")), d.toString());
        // a meeting held, named after the call in another phrase, stays one
        d = dyads("ودعا الرئيس المصري خلال اجتماعه مع الملك سلمان إلى تعزيز التعاون.");
        assertTrue(d.stream().anyMatch(x -> x.endsWith(" 04")), d.toString());
    }

    @Test
    void aKillingVerbWithItsSubjectBeforeItAndAPrepositionAfterItIsPassive() {
        // «N قتلوا بـ / لدى / على ...»: قُتلوا, the subject first is the victim (modifiers.tsv passive-verb, passive-sign);
        // corpus sentences of i%17 in {1, 0} and the blind judgement of session 11 (item 60)
        List<String> d = dyads("وقال المسؤول الصحي في عدن الخضر لصور إن مدنيين قتلوا بانفجار ألغام أرضية تركها الحوثيون، "
                + "لدى عودتهم لتفقد منازلهم التي هجروها في وقت سابق في زنجبار.");
        assertFalse(d.contains("YEMCVL>YEMREB 19"), d.toString());
        assertTrue(d.contains("null>YEMCVL 19"), d.toString());
        d = dyads("وقال المتحدث باسم الجماعة “قاري حمزة”، في بيان صادر عنه، نشر على موقع الجماعة الرسمي على الانترنت، إن “الملا "
                + "عمر قتل على يد الزعيم الجديد لطالبان الملا أختر محمد منصور عبر تقديم أدوية مسمومة له”.");
        // (the one after «على يد» is the agent: «الزعيم الجديد لطالبان», a noun before the actor it belongs to)
        assertTrue(d.contains("AFGREB>AFG 19"), d.toString());
        assertFalse(d.contains("AFG>AFGREB 19"), d.toString());
        // an object after the verb keeps it active, and so do the verbs of shelling with an adverbial before their object
        d = dyads("وقال مسؤولون طبيون فلسطينيون إن جنوداً إسرائيليين قتلوا صبياً فلسطينياً في الضفة الغربية.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("ISR>") && x.endsWith(" 19")), d.toString());
        d = dyads("وفي محافظة نينوى قالت مصادر عسكرية إن قوات البشمركة قصفت بشكل مركز معاقل وتجمعات تنظيم داعش في قضاء سنجار "
                + "غرب الموصل.");
        assertTrue(d.contains("IRQMIL>IMGREB 19"), d.toString());
    }

    @Test
    void aVerbWrittenWithADammaOnItsFirstLetterIsPassive() {
        // «قُتل X»: the damma writes the passive out, X is the victim, not the killer (slice i%19 == 4)
        List<String> d = dyads("قُتل أربعة من عناصر القوات المسلحة المصرية بينهم ضابط فيما أصيب ثلاثة آخرون اليوم، إثر انفجار "
                + "عبوة ناسفة بمحافظة شمال سيناء.");
        assertFalse(d.contains("EGYMIL>null 19"), d.toString());
        // (session 29, events127: killed in the IED's blast, the blast's 183, no longer a 19 of its own)
        assertTrue(d.contains("null>EGYMIL 183"), d.toString());
        d = dyads("وأضافت: إن \"الحراس لاحقوا الهاربين فقُتل ضابط اتحادي على بعد 43 كيلومترا عن السجن، وأطلق الرصاص على "
                + "سويت، واعتقل بعد ذلك بيومين\".");
        assertTrue(d.contains("null>MIL 19"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("MIL>")), d.toString());
        // unvowelled, the subject after the verb stays its agent
        d = dyads("لكنهم كثفوا هجماتهم من جديد في الأسابيع الأخيرة، حيث قتلت جماعة بوكو حرام قبل أيام ذبحًا عشرة من صيادي "
                + "السمك على ضفاف بحيرة تشاد.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("NGAREB>") && x.endsWith(" 19")), d.toString());
    }

    @Test
    void aKillingVerbsBarePastAfterAPrepositionIsItsMasdarWithItsVictimAfterIt() {
        // «عبر خطف مقاتلين»، «لقصف المتشددين»، «عن قتل الطفل»: no verb follows a preposition; the bare past there is
        // the masdar, and its genitive the victim (slices i%19 in {4, 5})
        List<String> d = dyads("لم تمنع العداوة المشتركة من قبل «جبهة النصرة»، وهي فرع تنظيم القاعدة في سوريا، والولايات "
                + "المتحدة، مع تنظيم «داعش»، من استفزاز «النصرة» لواشنطن، عبر خطف مقاتلين معتدلين مدعومين أميركيًا في شمال "
                + "سوريا الأربعاء الماضي، ومهاجمتهم أمس.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("SYRREB>") && x.endsWith(" 181")), d.toString());
        d = dyads("وسمحت أنقرة لتحالف تقوده الولايات المتحدة باستخدام قواعدها الجوية لقصف المتشددين.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("REB>")), d.toString());
        d = dyads("وقالت هذه المصادر إن من يتحمل المسؤولية عن قتل الطفل الفلسطيني علي دوابشة، وإصابة والديه وشقيقه بحروق "
                + "بالغة إثر حرق منزلهم في قرية دوما، فجر الجمعة الماضي، هم نشطاء اليمين المتطرف.");
        assertFalse(d.contains("PSE>null 19"), d.toString());
        assertTrue(d.contains("null>PSE 19"), d.toString());
        // a relative clause on the masdar names the agent (slice i%19 == 12, read as a cross-check)
        d = dyads("أصيب خمسة باكستانيين بينهم ثلاثة نساء وطفلين بجروح بالغة جراء قصف شنته القوات الهندية صباح اليوم تجاه قرى "
                + "باكستانية عبر الحدود المشتركة بين البلدين.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("INDMIL>") && x.endsWith(" 19")), d.toString());
        d = dyads("وأفادت مصادر \"الرياض\" في تعز بمقتل مدني وإصابة 4 آخرين في قصف شنه الحوثيون ومليشيات صالح على أحياء "
                + "سكنية في مدينة تعز، ليلة السبت.");
        assertTrue(d.contains("YEMREB>YEM 19"), d.toString());
        // a cue with further words takes its object there: its genitive is the agent («شن مسلحين هجوما»)
        d = dyads("ألقى الرئيس الكوبي راؤول كاسترو خطابا في سانتياغو دي كوبا أمس، خلال احتفالات ذكرى مرور 62 عاما للثورة "
                + "الكوبية التي انطلقت مع شن مسلحين هجوما على منشأة عسكرية في مونكادا.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("CUBREB>") && x.endsWith(" 19")), d.toString());
    }

    @Test
    void aMemberInTheAccusativeAfterTheVerbIsItsObjectNotItsSubject() {
        // «واعتقل قياديا في الحركة»: the leader of the movement was arrested; the movement did not arrest (slice
        // i%19 == 4; session 12's blind judgement, «واعتقل الجيش النيجيري قياديا في جماعة بوكو حرام»)
        List<String> d = dyads("حرر الجيش النيجيري 178 شخصا محتجزين رهائن لدى حركة بوكو حرام الإرهابية، بينهم أكثر من 100 طفل "
                + "و67 امراة، واعتقل قياديا في الحركة، إثر سلسلة من الهجمات الدامية التي شنها المتطرفون في شمال شرق البلاد.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("NGAREB>") && x.endsWith(" 173")), d.toString());
        assertTrue(d.stream().anyMatch(x -> x.startsWith("NGAMIL>") && x.endsWith(" 173")), d.toString());
        // before the verb, after إنّ, the accusative member's body is the subject
        d = dyads("إنه مسؤول في الحكومة العراقية يقوم بزيارة غير رسمية لفرنسا.");
        assertTrue(d.contains("IRQGOV>FRA 042"), d.toString());
    }

    @Test
    void theClaimantOfAnActIsItsAgent() {
        // «أعلن X مسؤوليته عن قتل ...»، «وتبنى X مقتل ...»: the claim is the article's evidence of who did the act
        // claimed (slice i%19 == 5; events24 left the claimant out)
        List<String> d = dyads("أعلن متمردو \"حركة الشباب\" مسؤوليتهم عن قتل نائب صومالي مع حارسيه السبت في مقديشو، بعد "
                + "ساعات على تصريحات للرئيس الاميركي باراك اوباما اكد فيها ان الحركة قد \"ضعفت\".");
        assertTrue(d.contains("SOMREB>SOMLEG 19"), d.toString());
        assertFalse(d.contains("->SOMLEG 19"), d.toString());
        assertTrue(d.contains("SOMREB>SOMLEG 015"), d.toString()); // the claim itself stays
        d = dyads("وتبنى حزب العمال الكردستاني مقتل أكثر من 20 شرطيًا ورجل أمن في تركيا خلال الأسبوعين الماضيين، ردًا على "
                + "الحملة الجوية ضده.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("TURREB>TUR") && x.endsWith(" 19")), d.toString());
        assertFalse(d.contains("->TUR 19"), d.toString());
        // an attack named by a masdar after عن is reported as done when claimed (it is not an event the sentence
        // only refers to: slices i%19 in {5, 6})
        d = dyads("من جهته أعلن تنظيم داعش الإرهابي في بيان عبر الإنترنت مسؤوليته عن هجوم بسيارة ملغومة بشرق العراق أوقع "
                + "40 قتيلا على الأقل.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("IMGREB>IRQ 18")), d.toString());
        d = dyads("أعلن التنظيم الإرهابي “داعش” مسؤوليته عن هجوم اليوم الجمعة على مسجد للشيعة في مدينة الدمام السعودية "
                + "أسفر عن مقتل أربعة أشخاص.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("IMGREB>SAU")), d.toString());
        // a demonstrative points back to the act told before: the claim still names its agent (slice i%19 == 6)
        d = dyads("انفجرت سيارة مفخخة قرب مطار كابل. من جهة أخرى أعلنت حركة \"طالبان\" الأفغانية مسؤوليتها عن هذا التفجير .");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("AFGREB>") && x.endsWith(" 183")), d.toString());
        // a claim under a negation names no one
        d = dyads("ولم تعلن اي جهة مسؤوليتها عن الهجوم الانتحاري الذي اتى قبل بدء جولة جديدة من محادثات السلام بين الحكومة "
                + "وحركة طالبان.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 18") || x.endsWith(" 183") || x.endsWith(" 1831")), d.toString());
    }

    @Test
    void aClauseAfterAnnaWithASubjectPhraseOfItsOwnBorrowsNoSpeaker() {
        // «قال X إن / أن + noun phrase with no actor + verb»: the phrase is the verb's subject, X only reports it;
        // corpus sentences of i%17 in {0, 1}
        List<String> d = dyads("وأكدت منظمة حظر الأسلحة الكيماوية ومقرها لاهاي أن قنابل محملة بغاز الكلور قد استخدمت في الصراع "
                + "السوري ونقلت عن شهود عيان قولهم سقوط قنابل غاز الكلور من طائرات هليكوبتر تملكها فقط الحكومة السورية.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("IGOUNO>")), d.toString());
        d = dyads("وقال كيري إنه على الرغم من التعهدات باحترام هذه الحريات فإن تحذيرات صدرت وجرت محاولات فرض قيود في "
                + "الأشهر الأخيرة.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("USAGOV>")), d.toString());
        // a first word with a pronoun is the speaker's own: its fighters attacked
        d = dyads("وفي بيان حمل تاريخ اليوم، قال تنظيم داعش، إنّ مقاتليه هاجموا مبنيين في مارع وقتلوا 50 مقاتلا على الأقل من "
                + "«صحوات الردة» التي تعارضهم.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("IMGREB>") && x.endsWith(" 19")), d.toString());
    }

    @Test
    void aMemberOfABodyActsForItsBody() {
        // «مسؤول في X» (slice i%17==11): the official no dictionary names is of the body after في, the subject of his act
        List<String> d = dyads("إنه مسؤول في الحكومة العراقية يقوم بزيارة غير رسمية لفرنسا.");
        assertTrue(d.contains("IRQGOV>FRA 042"), d.toString());
        // a place after في is where he is, not whose he is
        assertTrue(dyads("إنه مسؤول في العراق يقوم بزيارة غير رسمية لفرنسا.").stream().noneMatch(x -> x.startsWith("IRQ")));
        // a member with a verb that may be passive, and no attack named after it, was its victim as often as its agent
        assertTrue(dyads("وأضاف أن عنصرا في التنظيم قتل أيضا فيما تضررت ثلاثة من آلياته.").stream()
                .noneMatch(x -> x.startsWith("IMGREB>")));
    }

    @Test
    void countedMembersOfABodyAreItsVictims() {
        // «N من X» (slice i%17==10): the counted persons are of the body after partitive من; killed, they are its victims
        List<String> d = dyads("ووسط هذه الاجواء البالغة التوتر قتل اربعة عناصر من الشرطة في انفجار عبوة وضعت بجانب طريق في "
                + "منطقة سيلوبي، في محافظة شرناك الحدودية مع سوريا والعراق (جنوب شرق) بحسب وكالة دوغان.");
        // (Turkey is named in the article, not here; session 28, events122: killed in an IED's blast, the killing is
        // that bombing, 183, not a 19 of its own)
        assertTrue(d.contains("null>COP 183"), d.toString());
        assertFalse(d.contains("null>COP 19"), d.toString());
        assertTrue(dyads("وقالت مصادر في المقاومة: إن 21 من مسلحي الحوثي قُتلوا في الاشتباكات، كما جرح 14 من مقاتليهم.")
                .contains("null>YEMREB 19"));
        // a member killed together with others (مع) in an attack with an agent: the attack's target is the member's body
        assertTrue(dyads("من جهة أخرى، أعلنت وزارة الدفاع الأمريكية أن قياديا كبيرا في تنظيم القاعدة قتل مع مسلحين اثنين "
                + "آخرين في غارة أمريكية استهدفته في أفغانستان.").contains("USAMIL>IMGREB 195"));
        // a closing quotation mark around the body's name (slice i%17==10) does not part it from its verb ...
        List<String> q = dyads("ذكر مسؤول كردي أمس أن أكثر من 33 مسلحا من مسلحي «داعش» قتلوا وأصيب العشرات منهم في أول عملية "
                + "انتحارية نفذها أحد مسلحي التنظيم «الأجانب» ضد المسلحين التركمان التلعفريين في قضاء بعاج أول من أمس.");
        assertTrue(q.contains("null>IMGREB 1831"), q.toString()); // killed in the suicide operation (events127)
        // ... an opening one does: the police official quotes what others did (GSR ASSAULT dev set)
        assertTrue(dyads("وأوضح مسؤول في الشرطة «لقد احتجزوا تلاميذ مدرسة رهائن، لا نعلم عددهم لكن نعتقد انهم بالعشرات».")
                .stream().noneMatch(x -> x.startsWith("COP>")));
        // members a relative clause describes did the act (slice i%17==11): its agents, not its victims
        List<String> r = dyads("وذكرت الشرطة العسكرية أنها اعتقلت ثلاثة من المتطرفين اليهود الذين اقتحموا الأقصى، مع الشبان "
                + "اليهود الآخرين، وأنها ستقدمهم للمحاكمة لأنهم خرقوا أوامر الجيش.");
        assertTrue(r.stream().anyMatch(x -> x.startsWith("REB>") && x.endsWith(" 19")), r.toString());
    }

    @Test
    void aCircumstantialParticipleIsTheActOfTheOneWhoSpoke() {
        // «، داعياً X إلى» (slice i%19==14): the participle closing the spokesman's clause is his appeal; the parties
        // after it are its object, and the government named just before it (the one supported) is not its agent
        List<String> d = dyads("وأوضح المتحدث الرسمي باسم الخارجية المصرية السفير بدر عبد العاطي في بيان له اليوم أن هناك "
                + "ضرورة لدعم عمل الحكومة اللبنانية بصرف النظر عن أية خلافات سياسية أخرى، داعياً القوى السياسية اللبنانية "
                + "إلى الحرص على تفعيل العمل الحكومي حفاظاً على المؤسسات الدستورية للدولة اللبنانية.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("EGYGOV>LBN") && x.endsWith(" 02")), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("LBN") && x.endsWith(" 02")), d.toString());
        // with no speaker or subject before it, the participle has no agent of its own
        assertTrue(dyads("داعياً القوى السياسية اللبنانية إلى الحرص على تفعيل العمل الحكومي.").stream()
                .noneMatch(x -> x.startsWith("LBNPTY>")));
        // the one praised comes with بـ (slice i%19==14: the article's opening; the minister is Yemen's from the story)
        List<String> p = dyads("كشف وزير الإدارة المحلية رئيس لجنة الإغاثة في الحكومة اليمنية عبدالرقيب سيف الأسودي أن الحكومة "
                + "ولجنة الإغاثة تعكف حاليا على إعداد برنامج إغاثة شامل لكل الشعب اليمني، مشيدا بمواقف دول الخليج وعلى "
                + "راسهم المملكة تجاه الشعب اليمني.\nوقال الأسودي في تصريحات لـ«عكاظ»: نعد برنامجا إغاثيا لكل الجمهورية، "
                + "سنعمل على إعادة البنية التحتية إضافة إلى أعمال الإغاثة المستمرة»، مشيرا إلى أن «الحوثي استخدم معدات "
                + "لتهديم البنى التحتية وممتلكات الأهالي في تعز منفذا نفس المخطط السوري لتدمير المدينة».\nوأوضح أن العمل "
                + "جار في إعادة تأهيل مطار عدن الدولي بغية استكمال التحضيرات النهاية لجعلها مدينة إغاثة لكل أبناء اليمن "
                + "دون استثناء، مبينا أنه تم تركيب البرج المتنقل بنجاح في مطار عدن الدولي.");
        assertTrue(p.contains("YEMGOV>IGOGCC 051"), p.toString());
        // a speaker in the verb (وأكد بأن): the actor after بأن is the subject of what was said, not the one who
        // demands (slice i%19==15)
        List<String> q = dyads("وأكد بأن اليمن يتطلع لكي تكون مساعي إيران بعد التوقيع لمصلحة اليمن وشعبه مشيرا بأن طهران إذا "
                + "ارادت أن تدعم حلفاءها فيجب أن تدعمهم بجعلهم يستوعبوا بأنهم أقلية لا يستطيعون السيطرة بالكامل على "
                + "اليمن، وفي نفس الوقت الدولة اليمنية لا يمكن أن تنكر دور أي فصيل أو مجموعة لكن بالطرق السلمية وليس "
                + "باستخدام العنف مطالبا الحوثيين إذا أرادوا أن يكونوا جزءا من نهضة اليمن فعليهم عدم استخدام العنف.");
        assertTrue(q.stream().noneMatch(x -> x.endsWith(" 10") && !x.startsWith("null>")), q.toString());
    }

    void theActorsAfterBetweenPastAClauseBreakAreTheNextCuesNotThisOnes() {
        // «المحادثات مقررة في 30 يوليو لكن المشاورات مستمرة بين أفغانستان وباكستان» (Okaz, 25 July 2015): the parties
        // after بين are the consultations' (evidence from المشاورات, dated from the lead), not the talks' of 30 July
        String text = "أعلن مسؤولون أن الجولة المقبلة من محادثات السلام بين الحكومة الأفغانية ومتمردي حركة طالبان ستجري في "
                + "أواخر يوليو (تموز) لكن بدون تحديد مكان اللقاء بعد. وأعلن نائب رئيس المجلس عبدالحكيم مجاهد أن المحادثات "
                + "مقررة في 30 يوليو لكن المشاورات مستمرة بين أفغانستان وباكستان والولايات المتحدة والصين حول مكان تنظيم اللقاء.";
        List<Event> e = events(text, LocalDate.of(2015, 7, 25));
        java.util.function.Predicate<Event> consult = x -> x.sentence() == 1 && x.source() != null
                && x.source().code().equals("AFG") && x.target() != null && x.target().code().equals("PAK");
        assertTrue(e.stream().filter(consult).allMatch(x -> text.substring(x.evidence().start(), x.evidence().end())
                .startsWith("المشاورات")), e.stream().filter(consult).map(Event::rule).toList().toString());
        assertAllDated(e, consult, "2015-07");
        // بين right after its cue, with no break, still gives the parties
        List<String> d = dyads("وجرت محادثات بين أفغانستان وباكستان في إسلام آباد.");
        assertTrue(d.contains("AFG>PAK 04"), d.toString());
    }

    @Test
    void reinforcementsStruckByAStrikeAreNoMobilization() {
        // the thing a strike hits, after على or as the verb's object, is no act of its own (slices i%19 in {2, 10};
        // the blind judgement of session 12): the coalition's strikes stay, the «mobilization» goes
        List<String> d = dyads("كما شنت مقاتلات التحالف العربي أمس، غارات جوية عدة على تعزيزات حربية للحوثيين وقوات موالية للرئيس "
                + "السابق علي عبدالله صالح في طريقها إلى عدن عبر الخط الرابط بين محافظتي البيضاء وأبين.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 154")), d.toString());
        assertTrue(d.stream().anyMatch(x -> x.startsWith("SAUMIL>") && x.endsWith(" 195")), d.toString()); // the strikes stay
    }

    @Test
    void anInterviewIsNoMeeting() {
        // «عبر لقاء تلفزيوني»: the ambassador spoke on television, he met no Jordanian party (slice i%19==11, the blind
        // judgement of session 12); a meeting with a party right after لقاء stays one
        List<String> d = dyads("هذا العرض قدمه مباشرة السفير الإيراني في الأردن عبر لقاء تلفزيوني مع إحدى الفضائيات المحلية وقدمه "
                + "بشكل رسمي نوري المالكي في إحدى زياراته للأردن، لكن الأردن رفض هذا الطلب بدبلوماسية كبيرة.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 04")), d.toString());
        assertTrue(d.contains("IRQGOV>JOR 042"), d.toString()); // Maliki's visit stays
        d = dyads("وجرى لقاء بين وزير الخارجية الإيراني ونظيره الأردني في عمان.");
        assertTrue(d.stream().anyMatch(x -> x.endsWith(" 04")), d.toString());
    }

    @Test
    void aMeetingCalledForInTheFutureIsNoMeetingHeld() {
        // «ستدعو إلى عقد اجتماع»: the head of «عقد اجتماع» after إلى is a masdar, and the future verb before it puts
        // the meeting to come (the blind judgement of session 12, slice i%17==16)
        List<Event> e = events("والملا عبد المنان الشقيق الأصغر للملا عمر، أشار إلى أن قيادات طالبان ستدعو إلى عقد اجتماع يشمل جميع "
                + "قادة طالبان وأئمة المساجد والخطباء من داخل أفغانستان وخارجها.");
        List<Event> meetings = e.stream().filter(x -> x.cameoCode().startsWith("04") || x.cameoCode().equals("036")).toList();
        assertTrue(!meetings.isEmpty() && meetings.stream().allMatch(x -> "intended".equals(x.modality())),
                e.stream().map(x -> dyad(x) + " " + x.modality()).toList().toString());
    }

    @Test
    void theVerbOfCongratulatingKeepsItsHamza() {
        // «هنأ» folds to «هنا» (here): written with its hamza it is the verb (slice i%17==13)
        List<String> d = dyads("سياسيًا هنأ البرلمان العربي الشعب اليمني بعودة نائب الرئيس رئيس الوزراء اليمني خالد بحاح إلى عدن.");
        assertTrue(d.stream().anyMatch(x -> x.endsWith(">YEM 051") || x.endsWith(">YEMCVL 051")), d.toString());
        // «قدم التهنئة» + لـ: the one congratulated (slice i%17==13)
        d = dyads("وقدم نبيل العربي، الأمين العام للجامعة العربية، التهنئة للشعب المصري والقيادة السياسية والحكومة بمناسبة "
                + "قرب افتتاح مشروع قناة السويس الجديدة.");
        assertTrue(d.stream().anyMatch(x -> x.contains(">EGY") && x.endsWith(" 051")), d.toString());
        // «هنا» written without a hamza is «here», no congratulation
        d = dyads("ومن هنا أكد البرلمان العربي الشعب اليمني قادر على تجاوز المحنة.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 051")), d.toString());
    }

    @Test
    void aLaterStepOfATripToComeIsNoVisitMade() {
        // «وسيحط أولا في سنغافورة ...، ثم يزور ماليزيا من 4 إلى 6 أغسطس» (published 2 August; session 13's blind
        // judgement, eval/judgments/s13-blind-slice18.tsv item 1): the bare present after ثم continues the future of سيحط
        List<String> m = modalities("وفي مصر سيلتقي كيري، اليوم الأحد، مع نظيره المصري سامح شكري. "
                + "وبعد الدوحة، سيتوجه كيري إلى جنوب شرق آسيا وهي منطقة تحظى باهتمام خاص بالنسبة للدبلوماسية "
                + "الأميركية. وسيحط أولا في سنغافورة لمناسبة الذكرى الخمسين لاستقلالها، ثم يزور ماليزيا من 4 إلى 6 أغسطس.");
        assertTrue(m.stream().anyMatch(x -> x.contains(">MYS 036 intended"))
                && m.stream().noneMatch(x -> x.contains(" 042 ") || x.contains(" 043 ")), m.toString());
        // after عندما, a future verb before it (سيتم): the visit is to come (SaudiNewsNet 2015-07-21)
        m = modalities("وأضاف أن هذا سيتم بحثه عندما يزور وزير الدفاع الأمريكي أشتون كارتر إسرائيل قريبا.");
        assertTrue(m.stream().anyMatch(x -> x.contains(">ISR 036") && x.endsWith("intended"))
                && m.stream().noneMatch(x -> x.contains(" 042")), m.toString());
        // joined by و to a future visit (SaudiNewsNet 2015-07-23)
        m = modalities("وقال أيضًا: إن الملك سلمان سيزور الولايات المتحدة ويلتقي بالرئيس باراك أوباما في سبتمبر.");
        assertTrue(m.stream().noneMatch(x -> x.contains(" 04 ") && x.endsWith("asserted")), m.toString());
        // a noun that opens like a future (سياسي) tells no time: the opposing stays asserted (SaudiNewsNet 2015-08-02)
        m = modalities("أكدت تقارير إعلامية سعودية اليوم أن الهاشتاق المذكور هو في الأساس سياسي ويعارض سياسة حزب المؤتمر "
                + "الوطني الهندي والحكومة الهندية.");
        assertTrue(m.stream().noneMatch(x -> x.endsWith("intended")), m.toString());
    }

    @Test
    void aVisitInvitedToIsNoVisitMade() {
        // «وجه الدعوة ... لزيارة موسكو وقبلت الحركة الدعوة وسيحدد الموعد لاحقا» (session 13's blind judgement,
        // eval/judgments/s13-blind-slice18.tsv item 52): the invitation is the act, the visit is to come
        List<String> m = modalities("وأضاف المسؤول أن \"السيد وزير الخارجية (الروسي) وجه الدعوة لقيادة الحركة (حماس) لزيارة "
                + "موسكو وقبلت الحركة الدعوة وسيحدد الموعد لاحقا.\"");
        assertTrue(m.stream().noneMatch(x -> x.contains(" 042 ") || x.contains(" 043 ")), m.toString());
        m = modalities("وجه الرئيس المصري، عبدالفتاح السيسي، دعوة رسمية لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز لزيارة مصر.");
        assertTrue(m.stream().noneMatch(x -> x.contains(" 042 ") || x.contains(" 043 ")), m.toString());
        // a visit made at an invitation stays a visit (SaudiNewsNet 2015-07-31)
        m = modalities("فقد قام صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود بزيارة إلى جمهورية مصر العربية "
                + "تلبية لدعوة كريمة من فخامة السيد الرئيس عبدالفتاح السيسي.");
        assertTrue(m.stream().anyMatch(x -> x.contains(" 042 asserted")), m.toString());
    }

    @Test
    void aMeetingWhoseRelativeClauseIsInTheFutureIsToCome() {
        // «اجتماع كيري مع لافروف الذي سيشارك فيه ايضا وزير الخارجية السعودي» (session 13's blind judgement,
        // eval/judgments/s13-blind-slice18.tsv item 66): the relative clause four words after the masdar is future
        List<String> m = modalities("وقال مسؤولون أمريكيون إن اجتماع كيري مع لافروف الذي سيشارك فيه ايضا وزير الخارجية السعودي "
                + "عادل الجبير سيركز على الحرب في سوريا.");
        assertTrue(!m.isEmpty() && m.stream().allMatch(x -> x.endsWith("036 intended")), m.toString());
    }

    @Test
    void aMeetingRuledOutIsNoMeetingHeld() {
        // «استبعد لقاء روحاني وأوباما على هامش اجتماعات الدورة السنوية» (session 13's blind judgement,
        // eval/judgments/s13-blind-slice18.tsv item 35): the masdar after a verb of ruling out is weighed, not held
        List<String> m = modalities("مساعد رئيس لجنة الأمن القومي والسياسة الخارجية الإيراني حقيقت بور استبعد لقاء روحاني "
                + "وأوباما على هامش اجتماعات الدورة السنوية للجمعية العامة للأمم المتحدة في نيويورك.");
        assertTrue(!m.isEmpty() && m.stream().allMatch(x -> x.endsWith("hypothetical")), m.toString());
        // a meeting held stays asserted
        m = modalities("وجرى لقاء روحاني وأوباما على هامش اجتماعات الدورة السنوية للجمعية العامة للأمم المتحدة في نيويورك.");
        assertTrue(m.stream().anyMatch(x -> x.endsWith("asserted")), m.toString());
    }

    @Test
    void anActPreferredIsNoActDone() {
        // session 13's blind judgement (eval/judgments/s13-blind-slice18.tsv item 34, SaudiNewsNet 2015-08-08): the
        // ministry prefers a bridging loan; none was granted (modifiers.tsv preference)
        List<String> m = modalities("تفضل وزارة المالية الألمانية منح قرض مؤقت لليونان على الاتفاق على خطة إنقاذ جديدة.");
        assertTrue(m.stream().anyMatch(x -> x.startsWith("DEUGOV>GRC")), m.toString());
        assertTrue(m.stream().filter(x -> x.startsWith("DEUGOV>GRC")).allMatch(x -> x.endsWith("intended")), m.toString());
    }

    @Test
    void anActHopedForIsStillToCome() {
        // session 14's blind judgement (eval/judgments/s14-blind-slice22.tsv item 59, SaudiNewsNet 2015-07-31): «من
        // المؤمل أن» is "it is expected that", as «من المقرر أن» (modifiers.tsv intent)
        List<String> m = modalities("ومن المؤمل ان يزور جون كيري وزير الخارجية الاميركي مصر يوم الاحد.");
        assertTrue(m.stream().anyMatch(x -> x.startsWith("USAGOV>EGY")), m.toString());
        assertTrue(m.stream().allMatch(x -> x.endsWith("intended")), m.toString());
    }

    @Test
    void anActWeighedAsUnlikelyIsHypothetical() {
        // «من المستبعد أن يلتقي روحاني ... مع أوباما» (SaudiNewsNet 2015-08; session 12's blind judge, items 4 and 31, in
        // eval/judgments/s12-blind-slice16.tsv): a meeting ruled out is no meeting held (modifiers.tsv likelihood)
        List<String> m = modalities("من جهة أخرى، في تصريح لوكالة أنباء فارس، مساعد رئيس لجنة الأمن القومي والسياسة "
                + "الخارجية الإيراني حقيقت بور استبعد لقاء روحاني وأوباما على هامش اجتماعات الدورة السنوية للجمعية العامة "
                + "للأمم المتحدة في نيويورك وقال: «من المستبعد أن يلتقي روحاني في هذه الأوضاع مع أوباما، لأن كل يوم نسمع عن "
                + "صفحة جديدة من احتيالات وخداع أميركا».");
        assertTrue(m.stream().anyMatch(x -> x.contains(" 04") && x.endsWith("hypothetical")), m.toString());
        // a meeting reported as held stays asserted
        m = modalities("والتقى روحاني في نيويورك مع الرئيس الأمريكي باراك أوباما.");
        assertTrue(m.stream().anyMatch(x -> x.contains(" 04") && x.endsWith("asserted")), m.toString());
    }

    @Test
    void standingBySomeoneIsSupport() {
        // «الوقوف بجانب اشقائهم في اليمن» (وقوف + بجانب, slice i%17==14): the kingdom's standing by the Yemenis. (مساندة +
        // لـ, «ومساندتها للشعب اليمني», was dropped: its لـ is as often another act's purpose; patterns.tsv)
        Article a = new Article("t", null, "alriyadh", LocalDate.of(2015, 7, 22), null, "علت صور خادم الحرمين الشريفين "
                + "الملك سلمان بن عبدالعزيز في قاعة الاحتفال التي اقامت فيها قبائل يافع الحميرية حفل المعايدة السنوي في جدة، "
                + "والذي اختلف هذا العام عن الأعوام السابقة لانه تزامن مع تحرير عدن والتي طغى الحديث عنها وعن الانتصارات "
                + "التي تحققت للمقاومة الجنوبية. وألقى الشيخ أحمد عبدالرب النقيب شيخ مشايخ يافع كلمة أشاد فيها بدور المملكة "
                + "في الوقوف بجانب اشقائهم في اليمن ومساندتها للشعب اليمني للخلاص من احتلال الحوثيين والمخلوع صالح.");
        List<String> d = pipeline.code(a).events().stream().map(EventRulesTest::dyad).toList();
        assertTrue(d.stream().anyMatch(x -> x.startsWith("SAU>YEM") && x.endsWith(" 051")), d.toString());
    }

    @Test
    void aPrepositionBeforeAGroupOfPeopleGovernsThePeople() {
        // SaudiNewsNet 2015-07-31 (session 12's blind slice): the tourists were attacked, not Istanbul where it happened
        List<String> d = dyads("وقبل ذلك، تعرض مطعم صيني معروف في إسطنبول لهجوم، كما اعتدى متظاهرون أتراك على مجموعة من "
                + "السياح الكوريين الجنوبيين في وسط إسطنبول بعد أن اعتقدوا خطأ أنهم صينيون.");
        assertTrue(d.contains("TUROPP>KORCVL 18"), d.toString());
        assertFalse(d.contains("TUROPP>TUR 18"), d.toString());
    }

    @Test
    void theBodyTheAttackersBelongToIsNotTheAttacksTarget() {
        // SaudiNewsNet 2015-07-31 (slice i%19==12): al-Qaeda is whose the attackers are; the soldiers were hit
        List<String> d = dyads("في موضوع آخر، قالت مصادر في محافظة حضرموت إن سبعة من الجنود اليمنيين قتلوا وجرح نحو 50 "
                + "آخرين أمس في هجوم انتحاري نفذه مسلحون يعتقد بانتمائهم لتنظيم «القاعدة في جزيرة العرب».");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(">IMGREB 1831")), d.toString());
        assertTrue(d.stream().anyMatch(x -> x.endsWith(">YEMMIL 18")), d.toString());
    }

    @Test
    void aJournalistIsTheObjectOfHisDetention() {
        // SaudiNewsNet (slice i%19==16, session 12's blind slice): the Post's correspondent is the one Iran detains
        List<String> d = dyads("يذكر أن إيران تحتجز جيسون رضائيان مراسل «واشنطن بوست» منذ يوليو (تموز) 2014 بتهم التجسس "
                + "والتعاون مع جهات معادية وجمع معلومات سرية وبث دعاية ضد الجمهورية الإسلامية، وقد يواجه عقوبة السجن بين 10 "
                + "و20 عاما من قبل محكمة الثورة الإسلامية.");
        assertTrue(d.contains("IRN>USAMED 173"), d.toString());
    }

    @Test
    void quotesAroundANameKeepThePrepositionBeforeItsNoun() {
        // SaudiNewsNet 2015-07-31 (session 12's blind slice): «ضد تنظيم ” داعش ”» is against ISIS; Syria is where
        List<String> d = dyads("أوضحت وزارة الدفاع الأمريكية ” البنتاغون ” أن طائرات التحالف الدولي واصلت عملياتها العسكرية "
                + "ضد تنظيم ” داعش ” الإرهابي في سوريا و العراق.");
        assertTrue(d.contains("USAMIL>IMGREB 19"), d.toString());
        assertFalse(d.contains("USAMIL>SYR 19"), d.toString());
    }

    @Test
    void aMasdarOfOpposingBeforeAQuotedNameIsStillItsOwn() {
        // SaudiNewsNet (session 13, events22's unseen check): «لقتال «داعش»» is the fight the training is for;
        // ISIS is no beneficiary of the training
        List<String> d = dyads("وبدأت واشنطن تدريب مجموعة معتدلة معارضة في سوريا لقتال «داعش»، بعد إقصاء جبهة النصرة "
                + "لفصيلين معتدلين.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("USA>IMG")), d.toString());
    }

    @Test
    void theOwnerOfWhatIsProtestedIsTheTarget() {
        // «احتجاجا على X» where X is a thing, not an actor: the one whose words, decision or act X is is the target
        // (patterns.tsv frame owner; session 13's blind judgement of slice i%19 == 18 found Bahrain's recall coded
        // BHR → BHR)
        List<String> d = dyads("قررت مملكة البحرين استدعاء سفيرها في طهران للتشاور، احتجاجا على \"التصريحات العدائية\" لعدد "
                + "من المسؤولين الايرانيين، حسبما أعلنت مساء أمس وكالة الانباء البحرينية.");
        // (since session 30, events143: the recall is the event, toward the country its envoy leaves; the protest is its
        // motive and codes no 14 of its own)
        assertTrue(d.contains("BHR>IRN 161"), d.toString());
        assertFalse(d.contains("BHR>BHR 14"), d.toString());
        // a nationality adjective names who did the act protested, before the act's own target further on (slice
        // i%23 == 3)
        d = dyads("وتظاهر عشرات الأكراد في محافظة السليمانية في شمال العراق مساء السبت، احتجاجا على الغارات الجوية التركية "
                + "على أهداف لحزب العمال الكردستاني في شمال العراق.");
        assertTrue(d.stream().anyMatch(x -> x.endsWith(">TURMIL 14")), d.toString()); // Turkey's forces' raids (state-acts.tsv)
        assertTrue(d.stream().noneMatch(x -> x.endsWith(">TURREB 14")), d.toString());
        // condemned: the author of the words, named as the subject of a relative clause with the words' pronoun
        // (slice i%23 == 4)
        d = dyads("وبعد توقيع الاتفاق نددت الدول الخليجية بالتصريحات العدائية التي أطلقها مرشد إيران ضد الدول الخليجية، "
                + "وبالأخص البحرين.");
        assertTrue(d.contains("IGOGCC>IRNGOV 111"), d.toString());
        assertFalse(d.contains("IGOGCC>BHR 111"), d.toString());
    }

    @Test
    void theVictimOrTheTopicOfWhatIsProtestedIsNotItsTarget() {
        // the genitive of an act done to someone is its victim; the nationality of an agreement is what it is about
        // (slices i%23 in {0, 3})
        List<String> d = dyads("في غرب البلاد اعتصم أكثر من ألف شخص في مدينة اللاذقية ليل السبت احتجاجًا على قتل سليمان "
                + "الأسد أحد اقرباء الرئيس السوري بشار الأسد العقيد في القوات الجوية حسان الشيخ.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(">SYRGOV 14")), d.toString());
        d = dyads("بينما تظاهر أعداد كبيرة من الأميركيين في نيويورك أول من أمس احتجاجا على الاتفاق النووي الإيراني، لا يزال "
                + "الاتفاق يُلقي بظلاله على الأوساط السياسية والشعبية الأميركية.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(">IRN 14")), d.toString());
    }

    @Test
    void aDemonstrationIsAgainstTheOwnerOfWhatItsPurposeProtests() {
        // snn-2015-07-31#382 (session 20's blind judgement of slice i%47 == 46, item 58, "target"): the gathering that
        // protests Fabius's visit is against Fabius, the visit's doer, not against the protesters themselves (the
        // start coded IRNOPP → IRNOPP 141: «للاحتجاج», governed by the lam, is no event of its own)
        List<String> d = dyads("وتجمع متظاهرون في أماكن عدة للاحتجاج على زيارة فابيوس، فيما نشرت مجموعات من شرطة مكافحة "
                + "الشغب في وزارة الخارجية الإيرانية ومحيط السفارة الفرنسية لتلافي أي تجاوزات من شأنها التشويش على الزيارة.");
        assertTrue(d.stream().anyMatch(x -> x.endsWith(">FRAGOV 141")), d.toString());
        // snn-2015-08-09#572: the raids condemned are the Turkish army's, the subject of the relative clause on them
        // (the start: BEL, the place)
        d = dyads("تظاهر نحو مئتي شخص في بروكسل للتنديد بالغارات التي يشنها الجيش التركي على أعضاء حزب العمال الكردستاني "
                + "وللترحم على ضحايا الهجوم الذي أثار موجة العنف هذه في يوليو.");
        assertTrue(d.contains("null>TURMIL 141"), d.toString());
        assertFalse(d.contains("null>BEL 141"), d.toString());
        // snn-2015-08-03#1227: the crime is the Israeli settlers', past a chain of genitives (the start: PSE)
        d = dyads("تظاهر عشرات الصحفيين المصريين أمس، احتجاجا على جريمة حرق مستوطنين إسرائيليين للطفل الفلسطيني على "
                + "الدوابشة يوم الجمعة الماضي في نابلس، ورفع الصحفيون أمام نقابتهم أعلام فلسطين، وأحرقوا علم إسرائيل.");
        assertTrue(d.contains("null>ISRCVL 141"), d.toString());
        assertFalse(d.contains("null>PSE 141"), d.toString());
        // the judged sentence with a city for «أماكن عدة» (a variant, not a corpus sentence): the one whose visit is
        // protested, inside the purpose, is not the one who gathers
        d = dyads("وتجمع متظاهرون في طهران احتجاجا على زيارة فابيوس.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("FRAGOV>") && x.endsWith(" 141")), d.toString());
        assertTrue(d.stream().anyMatch(x -> x.endsWith(">FRAGOV 141")), d.toString());
    }

    @Test
    void aDemonstrationIsNotAgainstTheVictimOrTheTopicOfWhatItsPurposeProtests() {
        // controls (slices i%53 0–50): the one killed (snn-2015-08-10#1225) and the one fought (snn-2015-08-11#258) are
        // not what is protested against; an agreement's party is not its owner (snn-2015-07-23#158)
        List<String> d = dyads("في غرب البلاد اعتصم أكثر من ألف شخص في مدينة اللاذقية ليل السبت احتجاجًا على قتل سليمان "
                + "الأسد أحد اقرباء الرئيس السوري بشار الأسد العقيد في القوات الجوية حسان الشيخ.");
        assertTrue(d.contains("null>SYR 141"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.endsWith(">SYRGOV 141")), d.toString());
        d = dyads("وقد شاركت جهات من الأحزاب الكردية في التظاهرات، وبالإضافة إلى احتجاجهم ضد محاربة حزب العمال الكردستاني.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(">TURREB 14")), d.toString());
        d = dyads("تجمع متظاهرون في شارع تايمز سكوير بنيويورك للتنديد بالاتفاق النووي الايراني الموقع بين ايران والقوى "
                + "العظمى داعين الكونغرس الى رفضه.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(">IRN 141")), d.toString());
    }

    @Test
    void meOnTheVerbIsTheSpeakerAndItsObject() {
        // SaudiNewsNet 2015-07-22 (session 13's blind judgement, swapped): Zarif invited Fabius, who says so; the
        // speaker named before the quotation is the verb's object, the minister after it the one who invites
        List<String> d = dyads("واوضح فابيوس \"لقد دعاني نظيري الايراني محمد جواد ظريف. كان دعاني في السابق ولم آت. "
                + "لكن الان اعتقد ان كل الشروط متوافرة لذهابي\".");
        assertTrue(d.contains("IRNGOV>FRAGOV 02"), d.toString());
        assertFalse(d.contains("FRAGOV>IRNGOV 02"), d.toString());
    }

    @Test
    void thePronounOnInnaAfterAnUnknownSpeakerIsNotTheSubjectInPlay() {
        // snn-2015-08-07#1430 (session 14's blind judgement, item 41, "source"): the Pakistani cleric Sami ul-Haq, whom
        // no dictionary knows, is the «ـه» of «إنه دعا»; the leadership in the sentence before does not appeal
        List<String> cleric = dyads("عرض مولانا سميع الحق (رجل الدين الباكستاني الذي يعرف على نطاق واسع بأنه «أبو حركة "
                + "طالبان»)، أمس، الوساطة في حل نزاع بشأن القيادة يهدد بإحداث انقسام في الحركة المتشددة في أفغانستان "
                + "بعد تأكيد وفاة مؤسسها الملا عمر. وقال سميع الحق، إنه دعا الرئيس الجديد للحركة الذي أعلن عنه مؤخرا "
                + "الملا محمد أختر منصور إلى أن يجلس مع منافسيه الذين اعترضوا على حقه في القيادة.");
        assertTrue(cleric.stream().noneMatch(x -> x.startsWith("AFGGOV>")), cleric.toString());
        // slice i%29==6: a speaker the dictionary knows stays the subject of the verb after «أنه»
        List<String> known = dyads("والأحد أعلن الجيش النيجيري أنه قصف قرية بيتا الواقعة جنوب مالاري والقريبة من غابة "
                + "سامبيسا حيث كانت حركة بوكو حرام تحضر لهجوم.");
        assertTrue(known.stream().anyMatch(x -> x.startsWith("NGAMIL>") && x.endsWith(" 19")), known.toString());
    }

    @Test
    void hisCountryInWhatASpeakerSaysIsTheSpeakersCountry() {
        // snn-2015-08-09#771 (slice i%29==24): the Italian minister speaks on through «وأشار» and «وقال»; «بلاده» is
        // Italy, not the Syria of «وإبعاد بشار الأسد», the last person named before it
        List<String> italy = dyads("من جانبه أبان وزير الخارجية الإيطالي أن المباحثات التي جرت وجدت تطابقًا في جميع "
                + "القضايا التي بُحثت، مؤكدًا تضامن إيطاليا مع المملكة في جهودها كافة لمحاربة الإرهاب. وأشار إلى أن "
                + "المباحثات تطرقت إلى الملف السوري، داعيا إلى إعطاء الفرصة لمبعوث الأمم المتحدة إلى سورية، وأن حل الأزمة "
                + "هناك يتطلب الرجوع إلى بيان جنيف1، وإبعاد بشار الأسد لتسببه في قتل آلاف السوريين. وقال \"إن بلاده ترى "
                + "ضرورة مشاركة دول كبرى في المفاوضات، مثل المملكة وروسيا والولايات المتحدة\".");
        assertTrue(italy.stream().noneMatch(x -> x.startsWith("SYR>")), italy.toString());
        assertTrue(italy.stream().anyMatch(x -> x.startsWith("ITA>RUS")), italy.toString());
        // snn-2015-07-24#774 (slice i%29==9): the Yemeni ambassador's country is visited, not Lebanon
        List<String> visas = dyads("كشف السفير اليمني لدى لبنان، علي الديلمي، أن سفارة بلاده في بيروت أوقفت منح "
                + "التأشيرات للمواطنين اللبنانيين لزيارة بلاده، في ظل الأوضاع الراهنة.");
        assertTrue(visas.stream().noneMatch(x -> x.startsWith("YEM>LBN") || x.startsWith("LBN>YEM")), visas.toString());
        // snn-2015-08-10#863 (slice 0): no reporting verb; the congratulated president's country stays the target
        List<String> cable = dyads("بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة لفخامة الرئيس "
                + "رفائيل كوريا دلجادو رئيس جمهورية الإكوادور بمناسبة ذكرى يوم الاستقلال لبلاده.");
        assertTrue(cable.contains("SAUGOV>ECU 051"), cable.toString());
    }

    @Test
    void herCountryIsTheStateOfTheBodySheSitsInOrOfHerNationality() {
        // (session 26, actors27) snn-2015-07-26#965 (session 24's blind item 22): the MK no dictionary gives a country
        // sits in the Israeli Knesset (own-country.tsv member-link «في»); «بلادها» is Israel, not the Palestine of
        // «المقاومة الفلسطينية» a sentence before
        List<String> mk = dyads("ولم يستبعد خبراء عسكريون العلاقة الوثيقة بين جوبا وتل أبيب، سواء أكان لاستهداف الخرطوم "
                + "أو المقاومة الفلسطينية. وكانت النائبة في الكنيست الإسرائيلي، تمار زندبيرج، صرحت أخيرا بأن بلادها "
                + "تتعاون مع جنوب السودان، كقاعدة مراقبة ورصد لعملية تهريب السلاح إلى حركة حماس.");
        assertTrue(mk.stream().noneMatch(x -> x.startsWith("PSE>SSD") || x.startsWith("SSD>PSE")), mk.toString());
        assertTrue(mk.stream().anyMatch(x -> x.startsWith("ISR>SSD 06")), mk.toString());
        // snn-2015-08-09#1035: a person of a nationality (people+demonym) is whose «بلده» it is, not the Syria of the
        // sentence before: a Saudi fighting Saudi Arabia is no dyad
        List<String> youth = dyads("واظهار النظام السوري أمام العالم بأنه صادق بوصفه الثوار السوريين بالإرهابيين. ولعلنا "
                + "نقف على الأسباب التي أفضت إلى أن شاباً سعودياً تربى وتعلم في موطنه صار يحارب بلده ويفجّر.");
        assertTrue(youth.stream().noneMatch(x -> x.startsWith("SYR>")), youth.toString());
    }

    @Test
    void aPlaceOfAnotherActorOrOfAPostGivesNoCountryToATitle() {
        // (session 27, actors28) each sentence with the state none of its sides may be (the base jar gave it one)
        java.util.Map<String, String> noSideOf = new java.util.LinkedHashMap<>();
        // snn-2015-07-24#769 (session 26's blind item 25): «بجنيف» says where the UN (and Egypt's envoy to it) is; King
        // Farouk, an office-holder further on, is no Swiss government (was CHEGOV>EGY 08)
        noSideOf.put("أقام السفير عمرو رمضان، مندوب مصر الدائم لدى الأمم المتحدة بجنيف، حفلا بمناسبة العيد الثالث "
                + "والستين لثورة 23 يوليو، شارك فيه الأمير أحمد فؤاد ونجل الملك فاروق، الذي تنازل له عن عرش مصر بعد ثلاثة "
                + "أيام من قيام ثورة يوليو.", "CHE");
        // snn-2015-07-31#449: the embassy's place is the embassy's; the club's president is no Dutch NGO (was NLDNGO)
        noSideOf.put("من جانبه، قدم رئيس النادي محمد القاسم شكره وتقديره للسفير وأعضاء السفارة السعودية في هولندا على "
                + "التسهيلات التي وجدتها البعثة.", "NLD");
        // snn-2015-08-06#2786 (modifiers.tsv posted-noun): a consul's place is his post, not his country (was USAGOV)
        noSideOf.put("وقدم القنصل العام في لوس أنجلوس الدكتور فيصل السديري شكره للوفد السعودي على الجهود التي بذلوها.",
                "USA");
        noSideOf.forEach((text, state) -> {
            List<String> sides = dyads(text);
            assertTrue(sides.stream().noneMatch(x -> x.startsWith(state) || x.contains(">" + state)), sides.toString());
        });
    }

    @Test
    void aPartyOfALaterCuesPhraseIsNotThePartyOfTheFirst() {
        // snn-2015-08-04#984 (session 13's blind judgement, item 68, "source"): the ministers after «اللقاء المقرر مع» are
        // the later meeting's party; neither Jubeir nor the Emir met them in the meeting Kerry's day began with
        List<String> kerry = dyads("وبدأ كيري نهاره بلقاء الجبير وأمير قطر تميم بن حمد آل ثاني، قبل التوجه الى اللقاء "
                + "المقرر مع وزراء مجلس التعاون الخليجي.");
        assertTrue(kerry.stream().noneMatch(x -> x.startsWith("QATGOV>IGOGCC") || x.startsWith("IGOGCC>QATGOV")
                || x.startsWith("SAUGOV>IGOGCC")), kerry.toString());
        // snn-2015-08-03#149 (slice i%29==13): Kerry meets his Gulf counterparts; the Emir is met by Lavrov, after the comma
        List<String> two = dyads("ويلتقي اليوم وزير الخارجية الأميركي جون كيري بنظرائه الخليجيين، كما يعقد وزير الخارجية "
                + "الروسي سيرغي لافروف مباحثات مع أمير دولة قطر الشيخ تميم بن حمد آل ثاني.");
        assertTrue(two.stream().noneMatch(x -> x.startsWith("USAGOV>QATGOV")), two.toString());
        assertTrue(two.stream().anyMatch(x -> x.startsWith("RUSGOV>QATGOV")), two.toString());
        // snn-2015-07-24#280 (slice i%29==8): the talks after the comma are the verb's object, no later clause of their own
        List<String> talks = dyads("عقد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصره بالرياض ، مساء "
                + "الاثنين، جلسة مباحثات رسمية مع فخامة الرئيس فرانسوا هولاند رئيس الجمهورية الفرنسية.");
        assertTrue(talks.contains("SAUGOV>FRAGOV 04"), talks.toString());
    }

    @Test
    void trainingVerbWithItsObjectPronounTrainsTheAntecedent() {
        // snn-2015-08-03#1143 (i%23==16): after a relative pronoun the verb's pronoun repeats the antecedent actor
        // (درب + معارض* with its further word before the verb); the actor after the verb trained them
        List<String> relative = dyads("وقال مسؤولون أمريكيون أمس إن الولايات المتحدة قررت السماح بضربات جوية للدفاع عن "
                + "المعارضين السوريين الذين دربهم الجيش الأمريكي في مواجهة أي مهاجمين.");
        assertTrue(relative.contains("USAMIL>SYROPP 072"), relative.toString());
        // snn-2015-08-07#1218 (i%23==17): bare درب with no pronoun is a coach's work, no aid
        List<String> coach = dyads("كما درب المدرب الكويتي ناشئي الجهراء الكويتي وأولمبي النهضة السعودي.");
        assertTrue(coach.stream().noneMatch(x -> x.endsWith(" 072")), coach.toString());
    }

    @Test
    void disapprovalOfAStatementTargetsItsAuthor() {
        // snn-2015-07-24#1658 (i%23==17): the author after «التي صدرت عن» is the one disapproved of
        List<String> d = dyads("من جانبه، أكد الأزهر الشريف رفضه المطلق للتدخل الإيراني في الشؤون الداخلية لمملكة "
                + "البحرين وعدد من الدول العربية، معربا عن استنكاره الشديد للتصريحات الأخيرة التي صدرت عن المرشد "
                + "الإيراني على خامنئي في عيد الفطر.");
        assertTrue(d.contains("EGYREL>IRNGOV 111"), d.toString());
        // an actor after عن with no phrase of authorship is not the object
        List<String> none = dyads("أدانت وزارة الخارجية الأمريكية التفجير الإرهابي الذي استهدف مسجداً في منطقة عسير "
                + "بعد يوم من حديث عن السعودية.");
        assertTrue(none.stream().noneMatch(x -> x.endsWith(" 111")), none.toString());
    }

    @Test
    void aRelativeClauseOnAnActOfViolenceNamesItsAgentOrItsVictim() {
        // slices i%23 in {10, 11}: the actor after «الذي / التي + verb» on an act is its agent only when the verb does
        // the act (شنها، نفذه); an undergoing verb (تعرضت لها) or one with no pronoun for the act (استهدفت) names the
        // one the act befell
        List<String> d = dyads("وجدد في الوقت ذاته إدانة بلاده الهجمات الإرهابية الأخيرة التي تعرضت لها المملكة العربية "
                + "السعودية والكويت والبحرين.");
        for (String victim : List.of("SAU", "KWT", "BHR")) {
            assertTrue(d.stream().anyMatch(x -> x.endsWith(">" + victim + " 18")), d.toString());
            assertFalse(d.stream().anyMatch(x -> x.startsWith(victim + ">")), d.toString());
        }
        d = dyads("ولا تشير الوكالة إلى الغارات التي استهدفت تنظيم داعش .");
        assertTrue(d.stream().anyMatch(x -> x.endsWith(">IMGREB 195")), d.toString());
        assertFalse(d.stream().anyMatch(x -> x.startsWith("IMGREB>")), d.toString());
        // a qualifier past the relative pronoun is the clause's own word (الإرهابي of داعش), not the act's
        d = dyads("وقال الممثل الخاص للأمين العام للأمم المتحدة في العراق يان كوبيش إنه ومنذ الهجمات التي شنها تنظيم داعش "
                + "الإرهابي الصيف الماضي ، أضحى العراق يعيش في مرحلة صعبة.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("IMGREB>") && x.endsWith(" 19")), d.toString());
        assertFalse(d.stream().anyMatch(x -> x.contains(">IMGREB")), d.toString());
        // a verb of doing with the act's pronoun past the masdar's genitive names the agent
        d = dyads("وتتواصل غارات الطائرات بدون طيار التي تشنها الولايات المتحدة منذ سنوات في اليمن.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("USA>") && x.endsWith(" 195")), d.toString());
        // not a verb of doing followed by its pronoun after a preposition: the army confronts the attacks
        d = dyads("في مصر، لوحظ أنه إضافة إلى الهجمات الإرهابية في سيناء التي يتصدى لها الجيش المصري، هناك تحركات إرهابية.");
        assertFalse(d.stream().anyMatch(x -> x.endsWith(">EGYMIL 18")), d.toString());
    }

    @Test
    void theOnesAStateArrestsAreItsCiviliansNotItself() {
        // snn-2015-08-11#923 (the blind judgement of slice i%23==22, item 3): the police arrested a citizen, not itself
        List<String> d = dyads("ألقت شرطة محافظة الطائف القبض على مواطن أقدم على قتل شقيقه بآلة حادة.");
        assertTrue(d.contains("SAUCOP>SAUCVL 173"), d.toString());
        assertFalse(d.contains("SAUCOP>SAUCOP 173"), d.toString());
        // snn-2015-07-26#358 (item 17): the ministry arrested two citizens
        d = dyads("أعلنت وزارة الداخلية البحرينية أمس السبت عن إحباط قواتها الأمنية محاولة لتهريب متفجرات شديدة الخطورة "
                + "وأسلحة آلية وذخائر إلى داخل البلاد عبر البحر وإنها اعتقلت مواطنين اثنين مشتبها بهما.");
        assertTrue(d.contains("BHRGOV>BHRCVL 173"), d.toString());
        assertFalse(d.contains("BHRGOV>BHRGOV 173"), d.toString());
        // snn-2015-08-06#1494: the citizens arrested in a place the sentence names are of its country, not the agent's
        d = dyads("من جهة أخرى شنت قوات الاحتلال فجر أمس حملة دهم واعتقال واسعة النطاق طالت 22 فلسطينيا في العديد من "
                + "مناطق الضفة الغربية، وذكر نادي الأسير في بيان له أن سلطات الاحتلال اعتقلت ستة مواطنين من مخيم عايدة في "
                + "بيت لحم.");
        assertTrue(d.contains("ISRGOV>PSECVL 173"), d.toString());
        assertFalse(d.contains("ISRGOV>ISRGOV 173"), d.toString());
        // the target is the words of the people arrested
        Event arrest = events("ألقت شرطة محافظة الطائف القبض على مواطن أقدم على قتل شقيقه بآلة حادة.").stream()
                .filter(e -> e.cameoCode().equals("173")).findFirst().orElseThrow();
        assertEquals(new Span(34, 39), arrest.target().span());
    }

    @Test
    void theBodyASubjectBelongsToIsNotTheTargetOfItsAct() {
        // snn-2015-07-21#137 (the blind judgement of slice i%23==22, item 66): the Shabaab, al-Qaeda's affiliate, killed
        // students; al-Qaeda was not fought
        List<String> d = dyads("وتعرضت كينيا لسلسلة من الهجمات نفذتها «حركة الشباب» المتشددة خلال الأشهر الماضية. ففي أبريل "
                + "(نيسان) الماضي قتل ناشطو الحركة التابعة لتنظيم القاعدة، 148 شخصا في جامعة غاريسا غالبيتهم من الطلاب.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(">IMGREB 19")), d.toString());
        assertTrue(d.contains("SOMREB>null 19"), d.toString());
        // snn-2015-07-24#361: the resistance loyal to Hadi took the building back; it did not fight Hadi
        d = dyads("استعادت قوات المقاومة الشعبية الموالية للرئيس اليمني عبد ربه منصور هادي، السيطرة على مبنى المحافظة.");
        assertTrue(d.stream().noneMatch(x -> x.contains(">YEMGOV")), d.toString());
        // after the object the same word names the owner of what is struck, who stays the target
        d = dyads("وشنت الطائرات غارات على مواقع تابعة لتنظيم داعش في سوريا.");
        assertTrue(d.contains("null>IMGREB 195"), d.toString());
        // snn-2015-08-01#126: words after the subject that are not its own phrase of من are the object's
        d = dyads("وتحولت مناطق محافظة حلب، إلى مناطق طيران عسكري لطائرات التحالف، بالتزامن مع عمليات عسكرية نفذتها القوات "
                + "التركية ضد أهداف تابعة لتنظيم داعش، حيث نفذت طائرات التحالف ضربات ضد التنظيم في ريف حلب الشرقي.");
        assertTrue(d.contains("TURMIL>IMGREB 19"), d.toString());
    }

    /** Every event of {@code text} with its modality, or "negated" (unlike {@link #modalities}, negated ones too). */
    private static List<String> modalitiesWithNegated(String text) {
        Article a = new Article("t", null, "test", LocalDate.of(2015, 7, 20), null, text);
        return pipeline.code(a).events().stream().map(e -> dyad(e) + " " + (e.negated() ? "negated" : e.modality())).toList();
    }

    @Test
    void anActNeededOrPossibleIsNoActDone() {
        // session 14's blind judgement (eval/judgments/s14-blind-slice22.tsv item 44, SaudiNewsNet 2015-08-09): the
        // Italian minister's country sees a need for great powers to take part in talks; nobody negotiated
        List<String> m = modalities("وقال \"إن بلاده ترى ضرورة مشاركة دول كبرى في المفاوضات، مثل المملكة وروسيا والولايات المتحدة\".");
        assertTrue(m.stream().anyMatch(x -> x.contains(" 046 ")), m.toString());
        assertTrue(m.stream().allMatch(x -> x.endsWith(" hypothetical")), m.toString());
        // item 23 (2015-07-21): the possibility of cooperating with Assad; the مع is the cooperation's, not the talking's
        m = modalities("وأعاد بوتين إلى الأذهان أن الأمم المتحدة تحدثت مؤخرا عن احتمالات التعاون مع الرئيس الأسد في مكافحة "
                + "«داعش» والجماعات الإرهابية الأخرى في المنطقة.");
        assertTrue(m.stream().anyMatch(x -> x.startsWith("IGOUNO>SYRGOV 04")), m.toString());
        assertTrue(m.stream().allMatch(x -> x.endsWith(" hypothetical")), m.toString());
        // slice i%29==3: Hamas could have killed the chief of staff and chose not to
        m = modalities("قالت صحيفة \"يديعوت أحرونوت\" انه كان بإمكان حماس اغتيال رئيس أركان الجيش الاسرائيلي السابق \"بيني غانتس\" "
                + "وقادة عسكريين قرب القطاع خلال الحرب الاخيرة على القطاع، ولكنها فضلت عدم القيام بذلك.");
        assertTrue(m.stream().anyMatch(x -> x.contains(" 186 ")), m.toString());
        assertTrue(m.stream().allMatch(x -> x.endsWith(" hypothetical")), m.toString());
        // slice i%29==7: an agreement that must be reached has not been
        m = modalities("ويتناقض ما نشرته الصحيفة حول تفضيل ألمانيا للقرض المؤقت مع رأي رئيس الوزراء اليوناني أليكسيس تسيبراس "
                + "والرئيس الفرنسي فرانسوا أولوند الذي قال أمس الخميس إنه يتعين التوصل إلى اتفاق بشأن حزمة إنقاذ مالي جديدة لليونان.");
        assertTrue(m.stream().anyMatch(x -> x.startsWith("FRAGOV>GRC 05")), m.toString());
        assertTrue(m.stream().allMatch(x -> x.endsWith(" hypothetical")), m.toString());
        // an act after a demonstrative was told before: the sabotage the bystanders must not watch stays (slice i%29==6)
        m = modalities("إن ما تقوم به إيران من نشر للإرهاب في المنطقة يستدعي وقفة من جانب تلك الدول التي مدت لها يد السلام، ومن "
                + "جانب المجتمع الدولي الذي لا يجب أن يقف موقف المتفرج على هذا التخريب الإيراني المتعمد وإشاعة الفوضى والإرهاب "
                + "في المنطقة والخليج العربي.");
        assertTrue(m.stream().anyMatch(x -> x.startsWith("IRN>") && x.endsWith(" asserted")), m.toString());
        // with its preposition glued on (slice i%29==13): the terrorist acts to be confronted were told before
        m = modalities("وطالب الأمين العام للمركز العربي الأوروبي لحقوق الإنسان والقانون الدولي بمملكة النرويج في أوسلو الدكتور "
                + "إيهان جاف، بضرورة التصدي بحزم لتلك الأعمال الإرهابية وفقاً لميثاق الأمم المتحدة.");
        assertTrue(m.stream().anyMatch(x -> x.contains(" 18 ") && x.endsWith(" asserted")), m.toString());
        // and so does an act six words after the need, in what the needed act is about (slice i%29==8)
        m = modalities("وشددت دينا قعوار مندوبة الأردن لدى مجلس الأمن على ضرورة التعامل بشكل فعال مع قضية استخدام السلاح الكيماوي "
                + "في سوريا باعتباره يشكل تحديا للمجتمع الدولي.");
        assertTrue(m.stream().anyMatch(x -> x.contains(" 2041 ") && x.endsWith(" asserted")), m.toString());
    }

    @Test
    void anActFoiledDidNotHappen() {
        // slice i%29==3: the Kurdish forces foiled two suicide bombings (modifiers.tsv negation-verb: أحبط، إحباط)
        List<String> m = modalitiesWithNegated("إلى ذلك، أفادت وكالة «آرا نيوز» التي تهتم بشؤون الأكراد، بأن «القوات المشتركة "
                + "الكردية حققت ليل الجمعة وصباح السبت تقدما جديدا جنوب مدينة عين العرب (كوباني) بمحافظة حلب شمال سوريا، فيما "
                + "أحبطت تفجيرين انتحاريين في مدينة تل أبيض بمحافظة الرقة شمال شرقي سوريا».");
        assertTrue(m.stream().anyMatch(x -> x.contains(" 1831 ")), m.toString());
        assertTrue(m.stream().filter(x -> x.contains(" 1831 ")).allMatch(x -> x.endsWith(" negated")), m.toString());
        // slice i%29==4: news of a terrorist operation foiled
        m = modalitiesWithNegated("أكد المتحدث الأمني لوزارة الدخلية عدم تعرض أي مقر آخر لقوات الطوارئ الخاصة لمحاولة تفجير إرهابي، "
                + "وذلك عقب تداول أنباء عن إحباط عملية إرهابية في مقر قوات الطوارئ بالرياض.");
        assertTrue(m.stream().anyMatch(x -> x.contains(" 18 ")), m.toString());
        assertTrue(m.stream().allMatch(x -> x.endsWith(" negated")), m.toString());
    }

    @Test
    void anActWantedIsNotAnActDone() {
        // session 14's blind judgement (item 72, SaudiNewsNet 2015-07-25): the families took up arms to prevent the
        // arrest Hezbollah's men wanted to make (modifiers.tsv intent: أرادوا, as يريد)
        List<String> m = modalities("وقالت مصادر قيادية داخل الحزب، تعارض تورط عناصره في سورية، إن أهالي بعض العسكريين الذين فروا "
                + "من جبهات القتال في الزبداني خلال الفترة الماضية حملوا السلاح لمنع عناصر الحزب الذين أرادوا اعتقال أبنائهم.");
        assertTrue(m.stream().anyMatch(x -> x.contains(" 173 ")), m.toString());
        assertTrue(m.stream().filter(x -> x.contains(" 173 ")).allMatch(x -> x.endsWith(" intended")), m.toString());
        // a relative clause of people (الذين) is no clause of the act before it: the warnings were eased, whoever wants
        // to travel (slice i%29==7; clause-breaks.tsv relative-people)
        m = modalities("ومن الجانب البريطاني، خفّفت لندن السبت تحذيراتها للرعايا البريطانيين الذين يريدون السفر إلى إيران، بعد أكثر "
                + "من أسبوع على توقيع الاتفاق النووي بين طهران والقوى العظمى.");
        assertTrue(m.stream().anyMatch(x -> x.startsWith("GBR>GBRCVL 13") && x.endsWith(" asserted")), m.toString());
        // «بمحض إرادتهما» (of their own free will) is no «أرادت» with a pronoun (slice i%29==3)
        m = modalities("في بادرة غير مستغربة على الشعب السعودي النبيل، بادر أب وأم قتيل بمحافظة الطائف إلى تسجيل تنازلهما شرعاً "
                + "وبمحض إرادتهما عن قاتل ابنهما لوجه الله تعالى.");
        assertTrue(m.stream().anyMatch(x -> x.contains(" 19 ") && x.endsWith(" asserted")), m.toString());
    }

    @Test
    void theActANeededStanceIsAboutWasDone() {
        // events36's one wrong on its unseen check (quoted in QUALITY.md): only the stance is needed; the attacks it is
        // taken towards (إزاء, modifiers.tsv topic) were made
        List<String> m = modalities("ينبغي على المسؤولين الأمريكيين أن يتخذوا موقفا أقوى بكثير إزاء هجمات أردوغان على الأكراد.");
        assertTrue(m.stream().anyMatch(x -> x.contains(" 19 ")), m.toString());
        assertTrue(m.stream().filter(x -> x.contains(" 19 ")).allMatch(x -> x.endsWith(" asserted")), m.toString());
    }

    @Test
    void anActAwaitedIsNoActDone() {
        // the adjective of a coming visit stands after the visitor's name and title (slice i%29==20, snn-2015-08-09):
        // the visit is to come; the talks Mohammed bin Salman held are done (modifiers.tsv future-adjective, read
        // across the masdar's phrase)
        List<String> m = modalities("أكد مصدر دبلوماسي سعودي لـ«الشرق الأوسط» أن زيارة عادل الجبير وزير الخارجية السعودي "
                + "المرتقبة إلى موسكو بعد غد سوف تستكمل المباحثات التي أجراها الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع "
                + "السعودي مع المسؤولين الروس.");
        assertTrue(m.contains("SAUGOV>RUS 036 intended"), m.toString());
        assertTrue(m.contains("SAUGOV>RUSGOV 04 asserted"), m.toString());
        // «من المرتقب أن» (modifiers.tsv intent): the delegation is expected, it has not arrived (slice i%29==10)
        m = modalities("ومن المرتقب أن يصل إلى موسكو وفد من الائتلاف الوطني السوري المعارض برئاسة خالد خوجة لاستئناف "
                + "المشاورات.");
        assertTrue(!m.isEmpty() && m.stream().allMatch(x -> x.endsWith("036 intended")), m.toString());
    }

    private static List<String> modalitiesOn(String text, LocalDate published) {
        return events(text, published).stream().map(e -> dyad(e) + " " + e.modality()).toList();
    }

    @Test
    void anActNamedWithAComingTimeIsStillToCome() {
        // a present verb with «الأسبوع المقبل» or «غداً» in its own clause (events40's "Noticed and left" (a); slices
        // i%31 1 and 18): the time stage names the time as coming (TimeExpression.coming), so the act is intended
        List<String> m = modalitiesOn("وبدوره، يزور وزير الخارجية الفرنسي لوران فابيوس إيران الأسبوع المقبل، ويلتقي "
                + "الرئيس حسن روحاني.", LocalDate.of(2015, 7, 24));
        assertTrue(m.contains("FRAGOV>IRN 036 intended"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.contains(" 042 ") || x.contains(" 043 ")), m.toString());
        m = modalitiesOn("يستضيف الهلال الأحمر المصري غداً السبت الاجتماع التشاوري الذي ينظمه الاتحاد الدولي لجمعيات "
                + "الهلال والصليب الأحمر لمنطقة الشرق الأوسط وشمال أفريقيا ببيروت، حول ظاهرة الهجرة عبر البحر الأبيض "
                + "المتوسط، وتستمر الاجتماعات حتى يوم الأحد المقبل.", LocalDate.of(2015, 7, 31));
        assertTrue(!m.isEmpty() && m.stream().allMatch(x -> x.endsWith("036 intended")), m.toString());
        // a present verb in a relative clause tells what holds of its antecedent now, whatever the main clause's
        // time: the West backs the opposition (slice i%31 0, snn-2015-08-09#230)
        m = modalitiesOn("وفي دلالة أخرى على حدوث تحول ذكرت وسائل إعلام روسية ومصدر في موسكو أن من المقرر أن يقوم "
                + "ممثلون عن المعارضة السورية الرئيسية التي يدعمها الغرب، التي طالما تشككت في روسيا بسبب مساندتها الأسد "
                + "بزيارة العاصمة الروسية الأسبوع المقبل للقاء مسؤولين من بينهم وزير الخارجية سيرجي لافروف.",
                LocalDate.of(2015, 8, 9));
        assertTrue(m.contains("WST>SYROPP 051 asserted"), m.toString());
    }

    @Test
    void aVisitAnnouncedBeforeIsStillToCome() {
        // session 15's blind judgement (eval/judgments/s15-blind-slice28.tsv item 32, snn-2015-08-08#1137): «وتأتي
        // زيارة الجبير إلى موسكو» is the visit the lead announced («سيزور موسكو يوم الثلاثاء المقبل»), not one made
        List<String> m = modalitiesOn("أفاد مصدر في وزارة الخارجية الروسية بأن وزير خارجية المملكة عادل الجبير سيزور "
                + "موسكو يوم الثلاثاء المقبل.\nوأضاف المصدر، الذي لم يتم تسميته، أنه من المقرر أن يجري الجبير خلال "
                + "زيارته تبادلا للآراء مع كبار المسؤولين الروس حول دائرة واسعة من مسائل الأجندة الدولية والثنائية، بحسب "
                + "وكالة سبوتنيك الروسية.\nوتأتي زيارة الجبير إلى موسكو في إطار التحضيرات لزيارة العاهل السعودي الملك "
                + "سلمان بن عبد العزيز إلى روسيا بدعوة من الرئيس الروسي فلاديمير بوتين في الخريف المقبل.",
                LocalDate.of(2015, 8, 8));
        assertTrue(m.contains("SAUGOV>RUS 036 intended"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.contains(" 042 ") || x.contains(" 043 ")), m.toString());
        // item 62 (snn-2015-08-01#907): «وذكرت أن لافروف يزور قطر» after the visit of the 2nd and 3rd of August
        // announced the day before
        m = modalitiesOn("قالت وزارة الخارجية الروسية اليوم السبت إن وزير الخارجية الروسي سيرجي لافروف سيعقد اجتماعا "
                + "ثلاثيا مع نظيريه الأمريكي جون كيري والسعودي عادل الجبير خلال زيارة عمل لقطر يومي الثاني والثالث من "
                + "أغسطس آب.\nوأضافت أن لافروف سيعقد اجتماعات أيضا مع أمير قطر الشيخ تميم بن حمد آل ثاني ووزير الخارجية "
                + "القطري خالد العطية.\nوذكرت أن لافروف يزور قطر لمناقشة التحركات من أجل السلام في سوريا واليمن وليبيا.",
                LocalDate.of(2015, 8, 1));
        assertTrue(m.contains("RUSGOV>QAT 036 intended"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.contains(" 042 ") || x.contains(" 043 ")), m.toString());
        // a meeting announced for today is under way: the visit named after it is the one going on (slice i%31 3,
        // snn-2015-07-21#96)
        m = modalitiesOn("سعى وزير الدفاع الأميركي آشتون كارتر خلال زيارة إلى إسرائيل أمس إلى طمأنة الأخيرة من تبعات "
                + "الاتفاق النووي مع إيران.\n وسيلتقي كارتر بنتنياهو اليوم قبل أن يتوجه إلى الأردن والسعودية. وكان كارتر أعلنه بوضوح قبل "
                + "أن يصل إلى إسرائيل: «لن أسعى لتغيير رأي أحد في إسرائيل. ليس هذا هو الهدف من زيارتي».",
                LocalDate.of(2015, 7, 21));
        assertTrue(m.contains("USAGOV>ISR 042 asserted"), m.toString());
    }

    @Test
    void aMeetingNamedAgainAfterItsComingDateIsStillToCome() {
        // session 20's blind judgement (eval/judgments/s20-blind-slice46.tsv items 6, 8, 14, 17, 32, 37, 40, 41, 44,
        // 54, 57; snn-2015-07-31#523, sentences 6 and 7 as the judgement quotes them): «الاجتماع» is the meeting of
        // «يوم الأربعاء المقبل» named in the sentence before, not one held
        List<String> m = modalitiesOn("ويبحث الفلسطينيون والعرب مسألة التوجه إلى مجلس الأمن، يوم الأربعاء المقبل في "
                + "القاهرة أثناء عقد اجتماع للجنة متابعة مبادرة السلام العربية. ويحضر الرئيس الفلسطيني، محمود عباس، "
                + "شخصيا، الاجتماع الذي يضم فلسطين، والأردن، والبحرين.", LocalDate.of(2015, 7, 31));
        assertTrue(m.contains("PSE>JOR 036 intended") && m.contains("BHR>PSE 036 intended"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.contains(" 04 ")), m.toString());
        // the joint meeting of «27 أغسطس المقبل» named again (slice i%47 14, snn-2015-08-10#1463, sentences 4 and 5)
        m = modalitiesOn("وأعلن السفير أحمد بن حلي نائب الأمين العام لجامعة الدول العربية، أنه تقرر عقد الاجتماع المشترك "
                + "لوزراء الخارجية والدفاع العرب، في 27 أغسطس المقبل، في مقر الأمانة العامة، وذلك لإقرار مشروع البروتوكول "
                + "الخاص بإنشاء القوة العربية المشتركة، تنفيذا لقرار القمة العربية الأخير في شرم الشيخ في التاسع والعشرين "
                + "من مارس الماضي.\nوأضاف «بن حلي» إنه تم تحديد الموعد الخاص بالاجتماع المشترك في ضوء المشاورات التي جرت "
                + "بين الأمانة العامة للجامعة العربية ومصر «رئاسة القمة الحالية» وعدد من الدول العربية الأعضاء.",
                LocalDate.of(2015, 8, 10));
        assertTrue(m.contains("IGOARL>EGY 036 intended"), m.toString());
        // control: «المحادثات» the sentence before does not name (it names tomorrow's flag raising) were held
        // (slice i%47 9, snn-2015-07-21#103)
        m = modalitiesOn("يستعد قسم رعاية المصالح الكوبية بسفارة سويسرا في العاصمة الأميركية واشنطن لرفع العلم الكوبي "
                + "غدا الاثنين، للمرة الأولى منذ أكثر من نصف قرن، وذلك بعد استئناف الولايات المتحدة وكوبا علاقاتهما "
                + "الثنائية.\nومن المقرر أن يزور وزير خارجية كوبا برونو رودريغيز واشنطن لحضور المراسم التي ستقام في قسم "
                + "رعاية المصالح الكوبية بالسفارة السويسرية، بينما ستقود الفريق الأميركي في المراسم روبيرتا جاكوبسون "
                + "مساعدة وزير الخارجية، التي قادت المحادثات بين أميركا وكوبا.", LocalDate.of(2015, 7, 21));
        assertTrue(m.contains("USA>CUB 04 asserted"), m.toString());
    }

    @Test
    void anActPreparedWithTheSubjectBeforeItsLamIsStillToCome() {
        // session 20's blind judgement (eval/judgments/s20-blind-slice46.tsv item 61, snn-2015-08-02#122, as quoted):
        // «تستعد» with its subject between it and «لتوقيع»: the agreement is still to be signed
        List<String> m = modalitiesOn("تستعد الحكومة الأردنية لتوقيع اتفاقية جديدة مع إدارة صندوق النقد الدولي.",
                LocalDate.of(2015, 8, 2));
        assertTrue(m.contains("JORGOV>IGOIMF 032 intended"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.contains(" 057 ")), m.toString());
        // protests prepared by activists (slice i%47 41, snn-2015-08-02#164)
        m = modalitiesOn("وفي السياق نفسه يستعد نشطاء آخرون لتنظيم مظاهرات يوم الجمعة المقبل في بغداد التي كانت قد شهدت "
                + "الأربعاء الماضي أغرب مظاهرة في تاريخها.", LocalDate.of(2015, 8, 2));
        assertTrue(m.stream().anyMatch(x -> x.endsWith(">IRQ 141 intended")), m.toString());
        // control: a verb of preparing in a relative clause on the day, the killing after it was done (slice i%47 41,
        // snn-2015-07-23#377)
        m = modalitiesOn("الشاب السعودي عبد الله فهد الرشيد وفي اليوم الذي يستعد الناس فيه لتوديع رمضان واستقبال عيد الفطر "
                + "المبارك يقتل خاله ثم يسرق سيارته ويلبس حزاما ناسفا ويتوجه للحائر بمدينة الرياض.", LocalDate.of(2015, 7, 23));
        assertTrue(m.stream().anyMatch(x -> x.contains(" 19 asserted")), m.toString());
    }

    @Test
    void aVisitOnWhoseEveTheClauseStandsIsStillToCome() {
        // session 25's blind judgement (items 57/58: a visit not yet made coded as made); sentences of our own making.
        // «عشية» (the eve of) a visit: the visit is to come, an intent (036), no visit made or hosted
        List<String> m = modalities("وقال وزير الخارجية الفرنسي أمس عشية زيارة الرئيس الروسي إلى باريس إن العلاقات بين "
                + "البلدين متينة.");
        assertTrue(m.stream().anyMatch(x -> x.endsWith("036 intended")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.contains(" 042 ") || x.contains(" 043 ")), m.toString());
        // control: after «بعد» the visit was made
        m = modalities("وقال وزير الخارجية الفرنسي أمس بعد زيارة الرئيس الروسي إلى باريس إن العلاقات بين البلدين متينة.");
        assertTrue(m.stream().anyMatch(x -> x.contains(" 042 asserted")), m.toString());
    }

    @Test
    void aVisitAfterQablInAClauseToldOfTodayIsStillToCome() {
        // session 25's blind judgement of slice 72, items 57/58 (snn-2015-08-07#323, its first two sentences): a
        // statement made today before a visit («اليوم الجمعة قبل زيارتها للصين»): the visit is to come, an intent (036)
        String opening = "تعتزم ألمانيا زيادة التبادل الطلابي مع الصين وتعزيز التعاون معها في مجالات علمية مختلفة. ";
        String quote = ": \"معسكرات تعليم اللغة والمسابقات اللغوية وبرامج المنح الدراسية لتدريب المعلمين الألمان والتعاون في "
                + "التعليم المهني - كل هذا جزء من لوحة متنوعة من المشروعات التعاونية مع الجانب الصيني\".";
        List<String> m = modalitiesOn(opening + "وقالت رئيسة مؤتمر وزراء التعليم الألمان على المستوى الاتحادي والولايات، "
                + "برونهيلد كورت، اليوم الجمعة قبل زيارتها للصين" + quote, LocalDate.of(2015, 8, 7));
        assertTrue(m.stream().anyMatch(x -> x.startsWith("DEU>CHN 036 intended")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.contains(" 042 ") || x.contains(" 043 ")), m.toString());
        // control: without a word of today قبل tells what came before a visit made (as «وقبل زيارتها إلى طهران، كتبت
        // موغيريني», snn-2015-07-31#363)
        m = modalitiesOn(opening + "وقالت رئيسة مؤتمر وزراء التعليم الألمان على المستوى الاتحادي والولايات، "
                + "برونهيلد كورت، قبل زيارتها للصين" + quote, LocalDate.of(2015, 8, 7));
        assertTrue(m.stream().anyMatch(x -> x.startsWith("DEU>CHN 042 asserted")), m.toString());
    }

    @Test
    void anActListedAmongAPlansContentsIsProvidedForNotDone() {
        // session 25's blind judgement of slice 72, items 41/42 (snn-2015-08-06#183, sentence 13 as written, with a
        // sentence of our own before it): joint exercises a plan includes were coded as military cooperation done (062)
        String plan = "تشتمل هذه الخطة بحسب كيري على «نظام دفاع صاروخي مضاد للصواريخ الباليستية وتدريبات عسكرية مشتركة "
                + "وتبادل للتعاون الاستخباراتي وتسريع لعمليات تسليم الأسلحة التي اتفق عليها سابقًا مع الدول الخليجية».";
        List<String> m = modalities("وقال كيري إن الولايات المتحدة ودول مجلس التعاون الخليجي اتفقت على خطة. " + plan);
        assertTrue(m.stream().noneMatch(x -> x.contains(" 062 ")), m.toString());
        // control: exercises held are military cooperation done
        m = modalities("وقال كيري إن الولايات المتحدة ودول مجلس التعاون الخليجي اتفقت على خطة. وأجرت القوات الأمريكية "
                + "تدريبات عسكرية مشتركة مع الدول الخليجية.");
        assertTrue(m.stream().anyMatch(x -> x.contains(" 062 asserted")), m.toString());
    }

    @Test
    void aLaterItemOfWhatATextStipulatesIsStillToCome() {
        // snn-2015-08-02#373 (tuning set), its opening as written: in «والذي ينص على وقف تدفق المقاتلين الإرهابيين الأجانب،
        // وقطع الموارد المالية أو تمويل التنظيم» the second item of what the Brussels conference lays down was coded as
        // Turkey cutting ISIS's funding (162 asserted); Turkey hesitates to agree to it
        List<String> m = modalitiesOn(
                "حال قيام تنظيم داعش بغزو كوباني تأكد فيما لا يدع مجالاً للشك بوجود خيط تركي يحرّك ذلك التنظيم الإرهابي، " +
                "حيث تسعى الحكومة التركية لدعم وتشجيع كل من يتحرك ضد الأكراد في العراق وسورية، بل وتسهيل مرور المنضمين " +
                "إلى صفوفها عبر الحدود وإمداد «داعش» بالأسلحة، بعد ظهور تأكيدات بوجود اجتماعات عند الحدود بين جنود أتراك " +
                "وهذا التنظيم، وبالتحديد في منطقة تل أبيض المعبر الرئيس بين تركيا والتنظيم الإرهابي في الرقة. \nوليس سراً " +
                "امتناع تركيا عن أي محاولة لوقف أنشطة داعش لأكثر من عامين!.. وترددها بالموافقة على بنود مؤتمر بروكسل " +
                "للتحالف ضده، والمنعقد في 3 ديسمبر 2014م بغية إضعاف التنظيم والقضاء عليه، والذي ينص على وقف تدفق " +
                "المقاتلين الإرهابيين الأجانب، وقطع الموارد المالية أو تمويل التنظيم، ومعالجة الاحتياجات فيما يخص الإغاثة " +
                "الإنسانية والأزمات المرتبطة بالوضع. \nولا شك أن هناك أهدافاً سياسية لتحالف تركيا مع التنظيم الداعشي، " +
                "واستخدامه في الهيمنة على سورية لإضعاف بشار الأسد والاستفادة من البترول السوري وشرائه بسعر رخيص من جهة، " +
                "ومن ناحية أخرى منع تكرار تجربة الأكراد في العراق، لذا فالحزب الحاكم في تركيا يتمنى بقاء الصراع الدائر " +
                "والحرب الأهلية والاستفادة منها قدر المستطاع. \nالجديد في الأمر هو انقلاب تركيا ضد داعش وتحركها العسكري، " +
                "والقيام بضرب التنظيم والأكراد في الوقت ذاته! ونقض اتفاق الهدنة بين أنقرة ومسلحي حزب العمال الكردستاني " +
                "الذي كان سارياً منذ عام 2013م، بعد اتهام السلطات التركية المسلحين الكرد بمهاجمة القوات الأمنية هناك..", LocalDate.of(2015, 8, 2));
        assertTrue(m.stream().anyMatch(x -> x.contains(" 162 ")), m.toString());
        assertTrue(m.stream().filter(x -> x.contains(" 162 ")).allMatch(x -> x.endsWith(" intended")), m.toString());
        // control (our own sentence): the same act told as done after a comma and و stays done
        m = modalitiesOn("وأعلنت الحكومة التركية وقف تدفق المقاتلين الإرهابيين الأجانب، وقطعت الموارد المالية أو تمويل تنظيم داعش.",
                LocalDate.of(2015, 8, 2));
        assertTrue(m.stream().anyMatch(x -> x.contains(" 162 asserted")), m.toString());
    }

    @Test
    void anInvitationToVisitIsAnIntentToMeet() {
        // session 25's blind judgement (item 20: «دعوة الملك سلمان ... للرئيس فلاديمير بوتين لزيارة الرياض» coded 04):
        // inviting to a visit is no meeting held, it is an intent to meet (036); sentences of our own making
        List<String> m = modalities("ودعا الرئيس المصري العاهل الأردني إلى زيارة القاهرة في أقرب وقت.");
        assertTrue(m.stream().anyMatch(x -> x.contains(" 036 ")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.contains(" 04 ")), m.toString());
        m = modalities("وتسلم الرئيس الروسي دعوة من العاهل السعودي لزيارة الرياض.");
        assertTrue(m.stream().noneMatch(x -> x.contains(" 04 ")), m.toString());
        // control: a meeting held stays a meeting
        m = modalities("والتقى الرئيس المصري العاهل الأردني في القاهرة.");
        assertTrue(m.stream().anyMatch(x -> x.contains(" 04 asserted")), m.toString());
    }

    @Test
    void endingADetentionIsARelease() {
        // session 20's blind judgement (eval/judgments/s20-blind-slice46.tsv item 29, snn-2015-08-06#162, as quoted): the
        // detention masdar under «أنهى» is background, the act told is the release (was SDNGOV>EGY 173); the name
        // between commas is the subject's own, the object follows it (session 21, events77)
        List<String> d = dyads("أنهى الرئيس السوداني، عمر حسن البشير، أزمة احتجاز 101 صياد مصري، بموجب عفو رئاسي.");
        assertTrue(d.contains("SDNGOV>EGY 0841"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 173")), d.toString());
        // control: a detention that goes on is still one (snn-2015-07-21#109, slice i%53 3)
        d = dyads("كما تواصل إيران احتجاز عدد من الأميركيين بداعي الجاسوسية وغيرها من التهم، ومن بينهم مراسل صحيفة "
                + "«واشنطن بوست» جيسون رضايان.");
        assertTrue(d.contains("IRN>null 173"), d.toString());
    }

    @Test
    void theSubjectsOwnNameBetweenCommasIsNoObject() {
        // snn-2015-07-21#118 (slice i%53 12): «بنيامين نتنياهو» between commas is the Israeli prime minister named,
        // the speech after it is the object (was no event; session 21, events77)
        List<String> d = dyads("وصف رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، الخطاب الذي ألقاه الزعيم الإيراني آية الله "
                + "علي خامنئي، بالعدواني، وقال إنه «يثبت أن الاتفاق النووي الذي وقعته بلاده مع القوى العالمية لن يغير "
                + "سياساتها».");
        assertTrue(d.contains("ISRGOV>IRNGOV 111"), d.toString());
        // control: another's name between commas stays the object (snn-2015-08-06#3096, slice i%47 33, as above)
        d = dyads("هاجم نائب رئيس شرطة دبي الفريق ضاحي خلفان، الأمين العام لـ\"حزب الله\" اللبناني حسن نصر الله، واصفاً "
                + "إياه بأنه لا علم له بالسياسة أكثر من \"صاحب بقالة\".");
        assertTrue(d.contains("ARECOP>LBNREB 111"), d.toString());
    }

    @Test
    void anyActIsSupposedNotTold() {
        // session 21's blind judgement (eval/judgments/s21-blind-slice52.tsv item 24, as quoted): «اي غارات» + a future
        // verb: any strikes would harm; none are told
        List<String> m = modalitiesOn("وقال إن اي غارات أمريكية على نظام الأسد ستضر.", LocalDate.of(2015, 8, 3));
        assertTrue(m.stream().anyMatch(x -> x.contains(" 195 hypothetical")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.contains(" asserted")), m.toString());
        // «أي» + a noun of trying + the act (snn-2015-07-23#1141)
        m = modalitiesOn("وذكر بأن كوادر وقوات حرس الحدود قادرة على التصدي لأي محاولة اعتداء من قبل الحوثيين وجاهزة للرد "
                + "عليهم في أي لحظة.", LocalDate.of(2015, 7, 23));
        assertTrue(m.stream().anyMatch(x -> x.contains(" 18 hypothetical")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.contains(" 18 asserted")), m.toString());
        // control: «أي» + the claimant before the act (snn-2015-07-27#1073): the attack happened
        m = modalitiesOn("ولم تتبن أي جهة الهجوم، بينما هدد حزب العمال الكردستاني بقطع الهدنة مع أنقرة إثر الضربات الجوية "
                + "التي شنها الجيش التركي الجمعة والسبت على معسكرات للمتمردين في شمال العراق.", LocalDate.of(2015, 7, 27));
        assertTrue(m.stream().anyMatch(x -> x.startsWith("TURMIL>") && x.contains(" asserted")), m.toString());
    }

    @Test
    void anActPermittedIsStillToCome() {
        // session 21's blind judgement (eval/judgments/s21-blind-slice52.tsv item 37, as quoted, the elided words left
        // out): the permission is told, the strikes are not
        List<String> m = modalitiesOn("سمحت للولايات المتحدة باستخدام القواعد الجوية في شن غارات على تنظيم داعش.",
                LocalDate.of(2015, 7, 25));
        assertTrue(m.stream().anyMatch(x -> x.contains(" 195 intended")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.contains(" 195 asserted")), m.toString());
        // the act right in the بـ-complement (snn-2015-07-26#824)
        m = modalitiesOn("واكد اردوغان الجمعة ان تركيا سمحت للولايات المتحدة بشن غارات جوية على مواقع المتطرفين في سورية "
                + "والعراق من قواعدها بما فيها قاعدة انجرليك.", LocalDate.of(2015, 7, 26));
        assertTrue(m.stream().anyMatch(x -> x.contains(" 195 intended")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.contains(" asserted")), m.toString());
        // control: a verb joined by و after the permission is an act of its own clause, done (snn-2015-07-31#148)
        m = modalitiesOn("ولفترة طويلة شاركت تركيا على استحياء في التحالف الذي تقوده الولايات المتحدة ضد الدولة الإسلامية "
                + "لكنها في الأسبوع الماضي أجرت تغييرا جذريا حين سمحت للتحالف باستخدام قواعدها الجوية وقصفت أهدافا في "
                + "سوريا مرتبطة بالتنظيم المتشدد.", LocalDate.of(2015, 7, 31));
        assertTrue(m.stream().anyMatch(x -> x.contains(" 19") && x.endsWith(" asserted")), m.toString());
    }

    @Test
    void anActAMasdarOfIntendingGovernsIsMeantNotDone() {
        // session 29's blind judgement (eval/judgments/s29-blind-slice96.tsv items 14/15): an announced visit is an intent
        List<String> m = modalitiesOn("من جانبها أعلنت منسقة السياسات الخارجية بالاتحاد الأوروبي، فدريكا موغريني، اعتزامها "
                + "زيارة طهران على المدى القريب.", LocalDate.of(2015, 7, 22));
        assertTrue(m.stream().anyMatch(x -> x.startsWith("IGOEUR>IRN") && x.contains(" 036 intended")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.contains(" 042") || x.contains(" 043")), m.toString());
    }

    @Test
    void anInsertionBetweenCommasDoesNotEndWhatIsPermitted() {
        // session 29's blind judgement (eval/judgments/s29-blind-slice96.tsv item 30): «، ولا سيما ...،» between the
        // بـ-word and the strikes; the permission is told, the strikes are not
        List<String> m = modalitiesOn("واعلن مسؤول عسكري اميركي الخميس ان تركيا سمحت للولايات المتحدة باستخدام العديد من "
                + "القواعد الجوية التركية، ولا سيما قاعدة انجرليك في جنوب البلاد، في شن غارات على تنظيم الدولة الاسلامية.",
                LocalDate.of(2015, 7, 24));
        assertTrue(m.stream().anyMatch(x -> x.contains(" 195 intended")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.contains(" 195 asserted")), m.toString());
    }

    @Test
    void aStateThatAllowsAnotherTheUseOfItsBasesCooperatesMilitarily() {
        // session 30, events142 (snn-2015-08-06#2429): the permission itself is CAMEO 062, granter → the one allowed;
        // the strikes it permits stay intended (events133)
        List<String> m = modalitiesOn("كذلك سمحت تركيا لواشنطن باستخدام قاعدة انجرليك التي تتمتع بموقع استراتيجي خصوصًا "
                + "بسبب قربها من سوريا لشن غارات على هذه المجموعة.", LocalDate.of(2015, 8, 6));
        assertTrue(m.contains("TUR>USA 062 asserted"), m.toString());
        // the masdar with its granter as genitive (snn-2015-07-27#592) and the inflected منح with «حق استخدام»
        m = modalitiesOn("وصف دان دي لوس محرر شؤون الأمن الوطني في مجلة فورين بوليسي سماح أنقرة لأمريكا استخدام قاعدة "
                + "إنكليريك جنوب البلاد، بأنه تحول كبير في سياسة تركيا إزاء داعش.", LocalDate.of(2015, 7, 27));
        assertTrue(m.contains("TUR>USA 062 asserted"), m.toString());
        m = modalitiesOn("بينما تمنح تركيا الأميركيين حق استخدام قاعدة «أنجرليك».", LocalDate.of(2015, 7, 31));
        assertTrue(m.stream().anyMatch(x -> x.startsWith("TUR>USA 062")), m.toString());
        // control: the bare منح after a refusal is the masdar, no grant; the refusal stays (snn-2015-07-27#64)
        m = modalitiesOn("مثلا، السعودية رفضت منح واشنطن حق استخدام أراضيها لضرب أفغانستان عام 2001، في حين أن إيران "
                + "هي التي قبلت.", LocalDate.of(2015, 7, 27));
        assertTrue(m.stream().anyMatch(x -> x.startsWith("SAU>USA 12")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.contains(" 062 asserted")), m.toString());
    }

    @Test
    void aFutureVerbOfForcingTryingOrLaunchingFramesAnActToCome() {
        // session 21's blind judgement (eval/judgments/s21-blind-slice52.tsv item 49, as quoted with its subject): a
        // future «ستضطران» governing the masdar of yielding
        List<String> m = modalitiesOn("وأضاف أن الولايات المتحدة وتركيا ستضطران لتقديم تنازلات ربما تستفيد منها جبهة النصرة.",
                LocalDate.of(2015, 7, 31));
        assertTrue(m.stream().anyMatch(x -> x.startsWith("USA>") && x.endsWith(" intended")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.contains(" 08 asserted")), m.toString());
        // «ستطلق قريبا هجوما» (snn-2015-08-06#494)
        m = modalitiesOn("اعلنت تركيا الاربعاء انها ستطلق قريبا هجوما \"واسع النطاق\" ضد تنظيم داعش في شمال سوريا.",
                LocalDate.of(2015, 8, 6));
        assertTrue(m.stream().anyMatch(x -> x.contains(" 19 intended")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.contains(" 19 asserted")), m.toString());
        // control: the past «أطلقت» tells the offensive launched
        m = modalitiesOn("اعلنت تركيا الاربعاء انها أطلقت هجوما \"واسع النطاق\" ضد تنظيم داعش في شمال سوريا.",
                LocalDate.of(2015, 8, 6));
        assertTrue(m.stream().anyMatch(x -> x.contains(" 19 asserted")), m.toString());
    }

    @Test
    void anActAPurposeMasdarAimsToStartForceCommitOrBlockIsNotTold() {
        // session 21's blind judgement (eval/judgments/s21-blind-slice52.tsv item 61), in a sentence of my own: talks a
        // proposal is a basis «لإطلاق» are still to be launched
        List<String> m = modalitiesOn("وقال الوزير إن المبادرة الفرنسية تصلح أساسا لإطلاق المفاوضات بين الفلسطينيين "
                + "والإسرائيليين.", LocalDate.of(2015, 7, 25));
        assertTrue(m.stream().anyMatch(x -> x.contains(" 046 hypothetical")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.contains(" asserted")), m.toString());
        // the party and a light masdar between (snn-2015-08-04#1000): talks Pakistan presses the Taliban into
        m = modalitiesOn("كما يعارض الكثيرون ما يعتبرونه ضغطا من باكستان لاجبار طالبان على اجراء محادثات سلام مباشرة مع "
                + "الحكومة الافغانية.", LocalDate.of(2015, 8, 4));
        assertTrue(m.stream().anyMatch(x -> x.startsWith("AFGREB>AFGGOV 04") && x.endsWith(" hypothetical")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.contains(" asserted")), m.toString());
        // a verb's bare form after the لـ-word of blocking is its masdar (snn-2015-07-25#312): the lifting is not done
        m = modalitiesOn("وأمام البرلمانيين 60 يوما لإعاقة رفع العقوبات الأمريكية عن إيران وهو ما وعدت واشنطن والدول الكبرى "
                + "القيام به مقابل تنازلات قدمتها إيران.", LocalDate.of(2015, 7, 25));
        assertTrue(m.contains("USA>IRN 085 hypothetical"), m.toString());
        // planned bombings (snn-2015-07-21#70, slice 11)
        m = modalitiesOn("وخططت تلك الخلايا لمحاولة تفجير 7 مساجد في مدينتي الرياض والدمام خلال صلاة يوم الجمعة.",
                LocalDate.of(2015, 7, 21));
        assertTrue(m.stream().anyMatch(x -> x.contains(" 183 hypothetical")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.contains(" asserted")), m.toString());
        // controls: the start told without the لـ of purpose took place; a masdar with its own complement between
        // (snn-2015-08-08#1139: the hostage is held); a verb with its own pronoun after the لـ-word is its own clause
        m = modalitiesOn("وأعلنت الحكومة الأفغانية بدء المفاوضات مع حركة طالبان.", LocalDate.of(2015, 7, 31));
        assertTrue(m.stream().anyMatch(x -> x.contains(" 046 asserted")), m.toString());
        m = modalitiesOn("وأكدت الخارجية المصرية في بيانها على «الجهود المكثفة التي تقوم بها السلطات المعنية المصرية لمحاولة "
                + "التعرف على مكان احتجاز الرهينة» الكرواتي.", LocalDate.of(2015, 8, 8));
        assertTrue(m.stream().anyMatch(x -> x.contains(" 181 asserted")), m.toString());
        m = modalitiesOn("وصرت أشارك في حملات التضامن لإطلاق سراح مناضلين اعتقلهم مناضلون آخرون في سوريا.",
                LocalDate.of(2015, 8, 7));
        assertTrue(m.stream().anyMatch(x -> x.contains(" 173 asserted")), m.toString());
    }

    @Test
    void anActTheSentenceSaysIsUnconfirmedIsReported() {
        // a media report «إلا أن ذلك لم يؤكد رسميا» (snn-2015-08-10#101): a report, not told by the article as done
        List<String> m = modalitiesOn("ونقلت محطة «إن تي في» أنّ شرطيًا أيضًا قتل في الاشتباكات، إلا أن ذلك لم يؤكد رسميا.",
                LocalDate.of(2015, 8, 10));
        assertTrue(m.stream().anyMatch(x -> x.contains(" 19 reported")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.contains(" asserted")), m.toString());
        // session 21's blind judgement (eval/judgments/s21-blind-slice52.tsv item 5), the class in a sentence of my own:
        // a visit reported by papers, «لكن الحركة لم تؤكد ذلك»
        m = modalitiesOn("وذكرت صحف باكستانية أن زعيم حركة طالبان الملا أختر منصور زار إيران الشهر الماضي لكن الحركة لم "
                + "تؤكد ذلك.", LocalDate.of(2015, 8, 10));
        assertTrue(m.contains("AFGREB>IRN 042 reported"), m.toString());
        // control: the same report without the words that it is unconfirmed
        m = modalitiesOn("وذكرت صحف باكستانية أن زعيم حركة طالبان الملا أختر منصور زار إيران الشهر الماضي.",
                LocalDate.of(2015, 8, 10));
        assertTrue(m.contains("AFGREB>IRN 042 asserted"), m.toString());
    }

    @Test
    void aProgrammeOrAMeetingToBeHeldIsStillToCome() {
        // session 16's blind judgement (eval/judgments/s16-blind-slice30.tsv item 46, snn-2015-07-31#1559): the
        // meetings of a visit told on its arrival by a present verb right before «خلالها» are its programme
        List<String> m = modalitiesOn("قالت وكالة الجمهورية الاسلامية الايرانية للانباء ان وزير الخارجية الفرنسي لوران "
                + "فابيوس وصل يوم الاربعاء الى طهران في زيارة لمدة يوم واحد يلتقي خلالها مع الرئيس الايراني حسن روحاني.",
                LocalDate.of(2015, 7, 31));
        assertTrue(m.contains("FRAGOV>IRNGOV 036 intended"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.startsWith("FRAGOV>IRNGOV 04 ")), m.toString());
        // the same with a verb and its masdar (snn-2015-08-08#1202): «يجري خلالها مباحثات»
        m = modalitiesOn("أوضحت مصادر روسية أن وزير الخارجية عادل الجبير سيزور العاصمة الروسية موسكو منتصف الأسبوع الحالي "
                + "يجري خلالها مباحثات مع الرئيس الروسي فلاديمير بوتين في الكرملين.", LocalDate.of(2015, 8, 8));
        assertTrue(m.contains("SAUGOV>RUSGOV 036 intended"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.contains(" 04 asserted")), m.toString());
        // but not in a sentence opened by the past perfect (snn-2015-08-06#1164, a joint statement issued the day
        // before): the talks were held
        m = modalitiesOn("وكان قد وصل الامير محمد بن سلمان ولي ولي العهد وزير الدفاع إلى عمان امس الثلاثاء، في زيارة "
                + "إلى الأردن، يجري خلالها مباحثات مع الملك عبدالله الثاني.", LocalDate.of(2015, 8, 6));
        assertTrue(m.stream().anyMatch(x -> x.endsWith("04 asserted") && x.contains("JOR")), m.toString());
        // item 20 (snn-2015-07-21#30): a present verb with a later «كما سـ» lists the day's programme
        m = modalitiesOn("وتطالب تونس بدعم أكبر من شركائها الأوربيين في حربها ضد الجماعات المسلحة. رئيس الحكومة التونسية "
                + "الحبيب الصيد في بروكسل.\n"
                + "ويلتقي الصيد على هامش الاجتماع رئيس المفوضية الاوروبية جون كلود يونيكر والممثلة السامية للاتحاد "
                + "الأوروبي للشؤون الخارجية والسياسة الأمنية فريدريكا موغيريني، كما سيلتقى وزراء خارجية بريطانيا وفرنسا "
                + "وألمانيا.", LocalDate.of(2015, 7, 21));
        assertTrue(m.contains("TUNGOV>IGOEUR 036 intended"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.startsWith("TUNGOV>IGOEUR 04 ")), m.toString());
        // item 32 (snn-2015-08-04#669): a meeting with its verb of holding in the future after it
        m = modalitiesOn("وقال \"إن اجتماعا ثلاثياً هو الأول في نوعه بين الولايات المتحدة والمملكة العربية السعودية "
                + "وروسيا سيعقد لمناقشة هذا الملف\".", LocalDate.of(2015, 8, 4));
        assertTrue(m.contains("USA>RUS 036 intended"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.contains(" 04 asserted")), m.toString());
        // a coming period without a date (events41's "left" (c), snn-2015-07-25#126)
        m = modalitiesOn("ومن جانب آخر، ينضم وزير الخارجية الإيطالي باولو جنتيلوني إلى الوفود الأوروبية المتوجهة إلى "
                + "طهران في الأسابيع المقبلة لمناقشة تطبيق الاتفاق النووي.", LocalDate.of(2015, 7, 25));
        assertTrue(m.stream().anyMatch(x -> x.startsWith("ITAGOV>") && x.endsWith("intended")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.startsWith("ITAGOV>") && x.endsWith("asserted")), m.toString());
        // a past verb before «خلالها» tells what was done then (snn-2015-08-11#532 style: «حيث التقى»)
        m = modalitiesOn("وأضاف السفير يوسف أن الرئيس السيسي التقى أيضا مع عبدالقادر بن صالح، رئيس مجلس الأمة الجزائري، "
                + "الذي سلم السيسي رسالة خطية من الرئيس الجزائري عبدالعزيز بو تفليقه عبر خلالها عن فخره.",
                LocalDate.of(2015, 8, 8));
        assertTrue(m.stream().anyMatch(x -> x.startsWith("EGYGOV>") && x.endsWith("04 asserted")), m.toString());
    }

    @Test
    void aStatesActNamedByItsNationalityAdjectiveIsDoneByItsForces() {
        // slices i%29 in {8, 9} (snn-2015-08-02#154, snn-2015-07-25#1431): the adjective on an act of war
        // (state-acts.tsv) names the state's forces as its doer, not the bare state
        List<String> invasion = dyads("حين تحضر ذكرى الغزو العراقي للكويت، وهي لا تغيب عن ذاكرة الأجيال، يحضر الأيقونة "
                + "الملك الراحل فهد بن عبد العزيز، رحمه الله، عرّابا للانتصار والتحرير.");
        assertTrue(invasion.contains("IRQMIL>KWT 192"), invasion.toString());
        List<String> raid = dyads("من جهة أخرى، أعلنت وزارة الدفاع الأمريكية أن قياديا كبيرا في تنظيم القاعدة قتل مع "
                + "مسلحين اثنين آخرين في غارة أمريكية استهدفته في أفغانستان.");
        assertTrue(raid.contains("USAMIL>IMGREB 195"), raid.toString());
        // snn-2015-07-31#1191: in a story of sport a nationality is a team, on an attack too («هجوم كوري كاسح», a
        // headline on the race for FIFA's presidency): no army attacks. The article up to the headline, as the story
        // is known to be of sport from three of its sentences
        String fifa = "رأى رئيس اللجنة الاولمبية الدولية الالماني توماس باخ ان انتخاب رئيس جديد للاتحاد الدولي لكرة "
                + "القدم (فيفا) لن ينهي مشاكل السلطة الكروية العليا الغارقة في فضائح الرشاوى والفساد. \nورفض باخ "
                + "التعليق على ترشح رئيس الاتحاد الاوروبي الفرنسي ميشال بلاتيني خلفا للسويسري جوزف بلاتر الذي "
                + "استقال من منصبه وتخلى عن ولايته الخامسة بعد اربعة ايام فقط على انتخابه بسبب فضائح الرشوة "
                + "والفساد والملاحقات القضائية التي طالت مسؤولي وشركاء (فيفا) ان كان من قبل السلطات السويسرية او "
                + "الاميركية. \n \nبلاتيني أضحوكة وغير جدير بالثقة.. وأَعدُ بالقضاء على فساد (الفيفا) \n \nلكن باخ رأى "
                + "ان على جميع المرشحين لهذا المنصب التركيز على مبدأ \"الشفافية\"، مضيفا: \"هذا الامر ينطبق على كل "
                + "مرشح. يجب تطبيق هذا الامر (الشفافية) بشكل خاص لان مشاكل (فيفا) لن تنتهي مع انتخاب رئيس جديد\" في "
                + "الانتخابات المقررة في 26 فبراير 2016. \nوواصل \"يحب ان تحصل الاصلاحلات في هيكلية فيفا، يجب تحسين "
                + "الشفافية، يجب ان نشهد تحويلا في الهيكليات. انتخاب الرئيس لن يكون كافيا لوحده\". \nولم يشأ باخ ان "
                + "يتحدث عن المعركة المتوقعة على رئاسة فيفا، قائلا: \"لا اريد التعليق على انتخاب رئيس اتحاد. ليس من "
                + "شأني الحكم في هذا الموضوع\". \nالعراق يدعم علي بن الحسين.. والاتحاد الآسيوي يصف الرئيس المرشح "
                + "بالفريد \n \n \n \nواعتبر رئيس الاتحاد الاسيوي لكرة القدم الشيخ البحريني سلمان بن ابراهيم ال خليفة "
                + "ان الفرنسي ميشال بلاتيني مرشح فريد من نوعه يمكن ان يجلب الاستقرار\" للمنظمة الدولية. \nوقال: "
                + "\"بالتأكيد نحن تابعنا قرار ميشال بلاتيني بالترشح، وهو بالتأكيد مرشح فريد من نوعه يمكن أن يجلب "
                + "الاستقرار والانتقال السلس إلى الوضع الطبيعي بالاتحاد الدولي، خلال هذا الوضع الصعب\". \n \n \n "
                + "\nمعربا عن دعمه ومساندته للتجديد في الاتحاد الدولي \"بحيث يكون الرئيس الجديد قادرا على توفير "
                + "الاستقرار والقيادة والخبرة والأفكار والتقدير، والأهم من ذلك إعادة كرة القدم إلى المنطمة "
                + "الدولية\". \nوتابع: \"لهذا فإنه من الضروري لقارة آسيا أن تبقى متوحدة قدر الإمكان خلف أفضل مرشح "
                + "لكرة القدم، بغض النظر عن أي مكان يأتي منه\". \nوأوضح رئيس الاتحاد الآسيوي: \"لكن يجب أن نذكر أن "
                + "رئيس الاتحاد الدولي لكرة القدم هو جزء واحد من المنظومة، ولهذا من الضروري إتمام الإصلاحات أيضا، "
                + "الجميع يدرك أهمية التغيير في الاتحاد الدولي، وبالإضافة إلى تغيير الرئيس فإن معظم أجزاء المنظمة "
                + "أيضا وطريقة عملها يجب أن يتم تحديثها أيضا، الاتحاد الدولي لكرة القدم بحاجة لشخص قادر على "
                + "الاستفادة من أفضل أجزاء الماضي، ويقدم أفكارا جديدة، كي ينتقل بالمنظمة نحو المستقبل\". \nمن جهته "
                + "أكد الاتحاد العراقي لكرة القدم دعمه لحملة ترشيح الامير الاردني علي بن الحسين لخوض الانتخابات "
                + "الجديدة لرئاسة الاتحاد الدولي وذكر الناطق الرسمي باسم الاتحاد العراقي كامل زغير ان \"الاتحاد "
                + "العراقي يدعم بقوة ويساند الامير علي بن الحسين في حملة ترشحه وقال: \"هذا الموقف يستند على قناعات "
                + "وثقة مطلقة بقدراته والامير علي يُعد من الشخصيات العربية التي تنادي برفع الحظر المفروض على "
                + "الملاعب العراقية ويعتبره حقا شرعيا وطبيعيا وبذل وما يزال يبذل الكثير من الجهود من اجل استعادة "
                + "استحقاق الكرة العراقية بخوض المباريات على ملاعبنا وله فضل كبير على الكرة العراقية بعد أن فتح "
                + "ابواب الملاعب الأردنية لاحتضان مباريات المنتخبات والأندية وإقامة معسكراتها هناك\". \nودعا زعير "
                + "الاتحادات العربية الى \"وقفة موحدة وجادة وداعمة\" لحملة ترشح الامير علي بن الحسين لمنصب رئيس "
                + "الفيفا. \n \n \n \nهجوم كوري كاسح";
        List<String> sport = dyads(fifa);
        assertTrue(sport.stream().noneMatch(x -> x.startsWith("KORMIL>")), sport.toString());
    }

    @Test
    void aDisapprovalOfAStatesActTargetsTheStatesOrgan() {
        // snn-2015-07-31#333 (i%29==20), snn-2015-08-06#369 (i%29==21): the direct object of a disapproval is a state's
        // act with its nationality adjective (state-acts.tsv); the one condemned is the organ that did it, not the act's
        // own target and not nobody (the base coded no 111 for either)
        List<String> d = dyads("بدورها، أدانت الحكومة العراقية الغارات التركية في شمال العراق ووصفتها بأنها «تصعيد خطير "
                + "واعتداء على السيادة العراقية».");
        assertTrue(d.contains("IRQGOV>TURMIL 111"), d.toString());
        d = dyads("تحفظت قطر على موقف جامعة الدول العربية، التي استنكرت القصف التركي في شمال العراق، مؤكدة دعمها "
                + "«الكامل» لتركيا، وفق بيان لوزارة الخارجية.");
        assertTrue(d.contains("IGOARL>TURMIL 111"), d.toString());
        // after a masdar the act in iḍāfa has its own doer; the one it befalls stays the target (snn-2015-07-26#373)
        d = dyads("صرَّح منسق الشؤون الإنسانية في الأرض الفلسطينية المحتلة، «روبيرت بايبر» أن المجتمع الدولي لا يمكنه أن "
                + "يغض الطرف عن عمليات هدم الاحتلال الإسرائيلي لمباني الفلسطينيين وتهجيرهم من منازلهم ومصادر معيشتهم.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(">ISRMIL 1712")), d.toString());
    }

    @Test
    void criticismUndergoneTargetsTheSubject() {
        // snn-2015-07-26#824 (i%29==4): «تعرض لانتقادات» is criticism the subject suffered (patterns.tsv 111 patient);
        // the base read the attack named between as an armed one on the government (None → TURGOV 19)
        List<String> d = dyads("وكانت الحكومة التركية تعرضت منذ هجوم سوروتش لانتقادات شديدة تأخذ عليها سوء تقديرها "
                + "لحجم خطر التطرف وحتى غض النظر عن انشطة تنظيم داعش على اراضيها التي تشكل جسر عبور للمقاتلين الاجانب "
                + "الى سورية.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(">TURGOV 19")), d.toString());
        // snn-2015-07-26#266 (i%29==26): the companies criticized are not the critics of the EU (base: USABUS → IGOEUR 111)
        d = dyads("وتجادل شركات التكنولوجيا الأمريكية التي تتعرض لانتقادات في أوروبا، بأن الإطار التنظيمي للاتحاد "
                + "الأوروبي يعمل في الواقع ضد إنشاء أبطال رقميين عالميين من خلال إجبارهم على الامتثال لقواعد ولوائح "
                + "بيزنطية في كل من الدول الأعضاء الـ 28.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("USABUS>") && x.endsWith(" 111")), d.toString());
    }

    @Test
    void theAgentNamedAfterMinJanibDidTheAct() {
        // snn-2015-08-04#380 (i%29==21): «من جانب» names the agent of the masdar as «من قبل» does (modifiers.tsv
        // agent-phrase), also when the mention opens with جانب itself; the base left the bombing's agent unidentified
        List<String> d = dyads("وذكر مصدر من قوات المعارضة أن المقاتلة رُصدت في وقت سابق خلال غارة بالمنطقة التي تعرضت "
                + "لقصف جوي عنيف من جانب الجيش السوري في الأيام القليلة الماضية.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("SYRMIL>") && x.contains(" 19")), d.toString());
        // snn-2015-07-25#1191 (i%29==1): an active verb with its own subject keeps it; the phrase belongs to the noun
        // before it («التصريحات العدائية من جانب مسؤولين إيرانيين»)
        d = dyads("وفي وقت سابق اليوم السبت قالت البحرين إنها استدعت سفيرها في طهران للتشاور بعد ما وصفته بتكرار "
                + "التصريحات العدائية من جانب مسؤولين إيرانيين.");
        assertTrue(d.contains("BHR>IRN 161"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("IRNGOV>BHR")), d.toString());
    }

    @Test
    void aNounAfterWalaIsNegated() {
        // session 15's blind judgement (eval/judgments/s15-blind-slice28.tsv item 19, snn-2015-07-21#724): «ولا ضربات
        // إسرائيلية استباقية» — no pre-emptive Israeli strikes; the segmenter leaves و on «ولا» (modifiers.tsv negation)
        List<String> m = modalitiesWithNegated("وقال آرون ديفيد ميلر وهو مفاوض سابق أمريكي لشؤون الشرق الأوسط في إدارات ديمقراطية "
                + "وجمهورية \"إن أوباما حصل على ما أراد: برنامج نووي أصغر وأبطأ يكون مقيدا ومراقبا بشكل أكبر، ولا ضربات "
                + "إسرائيلية استباقية ولا حاجة لضربة أمريكية استباقية\".");
        assertTrue(m.stream().anyMatch(x -> x.contains(" 19 ")), m.toString());
        assertTrue(m.stream().filter(x -> x.contains(" 19 ")).allMatch(x -> x.endsWith(" negated")), m.toString());
        // snn-2015-08-04#108: the cities that see no air strikes of the coalition
        m = modalitiesWithNegated("ومع ازدياد دعاوى المواطنين على الانقلابين في استكمال السنة الدراسية الجارية على أقل تقدير، "
                + "أصدرت وزارة التربية والتعليم اليمنية بصنعاء قرارًا يقضي بعمل امتحانات مكملة للعام الدراسي الجاري، أواخر "
                + "شهر أغسطس (آب) الحالي، في المدن التي لا تشهد نزاعات مسلحة، ولا قصفا جويا من قبل التحالف العربي.");
        assertTrue(m.stream().anyMatch(x -> x.contains(" 195 ")), m.toString());
        assertTrue(m.stream().filter(x -> x.contains(" 195 ")).allMatch(x -> x.endsWith(" negated")), m.toString());
    }

    @Test
    void anActStillGoingOnIsNotNegated() {
        // «لا تزال» / «ما زالوا» (still) are no negation (modifiers.tsv not-negation): the battles go on
        // (snn-2015-07-21#2136, snn-2015-08-06#2172)
        List<String> m = modalitiesWithNegated("كما تقدّمت قوات الأمن في محور شمال غرب الرمادي من جهة ناظم الثرثار، فيما لا تزال "
                + "تخوض معارك شرسة مع داعش.");
        assertTrue(m.stream().anyMatch(x -> x.contains(" 19 ")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.endsWith(" negated")), m.toString());
        m = modalitiesWithNegated("في سياق متصل، أكدت مصادر ميدانية داخل المقاومة الشعبية أن مئات المقاتلين من الثوار والجيش "
                + "الموالي للشرعية ما زالوا يخوضون معارك شرسة مع الحوثيين في عدة مناطق بمحافظة تعز.");
        assertTrue(m.stream().anyMatch(x -> x.contains(">YEMREB 19 ")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.endsWith(" negated")), m.toString());
    }

    @Test
    void anActArrangedOrAuthorisedIsStillToCome() {
        // session 15's blind judgement (eval/judgments/s15-blind-slice28.tsv item 69, snn-2015-08-07#145): a meeting
        // being arranged (modifiers.tsv preparation-object: ترتيب) is an intent to meet, not a meeting held
        List<String> m = modalities("ويتم حاليا ترتيب لقاء بين الائتلاف السوري والمسؤول العسكري الأميركي اللواء مايكل ناغاتا "
                + "المشرف على برنامج تدريب القوى السورية المعتدلة.");
        assertTrue(m.contains("SYROPP>USAMIL 036 intended"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.contains(" 04 ")), m.toString());
        // item 46 (snn-2015-07-22#1116): negotiations given the green light (preparation: الضوء الأخضر + لـ)
        m = modalities("أعطى وزراء مالية منطقة اليورو الخميس الضوء الأخضر لفتح مفاوضات حول خطة مساعدة ثالثة لليونان بعد "
                + "إقرار برلمانها سلسلة أولى من الإصلاحات التي يطالب بها دائنو البلاد.");
        assertTrue(m.stream().anyMatch(x -> x.contains(" 036 intended")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.contains(" 046 ")), m.toString());
        // snn-2015-08-03#107: a coordinating meeting held to prepare (للتحضير) the meeting with Kerry of the day
        m = modalities("في غضون ذلك، عقد وزراء خارجية دول مجلس التعاون مساء أمس في الدوحة اجتماعًا تنسيقيًا للتحضير "
                + "لاجتماع مع كيري اليوم لبحث الاتفاق النووي مع إيران والأزمة السورية.");
        assertTrue(m.contains("IGOGCC>USAGOV 036 intended"), m.toString());
        // arranging a coercive act is orchestrating it: the arrest was made (snn-2015-07-31#568; the guard: an
        // intermediate build without it made the arrest intended)
        m = modalities("منذ أن قام بوتين بترتيب اعتقال ميخائيل كودوركوفسكي في عام 2003 واستولى على إمبراطوريته النفطية.");
        assertTrue(m.stream().anyMatch(x -> x.contains(" 173 asserted")), m.toString());
    }

    @Test
    void aThreatToSecurityIsNoThreatMade() {
        // a threat cue whose object is a state of things endangered (modifiers.tsv endangered; the judged item 5's
        // sentence is in events43's test above). snn-2015-07-22#1450: the extremists fight abroad (an event) and
        // endanger Tunisia (none)
        List<String> d = dyads("فالمتطرفون التونسيون يقاتلون الآن في سورية وليبيا والعراق، ويهددون أمن واستقرار تونس.");
        assertTrue(d.stream().noneMatch(x -> x.contains(" 13")), d.toString());
    }

    @Test
    void aidReceivedFromSomeoneIsTheGiversAct() {
        // snn-2015-08-06#2039 (i%29==9): the one who takes delivery is the target, the one after من the giver (frame
        // received); the base coded nothing here
        List<String> d = dyads("تسلمت مصر أمس خمسة أبراج لدبابات \"أبرامز إم 1 إيه 1\" من الولايات المتحدة الأميركية، حيث تم "
                + "نقلها جوا وتسليمها إلى مصنع الدبابات المصري للإنتاج المشترك المصري - الأميركي بالقاعدة الجوية في شرق القاهرة.");
        assertTrue(d.contains("USA>EGY 072"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("EGY>USA")), d.toString());
        // snn-2015-07-21#50 (i%29==21): the first من («من طراز») names no one; the giver follows
        d = dyads("تسلمت مصر أمس أول ثلاث طائرات مقاتلة من طراز «رافال» من فرنسا، في إطار اتفاقية التعاون العسكري "
                + "المبرمة بين البلدين.");
        assertTrue(d.contains("FRA>EGY 072"), d.toString());
        // snn-2015-07-26#154 (i%29==1): support received
        d = dyads("وجدّد نصر الله التأكيد على أن حزب الله يتلقى الدعم المادي من إيران، «ونحن نفتخر بذلك، وليس لدينا "
                + "أموال نشغلها لا مع هذا التاجر ولا مع تلك المؤسسة».");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("IRN>LBNREB 07")), d.toString());
        // snn-2015-07-31#1688 (i%29==12): the bare تسلم is also تُسلّم "delivers": not read as receiving
        d = dyads("وسوف تسلم الولايات المتحدة أربع طائراتF16- أخرى لمصر هذا الخريف، وبالإضافة إلى ذلك ستواصل الولايات "
                + "المتحدة الدعم للمتابعة والصيانة وتدريب طياري سلاح الجو المصري والطواقم الأرضية.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("EGY>USA")), d.toString());
        // snn-2015-08-06#2315 (i%29==22): a place after في is where they were trained, not who gave it (the first build,
        // which took the direct object too, coded ARE>YEMREB 072)
        d = dyads("وقالت مصادر بالميليشيا إن ألف مقاتل يمني تلقوا تدريبا في السعودية والإمارات وصلوا إلى عدن أمس الاثنين.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 072")), d.toString());
    }

    @Test
    void aPhraseVerbInARelativeClauseTakesItsSubjectAfterIt() {
        // «وهو الحكم الذي عارضته هيئات حقوق الإنسان، والأمم المتحدة» (SaudiNewsNet, 2015-08-01; session 16's blind
        // judgement, item 61): the court's verdict is what was opposed; the court did not oppose the UN
        List<String> d = dyads("أصدرت محكمة ليبية حكم الإعدام رمياً بالرصاص على سيف الإسلام القذافي، وهو الحكم الذي عارضته "
                + "هيئات حقوق الإنسان، والأمم المتحدة، وكلنا نعرف اليوم ملابسات «التثوير الليبي»، إذ تمت خديعة كل العرب، "
                + "وصفقوا لحلف الناتو وهو يقصف ليبيا.");
        assertTrue(d.stream().noneMatch(x -> x.equals("LBYJUD>IGOUNO 12")), d.toString());
        // «الربيع العربي، الذي عارضته واحتشدت ضده أغلب الدول الخليجية» (2015-07-21; item 57): the Gulf states opposed
        // the Arab Spring; the Emirates, the subject in play, did not oppose them
        d = dyads("وأضاف أن الإمارات لم تكن لها مشكلة مع الإخوان أو مع قطر. في حين لم تكن لها مشكلة مع الاثنين، لكن "
                + "مشكلتها الحقيقية كانت مع الربيع العربي، الذي عارضته واحتشدت ضده أغلب الدول الخليجية”.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(">IGOGCC 12")), d.toString());
        // «المقاتلين السوريين الذين سلحتهم ودربتهم الولايات المتحدة» (2015-08-04): the United States after the verb armed
        // the fighters its pronoun repeats
        d = dyads("ويهدف القرار الذي اتخذه الرئيس باراك أوباما والذي قد يعمق الدور الأمريكي في الصراع السوري إلى حماية "
                + "مجموعة وليدة من المقاتلين السوريين الذين سلحتهم ودربتهم الولايات المتحدة لمحاربة تنظيم داعش وليس قوات "
                + "النظام السوري.");
        assertTrue(d.stream().anyMatch(x -> x.equals("USA>SYRREB 072")), d.toString());
    }

    @Test
    void theFirstActorBeforeAnArrestsPronounWasNotTheOneWhoArrested() {
        // «وصفته الأمم المتحدة بأنه ... لكن أعيد اعتقاله» (SaudiNewsNet, 2015-08-06): the pronoun of اعتقال (patterns.tsv
        // genobj) is the one arrested; the UN named before it in its clause arrested no one
        List<String> d = dyads("أيضا، قالت السلطات المصرية إن محمد جمال الكاشف من الموالين لأيمن الظواهري – وصفته الأمم "
                + "المتحدة بأنه رأس خلية مدينة نصر الإرهابية عام 2012 – والشيخ عادل شحاتو (كان مسجونًا قبل الثورة المصرية "
                + "عام 2011، لكن أعيد اعتقاله مع الكاشف في نوفمبر 2012)، الكاشف وشحاتو كانا في «الجهاد الإسلامي» المصري "
                + "تحت قيادة الظواهري.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("IGOUNO>") && x.endsWith(" 173")), d.toString());
        // control: a court in play tries those its trial's pronoun names («رفضت محكمة الجنايات إخلاء سبيل 3 ... في أولى
        // جلسات محاكمتهم», 2015-08-07)
        d = dyads("وكانت النيابة العامة الكويتية قد أحالت المتهمين إلى المحاكمة. إلى ذلك رفضت محكمة الجنايات إخلاء سبيل 3 "
                + "بينهم مغردان وكلهم كويتيون، متهمون بالانتماء إلى «داعش»، وذلك في أولى جلسات محاكمتهم أول من أمس.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("KWTJUD>") && x.endsWith(" 173")), d.toString());
    }

    @Test
    void theNearestActorBeforeAnArrestsPronounDidNotArrest() {
        // snn-2015-08-07#1142 (slice i%37==10): «تم اعتقاله» at the Jordanian crossing; Jordan, nearest before the
        // masdar (patterns.tsv genobj) with its pronoun, is where, not who (base JOR>- 173 by nearest-actor)
        List<String> border = dyads("وأشار غزاي إلى أنه تم اعتقال والده دون أي ذنب يرتكبه، حيث كان لوالده مركبة تريلا كبيرة لنقل "
                + "البضائع، وتعاقد مع شركة إمارتية لنقل البضائع للعراق عن طريق الأردن ، ودخل العراق بطريقة شرعية، وعند "
                + "دخوله من منفذ الأردن للعراق تم اعتقاله بتاريخ 24/1/1434هـ وبرفقته سائقون آخرون سوريون، ثم قامت "
                + "السلطات العراقية بإيداعه في السجن دون أي تهمه.");
        assertTrue(border.stream().noneMatch(x -> x.startsWith("JOR>") && x.endsWith(" 173")), border.toString());
        // snn-2015-07-21#456 (slice 12; QUALITY.md session 17 events48's left-over (a)): the Tunisian migrants are the
        // ones arrested, the antecedent of the pronoun (base TUNCVL>- 173)
        List<String> migrants = dyads("في الأثناء تتابع عشرات الجمعيات غير الحكومية التونسية دعم تحركات «عائلات المفقودين "
                + "والمعتقلين» في حوادث غرق سابقة في البحر الأبيض المتوسط بناء على تقارير أمنية وأخرى صحافية أكدت «نجاة "
                + "عشرات المهاجرين التونسيين في عمليات هجرة سرية سابقة ثم اعتقالهم في سجون إيطالية لأنهم رفضوا الإدلاء "
                + "بهوياتهم حتى لا تقع إعادة ترحيلهم إلى مواطنهم».");
        assertTrue(migrants.stream().noneMatch(x -> x.startsWith("TUNCVL>") && x.endsWith(" 173")), migrants.toString());
    }

    @Test
    void aPlaceIsNotWhatIsConfiscatedOrDeported() {
        // patterns.tsv noplace (1711, 174): snn-2015-07-22#1704 (slice i%37==14): goods confiscated in Jeddah by a
        // municipality (no dictionary actor) are no act against Saudi Arabia (base ->SAU 1711)
        List<String> goods = dyads("صادرت بلدية الجنوب في جدة وبمشاركة الرقابة التجارية بالأمانة وشرطة البلدية خمسة أطنان "
                + "من الحلويات والأغذية المنتهية الصلاحية، وطناً من الخضروات وقامت بتسليمها للجمعية الخيرية.");
        assertTrue(goods.stream().noneMatch(x -> x.endsWith(" 1711")), goods.toString());
        // snn-2015-07-21#2422 (slice 17): pilgrims sent home from Mecca are no deportation of Saudis (base ->SAU 174)
        List<String> pilgrims = dyads("وأنهت شركات العمرة ترحيل معتمريها الذين فرغوا من أداء مناسكهم حيث لم يتبق إلا أعداد "
                + "قليلة في مكة المكرمة والمدينة المنورة.");
        assertTrue(pilgrims.stream().noneMatch(x -> x.endsWith(" 174")), pilgrims.toString());
        // controls: a named agent still confiscates and deports (snn-2015-08-07#13, slice 28; snn-2015-08-11#1288, 33)
        List<String> picasso = dyads("صادرت السلطات الفرنسية لوحة للرسام العالمي بيكاسو – تقدر قيمتها بـ27 مليون دلار – أثناء "
                + "محاولة نقلها من أسبانيا إلى سويسرا.");
        assertTrue(picasso.stream().anyMatch(x -> x.startsWith("FRAGOV>") && x.endsWith(" 1711")), picasso.toString());
        List<String> burma = dyads("ذكر مسؤولون الثلاثاء ان بورما طردت الى بنغلادش الاثنين حوالى 150 مهاجرا تركهم المهربون "
                + "في مراكب قبالة سواحلها.");
        assertTrue(burma.stream().anyMatch(x -> x.startsWith("MMR>") && x.endsWith(" 174")), burma.toString());
    }

    @Test
    void aSpeakerNamedAfterAnActDoesNotDoIt() {
        // snn-2015-08-01#1094 (slice i%37==4): the Palestinian Authority speaks after the settlers' arson, in a clause
        // of its own; the base took it for the arsonist (PSEGOV>- 19)
        List<String> arson = dyads("وقد ندد المجتمع الدولي دولا ومنظمات أمس، بجريمة حرق الطفل الفلسطيني علي دوابشة (عمره عام ونصف "
                + "العام )، حين أحرق مستوطنون يهود منزلين في الضفة الغربية المحتلة واشعلوا فيهما النار، وأفادت "
                + "السلطة الفلسطينية انها ستقدم ملف الجريمة التي أصيب فيها والدا الطفل وشقيقه بجروح خطيرة، اليوم "
                + "أمام المحكمة الجنائية الدولية.");
        assertTrue(arson.stream().noneMatch(x -> x.startsWith("PSEGOV>")), arson.toString());
        assertTrue(arson.stream().anyMatch(x -> x.startsWith("ISRCVL>") && x.endsWith(" 19")), arson.toString());
        // snn-2015-08-06#359 (slice 5): Iran after «فحسب» ("only") is no speaker of the talks (base IRN>MEA 046)
        List<String> only = dyads("وعليه، لا غرابة أن «تطوّب» مفاوضات فيينا مستقبل الشرق الأوسط لدولتين فحسب: إيران وإسرائيل.");
        assertTrue(only.stream().noneMatch(x -> x.startsWith("IRN>MEA")), only.toString());
        // snn-2015-08-02#1079 (slice 16): after «بحسب ما اعلنت» the speaker attributes; the base's reading stays
        List<String> agency = dyads("من جهة اخرى يزور المدير العام للوكالة الدولية للطاقة الذرية يوكيا امانو الاسبوع المقبل واشنطن "
                + "حيث سيبحث مع برلمانيين امريكيين الاتفاق النووي الايراني، بحسب ما اعلنت الوكالة في فيينا.");
        assertTrue(agency.contains("IGOUNO>USALEG 036"), agency.toString());
    }

    @Test
    void ourTalksAreTheSpeakersNotAPartyNamedLater() {
        // snn-2015-07-25#363 (session 16's blind judgement, item 59, "source"; slice i%37==4): «مباحثاتنا» are the
        // letter's writer's talks with the UN envoy; the Houthis are a condition of the truce (base YEMREB>IGOUNO 04)
        List<String> letter = dyads("أبعث لكم يا خادم الحرمين الشريفين بأطيب تحياتي وتقديري ، وأود أن أشير إلى كتابي لمقامكم بتاريخ "
                + "7 / يوليو /2015 م والذي طلبت فيه دعم موقفنا في الحكومة اليمنية في مباحثاتنا مع ممثل الأمين "
                + "العام للأمم المتحدة حيال إعلان هدنة إنسانية وفق شروط أهمها التزام الحوثيين وحلفائهم بالهدنة "
                + "وعدم التعرض للمساعدات الإنسانية.");
        assertTrue(letter.stream().noneMatch(x -> x.contains("YEMREB")), letter.toString());
        // the first person with a named speaker before it is his («ودعمنا للشعب النيجيري»: the White House's)
        List<String> ours = dyads("وأعلن البيت الأبيض أن زيارة بخاري، التي تستمر أربعة أيام والتي تعد الأولى إلى العاصمة "
                + "الأميركية، تؤكد «التزامنا بتعزيز وتوسيع شراكتنا مع الحكومة النيجيرية الجديدة، ودعمنا للشعب "
                + "النيجيري بعد انتخابات ديمقراطية تاريخية وانتقال سلمي للسلطة».");
        assertTrue(ours.contains("USAGOV>NGACVL 051"), ours.toString());
    }

    @Test
    void aNameAfterACommaAndWawBeforeItsVerbIsANewClausesSubject() {
        // snn-2015-08-08#58 (session 16's blind judgement, item 53, "source"): Bogdanov answered Erdogan, in a clause of
        // his own; he was no party of the Doha meeting, nor Assad, the object of «التمسك» (base RUSGOV>SYRGOV 04)
        List<String> doha = dyads("قبل أن يصل سيرغي لافروف إلى موسكو عائدًا من الدوحة، هبط نائبه ميخائيل بوغدانوف في طهران ليكمل "
                + "دفن كل ما قيل عن تغيير في موقف روسيا من الأزمة السورية. لافروف واجه جون كيري وعادل الجبير في "
                + "اللقاء الثلاثي في قطر يوم الاثنين الماضي بعقدة التمسك بالأسد، وبوغدانوف رد على تصريح رجب طيب "
                + "إردوغان بأن فلاديمير بوتين قد يتخلى عن الأسد بالقول: «إن موقف روسيا ليس شيئًا قابلاً للتغيير مع "
                + "تغيّر الظروف، ونرى أن تجلس الحكومة السورية مع المعارضة لتقرير مستقبل سوريا»! غريب أن يصل تزوير "
                + "الحقائق إلى هذه الدرجة، وكأن الشرق الأوسط والعالم بلا ذاكرة، ذلك أنه من الواضح أن الروس "
                + "والإيرانيين دعموا منذ اللحظة الأولى مراهنة بشار الأسد على الحل العسكري، فأفشلوا مبادرة الجامعة "
                + "العربية ومهمة المراقبين العرب ثم المراقبين الدوليين، ثم تولى لافروف ببراعة كيدية شلّ مجلس الأمن "
                + "بالفيتو، ثم دفن مساعي كوفي أنان ومن بعده الأخضر الإبراهيمي، أما ستيفان دي ميستورا (السائح "
                + "الأخير) فلن يكون حظه في النهاية أحسن من حظوظ سلفيه!");
        assertTrue(doha.stream().noneMatch(x -> x.startsWith("RUSGOV>SYRGOV") || x.startsWith("SYRGOV>RUSGOV")),
                doha.toString());
    }

    @Test
    void theSubjectOfQamaBiDidTheActItsMasdarNames() {
        // snn-2015-07-22#765 (i%37==0): «قامت ... بـ + masdar» (modifiers.tsv light-verb); the base dropped the bombing
        // after بـ as an act referred to
        List<String> d = dyads("واكد ان يوم السبت الماضي 18 يوليو 2015 قامت المليشيات الحوثية وصالح بتفجير الخزانات "
                + "الاستراتيجية للنفط والغاز بتعز محدثة كارثة بيئية حقيقة.");
        assertTrue(d.contains("YEMREB>YEM 183"), d.toString());
        // snn-2015-08-04#600 (i%37==11): the verb after its subject (SVO), the act a storming (19)
        d = dyads("مشيراً إلى أن جبهة النصرة \"قامت باقتحام مخيم للنازحين في قرية قاح كان المقاتلون قد التجؤوا اليه "
                + "الاثنين\"");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("IMGREB>") && x.endsWith(" 19")), d.toString());
        // the masdar of the light verb names its agent in its genitive: «قيام تنظيم داعش بتفجير سجن تدمر»
        d = dyads("كما يظهر في الفيديو قيام تنظيم داعش بتفجير سجن تدمر.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("IMGREB>") && x.endsWith(" 183")), d.toString());
        // snn-2015-07-23#29: a light verb after a negation is an act not done
        // (the first build coded SOMREB>KEN 18)
        d = dyads("تزامنا مع زيارة يقوم بها الرئيس الأميركي باراك أوباما لكينيا التي تعتبر من الدول التي تشهد اشتباكات "
                + "مسلحة، يركز المسؤولون الاميركيون والكينيون على ضمان عدم قيام حركة الشباب الصومالية المتطرفة المرتبطة "
                + "بتنظيم القاعدة بأعمال عنف تعرقل الزيارة الرئاسية الاميركية لكينيا هذا الاسبوع.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("SOMREB>")), d.toString());
    }

    @Test
    void aMasdarCueEndingInTaMarbutaIsNotAPluralWithItsPronoun() {
        // «لم يحدد هوية مصادره» (eval/judgments/s16-blind-slice30.tsv item 4, snn-2015-07-31#381): «مصادره» as written is
        // مصادر + ه (his sources), folded by the normalizer into مصادرة (confiscation): coded USA>VAT 1711 before
        List<String> d = dyads("ومع أنّ مارينو لم يحدد هوية مصادره، إلّا أنّه التقى قبل اسبوع خلال اجتماع عقد في الفاتيكان بشأن"
                + " حماية البيئة والتصدي للعبودية، عددًا كبيرًا من رؤساء البلديات الاميركيين ومنهم رئيس بلدية نيويورك.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 1711")), d.toString());
        // «تجفيف مصادره» (i%37==6, snn-2015-07-24#733): the sources of terrorism, -> SYR 1711 before
        d = dyads("مبينا أن سوريا لا تزال تعتبر إنهاء الإرهاب وتجفيف مصادره وتمويله ودعمه هي الأولوية الأساسية.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 1711")), d.toString());
        // «والذي كانت آخر مظاهره حرق الطفل الرضيع» (its signs, not a demonstration; i%37==2, snn-2015-08-01#537):
        // ISRCVL>ISRCVL 141 before
        d = dyads("وشددوا على أن «المسجد الأقصى يستحق أكثر من ذلك وعلى الحكومة ألا تتخاذل عن حمايته ووقف الإرهاب الصهيوني"
                + " والذي كانت آخر مظاهره حرق الطفل الرضيع على أيدي المستوطنين في نابلس».");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 141")), d.toString());
        // the masdar written with ة stays a confiscation (i%37==6, snn-2015-07-21#228)
        d = dyads("وكان وراء هذه الاشتباكات محاولة أحد أعضاء «جبهة النصرة» مصادرة منزل قروي درزي متهم بولائه لنظام بشار الأسد.");
        assertTrue(d.stream().anyMatch(x -> x.endsWith(" 1711")), d.toString());
    }

    @Test
    void aPlaceTakenIsTerritoryOccupiedNotPropertySeized() {
        // «استيلاء الحوثيين على العاصمة اليمنية صنعاء» (eval/judgments/s16-blind-slice30.tsv item 49,
        // snn-2015-07-25#115): YEMREB>YEM 171 before; a capital taken is 192 (CAMEO 2.0 Occupy territory)
        List<String> d = dyads("منذ استيلاء الحوثيين على العاصمة اليمنية صنعاء، ثم توسعهم نحو عدد من المحافظات الأخرى في وسط"
                + " وجنوب البلاد، تدهورت أوضاع معظم السكان.");
        assertTrue(d.contains("YEMREB>YEM 192"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 171")), d.toString());
        // property seized stays 171: «استيلاء الطلاب الإيرانيين على السفارة الأمريكية»
        d = dyads("وتدهورت العلاقات بين البلدين منذ استيلاء الطلاب الإيرانيين على السفارة الأمريكية في طهران عام 1979.");
        assertTrue(d.stream().anyMatch(x -> x.endsWith(" 171")), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 192")), d.toString());
    }

    @Test
    void captivesFreedFromTheirHoldersAreRescuedNotReleasedToThem() {
        // «حرر مئات النساء والأطفال كانت الحركة المتطرفة تحتجزهم رهائن» (eval/judgments/s16-blind-slice30.tsv item 14,
        // snn-2015-08-04#452): NGAMIL>NGAREB 0841 before; the army released no one to Boko Haram
        // (with the article's first sentence, which names the movement)
        List<String> d = dyads("أعلن الجيش النيجيري يوم الأحد أنه حرر خلال عملية عسكرية نفذها في شمال شرق البلاد 178 شخصًا، بينهم"
                + " 101 طفل و67 امرأة، كانت حركة بوكو حرام تحتجزهم رهائن، مؤكدًا أيضًا أنه اعتقل خلال العملية نفسها أحد قادة"
                + " الحركة المتطرفة. وكان الجيش النيجيري أعلن خلال الأشهر الأخيرة أنه حرر مئات النساء والأطفال كانت الحركة"
                + " المتطرفة تحتجزهم رهائن، ولا سيما في غابة سامبيسا التي تعد أحد المعاقل التاريخية لبوكو حرام.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("NGAMIL>NGAREB")), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 0841")), d.toString());
    }

    @Test
    void aKillingAfterAWordGoverningItAsAMasdarHasItsGenitiveAsTheVictim() {
        // «تقف وراء قتل المستوطن الإسرائيلي» (i%37==4, snn-2015-07-21#115; events45's left-over (1a)): ISRCVL>TUR 19
        // before, the settler taken as the killer
        List<String> d = dyads("وأضاف في بيان أصدره عقب الكشف عن اعتقال خلية لحماس تقف وراء قتل المستوطن الإسرائيلي ملاخي روزنفيلد،"
                + " نهاية الشهر الماضي، إن «القيادي الحمساوي صالح العاروري ينشط في تركيا».");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("ISRCVL>")), d.toString());
        assertTrue(d.stream().anyMatch(x -> x.endsWith(">ISRCVL 19")), d.toString());
        // «الملاحق في قضية قتل الجاسوس الروسي السابق» (i%37==8, snn-2015-07-25#146): RUSSPY>GBR 19 before
        d = dyads("استمع محققون بريطانيون في لندن، اليوم (الجمعة)، لشهادة روى صاحبها أن رجل الأعمال الروسي دميتري كوفتون"
                + " الملاحق في قضية قتل الجاسوس الروسي السابق الكسندر ليتفيننكو، أخبره أنه يريد قتله باستخدام سم باهظ الثمن.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("RUSSPY>")), d.toString());
        // «أوقفوا قتل الأطفال السود» (i%37==12, snn-2015-08-11#157): CVL>- 19 before
        d = dyads("وارتدى كثيرون قمصانا طبعت عليها صور براون وعبارة «اختر التغيير»، وحمل آخرون لافتات كتب على بعضها «أوقفوا"
                + " قتل الأطفال السود».");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("CVL>")), d.toString());
    }

    @Test
    void aMasdarSpelledAsItsVerbAfterALightVerbIsTheSubjectsAct() {
        // snn-2015-07-31#834: «قام ... بقتل»: the masdar of قتل is spelled as its bare past, and the verb patterns were
        // not read with a glued بـ, so there was no cue at all
        List<String> d = dyads("قام عناصر من حركة بوكو حرام بقتل عشرة صيادي سمك نيجيريين ذبحاً بالسكين في ثلاثة قرى "
                + "قريبة من باغا على بحيرة تشاد في شمال شرق نيجيريا، على ما أفاد مسؤول محلي واحد السكان الخميس.");
        assertTrue(d.contains("NGAREB>NGA 19"), d.toString());
        // snn-2015-07-26#238: the light verb's masdar قيام, its agent in its genitive
        d = dyads("ويأتي هذا الهجوم غداة قيام الجيش التركي بقصف قواعد خلفية لمتمردي حزب العمال الكردستاني في شمال "
                + "العراق.");
        assertTrue(d.contains("TURMIL>TURREB 19"), d.toString());
        // snn-2015-08-06#556 (i%37==17): the light verb's subject is not named in its clause (a bank told of before):
        // the act is not given to another party (the first build coded GBRGOV 174 from the article's subject)
        d = dyads("وتابع آيموت \"في الوقت الذي كان يخسر فيه المصرف سنويا مليارات الجنيهات الاسترلينية، ويقوم بطرد "
                + "آلاف من العمال والموظفين، كان رئيس مجلس الإدارة وأعضاء مجلس الإدارة تصرف لهم حوافز ومكافآت "
                + "بالملايين\".");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 174")), d.toString());
        // snn-2015-07-27#355 (i%37==16): «فرض» only supports the noun that names the act (فرض + حصار): its masdar is no
        // cue that takes «حصار» from the noun's own (the first build lost the siege of Ramadi)
        d = dyads("وأوضح العسل أن القوات الأمنية قامت بفرض حصار خانق في الرمادي وعزلها عن المدن الأخرى وقطع الإمدادات "
                + "عنها.");
        assertTrue(d.stream().anyMatch(x -> x.endsWith(">IRQ 191")), d.toString());
    }

    @Test
    void aStrikeWhoseSubjectIsAPartysAircraftToldBeforeTheVerbIsAnAirStrike() {
        // snn-2015-07-31#1465 (i%37==7): the aircraft head the verb's subject before it (SVO): 195 as «قصفت طائرات
        // التحالف» is
        List<String> d = dyads("وأوضح مسؤول كردي محلي في تصريح صحفي أن طائرات التحالف الدولي قصفت مواقع تابعة لتنظيم "
                + "داعش في قرية سرجومة جنوب غربي كركوك، مما أسفرعن مقتل 15 من عناصره, وإصابة عشرات آخرين بجروح.");
        assertTrue(d.contains("USAMIL>IMGREB 195"), d.toString());
        // snn-2015-08-07#1198 (i%37==29): the collective noun of aviation
        d = dyads("في الوقت ذاته، أوضحت المصادر أن طيران التحالف العربي قصف مواقع وآليات تابعة للحوثيين وقوات صالح "
                + "في جبهة الجفينة.");
        assertTrue(d.contains("SAUMIL>YEMREB 195"), d.toString());
        // snn-2015-08-02#265 (i%37==16): the aircraft are the light verb's subject, their party an adjective after them
        d = dyads("ونسب الهجوم لمتمردي حزب العمال الكردستاني الذي صعد هجماته ضد قوات الامن التركية مؤخرا فيما تقوم "
                + "الطائرات الحربية التركية بقصف مواقع للمتمردين في شمال العراق.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("TUR") && x.endsWith(" 195")), d.toString());
        // the first sentence with the party's artillery in place of its aircraft (a guard, not a corpus sentence): a
        // party's arms that are no aircraft leave the strike a 19 (المدفعية is not in modifiers.tsv aircraft)
        d = dyads("وأوضح مسؤول كردي محلي في تصريح صحفي أن مدفعية التحالف الدولي قصفت مواقع تابعة لتنظيم داعش.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 195")), d.toString());
    }

    @Test
    void aStrikeWhoseSubjectIsAStatesAircraftNamedByItsNationalityIsThatStatesMilitarys() {
        // snn-2015-07-25#976 (i%41==37): «المقاتلات» is no actor, so «التركية» was only an adjective and the strike had no
        // agent; the aircraft and their nationality before the verb are Turkey's military, and the strike is from the air
        List<String> d = dyads("أكدت الحكومة التركية في بيان أن المقاتلات التركية قصفت ليل الجمعة السبت سبعة أهداف لحزب "
                + "العمال الكردستاني في قواعده الخلفية في شمال العراق.");
        assertTrue(d.contains("TURMIL>TURREB 195"), d.toString());
        // snn-2015-07-25#475 (i%41==28): an indefinite noun, the model's designation between the adjective and the verb
        d = dyads("وقال مكتب رئيس الوزراء في بيان إن مقاتلات تركية إف-16 قصفت مواقع لتنظيم داعش داخل سوريا في وقت مبكر "
                + "أمس الجمعة.");
        assertTrue(d.contains("TURMIL>IMGREB 195"), d.toString());
        // snn-2015-08-06#2244 (i%41==23): another verb of violence (استهدف) takes the same subject, its own code
        d = dyads("طائرات الأباتشي السعودية تستهدف تجمعات لمليشيات الحوثي وصالح");
        assertTrue(d.contains("SAUMIL>YEMREB 19"), d.toString());
        // snn-2015-08-08#423 (i%41==23): the actor after the verb («لتدريب المقاومة الفلسطينية») is not its subject
        d = dyads("وقالت مصادر الجزيرة في غزة إن الطيران الاسرائيلي قصف بصاروخ موقعا لتدريب المقاومة الفلسطينية قرب مخيم "
                + "النصيرات وسط قطاع غزة.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("ISRMIL>") && x.endsWith(" 195")), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("PSEREB>")), d.toString());
        // a guard: the aircraft as the genitive of another noun are no subject («خلال تسليم الطائرة السعودية
        // المساعدات»: snn-2015-07-24#1611, the verb after a comma and و)
        d = dyads("تعرض مطار عدن الدولي أمس، لقصف صاروخي خلال تسليم الطائرة السعودية المساعدات الإنسانية، واستهدفت "
                + "صواريخ كاتيوشا المطار أثناء عملية إنزال المساعدات.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("SAUMIL>")), d.toString());
    }

    @Test
    void aShellingWhoseSubjectIsAPartysArtilleryOrTanksIsFightingWithArtillery() {
        // snn-2015-07-27#922 (i%41==8): the artillery (an actor: «المدفعية التركية» TURMIL) told before the verb: 194, as
        // «قصفت المدفعية التركية» is
        List<String> d = dyads("المدفعية التركية تقصف مواقع كردية عراقية");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("TURMIL>") && x.endsWith(" 194")), d.toString());
        // snn-2015-07-27#78 (i%41==25): tanks with their nationality, no actor read for them
        d = dyads("وأعلن المقاتلون الأكراد والمرصد السوري لحقوق الانسان اليوم، ان الدبابات التركية قصفت قرية تسيطر عليها "
                + "القوات الكردية في شمال سوريا، ما اوقع اربعة جرحى على الاقل في صفوف المقاتلين.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("TURMIL>") && x.endsWith(" 194")), d.toString());
    }

    @Test
    void aStrikeWhoseSubjectAfterTheVerbIsAStatesAircraftNamedByItsNationalityIsThatStatesMilitarys() {
        // snn-2015-08-04#928 (i%43==3): VSO, the verb read as its masdar with the nationality as its genitive: TUR, not
        // the aircraft's state military
        List<String> d = dyads("وقصفت طائرات تركية أيضا مواقع لتنظيم الدولة الإسلامية في سوريا وسمحت أنقرة لتحالف "
                + "تقوده الولايات المتحدة ويقصف التنظيم باستخدام قواعدها الجوية في شن المزيد من الغارات.");
        assertTrue(d.contains("TURMIL>IMGREB 195"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("TUR>IMGREB")), d.toString());
        // snn-2015-07-26#556 (i%43==32): an indefinite noun, a noun of time between the adjective and the object; the
        // strike had no agent
        d = dyads("وشنت مقاتلات تركية السبت غارات جوية على مواقع لتنظيم داعش الارهابي في سوريا وبدأت حملة قصف لمخيمات "
                + "لناشطي حزب العمال الكردستاني في شمال العراق.");
        assertTrue(d.contains("TURMIL>IMGREB 195"), d.toString());
        // snn-2015-07-23#593 (i%43==25): tanks, shelling with artillery
        d = dyads("قصفت دبابات تركية الخميس مواقع لتنظيم داعش في سوريا بعد إطلاق نيران منها في وقت سابق أدى إلى مقتل "
                + "جندي تركي في كيليس (جنوب).");
        assertTrue(d.contains("TURMIL>IMGREB 194"), d.toString());
    }

    @Test
    void aPlaceNamedPastAnotherActsVerbIsNoTargetOfAnAttack() {
        // eval/judgments/s18-blind-slice40.tsv item 49 (snn-2015-08-06#2999): the war is against terrorism; Yemen is
        // where the support goes, in the clause of «وتدعم» (base SAU>YEM 19)
        List<String> d = dyads("وقال إن الرياض تملك دورا مهما وهي تخوض حربا ضد الإرهاب في المنطقة وتدعم الشرعية في "
                + "اليمن.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(">YEM 19")), d.toString());
        // a guard, snn-2015-07-22#1656 (i%43==27): a verb of violence joined by و tells the same act; its place stays
        d = dyads("وقتل ثلاثة أشخاص على الأقل وجرح آخرون في مدينة عربين نتيجة قصف من طائرات النظام السوري بعدة صواريخ "
                + "موجهة، مما أدى أيضا إلى دمار هائل في الأحياء السكنية.");
        assertTrue(d.stream().anyMatch(x -> x.contains(">SYR 19")), d.toString());
    }

    @Test
    void whatTalksAreAboutIsNoPartyToThem() {
        // modifiers.tsv talks-topic: eval/judgments/s17-blind-slice36.tsv item 5 (snn-2015-08-04#662): Kerry met the
        // GCC ministers about the deal with Iran; Iran is no party to the meeting (base IGOGCC>IRN 04)
        List<String> kerry = dyads("وسعى وزير الخارجية الاميركي جون كيري امس الى طمأنة نظرائه في دول الخليج العربية الذين بدأ "
                + "لقاءه معهم في الدوحة حيال مزايا الاتفاق مع ايران حول برنامجها النووي لامن المنطقة.");
        assertTrue(kerry.stream().noneMatch(x -> x.contains("IRN") && x.endsWith(" 04")), kerry.toString());
        // snn-2015-07-23#1021 (slice i%41==16): de Mistura's consultations about the Syrian file (base IRN>SYR 04)
        List<String> file = dyads("في السياق ذاته، نقلت قناة «العالم» الإيرانية عن مساعد وزير الخارجية الإيراني للشؤون العربية "
                + "والإفريقية، حسين أمير عبداللهيان، تأكيده أن زيارة دي ميستورا إلى إيران تأتي في إطار مشاوراته حول الملف "
                + "السوري وبحث مبادرة طهران ذات البنود الأربعة لتسوية الأزمة ودعم المساعي لمكافحة الإرهاب.");
        assertTrue(file.stream().noneMatch(x -> x.contains("SYR") && x.endsWith(" 04")), file.toString());
        // deal-noun: the same article's sentence 5: the مع is the nuclear deal's (base USAGOV>IRN, IGOGCC>IRN 04)
        List<String> deal = dyads("من جانبه اعلن وزير الخارجية القطري اثر اللقاء الذي ضم وزير الخارجية الاميركي جون كيري "
                + "ووزراء خارجية دول مجلس التعاون الخليجي ان الاتفاق النووي مع ايران هو \"افضل خيار\" متوافر.");
        assertTrue(deal.stream().noneMatch(x -> x.contains("IRN") && x.endsWith(" 04")), deal.toString());
        // control: talks with Iran named right after the masdar stay (snn-2015-07-22#1743, slice 0)
        List<String> talks = dyads("ونفى فابيوس الذي اعتبر من المتشددين خلال المحادثات النووية مع ايران ان يكون موقفه الصارم "
                + "سينعكس سلبا على المؤسسات الفرنسية عندما ستحاول توقيع عقود في ايران.");
        assertTrue(talks.contains("FRAGOV>IRN 04"), talks.toString());
    }

    @Test
    void aPartysOwnRanksActedOnAreNotThePlace() {
        // modifiers.tsv ranks: eval/judgments/s17-blind-slice36.tsv item 16 (snn-2015-07-21#1627): Hezbollah arrested
        // its own fighters who fled Zabadani; Syria is not the one arrested (base LBNREB>SYR 173)
        List<String> hezbollah = dyads("وأضاف المصدر أن ميليشيا حزب الله نفَّذت عمليات اعتقال ضد 175 عنصرا من مقاتليها، ممَّن "
                + "فرُّوا من القتال في مدينة الزبداني.");
        assertTrue(hezbollah.stream().noneMatch(x -> x.endsWith(">SYR 173")), hezbollah.toString());
        // snn-2015-07-31#64 (slice 14): the 12 killed are ISIS's own men, not Iraq's (base ->IRQ 19)
        List<String> killed = dyads("اعلنت قيادة الشرطة الاتحادية العراقية اليوم، عن صد هجوم شنه تنظيم /داعش/ الإرهابي في "
                + "حصيبة شرقي الرمادي , وقتل 12 من عناصره بينهم ثلاثة انتحاريين، فضلا عن ضبط ورشة لتفخيخ العجلات جنوبي تكريت.");
        assertTrue(killed.stream().noneMatch(x -> x.equals("->IRQ 19")), killed.toString());
    }

    @Test
    void aPatientVerbsOwnUnknownSubjectIsNoBorrowedActor() {
        // events61 (session 19), from eval/judgments/s18-blind-slice40.tsv's class "target": a patient verb (تعرض لـ)
        // whose own subject no dictionary knows takes no borrowed actor as its sufferer.
        // snn-2015-07-21#2034 (sentences 0-2): the town of Zabadani came under attack; the Syrian Observatory the
        // article carries as its subject did not (base ->SYRNGO 19)
        List<String> zabadani = dyads(PATIENT_ZABADANI);
        assertTrue(zabadani.stream().noneMatch(x -> x.endsWith(">SYRNGO 19")), zabadani.toString());
        // snn-2015-08-11#373: areas around Douma were shelled, not the Observatory that reports it (base ->SYRNGO 19)
        List<String> douma = dyads(PATIENT_DOUMA);
        assertTrue(douma.stream().noneMatch(x -> x.endsWith(">SYRNGO 19")), douma.toString());
        // the shelling it reports stays, its agent unidentified: the Observatory did not shell Harasta (events70,
        // session 20: a reporter is not the doer of the act it tells; before, SYRNGO>SYR 19)
        assertTrue(douma.contains("null>SYR 19"), douma.toString());
        // control, snn-2015-07-22#54: «جنودها», its soldiers, carries the speaker's pronoun: the Turkish forces stay
        List<String> turkey = dyads("وأعلنت القوات المسلحة التركية عن تعرض جنودها لهجومين في شرق البلاد ليل الاثنين.");
        assertTrue(turkey.stream().anyMatch(x -> x.endsWith(">TURMIL 19")), turkey.toString());
    }

    @Test
    void theCountedVictimsGroupAfterMinIsHitNotThePlace() {
        // events68 (session 19): the victims' group after partitive من of a count names who was hit, not the place
        // snn-2015-08-01#800 (slice 18; base ->TUR 19)
        List<String> police = dyads("وقتل عنصران من الشرطة التركية بالرصاص صباح أمس في منطقة أضنة (جنوب)، في هجوم جديد "
                + "نسبته السلطات إلى التمرد الكردي وسط تزايد التوترات في البلاد.");
        assertTrue(police.stream().anyMatch(x -> x.endsWith(">TURCOP 19")), police.toString());
        assertTrue(police.stream().noneMatch(x -> x.endsWith(">TUR 19")), police.toString());
        // snn-2015-07-21#18 (slice 18; base ->SYR 19)
        List<String> hezbollah = dyads("أما في جبهة الزبداني، غرب العاصمة، فذكر تقرير لناشطين معارضين بعد أسبوعين على بدء "
                + "الحملة العسكرية في الزبداني أنه سجّل مقتل 34 عنصرا من حزب الله و17 من قوات النظام.");
        assertTrue(hezbollah.stream().anyMatch(x -> x.endsWith(">LBNREB 19")), hezbollah.toString());
        // control, snn-2015-08-11#1548 (slice 18): with no count, من names the agent, not the one hit
        List<String> police2 = dyads("وتناولت اعتداء عناصر من شرطة الاحتلال على حراس ومصلين في المسجد الأقصى أمس بعد أن "
                + "حاولت الشرطة منع أطفال فلسطينيين من دخول المسجد .");
        assertTrue(police2.stream().noneMatch(x -> x.endsWith(">ISRCOP 18")), police2.toString());
    }

    private static final String PATIENT_ZABADANI = "لقي ستة من مقاتلي المعارضة السورية على الأقل مصرعهم في اشتباكات بين القوات النظامية ومقاتلي "
            + "الفصائل الإسلامية في مدينة الزبداني قرب الحدود مع لبنان، وذلك فيما أطلقت فصائل المعارضة أكثر من "
            + "300 قذيفة على قرى تسكنها أغلبية شيعية في إدلب وحلب. وقال المرصد السوري لحقوق الإنسان إن "
            + "الاشتباكات التي وصفها بأنها عنيفة تركزت في منطقة الجبل الشرقي، أدت أيضا إلى مقتل عدد من أفراد "
            + "القوات النظامية وقوات الدفاع المدني الموالية لدمشق وحزب الله، لكنه لم يشر إلى العدد. ويأتي هذا "
            + "فيما أمطرت فصائل معارضة، بينها جبهة النصرة، أربع بلدات شيعية محاصرة في شمال سورية بالقذائف "
            + "الصاروخية والمدفعية، ردا، حسب قولها، على تعرض بلدة الزبداني في ريف دمشق لهجوم القوات النظامية "
            + "مدعومة بعناصر حزب الله.";

    private static final String PATIENT_DOUMA = "أعلن المرصد السوري لحقوق الإنسان أنه قصفت قوات النظام صباح أمس مناطق في مدينة حرستا بالغوطة "
            + "الشرقية، ما ادى لاندلاع نيران في احد المباني، ولم ترد انباء عن اصابات، كذلك تدور منذ صباح امس "
            + "اشتباكات عنيفة بين تنظيم داعش من جهة، والفصائل المقاتلة وجبهة النصرة من جهة اخرى، في القلمون "
            + "الشرقي، وانباء عن خسائر بشرية في صفوف الطرفين، فيما تعرضت مناطق في محيط مدينة دوما بالغوطة "
            + "الشرقية، لقصف من قبل قوات النظام دون انباء عن إصابات حتى اللحظة.";

    @Test
    void aPlaceAfterAnAdverbOfPlaceIsWhereNotWhom() {
        // modifiers.tsv place-adverb: eval/judgments/s17-blind-slice36.tsv item 3 (snn-2015-07-23#1008): Kuwait is where
        // the fugitive's alleged crimes were, not the one accused (base USA>KWT 112; sentences 22-27, whose first names
        // Bush, the base's accuser)
        List<String> kuwait = dyads("وكان الرئيس الأمريكي السابق جورج بوش الابن ذكر اسم محسن الفضلي في خطاب له، كأحد أخطر المطلوبين لبلاده "
                + "بتهم تتعلق بالإرهاب، والذي ترجمته السلطات الأمنية الأمريكية بمذكرتين إحداهما في يناير 2004 والأخرى في "
                + "فبراير 2005 طلبت فيهما من السلطات الكويتية تسليمها محسن الفضلي الذي اختفى عن الأنظار في تلك الفترة. وكان "
                + "محسن الفضلي الذي توارى عن الأنظار مختبئا في شقة سكنية بمنطقة السالمية تم تسجيل عقد إيجارها باسم صديق له "
                + "يدعى (سليمان. ك) وهو ابن نائب إسلامي سابق يحملان فكرا جهاديا واحدا وأمضيا فترة زمنية من عمريهما في ضيافة "
                + "أسامة بن لادن وكانا ينامان معه في خيمة واحدة في جبال أفغانستان قبل الهجوم الأمريكي على تورا بورا بعد "
                + "أحداث 11 سبتمبر 2001. التواري عن الأنظار وأثار تواري محسن الفضلي عن الأنظار جدلا في دوائر الاهتمام "
                + "للجماعات الإسلامية والأجهزة الأمنية على حد سواء عما إذا كان الفضلي خارج الكويت في الفترة من 2002 لغاية "
                + "العام 2005 أو ما زال في البلاد حتى بدد زعيم «تنظيم القاعدة في بلاد الرافدين» أبو مصعب الزرقاوي هذه الشكوك "
                + "إثر خطاب صوتي له دعا في آخره الله تعالى أن يفرج كرب «الأخ المجاهد محسن الفضلي وأن يعينه على الخروج سالما "
                + "من بلاده»، وهذا ما أكد وجوده في الكويت. خلية سداسية ثم اعترف (سليمان. ك) إثر التحقيق معه بتشكيل خلية "
                + "سداسية تضم بالإضافة إليه بعض أقربائه كانت تستهدف القوات الأمريكية في معكسر عريفجان في العام 2007، بأنه "
                + "استأجر شقة في السالمية ليختبئ فيها محسن الفضلي الذي كانت أجهزة الأمن تطارده لاتهامه بارتكاب جرائم إرهابية "
                + "داخل الكويت وخارجها، وأن الفضلي لم يكن يخرج منها طوال السنوات الخمس التي قضاها مختبئا في الشقة، إلى أن "
                + "تمكن من الهروب بحرا إلى إيران التي استقر فيها سنوات عدة قبل أن ينتقل إلى العراق ثم سورية في أواخر العام "
                + "2011 وينضم إلى «جبهة النصرة».");
        assertTrue(kuwait.stream().noneMatch(x -> x.endsWith(">KWT 112")), kuwait.toString());
        // snn-2015-07-21#2434 (slice i%41==15): Iran's influence inside Iraq is no meeting of Iran with Iraq (base IRN>IRQ 04)
        List<String> influence = dyads("رئيس الأركان الأمريكي وفقا للمسؤول العراقي أكد خلال الاجتماع أن النفوذ الإيراني داخل العراق "
                + "سيكون أكثر إيجابية طالما ظلت الحكومة العراقية ملتزمة بشكل شامل تجاه كل المجموعات والطوائف داخل البلاد وأن "
                + "واشنطن تراقب العلاقة بين بغداد وطهران بكل عناية.");
        assertTrue(influence.stream().noneMatch(x -> x.equals("IRN>IRQ 04")), influence.toString());
        // control: violence keeps the place as the ones acted on (snn-2015-08-06#103, slice 14)
        List<String> attacks = dyads("تنظيم القاعدة في الجزيرة العربية، وقد نفذ هذا التنظيم عدة عمليات إرهابية داخل السعودية.");
        assertTrue(attacks.stream().anyMatch(x -> x.endsWith(">SAU 18")), attacks.toString());
    }

    @Test
    void aCommitmentToGoOnWithAnActIsStillToCome() {
        // session 17's blind judgement (eval/judgments/s17-blind-slice36.tsv item 29, snn-2015-08-06#2314): Yemen's
        // ministry says it will go on supporting the resistance; coded SAUMIL>YEMMIL 051 asserted before
        List<String> m = modalities("وأوضحت الوزارة وهيئة الأركان اليمنية في بيان أصدرته اليوم بمناسبة تحرير قاعدة العند"
                + " العسكرية ودحر الميليشيات الانقلابية أنها ستستمر في دعم ومساندة المقاومة الشعبية اليمنية من قبل قوات"
                + " التحالف العربي بقيادة المملكة، وذلك في كل جبهات القتال حتى استعادة الشرعية في كل الأرض اليمنية.");
        assertTrue(m.contains("SAUMIL>YEMMIL 032 intended"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.endsWith(" asserted")), m.toString());
        // only the masdar the verb governs: the Turkish attack answered was made (snn-2015-07-31#372)
        m = modalities("من جهتها أكدت قوات حماية الشعب، الجناح العسكري لحزب العمال الكردستاني، أنها ستواصل الرد على"
                + " الهجوم التركي داخل الأراضي التركية.");
        assertTrue(m.stream().anyMatch(x -> x.startsWith("TURMIL>") && x.endsWith(" 19 asserted")), m.toString());
        // the verb's subject between it and the masdar (snn-2015-07-23#38): IGOEUR>UKRGOV 051 asserted before
        m = modalities("وأشار إلى أن تنفيذ الإصلاحات الهيكلية يمكن أن يكون صعبا حتى في ظل الظروف الجيدة، ولكن هناك التزام"
                + " من الحكومة بإجراء الإصلاحات، رغم السياق الجيوسياسي والأمني المعقد: «وسيواصل الاتحاد الأوروبي دعم"
                + " الجهود الإصلاحية للحكومة الأوكرانية».");
        assertTrue(m.stream().noneMatch(x -> x.endsWith(" 051 asserted")), m.toString());
    }

    @Test
    void aCueInsideTheTitleOfAWorkIsNoEvent() {
        // session 17's blind judgement (eval/judgments/s17-blind-slice36.tsv item 22, snn-2015-07-27#116): «وهو «محاكمة
        // فيفيان أمسالم»» is a film; coded ISR>- 173 before
        List<String> d = dyads("هذا التجمع شمل المخرج ناداف لابيد مخرج «معلم مدرسة الأطفال»، والمخرجة كارين يدايا التي"
                + " ربحت «الكاميرا الذهبية» من مهرجان «كان» السينمائي سنة 2004 عن فيلمها «أو» (Or)، وشلومي إلكابتز صاحب"
                + " الفيلم الذي مثّل إسرائيل في جائزتي غولدن غلوبس والأوسكار وهو «محاكمة فيفيان أمسالم»، والمخرج رعنان"
                + " ألكسندر.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 173")), d.toString());
        // a documentary's title (snn-2015-07-24#741): USAGOV>AFR 042 and AFR>USAGOV 043 before
        d = dyads("ويقول بوب هيركليس، الذي يرافق الرئيس وأنتج فيلما وثائقيا حول الرحلة بعنوان «السيناتور أوباما يزور"
                + " أفريقيا»: «من المدهش أن تفكر في رئيس الولايات المتحدة في تلك القرية الصغيرة ذات الأبنية الأساسية"
                + " الضئيلة.");
        assertTrue(d.isEmpty(), d.toString());
        // a seminar's title (snn-2015-08-06#959): ->YEM 19 before
        d = dyads("كانت هذه مقدمه طويلة وربما غير مبرره، لتوقفي وذهولي بعد قراءة خبر عن مناسبة رسميه جرت خلال الأسابيع"
                + " الماضية، لجمع تبرعات للحوثيين في ندوة «أوقفوا العدوان على اليمن» بالقاهرة.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 19")), d.toString());
        // words quoted after a verb of saying are what was said (snn-2015-07-27#94): the bombing stays (a suicide
        // bombing, 1831, since session 26, events109: «انتحاري اقتحم», the bomber storming, was 19)
        d = dyads("وأكد ضابط الشرطة الرائد نور أوسوبل أن «سيارة ملغومة يقودها انتحاري اقتحم أبواب الفندق وألحق أضرارا"
                + " بواجهته».");
        assertTrue(d.stream().anyMatch(x -> x.endsWith(" 1831")), d.toString());
    }

    @Test
    void aimsThatMeetAreNoMeeting() {
        // session 17's blind judgement (eval/judgments/s17-blind-slice36.tsv item 39, snn-2015-07-23#379): an opinion
        // piece says the group's aim meets Iran's; coded IMGREB>IRN and IRN>IMGREB 04 before
        List<String> d = dyads("وحتى لو نجح أعداء الإسلام السني في مخططهم، وأوجدوا هذا التنظيم التكفيري من المحسوبين على"
                + " الإسلام، وكان المنفذون للأعمال الإرهابية والمتورطون فيها من المغرّر بهم مَّمنْ ينتمون إلى المذهب السني"
                + " وبعضهم ينتمي إلى المملكة، وهم عبء على المملكة وعمل غير صالح، فهذا التنظيم ليس سنياً، وإن ارتدى جلباباً"
                + " سنياً مزيفاً، نسجه له وألبسه إياه الصهاينة والفرس والنظام النصيري، ومن شايعهم ورعاهم، والأدوات المنفذة"
                + " تتبع دائماً للرعاة المخططين، والصنيعة تنفذ أوامر من صنعها، وتنظيم داعش صنيعة غيره، وقد يكون عند"
                + " الأمريكان الخبر اليقين، وإيران هي التي ترعى الإرهاب في المنطقة وهي المستفيدة منه بعد إسرائيل، وبعض"
                + " التفجيرات تنسب إلى تنظيم داعش وهو ليس المسئول عنها مثل تفجيرات اليمن وسيناء وغيرها، وإنما أصبح التنظيم"
                + " مشجباً يعلق عليه إرهاب الجهات التي ترعاه وتتخذ منه هذه الجهات شماعة وغطاء لاستهدافاتها واقترافاتها،"
                + " وهدف هذا التنظيم يلتقي مع هدف إيران الذي هو إضعاف الإسلام السني وتصفية السنة العرب وتقسيم دولهم، وهذا"
                + " هو هدف إسرائيل.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 04")), d.toString());
        // the interests as the subject right after the verb (snn-2015-07-21#457, i%41==6): ISR, USA <> IRN 04 before
        d = dyads("هنا تلتقي مصالح إسرائيل وأميركا مع إيران».");
        assertTrue(d.isEmpty(), d.toString());
    }

    @Test
    void whatAnAgreementStipulatesOrAVisitOneMeansToMakeIsStillToCome() {
        // session 18's blind judgement, item 17 (snn-2015-08-06#1728, its sentence cut after its first clause): what
        // the agreement stipulates («ينص ... على») is to come; s18-base coded «رفع العقوبات» 085 asserted
        // (session 29, events137: the speaker carried from the sentence before is its source only while his speech
        // goes on, hence «وأضاف: «...»» around the cut sentence)
        List<String> m = modalitiesOn("وقال اوباما ان الرئيس الشاب قدم رؤية مختلفة.\n"
                + "وأضاف: «وينص الاتفاق النووي على رفع العقوبات عن ايران».", LocalDate.of(2015, 8, 6));
        assertTrue(m.stream().anyMatch(x -> x.startsWith("USAGOV>IRN ") && x.endsWith(" intended")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.endsWith(" asserted")), m.toString());
        // items 14 and 52 (snn-2015-08-11#1118): an indefinite visit with a relative clause of intention and no
        // relative pronoun («زيارة يعتزم ... القيام بها»); s18-base coded 042/043 asserted
        m = modalitiesOn("وناقش الوزيران أيضا احتمال شراء السعودية أسلحة روسية في إطار زيارة يعتزم العاهل السعودي القيام "
                + "بها لروسيا.", LocalDate.of(2015, 8, 11));
        assertTrue(m.contains("SAU>RUS 036 intended"), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.contains(" 042 ") || x.contains(" 043 ")), m.toString());
        // a visit already made, with the article and its relative pronoun, stays asserted (a control)
        m = modalitiesOn("وناقش الوزيران نتائج الزيارة التي قام بها العاهل السعودي لروسيا.", LocalDate.of(2015, 8, 11));
        assertTrue(m.stream().anyMatch(x -> x.endsWith("042 asserted")), m.toString());
        // an act agreed on after على, with no verb of stipulating, stays as it was (snn corpus: «وافقت ... على رفع»)
        m = modalitiesOn("وبموجب اتفاق 14 يوليو وافقت القوى العالمية على رفع العقوبات عن طهران مقابل الحد من أنشطة "
                + "برنامجها النووي.", LocalDate.of(2015, 8, 6));
        assertTrue(m.stream().noneMatch(x -> x.endsWith(" intended")), m.toString());
    }

    @Test
    void aTitleBetweenCommasSaysWhoTheSubjectIsAndIsNoTarget() {
        // snn-2015-07-24#1285 (session 18's blind judgement, item 21, "swapped"): the Egyptian ambassador rejects the
        // Iraqi Maliki's remarks; session19-base coded IRQGOV>EGYGOV 12 (the ambassador's country taken from the
        // article, his apposition taken as the target)
        List<String> d = dyads("استنكر دبلوماسيون عرب ومصريون مزاعم نوري المالكي نائب الرئيس العراقي ضد المملكة. "
                + "من جانبه رفض السفير حسين هريدي، مساعد وزير الخارجية المصري الأسبق، تصريحات المالكي، السلبية التي "
                + "وجهها للمملكة، مؤكدا أنها غير مقبولة شكلا وموضوعا.");
        assertTrue(d.contains("EGYGOV>IRQGOV 12"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.endsWith(">EGYGOV 12")), d.toString());
        // snn-2015-07-21#2969 (slice 2): the Saudi ambassador in Egypt praises a company's support, not himself
        // (session19-base EGYGOV>SAUGOV 051)
        d = dyads("ثمَّن السفير أحمد قطان، سفير المملكة العربية السعودية في مصر، دعم مجموعة \"صافولا\" للصندوق الخيري "
                + "وللمؤسسات العلاجية والاجتماعية المستحقة للدعم.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(">SAUGOV 051")), d.toString());
        // controls: a subject with a country of its own, the actor between commas its object (snn-2015-08-06#3096,
        // slice 33; snn-2015-08-11#685, slice 15)
        d = dyads("هاجم نائب رئيس شرطة دبي الفريق ضاحي خلفان، الأمين العام لـ\"حزب الله\" اللبناني حسن نصر الله، واصفاً "
                + "إياه بأنه لا علم له بالسياسة أكثر من \"صاحب بقالة\".");
        assertTrue(d.contains("ARECOP>LBNREB 111"), d.toString());
        d = dyads("زار السفيرُ الأسترالي لدى المملكة الدكتور رالف بيتر كينج، الشركة السعودية للكهرباء بالرياض، حيث التقى "
                + "المهندس منصور القحطاني.");
        assertTrue(d.contains("AUSGOV>SAUBUS 042"), d.toString());
    }

    @Test
    void aSubjectsAppositionBetweenCommasBeforeTheVerbKeepsItsSubject() {
        // snn-2015-08-11#148: SVO with the subject's apposition between it and the verb; session19-base coded no
        // meeting
        List<String> d = dyads("وكان الوزير عادل الجبير، وزير الخارجية السعودي، التقى نظيره الألماني فرانك فالتر "
                + "شتاينماير في العاصمة الألمانية برلين، أمس.");
        assertTrue(d.contains("SAUGOV>DEUGOV 04"), d.toString());
        // controls: the last of a list before a comma is no subject of the verb after the next one
        // (snn-2015-07-31#450); a phrase between commas naming no actor is an adverbial (snn-2015-08-04#79)
        d = dyads("في حفل ترميم وتجديد معبر الملك حسين (اللنبي سابقا)، الذي يصل بين الضفة الغربية والأردن، ولكن "
                + "إسرائيل تسيطر عليه منذ احتلال 1967، فقال إنه سيصل إسرائيل بالعالم العربي.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("JOR>")), d.toString());
        d = dyads("نفذت السلطات الباكستانية، صباح اليوم الثلاثاء، حكم الإعدام شنقا بحق شفقت حسين.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("PAKGOV>")), d.toString());
    }

    @Test
    void theOwnerOfARejectedStanceIsNoSubjectOfTheVerb() {
        // slice i%41==28 (snn-2015-08-02#634): the Congress party owns the policy the hashtag opposes; s18-base coded
        // INDPTY>INDGOV 12 (the party opposing the government)
        List<String> d = dyads("الجدير بالذكر أن الهاشتاق المذكور هو في الأساس سياسي ويعارض سياسة حزب المؤتمر الوطني "
                + "الهندي والحكومة الهندية على خلفية انتقادات الزعيم البرلماني مانيش تيواري الذي اتهم الحكومة الهندية "
                + "بالتعامل مع تنظيم داعش الإرهابي.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("INDPTY>")), d.toString());
        // the accusation in the relative clause keeps its subject (a control)
        assertTrue(d.contains("INDLEG>INDGOV 112"), d.toString());
    }

    @Test
    void anActorPastTheToOfWhatIsCalledForIsNotTheOneCalledOn() {
        // snn-2015-07-22#61 (session 17's blind judgement, item 65, "root"): Sarkozy calls on no one named to back
        // Tunisia's efforts; Tunisia is what the call is for, not the one called on (base FRA>TUN 02)
        List<String> d = dyads("ودعا ساركوزي إلى مساندة جهود تونس في المجال الأمني والاقتصادي والاجتماعي، ودعم الحرب التي "
                + "تخوضها ضد الإرهاب.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("FRA>TUN 02")), d.toString());
        // controls: the one called on is the object told before إلى, past the subject's own phrase (slice 5,
        // snn-2015-08-08#77; slice 14, snn-2015-07-27#149)
        d = dyads("وفي سياق متصل دعت المفوضية العليا للاجئين التابعة للأمم المتحدة فرنسا أمس الجمعة إلى تقديم خطة "
                + "عاجلة «شاملة» لمعالجة أزمة المهاجرين في كاليه بالوسائل التي تخصص للكوارث الطبيعية.");
        assertTrue(d.contains("IGOUNO>FRA 02"), d.toString());
        d = dyads("كما بحث داود أوغلو الوضع مع المستشارة الألمانية أنجيلا ميركل التي دعت الحكومة التركية إلى عدم التخلي "
                + "عن عملية السلام مع الأكراد.");
        assertTrue(d.contains("DEUGOV>TURGOV 02"), d.toString());
    }

    @Test
    void aWarAfterAPrepositionIsNoWarDeclared() {
        // snn-2015-08-06#538 (session 17's blind judgement, item 19, "source"): Rice announced something during the
        // bombing of the 2006 war; «حرب» after «في» is in a phrase of time, not the war declared (base USA>SYR 19)
        List<String> d = dyads("من ذلك مشروع \"الفوضى الخلاقة\" الذي يحول ممانعة الشعوب للتقسيم إلى مطلب فئوي للخلاص من الحروب "
                + "والدمار والقتل اليومي كما حول الحال الآن في سورية والعراق وليبيا وربما اليمن، والذي يهدف في محصلته "
                + "لميلاد شرق أوسط جديد كما أعلنت ذلك وزيرة الخارجية الأمريكية كوندوليزا رايس أثناء القصف الجوي "
                + "المتواصل للأهداف المدنية اللبنانية في حرب عام 2006.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 19")), d.toString());
        // snn-2015-07-31#1738 (i%41==7): Nasrallah announces his victory in his war in Syria (base ->SYR 19)
        d = dyads("اعتاد الأمين العام لـ\"حزب الله\" حسن نصرالله على قلب الأمور وتحويل الانتكاسات إلى انتصارات إن كانت "
                + "ستصب في ميزان بطولاته ورصيده لدى جمهوره، لهذا أطل عليهم منذ فترة ليعلن انتصاره في حربه الدائرة في "
                + "سوريا، مع العلم أن الحرب لم تنته بعد.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 19")), d.toString());
        // controls: the war declared as the verb's object (i%41==0 snn-2015-07-21#861; i%41==11 snn-2015-08-06#1781)
        d = dyads("وفي مواجهة ضغوط جماهيرية متزايدة أعلن زعماء الصين حربا على التلوث وتعهدوا بالتخلي عن نموذج اقتصادي "
                + "مضى عليه عقود.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("CHNGOV>") && x.endsWith(" 19")), d.toString());
        d = dyads("ولكنه حين وصل الى هناك كانت بريطانيا قد أعلنت الحرب على هتلر فتم اعتقاله من قبل السلطات البريطانية في "
                + "الهند.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("GBR>") && x.endsWith(" 19")), d.toString());
    }

    @Test
    void anActorAfterAnotherVerbIsThatVerbsNotTheCuesObject() {
        // snn-2015-07-26#1390 (session 17's blind judgement, item 34, "root"): the lawmakers who oppose the deal urge
        // Saudi Arabia; they do not oppose Saudi Arabia (base >SAU 12 beside the appeal 02, which stays)
        List<String> d = dyads("وأشارت الصحيفة إلى أن إسرائيل تتمتع بنفوذ لا مثيل له في الكابيتول هيل إلا أن المشرعين الذين "
                + "يعارضون الاتفاق النووي يحثون السعودية سراً على الانضمام العلني مع إسرائيل في رفض الاتفاق.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(">SAU 12")), d.toString());
        assertTrue(d.stream().anyMatch(x -> x.endsWith(">SAU 02")), d.toString());
        // snn-2015-07-26#1230 (i%41==5): Moscow denies any involvement and accuses the Ukrainian military; the denial
        // is not about them (base RUS>UKRMIL 016)
        d = dyads("ونفت موسكو بشكل قاطع اي تورط، واتهمت العسكريين الاوكرانيين.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 016")), d.toString());
    }

    @Test
    void aPartyUnderWhoseCoverADoerActsIsNoTarget() {
        // modifiers.tsv cover-phrase: session 18's blind judgement of the lead's slice, item 8 (snn-2015-07-26#691),
        // here as the same ministry's statement in snn-2015-07-27#307 (slice i%41==8): the settlers stormed al-Aqsa
        // under the forces' protection, they did not fight them (w1 ISRREB>ISRMIL 19)
        List<String> aqsa = dyads("وأدانت الوزارة في بيان صحافي، اقتحام المستوطنين المتطرفين تحت حماية قوات الاحتلال أمس، المسجد "
                + "الأقصى المبارك من جهة باب المغاربة، لتأمين اقتحامات المستوطنين.");
        assertTrue(aqsa.stream().noneMatch(x -> x.endsWith(">ISRMIL 19")), aqsa.toString());
        // snn-2015-07-31#1287 (slice 7): the government protected the settlers' attacks, it was not attacked (w1 ->ISRGOV 18)
        List<String> erekat = dyads("وصرح عريقات الذي يقوم أيضا بأعمال أمين سر منظمة التحرير الفلسطينية للصحافيين \"منذ العام 2004 "
                + "ولغاية الآن ارتكب المستوطنون 11 ألف اعتداء إجرامي\"، وأكد أن هذه الاعتداءات شملت \" قتل أبرياء وحرقهم وحرق "
                + "مساجد وأشجار\"، لافتا إلى أن \"هذه الاعتداءات تمت تحت حماية الحكومة الاسرائيلية، بدون محاسبة أو مساءلة عن "
                + "هذه الجرائم\".");
        assertTrue(erekat.stream().noneMatch(x -> x.endsWith(">ISRGOV 18")), erekat.toString());
        // control: a bare بمساندة is the act pledged, whose object is the target (snn-2015-07-21#288, slice 1)
        List<String> bush = dyads("ويتعهد جيب بوش بمساندة حكومة بنيامين نتنياهو اليمنية، ملمحا إلى أنه سيتخلى عن ممارسة أي ضغوط على "
                + "نتنياهو من أجل تنفيذ حل الدولتين.");
        assertTrue(bush.stream().anyMatch(x -> x.endsWith(">ISRGOV 03")), bush.toString());
    }

    @Test
    void aPartyNamedAsTheCauseIsNoTarget() {
        // modifiers.tsv cause-word: session 18's blind judgement of the lead's slice, item 37 (snn-2015-08-08#194): the
        // consensus on supporting the Syrian revolution wanes because of ISIS; nobody supports ISIS (w1 SYR>IMGREB 051)
        List<String> isis = dyads("وفي سورية ينحسر الإجماع على دعم الثورة السورية، بسبب تغول “داعش” وجبهة النصرة والمخاوف من تبعات ذلك.");
        assertTrue(isis.stream().noneMatch(x -> x.endsWith(">IMGREB 051")), isis.toString());
        // snn-2015-08-07#147 (slice 37): the support is Assad's, its cause the weakness of his forces (w1 SYRGOV>SYRMIL 051)
        List<String> assad = dyads("وفي إجابة على سؤال عن احتمال أن يتخلى الروس عن دعم الأسد «بسبب ضعف قوات الأسد، حسب تصريحات "
                + "الأسد نفسه»، رفض تونر نفي أو تأكيد هذا الاحتمال.");
        assertTrue(assad.stream().noneMatch(x -> x.endsWith(">SYRMIL 051")), assad.toString());
    }

    @Test
    void aVerbListedAsWrittenTakesTheSubjectBeforeIt() {
        // snn-2015-07-21#135 (corpus; s18-w1 coded nothing): a phrase cue that is one finite verb (أغارت) has its
        // subject before it, SVO, as a verb does
        assertTrue(dyads("وأضاف موضحًا: «علمت من بعض الركاب الذين نقلتهم من نغامدو أن بوكو حرام أغارت على القرية "
                + "مساء».").stream().anyMatch(x -> x.startsWith("NGAREB>") && x.endsWith(" 195")));
        // snn-2015-07-27#150: «عذبوا» (a phrase) with its subject before it (s18-w1: nothing)
        assertTrue(dyads("وذكر تقييم أميركي صدر عام 2011 أن مسؤولين عسكريين باكستانيين عذبوا وقتلوا أفرادا مشتبها في "
                + "كونهم مسلحين.").stream().anyMatch(x -> x.startsWith("PAKMIL>") && x.endsWith(" 1822")));
        // snn-2015-08-06#494: before a phrase joined by و the actor closes the clause before (a first build coded
        // IRQ>TUR 10: Iraq demanding of Ankara)
        assertTrue(dyads("من جهته، ندد الامين العام لجامعة الدول العربية نبيل العربي الثلاثاء بالقصف التركي في شمال "
                + "العراق وطالب انقرة باحترام سيادة العراق.").stream().noneMatch(x -> x.startsWith("IRQ>")));
        // snn-2015-07-27#45: not the antecedent of a relative pronoun, which may be read as the place in the
        // antecedent's phrase (a first build coded PSE>PSECVL 1711)
        assertTrue(dyads("فما تقوم به قوات الاحتلال في فلسطين، التي تصادر حقوق الشعب الفلسطيني، إرهاب.").stream()
                .noneMatch(x -> x.startsWith("PSE>")));
    }

    @Test
    void unnamedSourcesInABodySpeakForIt() {
        // snn-2015-07-24#1613 (eval/judgments/s18-blind-slice40.tsv item 39): «مصادر في المقاومة الشعبية» said the
        // resistance killed 17 Houthis; s18-base and s18-w1 took the pronoun of «أنها» for the Yemeni tribes of an
        // earlier sentence (YEMCVL>YEMREB 19): the sources are no actor, so the subject carried stood in for them
        List<String> d = dyads("كما رفضت عدة قبائل يمنية في الشمال إلحاق أبنائها بمليشيات الحوثي وصالح. "
                + "أكدت مصادر في المقاومة الشعبية بمحافظة مأرب أنها قتلت 17 من عناصر ميليشيا الحوثي وصالح، من بينهم "
                + "قائد عسكري يسمى الشحطري، وهو ابن أخت الرئيس المخلوع، علي عبدالله صالح.");
        assertTrue(d.contains("YEMMIL>YEMREB 19"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("YEMCVL>YEMREB 19")), d.toString());
        // snn-2015-08-01#740: the verb's own subject is the body too; s18-w1 coded nothing (the sources no actor)
        List<String> un = dyads("وانتقدت مصادر دبلوماسية في الحكومة اليمنية الأمم المتحدة، مشيرة إلى أنها والدول "
                + "الغربية لم تقم بإرسال أية باخرة أو طائرة خلال فترة الهدنة، وأن غالبية الجهد كان سعوديا.");
        assertTrue(un.contains("YEMGOV>IGOUNO 111"), un.toString());
        // snn-2015-07-23#604 (a control): the body is not the speaker whose clause's act has no subject found; the
        // attack is the Houthis', never the resistance's
        List<String> attack = dyads("وقالت مصادر في المقاومة الشعبية إن الحوثيين والموالين لصالح شنوا هجمات عنيفة "
                + "على مواقع المقاومة والجيش في جبهتي الجفينه وصرواح في محاولة منهم للتقدم والاستيلاء على تلك المواقع.");
        assertTrue(attack.stream().noneMatch(x -> x.startsWith("YEMMIL>")), attack.toString());
    }

    @Test
    void aReporterIsNotTheDoerOfTheActItTells() {
        // snn-2015-07-22#854 (session 19's blind judgement, eval/judgments/s19-blind-slice42.tsv item 16): the Syrian
        // Observatory tells of a suicide bombing; the bomber is «انتحاري», an unknown noun after the VSO verb
        List<String> d = dyads("وقال المرصد السوري لحقوق الإنسان \"فجر انتحاري نفسه بسيارة مفخخة على حاجز لوحدات حماية الشعب "
                + "في جنوب كوباني، مشيراً إلى مقتل عنصرين من الوحدات.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("SYRNGO>")), d.toString());
        // snn-2015-08-02#804: the Observatory carried from the sentence before did not fight; «عدة جماعات مقاتلة» did
        List<String> c = dyads("قتل 25 مقاتلاً من المعارضة السورية على الأقل خلال محاولة هجوم فاشلة قاموا بها على قاعدة عسكرية "
                + "في محافظة حلب، شمال البلاد، حسبما أفاد المرصد السوري لحقوق الإنسان أمس. وأفاد المرصد بمقتل تسعة من قوات "
                + "النظام في الاشتباكات التي اندلعت بعد أن شنت عدة جماعات مقاتلة هجومها في وقت متأخر من أول من أمس.");
        assertTrue(c.stream().noneMatch(x -> x.startsWith("SYRNGO>")), c.toString());
        // control, snn-2015-07-22#893: a minister who announces arrests is his state's organ, no reporter; he keeps them
        List<String> k = dyads("أعلن وزير الداخلية العراقي محمد سالم الغبان اليوم الأحد اعتقال المتورطين بالتفجير الذي استهدف "
                + "ناحية بني سعد بمحافظة ديالى أمس الأول الجمعة.");
        assertTrue(k.stream().anyMatch(x -> x.startsWith("IRQGOV>") && x.endsWith(" 173")), k.toString());
    }

    // Thanks offered or expressed with a light verb or a circumstantial participle and the noun شكر / امتنان (session 20,
    // events72: events/patterns.tsv «قدم/وجه/جدد/رفع + شكره ...», «معبرا/مقدما ... + شكره/امتنان ...»): the one who
    // thanks is the light verb's subject or the speaker, the one thanked comes after لـ
    @Test
    void gratitudeExpressedByACircumstantialParticipleIsTheSpeakers() {
        // snn-2015-08-11#190 (slice i%47==18): the base coded nothing for «معبرا عن امتنان الرياض لموسكو»
        List<String> m = modalitiesOn("وحول التعاون العسكري، قال الجبير إنه «ستكون هناك اتفاقيات مع روسيا» في ذلك المجال، "
                + "معبرا عن امتنان الرياض لموسكو لتجاوبها مع استفسارات المملكة حول شراء أنظمة دفاعية متطورة.",
                LocalDate.of(2015, 8, 11));
        assertTrue(m.contains("SAUGOV>RUS 051 asserted"), m.toString());
    }

    @Test
    void thanksPresentedByTheSubjectOfQaddamaStay() {
        // control, snn-2015-08-06#733 (slice 6): the base coded SAUGOV>MARGOV 051 from شكره read as the verb; the light
        // verb's cue gives the same event
        List<String> m = modalitiesOn("وقدم سمو نائب خادم الحرمين الشريفين شكره وتقديره لجلالة ملك المغرب على مشاعره الطيبة ، "
                + "داعياً الله أن لا يريه أي مكروه.", LocalDate.of(2015, 8, 6));
        assertEquals(List.of("SAUGOV>MARGOV 051 asserted"), m);
    }

    @Test
    void aNameNoDictionaryKnowsThanksNotTheSubjectInPlay() {
        // snn-2015-08-02#1130 (slice i%47==20; session 19's blind item 42): the companion of a wounded fighter thanks the
        // king; the base read شكره as the verb and carried the Popular Resistance of the sentence before as its
        // subject (YEMMIL>SAUGOV 051). The light verb's own subject, a name no dictionary knows, is the one who thanks
        List<String> m = modalitiesOn("وذكر فكري علي صالح (أحد أفراد المقاومة الشعبية في لودر باليمن) أنه كان من ضمن صفوف المقاومة الشعبية "
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

    @Test
    void aPlaceOpeningAListOfCountriesLocatesNoAgent() {
        // snn-2015-07-27#591 (and its copy #598; session 21's blind item 30, «وشكر الحساينة ... قطر ... وماليزيا» coded
        // QAT → MYS 051): the peoples Iran supports are in Yemen, Palestine, Lebanon, Syria and Iraq; read as Yemen's
        // people, the first member was made the source of support for the others (YEMCVL>PSE, >LBN, >SYR, >IRQ 051)
        List<String> d = dyads("من جهته قال الرئيس حسن روحاني إن الشعب الإيراني لن يرضخ للضغوط والحظر والتهديد. وفي سياق آخر"
                + " كرر روحاني مزاعم أنه لولا إيران لسقطت بغداد وكردستان العراق بيد داعش، وأضاف: إننا سنواصل دعم الشعوب في"
                + " اليمن وفلسطين ولبنان وسوريا والعراق.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("YEMCVL>")), d.toString());
        // control, snn-2015-07-27#78: past a first place that opens a list, the agent's own place still locates it
        List<String> k = dyads("اعلن مسؤول في الحكومة التركية، اليوم (الاثنين)، ان العمليات العسكرية التي تنفذها تركيا في سوريا"
                + " والعراق لا تستهدف اكراد سوريا، بعدما افادت معلومات عن تعرض قريتين تسيطر عليهما القوات الكردية في شمال"
                + " سوريا لقصف بدبابات تركية.");
        assertTrue(k.stream().anyMatch(x -> x.endsWith(">SYRMIL 19")), k.toString());
    }

    @Test
    void aDefiniteNounNoDictionaryKnowsBeforeAStateIsTheSubject() {
        // Session 21's blind item 30 (snn-2015-07-23#1019): «وشكر الحساينة المملكة العربية السعودية وقطر ...
        // وماليزيا» — a minister no dictionary names thanks a list of states; the verb's object was read as its VSO
        // subject and the list split at a misspelt member (SAU, QAT, KWT, EGY>MYS 051). A definite noun no dictionary
        // knows right after a verb whose object follows it, then a state by its name: the state is not the subject
        List<String> d = dyads("وقال وزير الأشغال العامة والإسكان الفلسطيني مفيد الحساينة إن الإعمار بدأ. وشكر الحساينة المملكة "
                + "العربية السعودية وقطر والكويت ومصر واالأردن وماليزيا على جهودهم في دعم الشعب الفلسطيني.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(">MYS 051")), d.toString());
        // snn-2015-08-06#2223: the Shah threatened to annex Bahrain; Bahrain was the one threatening Iran (BHR>IRN 13)
        d = dyads("إلا أن موقف ملك المملكة العربية السعودية آنذاك الملك فيصل بن عبدالعزيز كان معاكسا للتوجهات الإيرانية "
                + "ومفاجئا لها حيث استقبل أمير البحرين حينها الشيخ عيسى بن سلمان آل خليفة بتاريخ 15 فبراير 1968 مما قاد "
                + "شاه إيران، وتعبيرا عن امتعاضه من الموقف السعودي، إلى إلغاء زيارة كانت مجدولة بعد يومين من ذلك "
                + "التاريخ إلى الرياض للقاء العاهل السعودي، وهدد الشاه بضم البحرين لإيران.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("BHR>")), d.toString());
        // snn-2015-07-24#821: the organization overran northern Iraq; Iraq was the one overrunning (IRQ>- 192)
        d = dyads("يذكر أنّ خسارة الجيش العراقي للرمادي كانت أسوأ هزيمة مني بها منذ أن اجتاح التنظيم المتطرف شمال "
                + "العراق الصيف الماضي.");
        assertTrue(d.stream().anyMatch(x -> x.endsWith(">IRQ 192")) && d.stream().noneMatch(x -> x.startsWith("IRQ>")),
                d.toString());
        // snn-2015-08-11#1255, sentences 3 and 11: the statement accused PKK members; read as the accuser, the PKK
        // was carried on as the subject of the police's arrests (TURREB>- 173)
        d = dyads("واتهم البيان عناصر حزب العمال الكردستاني بتنفيذ الهجوم. وأعلنت الشرطة أنها اعتقلت أحد المشاركين في "
                + "إطلاق النار، وتطارد آخر.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("TURREB>")), d.toString());
        // controls: a nationality after the noun says whose it is (snn-2015-07-31#429); a title before a named
        // person is no subject of its own (snn-2015-07-31#635)
        assertTrue(dyads("ويخوض المثقفون المصريون حاليا معركة ضد ما سموه «أخونة وزارة الثقافة» ومحاولة تغييب دورها وتحويلها "
                + "إلى كيان باهت.").stream().anyMatch(x -> x.startsWith("EGY>") && x.endsWith(" 19")));
        assertTrue(dyads("هنأ الدكتور نبيل العربي الأمين العام لجامعة الدول العربية الشعب المصري والقيادة السياسية والحكومة "
                + "بمناسبة قرب افتتاح مشروع قناة السويس الجديدة، مؤكدا أنها ملحمة ستكون لها نتائج سياسية واقتصادية "
                + "واجتماعية وتنموية بصفة عامة، مشددا في تصريح له أمس، على أن مشروع قناة السويس الجديدة يحمل رسالة مهمة "
                + "مفادها أن مصر تتقدم وانتصرت على “الشوشرة” التى يقوم بها الإرهاب وتسعى لتحقيق مايصبو إليه الشعب "
                + "المصري من حرية وتقدم اقتصادي.").contains("IGOARL>EGYCVL 051"));
    }

    @Test
    void thePeacekeepersNameIsNoActOfPeacekeeping() {
        // Session 21's blind item 11 (snn-2015-07-24#1450: «اللاجئين المقيمين في قواعد قوات حفظ السلام التابعة الامم
        // المتحدة» SSDREF>IGOUNO 074): the noun «قوات حفظ السلام» names the forces, an actor; as a cue of its own it
        // borrowed a side from the sentence. snn-2015-08-04#817: French peacekeepers killed in Beirut, then the Kuwait
        // bombings, were FRA>KWT 074
        List<String> d = dyads("وتبعها قصف ثكنة قوات مشاة البحرية الأميركية في بيروت التي قتل فيها 241 أميركيا و58 من قوات "
                + "حفظ السلام الفرنسية، ثم تفجيرات الكويت بالتعاون مع حزب الدعوة العراقي.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 074")), d.toString());
        // control: sending the forces is the act (patterns.tsv, أرسل + قوات حفظ السلام)
        assertTrue(dyads("وأرسلت الأمم المتحدة قوات حفظ السلام إلى مالي").contains("IGOUNO>MLI 074"));
    }

    @Test
    void aSentenceOnAnotherMatterTakesNoSubjectFromTheSentenceBefore() {
        // session 22's blind judgement, item 32 (the construction; the judged article is not used): «على صعيد آخر» opens
        // another matter; the pronoun on إنّ after a speaker no dictionary knows is not the state named the sentence before
        List<String> d = dyads("وأعلن وزير الدفاع الأمريكي أشتون كارتر أن تدريب واشنطن لمقاتلي المعارضة السورية انطلق ببطء. على"
                + " صعيد آخر، قالت حركة نور الدين زنكي التابعة لغرفة عمليات فتح حلب، فجر الخميس، إنها قتلت عشرين عنصراً"
                + " لقوات النظام في حي الراشدين.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("USA>") && x.endsWith(" 19")), d.toString());
        // snn-2015-07-25#1299 (corpus): «على صعيد آخر، أوقفت قوة من الجيش اللبناني» is no act of the Syrian opposition
        // (session 29, events137: with a verb of an act, not of speech, before: a speaker carried into the narrator's
        // sentence is no longer borrowed at all)
        List<String> a = dyads("وهاجمت المعارضة السورية مواقع النظام. على صعيد آخر، أوقفت قوة من الجيش اللبناني 23 شخصاً"
                + " من التابعية السورية شرق لبنان وشماله، للاشتباه بانتمائهم إلى تنظيمات إرهابية.");
        assertTrue(a.stream().noneMatch(x -> x.startsWith("SYROPP>") && x.endsWith(" 173")), a.toString());
        // control: «في سياق متصل» (a related context) goes on with the subject in play
        List<String> c = dyads("وهاجمت المعارضة السورية مواقع النظام. في سياق متصل، أوقفت قوة من الجيش اللبناني 23 شخصاً"
                + " من التابعية السورية شرق لبنان وشماله، للاشتباه بانتمائهم إلى تنظيمات إرهابية.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("SYROPP>") && x.endsWith(" 173")), c.toString());
    }

    @Test
    void aSentenceOnAnotherMatterCarriesItsOwnSubjectOn() {
        // session 22's events88 (measured): after «من جهة أخرى» the sentence's own subject, the subject of its first verb,
        // is the one in play next, even when none of its acts set it so: a light verb's («قامت قوات الأمن المصرية
        // باعتقال») and a verb the coder knows no act for («أرجأت محكمة مصرية») — not the coalition named before
        String before = "شنت طائرات التحالف العربي غارات على مواقع الحوثيين في صنعاء. ";
        List<String> light = dyads(before + "من جهة أخرى، قامت قوات الأمن المصرية أمس باعتقال ثلاثة صحافيين في القاهرة."
                + " وأعيدت محاكمتهم غيابيا.");
        assertTrue(light.contains("EGYCOP>null 173") && light.stream().noneMatch(x -> x.startsWith("SAUMIL>null ")),
                light.toString());
        List<String> court = dyads(before + "من جهة أخرى، أرجأت محكمة مصرية أمس النطق بالحكم على ثلاثة صحافيين."
                + " وأعيدت محاكمتهم غيابيا.");
        assertTrue(court.contains("EGYJUD>null 173") && court.stream().noneMatch(x -> x.startsWith("SAUMIL>null ")),
                court.toString());
        // controls: no own subject, the one in play goes on as before — the one counted after «قتل» is the one killed,
        // a speaker no dictionary knows is not the subject of a verb in what was said, a related context («في سياق
        // متصل») and a shift sentence with no party after its first word set nothing
        for (String shift : List.of("من جهة أخرى، قتل عنصر من حزب العمال الكردستاني في جنوب تركيا.",
                "من جهة أخرى، قالت مصادر محلية إن الشرطة المصرية أوقفت ثلاثة صحافيين.",
                "في سياق متصل، أرجأت محكمة مصرية أمس النطق بالحكم على ثلاثة صحافيين.",
                "من جهة أخرى، في القاهرة أرجئ النطق بالحكم على ثلاثة صحافيين.")) {
            List<String> c = dyads(before + shift + " وأعيدت محاكمتهم غيابيا.");
            assertTrue(c.contains("SAUMIL>null 173"), shift + " " + c);
        }
    }

    @Test
    void aMasdarWithAPronounTakesNoNationalityPastItsObject() {
        // snn-2015-07-22#64 (corpus; session 22's blind item 44 is the same construction, «بعد ادانته مقتل رضيع
        // فلسطيني»): «لرفضهم خياطة ملابس أفغانية» — the tailors refused; the garments are Afghan, Afghanistan refused nothing
        List<String> d = dyads("واعتقل تنظيم داعش أمس 15 خياطا موصليا لرفضهم خياطة ملابس أفغانية لمسلحي التنظيم.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("AFG>")), d.toString());
        // control: a masdar with no pronoun keeps the nationality past its adjective as its doer
        List<String> c = dyads("ودانت الجامعة العربية القصف الجوي التركي في شمال العراق.");
        assertTrue(c.contains("IGOARL>TURMIL 111"), c.toString());
    }

    @Test
    void anActAnAgreementIncludesIsNoSpeakersAct() {
        // session 22's blind judgement, item 13 (the construction in sentences of my own): what an agreement includes
        // or stipulates names no doer; neither the minister who tells it nor the subject in play gives the aid
        List<String> d = dyads("وقال وزير التخطيط اليمني إن الاتفاقية تتضمن تقديم مساعدات عاجلة للشعب اليمني.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("YEMGOV>")), d.toString());
        List<String> n = dyads("وقال وزير التخطيط اليمني إن الاتفاقية تتضمن مساعدات عاجلة للشعب اليمني.");
        assertTrue(n.stream().noneMatch(x -> x.startsWith("YEMGOV>")), n.toString());
        // the verb before its subject (VSO), after a sentence whose subject would be carried on: not the US president
        List<String> s = dyads("وأكد الرئيس الأمريكي باراك أوباما أنه سيدافع عن الاتفاق أمام الكونغرس. ويتضمن الاتفاق النووي"
                + " رفع العقوبات عن إيران مقابل فرض قيود على برنامجها النووي.");
        assertTrue(s.stream().noneMatch(x -> x.startsWith("USAGOV>IRN")), s.toString());
        // controls: a government that decided to give, a state that gave, and a verb with no text as its subject
        assertTrue(dyads("وقال وزير التخطيط اليمني إن الحكومة قررت تقديم مساعدات عاجلة للشعب اليمني.").contains("YEMGOV>YEMCVL 07"));
        assertTrue(dyads("وقال وزير التخطيط اليمني إن بلاده قدمت مساعدات عاجلة للشعب اليمني.").contains("YEM>YEMCVL 07"));
        assertTrue(dyads("وأكد الرئيس الأمريكي باراك أوباما أنه سيدافع عن الاتفاق أمام الكونغرس. وقرر رفع العقوبات عن إيران.")
                .contains("USAGOV>IRN 085"));
    }

    @Test
    void peopleWithNoCountryOpeningTheReportedClauseAreItsSubject() {
        // session 23's blind judgement, item 68 (the construction in sentences of my own): the people noun no
        // dictionary gives a country opens the clause after إن, its phrase of origin between it and the verb; the
        // minister who tells it threatens no one
        List<String> d = dyads("قال وزير الداخلية الألماني توماس دي ميزير أمس إن المهاجرين من البلقان وأفريقيا يهددون النظام"
                + " الاجتماعي للاتحاد الأوروبي.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("DEUGOV>")), d.toString());
        List<String> e = dyads("وقال وزير الخارجية البريطاني أمس إن المهاجرين من أفريقيا يهددون اقتصاد الاتحاد الأوروبي.");
        assertTrue(e.stream().noneMatch(x -> x.startsWith("GBRGOV>")), e.toString());
        // gunmen the police tell of shot; the police did not
        List<String> g = dyads("وقالت الشرطة الفرنسية إن مسلحين على دراجة نارية أطلقوا النار على حافلة في ضواحي باريس.");
        assertTrue(g.stream().noneMatch(x -> x.startsWith("FRACOP>") || x.startsWith("FRA>")), g.toString());
        // controls: a state's organ opening the clause stays the speaker's country's; the same people in play (the
        // rebels' spokesman on their fighters) stay the agent; the speaker's own act is still his
        List<String> c = dyads("وقال المتحدث باسم الحكومة العراقية إن القوات شنت هجوما على مواقع تنظيم داعش.");
        assertTrue(c.stream().anyMatch(x -> !x.startsWith("-") && x.contains(">IMGREB 19")), c.toString());
        List<String> r = dyads("وقال المتحدث باسم حركة طالبان إن مقاتلي الحركة هاجموا مقرا للجيش الأفغاني.");
        assertTrue(r.stream().anyMatch(x -> x.startsWith("AFGREB>")), r.toString());
        assertTrue(dyads("وقال وزير الخارجية البريطاني إن بلاده تهدد الاتحاد الأوروبي بالانسحاب.").stream()
                .anyMatch(x -> x.startsWith("GBR") && x.contains(">IGOEUR 13")));
    }

    @Test
    void theDeathSentenceInConstructIsNoVerbOfSentencing() {
        // session 23's blind judgement, item 17 (the construction in sentences of my own): «حكم الإعدام» is the
        // noun, the sentence escaped or stayed; no one sentences anyone here (patterns.tsv: حكم + ب + سجن/إعدام/تعزير)
        List<String> d = dyads("وأكد المتحدث باسم وزارة الداخلية المصرية أن جماعة الإخوان تروج هذه الأكاذيب للهروب من حكم"
                + " الإعدام.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 173")), d.toString());
        List<String> s = dyads("وطالبت الحكومة الهندية بوقف تنفيذ حكم الإعدام بحق المواطن.");
        assertTrue(s.stream().noneMatch(x -> x.startsWith("INDGOV>") && x.endsWith(" 173")), s.toString());
        // an acquittal after ب, prison named further on: the ب is looked for on the sentence's own word
        List<String> q = dyads("وحكمت المحكمة المصرية ببراءة المتهم الذي قضى ثلاث سنوات في السجن.");
        assertTrue(q.stream().noneMatch(x -> x.endsWith(" 173")), q.toString());
        // controls: the verb with its sentence after ب; a discretionary sentence (تعزير) glued to ب is one too
        assertTrue(dyads("وحكمت محكمة مصرية على المتهم بالسجن عشر سنوات.").contains("EGYJUD>null 173"));
        assertTrue(dyads("وحكمت المحكمة الجزائية السعودية بتعزيره ست سنوات.").contains("SAUJUD>null 173"));
    }

    @Test
    void thePronounOfPeopleOnAMasdarIsNotTheAuthoritiesInPlay() {
        // session 23's blind judgement, item 5 (the construction in a sentence of my own): «ولاءهم وتأييدهم» are the
        // cell members'; the authorities who arrested them (السلطات, referred to by ـها) praised no one
        List<String> d = dyads("اعتقلت السلطات الأردنية أمس خلية إرهابية من خمسة عناصر ينشطون في عمان، أعلنوا ولاءهم"
                + " وتأييدهم لتنظيم داعش.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("JORGOV>IMGREB 05")), d.toString());
        // controls: the arrest stays; the authorities' own support, with the pronoun that agrees, stays theirs
        assertTrue(d.contains("JORGOV>IMGREB 173"), d.toString());
        assertTrue(dyads("وقال مصدر إن السلطات الأردنية أعلنت أمس في بيان تأييدها لقرار الأمم المتحدة.")
                .contains("JORGOV>IGOUNO 051"));
    }

    @Test
    void aMasdarAfterAPrepositionWithAnUnknownDoerIsNoSpeakersAct() {
        // session 22's blind judgement, item 52 (the construction): «بعد توصل دول مجموعة «5+1» مع طهران إلى اتفاق» — the
        // masdar's genitive, a noun no dictionary knows, reached the agreement; not the one who speaks of it
        List<String> d = dyads("وقال وزير الخارجية اليمني رياض ياسين، عقب لقائه مع نظيره القطري في الدوحة أمس، إن إيران ستواجه"
                + " مشكلات بعد توصل دول مجموعة «5+1» مع طهران إلى اتفاق.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("YEMGOV>IRN") || x.startsWith("IRN>YEMGOV")), d.toString());
        // control: a genitive the dictionaries know is the doer
        List<String> c = dyads("وقال وزير الخارجية الكويتي إن المنطقة ستشهد تغيرات كبيرة بعد توصل الأطراف اليمنية مع الحوثيين"
                + " إلى اتفاق.");
        assertTrue(c.contains("YEMPTY>YEMREB 05"), c.toString());
    }

    @Test
    void anAdverbialOfTimeOrOfTheStatementBeforeTheActCondemned() {
        // snn-2015-08-06#1861 (corpus; session20-base coded nothing): a time noun between the subject and the act
        // named by its nationality adjective; the one condemned is the state whose forces shelled
        List<String> d = dyads("ودانت الجامعة العربية الثلاثاء القصف التركي في شمال العراق حيث طالبت أنقرة باحترام سيادة "
                + "العراق على أراضيه داعية كلاً من تركيا والعراق إلى التعاون للحفاظ على السلام.");
        assertTrue(d.contains("IGOARL>TURMIL 111"), d.toString());
        // snn-2015-07-26#102: the statement's phrase «في بيان على موقعها الالكتروني» after an SVO verb (nothing before)
        List<String> s = dyads("وكانت قوات الدفاع الشعبي الجناح العسكري لحزب العمال الكردستاني دانت في بيان على موقعها "
                + "الالكتروني القصف التركي، معتبرة أنه \"عدوان\".");
        assertTrue(s.contains("TURREB>TURMIL 111"), s.toString());
        // snn-2015-08-06#2585, a control (unchanged): a person after the time noun is the verb's object itself
        List<String> c = dyads("وفي الوقت الذي استقبل فيه الرئيس المصري أمس الرئيس اليمني عبد ربه منصور هادي، وكلا من "
                + "مبعوثي رؤساء وزراء الهند، واليابان، وسنغافورة، اكتملت الاستعدادات.");
        assertTrue(c.contains("EGYGOV>YEMGOV 043"), c.toString());
    }

    @Test
    void theActAClaimNamesIsAnEventOfTheClaimant() {
        // snn-2015-08-09#105 (corpus; session20-base coded only an unidentified → AFG 19 of the Kabul series): the claim cue تبنى + هجوم* took «الهجوم» as its own
        // word; the act claimed is an event of its own, the claimant its agent
        List<String> d = dyads("وتبنت حركة طالبان هذا الهجوم، الذي يأتي بعد سلسلة هجمات في كابل أوقعت 51 قتيلا الجمعة، في "
                + "ما يعتبر اليوم الأكثر دموية في العاصمة الأفغانية منذ سنوات.");
        assertTrue(d.contains("AFGREB>AFG 19"), d.toString());
        // snn-2015-07-26#1254: a car bombing claimed, a time noun between the claimant and the act (nothing before)
        List<String> car = dyads("تبنى حزب العمال الكردستاني الاحد هجوما بسيارة مفخخة ردا على الغارات الجوية التركية على "
                + "قواعده في شمال العراق والتي قال انها انهت الهدنة السارية بين الجانبين منذ 2013.");
        assertTrue(car.stream().anyMatch(x -> x.startsWith("TURREB>") && x.endsWith(" 1832")), car.toString());
        // a control (the corpus's «تبنى مجلس الأمن الدولي أمس قرارا»): a resolution adopted is no act claimed
        List<String> c = dyads("تبنى مجلس الأمن الدولي أمس قرارا يدعو إلى وقف إطلاق النار في اليمن.");
        assertTrue(c.stream().noneMatch(x -> x.startsWith("IGOUNO>") && (x.endsWith(" 19") || x.contains(" 18"))), c.toString());
    }

    @Test
    void aBodysOwnMeetingHasNoPartnerButOneNamedAsSuch() {
        // session 21's blind judgement (eval/judgments/s21-blind-slice52.tsv items 20 and 67, «بيان القيادة عقب
        // اجتماعها ... برئاسة الرئيس الفلسطيني»، «ترؤسه اجتماعاً للمجلس الاستشاري لحركة فتح ... بالجهود الفرنسية»): a
        // meeting owned by one body (its pronoun, genitive, لـ-phrase, the verb's subject) has no partner further on.
        // The weekly meeting of Netanyahu's government (snn-2015-07-21#118): Iran is what he spoke of
        List<String> d = dyads("وقال نتنياهو في بداية الاجتماع الأسبوعي لحكومته، «لو اعتقد أحد أن التنازلات الهائلة التي "
                + "قدمت لإيران ستأتي بتغيير في سياستها (فقد جاءته) إجابة حاسمة مطلع الأسبوع في الخطاب العدواني والمستفز "
                + "لحاكم إيران خامنئي».");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 04")), d.toString());
        // the Security Council's emergency session (snn-2015-08-02#147): Iraq's invasion is what it discussed
        d = dyads("* 2 أغسطس 1990: مجلس الأمن يعقد جلسة طارئة لبحث غزو العراق للكويت، وطالبه في القرار 660 بالانسحاب "
                + "من الكويت.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 04")), d.toString());
        // a meeting of the Taliban's leadership in Quetta (snn-2015-08-02#618): Pakistan is where it was
        d = dyads("لكن الرجل يواجه معارضة من داخل الحركة وبين معارضيه عبد المنان ويعقوب ابن الملا عمر اللذين كانا ضمن "
                + "مجموعة تزيد على عشرة من رموز طالبان انسحبوا من اجتماع للقيادة يوم الأربعاء الماضي في مدينة كويتا بغرب "
                + "باكستان وفقا لرواية ثلاثة أشخاص في مجلس شورى الحركة.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 04")), d.toString());
        // probes written after item 20's quote (not corpus sentences): the chair after the pronoun's meeting is no
        // partner, nor the settlers the statement names further on
        d = dyads("وطالب بيان القيادة عقب اجتماعها برئاسة الرئيس الفلسطيني محمود عباس بمحاسبة المستوطنين الإسرائيليين");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 04")), d.toString());
        d = dyads("ودان المستوطنون الاسرائيليون في بيان القيادة عقب اجتماعها برئاسة الرئيس الفلسطيني");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 04")), d.toString());
        // controls: a partner after مع past the meeting's own words (snn-2015-07-24#294), after بـ on the word right
        // after the owner (snn-2015-08-11#1041), a second party coordinated with the genitive (snn-2015-07-31#1952)
        d = dyads("عقد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصره بالرياض اليوم جلسة مباحثات رسمية "
                + "مع فخامة الرئيس ماكي سال رئيس جمهورية السنغال .");
        assertTrue(d.contains("SAUGOV>SENGOV 04") && d.contains("SENGOV>SAUGOV 04"), d.toString());
        d = dyads("كشفت وثيقة تم تسريبها عن اجتماع وزير الخارجية اليمني رياض ياسين بالأمين العام لهيئة العمل الخارجي "
                + "للاتحاد الأوروبي الآن لوروا في بروكسل، عن وجود حالة من التناقض في الموقف الأوروبي تجاه الوضع اليمني.");
        assertTrue(d.contains("YEMGOV>IGOEUR 04"), d.toString());
        d = dyads("وفي بيان مشترك صدر بعد اجتماع وزير الطاقة الروسي ألكسندر نوفاك والأمين العام لأوبك عبد الله البدري في "
                + "موسكو بينوا أن روسيا والمنظمة تريان فرصة لأن تصبح سوق النفط أكثر توازنا واستقرارا في العام القادم.");
        assertTrue(d.contains("RUSGOV>IGOOPC 04"), d.toString());
    }

    // Acts refused, counted on, and the anonymous source's «رفض الكشف عن اسمه» (session 22, events86: session 22's blind
    // judgement, items 4, 14, 68).

    @Test
    void aMasdarARefusalGovernsIsNotDone() {
        // snn-2015-07-26#331: South Africa refused to arrest al-Bashir; the base coded the arrest as made (ZAF>SDNGOV 173)
        List<String> d = dyads("ورفضت جنوب افريقيا الشهر الماضي اعتقال البشير على الرغم من اصدار محكمتها العليا امرا "
                + "بذلك ومطالبة الجنائية الدولية لها.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 173")), d.toString());
        // the refuser's name and the act's own phrase between: «رفض جنوب افريقيا تنفيذ مذكرة توقيف» (snn-2015-07-21#125)
        d = dyads("وهذه المحاكمة غير المسبوقة ستتيح أيضا للقارة أن تعطي مثالا يقتدى به في وقت تتزايد المآخذ في أفريقيا على "
                + "المحكمة الجنائية الدولية المنعقدة في لاهاي، ولا سيما مؤخرا مع رفض جنوب أفريقيا تنفيذ مذكرة توقيف بحق "
                + "الرئيس السوداني عمر البشير في يونيو خلال قمة الاتحاد الأفريقي.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 173")), d.toString());
        // controls: a verb cue after the refused thing is a clause of its own (snn-2015-07-31#720: the Europeans
        // negotiate with Athens), and an act in a relative clause on the refused masdar was done (snn-2015-08-08#429)
        d = dyads("وترفض الحكومات الأوروبية هذه الفكرة وهي تتفاوض مع أثينا بشأن المزيد من أموال الإنقاذ.");
        assertTrue(d.contains("EURGOV>GRC 046"), d.toString());
        d = dyads("ونشب الخلاف الديبلوماسي في وقت تشهد فيه العلاقات بين روسيا وبريطانيا توتراً بسبب أزمة أوكرانيا، علاوة على "
                + "رفض موسكو التعاون في التحقيقات التي أجرتها بريطانيا بشأن تسميم عميل المخابرات الروسية السابق ألكسندر "
                + "ليتيفينكو في لندن.");
        assertTrue(d.contains("GBR>RUSSPY 09"), d.toString());
    }

    @Test
    void anActCountedOnIsExpectedNotDone() {
        // snn-2015-08-10#1466: the opposition counts on al-Jubeir's visit to Moscow (made the next day); the base coded
        // the visit as made (SAUGOV>RUS 042 asserted)
        List<String> m = modalities("وأشار إلى أن المعارضة تعول على زيارة وزير الخارجية عادل الجبير إلى موسكو، مؤكدا أن "
                + "المملكة هي الضمانة الحقيقية لأية عملية تسوية سياسية.");
        assertTrue(m.stream().filter(x -> x.contains(" 042")).allMatch(x -> x.endsWith(" hypothetical"))
                && m.stream().anyMatch(x -> x.contains(" 042")), m.toString());
        // the general construction, its subject between the verb and على (a sentence of the Yemeni minister's kind)
        m = modalities("وتعول الحكومة اليمنية على وقوف دول مجلس التعاون الخليجي إلى جانبها ودعم مشروعاتها لإعمار اليمن.");
        assertTrue(m.stream().noneMatch(x -> x.endsWith(" asserted") && x.startsWith("YEM")), m.toString());
        // control (snn-2015-07-31#343): the praise told before the reliance stays
        m = modalities("من جهتها، أشادت موغيريني بالسعودية، قائلة إن الاتحاد الأوروبي يعول على الرياض ودورها المهم على "
                + "الصعيد الدولي.");
        assertTrue(m.contains("IGOEUR>SAU 051 asserted"), m.toString());
    }

    @Test
    void anAnonymousSourceRejectsNobody() {
        // snn-2015-07-21#2434: «الذي رفض ذكر اسمه» was coded as Iraq rejecting the US chief of staff (IRQGOV>USAMIL 12)
        List<String> d = dyads("المسؤول العراقي الذي رفض ذكر اسمه قال إن رئيس الأركان الأمريكي طالب رئيس الوزراء العراقي "
                + "بالحفاظ على التزامه بإبقاء الولايات المتحدة على علم بالنشاطات الإيرانية داخل الأراضي العراقية.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 12")), d.toString());
        d = dyads("وقال المصدر الذي رفض الكشف عن هويته إن وفد الحوثيين وصل إلى مسقط.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 12")), d.toString());
        // controls: a rejection of another's act stays one (snn-2015-07-21#1149), and so does a refusal to name a party
        // (snn-2015-07-21#565: «رفض ذكر الصين بالاسم», not his own name)
        d = dyads("ولماذا رفضت دمشق إقدام الأردن على تسليح عشائرها؟");
        assertTrue(d.contains("SYR>JOR 12"), d.toString());
        d = dyads("وقال رئيس الوزراء الياباني إن بلاده تشعر بالقلق إزاء بناء المنشآت في بحر الصين الجنوبي لكنه رفض ذكر الصين بالاسم.");
        assertTrue(d.stream().anyMatch(x -> x.endsWith(">CHN 12")), d.toString());
    }

    // Support whose kind is told, air strikes on a country of a war on a group of no country (session 22, events83;
    // session 21's blind judgement, items 35 and 31)

    @Test
    void supportWhoseKindOrMeansIsToldIsAid() {
        // snn-2015-08-07#145 (corpus): the adverb after the one supported tells humanitarian support (051 before)
        List<String> d = dyads("وجدّد التأكيد على دعم أميركا للسوريين إنسانيا كما للمعارضة المسلحة.");
        assertTrue(d.contains("USA>SYR 073"), d.toString());
        // the means told by «من خلال تمويل»: support given by financing is economic aid (item 35's construction)
        List<String> f = dyads("وقال الوزير إن الإمارات دعمت اليمن من خلال تمويل مشاريع الكهرباء والمياه.");
        assertTrue(f.contains("ARE>YEM 071"), f.toString());
        // money as the means (snn-2015-08-02#153: «ودعمت نظام صدام بالمال»)
        List<String> m = dyads("وأوضح أن الكويت دعمت العراق بالمال خلال حربه مع إيران.");
        assertTrue(m.contains("KWT>IRQ 071"), m.toString());
        // the adjective of kind with the article after the support provided (nothing before)
        List<String> q = dyads("وقدمت السعودية الدعم المالي للحكومة اليمنية.");
        assertTrue(q.contains("SAU>YEMGOV 071"), q.toString());
        // control: support told as political stays an endorsement
        List<String> p = dyads("وأكد أن السعودية تدعم اليمن سياسيا في المحافل الدولية.");
        assertTrue(p.contains("SAU>YEM 051"), p.toString());
    }

    // Support told with its sum of money is aid (session 25, events104; session 24's blind judgement, item 9)

    @Test
    void supportToldWithASumOfMoneyIsAid() {
        List<String> d = dyads("وأعلن أن الكويت تدعم الأردن بثلاثة مليارات دولار هذا العام.");
        assertTrue(d.contains("KWT>JOR 071"), d.toString());
        assertFalse(d.contains("KWT>JOR 051"), d.toString());
        // control: a count of people after the support, no currency: still an endorsement
        List<String> c = dyads("وأكد أن الكويت تدعم الأردن الذي يستضيف ثلاثة ملايين لاجئ.");
        assertTrue(c.contains("KWT>JOR 051"), c.toString());
    }

    @Test
    void airStrikesOnACountryOfAWarOnAStatelessGroupStrikeThatGroupThere() {
        // snn-2015-07-22#530 (corpus): a fighter of ISIS killed in a US air strike "on Iraq": Iraq is where, not whom
        List<String> d = dyads("بل هناك قضية التونسي علي عاني الحرزي الذي لقي حتفه مؤخرًا في إحدى الضربات الجوية الأمريكية على"
                + " العراق بينما كان يقاتل في صفوف «داعش».");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("USAMIL>") && x.endsWith(" 195")), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.contains(">IRQ")), d.toString());
        // the group named in another sentence of the article (item 31's construction: «ويشن التحالف غارات على العراق وسوريا»)
        List<String> s = dyads("أعلنت القوات العراقية استعادة مناطق من تنظيم داعش في محافظة الأنبار. وتشن الطائرات الأمريكية"
                + " غارات على سوريا والعراق منذ العام الماضي.");
        assertTrue(s.stream().anyMatch(x -> x.startsWith("USAMIL>") && x.endsWith(" 195")), s.toString());
        assertTrue(s.stream().noneMatch(x -> x.endsWith(">SYR 195") || x.endsWith(">IRQ 195")), s.toString());
        // controls: a state's forces named as struck stay the target; with no group of no country in the article, the
        // country struck is the target
        List<String> a = dyads("وقصفت الطائرات الإسرائيلية مواقع للجيش السوري في القنيطرة، فيما يواصل تنظيم داعش هجماته في ريف"
                + " دمشق.");
        assertTrue(a.contains("ISRMIL>SYRMIL 195"), a.toString());
        List<String> c = dyads("وشنت الطائرات الإسرائيلية غارة على سوريا أمس.");
        assertTrue(c.contains("ISRMIL>SYR 195"), c.toString());
    }

    @Test
    void anAttributionToAPronounNamesNoSpeakerFurtherOn() {
        // SpeakerSearch.ownedAttribution (session 22, actors36; the blind judgement's item 17, «وفقاً لأجندته الخاصة
        // بعيداً عن الوفود الأوروبية»: the IMF's demand given to the EU's delegations): «حسب/وفقا + a noun with a possessive
        // pronoun» is according to the one the pronoun refers back to; an actor a few words on is no speaker and so
        // not the agent borrowed for a subjectless act (the start coded RUSGOV>YEM 10 and IGOEUR>GRC 10 here)
        List<String> m = dyads("وتصر على ضرورة إجراء مراجعة للإصلاحات اليمنية، حسب تعبيرها أمام الوفد الروسي.");
        assertTrue(m.stream().noneMatch(x -> x.startsWith("RUS")), m.toString());
        m = dyads("ويصر على ضرورة إجراء مراجعة للإصلاحات اليمنية، حسب قوله لوزير الخارجية الروسي سيرغي لافروف.");
        assertTrue(m.stream().noneMatch(x -> x.startsWith("RUS")), m.toString());
        m = dyads("وتصر على ضرورة إجراء مراجعة للإصلاحات اليونانية، وفقا لرؤيتها بعيدا عن المفوضية الأوروبية.");
        assertTrue(m.stream().noneMatch(x -> x.startsWith("IGOEUR")), m.toString());
    }

    // The people a bare group or count word after a verb is made of are its object (TargetSearch.partOfBareObject,
    // session 22, actors37): «احتجزوا الكثير من المقاتلين الإيرانيين» detained Iranians, not the place named after them.

    @Test
    void thePeopleOfABareGroupAfterAVerbAreItsObject() {
        // start: no event (the arrested behind من were skipped and nobody else was there)
        List<String> d = dyads("واعتقلت الشرطة التركية العديد من الناشطين السوريين في مدينة إسطنبول.");
        assertTrue(d.contains("TURCOP>SYROPP 173"), d.toString());
        // start: no event; the besieged are the Houthi gunmen
        d = dyads("وحاصرت قوات الأمن مجموعة من المسلحين الحوثيين في مدينة تعز.");
        assertTrue(d.stream().anyMatch(x -> x.endsWith(">YEMREB 191")), d.toString());
        // a group right after a verb with no subject of its own in the sentence is its subject, not its object
        d = dyads("قال الرئيس الأمريكي إن الاتفاق جيد. وأعربت العديد من دول الخليج عن قلقها إزاء الطموحات الإيرانية.");
        assertTrue(d.stream().noneMatch(x -> x.contains(">IGOGCC")), d.toString());
    }

    @Test
    void aClubsBoardIsNotTheGovernmentOfItsCity() {
        // session 22, actors37: «إدارة نادي ...» placed by the city after it was that country's government (start:
        // GBRGOV>EGYGOV 051)
        List<String> d = dyads("وأشادت إدارة نادي الطلاب المصريين في مدينة لندن بدعم السفارة المصرية للطلاب.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("GBRGOV>")), d.toString());
    }

    // A verb joined by و with no subject of its own shares the subject of the present-tense verb it is joined to, one
    // no pattern knows (SubjectSearch.subjectOfVerbJoinedBefore; session 22, events87: session 21's blind judgement,
    // item 17's remainder, «أن الصندوق يريد وضع شروط ... ويصر على ضرورة إجراء مراجعة»).

    @Test
    void aVerbJoinedByWawSharesTheSubjectOfTheVerbBefore() {
        // start: USAGOV>UKR 10, the speaker borrowed for the Kremlin's demand
        List<String> d = dyads("وقال وزير الخارجية الأمريكي إن الكرملين يريد تهدئة الأوضاع في المنطقة ويصر على ضرورة إجراء"
                + " مراجعة للسياسات الأوكرانية.");
        assertTrue(d.contains("RUSGOV>UKR 10"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("USAGOV>")), d.toString());
        // start: the killing had no agent (snn-2015-07-25#1192's headline construction)
        d = dyads("خبر عاجل. تنظيم داعش يفجر حمام سباحة ويقتل 12 شخصاً في الرقة.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("IMGREB>") && x.endsWith(" 19")), d.toString());
        // a demonstrative is no verb: America is not read as the subject of «وتحارب» through «تلك»
        d = dyads("أين هي امريكا تلك التي يعرف عنها العالم أنها تنتصر للضعيف وتحارب الدنيا من أجله؟");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("USA")), d.toString());
    }

    @Test
    void anActorInAnAdverbialOfTimeIsNoDirectObject() {
        // session 23's blind judgement, item 43 (the construction in sentences of my own): the actor after «بعد» + a
        // masdar is that later act's party, not the host of the visit before it
        List<String> d = dyads("وهذه أول زيارة يقوم بها وزير الخارجية الصيني لمنطقة الخليج بعد توقيع ايران والدول الكبرى"
                + " اتفاقا نوويا.");
        assertTrue(d.stream().noneMatch(x -> x.contains("IRN")), d.toString()); // base: CHNGOV>IRN 042, IRN>CHNGOV 043
        List<String> v = dyads("وتأتي زيارة وزير الخارجية الإيطالي بعد زيارة وزير الاقتصاد الألماني الأسبوع الماضي.");
        assertTrue(v.stream().noneMatch(x -> x.startsWith("ITAGOV>DEU") || x.startsWith("DEU") && x.contains(">ITAGOV")),
                v.toString()); // base: ITAGOV>DEUGOV 042, DEUGOV>ITAGOV 043
        // the genitive of the masdar after «منذ» tells when, not whom the attacks hit
        List<String> h = dyads("وكثف المسلحون هجماتهم منذ تسلم الرئيس النيجيري الجديد مهامه.");
        assertTrue(h.stream().noneMatch(x -> x.contains(">NGA")), h.toString()); // base: ->NGAGOV 19
        // controls: the host right after the visit, a span of time before the one met, and «من قبل» (by)
        assertTrue(dyads("وبدأ وزير الخارجية الصيني أمس زيارته قطر بعد توقيع الاتفاق النووي.").contains("CHNGOV>QAT 042"));
        List<String> c = dyads("وقال مصدر مطلع إن وفد الحكومة اليمنية سيلتقي بعد ساعات المبعوث الدولي إلى اليمن في مسقط.");
        assertTrue(c.stream().anyMatch(x -> x.contains("IGOUNO")), c.toString());
        List<String> b = dyads("وتعرضت القرية إلى هجوم واسع من قبل مسلحي تنظيم داعش.");
        assertTrue(b.stream().anyMatch(x -> x.contains("IMGREB")), b.toString());
    }

    // A bare opposition (or regime) with no place takes the country of the war a party named beside it belongs to
    // (events/opposition-wars.tsv), not the country the article is about (session 23, actors38: session 22's blind
    // judgement, item 59, the Turkish minister's «للمعارضة المعتدلة التي تقاتل داعش» coded TUROPP).
    @Test
    void aBareOppositionIsOfTheWarItsSentenceNames() {
        String turkey = "أعلن وزير الخارجية التركي أن تركيا ستفتح قواعدها الجوية أمام طائرات التحالف. وأضاف الوزير أن"
                + " الحكومة التركية ستحمي حدود تركيا الجنوبية. ";
        // start: TUROPP>IMGREB 19, Turkey the most named
        List<String> d = dyads(turkey + "وقال إن الدعم سيذهب للمعارضة المعتدلة التي تقاتل تنظيم داعش.");
        assertTrue(d.contains("SYROPP>IMGREB 19"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("TUROPP")), d.toString());
        // start: TURREB>SYRMIL 19; Assad's forces named beside the armed opposition
        d = dyads(turkey + "وأكد أن قوات المعارضة هاجمت مواقع قوات بشار الأسد أمس.");
        assertTrue(d.contains("SYRREB>SYRMIL 19"), d.toString());
        // start: TURMIL; the regime's forces beside Hezbollah (modifiers.tsv regime-noun)
        d = dyads(turkey + "وأضاف أن حزب الله والقوات النظامية هاجموا البلدة أمس.");
        assertTrue(d.contains("SYRMIL>null 19"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("TURMIL")), d.toString());
        // controls: the opposition named with its country; one with no war party named stays the story's
        d = dyads(turkey + "وأضاف أن الدعم سيذهب للمعارضة السورية المعتدلة التي تقاتل داعش.");
        assertTrue(d.contains("SYROPP>IMGREB 19"), d.toString());
        d = dyads(turkey + "وأشار إلى أن المعارضة نظمت مظاهرة في العاصمة.");
        assertTrue(d.contains("TUROPP>TUROPP 141"), d.toString());
    }

    @Test
    void whatADecisionAimsAtIsIntendedAndMoneyReleasedIsAid() {
        // session 23's blind judgement, item 70 (the construction in sentences of my own): what an approved decision,
        // a signed deal or a plan aims at (a لـ-masdar after the noun) is still to come, an intent, not aid given
        List<String> d = modalities("وقالت مصادر أمريكية إن الرئيس الأمريكي باراك أوباما وافق أمس على قرار لتزويد"
                + " الحكومة العراقية بطائرات مقاتلة.");
        assertTrue(d.contains("USAGOV>IRQGOV 033 intended"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("USAGOV>IRQGOV 07")), d.toString());
        List<String> s = modalities("ووقعت فرنسا الشهر الماضي اتفاقا لتزويد مصر بطائرات مقاتلة.");
        assertTrue(s.contains("FRA>EGY 033 intended"), s.toString());
        // controls: the purpose of a deed done (a plane sent), and a supply told as done, stay asserted
        List<String> c = modalities("وأرسلت فرنسا الشهر الماضي طائرة لتزويد مصر بالأدوية.");
        assertTrue(c.contains("FRA>EGY 07 asserted"), c.toString());
        assertTrue(modalities("وزودت فرنسا الشهر الماضي مصر بطائرات مقاتلة.").contains("FRA>EGY 072 asserted"));
        // session 23's blind judgement, item 3: money a union releases is a loan paid out, economic aid (071), whether
        // the money follows عن or stands before a release whose عنها refers back to it; the last two are controls: a
        // person released on bail and frozen money released stay a release (084)
        String[][] released = {
            {"وقالت المفوضية إن الاتحاد الأوروبي أفرج أمس عن 300 مليون يورو لتونس.", "IGOEUR>TUN 071"},
            {"وأفرجت الحكومة الأمريكية أمس عن 100 مليار دولار للحكومة الإيرانية.", "USAGOV>IRNGOV 071"}, // VSO
            {"وبفضل 5 مليارات دولار أفرج عنها البنك الدولي الأسبوع الماضي، سددت مصر ديونها.", "IGOWBK>EGY 071"},
            {"وأفرجت السلطات الأمريكية أمس عن رجل أعمال مصري بكفالة قدرها 10 ملايين دولار.", "USAGOV>EGYBUS 084"},
            {"وقالت طهران إن الولايات المتحدة أفرجت عن 100 مليار دولار مجمدة لإيران.", "USA>IRN 084"},
        };
        for (String[] r : released) {
            List<String> got = dyads(r[0]);
            assertTrue(got.contains(r[1]), r[0] + " " + got);
        }
    }

    @Test
    void aCountedObjectAfterADefiniteSubjectIsNotTheSubject() {
        // session 23, events95 (blind item 66): «قتلت الشرطة مسلحين» was one mention, coded as the gunmen, so the gunmen
        // killed; the police did. Control: a construct agent (no article on its head) stays the subject's phrase
        List<String> got = dyads("اندلعت اشتباكات عنيفة في جنوب شرق تركيا أمس. وقتلت الشرطة مسلحين خلال تلك الاشتباكات.");
        assertTrue(got.stream().noneMatch(d -> d.contains("REB>")), got.toString());
        assertTrue(got.stream().anyMatch(d -> d.endsWith("COP>null 19")), got.toString());
        List<String> control = dyads("وهاجم مقاتلو المعارضة السورية مواقع للجيش السوري قرب حلب.");
        assertTrue(control.stream().anyMatch(d -> d.startsWith("SYRREB>")), control.toString());
    }

    @Test
    void responsibilityLaidOnAnotherIsNoClaimOfIt() {
        // session 24, events99 (blind item 39; sentences of our own): past a verb of bearing or laying (modifiers.tsv
        // bearing-verb: تحمل، محملا) the word المسؤولية is that verb's object, no further word of a claim
        // (أعلن/تبني + مسؤولية, 015): the speaker lays the responsibility on another, it claims none
        List<String> d = dyads("وأعلنت الرئاسة الفلسطينية أنها تحمل الحكومة الإسرائيلية المسؤولية الكاملة عن الاعتداء على المسجد.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 015")), d.toString());
        // no claim, so the minister is not the attack's claimed agent either
        d = dyads("وأعلن وزير الداخلية اليمني أمس مقتل ثلاثة جنود، محملا تنظيم القاعدة المسؤولية عن الهجوم.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("YEMGOV>")), d.toString());
        // controls: a claim of one's own responsibility stays a claim, also as a masdar with its pronoun
        d = dyads("وأعلنت حركة الشباب مسؤوليتها عن اغتيال نائب صومالي في مقديشو.");
        assertTrue(d.contains("SOMREB>SOMLEG 015"), d.toString());
        d = dyads("وأعلنت حركة طالبان تحملها المسؤولية عن اغتيال نائب أفغاني في كابول.");
        assertTrue(d.contains("AFGREB>AFGLEG 015"), d.toString());
    }

    @Test
    void landNamedByANounOfTerritoryTakenIsOccupied() {
        // session 24, events100 (blind item 69, in sentences of my own): land named by a noun of territory after the
        // على of a seizure is territory occupied (192), whether or not the land or its owner is an actor named there
        String[][] taken = {
            {"وفي عام 1700 استولت القوات الإسبانية على آخر إقليم صغير تابع لفرنسا في إيطاليا.", "ESPMIL>FRA 192"},
            {"وقال المتحدث إن تنظيم داعش استولى على مساحات واسعة من الأراضي في ليبيا.", "IMGREB>LBY 192"},
            {"وأكد المتحدث أن المتمردين الحوثيين استولوا أمس على مدينة جديدة في شمال البلاد.", "YEMREB>null 192"},
        };
        for (String[] r : taken) {
            List<String> got = dyads(r[0]);
            assertTrue(got.contains(r[1]), r[0] + " " + got);
            assertTrue(got.stream().noneMatch(x -> x.endsWith(" 171")), r[0] + " " + got);
        }
        // controls: things seized stay property (171), also when the sentence names a city where they were seized,
        // and a plot of land (أرض) is property too
        String[][] seized = {
            {"وقال المتحدث إن المتمردين الحوثيين استولوا أمس على دبابات الجيش في مدينة عدن.", " 171"},
            {"وقال المتحدث إن المسلحين استولوا على عدد من السيارات في المنطقة.", " 171"},
            {"وذكرت المحكمة أن رجل أعمال استولى على أرض تابعة للدولة في جدة.", " 171"},
        };
        for (String[] r : seized) {
            List<String> got = dyads(r[0]);
            assertTrue(got.stream().anyMatch(x -> x.endsWith(r[1])), r[0] + " " + got);
            assertTrue(got.stream().noneMatch(x -> x.endsWith(" 192")), r[0] + " " + got);
        }
    }

    @Test
    void anActAfterHattaWithThePresentOfTamIsNotToldAsDone() {
        // session 24, events100 (blind item 55, in sentences of my own): «حتى يتم» + a masdar names an act still to
        // come (until / so that it is done), not one told as done
        List<String> m = modalities("وتعمل فرنسا وبريطانيا على إعداد خطة مشتركة حتى يتم طرد مقاتلي داعش من المدينة.");
        assertTrue(m.stream().anyMatch(x -> x.contains(">IMGREB") && x.endsWith(" hypothetical")), m.toString());
        assertTrue(m.stream().noneMatch(x -> x.contains(">IMGREB") && x.endsWith(" asserted")), m.toString());
        // controls: with the past (حتى تم) the act is told as done; a verb of a relative clause after the phrase tells
        // its own act, done
        List<String> done = modalities("واستمرت المعارك في المدينة حتى تم طرد مقاتلي داعش منها.");
        assertTrue(done.stream().anyMatch(x -> x.contains(">IMGREB") && x.endsWith(" asserted")), done.toString());
        List<String> rel = modalities("وقال الوزير إن العمليات ستتواصل حتى يتم تحرير كل المدن التي استولى عليها تنظيم داعش.");
        assertTrue(rel.stream().anyMatch(x -> x.startsWith("IMGREB>") && x.endsWith(" asserted")), rel.toString());
    }

    @Test
    void thoseNamedAmongACountedGroupAreCountedWithIt() {
        // session 24, events98 (blind item 6): «قتل 15 شخصا بينهم نساء وأطفال»: the women named after بينهم are of the
        // 15 killed, counted with them (modifiers.tsv among), so the verb is the passive and they are its victims
        List<String> d = dyads("وقتل 20 شخصا بينهم نساء وأطفال أمس في قصف على بلدة في سوريا.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("SYRCVL>")), d.toString());
        assertTrue(d.contains("null>SYRCVL 19"), d.toString());
        // controls: those named after بينهم with no count before it, and a counted object after the killers, keep
        // the killers as the subject
        List<String> free = dyads("وهاجم مسلحون من بينهم عناصر من حركة طالبان نقطة للشرطة الأفغانية أمس.");
        assertTrue(free.stream().anyMatch(x -> x.startsWith("REB>") && x.endsWith(" 19")), free.toString());
        List<String> object = dyads("وقتل مسلحون من حركة طالبان 15 جنديا أفغانيا أمس.");
        // (the gunmen «من حركة طالبان» are the Taliban's since session 29, events135: AFGREB, was a bare REB)
        assertTrue(object.stream().anyMatch(x -> x.startsWith("AFGREB>") && x.endsWith(" 19")), object.toString());
    }

    @Test
    void aVerbCarryingItsObjectPronounHasNoObjectAfterItsSubject() {
        // session 24, events98 (blind item 58): «مقاتلين من المعارضة دربهم الجيش الامريكي اعتقلوا على ايدي مقاتلي جبهة
        // النصرة»: the pronoun on the verb is its object; the actor past its subject belongs to another clause
        List<String> d = dyads("وتحدث المسؤول عن الضربات التي تدعمها الأمم المتحدة، لكن روسيا تعارضها.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("IGOUNO>RUS")), d.toString());
        // controls: a verb with no pronoun takes its direct object; a pronoun verb keeps the target after its
        // preposition
        assertTrue(dyads("ودعمت الولايات المتحدة المعارضة السورية بالسلاح.").contains("USA>SYROPP 072"));
        List<String> imposed = dyads("وقالت الوزارة إن العقوبات التي فرضتها الولايات المتحدة على إيران ستبقى.");
        assertTrue(imposed.contains("USA>IRN 163"), imposed.toString());
    }

    @Test
    void aCoercionVerbCarryingItsObjectPronounKeepsTheExampleNamedAfterIt() {
        // session 24, events102: events98's object-pronoun rule left coercion (17) out: «الجماعات التي حظرتها الولايات
        // المتحدة على غرار بوكو حرام»: the ban's target is the example named after the pronoun's antecedent
        List<String> d = dyads("وتحدث الوزير عن المنظمات التي حظرتها الحكومة المصرية على غرار جماعة الإخوان المسلمين.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("EGYGOV>EGYOPP 17")), d.toString());
        // control: support (05/07), not coercion, still takes no actor past the subject of a verb with its pronoun
        List<String> backed = dyads("وتحدث المسؤول عن الضربات التي تدعمها الأمم المتحدة، لكن روسيا تعارضها.");
        assertTrue(backed.stream().noneMatch(x -> x.startsWith("IGOUNO>RUS")), backed.toString());
    }

    @Test
    void aPronounSubjectTakesNoCarriedSubjectItDoesNotAgreeWith() {
        // session 24, events101: the plural pronoun on أنّ is not one person carried from the sentence before
        List<String> d = dyads("وكان أوباما قد رحب بالاتفاق. ويذكر أنهم هاجموا مواقع للجيش العراقي.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("USAGOV>")), d.toString());
        assertTrue(d.contains("null>IRQMIL 19"), d.toString());
        // controls: a plural of people and a masculine singular organ carried keep the pronoun's verb
        assertTrue(dyads("وكان المسلحون قد رحبوا بالاتفاق. ويذكر أنهم هاجموا مواقع للجيش العراقي.")
                .contains("REB>IRQMIL 19"));
        assertTrue(dyads("وكان الجيش السوري قد رحب بالاتفاق. ويذكر أنه هاجم مواقع للجيش العراقي.")
                .contains("SYRMIL>IRQMIL 19"));
    }

    @Test
    void relativeVerbCarryingItsObjectActsOnTheAntecedent() {
        // session 25, events105 (blind items s25-53 and s24-58's class; sentences of my own): a verb right after a
        // relative pronoun carrying its object pronoun, its own subject after it, acts on the actor the pronoun repeats
        // (here past a name's closing quotation mark), not on an actor the words after it name (the base: IMGREB>SYR)
        List<String> d = dyads("وقال الوزير إن النظام السوري الذي يقاتله «داعش» و«الأكراد السوريين»، بينما الأكراد العراقيون يتعاونون مع حلفاء النظام.");
        assertTrue(d.contains("IMGREB>SYRGOV 19"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("IMGREB>SYR ")), d.toString());
        // controls: a thing as the antecedent keeps the actor further on as its target; a relative verb with no
        // object pronoun keeps its own object
        d = dyads("وتحدث الوزير عن العقوبات التي تفرضها الولايات المتحدة على إيران منذ سنوات.");
        assertTrue(d.contains("USA>IRN 163"), d.toString());
        d = dyads("وتحدث الوزير عن النظام السوري الذي يقاتل «داعش» والأكراد منذ سنوات في حلب.");
        assertTrue(d.contains("SYRGOV>IMGREB 19"), d.toString());
    }

    @Test
    void aPlaceWhereOthersComeTogetherIsNoMeeting() {
        // session 25's blind judgement (eval/judgments/s25-blind-slice72.tsv items 4/5, snn-2015-07-22#1626, an opinion
        // column): «سياسة تجتمع فيها» is a policy the three share, no meeting of Israel and Iran
        List<String> d = dyads("وتحت الطاولة شيء آخر من الاتفاقات والتصالحات ومعلوم أن سياسة تجتمع فيها أمريكا، وإيران، "
                + "وإسرائيل هي سياسة مبنية على قاعدتين مكشوفتين «قل شيئا للإعلام والدول وافعل شيئا آخر».");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 04")), d.toString());
        // control (our own making): the past tells a meeting held in it
        d = dyads("وعقدت المحادثات في فندق بفيينا اجتمع فيه وزير الخارجية الأمريكي مع نظيره الإيراني.");
        assertTrue(d.stream().anyMatch(x -> x.endsWith(" 04")), d.toString());
    }

    @Test
    void theOwnerOfThePlaceGuestsAreLodgedInIsNotTheGuest() {
        // session 25's blind judgement (items 50/51, snn-2015-08-06#402, two of its sentences): the released fishermen
        // were lodged in a rest house of the Sudanese government; Sisi hosted no one of that government
        List<String> d = dyads("ومن جانبه، أصدر الرئيس السيسي عفوًا عن المسجونين السودانيين البالغ عددهم 44 مسجونًا. "
                + "وأضاف المتحدث الرسمي أنه تم على الفور تنفيذ قرار الإفراج عن الصيادين مساء الأربعاء واستضافتهم في إحدى "
                + "الاستراحات التابعة للحكومة السودانية بوجود طاقم القنصلية العامة المصرية في بورسودان.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 042") || x.endsWith(" 043")), d.toString());
        // control: a guest named right after the host cue stays the guest
        d = dyads("واستضاف الرئيس المصري العاهل الأردني في القاهرة.");
        assertTrue(d.contains("EGYGOV>JORGOV 043"), d.toString());
    }

    @Test
    void aSportDelegationsArrivalIsNoVisitOfState() {
        // session 25's blind judgement (item 33, snn-2015-08-03#1119, the whole article): a Saudi archery team's arrival
        // in Copenhagen for a world championship; the lead is about sport, the arrival is no visit to Denmark
        List<String> d = dyads("احتفى سفير السعودية لدى الدنمارك محمد العقيل، مساء أمس، ببعثة المنتخب السعودي للسهام "
                + "المشاركة في بطولة العالم التي تحتضن منافساتها كوبنهاجن الدنماركية بمشاركة اكثر من 600 رام يمثلون 100 "
                + "دولة. من جانب آخر، اختتم المنتخب السعودي للسهام مساء أمس، مشاركته في البطولة. من جهته، قدم رئيس "
                + "الاتحاد السعودي للسهام إبراهيم الدوسري شكره وتقديره للسفير العقيل الذي كان متابعاً لكافة التفاصيل "
                + "الخاصة بالبعثة منذ وصولها إلى مطار كوبنهاجن وهو ما انعكس ايجاباً لدى الرماة.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 042") || x.endsWith(" 043")), d.toString());
        // control: a head of state's arrival in a story of politics stays a visit
        d = dyads("وأعلنت الرئاسة الجزائرية وصول الرئيس الفرنسي إلى الجزائر اليوم في زيارة رسمية.");
        assertTrue(d.contains("FRAGOV>DZA 042"), d.toString());
    }

    // Session 26, events109 (the blind judgement of slice i%79==78 at the session's start; sentences of my own).

    @Test
    void negationWrittenWithItsConjunctionNegates() {
        // «ولم»، «فلم»، «ولن» written out (modifiers.tsv negation): the segmenter leaves و/ف on لم as on لا
        List<String> d = dyads("ولم تهاجم إيران إسرائيل في ذلك اليوم.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("IRN>ISR")), d.toString());
        d = dyads("فلم تهاجم إيران إسرائيل في ذلك اليوم.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("IRN>ISR")), d.toString());
        assertTrue(dyads("وهاجمت إيران إسرائيل في ذلك اليوم.").contains("IRN>ISR 19"));
    }

    @Test
    void aNegatedActWithAnExceptionWasDone() {
        // «لم ... سوى/إلا» (modifiers.tsv exception): the act was done, only with a limit; «إلا أن» is «however»
        List<String> d = dyads("لم تقصف تركيا داعش سوى ثلاث مرات.");
        assertTrue(d.contains("TUR>IMGREB 19"), d.toString());
        d = dyads("ولم تقصف تركيا داعش سوى ثلاث مرات.");
        assertTrue(d.contains("TUR>IMGREB 19"), d.toString());
        d = dyads("ولم تقصف تركيا داعش، إلا أن الطائرات الأمريكية قصفت مواقعه.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("TUR>")), d.toString());
    }

    @Test
    void actorsJoinedByOrAreBothSubjects() {
        // «إيران أو حزب الله» (modifiers.tsv disjunction): two possible firers, the second no object of the verb
        List<String> d = dyads("وأطلقت إيران أو «حزب الله» صواريخ على إسرائيل.");
        assertTrue(d.contains("IRN>ISR 19") && d.contains("LBNREB>ISR 19"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("IRN>LBNREB")), d.toString());
    }

    @Test
    void aBombingThatIsTheVerbsSubjectIsABombing() {
        // a verb of fighting (19) whose subject is a bombing (183x) codes the bombing: VSO, SVO, a relative's antecedent
        List<String> d = dyads("وقتل تفجير انتحاري ثلاثة رجال شرطة في نيجيريا.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 19")) && d.stream().anyMatch(x -> x.endsWith(" 1831")),
                d.toString());
        d = dyads("وأدانت الأمانة العامة لمجلس التعاون التفجير الانتحاري الجبان الذي استهدف مسجدا في مقر قوات الطوارئ.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 19")) && d.stream().anyMatch(x -> x.endsWith(" 1831")),
                d.toString());
        // a masdar of attack right after the bomber, its agent: one suicide bombing, no 19 beside it
        d = dyads("وشن انتحاري هجوما على مسجد في أبها.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 19")) && d.stream().anyMatch(x -> x.endsWith(" 1831")),
                d.toString());
        // control: aircraft that target positions fight
        assertTrue(dyads("واستهدفت الطائرات مواقع تنظيم داعش في الرقة.").stream().anyMatch(x -> x.endsWith(">IMGREB 19")));
    }

    @Test
    void aProtestAgainstAStatesActIsAgainstThatState() {
        // «ضد الاحتلال الإسرائيلي» (state-acts.tsv): the protest's target is Israel's forces, not the protesters' own country
        List<String> d = dyads("وتظاهر الفلسطينيون ضد الاحتلال الإسرائيلي.");
        assertTrue(d.contains("PSE>ISRMIL 141"), d.toString());
        d = dyads("واندلعت الانتفاضة الفلسطينية الأولى ضد الاحتلال الإسرائيلي.");
        assertTrue(d.contains("PSE>ISRMIL 14"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.equals("PSE>PSE 14")), d.toString());
    }

    @Test
    void aPlaceAfterADirectionIsNoFightsSide() {
        // session 26's blind judgement (eval/judgments/s26-blind-slice78.tsv item 4, snn-2015-07-21#1421 sentence 19):
        // «غرب اليمن» says where; the coalition's jets struck the Houthis' positions
        List<String> d = dyads("وفي محافظة الحديدة، غرب اليمن شنت مقاتلات التحالف العربي غارات عدة على مواقع عسكرية "
                + "للحوثيين وقوات صالح.");
        assertTrue(d.contains("SAUMIL>YEMREB 195"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("YEM>")), d.toString());
        // control (snn-2015-08-03#375): right after a noun the place is that noun's, and the country its people
        d = dyads("و كان المئات من أهالي محافظة البصرة جنوبي العراق قد تظاهروا امس احتجاجا على عدم توفر الخدمات.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("IRQ>") && x.endsWith(" 141")), d.toString());
    }

    @Test
    void thePlacesHolderIsNotTheAttacker() {
        // session 26's blind judgement (item 57, snn-2015-08-04#449 sentence 6): the Syrian jet bombed a town the
        // opposition holds; the opposition bombed nothing
        List<String> d = dyads("وعلى الميدان تحطمت طائرة حربية سورية أمس بعد سقوطها نتيجة خلل تقني اثناء قصفها مدينة تحت "
                + "سيطرة فصائل المعارضة في شمال غرب سوريا ما تسبب بمقتل31 شخصا من سكان المدينة وفق ما أعلن المرصد السوري "
                + "لحقوق الانسان.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("SYRREB>")), d.toString());
        // control (snn-2015-07-26#913): the past tells the seizure, whose doer attacked the town
        d = dyads("فيما تمكن المقاتلون الأكراد من طرد تنظيم داعش من حي في جنوب مدينة الحسكة في شمال شرق سورية كان سيطر "
                + "عليه المتشددون إثر هجوم شنّوه على المدينة الشهر الماضي، بحسب ما ذكر المرصد السوري لحقوق الإنسان أمس.");
        // (session 30, events140: «المتشددون» are the Islamic State named before them, no longer SYRREB>SYR 19)
        assertTrue(d.contains("IMGREB>SYR 19"), d.toString());
    }

    @Test
    void aProtestOfAPeopleHeldByAnotherStateIsAgainstThatState() {
        // actors/occupied.tsv (PSE ISR): a Palestinian protest with no addressee is against the Israel its sentence
        // names, not Palestine (session 26's blind items 6 and 8); with no Israel named, against no one named
        List<String> d = dyads("ووافق الكنيست على تشديد العقوبة بناء على تشريع طرح عقب سلسلة من الاحتجاجات الفلسطينية في القدس الشرقية العام الماضي.");
        assertTrue(d.contains("PSE>ISRLEG 14"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("PSE>PSE")), d.toString());
        d = dyads("وانتقدت جماعات مدافعة عن حقوق الانسان اسرائيل لاستخدامها القوة المفرطة لتفريق مظاهرات فلسطينية.");
        assertTrue(d.contains("PSE>ISR 141"), d.toString());
        d = dyads("ففي حينه اندلعت المظاهرات الفلسطينية على مدى أسابيع.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("PSE>PSE")), d.toString());
        // (in front of UNRWA in Gaza: not against Palestine either; was PSE>PSE in aStatesStrikesAbroad...)
        d = dyads("وتظاهر مئات الفلسطينيين في غزة أمس أمام مقر وكالة الغوث");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("PSE>") && x.endsWith(" 141")), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("PSE>PSE")), d.toString());
        // a people that holds itself keeps the self frame
        d = dyads("وتظاهر آلاف العراقيين الجمعة في بغداد.");
        assertTrue(d.contains("IRQ>IRQ 141"), d.toString());
    }

    // Session 27, events111 (the lead's notes on session 26's blind slice 78; sentences of my own).

    @Test
    void aCondemnerIsNotTheAttacker() {
        // the subject of a verb of condemning (modifiers.tsv condemn-verb) judges the act it names, it did not do it
        List<String> d = dyads("وأدانت الحكومة الألمانية التفجير الإرهابي الذي استهدف مسجدا في مقر قوات الأمن.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("DEUGOV>")), d.toString());
        d = dyads("أدانت منظمة هيومن رايتس ووتش أمس قصف المتمردين الحوثيين مناطق سكنية في مدينة عدن.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("NGOHRW>") && x.endsWith(" 19")), d.toString());
        assertTrue(d.contains("NGOHRW>YEMREB 111"), d.toString()); // the condemning itself stays the NGO's
        // control: the act's own genitive, after the cue, stays its agent
        d = dyads("وقررت القيادة الفلسطينية التوجه إلى مجلس الأمن لاستصدار قرار يدين هجمات المستوطنين.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("ISRCVL>")), d.toString());
    }

    @Test
    void maAfterAnAdverbOrAPrepositionIsNoNegation() {
        // «كثيرا ما»، «بعد ما»، «ما قبل»، «ما فتئ» (modifiers.tsv relative-ma, not-negation): the act was done
        List<String> d = dyads("وكثيرا ما يشن مقاتلو طالبان هجمات على القوات الافغانية.");
        assertTrue(d.contains("AFGREB>AFGMIL 19"), d.toString());
        d = dyads("وعادة ما تتهم البحرين إيران بالسعي وراء عمليات تخريبية.");
        assertTrue(d.contains("BHR>IRN 112"), d.toString());
        // a verb of succeeding or affecting negated, the act its subject: the act was done, its success is negated
        d = dyads("ولم تفلح الهجمات التي تنفذها المقاومة الشعبية في البيضاء في الحد من تدفق التعزيزات.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("YEMMIL>") && x.endsWith(" 19")), d.toString());
        // control: ما at the head of its clause negates
        d = dyads("ما هاجمت إيران إسرائيل في ذلك اليوم.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("IRN>ISR")), d.toString());
    }

    @Test
    void theGenitiveOfInvadingOrDestroyingIsTheOneActedUpon() {
        // patterns.tsv genobj on غزو، اجتياح، تدمير (session 27, events114; the tuning set's sentences): the land
        // invaded and the thing destroyed are no agents
        List<String> d = dyads("وقد انتهى مطاف الاحتواء إلى غزو العراق.");
        assertTrue(d.stream().anyMatch(x -> x.endsWith(">IRQ 192")) && d.stream().noneMatch(x -> x.startsWith("IRQ>")),
                d.toString());
        d = dyads("وأيدوا بقوة بذل المزيد من الجهود لتقويض وتدمير تنظيم داعش.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("IMGREB>")), d.toString());
        // but the genitive is the doer when the object follows it: an actor with لـ, or one with no preposition
        d = dyads("على الرغم من مرور 25 عاما على غزو النظام العراقي السابق الكويت في الثاني من أغسطس 1990.");
        assertTrue(d.contains("IRQGOV>KWT 192"), d.toString());
        d = dyads("ردا على تعذيب القوات الأميركية للعراقيين في سجن أبو غريب.");
        assertTrue(d.contains("USAMIL>IRQ 1822"), d.toString());
        // and so is a nationality adjective right after the masdar (indefinite: with the object after لـ)
        d = dyads("حيث أطاح بها غزو أمريكي لأفغانستان عام 2001.");
        assertTrue(d.contains("USAMIL>AFG 192"), d.toString());
        d = dyads("وتحدث الوزير عن الغزو الأمريكي للعراق عام 2003.");
        assertTrue(d.contains("USAMIL>IRQ 192"), d.toString());
    }

    @Test
    void aMasdarsOwnPronounNamesItsAgent() {
        // (session 28, events117) a verb cue's bare past with a pronoun after a word of cause or a preposition, or with
        // لـ glued, is the masdar with its owner's pronoun (modifiers.tsv owner-masdar-opener): its agent is the actor
        // the pronoun refers to, not the one who speaks nor the actor after it. Session 27's blind slice and the tuning set
        String kerry = "وردا على تساؤلات حول تداعيات رفع العقوبات عن إيران، أكد كيري أن «إيران ستبقى معزولة بسبب دعمها "
                + "للإرهاب، وبسبب دعمها لتجارة السلاح ودعمها للحوثيين ودعمها لحزب الله (اللبناني).";
        List<String> d = dyads(kerry);
        assertTrue(d.contains("IRN>YEMREB 051") && d.contains("IRN>LBNREB 051"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("USAGOV>")), d.toString());
        String zuma = "وقال قيادي داخل الحزب إن واشنطن التي وجهت اللوم رسميا إلى الرئيس الجنوب أفريقي جاكوب زوما لرفضه "
                + "توقيف البشير عقب حضوره قمة الاتحاد الأفريقي الأخيرة.";
        d = dyads(zuma);
        // (coded alone, «جاكوب زوما» is no known actor: no owner, so no agent borrowed; Bashir refuses nothing, and the
        // arrest refused is not done)
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 173") || x.endsWith(" 12")), d.toString());
        d = dyads("ووجهت واشنطن اللوم إلى الرئيس الجنوب أفريقي جاكوب زوما لرفضه توقيف الرئيس السوداني عمر البشير.");
        assertTrue(d.contains("ZAFGOV>SDNGOV 12"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 173")), d.toString());
        d = dyads("وتعاقب الأوروبيين على دعمهم لإسرائيل وحرصهم على مستقبل سلمي لها.");
        assertTrue(d.contains("EUR>ISR 051"), d.toString());
        // the owner named right before the masdar with لـ («روسيا لدعمها بشار الأسد», events116 item 39) stays its agent
        d = dyads("وقالت مصادر إن روسيا لدعمها بشار الأسد تواجه انتقادات.");
        assertTrue(d.contains("RUS>SYRGOV 051"), d.toString());
    }

    @Test
    void theGenitiveOfAMasdarAStanceSpeaksOfIsNoSubject() {
        // (session 29, events136) the actor in the genitive of a masdar of an act (modifiers.tsv act-masdar) right after
        // a verb of support, demand, disapproval or rejection does or undergoes that act; it is not the verb's subject.
        // The lead's blind judgement and the tuning set's sentences
        List<String> d = dyads("أدانت 3 منظمات حقوقية دولية تجاهل الاتحاد الأوروبي لحالات الإعدام المتزايدة وأوضاع حقوق "
                + "الإنسان «المأساوية» في إيران، كما انتقدت زيارات مسؤولين أوروبيين بارزين لطهران بعد التوصل إلى "
                + "الاتفاق النووي في فيينا منتصف الشهر الماضي.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("EURGOV>") && x.endsWith(" 111")), d.toString());
        assertTrue(d.contains("EURGOV>IRN 042"), d.toString()); // the visit itself stays
        d = dyads("في ذلك الوقت، أيد غزو أفغانستان، وأيد غزو العراق، ولم يعارض غزو إيران.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("IRQ>") && x.endsWith(" 051")), d.toString());
        d = dyads("وشكرت الحركة في بيانها خادم الحرمين الشريفين، وثمنت دعم المملكة للشعب الفلسطيني وقضيته العادلة.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("SAU>") && x.endsWith(" 051")), d.toString());
    }

    @Test
    void theGenitiveOfAMasdarOfDoingIsTheDoerNotTheReporter() {
        // (session 30, events141) a masdar of issuing or carrying out (modifiers.tsv doer-masdar) names in its genitive
        // the doer of the act its object names; the one who discloses or announces it is not borrowed. The lead's blind
        // item of session 29 (slice 96): the authority threatens, no dictionary knows it, so no YEMGOV 13
        List<String> d = dyads("فيما كشفت وزيرة الإعلام اليمنية نادية السقاف إصدار الهيئة تهديدا للطيار ورئيس شركة طيران"
                + " اليمنية بسحب تراخيص الطيران.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("YEMGOV>") && x.endsWith(" 13")), d.toString());
        // a known genitive does it: the Iraqi intelligence arrests, not the ministry that announced it
        d = dyads("أعلنت وزارة الداخلية العراقية اليوم تنفيذ الاستخبارات العراقية عمليات اعتقال بحق 41 عنصرا من تنظيم"
                + " الدولة الاسلامية (داعش) ضمن ما يعرف بــ(ولاية بغداد) وضبط عشرات العبوات والسيارات المفخخة والأسلحة.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("IRQSPY>") && x.endsWith(" 173")), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("IRQGOV>") && x.endsWith(" 173")), d.toString());
    }

    @Test
    void anActDirectedAtSomeoneNamesNoDoerButAfterMin() {
        // (session 30, events147) a noun cue with a passive participle of directing (modifiers.tsv directed-participle)
        // names the one it is directed at; the doer is named after «من», else unknown. The lead's blind item of session
        // 30: the accuser is unnamed, Obama is inside the accusation's content
        List<String> d = dyads("ورد الناطق على الاتهام الموجه لنتنياهو بأنه يرفض لقاء أوباما قائلا: «نحن لا نقاطع الرئيس"
                + " الأمريكي».");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 112")), d.toString());
        // the tuning set: an Israeli official rejects the threats directed at Israel; the speaker threatens no one
        d = dyads("وقال الرئيس الأمريكي باراك أوباما إن التهديدات الموجهة لإسرائيل غير مقبولة.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 13")), d.toString());
        // «من X» after the one it is directed at names the doer
        d = dyads("ونددت طهران بالاتهامات الموجهة من واشنطن لإيران.");
        assertTrue(d.contains("USA>IRN 112"), d.toString());
    }

    @Test
    void aClaimOfXIsNoProsecution() {
        // (session 30, events147) «ادعاء X» without the article is X's claim, not X's prosecution (agents.tsv =الادعاء);
        // the lead's blind item of session 30 coded the White House's claim «prosecution of the White House» (USAJUD)
        List<String> d = dyads("كما رفض نتنياهو ادعاء البيت الأبيض بأنه كان سيعارض كل اتفاق مع إيران.");
        assertTrue(d.contains("ISRGOV>USAGOV 127"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.contains("USAJUD")), d.toString());
        // the indefinite prosecution «ممثلو ادعاء» stays the prosecution
        d = dyads("اتهم ممثلو ادعاء بريطانيون رجلا أمس بالتآمر لمهاجمة عسكريين أميركيين يتمركزون في المملكة المتحدة.");
        assertTrue(d.contains("GBRJUD>USAMIL 112"), d.toString());
    }

    @Test
    void aProtestAsTheMotiveOfARecallIsTheRecall() {
        // (session 30, events143) «احتجاجا على» after a recall of an envoy (modifiers.tsv motive-adverbial, motive-act)
        // is the recall's motive: the event is the recall, toward the country the envoy leaves, no 14 of its own. The
        // lead's blind judgement of slice i%101==100
        List<String> d = dyads("ولقد كان قرار المملكة حاسمًا باستدعاء السفير البحريني من إيران للتشاور احتجاجًا على إصرار "
                + "طهران على التدخل في الشؤون الداخلية للمملكة.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 14")), d.toString());
        assertTrue(d.stream().anyMatch(x -> x.startsWith("BHR") && x.endsWith(">IRN 161")), d.toString());
        d = dyads("ورغم استدعاء البحرين لسفيرها من طهران احتجاجًا على تصريحات خامنئي، واصلت إيران تدخلها.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 14")), d.toString());
        assertTrue(d.stream().anyMatch(x -> x.startsWith("BHR") && x.contains(">IRN") && x.endsWith(" 161")), d.toString());
        // a demonstration «احتجاجا على» stays a protest
        d = dyads("وتظاهر آلاف المصريين في القاهرة احتجاجا على قرار الحكومة.");
        assertTrue(d.stream().anyMatch(x -> x.endsWith(" 141")), d.toString());
    }

    @Test
    void aMasdarWithGluedBaOrJoinedByWawNamesItsOwnerAsAgent() {
        // (session 29, events128) a verb cue's bare past with بـ glued and a pronoun (modifiers.tsv
        // owner-masdar-proclitic), its object after لـ right after it, is the masdar with its owner's pronoun: the
        // tuning set's sentences
        List<String> d = dyads("جدد الشيخ عبد الله بن زايد، وزير الخارجية الإماراتي، تأكيدات بلاده بدعمها لليمن من خلال"
                + " التخفيف على الشعب اليمني من خلال تداعيات ما يحدث فيه.");
        assertTrue(d.contains("ARE>YEM 051"), d.toString());
        // with no object after لـ the pronoun is the object (Ankara supports ISIS): no act of ISIS
        d = dyads("ويتهم حلفاء تركيا منذ أشهر أنقرة بأنها لا تبذل جهودًا كافية لمكافحة تنظيم داعش وحتى بدعمه سرًا مع أن"
                + " السلطات التركية تنفى ذلك باستمرار.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("IMGREB>")), d.toString());
        // a masdar of another stem with the same pronoun heads the و-chain: Iran's support, not Kerry's
        d = dyads("وقال كيري إن إيران ستبقى معزولة بسبب تمويلها للإرهاب ودعمها للحوثيين.");
        assertTrue(d.contains("IRN>YEMREB 051"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("USAGOV>")), d.toString());
    }

    // Session 28, events118: the speaker is not the doer of the act he reports (the tuning set's sentences).

    @Test
    void aPassiveArrestBorrowsNoSpeakerNorSubjectInPlay() {
        // modifiers.tsv passive-verb with arrests (اعتقل، احتجز): with no subject of its own and a circumstance, the
        // clause's end or أو right after it, the verb is passive and borrows no agent (ViolenceSides.passiveWithNoSubject)
        List<String> d = dyads("وقال داود أوغلو في مؤتمر صحفي إن 297 شخصا بينهم 37 أجنبيا اعتقلوا خلال المداهمات التي نفذت"
                + " في أنحاء مختلفة من البلاد.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 173")), d.toString());
        d = dyads("بدورها قالت هيئة شؤون الأسرى الفلسطينية: إن إدارة مصلحة السجون الإسرائيلية، ما زالت تواصل انتهاكاتها بحق"
                + " 16 أسيراً فلسطينياً مريضاً في ما يُعرف بمشفى سجن الرملة الإسرائيلي، حيث يحتجزون في ظروف وأوضاع صحية"
                + " لا تحتمل.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("PSE") && x.endsWith(" 173")), d.toString());
        d = dyads("وبحسب وزارة الدفاع الجزائرية فإن 102 من المسلحين قتلوا او اعتقلوا او استسلموا خلال النصف الاول من العام 2015.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("DZAMIL>") && x.endsWith(" 173")), d.toString());
        // control: an active arrest with its object right after it keeps the subject in play
        d = dyads("وقالت وزارة الداخلية في بيان ان “قوات الأمن قتلت مسلحا واعتقلت 13 آخرين في عملية استباقية نوعية في سجنان"
                + " التابعة لمحافظة بنزرت”.");
        assertTrue(d.stream().anyMatch(x -> !x.startsWith("-") && !x.startsWith("null") && x.endsWith(" 173")), d.toString());
    }

    // (session 29, events129) the act after the light verb of the passive (تم، جرى) borrows as its doer only a state's
    // organ (modifiers.tsv passive-doer-role): tuning-set sentences (slices i%97 = 0..94), each with a borrowed agent
    // in start.jar (USAJUD>CHE 173, IMGREB 173, IMGREB>IRN 072, SYR 173)

    @Test
    void anActAfterTheLightVerbOfThePassiveBorrowsNoDoerButAStatesOrgan() {
        List<String> d = dyads("وكان بلاتيني أعلن عن ترشحه رسميا لرئاسة الاتحاد الدولي على إثر الفضيحة التي هزت كيان المؤسسة"
                + " الكروية نهاية مايو الماضي عقب اتهام القضاء الأميركي 14 شخصية رفيعة المستوى بالفساد والرشوى وتم اعتقال"
                + " معظمهم في سويسرا.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 173")), d.toString());
        // جرى as the light verb (modifiers.tsv passive-light)
        d = dyads("وقالت محكمة استئناف ديالى، إن التحقيقات ستكشف أدوار المتورطين في مساعدة داعش على تنفيذ التفجيرات، مضيفة"
                + " أنه جرى توقيف 11 رجل شرطة يشكلون المفرزة الأمنية المسؤولة عن أمن المنطقة، بالإضافة إلى مدير الشرطة.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("IMGREB>")), d.toString());
        // a masdar joined by و to the light verb's masdar (CueConstruction.passiveLightJoinedBefore)
        d = dyads("وامعانا منهم في تدمير الشرق الأوسط تم تكوين داعش وتسليحها بواسطة العملاء الإيرانيين وتخلي الجيش العراقي"
                + " عن سلاحه لهم.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("IMGREB>") && x.endsWith(" 072")), d.toString());
        d = dyads("وأضاف أن الجيش غيّر قواعد التعامل مع الجرحى السوريين، مشيرا إلى أن هذا التغيير جاء بعد الاعتداء الذي حصل"
                + " على مصابين سوريين في مجدل شمس، فقتل أحدهما، وتم اعتقال خمسة من الذين هاجموا مركبة الإسعاف بشبهة القتل.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("SYR>") && x.endsWith(" 173")), d.toString());
        // controls: a ministry of the interior telling of its own seizures keeps them; a doer named after من قبل is it
        d = dyads("وقالت وزارة الداخلية التونسية أمس الجمعة ان متطرفا قتل واعتقل 16 شخصا بشبهة «الارهاب»، كما تم ضبط كميات"
                + " من الاسلحة خلال سلسلة عمليات لقوات الأمن التونسية في منطقة بنزرت في شمال تونس.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("TUNGOV>") && x.endsWith(" 1711")), d.toString());
        d = dyads("وقد تم التعرف على بعض القتلى جرى اعتقالهم من قبل السلطات البورمية في وقت سابق.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("MMRGOV>") && x.endsWith(" 173")), d.toString());
    }

    @Test
    void theGenitiveOfAMasdarOfGoingOnDoesTheActItGoverns() {
        // modifiers.tsv aspect-masdar (استمرار، مواصلة): «استمرار X في شن هجمات» is X's attack, not the speaker's
        List<String> d = dyads("صرح الرئيس التركي رجب طيب اردوغان الثلاثاء أن مواصلة عملية السلام مع الأكراد “مستحيلة” مع"
                + " استمرار متمردي حزب العمال الكردستاني في شن هجمات دامية على قوات الامن التركية.");
        assertTrue(d.contains("TURREB>TURCOP 19"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("TURGOV>")), d.toString());
    }

    // (session 28, events124) a strike's own «استهدفت ...» names what it hits, not the place before it: tuning-set
    // sentences (slices i%89 = 0..86), each coded SAUMIL>YEM without the rule

    @Test
    void aStrikesOwnClauseOfTargetingNamesItsTargetNotTheSceneBeforeIt() {
        // modifiers.tsv targeting-verb (ActorIdentity.targetingVerbAfter, struckAfter; rule struck-by-own-clause)
        // (a sentence of my own before each, so the article is about Yemen's war: the scene is then taken as the target)
        List<String> d = dyads("تتواصل المعارك في اليمن. وفي محافظة مأرب، شنت مقاتلات التحالف العربي بقيادة السعودية قرابة"
                + " 20 غارة جوية، استهدفت مواقع وتجمعات وآليات الحوثيين في مناطق متفرقة من المحافظة.");
        assertTrue(d.contains("SAUMIL>YEMREB 195"), d.toString());
        assertTrue(!d.contains("SAUMIL>YEM 195"), d.toString());
        // no actor named in what is hit: unidentified, not the scene
        d = dyads("تتواصل المعارك في اليمن. وفي العاصمة صنعاء، شن طيران التحالف العربي بقيادة السعودية ست غارات استهدفت"
                + " معسكر الصباحية، حيث سمع دوي انفجارات عنيفة.");
        assertTrue(d.contains("SAUMIL>- 195") || d.contains("SAUMIL>null 195"), d.toString());
        assertTrue(!d.contains("SAUMIL>YEM 195"), d.toString());
        // control: a place in what is hit stays the target
        d = dyads("وقال مصدر محلي إن عددا من المدنيين أصيبوا في قصف بقذائف مدفعية حوثية، طالت أحياء سكنية في مدينة تعز.");
        assertTrue(d.contains("YEMREB>YEM 194"), d.toString());
    }

    @Test
    void theOwnerOfThePositionsAStrikeHitsIsItsTarget() {
        // (session 29, events132) modifiers.tsv target-noun (+ مقار، تمركز; with the article) and owner-link, and
        // patterns.tsv «عملية انتحارية ... ضد X»; tuning-set sentences (slices i%97 0..94), each with no target without
        // the rule: {sentence, the dyad it must hold}
        String[][] cases = {
            {"وكان سلاح الجو التركي شن ليل الجمعة - السبت سلسلة غارات على القواعد الخلفية لحزب العمال الكردستاني في"
                + " شمال العراق.", "TURMIL>TURREB 195"},
            {"وقد نفذت مقاتلات تركية الجمعة 24 يوليو/تموز غارات على مواقع لحزب العمال الكردستاني شمال العراق ترافقت مع"
                + " قصف مدفعي مكثف، حسبما ذكر متحدث باسم الحزب لوكالة “فرانس برس”.", "TURMIL>TURREB 195"},
            {"إلى ذلك شن طيران التحالف أمس سلسلة من الغارات الجوية على مواقع تمركز المليشيات الحوثية والقوات المتحالفة"
                + " معها في أنحاء متفرقة شمال اليمن وجنوبه.", "SAUMIL>YEMREB 195"},
            {"وكان 6 أشخاص قتلوا الخميس في عملية انتحارية نفذتها حركة طالبان ضد الشرطة الأفغانية جنوب العاصمة كابل.",
                "AFGREB>AFGCOP 1831"},
        };
        for (String[] c : cases) {
            List<String> d = dyads(c[0]);
            assertTrue(d.contains(c[1]), c[1] + " in " + d);
        }
    }

    // (session 28, events122) suicide bombings, car bombings, terrorist acts and attacks on civilians are ASSAULT (18),
    // not FIGHT (19): tuning-set sentences (slices i%89 = 0..86), each coded 19 without the rule

    @Test
    void anAttackLaunchedAsASuicideOrCarBombingIsThatBombing() {
        // patterns.tsv: شن + هجوم* انتحاري* beats شن + هجوم* by its further word (session 28's blind judgement)
        List<String> d = dyads("وأكثر ما يقلق الأجهزة الأمنية في كينيا حركة الشباب الصومالية التي شنت عددا كبيرا من "
                + "الهجمات الانتحارية والمجازر على الأراضي الكينية.");
        assertTrue(d.contains("SOMREB>KEN 1831"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("SOMREB>") && x.endsWith(" 19")), d.toString());
        d = dyads("أسفر هجوم بشاحنة مفخخة في حي سكني في كابل عن سقوط ثمانية قتلى على الأقل.");
        assertTrue(d.contains("null>AFG 1832"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 19")), d.toString());
        d = dyads("هاجم مفجر انتحاري مدينة مايدوجوري في نيجيريا مما أسفر عن مقتل 10 أشخاص على الأقل.");
        assertTrue(d.contains("NGAREB>NGA 1831"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("NGAREB>") && x.endsWith(" 19")), d.toString());
    }

    @Test
    void aKillingInABombingIsThatBombing() {
        // a killing tied by إثر / في / جراء to an act of unconventional violence (18, 20) takes that act's code
        List<String> d = dyads("قتل جنديين تركيين وجرح أربعة آخرين مساء السبت إثر تفجير سيارة ملغومة لدى مرور قافلة عسكرية "
                + "في محافظة ديار بكر.");
        assertTrue(d.contains("null>TURMIL 1832"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 19")), d.toString());
        // control: a killing in an air strike stays a fight
        d = dyads("قتل عشرة من مسلحي تنظيم داعش في غارة جوية على مواقعهم.");
        assertTrue(d.stream().noneMatch(x -> x.matches(".* 18\\d*")), d.toString());
    }

    @Test
    void aTerroristActThatTargetedAMosqueIsAnAssault() {
        // the subject of a verb of fighting is a terrorist act (18): the act is that assault, as a bombing's (183x) is
        List<String> d = dyads("أدانت الأمانة العامة لرابطة العالم الإسلامي بمكة المكرمة العمل الإرهابي الذي استهدف مسجدا "
                + "في مقر قوات الطوارئ الخاصة بمنطقة عسير.");
        assertTrue(d.stream().anyMatch(x -> x.endsWith(" 18")), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 19")), d.toString());
    }

    @Test
    void anArmedGroupsAttackOnAHotelOrAMosqueIsAnAssault() {
        // frame civilians=18 with modifiers.tsv civilian-target: the attacker an irregular group or unidentified
        List<String> d = dyads("وبينما كان أوباما يغادر كينيا متوجهًا إلى إثيوبيا، هاجمت حركة الشباب فندقًا يضم بعثات "
                + "دبلوماسية في مقديشو؛ مما أدى إلى مقتل 13 شخصًا على الأقل.");
        assertTrue(d.contains("SOMREB>SOM 18"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("SOMREB>") && x.endsWith(" 19")), d.toString());
        // control: a state's forces attacking worshippers stay 19; so does a rebels' attack on an army's camp
        d = dyads("هاجمت القوات الإسرائيلية المصلين في المسجد الأقصى.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 18")), d.toString());
        d = dyads("شن مسلحو حركة الشباب هجوما على معسكر للجيش الكيني.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 18")), d.toString());
    }

    @Test
    void theOneWhoHandsAMessageSendsItAndTheOneWhoReceivesItIsItsTarget() {
        // patterns.tsv frames sender / received on the message cues (session 28, events123; the tuning set's
        // sentences and session 28's blind judgement): a message goes from its sender to its addressee, one way
        List<String> d = dyads("وأضاف السفير يوسف أن الرئيس السيسي سلم الأمير محمد بن سلمان بن عبدالعزيز رسالة لخادم الحرمين "
                + "دعاه فيها للقيام بزيارة رسمية إلى مصر.");
        assertTrue(d.contains("EGYGOV>SAUGOV 04") && !d.contains("SAUGOV>EGYGOV 04"), d.toString());
        // a sender named after من right after the message is its source; the one who hands it only carries it
        d = dyads("وأضاف السفير يوسف أن الرئيس السيسي التقى أيضا مع عبدالقادر بن صالح، رئيس مجلس الأمة الجزائري، الذي سلم "
                + "السيسي رسالة خطية من الرئيس الجزائري عبدالعزيز بو تفليقه عبر خلالها عن فخره واعتزازه بافتتاح قناة السويس الجديدة.");
        assertTrue(d.contains("DZAGOV>EGYGOV 04"), d.toString());
        // a message or an invitation received from someone is that one's act towards the receiver
        d = dyads("وقال المصدر: «علمت أن المدير العام أمانو تلقى خلال الليل (بتوقيت فيينا) دعوة من أعضاء لجنة العلاقات "
                + "الخارجية بمجلس الشيوخ الأميركي، كما علمت أنه يدرس الدعوة بإيجابية».");
        assertTrue(d.contains("USALEG>IGOUNO 04") && !d.contains("IGOUNO>USALEG 04"), d.toString());
        d = dyads("تسلم الأمين العام لجامعة الدول العربية الدكتور نبيل العربي رسالة من الأمين العام للأمم المتحدة بان كي مون.");
        assertTrue(d.contains("IGOUNO>IGOARL 04"), d.toString());
    }

    @Test
    void aPhoneCallIsTheCallersActOnTheOneCalled() {
        // patterns.tsv frame option caller= on the call cues (session 29, events130; tuning-set sentences): the one
        // who receives a call is its target, the one it came from (after من) its source; one way, not both
        List<String> d = dyads("تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، اتصالا هاتفيا أمس من الرئيس فرانسوا "
                + "هولاند رئيس فرنسا، جدد خلاله ترحيبه بخادم الحرمين الشريفين خلال زيارته الخاصة لفرنسا.");
        assertTrue(d.contains("FRAGOV>SAUGOV 041") && !d.contains("SAUGOV>FRAGOV 041"), d.toString());
        // the one who makes a call (أجرى اتصالا بـ / مع، اتصل بـ) is its source
        d = dyads("أجرى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، اتصالا هاتفيا أمس بالرئيس عبدالفتاح السيسي رئيس مصر.");
        assertTrue(d.contains("SAUGOV>EGYGOV 041") && !d.contains("EGYGOV>SAUGOV 041"), d.toString());
        d = dyads("قال البيت الأبيض إن الرئيس باراك أوباما اتصل بخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز اليوم "
                + "الثلاثاء.");
        assertTrue(d.contains("USAGOV>SAUGOV 041") && !d.contains("SAUGOV>USAGOV 041"), d.toString());
        // parties named jointly: no one is told as the caller, both ways as before
        d = dyads("إن أجهزة الأمن الإسرائيلية والفلسطينية أجرت خلال اليومين الماضيين اتصالات مكثفة لتنسيق الخطوات.");
        assertTrue(d.contains("ISRCOP>PSECOP 041") && d.contains("PSECOP>ISRCOP 041"), d.toString());
        // the ones called after مع with those joined to them
        d = dyads("وكانت المستشارة الألمانية أنجيلا ميركل والرئيس الفرنسي فرنسوا هولاند أجريا اتصالا هاتفيا مع زعيمي روسيا "
                + "وأوكرانيا مساء أول من أمس لمناقشة الوضع في شرق أوكرانيا.");
        assertTrue(d.contains("DEUGOV>UKR 041") && !d.contains("UKR>DEUGOV 041") && !d.contains("RUS>FRAGOV 041"),
                d.toString());
    }

    @Test
    void anActThatIsTheObjectOfAnActOfForceIsNotItsSubjectsAct() {
        // MessageParties.actOnWhich (session 28, events123; the quotation of session 28's blind judgement): the
        // reinforcements the coalition destroyed are the Houthis', no mobilisation of the coalition's
        List<String> d = dyads("التحالف العربي دمرت أرتالا وتعزيزات للحوثيين");
        assertTrue(d.contains("SAUMIL>YEMREB 19") && d.stream().noneMatch(x -> x.startsWith("SAUMIL>") && x.endsWith(" 154")),
                d.toString());
    }

    // (session 28, events126) a killing told as an act's toll (modifiers.tsv toll-link: أسفر عن، أدى إلى، خلف، أوقع)
    // is that act when it is of root 18 or 20: tuning-set sentences (slices i%89 = 0..86), each with a 19 of its own
    // beside the act without the rule

    @Test
    void aBombingsTollIsTheBombingNotASecondFight() {
        // the nearest act coded before the link: the bomb's blast (183); the killing merges into it
        List<String> d = dyads("وفي العاصمة صنعاء انفجرت قنبلة أسفل حافلة ركاب ما أدى إلى مقتل ثلاثة أشخاص وإصابة خمسة حيث "
                + "وقع الانفجار في منطقة دار سلم الواقعة في الطرف الجنوبي.");
        assertTrue(d.contains("null>YEM 183"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 19")), d.toString());
        // the act's agent too: the car bombing claimed by the PKK killed the two Turkish soldiers
        d = dyads("تبنى حزب العمال الكردستاني أمس هجوما بسيارة مفخخة أدى أول من أمس إلى مقتل جنديين تركيين على الأقل في "
                + "محافظة ديار بكر ذات الغالبية الكردية جنوب شرقي تركيا.");
        assertTrue(d.contains("TURREB>TURMIL 1832"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 19")), d.toString());
        // the link's own subject between it and the killing (VSO): the suicide bombing in Suruc
        d = dyads("وأدى تفجير انتحاري استهدف مركزا ثقافيا في بلدة سروج التي تبعد 10 كيلمترات عن الحدود السورية إلى مقتل "
                + "28 شخصا على الأقل وجرح 100 آخرين.");
        assertTrue(d.stream().anyMatch(x -> x.endsWith(">TUR 1831")), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 19")), d.toString());
        // a toll naming no victim of its own is the act's own event: no second, target-less one of the attacker
        d = dyads("وبينما كان أوباما يغادر كينيا متوجهًا إلى إثيوبيا، هاجمت حركة الشباب فندقًا يضم بعثات "
                + "دبلوماسية في مقديشو؛ مما أدى إلى مقتل 13 شخصًا على الأقل.");
        assertTrue(d.contains("SOMREB>SOM 18"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 19") || x.equals("SOMREB>- 18")), d.toString());
        // control: a clash's toll stays a fight (the nearest act before the link is a 19)
        d = dyads("وقالت مصادر إن اشتباكات عنيفة اندلعت في المدينة أدت إلى مقتل خمسة من عناصر الجيش العراقي.");
        assertTrue(d.stream().anyMatch(x -> x.endsWith(" 19")), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.matches(".* 18\\d*")), d.toString());
    }

    @Test
    void aKillingToldBeforeTheBombingIsTheBombingsToll() {
        // (session 29, events127) the killing first, the act after عندما: the suicide bombing's code and agent
        List<String> d = dyads("قتل 15 شخصا بينهم نساء وأطفال الأربعاء عندما فجر انتحاري نفسه في سوق مزدحمة بشمال أفغانستان.");
        assertTrue(d.contains("AFGREB>AFGCVL 1831"), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 19")), d.toString());
        // after في: the killing merges into the car bombing's own event
        d = dyads("وفي محافظة ديالى، قتل اربعة اشخاص على الاقل في تفجير سيارة مفخخة في بلدة مندلي القريبة من الحدود مع ايران.");
        assertTrue(d.stream().anyMatch(x -> x.endsWith(" 1832")), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 19")), d.toString());
        // a killing with its own agent, the same party as the bombing's (attributed): one event, the bombing's
        d = dyads("واتت المداهمات بعد مقتل 32 شخصا في تفجير انتحاري الاثنين في بلدة تركية على الحدود السورية نسبت الى "
                + "تنظيم الدولة الاسلامية.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("IMGREB>") && x.endsWith(" 1831")), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.endsWith(" 19")), d.toString());
        // control: a killing in reprisal for a bombing is no toll of it
        d = dyads("وكانت الحكومة التركية أكدت أنها لن تتهاون مع المتمردين الأكراد، خصوصا بعد تبني حزب العمال، الأربعاء، "
                + "قتل شرطيين تركيين عثر على جثتيهما قرب الحدود السورية، وذلك في رد على هجوم انتحاري دموي وقع الاثنين "
                + "في مدينة سوروج التركية.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith("TURCOP 1831")), d.toString());
    }

    @Test
    void theShortFormOfAGroupNamedInFullBeforeIsThatGroup() {
        // (session 30, events148) «حزب العمال» after «حزب العمال الكردستاني» in the article is the PKK
        // (actors/short-forms.tsv), as «البشير» after «عمر حسن البشير» is the person
        List<String> d = dyads("قتل ثلاثة جنود أتراك وأصيب آخر أمس بانفجار عبوة في جنوب شرق تركيا في أحدث هجوم ينسب إلى "
                + "متمردين من حزب العمال الكردستاني.\n وقتل 19 شخصا من القوات التركية بهجمات نسبت إلى حزب العمال منذ "
                + "بداية الأزمة الحالية.");
        assertTrue(d.contains("TURREB>TURMIL 19"), d.toString());
        // control: with no full name before, «حزب العمال» stays a party (Labour as often), not the PKK
        d = dyads("وقتل 19 شخصا من القوات التركية بهجمات نسبت إلى حزب العمال منذ بداية الأزمة الحالية.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("TURREB>")), d.toString());
    }

    private static List<String> quoteSpeakers(String text) {
        Article a = new Article("t", null, "test", LocalDate.of(2015, 8, 9), null, text);
        return pipeline.code(a).quotes().stream()
                .map(q -> (q.speaker() == null ? "-" : q.speaker().code()) + " " + q.verb()).toList();
    }

    @Test
    void aTweetIsReportedSpeechAndItsSubjectTheSpeaker() {
        // (session 28, events125) غرد/يغرد is a reporting verb (reporting.tsv): its subject speaks the tweet quoted
        List<String> minister = quoteSpeakers("وزير التجارة والصناعة الدكتور توفيق بن فوزان الربيعة غرد عبر حسابه في"
                + " تويتر: «اللهم احفظ بلادنا من كل شر واحفظ رجال أمننا وارحم موتانا».");
        assertEquals(List.of("SAUGOV غرد"), minister);
        // an unnamed citizen who tweets is the citizens', not a party named before
        List<String> citizen = quoteSpeakers("وغرد مواطن عماني في صفحته على تويتر قائلا: \"المصابون من السلطنة في"
                + " أيدي أطيب الناس\".");
        assertEquals(List.of("OMNCVL وغرد"), citizen);
    }

    @Test
    void writingOnAnAccountIsReportedSpeech() {
        // (session 28, events125) كتب reports when a word of a post follows it (reporting.tsv kinds W and A): was the
        // Italian guards of the sentence before
        List<String> msf = quoteSpeakers("ومن جهتها كتبت منظمة اطباء بلا حدود على حسابها على تويتر ان \"الطاقم على"
                + " متن ديغنيتي يؤكد ان كثيرين لقوا حتفهم بطريقة مأسوية، لكن ليس لديه اي ارقام حتى الآن\".");
        assertEquals(List.of("NGOMSF كتبت"), msf);
        // control: the passive «كتب تحتها» with no post after it reports nothing
        List<String> written = quoteSpeakers("ثبتت فوق تلة من النفايات لافتة كتب تحتها «كل ديك على مزبلتو صياح».");
        assertTrue(written.stream().noneMatch(x -> x.endsWith(" كتب")), written.toString());
    }

    @Test
    void aWritersColonReportsHisWordsNotTheTweeterBefore() {
        // (session 29, events131) كتب + a colon (reporting.tsv kind Q/N/T/M rules): the minister named after «وكتب»
        // speaks, not the minister who tweeted in the sentence before (the base coder carried al-Rabiah/al-Falih)
        List<String> ministers = quoteSpeakers("وزير التجارة والصناعة الدكتور توفيق بن فوزان الربيعة غرد عبر حسابه في"
                + " تويتر: «اللهم احفظ بلادنا من كل شر واحفظ رجال أمننا وارحم موتانا».\nوكتب وزير الشؤون الاجتماعية"
                + " الدكتور ماجد بن عبدالله القصبي: «رحم الله شهداء الوطن، فازوا بشرف الشهادة في بيت الله اللهم احفظ"
                + " وطننا وأدم علينا أمننا».");
        assertEquals(List.of("SAUGOV غرد", "SAUGOV وكتب"), ministers);
        List<String> names = pipeline.code(new Article("t", null, "test", LocalDate.of(2015, 8, 9), null,
                "وزير التجارة والصناعة الدكتور توفيق بن فوزان الربيعة غرد عبر حسابه في تويتر: «اللهم احفظ بلادنا من كل"
                + " شر واحفظ رجال أمننا وارحم موتانا».\nوكتب وزير الشؤون الاجتماعية الدكتور ماجد بن عبدالله القصبي:"
                + " «رحم الله شهداء الوطن، فازوا بشرف الشهادة في بيت الله اللهم احفظ وطننا وأدم علينا أمننا».")).quotes()
                .stream().map(q -> q.speaker() == null ? "-" : q.speaker().name()).toList();
        assertEquals("Majid al-Qasabi", names.get(1), names.toString());
        // a writer no dictionary knows speaks for himself: no speaker, not the Saudis of the sentence before
        List<String> unknown = quoteSpeakers("وهل سيطبق السعوديون هذه العادة عندما يعودون إلى السعودية؟\nكتب عايض"
                + " النجدي: «المخجل والفشل الذريع أن يتعلم الإنسان أمورا حضارية مثل استخدام كرسي السيارة».");
        assertEquals(List.of("- كتب"), unknown);
        // control: a title after «بعنوان:» is no one's words
        List<String> title = quoteSpeakers("أتذكر في 2013 أنني كتبت زاوية تحليلية في نفس هذا المكان، وكانت بعنوان:"
                + " «هل شركة الكهرباء لا تعرف كيفية تسعير القروض»");
        assertTrue(title.stream().noneMatch(x -> x.endsWith("كتبت")), title.toString());
    }

    @Test
    void aSpeakerCarriedFromASentenceBeforeIsTheSourceOnlyWhileTheSpeechGoesOn() {
        // (session 29, events137) the Turkish forces that announced the attacks on their soldiers are not the PKK
        // fighters who opened fire in the narrator's next sentence (tuning set snn-2015-07-22#54; the base coder gave
        // TURMIL 19 there, the speaker carried as the subject)
        String lead = "وأعلنت القوات المسلحة التركية عن تعرض جنودها لهجومين في شرق البلاد ليل الاثنين.\n";
        List<Event> narrated = events(lead + "وفي إقليم أجدير، أغلق مقاتلو حزب العمال الكردستاني طريقا سريعا وأطلقوا"
                + " النار على قوات الأمن.");
        assertTrue(narrated.stream().noneMatch(e -> e.source() != null && "TURMIL".equals(e.source().code())
                && e.rule().contains("carried-subject")), narrated.toString());
        // control: the speech goes on («وتابعت: «...»», or a quotation that closes after the act): the speaker it is
        for (String next : List.of("وتابعت: «سنشن عملية قريبا وسنستعيد السيطرة على المنطقة».",
                "«سنشن عملية قريبا وسنستعيد السيطرة على المنطقة».")) {
            List<Event> spoken = events(lead + next);
            assertTrue(spoken.stream().anyMatch(e -> e.source() != null && "TURMIL".equals(e.source().code())
                    && e.cameoCode().startsWith("19")), spoken.toString());
        }
    }

    @Test
    void aSubjectlessVerbOpeningTheNextSentenceGoesOnWithTheSpeakersActs() {
        // (session 30, events139) «وأشاد بمقاتلي المقاومة الشعبية» right after the Yemeni minister spoke is his praise
        // (tuning set snn-2015-07-24#349; events137 had left it with no source: the sentence is the narrator's)
        String lead = "وقال وزير الخارجية اليمني رياض ياسين في تصريح صحفي إن الحكومة ستعمل على إعادة فتح مطار عدن.\n";
        java.util.function.Predicate<Event> minister = e -> e.source() != null && "YEMGOV".equals(e.source().code());
        String praise = "وأشاد بمقاتلي المقاومة الشعبية الذين تمكنوا من طرد مسلحي الحوثي.";
        assertTrue(events(lead + praise).stream().filter(minister).anyMatch(e -> e.cameoCode().equals("051")));
        // not a verb with a noun after it that may be its own subject, nor a verb in another person than the speaker's
        assertTrue(events(lead + "وأشاد المتحدث باسم المقاومة الشعبية بمقاتليها.").stream()
                .noneMatch(minister.and(e -> e.rule().contains("carried-subject"))));
        assertTrue(events(lead + praise.replace("وأشاد", "وأشادت")).stream()
                .noneMatch(minister.and(e -> e.rule().contains("carried-subject"))));
    }

    @Test
    void aCircumstantialMasdarAfterACommaIsTheSpeakersNotTheNearestActors() {
        // (session 30, events146) «مطالبة» right after a comma (modifiers.tsv hal-after-comma) is the feminine
        // participle, a ḥāl of the verb before: Israel, the object of an earlier clause, demands nothing (the lead's
        // blind item of session 30; the tuning set's snn-2015-07-27#307 had ISR → IGOUNO 10)
        List<String> d = dyads("وأشارت إلى أن القدس بحاجة ماسة إلى وقفة عربية وإسلامية جدية، وفاعلة، وقادرة على ردع"
                + " ومحاسبة إسرائيل على عدوانها المتواصل ضد المدينة المقدسة، مطالبة الدول كافة ومؤسسات الأمم المتحدة"
                + " باتخاذ ما يلزم من إجراءات.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("ISR>") && x.endsWith(" 10")), d.toString());
        // the subject of the sentence's verb demands, of the one right after it (snn-2015-07-26#567: was no event)
        d = dyads("رحبت جامعة الدول العربية بالهدنة الإنسانية في اليمن، مطالبة المليشيات المتمردة باحترام هذه الهدنة.");
        assertTrue(d.contains("IGOARL>YEMREB 10"), d.toString());
    }

    @Test
    void aCircumstantialParticiplesTargetIsNotInARelativeClauseOnAnActor() {
        // (session 30, events146) the thanks go to those after إلى, not to the women for whom the officials made the
        // chance (the lead's blind item: SAUOPP → SAU 051 by the later «للمرأة»)
        List<String> d = dyads("شاركت المرأة في الانتخابات البلدية في المملكة العربية السعودية للمرة الأولى أمس.\n"
                + "وقالت الناشطة الاجتماعية عالية آل فريد أمس: \"إن هذا اليوم يوم تاريخي\"، مقدمة شكرها إلى القيادة في"
                + " المملكة والمسؤولين الذين اتاحوا هذه الفرصة التاريخية للمرأة السعودية للمشاركة في الانتخابات.");
        assertTrue(d.stream().noneMatch(x -> x.endsWith(">SAU 051")), d.toString());
    }

    @Test
    void aRetweetIsNotTheRetweetersSpeech() {
        // (session 29, events131) «أعاد نشر تغريدة» (reporting.tsv kinds R and S): the one who retweets is not the
        // author; the base coder gave the activist's tweet to the Emirati minister (AREGOV)
        List<String> retweet = quoteSpeakers("وزير الخارجية الإماراتي، عبدالله بن زايد، أعاد نشر تغريدة للناشط علي"
                + " النعيمي، جاء فيها \"اعلم يا فهمي هويدي أنك جمعت السيئتين ولكنك خسرت وطنك مصر وعروبتك\".");
        assertEquals(List.of("- نشر"), retweet);
    }

    // (session 30, events144) tuning set snn-2015-07-27#598 whole (its Iranian story names the MPs' country), a wire
    // copy of an item of the lead's blind slice
    private static final String MPS_THREATEN = "تتواصل حالات التهديد المتبادلة بين إيران وأمريكا على خلفية الاتفاق النووي، حيث هدد نواب محافظون الرئيس"
            + " روحاني بإلغاء الاتفاق النووي إذا لم ترد حكومته على تهديدات وزير الخارجية الأمريكي جون كيري والرئيس"
            + " الأمريكي أوباما، وقد ساند المرشد الإيراني علي خامنئي جبهة النواب المتشددة حيث نشر على موقعه في تويتر"
            + " صورة للرئيس الأمريكي أوباما وهو يطلق الرصاص على رأسه وقال خامنئي في تعليقته على تويتر ردًا علي تهديدات"
            + " أوباما ووزير خارجيته جون كيري: إن الرئيس أوباما ادعى بأنه قادر على ضرب المنشآت العسكرية الإيرانية. ورد"
            + " خامنئي بالقول: نحن لا نريد الحرب، ولن نبدأها، ولكن.. وجعل خامنئي بدلًا من الكلمات صورة مظللة لأوباما"
            + " وهو يفتح نيران مسدسه على رأسه.\n من جهته قال الرئيس حسن روحاني إن الشعب الإيراني لن يرضخ للضغوط والحظر"
            + " والتهديد، وزعم أن الفريق الإيراني المفاوض حقق انتصارًا تاريخيًا أمام القوى الدولية الست الكبرى في"
            + " العالم خلال المفاوضات النووية. وفي سياق آخر كرر روحاني مزاعم أنه لولا إيران لسقطت بغداد وكردستان العراق"
            + " بيد داعش، وأضاف: إننا سنواصل دعم الشعوب في اليمن وفلسطين ولبنان وسوريا والعراق. وتأتي تصريحات الرئيس"
            + " حسن روحاني في وقت يواصل وزير الخارجية محمد ظريف زيارته لدول التعاون الخليجي، حيث ناقش في الكويت"
            + " العلاقات الثنائية والملفات الساخنة بين طهران ودول التعاون خاصة الأزمة اليمنية والعراق وسوريا، ورغم"
            + " استدعاء البحرين لسفيرها من طهران احتجاجًا على تصريحات خامنئي التي أعلن فيها عن مواصلة إيران لما أسمته"
            + " دعمها للشعب»البحريني».";

    @Test
    void aThreatIsWmdOnlyWhenTheNuclearWordFollowsAWeaponNoun() {
        // «هدد نواب محافظون الرئيس روحاني بإلغاء الاتفاق النووي»: cancelling the nuclear deal is no WMD threat
        // (patterns.tsv 1385 needs سلاح/ضربة/قنبلة ... before نووي; session 30, events150): plain 13, base 1385
        List<String> d = dyads(MPS_THREATEN);
        assertTrue(d.contains("IRNLEG>IRNGOV 13"), d.toString());
        assertFalse(d.stream().anyMatch(x -> x.endsWith(" 1385")), d.toString());
    }

    @Test
    void anIndefinitePluralRoleAfterTheVerbIsItsSubjectNotATitleOfThePersonAfterIt() {
        // «هدد نواب محافظون الرئيس روحاني»: the MPs threaten Rouhani (modifiers.tsv plural-role); the base coder took
        // Rouhani, three words on, as the apposition of a lone title and gave IRNGOV>USAGOV 1385
        List<String> d = dyads(MPS_THREATEN);
        assertTrue(d.stream().anyMatch(x -> x.startsWith("IRNLEG>IRNGOV 13")), d.toString());
        assertFalse(d.stream().anyMatch(x -> x.startsWith("IRNGOV>USAGOV")), d.toString());
        // a person after a preposition is no apposition either: the three gunmen of the Houthis were killed (the base
        // coder gave Saleh as the killer, YEMREB>YEM 19; tuning set snn-2015-07-26#705)
        d = dyads("أما في تعز، فقد قتل 3 مسلحين تابعين لميليشيات الحوثي وصالح وأصيب 17 آخرون بجروح في مواجهات بين"
                + " المتمردين وقوات المقاومة الشعبية الموالية للشرعية.");
        assertTrue(d.contains("null>YEMREB 19"), d.toString()); // no known killer
        assertFalse(d.contains("YEMREB>YEM 19"), d.toString());
        // control: a singular title before its holder's name is still the person (رئيس ... علي أكبر صالحي)
        d = dyads("وانتقد رئيس منظمة الطاقة الذرية الإيرانية علي أكبر صالحي الوكالة الدولية للطاقة الذرية.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("IRNGOV>")), d.toString());
    }

    @Test
    void aTitleWithItsOwnersPronounIsTheOwnersOfficeHolder() {
        // «تهديدات أوباما ووزير خارجيته جون كيري» (modifiers.tsv owned-office): Obama's minister, not the story's
        // Iranian one; the base coder gave IRNGOV>USAGOV 13 (the minister in Iran threatening Kerry)
        List<Event> e = events(MPS_THREATEN);
        assertTrue(e.stream().noneMatch(x -> x.sentence() == 0 && "13".equals(x.cameoCode()) && x.source() != null
                && "IRNGOV".equals(x.source().code())), e.stream().map(EventRulesTest::dyad).toList().toString());
        // Qatar's foreign minister, not the Saudi one of the sentence before
        List<String> d = dyads("والتقى وزير الخارجية السعودي عادل الجبير في باريس نظيره الفرنسي لوران فابيوس."
                + " وانتقدت قطر ووزير خارجيتها إيران.");
        assertTrue(d.contains("QATGOV>IRN 111"), d.toString());
        assertFalse(d.contains("SAUGOV>IRN 111"), d.toString());
    }

    @Test
    void aRoleNounWithItsOwnersPronounIsTheOwnersEnvoy() {
        // «وندد مندوبها» (actors/agents.tsv own envoy, modifiers.tsv owned-role): Russia's envoy, its government (base:
        // no mention, the sentence's subject Russia, RUS>USAMIL 111)
        List<String> d = dyads("وأدانت روسيا الهجوم، وندد مندوبها لدى مجلس الأمن بالضربات الأمريكية على سوريا.");
        assertTrue(d.contains("RUSGOV>USAMIL 111"), d.toString());
        // the recall keeps its code and dyad (events143): the recalled envoy is no party of it (tuning set sentence)
        d = dyads("ورغم استدعاء البحرين لسفيرها من طهران احتجاجًا على تصريحات خامنئي فإن العلاقات مستمرة.");
        assertTrue(d.contains("BHR>IRN 161"), d.toString());
        d = dyads("وفي وقت سابق اليوم السبت قالت البحرين إنها استدعت سفيرها في طهران للتشاور.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("IRNGOV>") || x.contains(">BHRGOV")), d.toString());
    }
}
