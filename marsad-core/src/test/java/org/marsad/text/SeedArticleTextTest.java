package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.SharedData;
import org.marsad.model.Sentence;

/** The text layer on the seed article: token offsets round-trip, sentence boundaries are the right ones. */
class SeedArticleTextTest {
    @Test
    void tokenOffsetsRoundTripAndSentencesAreRight() throws IOException {
        String text = new ObjectMapper().readTree(SharedData.require("seed/seed-article.json").toFile())
                .get("text").asText();
        AnalyzedText t = new TextAnalyzer(s -> false).analyze(text);
        for (Token tok : t.tokens()) {
            String original = text.substring(tok.start(), tok.end());
            String expect = tok.isPunct() ? original : ArabicNormalizer.normalize(original);
            assertEquals(expect, tok.norm(), "token " + tok.index() + " at " + tok.start());
            for (Segment s : tok.segments()) {
                assertEquals(tok.norm(), CliticSegmenterTest.rebuild(s));
            }
        }
        // sentences cover the tokens in order and never overlap
        int prevEnd = 0;
        for (Sentence s : t.sentences()) {
            assertTrue(s.span().start() >= prevEnd);
            prevEnd = s.span().end();
        }
        List<String> sentences = t.sentences().stream().map(s -> s.span().of(text)).toList();
        assertEquals("تقديم:", sentences.get(0));
        assertTrue(sentences.get(1).startsWith("في زيارة هي الأولى"));
        assertTrue(sentences.get(1).endsWith("نحو ساعتين."));
        assertTrue(sentences.get(2).startsWith("وتأتي زيارة الرئيس الروسي"));
        assertEquals("الإعلان عن وثيقة تأسيسية جديدة", sentences.get(3));
        assertTrue(sentences.contains("بوتين قال خلال القمة ” لقد أحرزنا تقدماً كبيراً في بناء العلاقات المعاصرة بين"
                + " دولتينا، واليوم تم إعداد وثيقة تأسيسية جديدة من شأنها أن تشكل أساساً لعلاقاتنا على المدى الطويل”."));
        assertTrue(sentences.get(sentences.size() - 1).startsWith("مما دفع بيونج يانج"));
    }
}
