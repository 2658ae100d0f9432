package org.marsad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.marsad.Pipeline;
import org.marsad.actors.ActorMention;
import org.marsad.io.ArticleReader;
import org.marsad.io.ArticleSink;
import org.marsad.io.InputProblem;
import org.marsad.model.Article;
import org.marsad.model.CodedArticle;
import org.marsad.text.AnalyzedText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure coding speed on a real corpus held in memory (no I/O in the timed part). Reads the corpus, warms up, then times (1) the text layer alone, (2) text + actors, and (3) the whole coder, each over the whole corpus, in turn, --rounds times (best time kept), and reports MB/s (UTF-8 bytes of article text), articles/s, sentences/s, events/s and heap used."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, paramLabel = "FILE", description = "JSON Lines articles (.gz ok).")
    Path corpus;

    @Option(names = "--threads", paramLabel = "N", description = "Coding threads (default: ${DEFAULT-VALUE}).")
    int threads = 1;

    @Option(names = "--limit", paramLabel = "N", description = "Use only the first N articles (default: all).")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--warmup", paramLabel = "N", description = "Articles coded before timing (default: ${DEFAULT-VALUE}).")
    int warmup = 3000;

    @Option(names = "--rounds", paramLabel = "N", description = "Time each stage N times and keep the best (default: ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        Pipeline pipeline = Pipeline.load();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        List<Article> articles = new ArrayList<>();
        new ArticleReader().read(List.of(corpus), new ArticleSink() {
            @Override
            public void article(Article a, String file, long line) {
                if (articles.size() < limit) {
                    articles.add(a);
                }
            }

            @Override
            public void problem(InputProblem p) {
            }
        });
        long bytes = 0;
        for (Article a : articles) {
            bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
        }
        for (int i = 0; i < Math.min(warmup, articles.size()); i++) {
            pipeline.code(articles.get(i));
        }
        // the stages are timed in turn, `rounds` times, and the best time of each is kept: on a shared
        // machine the minimum is the least disturbed measurement
        double textS = Double.MAX_VALUE;
        double actorsS = Double.MAX_VALUE;
        double allS = Double.MAX_VALUE;
        double withoutNerS = Double.MAX_VALUE;
        AtomicInteger sentences = new AtomicInteger();
        AtomicInteger events = new AtomicInteger();
        for (int round = 0; round < rounds; round++) {
            textS = Math.min(textS, time(articles, a -> pipeline.analyze(a.text()).tokens().size()));
            actorsS = Math.min(actorsS, time(articles, a -> {
                AnalyzedText t = pipeline.analyze(a.text());
                List<ActorMention> m = pipeline.mentions(t, a.published(), a.source());
                return m.size();
            }));
            sentences.set(0);
            events.set(0);
            allS = Math.min(allS, time(articles, a -> {
                CodedArticle c = pipeline.code(a);
                sentences.addAndGet(c.sentences().size());
                events.addAndGet(c.events().size());
                return c.events().size();
            }));
            // the same coder without the statistical recognizer, in the same rounds: what the recognizer costs
            withoutNerS = Math.min(withoutNerS, time(articles, a -> pipeline.code(a, false).events().size()));
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        double mb = bytes / 1e6;
        PrintStream out = Io.stdout();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode o = mapper.createObjectNode();
            o.put("corpus", corpus.toString());
            o.put("articles", articles.size());
            o.put("mb", round(mb));
            o.put("threads", threads);
            o.put("mb_per_s", round(mb / allS));
            o.put("articles_per_s", round(articles.size() / allS));
            o.put("sentences_per_s", round(sentences.get() / allS));
            o.put("events_per_s", round(events.get() / allS));
            o.put("mb_per_s_without_recognizer", round(mb / withoutNerS));
            ObjectNode st = o.putObject("stages");
            st.put("text_mb_per_s", round(mb / textS));
            st.put("text_plus_actors_mb_per_s", round(mb / actorsS));
            st.put("text_share", round(textS / allS));
            st.put("actors_share", round((actorsS - textS) / allS));
            st.put("events_share", round((allS - actorsS) / allS));
            o.put("heap_used_mb", heapMb);
            o.put("dictionary_load_ms", round(loadMs));
            o.put("rounds", rounds);
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(o));
        } else {
            out.printf("corpus: %s, %d articles, %.1f MB of text; %d thread(s)%n", corpus, articles.size(), mb, threads);
            out.printf("dictionaries loaded in %.0f ms%n", loadMs);
            out.printf("text layer only:     %7.2f MB/s%n", mb / textS);
            out.printf("text + actors:       %7.2f MB/s%n", mb / actorsS);
            out.printf("whole coder:         %7.2f MB/s, %.0f articles/s, %.0f sentences/s, %.0f events/s%n", mb / allS,
                    articles.size() / allS, sentences.get() / allS, events.get() / allS);
            out.printf("without the recognizer: %4.2f MB/s (the recognizer costs %.1f%% of coding time)%n", mb / withoutNerS,
                    100 * (allS - withoutNerS) / allS);
            out.printf("time shares: text %.0f%%, actors %.0f%%, events+rest %.0f%%; heap used after GC %d MB%n",
                    100 * textS / allS, 100 * (actorsS - textS) / allS, 100 * (allS - actorsS) / allS, heapMb);
        }
        return 0;
    }

    private interface Work {
        int run(Article a);
    }

    /** Seconds to run {@code work} over all articles on {@code threads} threads. */
    private double time(List<Article> articles, Work work) throws Exception {
        long start = System.nanoTime();
        if (threads <= 1) {
            long sink = 0;
            for (Article a : articles) {
                sink += work.run(a);
            }
            if (sink == Long.MIN_VALUE) {
                System.out.println(sink); // keeps the JIT from discarding the work
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                AtomicInteger next = new AtomicInteger();
                List<Future<Long>> fs = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    fs.add(pool.submit(() -> {
                        long sink = 0;
                        for (int i; (i = next.getAndIncrement()) < articles.size(); ) {
                            sink += work.run(articles.get(i));
                        }
                        return sink;
                    }));
                }
                for (Future<Long> f : fs) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }
}
