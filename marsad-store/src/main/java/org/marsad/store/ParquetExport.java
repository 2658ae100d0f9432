package org.marsad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes stored events as a Parquet file: the columns of the GDELT export ({@link Exporter#GDELT_COLUMNS}, provenance
 * included) with Parquet types, so that SQLDATE is a DATE, DATEADDED a TIMESTAMP, counts and offsets integers,
 * Goldstein, confidence and coordinates doubles, Negated a boolean; CAMEO codes stay strings (057 keeps its 0).
 *
 * <p>The Parquet writer is DuckDB's, in process: events are appended to a table of a temporary DuckDB file
 * (DuckDB keeps at most {@value #MEMORY_LIMIT} of it in memory, none in the Java heap), then copied to
 * Parquet. The file is written beside {@code out} under a temporary name and moved into place at the end, so a
 * failed export leaves an earlier file of that name as it was.
 */
public final class ParquetExport {
    /** DuckDB's memory for the working table; beyond it, DuckDB spills to its file. */
    static final String MEMORY_LIMIT = "256MB";

    /** The Parquet (DuckDB) type of each GDELT column; a column not named here is a string. */
    static final Map<String, String> TYPES = types(
            "GlobalEventID BIGINT", "SQLDATE DATE", "MonthYear INTEGER", "Year INTEGER", "FractionDate DOUBLE",
            "IsRootEvent INTEGER", "QuadClass INTEGER", "GoldsteinScale DOUBLE", "NumMentions INTEGER",
            "NumSources INTEGER", "NumArticles INTEGER", "ActionGeo_Type INTEGER", "ActionGeo_Lat DOUBLE",
            "ActionGeo_Long DOUBLE", "DATEADDED TIMESTAMP", "EvidenceStart INTEGER", "EvidenceEnd INTEGER",
            "Confidence DOUBLE", "Negated BOOLEAN", "StoryID BIGINT");

    private static final DateTimeFormatter DATEADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    private ParquetExport() {
    }

    private static Map<String, String> types(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String p : pairs) {
            String[] kv = p.split(" ");
            m.put(kv[0], kv[1]);
        }
        return m;
    }

    static String type(String column) {
        return TYPES.getOrDefault(column, "VARCHAR");
    }

    /** Writes the events that pass {@code filter} to {@code out}; returns how many. */
    public static long write(Store store, Filter filter, Path out) throws IOException {
        Path part = partFile(out);
        Path work = null;
        boolean done = false;
        try {
            work = Files.createTempDirectory("marsad-parquet-");
            long n;
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + work.resolve("events.duckdb"));
                 Statement s = c.createStatement()) {
                s.execute("SET memory_limit = '" + MEMORY_LIMIT + "'");
                s.execute("SET temp_directory = '" + quoted(work) + "'");
                StringBuilder create = new StringBuilder("CREATE TABLE events (");
                for (String col : Exporter.GDELT_COLUMNS) {
                    create.append(create.charAt(create.length() - 1) == '(' ? "" : ", ")
                            .append('"').append(col).append("\" ").append(type(col));
                }
                s.execute(create.append(')').toString());
                n = append(store, filter, c.unwrap(DuckDBConnection.class));
                s.execute("COPY events TO '" + quoted(part) + "' (FORMAT parquet, COMPRESSION zstd)");
            }
            Files.move(part, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            done = true;
            return n;
        } catch (SQLException e) {
            throw new IOException("writing Parquet file " + out + " failed: " + e.getMessage(), e);
        } finally {
            if (!done) {
                Files.deleteIfExists(part);
            }
            deleteTree(work);
        }
    }

    private static long append(Store store, Filter filter, DuckDBConnection c) throws SQLException {
        long[] n = {0};
        try (DuckDBAppender app = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events")) {
            store.events(filter, row -> {
                try {
                    app.beginRow();
                    Map<String, Object> values = Exporter.gdelt(row);
                    for (String col : Exporter.GDELT_COLUMNS) {
                        append(app, type(col), values.get(col));
                    }
                    app.endRow();
                    n[0]++;
                } catch (SQLException e) {
                    throw new StoreException("appending event " + row.eid() + " to the Parquet table", e);
                }
            });
        }
        return n[0];
    }

    /** One value of the GDELT export (a number, a string, or null) as its column's type. */
    private static void append(DuckDBAppender app, String type, Object v) throws SQLException {
        if (v == null) {
            app.appendNull();
            return;
        }
        switch (type) {
            // MonthYear and FractionDate come as the digits GDELT's text files hold
            case "BIGINT" -> app.append(v instanceof Number x ? x.longValue() : Long.parseLong(v.toString()));
            case "INTEGER" -> app.append(v instanceof Number x ? x.intValue() : Integer.parseInt(v.toString()));
            case "DOUBLE" -> app.append(v instanceof Number x ? x.doubleValue() : Double.parseDouble(v.toString()));
            case "BOOLEAN" -> app.append(((Number) v).intValue() != 0);
            case "DATE" -> app.append(LocalDate.parse(v.toString(), DateTimeFormatter.BASIC_ISO_DATE));
            case "TIMESTAMP" -> app.append(LocalDateTime.parse(v.toString(), DATEADDED));
            default -> app.append(v.toString());
        }
    }

    /**
     * A new empty file beside {@code out}, where DuckDB writes before the file is moved into place: creating it
     * is also the check that {@code out} can be written, made before anything is read.
     */
    private static Path partFile(Path out) throws IOException {
        Path abs = out.toAbsolutePath();
        Path dir = abs.getParent();
        if (Files.isDirectory(abs)) {
            throw new IOException("cannot write " + out + ": it is a directory");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("cannot write " + out + ": directory " + dir + " does not exist");
        }
        try {
            return Files.createTempFile(dir, "." + abs.getFileName() + ".", ".part");
        } catch (AccessDeniedException e) {
            throw new IOException("cannot write " + out + ": permission denied in " + dir, e);
        } catch (NoSuchFileException e) {
            throw new IOException("cannot write " + out + ": directory " + dir + " does not exist", e);
        } catch (FileSystemException e) {
            throw new IOException("cannot write " + out + ": " + (e.getReason() != null ? e.getReason() : e.getMessage()), e);
        }
    }

    /** A path inside a single-quoted SQL string (a path chosen by the user, never article text). */
    private static String quoted(Path p) {
        return p.toAbsolutePath().toString().replace("'", "''");
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a working file left in the temporary directory is not worth failing an export that succeeded
        }
    }
}
