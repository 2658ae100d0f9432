import java.lang.management.ManagementFactory;
import java.nio.file.*;
import java.util.*;
import org.marsad.store.SourceRecord;

/**
 * ingest17 (BENCHMARKS.md): the CPU of SourceRecord.key() for each record of a JSONL file, four rounds in one JVM
 * (id, url and source read with a crude scan of the line: enough for SaudiNewsNet's records). Since ingest17 the key
 * is computed by the constructor and key() only returns it, so ingest18 added the rounds that time making the records
 * ("made"), the key's SHA-256 included; -Dmarsad.sha256.native=false times the JDK's own provider instead of NSS.
 *   java -Xss4m -XX:TieredStopAtLevel=1 -cp JAR scripts/Ingest17KeyCost.java /tmp/bench/all.jsonl
 */
public class Ingest17KeyCost {
    static String field(String line, String name) {
        int i = line.indexOf("\"" + name + "\":");
        if (i < 0) return null;
        int s = line.indexOf('"', i + name.length() + 3);
        int e = line.indexOf('"', s + 1);
        return s < 0 || e < 0 ? null : line.substring(s + 1, e);
    }
    public static void main(String[] args) throws Exception {
        List<SourceRecord> recs = new ArrayList<>();
        try (var r = Files.newBufferedReader(Path.of(args[0]))) {
            for (String l; (l = r.readLine()) != null; ) {
                recs.add(new SourceRecord(field(l, "id"), field(l, "url"), field(l, "source"), null, null, "f", recs.size()));
            }
        }
        var mx = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 4; round++) {
            long t = mx.getCurrentThreadCpuTime(); int h = 0;
            for (SourceRecord s : recs) h += s.key().hashCode();
            System.out.printf("round %d: %d keys %.3f CPU-s (%d)%n", round, recs.size(), (mx.getCurrentThreadCpuTime() - t) / 1e9, h);
        }
        for (int round = 0; round < 4; round++) {
            long t = mx.getCurrentThreadCpuTime(); int h = 0;
            for (SourceRecord s : recs) h += new SourceRecord(s.inputId(), s.url(), s.source(), null, null, "f", 1).key().hashCode();
            System.out.printf("round %d: %d made %.3f CPU-s (%d)%n", round, recs.size(), (mx.getCurrentThreadCpuTime() - t) / 1e9, h);
        }
    }
}
