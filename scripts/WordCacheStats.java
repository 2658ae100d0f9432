import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the text layer's word cache ({@code org.marsad.text.WordCache}) fills on a corpus: words held after the
 * corpus's text went through the analyzer once, and how far from its first slot each word sits (linear probing),
 * counted per word and per token (a frequent word far from its slot costs a dependent memory load on every token).
 * A diagnostic for benchmarks: it reads the cache's private fields by reflection, so it follows their names.
 *
 * <pre>
 * java -Xmx2g -cp marsad-cli/target/marsad.jar scripts/WordCacheStats.java CORPUS.jsonl[.gz] LIMIT
 * </pre>
 */
public class WordCacheStats {
    public static void main(String[] args) throws Exception {
        Class<?> pipelineClass = Class.forName("org.marsad.Pipeline");
        Object pipeline = pipelineClass.getMethod("load").invoke(null);
        Method analyze = pipelineClass.getMethod("analyze", String.class);
        Method text = Class.forName("org.marsad.model.Article").getMethod("text");
        Method tokens = Class.forName("org.marsad.text.AnalyzedText").getMethod("tokens");
        Method norm = Class.forName("org.marsad.text.Token").getMethod("norm");
        List<?> articles = (List<?>) Class.forName("org.marsad.io.ArticleReader")
                .getMethod("readFirst", Path.class, int.class).invoke(null, Path.of(args[0]), Integer.parseInt(args[1]));
        Map<String, Integer> tokensPerNorm = new HashMap<>();
        for (Object a : articles) {
            for (Object t : (List<?>) tokens.invoke(analyze.invoke(pipeline, text.invoke(a)))) {
                tokensPerNorm.merge((String) norm.invoke(t), 1, Integer::sum);
            }
        }
        Object analyzer = field(pipeline, "analyzer");
        Object[] slots = (Object[]) field(field(analyzer, "cache"), "slots");
        int mask = slots.length - 1;
        long[] words = new long[8];
        long[] tokenCounts = new long[8];
        long wordTotal = 0;
        long tokenTotal = 0;
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != null) {
                int hash = (Integer) field(slots[i], "hash");
                int distance = Math.min(words.length - 1, (i - (hash >>> 8 & mask)) & mask);
                int n = tokensPerNorm.getOrDefault((String) field(slots[i], "norm"), 0);
                words[distance]++;
                tokenCounts[distance] += n;
                wordTotal++;
                tokenTotal += n;
            }
        }
        System.out.printf("%d articles: %d words cached in %d slots, %d tokens%n", articles.size(), wordTotal,
                slots.length, tokenTotal);
        for (int d = 0; d < words.length; d++) {
            System.out.printf("%s%d slot(s) from the first: %.4f of the words, %.4f of the tokens%n",
                    d == words.length - 1 ? ">= " : "", d, words[d] / (double) wordTotal,
                    tokenCounts[d] / (double) tokenTotal);
        }
    }

    private static Object field(Object o, String name) throws ReflectiveOperationException {
        Field f = o.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(o);
    }
}
