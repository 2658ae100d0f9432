import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.Security;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The JDK's SHA-256 (provider SUN) against NSS's through SunPKCS11 (what org.marsad.store.Sha256 uses), on the lines of
 * a file as UTF-8, in one JVM, rounds alternating; CPU-seconds of this thread. BENCHMARKS.md, ingest15:
 *   java -Xss4m -XX:TieredStopAtLevel=1 scripts/Sha256Providers.java /tmp/bench/first10k.jsonl 5
 */
public class Sha256Providers {
    public static void main(String[] args) throws Exception {
        Provider nss = Security.getProvider("SunPKCS11").configure("--name=NSS\nnssDbMode=noDb\nattributes=compatibility");
        List<byte[]> lines = new ArrayList<>();
        long bytes = 0;
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            lines.add(b);
            bytes += b.length;
        }
        System.out.printf("%d lines, %.1f MB%n", lines.size(), bytes / 1e6);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= Integer.parseInt(args[1]); round++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            List<byte[]> sun = run(lines, null);
            long t1 = cpu.getCurrentThreadCpuTime();
            List<byte[]> native_ = run(lines, nss);
            long t2 = cpu.getCurrentThreadCpuTime();
            System.out.printf("round %d: SUN %.3f CPU-s (%.0f MB/s), NSS %.3f CPU-s (%.0f MB/s), NSS/SUN %.3f, same digests %b%n",
                    round, (t1 - t0) / 1e9, bytes * 1e3 / (t1 - t0), (t2 - t1) / 1e9, bytes * 1e3 / (t2 - t1),
                    (double) (t2 - t1) / (t1 - t0), Arrays.deepEquals(sun.toArray(), native_.toArray()));
        }
    }

    /** Every line's digest, in order. */
    private static List<byte[]> run(List<byte[]> lines, Provider p) throws Exception {
        List<byte[]> out = new ArrayList<>(lines.size());
        for (byte[] b : lines) {
            MessageDigest md = p == null ? MessageDigest.getInstance("SHA-256", "SUN") : MessageDigest.getInstance("SHA-256", p);
            out.add(md.digest(b));
        }
        return out;
    }
}
