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
