package org.marsad.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.marsad.Pipeline;
import org.marsad.io.ArticleReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The job's entry point, for {@code spark-submit} and for {@code ./marsad spark}. */
@Command(name = "marsad spark", mixinStandardHelpOptions = true, version = "marsad-spark " + Pipeline.CODER_VERSION,
        description = {"Codes articles on Apache Spark with the same coder as 'marsad code' and writes Parquet tables "
                + "under --out: events (GDELT columns + provenance, partitioned by MonthYear), mentions, quotes and "
                + "status (every input record: coded, or skipped with the reason). Bad records never fail the job."})
public final class MarsadSparkJob implements Callable<Integer> {
    @Option(names = "--in", required = true, split = ",", paramLabel = "PATH",
            description = "Input files, directories or globs on any Hadoop file system (file:, hdfs:, s3a:, gs: ...): "
                    + "JSON Lines (.gz and other Hadoop codecs ok), or Parquet with the article fields as columns.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "Output directory for the tables.")
    String out;

    @Option(names = "--format", paramLabel = "jsonl|parquet",
            description = "Input format (default: parquet when every input ends in .parquet, else jsonl).")
    ArticleInput.Format format;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[2] (default: what spark-submit set, else local[*]).")
    String master;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Partitions to code in (default: the input's, at least 2 per core).")
    int partitions;

    @Option(names = "--max-line-bytes", paramLabel = "N", defaultValue = "" + ArticleReader.MAX_LINE_BYTES,
            description = "Longer JSON lines are skipped and reported (default: ${DEFAULT-VALUE}, as 'marsad code').")
    int maxLineBytes;

    @Option(names = "--overwrite", description = "Replace the tables if --out already has them.")
    boolean overwrite;

    public static void main(String[] args) {
        int status = new CommandLine(new MarsadSparkJob()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
        if (status != 0) {
            System.exit(status);
        }
    }

    @Override
    public Integer call() {
        ArticleInput.Format f = format == null ? ArticleInput.guess(inputs) : format;
        SparkSession.Builder builder = SparkSession.builder().appName("marsad");
        if (master != null) {
            builder.master(master);
        } else if (!new SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            String problem = Paths.problem(spark.sparkContext().hadoopConfiguration(), inputs, out, overwrite);
            if (problem != null) {
                System.err.println("marsad spark: " + problem);
                return 2;
            }
            long t0 = System.nanoTime();
            CodingJob.Summary s = CodingJob.run(spark,
                    new CodingJob.Options(inputs, out, f, partitions, maxLineBytes, overwrite));
            double secs = (System.nanoTime() - t0) / 1e9;
            System.err.printf(java.util.Locale.ROOT,
                    "marsad spark: %d records, %d coded, %d skipped (see %s/status); %d events, %d mentions, "
                            + "%d quotes; %.1f s, %.0f records/s on %s%n",
                    s.records(), s.coded(), s.skipped(), out, s.events(), s.mentions(), s.quotes(), secs,
                    s.records() / secs, spark.sparkContext().master());
            return 0;
        } finally {
            spark.stop();
        }
    }
}
