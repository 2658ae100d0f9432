package org.marsad.places;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.io.ArticleReader;
import org.marsad.io.ArticleSink;
import org.marsad.io.InputProblem;
import org.marsad.model.Article;
import org.marsad.text.AnalyzedText;
import org.marsad.text.TextAnalyzer;

/**
 * A development tool, not a test: runs the finder over a news corpus and prints the most frequent
 * places and the most frequent (name as written → place) matches, which is where false positives from
 * common words show up. That is how {@code stopnames.tsv} was made. Timing is rough (one run, JIT
 * warm-up included); the project measures speed with benchmarks.
 *
 * <pre>
 * java -cp marsad-core/target/classes:marsad-core/target/test-classes:$JACKSON \
 *     org.marsad.places.PlaceCorpusReport /work/shared/data/saudinewsnet/articles.jsonl.gz 5000 30
 * </pre>
 */
public final class PlaceCorpusReport {
    public static void main(String[] args) {
        Path corpus = Path.of(args[0]);
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int top = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        String show = args.length > 3 ? PlaceNames.keyString(args[3]) : null; // print contexts of this name
        int[] shown = {0};

        long t0 = System.nanoTime();
        PlaceFinder finder = new PlaceFinder(Gazetteer.load());
        long loadNanos = System.nanoTime() - t0;
        TextAnalyzer analyzer = new TextAnalyzer(s -> false);

        Map<String, Integer> byPlace = new HashMap<>();
        Map<String, Integer> bySurface = new HashMap<>();
        long[] bytes = {0};
        long[] nanos = {0};
        long[] analysis = {0};
        int[] articles = {0};
        int[] mentions = {0};
        new ArticleReader().read(List.of(corpus), new ArticleSink() {
            @Override
            public void article(Article article, String file, long line) {
                if (articles[0] >= limit) {
                    return;
                }
                articles[0]++;
                bytes[0] += article.text().getBytes(StandardCharsets.UTF_8).length;
                long s = System.nanoTime();
                AnalyzedText text = analyzer.analyze(article.text());
                long a = System.nanoTime();
                for (int i = 0; i < text.sentences().size(); i++) {
                    for (PlaceMention m : finder.find(text, i)) {
                        mentions[0]++;
                        String place = m.place().nameEn() + " (" + m.place().country() + ", " + m.place().precision() + ")";
                        byPlace.merge(place, 1, Integer::sum);
                        String key = PlaceNames.keyString(m.place().name());
                        bySurface.merge(key + "\t→ " + place + " " + population(m), 1, Integer::sum);
                        if (key.equals(show) && shown[0]++ < 40) {
                            String t = article.text();
                            System.out.println("KWIC " + t.substring(Math.max(0, m.span().start() - 40), m.span().start())
                                    .replace('\n', ' ') + " [[" + m.place().name() + "]] " + t.substring(m.span().end(),
                                    Math.min(t.length(), m.span().end() + 40)).replace('\n', ' ') + "  prep=" + m.preposition());
                        }
                    }
                }
                nanos[0] += System.nanoTime() - a;
                analysis[0] += a - s;
            }

            @Override
            public void problem(InputProblem problem) {
            }
        });
        double mb = bytes[0] / 1e6;
        System.out.printf("gazetteer load %.0f ms; %d articles, %.1f MB UTF-8, %d place mentions%n",
                loadNanos / 1e6, articles[0], mb, mentions[0]);
        System.out.printf("text analysis %.0f ms (%.0f ms/MB); place finding %.0f ms (%.0f ms/MB)%n",
                analysis[0] / 1e6, analysis[0] / 1e6 / mb, nanos[0] / 1e6, nanos[0] / 1e6 / mb);
        print("top places", byPlace, top);
        print("top names as matched", bySurface, top * 5);
    }

    private static String population(PlaceMention m) {
        List<GazetteerPlace> c = Gazetteer.load().lookup(m.place().name());
        return c.isEmpty() || c.get(0).isCountry() ? "" : "pop=" + c.get(0).population();
    }

    private static void print(String title, Map<String, Integer> counts, int top) {
        System.out.println("\n== " + title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> System.out.printf("%6d  %s%n", e.getValue(), e.getKey()));
    }
}
