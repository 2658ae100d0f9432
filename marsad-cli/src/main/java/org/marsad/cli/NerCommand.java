package org.marsad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.eval.Prf;
import org.marsad.io.ArticleReader;
import org.marsad.io.ArticleSink;
import org.marsad.io.InputProblem;
import org.marsad.model.Article;
import org.marsad.ner.AlignedSentence;
import org.marsad.ner.ClusterBuilder;
import org.marsad.ner.ConllSentence;
import org.marsad.ner.DevSplit;
import org.marsad.ner.Entity;
import org.marsad.ner.NerDictionary;
import org.marsad.ner.NerModel;
import org.marsad.ner.NerScorer;
import org.marsad.ner.NerSpan;
import org.marsad.ner.NerTagger;
import org.marsad.ner.NerTrainer;
import org.marsad.ner.TagSet;
import org.marsad.ner.WordClusters;
import org.marsad.text.AnalyzedText;
import org.marsad.text.TextAnalyzer;
import org.marsad.text.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"The statistical named-entity recognizer (PERS, LOC, ORG, MISC): train, score, tag, measure.",
                "Data: CoNLL-style files, one 'token TAG' a line, a blank line between sentences (ANERcorp)."},
        subcommands = {NerCommand.Train.class, NerCommand.Eval.class, NerCommand.CrossValidate.class, NerCommand.Tag.class,
                NerCommand.Bench.class, NerCommand.Clusters.class})
final class NerCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The model of --model with the clusters of --clusters, or the shipped ones. */
    static NerTagger tagger(Path model, Path clusters) throws Exception {
        if (model == null && clusters == null) {
            return NerTagger.load();
        }
        NerModel m;
        if (model == null) {
            m = NerTagger.load().model();
        } else {
            try (InputStream in = Files.newInputStream(model)) {
                m = NerModel.read(in);
            }
        }
        return new NerTagger(m, NerDictionary.load(), clusters(clusters));
    }

    /** The word clusters of --clusters, or the shipped ones. */
    static WordClusters clusters(Path file) throws Exception {
        if (file == null) {
            return WordClusters.load();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return WordClusters.read(in, file.toString());
        }
    }

    /** The --clusters option of the commands that train or tag. */
    static final class ClustersOption {
        @Option(names = "--clusters", paramLabel = "PATH",
                description = "Word clusters (from `ner clusters`) to train or tag with (default: the shipped marsad/ner/clusters.tsv.gz).")
        Path file;
    }

    /** The sentences of --conll, or of its dev split: the last N% (see DevSplit). */
    static List<ConllSentence> sentences(Path conll, int devSplit) throws Exception {
        List<ConllSentence> all = ConllSentence.read(conll);
        return devSplit > 0 ? DevSplit.of(all, devSplit).dev() : all;
    }

    @Command(name = "train", mixinStandardHelpOptions = true,
            description = {"Train a model on a CoNLL file minus its dev split.",
                    "Two stacked averaged structured perceptrons, deterministic (same data and options, same bytes); prints the dev score after every pass of the second stage, then writes the model."})
    static final class Train implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        ClustersOption clusters = new ClustersOption();

        @Option(names = "--train", required = true, paramLabel = "FILE", description = "Training data, e.g. ../shared/data/anercorp/train.txt.")
        Path train;

        @Option(names = "--dev-split", paramLabel = "PERCENT",
                description = "Hold out the last PERCENT%% of sentences as the dev split, not trained on (default: ${DEFAULT-VALUE}; 0 = train on all).")
        int devSplit = 10;

        @Option(names = "--iterations", paramLabel = "N", description = "Passes over the training data (default: ${DEFAULT-VALUE}).")
        int iterations = NerTrainer.Options.DEFAULT.iterations();

        @Option(names = "--seed", paramLabel = "N", description = "Seed of the order sentences are visited in (default: ${DEFAULT-VALUE}).")
        long seed = NerTrainer.Options.DEFAULT.seed();

        @Option(names = "--out", paramLabel = "PATH", description = "Where to write the model (default: ${DEFAULT-VALUE}).")
        Path out = Path.of("model.bin.gz");

        @Option(names = "--scheme", paramLabel = "BIO|BILOU", description = "Tags the model predicts (default: ${DEFAULT-VALUE}).")
        TagSet.Scheme scheme = NerTrainer.Options.DEFAULT.scheme();

        @Override
        public Integer call() throws Exception {
            PrintStream o = Io.stdout();
            long t0 = System.nanoTime();
            DevSplit split = DevSplit.of(ConllSentence.read(train), devSplit);
            NerDictionary dictionary = NerDictionary.load();
            WordClusters words = clusters(clusters.file);
            String provenance = String.format("trained on %s minus its last %d%% of sentences (%d sentences), %d iterations, seed %d, %s tags",
                    train.getFileName(), devSplit, split.train().size(), iterations, seed, scheme);
            o.printf("train: %d sentences; dev: %d sentences (last %d%%)%n", split.train().size(), split.dev().size(), devSplit);
            NerModel model = NerTrainer.train(split.train(), new NerTrainer.Options(iterations, seed,
                    NerTrainer.Options.DEFAULT.lexiconMin(), scheme), dictionary, words, provenance, new NerTrainer.Progress() {
                        @Override
                        public void step(String what) {
                            o.println(what);
                        }

                        @Override
                        public void pass(int it, int wrong, int n, NerModel m) {
                            String dev = "";
                            if (!split.dev().isEmpty()) {
                                dev = "  dev " + line(NerScorer.evaluate(new NerTagger(m, dictionary, words), split.dev()).overall());
                            }
                            o.printf("second stage, pass %2d: %4d of %d training sentences wrong%s%n", it, wrong, n, dev);
                        }
                    });
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                model.write(os);
            }
            o.printf("model: %s, %d features, %d lexicon words, %.1f MB, trained in %.0f s%n", out, model.featureCount(),
                    model.lexicon().size(), Files.size(out) / 1e6, (System.nanoTime() - t0) / 1e9);
            if (!split.dev().isEmpty()) {
                print(o, "dev", NerScorer.evaluate(new NerTagger(model, dictionary, words), split.dev()));
            }
            return 0;
        }
    }

    @Command(name = "eval", mixinStandardHelpOptions = true,
            description = {"Score a model on a CoNLL file: entity-level precision, recall and F1.",
                    "CoNLL convention (exact span and type), overall and per type. With --dev-split, only the dev split of the file is scored."})
    static final class Eval implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        ClustersOption clusters = new ClustersOption();

        @Option(names = "--conll", required = true, paramLabel = "FILE", description = "Gold data, one 'token TAG' a line.")
        Path conll;

        @Option(names = "--dev-split", paramLabel = "PERCENT",
                description = "Score only the last PERCENT%% of sentences, the dev split `ner train` held out (default: ${DEFAULT-VALUE} = all).")
        int devSplit = 0;

        @Option(names = "--model", paramLabel = "PATH", description = "A model file (default: the shipped model).")
        Path model;

        @Option(names = "--json", description = "Print one JSON object: f1, precision, recall, per_type.")
        boolean json;

        @Option(names = "--show-errors", paramLabel = "N", description = "Also print the first N sentences with a missed or spurious entity.")
        int showErrors;

        @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
        Path out;

        @Override
        public Integer call() throws Exception {
            List<ConllSentence> sentences = sentences(conll, devSplit);
            NerTagger tagger = tagger(model, clusters.file);
            NerScorer.Score score = NerScorer.evaluate(tagger, sentences);
            try (PrintStream o = out == null ? Io.stdout() : new PrintStream(Files.newOutputStream(out), true, StandardCharsets.UTF_8)) {
                report(o, tagger, sentences, score);
            }
            return 0;
        }

        private void report(PrintStream o, NerTagger tagger, List<ConllSentence> sentences, NerScorer.Score score)
                throws Exception {
            if (showErrors > 0) {
                showErrors(o, tagger, sentences);
            }
            if (json) {
                ObjectMapper mapper = new ObjectMapper();
                ObjectNode root = mapper.createObjectNode();
                put(root, score.overall());
                ObjectNode per = root.putObject("per_type");
                for (Map.Entry<String, Prf> e : score.perType().entrySet()) {
                    put(per.putObject(e.getKey()), e.getValue());
                }
                root.put("sentences", sentences.size());
                o.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
            } else {
                print(o, conll + (devSplit > 0 ? " (dev split: last " + devSplit + "%, " + sentences.size() + " sentences)" : ""),
                        score);
            }
        }

        /** Each wrong sentence once: the missed (-) and spurious (+) entities, each as "TYPE words". */
        private void showErrors(PrintStream o, NerTagger tagger, List<ConllSentence> sentences) {
            int shown = 0;
            for (ConllSentence s : sentences) {
                if (shown >= showErrors) {
                    break;
                }
                AlignedSentence a = AlignedSentence.of(s);
                List<Entity> gold = Entity.of(s.tags());
                List<Entity> predicted = Entity.of(a.project(tagger.tagTokens(a.tokens())));
                if (gold.equals(predicted)) {
                    continue;
                }
                shown++;
                o.println(String.join(" ", s.tokens()));
                for (Entity e : gold) {
                    if (!predicted.contains(e)) {
                        o.printf("  - %-4s %s%n", e.type(), String.join(" ", s.tokens().subList(e.start(), e.end())));
                    }
                }
                for (Entity e : predicted) {
                    if (!gold.contains(e)) {
                        o.printf("  + %-4s %s%n", e.type(), String.join(" ", s.tokens().subList(e.start(), e.end())));
                    }
                }
            }
            o.println();
        }

        private static void put(ObjectNode n, Prf p) {
            n.put("f1", round(p.f1()));
            n.put("precision", round(p.precision()));
            n.put("recall", round(p.recall()));
            n.put("tp", p.tp());
            n.put("fp", p.fp());
            n.put("fn", p.fn());
        }
    }

    @Command(name = "cv", mixinStandardHelpOptions = true,
            description = {"K-fold cross-validation over contiguous blocks of a CoNLL file.",
                    "Trains on K-1 blocks, scores the held-out one, and reports the scores pooled over all folds. Steadier than one dev split for choosing features: every sentence is scored once, by a model that did not see it."})
    static final class CrossValidate implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        ClustersOption clusters = new ClustersOption();

        @Option(names = "--train", required = true, paramLabel = "FILE", description = "Training data, e.g. ../shared/data/anercorp/train.txt.")
        Path train;

        @Option(names = "--folds", paramLabel = "K", description = "Number of folds (default: ${DEFAULT-VALUE}).")
        int folds = 5;

        @Option(names = "--iterations", paramLabel = "N", description = "Passes over the training data (default: ${DEFAULT-VALUE}).")
        int iterations = NerTrainer.Options.DEFAULT.iterations();

        @Option(names = "--seed", paramLabel = "N",
                description = "Seed of the visiting order (default: ${DEFAULT-VALUE}); other seeds show how much of a difference is noise.")
        long seed = NerTrainer.Options.DEFAULT.seed();

        @Option(names = "--scheme", paramLabel = "BIO|BILOU", description = "Tags the models predict (default: ${DEFAULT-VALUE}).")
        TagSet.Scheme scheme = NerTrainer.Options.DEFAULT.scheme();

        @Option(names = "--dev-split", paramLabel = "PERCENT",
                description = "Leave out the last PERCENT%% of sentences, the dev split `ner train` holds out, so that choices made by cross-validation never see it (default: ${DEFAULT-VALUE}; 0 = the whole file).")
        int devSplit = 10;

        @Override
        public Integer call() throws Exception {
            List<ConllSentence> all = DevSplit.of(ConllSentence.read(train), devSplit).train();
            NerDictionary dictionary = NerDictionary.load();
            NerTrainer.Options options = new NerTrainer.Options(iterations, seed, NerTrainer.Options.DEFAULT.lexiconMin(), scheme);
            WordClusters words = clusters(clusters.file);
            NerScorer pooled = new NerScorer();
            PrintStream o = Io.stdout();
            for (int fold = 0; fold < folds; fold++) {
                int from = all.size() * fold / folds;
                int to = all.size() * (fold + 1) / folds;
                List<ConllSentence> rest = new ArrayList<>(all.subList(0, from));
                rest.addAll(all.subList(to, all.size()));
                List<ConllSentence> held = all.subList(from, to);
                NerTagger tagger = new NerTagger(NerTrainer.train(rest, options, dictionary, words, "cv", null), dictionary, words);
                NerScorer one = new NerScorer();
                List<AlignedSentence> aligned = held.stream().map(AlignedSentence::of).toList();
                List<List<String>> tags = tagger.tagCorpus(aligned.stream().map(AlignedSentence::tokens).toList());
                for (int i = 0; i < held.size(); i++) {
                    List<String> predicted = aligned.get(i).project(tags.get(i));
                    one.add(held.get(i).tags(), predicted);
                    pooled.add(held.get(i).tags(), predicted);
                }
                o.printf("fold %d (sentences %d-%d): %s%n", fold + 1, from + 1, to, line(one.score().overall()));
            }
            print(o, folds + "-fold cross-validation on " + train + (devSplit > 0 ? " minus its last " + devSplit + "% (the dev split)" : "")
                    + ", " + scheme + " tags, pooled", pooled.score());
            return 0;
        }
    }

    @Command(name = "tag", mixinStandardHelpOptions = true,
            description = "Print the entities of an Arabic text (arguments, or stdin line by line) with their offsets.")
    static final class Tag implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        ClustersOption clusters = new ClustersOption();

        @Parameters(paramLabel = "TEXT", arity = "0..*", description = "Text to tag; none: read stdin.")
        List<String> text = new ArrayList<>();

        @Option(names = "--model", paramLabel = "PATH", description = "A model file (default: the shipped model).")
        Path model;

        @Override
        public Integer call() throws Exception {
            NerTagger tagger = tagger(model, clusters.file);
            TextAnalyzer analyzer = new TextAnalyzer(w -> false);
            PrintStream o = Io.stdout();
            if (!text.isEmpty()) {
                print(o, tagger, analyzer, String.join(" ", text));
                return 0;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                print(o, tagger, analyzer, line);
            }
            return 0;
        }

        private static void print(PrintStream o, NerTagger tagger, TextAnalyzer analyzer, String text) {
            AnalyzedText t = analyzer.analyze(text);
            for (NerSpan s : tagger.tag(t)) {
                o.printf("[%d,%d) %-4s %s%n", s.span().start(), s.span().end(), s.type(), s.span().of(text));
            }
        }
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = {"Measure tagging speed on one thread, in tokens/s.",
                    "The tagger (both stages, document evidence, Viterbi) over a CoNLL file held in memory, cut into documents of --document-sentences sentences like news articles; tokenization is done before timing, and the JIT is warmed up first."})
    static final class Bench implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        ClustersOption clusters = new ClustersOption();

        @Option(names = "--conll", required = true, paramLabel = "FILE", description = "Sentences to tag (tags are ignored).")
        Path conll;

        @Option(names = "--model", paramLabel = "PATH", description = "A model file (default: the shipped model).")
        Path model;

        @Option(names = "--rounds", paramLabel = "N", description = "Timed passes over the file (default: ${DEFAULT-VALUE}).")
        int rounds = 5;

        @Option(names = "--document-sentences", paramLabel = "N",
                description = "Sentences per document (default: ${DEFAULT-VALUE}, about a news article).")
        int documentSentences = 20;

        @Override
        public Integer call() throws Exception {
            long t0 = System.nanoTime();
            NerTagger tagger = tagger(model, clusters.file);
            double loadMs = (System.nanoTime() - t0) / 1e6;
            List<List<List<Token>>> documents = new ArrayList<>();
            long tokens = 0;
            int sentences = 0;
            for (ConllSentence s : ConllSentence.read(conll)) {
                if (sentences++ % documentSentences == 0) {
                    documents.add(new ArrayList<>());
                }
                List<Token> t = AlignedSentence.of(s).tokens();
                documents.get(documents.size() - 1).add(t);
                tokens += t.size();
            }
            long sink = 0;
            for (int w = 0; w < 2; w++) { // warm-up: let the JIT compile the hot paths
                sink += tagAll(tagger, documents);
            }
            double best = Double.MAX_VALUE;
            PrintStream o = Io.stdout();
            for (int r = 0; r < rounds; r++) {
                long start = System.nanoTime();
                sink += tagAll(tagger, documents);
                double sec = (System.nanoTime() - start) / 1e9;
                best = Math.min(best, sec);
                o.printf("round %d: %.0f tokens/s%n", r + 1, tokens / sec);
            }
            o.printf("%s: %d sentences in %d documents, %d tokens; model loaded in %.0f ms; best round %.0f tokens/s on one thread%n",
                    conll, sentences, documents.size(), tokens, loadMs, tokens / best);
            return sink == Long.MIN_VALUE ? 1 : 0; // uses sink so the JIT cannot drop the work
        }

        private static long tagAll(NerTagger tagger, List<List<List<Token>>> documents) {
            long n = 0;
            for (List<List<Token>> d : documents) {
                n += tagger.tagDocument(d).size();
            }
            return n;
        }
    }

    @Command(name = "clusters", mixinStandardHelpOptions = true,
            description = {"Learn word clusters from unlabeled articles (the tagger's cluster features).",
                    "Each frequent word is described by its left and right neighbours (positive PMI); the words are split in two again and again (principal direction, then spherical 2-means); the path down that tree is its cluster. Deterministic. Reads article files as `marsad code` does (JSON Lines, .gz)."})
    static final class Clusters implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Article files, e.g. ../shared/data/saudinewsnet/articles.jsonl.gz.")
        List<Path> files;

        @Option(names = "--out", paramLabel = "PATH", description = "Where to write the clusters (default: ${DEFAULT-VALUE}).")
        Path out = Path.of("clusters.tsv.gz");

        @Option(names = "--vocabulary", paramLabel = "N", description = "Most frequent words that get a cluster (default: ${DEFAULT-VALUE}).")
        int vocabulary = ClusterBuilder.Options.DEFAULT.vocabulary();

        @Option(names = "--min-count", paramLabel = "N", description = "A word gets a cluster from this many occurrences (default: ${DEFAULT-VALUE}).")
        int minCount = ClusterBuilder.Options.DEFAULT.minCount();

        @Option(names = "--depth", paramLabel = "N", description = "Longest path, in bits (default: ${DEFAULT-VALUE}).")
        int depth = ClusterBuilder.Options.DEFAULT.maxDepth();

        @Override
        public Integer call() throws Exception {
            PrintStream o = Io.stdout();
            long t0 = System.nanoTime();
            ClusterBuilder builder = new ClusterBuilder();
            long[] problems = {0};
            new ArticleReader().read(files, new ArticleSink() {
                @Override
                public void article(Article a, String file, long line) {
                    builder.add(a.title() == null ? a.text() : a.title() + "\n" + a.text());
                }

                @Override
                public void problem(InputProblem p) {
                    problems[0]++; // empty articles, mostly: they add nothing
                }
            });
            ClusterBuilder.Options d = ClusterBuilder.Options.DEFAULT;
            ClusterBuilder.Options options = new ClusterBuilder.Options(vocabulary, minCount, d.contexts(), depth,
                    d.minLeaf(), d.seed());
            o.printf("read %d tokens in %.0f s (%d articles skipped: empty or malformed)%n", builder.tokens(),
                    (System.nanoTime() - t0) / 1e9, problems[0]);
            WordClusters clusters = builder.build(options);
            List<String> header = List.of(
                    "Word clusters for marsad/ner (org.marsad.ner.ClusterBuilder); do not edit, see SOURCE.md.",
                    "made by: marsad ner clusters " + files.stream().map(p -> p.getFileName().toString()).toList()
                            + " --vocabulary " + vocabulary + " --min-count " + minCount + " --depth " + depth,
                    builder.tokens() + " tokens read; " + clusters.size() + " words: word<TAB>path");
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                clusters.write(os, header);
            }
            o.printf("%d words clustered, written to %s (%.1f MB) in %.0f s%n", clusters.size(), out, Files.size(out) / 1e6,
                    (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }

    static void print(PrintStream o, String what, NerScorer.Score score) {
        o.printf("%s%n  %-5s %s%n", what, "all", line(score.overall()));
        for (Map.Entry<String, Prf> e : score.perType().entrySet()) {
            o.printf("  %-5s %s%n", e.getKey(), line(e.getValue()));
        }
    }

    static String line(Prf p) {
        return String.format("P %.4f  R %.4f  F1 %.4f  (tp %d, fp %d, fn %d)", p.precision(), p.recall(), p.f1(), p.tp(),
                p.fp(), p.fn());
    }

    private static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }
}
