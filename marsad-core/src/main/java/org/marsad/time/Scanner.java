package org.marsad.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One pass over the tokens of a region: every pattern proposes expressions at every token, each is
 * extended over its left context, and the longest ones that do not overlap are kept, in text order.
 * Every pattern looks a bounded number of tokens ahead, so the pass is linear in the text.
 */
final class Scanner {
    private final Tokens tokens;
    private final Reference reference;
    private final List<Pattern> patterns;

    Scanner(Tokens tokens, Reference reference, List<Pattern> patterns) {
        this.tokens = tokens;
        this.reference = reference;
        this.patterns = patterns;
    }

    List<TimeExpression> run() {
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.mayStartExpression(i)) {
                continue; // most words: nine patterns' first tests spared (JFR, BENCHMARKS.md speed18)
            }
            for (int pi = 0; pi < patterns.size(); pi++) { // indexed: no iterator per token
                patterns.get(pi).match(i, tokens, reference, found);
            }
        }
        List<Candidate> extended = new ArrayList<>(found.size());
        for (int ci = 0; ci < found.size(); ci++) { // indexed: no iterator per article (speed40)
            extended.add(LeftContext.extend(found.get(ci), tokens));
        }
        // longest first; among equals the earlier one
        extended.sort(Comparator.comparingInt((Candidate c) -> -length(c)).thenComparingInt(this::start));
        boolean[] taken = new boolean[tokens.size()];
        List<Candidate> kept = new ArrayList<>();
        for (int ci = 0; ci < extended.size(); ci++) {
            Candidate c = extended.get(ci);
            if (isFree(taken, c)) {
                for (int k = c.first(); k < c.end(); k++) {
                    taken[k] = true;
                }
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::first));
        List<TimeExpression> out = new ArrayList<>(kept.size());
        for (int ci = 0; ci < kept.size(); ci++) {
            Candidate c = kept.get(ci);
            When w = c.when();
            out.add(new TimeExpression(start(c), tokens.end(c.end() - 1), w.value(), w.precision(), c.kind(),
                    c.shape() == Shape.RELATIVE_DAY ? RelativeDays.namedToday(c, tokens) : null,
                    c.shape() == Shape.UNMARKED_WEEKDAY && c.kind() == TimeKind.POINT ? reference.ahead(w.date()) : null,
                    coming(c), c.shape()));
        }
        return out;
    }

    /** Whether the text names the expression as to come: a future modifier ends it, or a day after publication. */
    private boolean coming(Candidate c) {
        Tokens.Hit next = tokens.cue(c.end() - 1, Cue.NEXT);
        return next != null && next.end() == c.end()
                || c.shape() == Shape.RELATIVE_DAY && reference.afterPublication(c.when().date());
    }

    private int start(Candidate c) {
        return tokens.start(c.first(), c.strip());
    }

    private int length(Candidate c) {
        return tokens.end(c.end() - 1) - start(c);
    }

    private static boolean isFree(boolean[] taken, Candidate c) {
        for (int k = c.first(); k < c.end(); k++) {
            if (taken[k]) {
                return false;
            }
        }
        return true;
    }
}
