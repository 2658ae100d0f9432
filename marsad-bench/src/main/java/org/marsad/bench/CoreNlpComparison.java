package org.marsad.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.marsad.Pipeline;
import org.marsad.model.Article;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Stanford CoreNLP's Arabic pipeline as a parse-based coder would run it before parsing (tokenize with the
 * Arabic segmenter, sentence split, POS tagger: the models of stanford-corenlp:models-arabic), against
 * Marsad's whole coder and Lucene's ArabicAnalyzer over the same texts in the same JMH run, one thread each.
 * One operation = the whole sample (its size is printed at setup: MB/s = ops/s x MB). CoreNLP is GPL: it is
 * a dependency of this benchmark module only, which is never shipped.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xss4m", "-Xmx3g"})
public class CoreNlpComparison {
    @Param("auto")
    public String corpus;

    /** A small sample: CoreNLP's segmenter and tagger are slow. */
    @Param("20")
    public int articles;

    private List<Article> texts;
    private StanfordCoreNLP corenlp;
    private Pipeline marsad;
    private LuceneArabic lucene;

    @Setup
    public void setup() {
        texts = Texts.load(corpus, articles);
        Properties props = new Properties();
        try (InputStream in = StanfordCoreNLP.class.getClassLoader().getResourceAsStream("StanfordCoreNLP-arabic.properties")) {
            if (in == null) {
                throw new IllegalStateException("StanfordCoreNLP-arabic.properties not on the classpath: "
                        + "the stanford-corenlp models-arabic jar is missing");
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        props.setProperty("annotators", "tokenize,ssplit,pos"); // segment + POS; no parser
        long start = System.nanoTime();
        corenlp = new StanfordCoreNLP(props);
        System.err.printf("[marsad-bench] CoreNLP Arabic segmenter + POS tagger loaded in %.1f s%n",
                (System.nanoTime() - start) / 1e9);
        marsad = Pipeline.load();
        lucene = new LuceneArabic();
    }

    @Benchmark
    public void corenlpSegmentPos(Blackhole bh) {
        for (Article a : texts) {
            Annotation doc = new Annotation(a.text());
            corenlp.annotate(doc);
            bh.consume(doc);
        }
    }

    @Benchmark
    public void marsadCode(Blackhole bh) {
        for (Article a : texts) {
            bh.consume(marsad.code(a));
        }
    }

    @Benchmark
    public void luceneArabicAnalyzer(Blackhole bh) {
        for (Article a : texts) {
            bh.consume(lucene.analyze(a.text()));
        }
    }
}
