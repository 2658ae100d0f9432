import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Old jar against new jar in ONE JVM, for a machine shared with other work: each jar's coder is loaded in a
 * class loader of its own, and every round codes the same articles with each jar in turn (alternating the
 * order), on 1 and/or 2 threads. Each pass reports wall MB/s, MB per CPU-second of the coding threads (what
 * other processes change least) and bytes allocated per byte of text; the summary is the MEDIAN of the
 * per-round ratios new/old, so a round disturbed by other work disturbs both jars of that round.
 *
 * <pre>
 * java scripts/JarAB.java CORPUS LIMIT ROUNDS THREADS[,THREADS] old=OLD.jar new=NEW.jar
 * JAR_AB_ANALYZE=1 java scripts/JarAB.java ...     # the text layer only (Pipeline.analyze)
 * </pre>
 * Run with a heap large enough for every jar's dictionaries (-Xmx3g with java -XX:... scripts/JarAB.java).
 */
public class JarAB {
    private static final boolean ANALYZE_ONLY = System.getenv("JAR_AB_ANALYZE") != null;

    /** One jar's pipeline and its own copy of the articles. */
    static final class Coder {
        final String name;
        final Object pipeline;
        final Method work;
        final Method text;
        final List<?> articles;
        long bytes;

        Coder(String name, String jar, Path corpus, int limit) throws Exception {
            this.name = name;
            ClassLoader cl = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Class<?> pipelineClass = cl.loadClass("org.marsad.Pipeline");
            Class<?> articleClass = cl.loadClass("org.marsad.model.Article");
            pipeline = pipelineClass.getMethod("load").invoke(null);
            work = ANALYZE_ONLY ? pipelineClass.getMethod("analyze", String.class)
                    : pipelineClass.getMethod("code", articleClass);
            text = articleClass.getMethod("text");
            articles = (List<?>) cl.loadClass("org.marsad.io.ArticleReader")
                    .getMethod("readFirst", Path.class, int.class).invoke(null, corpus, limit);
            for (Object a : articles) {
                bytes += ((String) text.invoke(a)).getBytes(StandardCharsets.UTF_8).length;
            }
        }

        /** {wall MB/s, MB per CPU-second of the coding threads, bytes allocated per byte of text}. */
        double[] pass(int threads) throws Exception {
            com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long[] cpu = new long[threads];
            long[] allocated = new long[threads];
            Thread[] workers = new Thread[threads];
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                int me = t;
                workers[t] = new Thread(() -> {
                    long cpu0 = mx.getCurrentThreadCpuTime();
                    long allocated0 = mx.getCurrentThreadAllocatedBytes();
                    try {
                        for (int i = me; i < articles.size(); i += threads) {
                            Object a = articles.get(i);
                            work.invoke(pipeline, ANALYZE_ONLY ? text.invoke(a) : a);
                        }
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                    cpu[me] = mx.getCurrentThreadCpuTime() - cpu0;
                    allocated[me] = mx.getCurrentThreadAllocatedBytes() - allocated0;
                });
                workers[t].start();
            }
            for (Thread w : workers) {
                w.join();
            }
            double wall = (System.nanoTime() - start) / 1e9;
            double mb = bytes / 1e6;
            return new double[] {mb / wall, mb / (Arrays.stream(cpu).sum() / 1e9),
                    Arrays.stream(allocated).sum() / (double) bytes};
        }
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int limit = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        int[] threadCounts = Arrays.stream(args[3].split(",")).mapToInt(Integer::parseInt).toArray();
        List<Coder> coders = new ArrayList<>();
        for (int i = 4; i < args.length; i++) {
            String[] nameJar = args[i].split("=", 2);
            coders.add(new Coder(nameJar[0], nameJar[1], corpus, limit));
        }
        for (Coder c : coders) { // warm-up: compile the hot paths, fill the word caches
            for (int t : threadCounts) {
                c.pass(t);
            }
        }
        // results[coder][threads][round]
        double[][][][] results = new double[coders.size()][threadCounts.length][rounds][];
        for (int r = 0; r < rounds; r++) {
            for (int t = 0; t < threadCounts.length; t++) {
                List<Integer> order = new ArrayList<>();
                for (int c = 0; c < coders.size(); c++) {
                    order.add(c);
                }
                if (r % 2 == 1) {
                    Collections.reverse(order);
                }
                for (int c : order) {
                    double[] x = coders.get(c).pass(threadCounts[t]);
                    results[c][t][r] = x;
                    System.out.printf("round %d, %s, %d thread(s): %.2f MB/s wall, %.2f MB per CPU-s, %.1f bytes "
                            + "allocated per byte of text%n", r, coders.get(c).name, threadCounts[t], x[0], x[1], x[2]);
                }
            }
        }
        for (int t = 0; t < threadCounts.length; t++) {
            for (int c = 0; c < coders.size(); c++) {
                System.out.printf("%s, %d thread(s): best %.2f MB/s wall, best %.2f MB per CPU-s, median %.1f bytes "
                                + "allocated per byte%n", coders.get(c).name, threadCounts[t], best(results[c][t], 0),
                        best(results[c][t], 1), median(results[c][t], 2));
            }
            for (int c = 1; c < coders.size(); c++) {
                double[] wall = new double[rounds];
                double[] cpu = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    wall[r] = results[c][t][r][0] / results[0][t][r][0];
                    cpu[r] = results[c][t][r][1] / results[0][t][r][1];
                }
                Arrays.sort(wall);
                Arrays.sort(cpu);
                System.out.printf("median ratio %s/%s, %d thread(s): wall %.3f (%.3f-%.3f), per CPU-s %.3f (%.3f-%.3f)%n",
                        coders.get(c).name, coders.get(0).name, threadCounts[t], wall[rounds / 2], wall[0],
                        wall[rounds - 1], cpu[rounds / 2], cpu[0], cpu[rounds - 1]);
            }
        }
    }

    private static double best(double[][] rounds, int k) {
        return Arrays.stream(rounds).mapToDouble(x -> x[k]).max().orElse(0);
    }

    private static double median(double[][] rounds, int k) {
        double[] v = Arrays.stream(rounds).mapToDouble(x -> x[k]).sorted().toArray();
        return v[v.length / 2];
    }
}
