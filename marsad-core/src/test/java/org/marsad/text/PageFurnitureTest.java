package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Pipeline;
import org.marsad.model.Article;
import org.marsad.model.CodedArticle;
import org.marsad.model.Event;

/**
 * The page furniture after an article (PageFurniture, page-furniture.tsv; session 26, text28) and before it (session
 * 27, text29) is not read: no token, sentence, mention or event from it; the text is kept whole and every other offset
 * stays as it was. Real beginnings and endings of the SaudiNewsNet corpus.
 */
class PageFurnitureTest {
    private final TextAnalyzer analyzer = new TextAnalyzer(s -> false);

    // snn-2015-08-04#358 (aljazirah): the column's last lines and the writer's other columns, their titles run
    // together; session 26's blind judgement found «زيارة محمد بن سلمان لمصر ومدلولاتها» coded EGY → SAUGOV 043
    private static final String COLUMN = "ولم تعد الورقة الإخوانية، من ضمن أوراق الأجندة الأمريكية في مصر وفي المنطقة، كما "
            + "كانت خلال حكم الرئيس أوباما. \nإلى اللقاء. \n";
    private static final String OTHER_COLUMNS = "مقالات أخرى للكاتببالإثباتات: الأمريكيون صنعوا (داعش)!زيارة محمد بن "
            + "سلمان لمصر ومدلولاتهاماذا لو نجح الإصلاحيون في إيران؟سقوط الصحوة والمتأسلمين الصحويينلا حل مع إيران إلا "
            + "مواجهة التصعيد بالتصعيد";

    private static List<String> sentences(AnalyzedText t) {
        return t.sentences().stream().map(s -> s.span().of(t.text())).toList();
    }

    /** The same sentences and tokens, at the same offsets. */
    private static void assertSameSentencesAndTokens(AnalyzedText expected, AnalyzedText actual) {
        assertEquals(sentences(expected), sentences(actual));
        assertEquals(expected.sentences(), actual.sentences());
        assertEquals(expected.tokens().size(), actual.tokens().size());
        for (int i = 0; i < expected.tokens().size(); i++) {
            assertEquals(expected.tokens().get(i).start(), actual.tokens().get(i).start());
            assertEquals(expected.tokens().get(i).end(), actual.tokens().get(i).end());
        }
    }

    @Test
    void theEarliestMarkerThatBeginsAWordStartsTheFurniture() {
        PageFurniture f = new PageFurniture(List.of("للتواصل مع الكاتب", "// انتهى //"));
        String text = "نص المقال. \n// انتهى //\n 16:10 ت م \n ";
        assertEquals(text.indexOf("//"), f.start(text));
        // glued to the writer's e-mail (almadina, snn-2015-07-21#1341): a Latin letter before it is no word of it
        text = "نص المقال.\n\nتويتر: someone@gmail.comللتواصل مع الكاتب ارسل رسالة SMS";
        assertEquals(text.indexOf("للتواصل"), f.start(text));
        // after an Arabic letter it is inside a word: not a marker; then the next occurrence, the earliest marker
        text = "وللتواصل مع الكاتب أهمية. // انتهى // للتواصل مع الكاتب";
        assertEquals(text.indexOf("//"), f.start(text));
        assertEquals("لا شيء هنا.".length(), f.start("لا شيء هنا."));
        assertEquals(0, f.start("// انتهى //"));
    }

    @Test
    void theFurnitureIsNotReadAndEveryOtherOffsetStays() {
        AnalyzedText withIt = analyzer.analyze(COLUMN + OTHER_COLUMNS);
        AnalyzedText plain = analyzer.analyze(COLUMN);
        assertSameSentencesAndTokens(plain, withIt);
        assertEquals(COLUMN + OTHER_COLUMNS, withIt.text());
        assertEquals(OTHER_COLUMNS, withIt.furniture().of(withIt.text()));
        assertNull(plain.furniture());
        // SPA's end mark and time sent (snn-2015-08-11#1636)
        AnalyzedText spa = analyzer.analyze(" ولفت الأتنباه إلى انه من المرجح عقد مؤتمر اليوم بشأن اليونان.\n // انتهى //\n 16:10 ت م \n ");
        assertEquals(List.of("ولفت الأتنباه إلى انه من المرجح عقد مؤتمر اليوم بشأن اليونان."), sentences(spa));
        assertEquals("// انتهى //\n 16:10 ت م \n ", spa.furniture().of(spa.text()));
    }

    @Test
    void theOtherColumnsGiveNoMentionAndNoEvent() {
        Pipeline pipeline = Pipeline.load();
        LocalDate day = LocalDate.of(2015, 8, 4);
        CodedArticle c = pipeline.code(new Article("snn-2015-08-04#358", null, "aljazirah", day, null,
                COLUMN + OTHER_COLUMNS));
        assertTrue(c.mentions().stream().allMatch(m -> m.span().end() <= COLUMN.length()), c.mentions().toString());
        assertTrue(c.events().stream().allMatch(e -> e.evidence().end() <= COLUMN.length()), c.events().toString());
        assertFalse(c.events().stream().anyMatch(PageFurnitureTest::egyptReceivesTheSaudis), c.events().toString());
        // control: the same titles without the marker are read, and code the visit
        c = pipeline.code(new Article("t", null, "aljazirah", day, null,
                COLUMN + OTHER_COLUMNS.substring("مقالات أخرى للكاتب".length())));
        assertTrue(c.events().stream().anyMatch(PageFurnitureTest::egyptReceivesTheSaudis), c.events().toString());
    }

    // snn-2015-08-11#1352 (okaz): the share buttons' labels glued to the report's first sentence
    private static final String SHARE = " شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك";
    private static final String REPORT = " أكد وزير الخارجية عادل بن أحمد الجبير أن المملكة حريصة على تطوير علاقاتها "
            + "بشكل جيد مع إيران، شرط أن تغير إيران سياستها التي تكمن بالتدخل في شؤون الدول الخليجية.\n وقال الجبير في "
            + "مؤتمر صحفي عقده مع وزير الخارجية الألماني فرانك فالتر شتاينماير في برلين أمس إنه يجب على إيران تغيير "
            + "سياستها العدوانية.";

    @Test
    void anOpeningMarkerEndsTheFurnitureBeforeTheArticle() {
        PageFurniture f = new PageFurniture(List.of("// انتهى //"), List.of("Next Previous"));
        // a photo slider's captions, then its buttons, the byline and the report (3alyoum, snn-2015-07-24#678)
        String text = " جالاكسي تاب برو 12.2 مجموعة الأجهزة اللوحية جالاكسي Next Previous صقر خالد – جدة\nأعلنت شركة "
                + "سامسونج اليوم عن موعد صدور الاجهزة اللوحية.";
        assertEquals(new PageFurniture.Bounds(text.indexOf(" صقر"), text.length()), f.bounds(text));
        // after the whole report, with only its tag line after it (snn-2015-07-24#525): no furniture before
        text = "والمنافسة على كل البطولات ومنها دوري ابطال آسيا. Next Previous سمات النصر نايف هزازي ";
        assertEquals(new PageFurniture.Bounds(0, text.length()), f.bounds(text));
        // the line break or sentence end must come before the closing furniture
        text = "Next Previous عين اليوم // انتهى //\n 13:16 ت م";
        assertEquals(new PageFurniture.Bounds(0, text.indexOf("//")), f.bounds(text));
        // followed by a letter, not a space, the marker does not end where a token ends: none
        text = "Next Previousعين اليوم – واس\nعقد خادم الحرمين الشريفين اجتماعا.";
        assertEquals(0, f.bounds(text).begin());
        // and with no opening marker the closing one alone
        assertEquals(new PageFurniture.Bounds(0, 10), f.bounds("نص المقال.// انتهى //"));
    }

    @Test
    void theShareLineIsNoTokenAndTheReportKeepsItsOffsets() {
        AnalyzedText withIt = analyzer.analyze(SHARE + REPORT);
        AnalyzedText blank = analyzer.analyze(" ".repeat(SHARE.length()) + REPORT); // the same offsets, no labels
        assertSameSentencesAndTokens(blank, withIt);
        assertTrue(sentences(withIt).get(0).startsWith("أكد وزير الخارجية"), sentences(withIt).get(0));
        assertEquals(SHARE, withIt.opening().of(withIt.text()));
        assertNull(withIt.furniture());
        assertNull(analyzer.analyze(REPORT).opening());
        // without the marker the labels open the first sentence (the control)
        assertTrue(sentences(analyzer.analyze(SHARE.replace("رأيك", "رأيكم") + REPORT)).get(0).startsWith("شارك"));
    }

    // snn-2015-07-21#1393 (alriyadh): a column's question to its readers, then the poll's CSS and script (shortened
    // here) and its question and answers, where «المغرب» (the sunset prayer) was read as Morocco
    private static final String QUESTION = "ما النوع الذي تفضله وإلى أي جانب أنت؟ وهل ما تفضله عادة يكون هو ما يعمل به في "
            + "المنزل؟ ";
    private static final String POLL = "#vote_area2 ul { padding: 0; margin: 0; } .box_vote { padding:18px; } "
            + "jQuery.noConflict(); }); }); كيف تتناول إفطارك في رمضان؟ تناول جميع الأطعمة مع وقت أذان المغرب تناول "
            + "إفطار خفيف وتأجيل الطعام لبعد المغرب تناول إفطار خفيف وتأجيل الطعام لبعد العشاء لا أكترث فجميع الطرق جيدة ";

    @Test
    void aReadersPollGivesNoMention() {
        Pipeline pipeline = Pipeline.load();
        LocalDate day = LocalDate.of(2015, 7, 21);
        CodedArticle c = pipeline.code(new Article("snn-2015-07-21#1393", null, "alriyadh", day, null, QUESTION + POLL));
        assertTrue(c.mentions().stream().allMatch(m -> m.span().end() <= QUESTION.length()), c.mentions().toString());
        // control: without the marker the answers are read, and «المغرب» is Morocco
        c = pipeline.code(new Article("t", null, "alriyadh", day, null, QUESTION + POLL.replace("#vote_area2", "#v")));
        assertTrue(c.mentions().stream().anyMatch(m -> "MAR".equals(m.code())), c.mentions().toString());
    }

    private static boolean egyptReceivesTheSaudis(Event e) {
        return e.source() != null && "EGY".equals(e.source().code()) && e.target() != null
                && "SAUGOV".equals(e.target().code()) && "043".equals(e.cameoCode());
    }
}
