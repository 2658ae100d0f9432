package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {
    @Test
    void presentationFormsWithoutADecompositionAreKeptNotFoldedForEver() {
        // U+FDD0 is a noncharacter and U+FE75 unassigned, both in the presentation-form blocks: their NFKC is
        // themselves (a stack overflow found by TextLayerFuzzTest)
        assertEquals("\uFDD0", ArabicNormalizer.normalize("\uFDD0"));
        assertEquals("لا\uFE75", ArabicNormalizer.normalize("\uFEFB\uFE75"));
    }

    @Test
    void everyPresentationFormIsDecomposedAsNfkcSaysEveryTime() {
        // the decompositions are kept per character once made (speed32): each character of the three blocks, asked
        // twice, alone and inside a word, as NFKC of the character then normalized again gives it
        int[][] blocks = {{0xFB50, 0xFDFF}, {0xFE70, 0xFEFE}, {0xFF01, 0xFF5E}};
        for (int[] block : blocks) {
            for (int c = block[0]; c <= block[1]; c++) {
                String single = String.valueOf((char) c);
                String nfkc = java.text.Normalizer.normalize(single, java.text.Normalizer.Form.NFKC);
                String expected = nfkc.equals(single) ? single : ArabicNormalizer.normalize(nfkc);
                String hex = Integer.toHexString(c);
                assertEquals(expected, ArabicNormalizer.normalize(single), hex);
                assertEquals(expected, ArabicNormalizer.normalize(single), hex);
                assertEquals("ب" + expected + "ب", ArabicNormalizer.normalize("ب" + single + "ب"), hex);
            }
        }
    }

    @Test
    void removesTashkeelAndTatweel() {
        assertEquals("عاما", ArabicNormalizer.normalize("عاماً"));
        assertEquals("احتجاجا", ArabicNormalizer.normalize("احتجاجاً"));
        assertEquals("ل", ArabicNormalizer.normalize("لـ"));
        assertEquals("توثقت", ArabicNormalizer.normalize("توثّقت"));
        assertEquals("محمد", ArabicNormalizer.normalize("مُحَمَّد"));
    }

    @Test
    void foldsAlefYaAndTaMarbuta() {
        assertEquals("اكد", ArabicNormalizer.normalize("أكد"));
        assertEquals("ايران", ArabicNormalizer.normalize("إيران"));
        assertEquals("الان", ArabicNormalizer.normalize("الآن"));
        assertEquals("الي", ArabicNormalizer.normalize("إلى"));
        assertEquals("الروسيه", ArabicNormalizer.normalize("الروسية"));
        assertEquals("اللغه", ArabicNormalizer.normalize("ٱللغة"));
    }

    @Test
    void convertsDigits() {
        assertEquals("2024", ArabicNormalizer.normalize("٢٠٢٤"));
        assertEquals("2024", ArabicNormalizer.normalize("۲۰۲۴"));
    }

    @Test
    void dropsInvisibleControlsAndDecomposesPresentationForms() {
        assertEquals("روسيا", ArabicNormalizer.normalize("رو\u200Cسيا"));
        assertEquals("روسيا", ArabicNormalizer.normalize("\u200Fروسيا\u202C"));
        assertEquals("لا", ArabicNormalizer.normalize("\uFEFB")); // lam-alef ligature
    }

    @Test
    void unchangedStringIsReturnedAsIs() {
        String s = "روسيا";
        assertEquals(s, ArabicNormalizer.normalize(s));
    }
}
