package org.marsad.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Marsad's reviewed data files: UTF-8, one entry a line, TAB-separated columns, {@code #} comments.
 * A malformed line is an error that names the file and line: a dictionary that loads half is worse than none.
 */
public final class TsvFile {
    /**
     * Runs of white space, the separator of a name's words: compiled once ({@code String.split("\\s+")} compiles its
     * pattern on every call; a one-character literal is the only split the JDK does without one).
     */
    public static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private TsvFile() {
    }

    /** One data line: its columns and where it came from. */
    public record Row(String file, int line, String[] cols) {
        public String col(int i) {
            return i < cols.length ? cols[i].strip() : "";
        }

        /** The column, or null when it is empty or {@code -}. */
        public String opt(int i) {
            String s = col(i);
            return s.isEmpty() || s.equals("-") ? null : s;
        }

        public IllegalStateException error(String message) {
            return new IllegalStateException(file + ":" + line + ": " + message);
        }
    }

    /** Reads a classpath resource; returns no rows when it is absent and {@code required} is false. */
    public static List<Row> read(String resource, int minColumns, boolean required) {
        InputStream in = TsvFile.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            if (required) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < minColumns) {
                    throw new IllegalStateException(resource + ":" + no + ": expected " + minColumns
                            + " TAB-separated columns, found " + cols.length);
                }
                rows.add(new Row(resource, no, cols));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Splits a {@code |}-separated list of names, dropping empty items. */
    public static List<String> names(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        for (String n : s.split("\\|")) {
            String t = n.strip();
            if (!t.isEmpty() && !t.equals("-")) {
                out.add(t);
            }
        }
        return out;
    }
}
