package org.marsad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.Pipeline;
import org.marsad.eval.GoldArticle;
import org.marsad.eval.GoldReader;
import org.marsad.eval.GsrScorer;
import org.marsad.eval.Prf;
import org.marsad.eval.Scorer;
import org.marsad.model.CodedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score Marsad against gold data. --gold: event gold (shared/eval/FORMAT.md): dyad-root, dyad-code, root and actor precision/recall/F1, date accuracy, a per-root breakdown, and per article the missed and spurious (source target root) keys. --gsr: PROTEST/ASSAULT sentence sets (shared/data/arabic-event-gsr): detection precision/recall/F1."})
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", paramLabel = "FILE", description = "Gold articles, JSON Lines with 'events'.")
    Path gold;

    @Option(names = "--gsr", paramLabel = "FILE", description = "A PROTEST or ASSAULT gold CSV; may be repeated.")
    List<Path> gsr = new ArrayList<>();

    @Option(names = "--actors", paramLabel = "TSV",
            description = "Hand-annotated actor mentions (eval/actors/snn-actor-mentions.tsv); needs --corpus.")
    Path actors;

    @Option(names = "--corpus", paramLabel = "FILE",
            description = "The articles the --actors file annotates (JSON Lines, .gz ok), e.g. saudinewsnet/articles.jsonl.gz.")
    Path corpus;

    @Option(names = "--json", description = "Print one JSON object instead of the report.")
    boolean json;

    @Option(names = "--quiet-articles", description = "Leave out the per-article lists of missed and spurious keys.")
    boolean quietArticles;

    @Option(names = "--show-errors", paramLabel = "N",
            description = "With --gsr or --actors: print up to N missed and N spurious items.")
    int showErrors;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public Integer call() throws IOException {
        if (gold == null && gsr.isEmpty() && actors == null) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "give --gold FILE, --gsr FILE and/or --actors TSV --corpus FILE");
        }
        if (actors != null && corpus == null) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--actors needs --corpus (the articles it annotates)");
        }
        Pipeline pipeline = Pipeline.load();
        PrintStream out = Io.stdout();
        ObjectNode result = MAPPER.createObjectNode();
        if (gold != null) {
            List<GoldArticle> articles = GoldReader.read(gold);
            List<CodedArticle> predicted = new ArrayList<>();
            for (GoldArticle g : articles) {
                predicted.add(pipeline.code(g.article()));
            }
            Scorer.Report r = new Scorer().score(articles, predicted);
            if (json) {
                put(result, "dyad_root", r.dyadRoot());
                put(result, "dyad_code", r.dyadCode());
                put(result, "root", r.root());
                put(result, "actor", r.actor());
                result.put("date_accuracy", round(r.dateAccuracy()));
                result.put("dates_scored", r.datesScored());
                ObjectNode per = result.putObject("per_root");
                for (Map.Entry<String, Prf> e : r.perRoot().entrySet()) {
                    put(per, e.getKey(), e.getValue());
                }
                result.put("articles", articles.size());
            } else {
                printReport(out, gold, articles.size(), r);
            }
        }
        for (Path f : gsr) {
            List<GsrScorer.Sentence> sentences = GsrScorer.read(f);
            GsrScorer.Result r = new GsrScorer().score(pipeline, sentences);
            if (json) {
                ObjectNode d = result.has("detection") ? (ObjectNode) result.get("detection") : result.putObject("detection");
                put(d, r.eventType().toLowerCase(java.util.Locale.ROOT), r.detection());
            } else {
                out.printf("%s detection on %s: %s%n", r.eventType(), f, line(r.detection()));
                for (int i = 0; i < Math.min(showErrors, r.missed().size()); i++) {
                    out.println("  missed:   " + r.missed().get(i).text());
                }
                for (int i = 0; i < Math.min(showErrors, r.spurious().size()); i++) {
                    out.println("  spurious: " + r.spurious().get(i).text());
                }
            }
        }
        if (actors != null) {
            java.util.Map<String, List<org.marsad.eval.ActorScorer.GoldMention>> goldMentions =
                    org.marsad.eval.ActorScorer.read(actors);
            java.util.Map<String, CodedArticle> coded = new java.util.HashMap<>();
            new org.marsad.io.ArticleReader().read(List.of(corpus), new org.marsad.io.ArticleSink() {
                @Override
                public void article(org.marsad.model.Article a, String file, long line) {
                    if (goldMentions.containsKey(a.id())) {
                        coded.put(a.id(), pipeline.code(a));
                    }
                }

                @Override
                public void problem(org.marsad.io.InputProblem p) {
                }
            });
            org.marsad.eval.ActorScorer.Result r = new org.marsad.eval.ActorScorer().score(goldMentions, coded);
            if (json) {
                put(result, "actor_mentions", r.prf());
            } else {
                out.printf("actor mentions (%d articles): %s%n", goldMentions.size(), line(r.prf()));
                for (int i = 0; i < Math.min(showErrors, r.missed().size()); i++) {
                    out.println("  missed:   " + r.missed().get(i));
                }
                for (int i = 0; i < Math.min(showErrors, r.spurious().size()); i++) {
                    out.println("  spurious: " + r.spurious().get(i));
                }
            }
        }
        if (json) {
            out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(result));
        }
        return 0;
    }

    private void printReport(PrintStream out, Path file, int n, Scorer.Report r) {
        out.printf("Marsad eval: %s (%d articles)%n%n", file, n);
        out.printf("%-10s %s%n", "dyad-root", line(r.dyadRoot()));
        out.printf("%-10s %s%n", "dyad-code", line(r.dyadCode()));
        out.printf("%-10s %s%n", "root", line(r.root()));
        out.printf("%-10s %s%n", "actor", line(r.actor()));
        out.printf("%-10s %.3f (%d dated gold events matched)%n%n", "date acc.", r.dateAccuracy(), r.datesScored());
        out.println("dyad-root by root:");
        for (Map.Entry<String, Prf> e : r.perRoot().entrySet()) {
            out.printf("  %s  %s%n", e.getKey(), line(e.getValue()));
        }
        if (quietArticles) {
            return;
        }
        out.println();
        out.println("per article (missed = required gold keys not coded; spurious = coded keys not in the gold):");
        for (Scorer.ArticleScore a : r.articles()) {
            out.printf("  %s  %s%n", a.articleId(), line(a.dyadRoot()));
            if (!a.missed().isEmpty()) {
                out.println("    missed:   " + String.join(", ", a.missed()));
            }
            if (!a.spurious().isEmpty()) {
                out.println("    spurious: " + String.join(", ", a.spurious()));
            }
        }
    }

    private static String line(Prf p) {
        return String.format("P %.3f  R %.3f  F1 %.3f   (tp %d, fp %d, fn %d)", p.precision(), p.recall(), p.f1(),
                p.tp(), p.fp(), p.fn());
    }

    private static void put(ObjectNode parent, String field, Prf p) {
        ObjectNode n = parent.putObject(field);
        n.put("precision", round(p.precision()));
        n.put("recall", round(p.recall()));
        n.put("f1", round(p.f1()));
        n.put("tp", p.tp());
        n.put("fp", p.fp());
        n.put("fn", p.fn());
    }

    private static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }
}
