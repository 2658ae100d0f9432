package org.marsad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.codebook.Codebook;
import org.marsad.text.ArabicNormalizer;

/**
 * What the event coder used to make anew at each question and now makes once (speed23): a pattern's CAMEO root and
 * the inflected forms of a verb cue's head. The answers must be the ones made each time before.
 */
class MadeOnceTest {

    @Test
    void aPatternsRootIsTheFirstTwoCharactersOfItsCodeAndTheSameStringEachTime() {
        EventPatterns patterns = EventPatterns.load(Codebook.load());
        List<Pattern> some = new ArrayList<>();
        for (String form : List.of("قتل", "قتلوا", "يقتلون", "اتفق", "رفض", "هجوم", "زيارة", "اعتقال")) {
            some.addAll(patterns.verb(form));
            some.addAll(patterns.noun(form));
        }
        assertFalse(some.isEmpty());
        for (Pattern p : some) {
            assertEquals(p.code().substring(0, 2), p.root(), p.line());
            assertSame(p.root(), p.root(), p.line()); // no new string per question
        }
    }

    @Test
    void aVerbHeadsFormsAreTheGeneratorsForItsPastAndPresent() {
        // patterns.tsv: «رفض/يرفض + تعليق» (011), «أعرب/يعرب + قلق*/...» (012, a hamza the normalizer folds)
        VerbTenses.Forms refuse = VerbTenses.forms("رفض/يرفض + تعليق");
        assertEquals(VerbForms.past("رفض"), refuse.past());
        assertEquals(VerbForms.present("يرفض"), refuse.present());
        VerbTenses.Forms express = VerbTenses.forms("أعرب/يعرب + قلق*/مخاوف/أسف*/انزعاج*/تخوف*");
        assertEquals(VerbForms.past(ArabicNormalizer.normalize("أعرب")), express.past());
        assertEquals(VerbForms.present(ArabicNormalizer.normalize("يعرب")), express.present());
    }

    @Test
    void aHeadWithoutAPresentHasNone() {
        // «سيطر/- + على مدينة/...» (19) and «اتفق/-» (05): past only
        VerbTenses.Forms seized = VerbTenses.forms("سيطر/- + على مدينة/مدن/قاعدة");
        assertEquals(VerbForms.past("سيطر"), seized.past());
        assertNull(seized.present());
        assertNull(VerbTenses.forms("اتفق/-").present());
    }
}
