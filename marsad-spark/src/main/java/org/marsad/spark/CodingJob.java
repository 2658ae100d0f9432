package org.marsad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The job: read the articles, code every partition with the JVM's one coder, and write four Parquet tables under
 * the output path: {@code events} (partitioned by {@code MonthYear}, GDELT's yyyymm of the event's day),
 * {@code mentions}, {@code quotes} and {@code status} (one row per input record: coded, or skipped and why).
 * Ids come from the content, so running it again over the same input writes the same rows.
 */
final class CodingJob {
    /** How the job is run. {@code partitions}: how many partitions to code in (0: at least 2 per core). */
    record Options(List<String> inputs, String out, ArticleInput.Format format, int partitions, int maxLineBytes,
                   boolean overwrite) {
    }

    record Summary(long records, long coded, long skipped, long events, long mentions, long quotes) {
    }

    private CodingJob() {
    }

    static Summary run(SparkSession spark, Options o) {
        Dataset<Row> input = ArticleInput.read(spark, o.format(), o.inputs(), o.maxLineBytes());
        int cores = spark.sparkContext().defaultParallelism();
        int partitions = o.partitions() > 0 ? o.partitions() : Math.max(input.rdd().getNumPartitions(), 2 * cores);
        if (partitions != input.rdd().getNumPartitions()) {
            // one .gz file is one input split: spread its lines over the cores before the expensive part
            input = input.repartition(partitions);
        }
        Dataset<Row> coded = input.mapPartitions(new ArticleCoder(), Encoders.row(ArticleCoder.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            SaveMode mode = o.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
            Dataset<Row> status = coded.select(col("article_id"), col("source_file"), col("source_line"),
                    col("source_offset"), col("status"), col("reason"), col("coder_version"),
                    size(col("events")).as("events"), size(col("mentions")).as("mentions"),
                    size(col("quotes")).as("quotes"));
            status.write().mode(mode).parquet(o.out() + "/status");
            coded.select(explode(col("events")).as("e")).select("e.*")
                    .write().mode(mode).partitionBy("MonthYear").parquet(o.out() + "/events");
            coded.select(explode(col("mentions")).as("m")).select("m.*").write().mode(mode).parquet(o.out() + "/mentions");
            coded.select(explode(col("quotes")).as("q")).select("q.*").write().mode(mode).parquet(o.out() + "/quotes");
            Row totals = spark.read().parquet(o.out() + "/status").selectExpr("count(*)",
                    "count_if(status = 'coded')", "count_if(status = 'skipped')", "coalesce(sum(events), 0)",
                    "coalesce(sum(mentions), 0)", "coalesce(sum(quotes), 0)").first();
            return new Summary(totals.getLong(0), totals.getLong(1), totals.getLong(2), totals.getLong(3),
                    totals.getLong(4), totals.getLong(5));
        } finally {
            coded.unpersist();
        }
    }
}
