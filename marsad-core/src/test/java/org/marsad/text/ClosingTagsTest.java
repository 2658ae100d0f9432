package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Pipeline;
import org.marsad.model.Article;
import org.marsad.model.CodedArticle;

/**
 * A keyword line glued after an article's last sentence (ClosingTags, closing-tags.tsv; session 20, text20) is no
 * sentence: no token of it, no mention, no event; every other offset stays as it was. Real 3alyoum endings.
 */
class ClosingTagsTest {
    private final TextAnalyzer analyzer = new TextAnalyzer(s -> false);

    // snn-2015-07-24#23 (3alyoum): the last sentence and the site's tag line «سمات ...»; session 19's blind
    // judgement item 27 found «سمات إيزيديات اغتصاب داعش سوريا» coded IMGREB → SYR 1821
    private static final String LAST = "إن بعضًا من الفتيان فضلن الانتحار على الاستمرار في هذا العذاب، ونحن نأمل أن "
            + "يكون هذا درسًا لكل من يفكر بالالتحاق بهذه الفئة المجرمة الضالة التي تتاجر باسم الدين الذي هو براء منهم "
            + "ومن أمثالهم.";
    private static final String TAGS = " سمات إيزيديات اغتصاب داعش سوريا ";

    private static List<String> sentences(AnalyzedText t) {
        return t.sentences().stream().map(s -> s.span().of(t.text())).toList();
    }

    @Test
    void aClosingTagLineIsNoSentenceAndKeepsEveryOtherOffset() {
        AnalyzedText tagged = analyzer.analyze(LAST + TAGS);
        AnalyzedText plain = analyzer.analyze(LAST);
        assertEquals(List.of(LAST), sentences(tagged));
        assertEquals(plain.sentences(), tagged.sentences());
        assertEquals(plain.tokens().size(), tagged.tokens().size());
        for (int i = 0; i < plain.tokens().size(); i++) {
            assertEquals(plain.tokens().get(i).start(), tagged.tokens().get(i).start());
            assertEquals(plain.tokens().get(i).end(), tagged.tokens().get(i).end());
        }
        assertEquals("إيزيديات اغتصاب داعش سوريا", tagged.keywords().of(tagged.text()));
        assertNull(plain.keywords());
        // a line break before it (snn-2015-07-24#6) and a sign a tag may hold (snn-2015-07-31#127: «طريق الطائف -
        // الرياض»)
        AnalyzedText t = analyzer.analyze("والبقاء والعمل والتنقل في المملكة بشكل نظامي.\n سمات الجوازات وافدون وثيقة سفر "
                + "يمنيون ");
        assertEquals(List.of("والبقاء والعمل والتنقل في المملكة بشكل نظامي."), sentences(t));
        t = analyzer.analyze("وتسليمها لجهة الاختصاص. سمات أمن الطرق دهس طريق الطائف - الرياض معاق ");
        assertEquals("أمن الطرق دهس طريق الطائف - الرياض معاق", t.keywords().of(t.text()));
    }

    @Test
    void aLastSentenceThatOnlyBeginsWithTheWordStaysOne() {
        // controls: a tag line with a dot in it (3alyoum, «سمات التحالف الدولي. العراق داعش سوريا ضربات»), a line with
        // a clause word, سمات inside the last sentence (aawsat snn-2015-07-21#209) and at a poem's line end
        // (alyaum snn-2015-08-01#1058): each stays a sentence, with every token
        for (String text : List.of(
                "بالقرب من الحسكة وفقا للبيان. سمات التحالف الدولي. العراق داعش سوريا ضربات ",
                "وقال المدرب إن الفريق تحسن. سمات القائد الذي يحتاجه الفريق",
                "وهناك كونسول مركزي حساس للمس في «فانتاج»، وهو من سمات بعض سيارات «أستون مارتن» الأخرى.",
                "اثبت للدولة انك من قياداتها\nﻷن يا سعود فيك من المحنّك سمات\nنايف عليه الشعوب تجر ويلاتها")) {
            AnalyzedText t = analyzer.analyze(text);
            assertNull(t.keywords(), text);
            assertEquals(new Tokenizer().tokenize(text).size(), t.tokens().size(), text);
            assertEquals(t.tokens().get(t.tokens().size() - 1).end(), t.sentences().get(t.sentences().size() - 1).span().end());
        }
        // the whole text as one such line: nothing before it, it stays
        assertEquals(1, analyzer.analyze("سمات الحرب اليمن").sentences().size());
    }

    @Test
    void theTagLineGivesNoMentionAndNoEvent() {
        Pipeline pipeline = Pipeline.load();
        CodedArticle c = pipeline.code(new Article("snn-2015-07-24#23", null, "3alyoum", LocalDate.of(2015, 7, 24), null,
                LAST + TAGS));
        assertTrue(c.events().isEmpty(), c.events().toString());
        assertTrue(c.mentions().stream().allMatch(m -> m.span().end() <= LAST.length()), c.mentions().toString());
        // control: the same words inside a sentence are still read («داعش» and «سوريا»)
        c = pipeline.code(new Article("t", null, "test", LocalDate.of(2015, 7, 24), null,
                LAST + " واغتصب داعش إيزيديات في سوريا."));
        assertTrue(c.mentions().stream().anyMatch(m -> "IMGREB".equals(m.code())), c.mentions().toString());
        assertTrue(c.mentions().stream().anyMatch(m -> "SYR".equals(m.code())), c.mentions().toString());
    }
}
