package org.marsad.places;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.io.ArticleReader;
import org.marsad.io.ArticleSink;
import org.marsad.io.InputProblem;
import org.marsad.model.Article;
import org.marsad.model.Place;
import org.marsad.text.AnalyzedText;
import org.marsad.text.TextAnalyzer;

/**
 * A development tool, not a test: runs the finder over a news corpus and prints the most frequent
 * places and the most frequent (name as matched → place) pairs, which is where false positives from
 * common words show up. That is how {@code stopnames.tsv} was made. Timing is rough (one run, JIT
 * warm-up included); the project measures speed with benchmarks.
 *
 * <pre>
 * java -cp marsad-core/target/classes:marsad-core/target/test-classes:$JACKSON \
 *     org.marsad.places.PlaceCorpusReport /work/shared/data/saudinewsnet/articles.jsonl.gz 5000 30 [name]
 * </pre>
 * Arguments: corpus, number of articles, size of the top lists, and optionally a name whose
 * contexts are printed (up to 40).
 */
public final class PlaceCorpusReport implements ArticleSink {
    private final int limit;
    private final String show;
    private final TextAnalyzer analyzer = new TextAnalyzer(s -> false);
    private final PlaceFinder finder;
    private final Map<String, Integer> byPlace = new HashMap<>();
    private final Map<String, Integer> byName = new HashMap<>();
    private int articles;
    private int mentions;
    private int shown;
    private long bytes;
    private long analysisNanos;
    private long findNanos;

    private PlaceCorpusReport(int limit, String show, PlaceFinder finder) {
        this.limit = limit;
        this.show = show;
        this.finder = finder;
    }

    public static void main(String[] args) {
        Path corpus = Path.of(args[0]);
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int top = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        String show = args.length > 3 ? PlaceNames.keyString(args[3]) : null;

        long t0 = System.nanoTime();
        PlaceFinder finder = new PlaceFinder(Gazetteer.load());
        long loadNanos = System.nanoTime() - t0;
        PlaceCorpusReport report = new PlaceCorpusReport(limit, show, finder);
        new ArticleReader().read(List.of(corpus), report);

        double mb = report.bytes / 1e6;
        System.out.printf("gazetteer load %.0f ms; %d articles, %.1f MB UTF-8, %d place mentions%n",
                loadNanos / 1e6, report.articles, mb, report.mentions);
        System.out.printf("text analysis %.0f ms (%.0f ms/MB); place finding %.0f ms (%.0f ms/MB)%n",
                report.analysisNanos / 1e6, report.analysisNanos / 1e6 / mb, report.findNanos / 1e6,
                report.findNanos / 1e6 / mb);
        print("top places", report.byPlace, top);
        print("top names as matched", report.byName, top * 5);
    }

    @Override
    public void article(Article article, String file, long line) {
        if (articles >= limit) {
            return;
        }
        articles++;
        bytes += article.text().getBytes(StandardCharsets.UTF_8).length;
        long t0 = System.nanoTime();
        AnalyzedText text = analyzer.analyze(article.text());
        long t1 = System.nanoTime();
        List<PlaceMention> found = new ArrayList<>();
        for (int s = 0; s < text.sentences().size(); s++) {
            found.addAll(finder.find(text, s));
        }
        long t2 = System.nanoTime();
        analysisNanos += t1 - t0;
        findNanos += t2 - t1;
        for (PlaceMention m : found) {
            count(article.text(), m);
        }
    }

    private void count(String text, PlaceMention m) {
        mentions++;
        Place p = m.place();
        String place = p.nameEn() + " (" + p.country() + ", " + p.precision() + ")";
        byPlace.merge(place, 1, Integer::sum);
        String key = PlaceNames.keyString(p.name());
        byName.merge(key + "\t→ " + place + population(p), 1, Integer::sum);
        if (key.equals(show) && shown++ < 40) {
            String before = text.substring(Math.max(0, m.span().start() - 40), m.span().start());
            String after = text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 40));
            System.out.println(("… " + before + " [[" + p.name() + "]] " + after + " …").replace('\n', ' ')
                    + "  preposition=" + (m.preposition() == PlaceMention.NONE ? "-" : m.preposition()));
        }
    }

    private static String population(Place p) {
        List<GazetteerPlace> candidates = Gazetteer.load().lookup(p.name());
        return candidates.isEmpty() || candidates.get(0).isCountry() ? "" : " pop=" + candidates.get(0).population();
    }

    @Override
    public void problem(InputProblem problem) {
        System.err.println(problem);
    }

    private static void print(String title, Map<String, Integer> counts, int top) {
        System.out.println("\n== " + title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> System.out.printf("%6d  %s%n", e.getValue(), e.getKey()));
    }
}
