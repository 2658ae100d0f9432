package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> surfaces(String text) {
        return tokenizer.tokenize(text).stream().map(t -> text.substring(t.start(), t.end())).toList();
    }

    @Test
    void splitsQuotesGluedToClitics() {
        assertEquals(List.of("لـ", "”", "روسيا"), surfaces("لـ”روسيا"));
        assertEquals(List.of("بـ", "«", "الإرهاب", "»"), surfaces("بـ«الإرهاب»"));
    }

    @Test
    void keepsNumbersWhole() {
        assertEquals(List.of("نما", "10.5", "%"), surfaces("نما 10.5%"));
        assertEquals(List.of("1,000", "دولار"), surfaces("1,000 دولار"));
        assertEquals(List.of("في", "٢٠٢٤", "."), surfaces("في ٢٠٢٤."));
        assertEquals("2024", tokenizer.tokenize("٢٠٢٤").get(0).norm());
        assertEquals(TokenKind.NUMBER, tokenizer.tokenize("٢٠٢٤").get(0).kind());
    }

    @Test
    void arabicCommaAndQuestionMarkArePunctuation() {
        assertEquals(List.of("عاماً", "،", "وقع", "؟"), surfaces("عاماً ،وقع؟"));
    }

    @Test
    void marksAndZeroWidthDoNotSplitWords() {
        List<Token> t = tokenizer.tokenize("توثّقت رو\u200Cسيا");
        assertEquals(2, t.size());
        assertEquals("توثقت", t.get(0).norm());
        assertEquals("روسيا", t.get(1).norm());
    }

    @Test
    void recordsLineBreaks() {
        List<Token> t = tokenizer.tokenize("عنوان\nنص");
        assertTrue(t.get(1).newlineBefore());
    }

    @Test
    void emptyAndBlankText() {
        assertEquals(0, tokenizer.tokenize("").size());
        assertEquals(0, tokenizer.tokenize(" \n\t ").size());
    }
}
