package org.marsad.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.marsad.eval.Prf;
import org.marsad.text.Token;

/**
 * Entity-level precision, recall and F1 in the CoNLL convention: a predicted entity counts only when
 * its span and its type both equal a gold entity's. Overall figures are micro-averaged over entities.
 */
public final class NerScorer {
    /** Overall and per-type scores; {@code perType} is sorted by type name. */
    public record Score(Prf overall, Map<String, Prf> perType) {
        public Score {
            perType = Collections.unmodifiableMap(new TreeMap<>(perType));
        }
    }

    private final Map<String, int[]> counts = new TreeMap<>();

    /** Adds one sentence: gold and predicted tags of the same tokens. */
    public void add(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold has " + gold.size() + " tags, predicted " + predicted.size());
        }
        Set<Entity> g = new HashSet<>(Entity.of(gold));
        Set<Entity> p = new HashSet<>(Entity.of(predicted));
        for (Entity e : p) {
            counts.computeIfAbsent(e.type(), k -> new int[3])[g.contains(e) ? 0 : 1]++;
        }
        for (Entity e : g) {
            if (!p.contains(e)) {
                counts.computeIfAbsent(e.type(), k -> new int[3])[2]++;
            }
        }
    }

    /** Tags every sentence of a CoNLL file with {@code tagger} and scores it on the file's own tokens. */
    public static Score evaluate(NerTagger tagger, List<ConllSentence> sentences) {
        NerScorer scorer = new NerScorer();
        List<AlignedSentence> aligned = new ArrayList<>(sentences.size());
        List<List<Token>> tokens = new ArrayList<>(sentences.size());
        for (ConllSentence s : sentences) {
            AlignedSentence a = AlignedSentence.of(s);
            aligned.add(a);
            tokens.add(a.tokens());
        }
        List<List<String>> predicted = tagger.tagCorpus(tokens);
        for (int i = 0; i < sentences.size(); i++) {
            scorer.add(sentences.get(i).tags(), aligned.get(i).project(predicted.get(i)));
        }
        return scorer.score();
    }

    public Score score() {
        Map<String, Prf> per = new TreeMap<>();
        Prf all = Prf.ZERO;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            Prf p = new Prf(c[0], c[1], c[2]);
            per.put(e.getKey(), p);
            all = all.plus(p);
        }
        return new Score(all, per);
    }
}
