import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;

/**
 * The heap the text layer's word cache holds once it has read a corpus: the heap used after GC with the pipeline
 * loaded, then again after {@code Pipeline.analyze} of every article (the articles are held in both measurements, so
 * the difference is what the analysis kept: the word cache). With a third argument it also prints the process's
 * class histogram ({@code jcmd PID GC.class_histogram}) to see which objects that is.
 *
 * <pre>
 * java -Xmx3g -Xss4m -cp marsad-cli/target/marsad.jar scripts/WordCacheFootprint.java CORPUS.jsonl[.gz] LIMIT [hist]
 * </pre>
 */
public class WordCacheFootprint {
    public static void main(String[] args) throws Exception {
        Class<?> pipelineClass = Class.forName("org.marsad.Pipeline");
        Object pipeline = pipelineClass.getMethod("load").invoke(null);
        Method analyze = pipelineClass.getMethod("analyze", String.class);
        Method text = Class.forName("org.marsad.model.Article").getMethod("text");
        List<?> articles = (List<?>) Class.forName("org.marsad.io.ArticleReader")
                .getMethod("readFirst", Path.class, int.class).invoke(null, Path.of(args[0]), Integer.parseInt(args[1]));
        long before = usedAfterGc();
        for (Object a : articles) {
            analyze.invoke(pipeline, text.invoke(a));
        }
        long after = usedAfterGc();
        System.out.printf("%d articles: heap after GC %.1f MB before the analysis, %.1f MB after: the cache %.1f MB%n",
                articles.size(), before / 1e6, after / 1e6, (after - before) / 1e6);
        if (args.length > 2) {
            new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                    .inheritIO().start().waitFor();
        }
        System.out.println(pipeline.hashCode() != 0 && !articles.isEmpty() ? "" : " "); // both reachable to the end
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
