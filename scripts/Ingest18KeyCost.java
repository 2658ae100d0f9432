import java.lang.management.ManagementFactory;
import java.nio.file.*;
import java.util.*;
import org.marsad.store.SourceRecord;

/**
 * ingest18 (BENCHMARKS.md): the CPU of making each record's SourceRecord (its key's SHA-256 included, computed by the
 * constructor since ingest17) for each record of a JSONL file, four rounds in one JVM, the thread's CPU time.
 * Ingest17KeyCost timed key() alone, which now only returns the stored component.
 *   java -Xss4m -XX:TieredStopAtLevel=1 [-Dmarsad.sha256.native=false] -cp JAR scripts/Ingest18KeyCost.java /tmp/bench/all.jsonl
 */
public class Ingest18KeyCost {
    static String field(String line, String name) {
        int i = line.indexOf("\"" + name + "\":");
        if (i < 0) return null;
        int s = line.indexOf('"', i + name.length() + 3);
        int e = line.indexOf('"', s + 1);
        return s < 0 || e < 0 ? null : line.substring(s + 1, e);
    }
    public static void main(String[] args) throws Exception {
        List<String[]> recs = new ArrayList<>();
        try (var r = Files.newBufferedReader(Path.of(args[0]))) {
            for (String l; (l = r.readLine()) != null; ) {
                recs.add(new String[] {field(l, "id"), field(l, "url"), field(l, "source")});
            }
        }
        var mx = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 4; round++) {
            long t = mx.getCurrentThreadCpuTime(); long w = System.nanoTime(); int h = 0;
            for (String[] f : recs) h += new SourceRecord(f[0], f[1], f[2], null, null, "f", 1).key().hashCode();
            System.out.printf("round %d: %d records %.3f CPU-s, wall %.3f s (%d)%n", round, recs.size(),
                    (mx.getCurrentThreadCpuTime() - t) / 1e9, (System.nanoTime() - w) / 1e9, h);
        }
    }
}
