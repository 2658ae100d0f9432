package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Span;

class FullTextTest {
    private static FullText.Query q(String s) {
        return FullText.Query.parse(s, Fixtures.ANALYZER::analyze);
    }

    @Test
    void indexDocumentsHoldStemsAndNormalizedForms() {
        List<String> terms = List.of(FullText.terms(Fixtures.ANALYZER.analyze("وبالمفاوضات مع بوتين، وكالة (إنترفاكس) ٢٠٢٤")).split(" "));
        assertEquals(List.of("مفاوضات", "وبالمفاوضات", "مع", "بوتين", "وكاله", "انترفاكس", "2024"), terms);
    }

    @Test
    void indexDocumentsAreTheTermsJoinedBySpacesAsAStringBuilderMadeThem() {
        // FullText.terms writes into a sized char array (ingest16); the reference is the plain construction it replaced
        for (String text : List.of(Fixtures.SUMMIT, Fixtures.SUMMIT_VOWELLED, Fixtures.MUNITIONS, Fixtures.FLOODS,
                "Ärger in der STRAßE، قال (DPA) ٢٠٢٤ ...", "«»", "")) {
            org.marsad.text.AnalyzedText t = Fixtures.ANALYZER.analyze(text);
            StringBuilder sb = new StringBuilder();
            for (org.marsad.text.Token tok : t.tokens()) {
                if (tok.isPunct()) {
                    continue;
                }
                for (String term : tok.norm().equals(tok.stem()) ? List.of(tok.stem()) : List.of(tok.stem(), tok.norm())) {
                    if (!term.isEmpty()) {
                        sb.append(sb.length() > 0 ? " " : "").append(term);
                    }
                }
            }
            assertEquals(FullText.foldCase(sb.toString()), FullText.terms(t), text);
        }
        assertEquals("ärger in der straße قال dpa 2024", FullText.terms(Fixtures.ANALYZER.analyze("Ärger in der STRAßE، قال (DPA) ٢٠٢٤")));
    }

    @Test
    void onePassGivesTheIndexDocumentAndTheFingerprintOfTwo() {
        // the ingest's coding thread makes both in one pass over the tokens (ingest21): the same values as the two
        // passes, for Arabic, Latin with capitals, digits, a character outside the BMP, empty and punctuation-only texts
        for (String text : List.of(Fixtures.SUMMIT, Fixtures.SUMMIT_VOWELLED, Fixtures.SUMMIT_COPY, Fixtures.MUNITIONS,
                Fixtures.FLOODS, "Ärger in der STRAßE، قال (DPA) ٢٠٢٤ ...", "قال 𝔸𝔹 و😀 الرئيس \uD800 ﻻ", "«»", "", "بوتين")) {
            org.marsad.text.AnalyzedText t = Fixtures.ANALYZER.analyze(text);
            FullText.Indexed one = FullText.withFingerprint(t);
            assertEquals(FullText.terms(t), one.terms(), text);
            assertEquals(Fingerprint.of(t), one.fingerprint(), text); // content hash and MinHash signature
            assertEquals(Fingerprint.of(t).contentHash(), one.fingerprint().contentHash(), text);
        }
    }

    @Test
    void wordsAreWrittenAsUtf8AsTheJdkWritesThem() {
        // every char of the BMP alone and after a letter, surrogate pairs, and half pairs (which the JDK writes as '?')
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c <= 0xFFFF; c++) {
            sb.append('ب').append((char) c).append(' ');
        }
        sb.append("😀𝔸").append('\uDC00').append('\uD800').append("x\uD83D");
        String s = sb.toString();
        char[] chars = s.toCharArray();
        byte[] out = new byte[chars.length * 3];
        int n = FullText.utf8(chars, 0, chars.length, out, 0);
        assertEquals(java.util.Arrays.toString(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                java.util.Arrays.toString(java.util.Arrays.copyOf(out, n)));
    }

    @Test
    void documentsWithANonAsciiCapitalAreLowerCasedWholeAndOthersKeptAsTheyAre() {
        assertEquals("مفاوضات äpfel straße dp", FullText.foldCase("مفاوضات Äpfel STRAßE dp"));
        assertEquals("مفاوضات ابل DPA", FullText.foldCase("مفاوضات ابل DPA")); // ASCII case is the tokenizer's
        assertEquals("مفاوضات дом", FullText.foldCase("مفاوضات Дом"));
        String arabic = "مفاوضات وبالمفاوضات ٢٠٢٤ ۱۲ ﻻ";
        assertEquals(arabic, FullText.foldCase(arabic));
    }

    @Test
    void theArabicBlockHasNoCapitalsWhichFoldCaseSkipsWithoutLookingThemUp() {
        for (char ch = 0x0600; ch <= 0x06FF; ch++) {
            assertFalse(Character.isUpperCase(ch), "U+" + Integer.toHexString(ch));
            assertEquals(String.valueOf(ch), String.valueOf(ch).toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Test
    void documentsAreCutToWhatATsvectorHolds() {
        // اب: 4 bytes + 4 for the count and first position; each repeat 2; جد another 8: 8 + 2 + 8 = 18
        assertEquals("اب اب جد", FullText.withinTsvectorBytes("اب اب جد هو اب", 18));
        assertEquals("اب اب جد اب", FullText.withinTsvectorBytes("اب اب جد هو اب", 20));
        assertEquals("اب هو", FullText.withinTsvectorBytes("اب هو", 100));
    }

    @Test
    void queriesAreNormalizedTheSameWayAndQuotedForEachEngine() {
        FullText.Query query = q("المفاوضات بوتين");
        assertEquals(List.of(List.of("مفاوضات", "المفاوضات"), List.of("بوتين")), query.words());
        assertEquals("(\"مفاوضات\" OR \"المفاوضات\") AND (\"بوتين\")", query.fts5());
        assertEquals("('مفاوضات' | 'المفاوضات') & ('بوتين')", query.tsquery());
        assertTrue(q(" \"' ()*:!&| ").isEmpty());
        assertEquals(1, q("بوتين بوتين").words().size());
    }

    @Test
    void snippetsAreTheBestSentenceWithHighlightsAsOffsets() {
        String text = Fixtures.SUMMIT;
        FullText.Snippet s = FullText.snippet(Fixtures.ANALYZER.analyze(text), q("بوتين المساعدة"), 300);
        assertTrue(s.text().startsWith("وقال بوتين"), s.text()); // the sentence with both words, not the first with one
        assertEquals(text.substring(s.start(), s.start() + s.text().length()), s.text());
        assertEquals(List.of("بوتين", "المساعدة"), s.highlights().stream().map(h -> h.of(s.text())).toList());
        assertTrue(s.bracketed().startsWith("وقال [بوتين] إن الاتفاقية تنص على [المساعدة]"), s.bracketed());
    }

    @Test
    void longSentencesAreCutAroundTheMatchAtWordBoundaries() {
        String text = "كلمة ".repeat(200) + "بوتين " + "كلمة ".repeat(200);
        FullText.Snippet s = FullText.snippet(Fixtures.ANALYZER.analyze(text), q("بوتين"), 80);
        assertTrue(s.text().length() <= 80, s.text().length() + "");
        assertEquals(1, s.highlights().size());
        Span h = s.highlights().get(0);
        assertEquals("بوتين", h.of(s.text()));
        assertTrue(s.text().startsWith("كلمة") && s.text().endsWith("كلمة"), s.text());
        // nothing matched: the start of the text
        FullText.Snippet none = FullText.snippet(Fixtures.ANALYZER.analyze(Fixtures.FLOODS), q("بوتين"), 60);
        assertEquals(0, none.start());
        assertTrue(none.highlights().isEmpty());
    }
}
