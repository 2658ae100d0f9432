package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** C2 kept out of a batch ingest or a recode run as {@code java -jar marsad.jar ingest|recode ...}, and only there. */
class BatchJitTest {
    @Test
    void onlyABatchIngestOrARecodeIsOne() {
        assertTrue(BatchJit.isBatchJob("ingest", "--db", "x.db", "in.jsonl"));
        assertTrue(BatchJit.isBatchJob("ingest", "-q", "--threads", "1", "in.jsonl"));
        assertFalse(BatchJit.isBatchJob("ingest", "--watch", "30", "in.jsonl"));
        assertFalse(BatchJit.isBatchJob("ingest", "--db", "x.db", "--watch=30", "feeds/"));
        assertFalse(BatchJit.isBatchJob("serve", "--db", "x.db"));
        assertFalse(BatchJit.isBatchJob("code", "ingest"));
        assertTrue(BatchJit.isBatchJob("recode", "--db", "x.db"));
        assertTrue(BatchJit.isBatchJob("recode", "--outdated", "--threads", "2"));
        assertFalse(BatchJit.isBatchJob("code", "recode"));
        assertFalse(BatchJit.isBatchJob("recluster", "--db", "x.db"));
        assertFalse(BatchJit.isBatchJob());
    }

    /** What {@link BatchJitProbe} printed in a JVM started with {@code jvmOptions}. */
    private static String probe(String... jvmOptions) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(List.of(jvmOptions));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), BatchJitProbe.class.getName()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the probe did not finish");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void withTheJvmsDefaultJitEveryMethodIsExcludedFromC2() throws Exception {
        String out = probe("-Xss4m");
        assertTrue(out.contains("kept out: true"), out);
        // the default directive excludes nothing; the added one, listed first, excludes every method from C2 only
        String added = out.substring(0, out.indexOf("Directive: (default)"));
        assertTrue(added.contains("matching: *.*"), out);
        String c1 = added.substring(added.indexOf("c1 directives:"), added.indexOf("c2 directives:"));
        String c2 = added.substring(added.indexOf("c2 directives:"));
        assertTrue(c1.contains("Exclude:false"), out);
        assertTrue(c2.contains("Exclude:true"), out);
    }

    @Test
    void aJitFlagSetOnTheCommandLineIsKept() throws Exception {
        for (String flag : List.of("-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation")) {
            String out = probe(flag);
            assertTrue(out.contains("kept out: false"), flag + ": " + out);
            assertFalse(out.contains("Exclude:true"), flag + ": " + out);
        }
    }
}
