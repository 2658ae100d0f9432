package org.marsad.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated data files of docs/DICTIONARIES.md: {@code #} comments, blank lines skipped. */
final class Tsv {
    /** A data line with its place, so that a bad entry can be reported where it is. */
    record Row(String file, int line, String[] columns) {
        String where() {
            return file + ":" + line;
        }
    }

    private Tsv() {
    }

    /** The rows of classpath resource {@code marsad/time/<name>}, each with exactly {@code columns} columns. */
    static List<Row> read(String name, int columns) {
        String path = "/marsad/time/" + name;
        try (InputStream in = Tsv.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != columns) {
                    throw new IllegalStateException(name + ":" + number + ": expected " + columns
                            + " tab-separated columns, found " + cols.length);
                }
                for (int i = 0; i < cols.length; i++) {
                    cols[i] = cols[i].strip();
                }
                rows.add(new Row(name, number, cols));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
