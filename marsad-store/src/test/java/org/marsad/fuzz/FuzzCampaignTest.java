package org.marsad.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes every target with Jazzer for a bounded time, each in a JVM of its own (Jazzer fuzzes one target per
 * JVM): {@code -Dmarsad.fuzz.seconds=N} seconds each (default {@value #DEFAULT_SECONDS}; 0 skips the campaign).
 * Each target starts from its regression inputs ({@code src/test/resources/org/marsad/fuzz/<Target>Inputs/fuzz/},
 * which plain {@code mvn test} replays through the {@code @FuzzTest} methods) plus what earlier campaigns found
 * ({@code target/fuzz/<Target>/corpus}). A crash, a hang (one input over {@value #INPUT_TIMEOUT_SECONDS} s) or
 * an out-of-memory fails the test and leaves the input in {@code target/fuzz/<Target>/}; it then belongs in the
 * regression inputs, and its cause gets fixed. Every run appends its figures to {@code target/fuzz/report.tsv}.
 */
class FuzzCampaignTest {
    static final int DEFAULT_SECONDS = 15;
    static final int INPUT_TIMEOUT_SECONDS = 20;
    private static final List<Class<?>> TARGETS = List.of(TextLayerFuzzTest.class, PipelineFuzzTest.class,
            ArticleJsonFuzzTest.class, HtmlFuzzTest.class, FeedFuzzTest.class);
    private static final Pattern DONE = Pattern.compile("#(\\d+)\\s+DONE\\s+cov: (\\d+) ft: (\\d+) corp: (\\d+)/");

    record Figures(String target, int seconds, long runs, long coverage, long corpus) {
    }

    @Test
    void everyTargetSurvivesABoundedFuzzingCampaign() throws Exception {
        int seconds = Integer.getInteger("marsad.fuzz.seconds", DEFAULT_SECONDS);
        Assumptions.assumeTrue(seconds > 0, "skipped: -Dmarsad.fuzz.seconds=0");
        Path root = Path.of("target", "fuzz").toAbsolutePath();
        List<Figures> all = new ArrayList<>();
        for (Class<?> target : TARGETS) {
            Figures f = fuzz(target, seconds, root.resolve(target.getSimpleName()));
            all.add(f);
            System.out.printf(Locale.ROOT, "fuzz %-20s %4d s  %,12d inputs  cov %,6d  corpus %,5d%n", f.target(),
                    f.seconds(), f.runs(), f.coverage(), f.corpus());
            Files.writeString(root.resolve("report.tsv"), String.join("\t", Instant.now().toString(), f.target(),
                    String.valueOf(f.seconds()), String.valueOf(f.runs()), String.valueOf(f.coverage()),
                    String.valueOf(f.corpus())) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
        assertTrue(all.stream().allMatch(f -> f.runs() > 0), "a target ran no input: " + all);
    }

    private static Figures fuzz(Class<?> target, int seconds, Path dir) throws IOException, InterruptedException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path seeds = Path.of("src", "test", "resources", "org", "marsad", "fuzz", target.getSimpleName() + "Inputs", "fuzz");
        Path log = dir.resolve("fuzz.log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Xss4m", "-XX:-OmitStackTraceInFastThrow", "-cp", System.getProperty("java.class.path"),
                "com.code_intelligence.jazzer.Jazzer", "--target_class=" + target.getName(),
                // coverage inside the parsers the readers use guides the fuzzer through them too
                "--instrumentation_includes=org.marsad.**:org.jsoup.**:com.rometools.**",
                "--reproducer_path=" + dir, "-artifact_prefix=" + dir + "/", "-max_total_time=" + seconds,
                "-timeout=" + INPUT_TIMEOUT_SECONDS, "-rss_limit_mb=4096", "-print_final_stats=0", corpus.toString()));
        if (Files.isDirectory(seeds)) {
            cmd.add(seeds.toString());
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(seconds + 180L, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(target.getSimpleName() + ": the fuzzer did not stop after " + seconds + " s; log: " + log);
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            fail(target.getSimpleName() + " found a failing input (exit " + p.exitValue() + "); the input and a "
                    + "reproducer are in " + dir + ", the log in " + log + ":\n" + tail(out, 60));
        }
        Matcher m = DONE.matcher(out);
        long runs = 0;
        long cov = 0;
        long corp = 0;
        while (m.find()) {
            runs = Long.parseLong(m.group(1));
            cov = Long.parseLong(m.group(2));
            corp = Long.parseLong(m.group(4));
        }
        return new Figures(target.getSimpleName(), seconds, runs, cov, corp);
    }

    private static String tail(String s, int lines) {
        String[] all = s.split("\n");
        return String.join("\n", java.util.Arrays.asList(all).subList(Math.max(0, all.length - lines), all.length));
    }
}
