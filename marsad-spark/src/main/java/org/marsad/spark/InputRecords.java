package org.marsad.spark;

import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * What the readers hand to the coder: one input record, where it came from, and either its JSON text or why it
 * could not be read. Parquet rows are turned into the same JSON, so every article is validated by the same
 * {@link org.marsad.io.ArticleJson} as {@code marsad code} uses.
 */
final class InputRecords {
    private InputRecords() {
    }

    static final StructType SCHEMA = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[] {
        DataTypes.createStructField("source_file", StringType, true),
        // JSON Lines: the line number where it is known (a file read from its start: every .gz file and the first
        // split of a plain one); Parquet: the row number. Both 1-based.
        DataTypes.createStructField("source_line", LongType, true),
        // JSON Lines: the byte offset of the line in the (decompressed) file; always known
        DataTypes.createStructField("source_offset", LongType, true),
        DataTypes.createStructField("json", StringType, true),
        DataTypes.createStructField("problem", StringType, true),
    });

    static Row json(String file, Long line, Long offset, String json) {
        return RowFactory.create(file, line, offset, json, null);
    }

    static Row problem(String file, Long line, Long offset, String problem) {
        return RowFactory.create(file, line, offset, null, problem);
    }
}
