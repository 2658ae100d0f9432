import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dictionary load's CPU by thread: {@code Pipeline.load()}, then the CPU each live thread of the process has used
 * since the JVM started ({@code /proc/self/task/N/stat}, grouped by name: the main thread, the C1 and C2 compilers,
 * the collector) beside the whole process's ({@code /proc/self/stat}, which also counts the loader threads that have
 * ended). Linux only. Compile it once, so that javac's own work is not in the figures (BENCHMARKS.md, speed29):
 * <pre>
 * javac -cp marsad-cli/target/marsad.jar -d /tmp/lt scripts/LoadThreads.java
 * java -cp marsad-cli/target/marsad.jar:/tmp/lt LoadThreads
 * </pre>
 */
public class LoadThreads {
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        org.marsad.Pipeline.load();
        long wall = (System.nanoTime() - t0) / 1_000_000;
        Map<String, Long> byName = new TreeMap<>();
        long live = 0;
        try (var tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path t : tasks) {
                String name = Files.readString(t.resolve("comm")).strip().replaceAll("[0-9]+$", "#");
                long ms = cpuMillis(Files.readString(t.resolve("stat")));
                byName.merge(name, ms, Long::sum);
                live += ms;
            }
        }
        StringBuilder sb = new StringBuilder("load wall ").append(wall).append(" ms; process CPU since start ")
                .append(cpuMillis(Files.readString(Path.of("/proc/self/stat")))).append(" ms, live threads ")
                .append(live).append(" ms:");
        byName.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .forEach(e -> sb.append(' ').append(e.getKey()).append('=').append(e.getValue()));
        System.out.println(sb);
    }

    /** utime + stime of a stat line, in ms (clock ticks of 10 ms). */
    private static long cpuMillis(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
    }
}
