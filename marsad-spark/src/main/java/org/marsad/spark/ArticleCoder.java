package org.marsad.spark;

import static org.apache.spark.sql.types.DataTypes.StringType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.marsad.Pipeline;
import org.marsad.io.ArticleJson;
import org.marsad.model.Article;
import org.marsad.model.CodedArticle;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.Quote;

/**
 * Codes one partition of {@link InputRecords} with the JVM's one coder ({@link Coders}). Each record becomes one
 * row: its status ({@code coded}, or {@code skipped} with the reason: unreadable input, an invalid article, a coder
 * error) and, when coded, its events, mentions and quotes as nested rows. Nothing a record holds can fail the task.
 */
final class ArticleCoder implements MapPartitionsFunction<Row, Row> {
    static final String CODED = "coded";
    static final String SKIPPED = "skipped";

    static final StructType SCHEMA = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[] {
        DataTypes.createStructField("article_id", StringType, true),
        InputRecords.SCHEMA.apply("source_file"),
        InputRecords.SCHEMA.apply("source_line"),
        InputRecords.SCHEMA.apply("source_offset"),
        DataTypes.createStructField("status", StringType, false),
        DataTypes.createStructField("reason", StringType, true),
        DataTypes.createStructField("coder_version", StringType, false),
        DataTypes.createStructField("events", DataTypes.createArrayType(Tables.EVENTS.schema()), true),
        DataTypes.createStructField("mentions", DataTypes.createArrayType(Tables.MENTIONS.schema()), true),
        DataTypes.createStructField("quotes", DataTypes.createArrayType(Tables.QUOTES.schema()), true),
    });

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        Pipeline pipeline = Coders.get();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return input.hasNext();
            }

            @Override
            public Row next() {
                return code(pipeline, input.next());
            }
        };
    }

    static Row code(Pipeline pipeline, Row in) {
        String file = in.getString(0);
        Long line = in.isNullAt(1) ? null : in.getLong(1);
        Long offset = in.isNullAt(2) ? null : in.getLong(2);
        if (!in.isNullAt(4)) {
            return skipped(null, file, line, offset, in.getString(4));
        }
        JsonNode node;
        try {
            node = JSON.readTree(in.getString(3));
        } catch (JsonProcessingException e) {
            String m = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage().replace('\n', ' ');
            return skipped(null, file, line, offset, "malformed JSON: " + abbreviate(m));
        }
        Article article;
        try {
            article = ArticleJson.fromJson(node);
        } catch (IllegalArgumentException e) {
            JsonNode id = node.isObject() ? node.get("id") : null;
            return skipped(id != null && id.isValueNode() ? id.asText() : null, file, line, offset, e.getMessage());
        }
        CodedArticle coded;
        try {
            coded = pipeline.code(article);
        } catch (RuntimeException | StackOverflowError e) {
            return skipped(article.id(), file, line, offset, "could not be coded: " + e);
        }
        List<Row> events = new ArrayList<>();
        for (Event e : coded.events()) {
            events.add(Tables.EVENTS.row(new Tables.EventOf(e, article)));
        }
        List<Row> mentions = new ArrayList<>();
        for (Mention m : coded.mentions()) {
            mentions.add(Tables.MENTIONS.row(new Tables.MentionOf(m, article)));
        }
        List<Row> quotes = new ArrayList<>();
        for (Quote q : coded.quotes()) {
            quotes.add(Tables.QUOTES.row(new Tables.QuoteOf(q, article)));
        }
        return RowFactory.create(article.id(), file, line, offset, CODED, null, Pipeline.CODER_VERSION,
                seq(events), seq(mentions), seq(quotes));
    }

    private static Row skipped(String articleId, String file, Long line, Long offset, String reason) {
        return RowFactory.create(articleId, file, line, offset, SKIPPED, reason, Pipeline.CODER_VERSION,
                seq(List.of()), seq(List.of()), seq(List.of()));
    }

    /** Spark's Scala rows take a Scala sequence for an array column. */
    private static scala.collection.immutable.Seq<Row> seq(List<Row> rows) {
        return scala.jdk.javaapi.CollectionConverters.asScala(rows).toSeq();
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
