package org.marsad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.ActorRef;
import org.marsad.model.Article;
import org.marsad.model.CodedArticle;
import org.marsad.model.Event;
import org.marsad.model.Span;

/** The scorer on hand-made cases: optional events, duplicates, role suffixes, IGO codes, dates, negation. */
class ScorerTest {
    private static final Article ARTICLE = new Article("a1", null, null, LocalDate.of(2024, 6, 19), null, "نص");

    private static Event ev(String src, String tgt, String code, String date) {
        return ev(src, tgt, code, date, false, "asserted");
    }

    private static Event ev(String src, String tgt, String code, String date, boolean negated, String modality) {
        Span s = new Span(0, 1);
        return new Event("id", "a1", 0, date, date == null ? null : "day", new ActorRef(src, src, s),
                new ActorRef(tgt, tgt, s), code, code.substring(0, 2), 1, 0, null, negated, modality, null, null, s,
                0.9, "", "test");
    }

    private static GoldEvent gold(String s, String t, String root, String code, String date, boolean optional) {
        return new GoldEvent(s, t, root, code, date, null, optional);
    }

    private static Scorer.Report score(List<GoldEvent> gold, List<Event> predicted) {
        return new Scorer().score(List.of(new GoldArticle(ARTICLE, gold)),
                List.of(new CodedArticle(ARTICLE, List.of(), List.of(), predicted, List.of())));
    }

    @Test
    void roleSuffixesAreIgnoredAndIgoCodesKept() {
        Scorer.Report r = score(List.of(gold("RUS", "PRK", "05", "057", null, false),
                        gold("RUS", "IGOUNO", "12", "129", null, false)),
                List.of(ev("RUSGOV", "PRKGOV", "057", null), ev("RUS", "IGOUNO", "129", null)));
        assertEquals(new Prf(2, 0, 0), r.dyadRoot());
        assertEquals(new Prf(2, 0, 0), r.dyadCode());
        assertEquals(new Prf(3, 0, 0), r.actor()); // RUS, PRK, IGOUNO: RUS appears twice but counts once
    }

    @Test
    void optionalGoldIsNeitherMissedNorSpurious() {
        Scorer.Report r = score(List.of(gold("RUS", "PRK", "04", "042", null, false),
                        gold("WST", "RUS", "16", null, null, true),
                        gold("PRK", "RUS", "01", null, null, true)),
                List.of(ev("RUS", "PRK", "042", null), ev("WSTGOV", "RUS", "160", null)));
        assertEquals(new Prf(1, 0, 0), r.dyadRoot());
        assertEquals(1.0, r.dyadRoot().f1());
    }

    @Test
    void duplicatesCountOnceAndSpuriousAreListed() {
        Scorer.Report r = score(List.of(gold("RUS", "PRK", "04", null, null, false)),
                List.of(ev("RUS", "PRK", "042", null), ev("RUSGOV", "PRKGOV", "040", null), ev("USA", "RUS", "112", null),
                        ev("USA", "RUS", "111", null)));
        assertEquals(new Prf(1, 1, 0), r.dyadRoot());
        assertEquals(List.of("USA RUS 11"), r.articles().get(0).spurious());
        assertEquals(new Prf(1, 1, 0), r.perRoot().get("04").plus(r.perRoot().get("11")));
    }

    @Test
    void missedKeysAndRecall() {
        Scorer.Report r = score(List.of(gold("RUS", "PRK", "04", null, null, false),
                gold("PRK", "RUS", "07", "072", null, false)), List.of(ev("RUS", "PRK", "043", null)));
        assertEquals(new Prf(1, 0, 1), r.dyadRoot());
        assertEquals(0.5, r.dyadRoot().recall());
        assertEquals(List.of("PRK RUS 07"), r.articles().get(0).missed());
        // dyad-code counts only gold events with a code: PRK RUS 072 is missed, RUS PRK 043 is not scored
        assertEquals(new Prf(0, 0, 1), r.dyadCode());
    }

    @Test
    void negatedHypotheticalAndFutureConflictDoNotCount() {
        Scorer.Report r = score(List.of(),
                List.of(ev("RUS", "UKR", "190", null, true, "asserted"), ev("RUS", "UKR", "190", null, false, "hypothetical"),
                        ev("RUS", "UKR", "163", null, false, "intended"), ev("PRK", "RUS", "036", null, false, "intended")));
        assertEquals(new Prf(0, 1, 0), r.dyadRoot()); // only the 03 intention counts
    }

    @Test
    void dateAccuracyOverMatchedDatedGold() {
        Scorer.Report r = score(List.of(gold("RUS", "PRK", "04", "042", "2024-06-19", false),
                        gold("RUS", "UKR", "19", null, "2022", false), gold("USA", "RUS", "11", null, null, false)),
                List.of(ev("RUS", "PRK", "042", "2024-06-19"), ev("RUS", "UKR", "190", "2024-06-19"),
                        ev("USA", "RUS", "112", null)));
        assertEquals(2, r.datesScored());
        assertEquals(0.5, r.dateAccuracy());
    }

    @Test
    void microAveragesOverArticles() {
        Article b = new Article("b", null, null, null, null, "نص");
        List<GoldArticle> gold = List.of(new GoldArticle(ARTICLE, List.of(gold("RUS", "PRK", "04", null, null, false))),
                new GoldArticle(b, List.of(gold("USA", "IRN", "11", null, null, false))));
        List<CodedArticle> pred = new ArrayList<>();
        pred.add(new CodedArticle(ARTICLE, List.of(), List.of(), List.of(ev("RUS", "PRK", "040", null)), List.of()));
        pred.add(new CodedArticle(b, List.of(), List.of(), List.of(ev("IRN", "USA", "111", null)), List.of()));
        Scorer.Report r = new Scorer().score(gold, pred);
        assertEquals(new Prf(1, 1, 1), r.dyadRoot());
    }
}
