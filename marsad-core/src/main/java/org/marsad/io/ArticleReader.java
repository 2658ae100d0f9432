package org.marsad.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.marsad.model.Article;

/**
 * Reads articles from files, directories and streams, reporting every problem with its file and
 * line and going on: one bad article never stops a batch.
 *
 * <ul>
 *   <li>{@code .jsonl} / {@code .ndjson} (optionally {@code .gz}): one JSON article per line;</li>
 *   <li>{@code .json}: one JSON object (a single article), or JSON Lines if it has several lines of objects;</li>
 *   <li>{@code .txt}: the whole file is one article's text; the id is derived from the content;</li>
 *   <li>a directory: every such file in it, recursively, in name order.</li>
 * </ul>
 * Lines longer than {@link #MAX_LINE_BYTES} are skipped (and reported) without being held in memory.
 * Bytes that are not valid UTF-8 are reported, never silently replaced.
 */
public final class ArticleReader {
    public static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    private final int maxLineBytes;

    public ArticleReader() {
        this(MAX_LINE_BYTES);
    }

    public ArticleReader(int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * The first {@code limit} articles of {@code file} (everything {@link #read} reads), held in memory for
     * measurements (bench, load fixtures); bad records are left out.
     */
    public static List<Article> readFirst(Path file, int limit) {
        List<Article> articles = new ArrayList<>();
        new ArticleReader().read(List.of(file), new ArticleSink() {
            @Override
            public void article(Article a, String f, long line) {
                if (articles.size() < limit) {
                    articles.add(a);
                }
            }

            @Override
            public void problem(InputProblem p) {
            }
        });
        return articles;
    }

    /** Reads every path (file or directory) in order. A path that cannot be read is a problem, not a failure. */
    public void read(List<Path> paths, ArticleSink sink) {
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> files = new ArrayList<>();
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile).sorted().forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    sink.problem(new InputProblem(p.toString(), 0, "cannot list directory: " + e.getMessage()));
                }
                for (Path f : files) {
                    readFile(f, sink);
                }
            } else {
                readFile(p, sink);
            }
        }
    }

    static boolean isArticleFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json") || n.endsWith(".txt");
    }

    public void readFile(Path file, ArticleSink sink) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            sink.problem(new InputProblem(name, 0, Files.exists(file) ? "not a regular file" : "no such file"));
            return;
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        boolean gz = lower.endsWith(".gz");
        String base = gz ? lower.substring(0, lower.length() - 3) : lower;
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = gz ? GzipInput.open(new BufferedInputStream(raw, 1 << 16))
                     : new BufferedInputStream(raw, 1 << 16)) {
            if (base.endsWith(".txt")) {
                readText(in, name, sink);
            } else {
                readJsonLines(in, name, sink);
            }
        } catch (IOException e) {
            sink.problem(new InputProblem(name, 0, "read failed: " + e.getMessage()));
        }
    }

    /** Reads JSON Lines; a file holding one pretty-printed JSON object is accepted too. */
    public void readJsonLines(InputStream in, String name, ArticleSink sink) throws IOException {
        LineReader lines = new LineReader(in, maxLineBytes);
        List<String> pending = null; // lines of a multi-line JSON object
        long pendingStart = 0;
        long pendingBytes = 0;
        long lineNo = 0;
        LineReader.Line line;
        while ((line = lines.next()) != null) {
            lineNo++;
            if (line.tooLong()) {
                sink.problem(new InputProblem(name, lineNo, "line longer than " + maxLineBytes / (1024 * 1024)
                        + " MiB (" + line.length() + " bytes): skipped"));
                continue;
            }
            String s;
            try {
                s = decode(line.bytes());
            } catch (CharacterCodingException e) {
                sink.problem(new InputProblem(name, lineNo, "invalid UTF-8: skipped"));
                continue;
            }
            if (pending != null && s.startsWith("{") && tryParse(s.strip()) != null) {
                // a complete object on its own line: the pending "object" was a broken line after all
                sink.problem(new InputProblem(name, pendingStart, "malformed JSON: object never closed"));
                pending = null;
            }
            if (pending != null) {
                pending.add(s);
                pendingBytes += s.length();
                if (pendingBytes > maxLineBytes) {
                    sink.problem(new InputProblem(name, pendingStart, "malformed JSON: object never closed"));
                    pending = null;
                    continue;
                }
                String joined = String.join("\n", pending);
                JsonNode node = tryParse(joined);
                if (node != null) {
                    emit(node, name, pendingStart, sink);
                    pending = null;
                }
                continue;
            }
            String trimmed = s.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (lineNo == 1 && trimmed.charAt(0) == '\uFEFF') {
                trimmed = trimmed.substring(1);
            }
            try {
                JsonNode node = ArticleJson.MAPPER.readTree(trimmed);
                emit(node, name, lineNo, sink);
            } catch (JsonProcessingException e) {
                if (trimmed.equals("{")) {
                    pending = new ArrayList<>(List.of(trimmed)); // the start of a pretty-printed object
                    pendingStart = lineNo;
                    pendingBytes = 1;
                } else {
                    sink.problem(new InputProblem(name, lineNo, "malformed JSON: " + shortMessage(e)));
                }
            }
        }
        if (pending != null) {
            sink.problem(new InputProblem(name, pendingStart, "malformed JSON: object never closed"));
        }
    }

    private static JsonNode tryParse(String s) {
        try {
            return ArticleJson.MAPPER.readTree(s);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static void emit(JsonNode node, String name, long lineNo, ArticleSink sink) {
        try {
            Article a = ArticleJson.fromJson(node);
            sink.article(a, name, lineNo);
        } catch (IllegalArgumentException e) {
            sink.problem(new InputProblem(name, lineNo, e.getMessage()));
        }
    }

    private void readText(InputStream in, String name, ArticleSink sink) throws IOException {
        byte[] bytes = in.readNBytes(maxLineBytes + 1);
        if (bytes.length > maxLineBytes) {
            sink.problem(new InputProblem(name, 0, "file larger than " + maxLineBytes / (1024 * 1024) + " MiB: skipped"));
            return;
        }
        String text;
        try {
            text = decode(bytes);
        } catch (CharacterCodingException e) {
            sink.problem(new InputProblem(name, 0, "invalid UTF-8: skipped"));
            return;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (Article.hasNoText(text)) {
            sink.problem(new InputProblem(name, 0, "empty file: skipped"));
            return;
        }
        if (Article.tooLong(text) != null) {
            sink.problem(new InputProblem(name, 0, Article.tooLong(text) + ": skipped"));
            return;
        }
        sink.article(new Article(null, null, null, null, null, text), name, 0);
    }

    static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static String shortMessage(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        return m == null ? "unreadable" : ArticleJson.abbreviate(m.replace('\n', ' '));
    }

    /** Splits a byte stream into lines, never holding more than {@code max} bytes of one line. */
    static final class LineReader {
        record Line(byte[] bytes, long length, boolean tooLong) {
        }

        private final InputStream in;
        private final int max;
        private final byte[] buf = new byte[1 << 16];
        private int pos;
        private int lim;
        private boolean eof;

        LineReader(InputStream in, int max) {
            this.in = in;
            this.max = max;
        }

        Line next() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream(256);
            long length = 0;
            boolean any = false;
            while (true) {
                if (pos == lim) {
                    if (eof) {
                        break;
                    }
                    lim = in.read(buf);
                    pos = 0;
                    if (lim <= 0) {
                        lim = 0;
                        eof = true;
                        break;
                    }
                }
                any = true;
                int start = pos;
                while (pos < lim && buf[pos] != '\n') {
                    pos++;
                }
                int len = pos - start;
                if (length + len <= max) {
                    line.write(buf, start, len);
                }
                length += len;
                if (pos < lim) {
                    pos++; // the newline
                    break;
                }
            }
            if (!any && length == 0) {
                return null;
            }
            boolean tooLong = length > max;
            byte[] bytes = tooLong ? new byte[0] : line.toByteArray();
            if (!tooLong && bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
                bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
            }
            return new Line(bytes, length, tooLong);
        }
    }
}
