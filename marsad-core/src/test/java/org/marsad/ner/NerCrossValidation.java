package org.marsad.ner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marsad.eval.Prf;

/**
 * Development tool, not a test: K-fold cross-validation over contiguous blocks of a CoNLL file, for
 * deciding about features with less noise than one 400-sentence dev split gives. Pooled counts over all
 * folds. Usage: {@code java -cp ... org.marsad.ner.NerCrossValidation FILE [K] [ITERATIONS]}.
 */
public final class NerCrossValidation {
    public static void main(String[] args) throws Exception {
        List<ConllSentence> all = ConllSentence.read(Path.of(args[0]));
        int k = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        NerDictionary dictionary = NerDictionary.load();
        NerScorer pooled = new NerScorer();
        for (int fold = 0; fold < k; fold++) {
            int from = all.size() * fold / k;
            int to = all.size() * (fold + 1) / k;
            List<ConllSentence> train = new ArrayList<>(all.subList(0, from));
            train.addAll(all.subList(to, all.size()));
            List<ConllSentence> dev = all.subList(from, to);
            NerModel m = NerTrainer.train(train, new NerTrainer.Options(iterations, 1, args.length > 3 ? Integer.parseInt(args[3]) : 2), dictionary, "cv", null);
            NerTagger tagger = new NerTagger(m, dictionary);
            NerScorer one = new NerScorer();
            List<AlignedSentence> aligned = dev.stream().map(AlignedSentence::of).toList();
            List<List<String>> tags = tagger.tagCorpus(aligned.stream().map(AlignedSentence::tokens).toList());
            for (int i = 0; i < dev.size(); i++) {
                List<String> predicted = aligned.get(i).project(tags.get(i));
                one.add(dev.get(i).tags(), predicted);
                pooled.add(dev.get(i).tags(), predicted);
            }
            System.out.printf("fold %d: F1 %.4f%n", fold, one.score().overall().f1());
        }
        NerScorer.Score s = pooled.score();
        System.out.printf("pooled: P %.4f R %.4f F1 %.4f%n", s.overall().precision(), s.overall().recall(), s.overall().f1());
        for (Map.Entry<String, Prf> e : s.perType().entrySet()) {
            System.out.printf("  %-5s F1 %.4f%n", e.getKey(), e.getValue().f1());
        }
    }
}
