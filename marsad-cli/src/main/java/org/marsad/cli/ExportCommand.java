package org.marsad.cli;

import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.marsad.store.Exporter;
import org.marsad.store.Filter;
import org.marsad.store.ParquetExport;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export stored events.",
                "gdelt: GDELT 2.0 event-table columns where Marsad has the field (GlobalEventID, SQLDATE, Actor1Code,",
                "  ..., EventCode, QuadClass, GoldsteinScale, NumMentions/NumSources/NumArticles counting copies,",
                "  ActionGeo_*, DATEADDED, SOURCEURL), then provenance (article, evidence offsets, confidence,",
                "  modality, negation, coder version); tab-separated with a header. Country codes are ISO alpha-3.",
                "  An event without a day of its own gets its article's publication date as SQLDATE; DateSource",
                "  says so and EventDate keeps the month or year the text gave.",
                "csv:   Marsad's own event fields, comma-separated with a header.",
                "jsonl: one JSON object per event, as 'marsad code' prints it, plus day, counts and coder version.",
                "parquet: the gdelt columns as a Parquet file (--out required): SQLDATE a DATE, DATEADDED a",
                "  TIMESTAMP, counts and offsets integers, Goldstein, confidence and coordinates doubles, Negated a",
                "  boolean, CAMEO codes strings. Written by DuckDB in process.",
                "Events of near-duplicate copies are left out unless --include-duplicates."})
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "gdelt, csv, jsonl or parquet.")
    String format;

    @Mixin
    DbOption db;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write here instead of stdout.")
    Path out;

    @Option(names = "--actor", paramLabel = "CODE", description = "Source or target code starts with CODE (RUS matches RUSGOV).")
    String actor;

    @Option(names = "--source", paramLabel = "CODE", description = "Source actor code starts with CODE.")
    String source;

    @Option(names = "--target", paramLabel = "CODE", description = "Target actor code starts with CODE.")
    String target;

    @Option(names = "--root", paramLabel = "ROOT", description = "CAMEO root code (19).")
    String root;

    @Option(names = "--code", paramLabel = "CODE", description = "CAMEO code starts with CODE (057).")
    String code;

    @Option(names = "--from", paramLabel = "DATE", description = "Event day on or after DATE (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Event day on or before DATE.")
    LocalDate to;

    @Option(names = "--article", paramLabel = "ID", description = "Events of one article.")
    String article;

    @Option(names = "--include-duplicates", description = "Also events of near-duplicate copies.")
    boolean duplicates;

    @Option(names = {"-q", "--quiet"}, description = "Do not print the count on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        Filter filter = new Filter(actor, source, target, root, code, from, to, article, duplicates);
        if (format.equalsIgnoreCase("parquet")) {
            return parquet(filter);
        }
        Exporter.Format f;
        try {
            f = Exporter.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            Io.stderr().println("marsad: unknown format '" + format + "' (gdelt, csv, jsonl or parquet)");
            return 2;
        }
        long n;
        try (Store store = db.open(); Writer w = Io.writer(out)) {
            n = Exporter.write(store, filter, f, w);
        }
        if (!quiet) {
            Io.stderr().printf("marsad export: %,d events%n", n);
        }
        return 0;
    }

    private int parquet(Filter filter) throws Exception {
        if (out == null) {
            Io.stderr().println("marsad: --format parquet writes a file: give it with --out FILE.parquet");
            return 2;
        }
        long n;
        try (Store store = db.open()) {
            n = ParquetExport.write(store, filter, out);
        }
        if (!quiet) {
            Io.stderr().printf("marsad export: %,d events to %s%n", n, out);
        }
        return 0;
    }
}
