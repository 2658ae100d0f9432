import java.lang.management.ManagementFactory;

/**
 * The dictionary load alone, in-process: {@code Pipeline.load()} timed in wall time, in the CPU time of the whole
 * process (every loader, compiler and collector thread: what other work on a shared host changes least), and in JIT
 * and GC time. Run one JVM per measurement, alternating jars (BENCHMARKS.md, speed27):
 * <pre>
 * java -cp marsad-cli/target/marsad.jar scripts/LoadCpu.java
 * </pre>
 */
public class LoadCpu {
    public static void main(String[] args) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var jit = ManagementFactory.getCompilationMXBean();
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        long compiled = jit.getTotalCompilationTime();
        org.marsad.Pipeline.load();
        cpu = os.getProcessCpuTime() - cpu;
        wall = System.nanoTime() - wall;
        compiled = jit.getTotalCompilationTime() - compiled;
        long gc = 0;
        for (var g : ManagementFactory.getGarbageCollectorMXBeans()) {
            gc += g.getCollectionTime();
        }
        System.out.printf("load wall %d ms, process CPU %d ms, JIT %d ms, GC %d ms, loadavg %.1f%n", wall / 1_000_000,
                cpu / 1_000_000, compiled, gc, os.getSystemLoadAverage());
    }
}
