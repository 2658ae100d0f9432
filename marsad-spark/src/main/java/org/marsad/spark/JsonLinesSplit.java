package org.marsad.spark;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/**
 * Turns the lines of one input split (Hadoop's {@code TextInputFormat}: any Hadoop file system, compressed files
 * decompressed by their codec) into {@link InputRecords}, with the checks {@code marsad code} makes on a line:
 * blank lines are passed over, bytes that are not UTF-8 and lines longer than the limit are reported, never
 * repaired or coded. Lines are decoded lazily, one at a time.
 */
final class JsonLinesSplit implements Function2<InputSplit, Iterator<Tuple2<LongWritable, Text>>, Iterator<Row>> {
    private final int maxLineBytes;

    JsonLinesSplit(int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public Iterator<Row> call(InputSplit split, Iterator<Tuple2<LongWritable, Text>> lines) {
        FileSplit file = (FileSplit) split;
        String name = file.getPath().toString();
        // line numbers are only known when the split starts at the start of its file
        boolean fromStart = file.getStart() == 0;
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        return new Iterator<>() {
            private long lineNo;
            private Row next;

            @Override
            public boolean hasNext() {
                while (next == null && lines.hasNext()) {
                    Tuple2<LongWritable, Text> t = lines.next();
                    lineNo++;
                    next = record(name, fromStart ? lineNo : null, t._1().get(), t._2(), utf8);
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row r = next;
                next = null;
                return r;
            }
        };
    }

    /** The record of one line, or null for a blank line. */
    private Row record(String file, Long line, long offset, Text text, CharsetDecoder utf8) {
        if (text.getLength() > maxLineBytes) {
            return InputRecords.problem(file, line, offset, "line longer than " + maxLineBytes + " bytes ("
                    + text.getLength() + " bytes)");
        }
        String s;
        try {
            s = utf8.reset().decode(ByteBuffer.wrap(text.getBytes(), 0, text.getLength())).toString();
        } catch (CharacterCodingException e) {
            return InputRecords.problem(file, line, offset, "invalid UTF-8");
        }
        if (offset == 0 && s.startsWith("\uFEFF")) {
            s = s.substring(1); // a byte-order mark at the start of the file
        }
        if (s.isBlank()) {
            return null;
        }
        return InputRecords.json(file, line, offset, s);
    }
}
