package org.marsad.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a long command on stderr: one line rewritten in place with the rate when a person watches a
 * terminal, plain lines at longer intervals otherwise (logs, CI), nothing when quiet.
 */
final class Progress {
    private final PrintStream err;
    private final boolean terminal;
    private final boolean quiet;
    private final long intervalNanos;
    private final long start = System.nanoTime();
    private long last = start;
    private int width;

    Progress(PrintStream err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
        this.terminal = System.console() != null;
        this.intervalNanos = terminal ? 250_000_000L : 10_000_000_000L;
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Shows {@code done} units and the rate, at most once per interval. */
    void update(long done, String unit, String details) {
        update(done, unit, () -> details);
    }

    /**
     * As {@link #update(long, String, String)}, the details made only when a line is shown: ingest reports every
     * record, and formatting its counts each time was a percent of the single writer thread's time.
     */
    void update(long done, String unit, java.util.function.Supplier<String> details) {
        long now = System.nanoTime();
        if (quiet || now - last < intervalNanos) {
            return;
        }
        last = now;
        String line = String.format(Locale.ROOT, "%,d %s (%.1f/s) %s", done, unit, done / seconds(), details.get());
        if (terminal) {
            err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
            width = line.length();
        } else {
            err.println(line);
        }
    }

    /** Leaves the rewritten line before other output is printed below it. */
    void clear() {
        if (terminal && width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            width = 0;
        }
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm%02ds", s / 3600, s / 60 % 60, s % 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60)
                : String.format(Locale.ROOT, "%.1fs", seconds);
    }
}
