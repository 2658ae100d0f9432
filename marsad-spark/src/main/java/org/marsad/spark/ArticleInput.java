package org.marsad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/** Reads the job's input, from any Hadoop-compatible path, into {@link InputRecords}. */
final class ArticleInput {
    enum Format { JSONL, PARQUET }

    /** The article fields DESIGN.md defines; other Parquet columns are ignored. */
    private static final List<String> ARTICLE_FIELDS = List.of("id", "url", "source", "published", "title", "text");

    private ArticleInput() {
    }

    static Format guess(List<String> paths) {
        return paths.stream().allMatch(p -> p.toLowerCase(java.util.Locale.ROOT).endsWith(".parquet"))
                ? Format.PARQUET : Format.JSONL;
    }

    static Dataset<Row> read(SparkSession spark, Format format, List<String> paths, int maxLineBytes) {
        return format == Format.PARQUET ? parquet(spark, paths) : jsonLines(spark, paths, maxLineBytes);
    }

    /**
     * JSON Lines, one article a line, through Hadoop's TextInputFormat: plain files are split across tasks,
     * compressed ones (.gz, .bz2 ...) decompressed by their codec; directories are read recursively.
     */
    static Dataset<Row> jsonLines(SparkSession spark, List<String> paths, int maxLineBytes) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = new Configuration(jsc.hadoopConfiguration());
        conf.setBoolean(FileInputFormat.INPUT_DIR_RECURSIVE, true);
        JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(
                String.join(",", paths), TextInputFormat.class, LongWritable.class, Text.class, conf);
        JavaRDD<Row> records = lines.mapPartitionsWithInputSplit(new JsonLinesSplit(maxLineBytes), true);
        return spark.createDataFrame(records, InputRecords.SCHEMA);
    }

    /**
     * Parquet files with the article fields as columns. Each row becomes the JSON object it stands for, so that
     * it is checked exactly as a JSON Lines article is (a missing or empty {@code text}, a bad date ...).
     */
    static Dataset<Row> parquet(SparkSession spark, List<String> paths) {
        Dataset<Row> in = spark.read().parquet(paths.toArray(String[]::new));
        Set<String> present = Set.of(in.columns());
        List<Column> fields = new ArrayList<>();
        for (String f : ARTICLE_FIELDS) {
            if (present.contains(f)) {
                fields.add(col(f).cast(DataTypes.StringType).as(f));
            }
        }
        Column json = fields.isEmpty() ? lit("{}") : to_json(struct(fields.toArray(Column[]::new)));
        return in.select(col("_metadata.file_path").as("source_file"),
                col("_metadata.row_index").plus(1).cast(DataTypes.LongType).as("source_line"),
                lit(null).cast(DataTypes.LongType).as("source_offset"),
                json.as("json"),
                lit(null).cast(DataTypes.StringType).as("problem"));
    }
}
