package org.marsad.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.marsad.Pipeline;
import org.marsad.actors.ActorMatcher;
import org.marsad.actors.ActorMention;
import org.marsad.events.Modifiers;
import org.marsad.model.Article;
import org.marsad.model.Sentence;
import org.marsad.places.Gazetteer;
import org.marsad.text.AnalyzedText;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.CliticSegmenter;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;
import org.marsad.time.TimeExpressions;
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
 * The coder's hot paths, each over the same real texts (one operation = the whole sample; the sample's
 * size in bytes is printed at setup, so MB/s = ops/s x MB). Lucene's ArabicAnalyzer over the same texts is
 * the yardstick ({@link #luceneArabicAnalyzer}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss4m", "-Xmx1g"})
public class HotPaths {
    /** "auto": the first {@link #articles} SaudiNewsNet articles when ../shared is there, else the seed article. */
    @Param("auto")
    public String corpus;

    @Param("300")
    public int articles;

    private Pipeline pipeline;
    private List<Article> texts;
    private List<String> words;
    private List<AnalyzedText> analyzed;
    private List<Article> sentences;
    private Tokenizer tokenizer;
    private CliticSegmenter segmenter;
    private ActorMatcher matcher;
    private List<List<int[]>> personsAfterTitles;
    private LuceneArabic lucene;
    private TimeExpressions times;

    @Setup
    public void setup() {
        pipeline = Pipeline.load();
        texts = Texts.load(corpus, articles);
        tokenizer = new Tokenizer();
        // the lexicon the pipeline gives its segmenter: every word of every dictionary
        Set<String> lexicon = new HashSet<>(pipeline.actors().words());
        lexicon.addAll(pipeline.patterns().words());
        lexicon.addAll(Modifiers.load().words());
        lexicon.addAll(Gazetteer.load().words());
        segmenter = new CliticSegmenter(lexicon::contains, true);
        matcher = new ActorMatcher(pipeline.actors());
        lucene = new LuceneArabic();
        times = TimeExpressions.load();
        words = new ArrayList<>();
        analyzed = new ArrayList<>();
        sentences = new ArrayList<>();
        for (Article a : texts) {
            AnalyzedText t = pipeline.analyze(a.text());
            analyzed.add(t);
            for (Token token : t.tokens()) {
                if (token.isWord()) {
                    words.add(token.norm());
                }
            }
            for (Sentence s : t.sentences()) {
                String text = a.text().substring(s.span().start(), s.span().end());
                sentences.add(new Article(a.id() + "#" + s.index(), null, a.source(), a.published(), null, text));
            }
        }
        personsAfterTitles = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            personsAfterTitles.add(personsAfterTitles(analyzed.get(i),
                    matcher.find(analyzed.get(i), texts.get(i).published(), texts.get(i).source())));
        }
        System.err.printf("[marsad-bench] %d words, %d sentences%n", words.size(), sentences.size());
    }

    @Benchmark
    public void normalize(Blackhole bh) {
        for (Article a : texts) {
            bh.consume(ArabicNormalizer.normalize(a.text()));
        }
    }

    @Benchmark
    public void tokenize(Blackhole bh) {
        for (Article a : texts) {
            bh.consume(tokenizer.tokenize(a.text()));
        }
    }

    /** Clitic readings of every word of the sample (normalized, as the analyzer gives them). */
    @Benchmark
    public void segmentClitics(Blackhole bh) {
        for (String w : words) {
            bh.consume(segmenter.segment(w));
        }
    }

    /** The whole text layer: tokenize, normalize, clitic readings (cached per distinct word), sentences. */
    @Benchmark
    public void analyzeText(Blackhole bh) {
        for (Article a : texts) {
            bh.consume(pipeline.analyze(a.text()));
        }
    }

    /** Actor matching over texts analyzed beforehand. */
    @Benchmark
    public void matchActors(Blackhole bh) {
        for (int i = 0; i < texts.size(); i++) {
            Article a = texts.get(i);
            bh.consume(matcher.find(analyzed.get(i), a.published(), a.source()));
        }
    }

    /**
     * The coder's two actor passes, the second with person names (the pipeline's recognizer finds them after a title
     * no dictionary name follows; here the two words after every title stand for them): a whole second
     * {@code find}, as before speed17 ...
     */
    @Benchmark
    public void matchActorsTwice(Blackhole bh) {
        for (int i = 0; i < texts.size(); i++) {
            Article a = texts.get(i);
            bh.consume(matcher.find(analyzed.get(i), a.published(), a.source()));
            bh.consume(matcher.find(analyzed.get(i), a.published(), a.source(), personsAfterTitles.get(i)));
        }
    }

    /** ... and the second pass that redoes only the sentences a name begins in (speed17). */
    @Benchmark
    public void matchActorsFirstAndAgain(Blackhole bh) {
        for (int i = 0; i < texts.size(); i++) {
            Article a = texts.get(i);
            ActorMatcher.Found first = matcher.findFirst(analyzed.get(i), a.published(), a.source());
            bh.consume(matcher.findAgain(analyzed.get(i), a.published(), a.source(), first, personsAfterTitles.get(i)));
        }
    }

    /** The two words after each title that ends before a word of its sentence, as ranges [first, end). */
    private static List<int[]> personsAfterTitles(AnalyzedText text, List<ActorMention> found) {
        List<int[]> persons = new ArrayList<>();
        for (ActorMention m : found) {
            if (m.entry() != null && m.entry().title() && m.end() < text.tokens().size()
                    && text.tokens().get(m.end()).isWord() && text.tokens().get(m.end()).sentence() == m.sentence()) {
                persons.add(new int[] {m.end(), Math.min(m.end() + 2, text.endToken(m.sentence()))});
            }
        }
        return persons;
    }

    /** The whole coder, article by article. */
    /** The time scanner over whole analyzed articles (every token of the text is a place an expression may start). */
    @Benchmark
    public void findTimeExpressions(Blackhole bh) {
        for (int i = 0; i < texts.size(); i++) {
            Article a = texts.get(i);
            bh.consume(times.find(a.text(), analyzed.get(i).tokens(), a.published()));
        }
    }

    @Benchmark
    public void codeArticles(Blackhole bh) {
        for (Article a : texts) {
            bh.consume(pipeline.code(a));
        }
    }

    /** The whole coder, each sentence of the sample coded on its own (no article context). */
    @Benchmark
    public void codeSentences(Blackhole bh) {
        for (Article s : sentences) {
            bh.consume(pipeline.code(s));
        }
    }

    @Benchmark
    public void luceneArabicAnalyzer(Blackhole bh) {
        for (Article a : texts) {
            bh.consume(lucene.analyze(a.text()));
        }
    }
}
