package org.marsad.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A table's columns, each a name, a Spark type and how its value is taken from a {@code T}: the schema and the
 * rows come from the same list, so a column can never be written under another column's name.
 */
final class Columns<T> {
    private record Column<T>(String name, DataType type, Function<T, Object> value) {
    }

    private final List<Column<T>> columns = new ArrayList<>();

    Columns<T> add(String name, DataType type, Function<T, Object> value) {
        columns.add(new Column<>(name, type, value));
        return this;
    }

    StructType schema() {
        List<StructField> fields = new ArrayList<>();
        for (Column<T> c : columns) {
            fields.add(DataTypes.createStructField(c.name(), c.type(), true));
        }
        return DataTypes.createStructType(fields);
    }

    Row row(T t) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = columns.get(i).value().apply(t);
        }
        return RowFactory.create(values);
    }
}
