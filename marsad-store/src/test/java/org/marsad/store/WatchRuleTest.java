package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.marsad.model.ActorRef;
import org.marsad.model.Event;
import org.marsad.model.Place;
import org.marsad.model.Span;

class WatchRuleTest {
    private static Event event(String src, String tgt, String code, boolean negated, String country) {
        return new Event("e", "a", 0, null, null, src == null ? null : new ActorRef(src, src, null),
                tgt == null ? null : new ActorRef(tgt, tgt, null), code, code.substring(0, 2), 1, 1.0, null, negated,
                "asserted", null, country == null ? null : new Place("x", "x", country, null, null, "country", null),
                new Span(0, 1), 0.9, null, null);
    }

    @Test
    void actorsArePrefixesOnEitherSideAndDyadsHaveADirection() {
        WatchRule r = WatchRule.parse("name: r\nactors: RUS\n", "t");
        assertTrue(r.matches(event("RUSGOV", "PRK", "057", false, null), null, null));
        assertTrue(r.matches(event("PRK", "RUSMIL", "057", false, null), null, null));
        assertFalse(r.matches(event("PRK", "UKR", "057", false, null), null, null));
        WatchRule d = WatchRule.parse("name: d\ndyads: [\"PRK->RUS\", \"USA<->IRN\"]\n", "t");
        assertTrue(d.matches(event("PRKGOV", "RUS", "072", false, null), null, null));
        assertFalse(d.matches(event("RUS", "PRK", "072", false, null), null, null));
        assertTrue(d.matches(event("IRN", "USAGOV", "112", false, null), null, null));
    }

    @Test
    void rootsCodesQuadPlacesKeywordsAndNegation() {
        WatchRule r = WatchRule.parse("name: r\nroots: [19]\ncodes: [\"0332\"]\nplaces: [YEM]\n"
                + "keywords: [البحر الأحمر]\n", "t");
        String sentence = "هاجم الحوثيون سفينة في البحر الاحمر";
        assertTrue(r.matches(event("YEMREB", null, "190", false, "YEM"), "هاجم", sentence));
        assertTrue(r.matches(event("YEMREB", null, "0332", false, "YEM"), "هاجم", sentence));
        assertFalse(r.matches(event("YEMREB", null, "190", false, "SAU"), "هاجم", sentence));
        assertFalse(r.matches(event("YEMREB", null, "180", false, "YEM"), "هاجم", sentence));
        assertFalse(r.matches(event("YEMREB", null, "190", false, "YEM"), "هاجم", "في خليج عدن"));
        assertFalse(r.matches(event("YEMREB", null, "190", true, "YEM"), "لم يهاجم", sentence));
        // keywords inside words, after normalization (ـ، ً، أ/ا، ة/ه)
        WatchRule k = WatchRule.parse("name: k\nkeywords: [صواريخ, مسيّرة]\n", "t");
        assertTrue(k.matches(event("RUS", null, "190", false, null), null, "أطلقت بالصواريخ"));
        assertTrue(k.matches(event("RUS", null, "190", false, null), null, "طائرة مسيره"));
        WatchRule q = WatchRule.parse("name: q\nquad_class: 4\n", "t");
        assertFalse(q.matches(event("RUS", null, "057", false, null), null, null));
    }

    @Test
    void storiesJoinCompatibleCodesAndNearbyDays() {
        assertTrue(Stories.compatible("072", "0332"));
        assertTrue(Stories.compatible("190", "183"));
        assertFalse(Stories.compatible("057", "072"));
        assertTrue(Stories.window("2024-06-19")[0].equals("2024-06-18") && Stories.window("2024-06-19")[1].equals("2024-06-20"));
        assertTrue(Stories.window("2023-09")[0].equals("2023-09"));
        assertTrue(Stories.clusterDate(null, LocalDate.of(2024, 6, 19)).equals("2024-06-19"));
        assertTrue(Stories.similarity(Stories.terms("وقع الرئيس الروسي اتفاقية"), Stories.terms("ووقع الرئيس الروسي الاتفاقية")) > 0.9);
    }

    @Test
    void xmlCannotCarryControlCharactersSoTheyAreReplaced() {
        assertTrue(AlertFeed.clean("a\u0001b\uD800c😀").equals("a\uFFFDb\uFFFDc😀"));
    }
}
