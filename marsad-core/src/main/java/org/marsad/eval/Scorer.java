package org.marsad.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.marsad.model.ActorCodes;
import org.marsad.model.CodedArticle;
import org.marsad.model.Event;

/**
 * Scores predicted events against gold events as FORMAT.md defines: each article's events reduce to
 * sets of keys (repeats count once); optional gold keys are neither missed when absent nor spurious
 * when predicted; role suffixes are ignored (RUSGOV counts as RUS).
 *
 * <p>A prediction counts as an event only when it is asserted, reported or (root 03) intended, and not
 * negated: the guidelines code no negated, hypothetical or future-conflict events.
 */
public final class Scorer {

    /** The scores of one article, kept to explain totals. */
    public record ArticleScore(String articleId, Prf dyadRoot, Prf dyadCode, Prf root, Prf actor,
                               List<String> missed, List<String> spurious, int datesRight, int datesScored) {
    }

    /** Everything the report prints. */
    public record Report(Prf dyadRoot, Prf dyadCode, Prf root, Prf actor, double dateAccuracy, int datesScored,
                         Map<String, Prf> perRoot, List<ArticleScore> articles) {
    }

    public static boolean counts(Event e) {
        if (e.negated() || ActorCodes.primary(e.source().code()) == null
                || ActorCodes.primary(e.target().code()) == null) {
            return false; // unidentified or role-only sides cannot make a dyad
        }
        return switch (e.modality()) {
            case "asserted", "reported" -> true;
            case "intended" -> e.cameoRoot().equals("03");
            default -> false;
        };
    }

    public Report score(List<GoldArticle> gold, List<CodedArticle> predicted) {
        Prf dr = Prf.ZERO;
        Prf dc = Prf.ZERO;
        Prf rt = Prf.ZERO;
        Prf ac = Prf.ZERO;
        int datesRight = 0;
        int datesScored = 0;
        Map<String, Prf> perRoot = new TreeMap<>();
        List<ArticleScore> articles = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            ArticleScore s = scoreArticle(gold.get(i), predicted.get(i), perRoot);
            articles.add(s);
            dr = dr.plus(s.dyadRoot());
            dc = dc.plus(s.dyadCode());
            rt = rt.plus(s.root());
            ac = ac.plus(s.actor());
            datesRight += s.datesRight();
            datesScored += s.datesScored();
        }
        return new Report(dr, dc, rt, ac, datesScored == 0 ? 0 : (double) datesRight / datesScored, datesScored,
                perRoot, articles);
    }

    ArticleScore scoreArticle(GoldArticle g, CodedArticle p, Map<String, Prf> perRoot) {
        List<Event> events = new ArrayList<>();
        for (Event e : p.events()) {
            if (counts(e)) {
                events.add(e);
            }
        }
        // dyad-root
        Set<String> reqDR = new LinkedHashSet<>();
        Set<String> allDR = new HashSet<>();
        Set<String> reqDC = new LinkedHashSet<>();
        Set<String> allDC = new HashSet<>();
        Set<String> uncodedDR = new HashSet<>(); // gold dyad-roots with no code: their codes are not scored
        Set<String> reqRoot = new HashSet<>();
        Set<String> allRoot = new HashSet<>();
        Set<String> reqActor = new HashSet<>();
        Set<String> allActor = new HashSet<>();
        for (GoldEvent e : g.events()) {
            String dr = key(e.source(), e.target(), e.root());
            allDR.add(dr);
            allRoot.add(e.root());
            allActor.add(e.source());
            allActor.add(e.target());
            if (e.code() != null) {
                allDC.add(key(e.source(), e.target(), e.code()));
            } else {
                uncodedDR.add(dr);
            }
            if (!e.optional()) {
                reqDR.add(dr);
                reqRoot.add(e.root());
                reqActor.add(e.source());
                reqActor.add(e.target());
                if (e.code() != null) {
                    reqDC.add(key(e.source(), e.target(), e.code()));
                }
            }
        }
        Set<String> predDR = new LinkedHashSet<>();
        Set<String> predDC = new LinkedHashSet<>();
        Set<String> predRoot = new HashSet<>();
        Set<String> predActor = new HashSet<>();
        for (Event e : events) {
            String s = ActorCodes.primary(e.source().code());
            String t = ActorCodes.primary(e.target().code());
            String dr = key(s, t, e.cameoRoot());
            predDR.add(dr);
            if (!uncodedDR.contains(dr) || allDC.contains(key(s, t, e.cameoCode()))) {
                predDC.add(key(s, t, e.cameoCode()));
            }
            predRoot.add(e.cameoRoot());
            predActor.add(s);
            predActor.add(t);
        }
        List<String> missed = new ArrayList<>();
        List<String> spurious = new ArrayList<>();
        Prf dyadRoot = compare(reqDR, allDR, predDR, missed, spurious);
        for (String k : reqDR) {
            String root = k.substring(k.lastIndexOf(' ') + 1);
            perRoot.merge(root, predDR.contains(k) ? new Prf(1, 0, 0) : new Prf(0, 0, 1), Prf::plus);
        }
        for (String k : predDR) {
            if (!allDR.contains(k)) {
                perRoot.merge(k.substring(k.lastIndexOf(' ') + 1), new Prf(0, 1, 0), Prf::plus);
            }
        }
        Prf dyadCode = compare(reqDC, allDC, predDC, null, null);
        Prf root = compare(reqRoot, allRoot, predRoot, null, null);
        Prf actor = compare(reqActor, allActor, predActor, null, null);
        // dates: matched required events whose gold has a date
        int right = 0;
        int scored = 0;
        for (GoldEvent e : g.events()) {
            if (e.optional() || e.date() == null || !predDR.contains(key(e.source(), e.target(), e.root()))) {
                continue;
            }
            scored++;
            for (Event pe : events) {
                if (key(ActorCodes.primary(pe.source().code()), ActorCodes.primary(pe.target().code()), pe.cameoRoot())
                        .equals(key(e.source(), e.target(), e.root())) && e.date().equals(pe.date())) {
                    right++;
                    break;
                }
            }
        }
        return new ArticleScore(g.article().id(), dyadRoot, dyadCode, root, actor, missed, spurious, right, scored);
    }

    private static Prf compare(Set<String> required, Set<String> all, Set<String> predicted, List<String> missed,
                               List<String> spurious) {
        int tp = 0;
        int fn = 0;
        int fp = 0;
        for (String k : required) {
            if (predicted.contains(k)) {
                tp++;
            } else {
                fn++;
                if (missed != null) {
                    missed.add(k);
                }
            }
        }
        for (String k : predicted) {
            if (!all.contains(k)) {
                fp++;
                if (spurious != null) {
                    spurious.add(k);
                }
            }
        }
        return new Prf(tp, fp, fn);
    }

    static String key(String s, String t, String x) {
        return s + " " + t + " " + x;
    }
}
