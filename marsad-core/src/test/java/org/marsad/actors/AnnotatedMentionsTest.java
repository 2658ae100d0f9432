package org.marsad.actors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.marsad.Pipeline;
import org.marsad.SharedData;
import org.marsad.eval.ActorScorer;
import org.marsad.eval.Prf;
import org.marsad.io.ArticleReader;
import org.marsad.io.ArticleSink;
import org.marsad.io.InputProblem;
import org.marsad.model.Article;
import org.marsad.model.CodedArticle;

/** Issue 3's bar on 679 hand-annotated mentions of real SaudiNewsNet articles: precision ≥ 0.95, recall ≥ 0.90. */
class AnnotatedMentionsTest {
    @Test
    void precisionAndRecallOnAnnotatedSaudiNewsNetArticles() throws IOException {
        Path corpus = SharedData.require("data/saudinewsnet/articles.jsonl.gz");
        Path gold = Path.of(System.getProperty("marsad.root", ".."), "eval", "actors", "snn-actor-mentions.tsv");
        if (!Files.exists(gold)) {
            gold = Path.of("..", "eval", "actors", "snn-actor-mentions.tsv");
        }
        Assumptions.assumeTrue(Files.exists(gold), "skipped: " + gold + " not found");
        Map<String, List<ActorScorer.GoldMention>> mentions = ActorScorer.read(gold);
        Pipeline pipeline = Pipeline.load();
        Map<String, CodedArticle> coded = new HashMap<>();
        new ArticleReader().read(List.of(corpus), new ArticleSink() {
            @Override
            public void article(Article a, String file, long line) {
                if (mentions.containsKey(a.id())) {
                    coded.put(a.id(), pipeline.code(a));
                }
            }

            @Override
            public void problem(InputProblem p) {
            }
        });
        ActorScorer.Result r = new ActorScorer().score(mentions, coded);
        Prf p = r.prf();
        assertTrue(p.precision() >= 0.95, "precision " + p + "; spurious: " + r.spurious());
        assertTrue(p.recall() >= 0.90, "recall " + p + "; missed: " + r.missed());
    }
}
