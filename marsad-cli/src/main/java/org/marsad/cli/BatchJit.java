package org.marsad.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.ObjectName;

/**
 * Keeps HotSpot's C2 compiler out of a batch ingest started as {@code java -jar marsad.jar ingest ...} (and out of a
 * {@code recode}, the same coding over the stored articles), as the
 * {@code marsad} launcher does with {@code -XX:TieredStopAtLevel=1}: a batch ingest ends before C2's work pays for
 * itself (on the whole SaudiNewsNet corpus C2 spent 23–26 CPU-seconds recompiling the coder, a third of the run's
 * CPU, and bought at most 1.3 s of the coding thread: BENCHMARKS.md, ingest18; measured again in ingest19). The JIT's
 * flags cannot change once the JVM runs, but a compiler directive can be added to the running JVM (what {@code jcmd
 * PID Compiler.directives_add} does): with every method excluded from C2, each hot method is compiled by C1 with
 * profiling first (tier 3) and, when it would have gone to C2, by C1 without profiling (tier 1), the code the
 * launcher's flag gives.
 *
 * <p>Only when the JVM runs with its default JIT settings (tiered, up to C2, no directives file): whoever set a
 * compiler flag on the command line (the launcher, {@code MARSAD_JAVA_OPTS}, a benchmark) keeps what they set. It
 * changes what is compiled when, never what the program computes; if the JVM offers no way to add a directive
 * (another VM), the ingest runs as it would have.
 */
final class BatchJit {
    /** Every method excluded from C2 (HotSpot's compiler-directive syntax). */
    static final String NO_C2 = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private BatchJit() {
    }

    /**
     * True for the command line of a batch job, as the launcher decides: {@code ingest} without {@code --watch}, and
     * {@code recode} (every stored article analyzed and coded again in one pass, an ingest's coding without its
     * dedup: C2 is not repaid there either, BENCHMARKS.md ingest21).
     */
    static boolean isBatchJob(String... args) {
        if (args.length > 0 && args[0].equals("recode")) {
            return true;
        }
        if (args.length == 0 || !args[0].equals("ingest")) {
            return false;
        }
        for (String a : args) {
            if (a.equals("--watch") || a.startsWith("--watch=")) {
                return false;
            }
        }
        return true;
    }

    /** True when the JVM's JIT settings are its defaults, none set on the command line, and C2 is in use. */
    static boolean defaultTieredJit() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        if (vm == null) {
            return false;
        }
        for (String flag : new String[] {"TieredCompilation", "TieredStopAtLevel"}) {
            if (vm.getVMOption(flag).getOrigin() != VMOption.Origin.DEFAULT) {
                return false;
            }
        }
        // a diagnostic flag, which the bean does not show unless diagnostic flags are unlocked: read the command line
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-XX:CompilerDirectivesFile")) {
                return false;
            }
        }
        return vm.getVMOption("TieredCompilation").getValue().equals("true")
                && vm.getVMOption("TieredStopAtLevel").getValue().equals("4");
    }

    /**
     * Excludes every method from C2 for the rest of this JVM when {@link #defaultTieredJit}; true when it did.
     * Never throws: the ingest goes on either way.
     */
    static boolean keepC2Out() {
        try {
            if (!defaultTieredJit()) {
                return false;
            }
            Path directives = Files.createTempFile("marsad-no-c2-", ".json");
            try {
                Files.writeString(directives, NO_C2, StandardCharsets.UTF_8);
                Object said = ManagementFactory.getPlatformMBeanServer().invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                        new Object[] {new String[] {directives.toString()}}, new String[] {String[].class.getName()});
                return String.valueOf(said).contains("1 compiler directives added");
            } finally {
                Files.deleteIfExists(directives);
            }
        } catch (Exception | LinkageError e) {
            return false;
        }
    }
}
