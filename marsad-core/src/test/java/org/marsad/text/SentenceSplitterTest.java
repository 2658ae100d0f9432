package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Sentence;

class SentenceSplitterTest {
    private final TextAnalyzer analyzer = new TextAnalyzer(s -> false);

    private List<String> sentences(String text) {
        AnalyzedText t = analyzer.analyze(text);
        return t.sentences().stream().map(s -> s.span().of(text)).toList();
    }

    @Test
    void splitsOnArabicAndLatinTerminators() {
        assertEquals(List.of("وصل الوزير.", "هل ينجح؟", "نعم!"), sentences("وصل الوزير. هل ينجح؟ نعم!"));
    }

    @Test
    void decimalNumbersDoNotEndSentences() {
        assertEquals(List.of("نما الاقتصاد 10.5 في المئة العام الماضي."),
                sentences("نما الاقتصاد 10.5 في المئة العام الماضي."));
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertEquals(List.of("قال: “انتهى الأمر.”", "ثم غادر."), sentences("قال: “انتهى الأمر.” ثم غادر."));
        assertEquals(List.of("قال “على المدى الطويل”.", "كما أشاد."), sentences("قال “على المدى الطويل”. كما أشاد."));
    }

    @Test
    void lineBreaksEndHeadlines() {
        assertEquals(List.of("الإعلان عن وثيقة جديدة", "في الوقت الذي أكد."),
                sentences("الإعلان عن وثيقة جديدة\nفي الوقت الذي أكد."));
    }

    @Test
    void oneLetterAbbreviationsDoNotEndSentences() {
        assertEquals(List.of("قال د. أحمد إن الوضع صعب."), sentences("قال د. أحمد إن الوضع صعب."));
    }

    @Test
    void runOnTextIsCut() {
        String s = "كلمة ".repeat(1000);
        AnalyzedText t = analyzer.analyze(s);
        for (Sentence x : t.sentences()) {
            assertEquals(true, t.endToken(x.index()) - t.firstToken(x.index()) <= SentenceSplitter.MAX_TOKENS);
        }
        assertEquals(1000, t.tokens().size());
    }
}
