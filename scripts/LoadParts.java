import java.lang.management.ManagementFactory;
/**
 * One dictionary loader alone in a fresh JVM: its wall, its thread's CPU and the whole process's CPU (its JIT and GC
 * included), to split the load by dictionary (BENCHMARKS.md, session 26, dict36). Compile once, one JVM a run:
 * <pre>
 * javac -cp marsad-cli/target/marsad.jar -d /tmp/lp scripts/LoadParts.java
 * java -cp marsad-cli/target/marsad.jar:/tmp/lp LoadParts actors|patterns|modifiers|gazetteer|nerdict|ner|times|clause|all
 * </pre>
 */
public class LoadParts {
    public static void main(String[] a) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var th = ManagementFactory.getThreadMXBean();
        long cpu = os.getProcessCpuTime(), w = System.nanoTime(), tc = th.getCurrentThreadCpuTime();
        switch (a[0]) {
            case "codebook" -> org.marsad.codebook.Codebook.load();
            case "actors" -> org.marsad.actors.ActorDictionary.load();
            case "patterns" -> org.marsad.events.EventPatterns.load(org.marsad.codebook.Codebook.load());
            case "modifiers" -> org.marsad.events.Modifiers.load();
            case "gazetteer" -> org.marsad.places.Gazetteer.load();
            case "ner" -> org.marsad.ner.NerTagger.load();
            case "nerdict" -> org.marsad.ner.NerDictionary.load();
            case "clusters" -> org.marsad.ner.WordClusters.load();
            case "times" -> org.marsad.time.TimeExpressions.load();
            case "clause" -> org.marsad.events.ClauseBreaks.load();
            case "all" -> org.marsad.Pipeline.load();
        }
        System.out.printf("%-10s wall %5d ms, thread CPU %5d, process CPU %5d%n", a[0], (System.nanoTime() - w) / 1000000,
                (th.getCurrentThreadCpuTime() - tc) / 1000000, (os.getProcessCpuTime() - cpu) / 1000000);
    }
}
