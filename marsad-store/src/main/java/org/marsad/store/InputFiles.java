package org.marsad.store;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.helper.DataUtil;
import org.marsad.io.ArticleReader;
import org.marsad.io.ArticleSink;
import org.marsad.io.GzipInput;
import org.marsad.io.InputProblem;
import org.marsad.model.Article;

/**
 * Everything {@code marsad ingest} reads: what {@link ArticleReader} reads (JSON Lines, a single JSON article,
 * text files, gzip of these) plus saved HTML pages ({@link HtmlArticle}). Directories are walked recursively
 * in name order; a file in them that is none of these is reported, never silently dropped (hidden files
 * excepted).
 */
public final class InputFiles {
    static final String NOT_AN_ARTICLE_FILE =
            "not an article file (.jsonl, .ndjson, .json, .txt, .html, .htm, .rss, .atom, .xml, or .gz of these): skipped";

    private final ArticleReader reader;
    private final int maxBytes;

    public InputFiles() {
        this(ArticleReader.MAX_LINE_BYTES);
    }

    /** @param maxBytes the largest line (JSON Lines) or file (text, HTML) accepted */
    public InputFiles(int maxBytes) {
        this.reader = new ArticleReader(maxBytes);
        this.maxBytes = maxBytes;
    }

    public void read(List<Path> paths, ArticleSink sink) {
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> files = new ArrayList<>();
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    sink.problem(new InputProblem(p.toString(), 0, "cannot list directory: " + e.getMessage()));
                }
                for (Path f : files) {
                    if (kind(f) == Kind.OTHER) {
                        sink.problem(new InputProblem(f.toString(), 0, NOT_AN_ARTICLE_FILE));
                    } else {
                        readFile(f, sink);
                    }
                }
            } else {
                readFile(p, sink);
            }
        }
    }

    /** Reads JSON Lines from a stream (standard input). */
    public void readJsonLines(InputStream in, String name, ArticleSink sink) throws IOException {
        reader.readJsonLines(in, name, sink);
    }

    enum Kind { ARTICLES, HTML, FEED, OTHER }

    static Kind kind(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return Kind.HTML;
        }
        if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml")) {
            return Kind.FEED;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json") || n.endsWith(".txt")) {
            return Kind.ARTICLES;
        }
        return Kind.OTHER;
    }

    /**
     * One file; a file named explicitly with an unknown extension is read as JSON Lines, as {@code marsad code}
     * does. A file that gives neither an article nor a problem (an empty JSON Lines file) is reported too.
     */
    public void readFile(Path f, ArticleSink sink) {
        long[] seen = {0};
        ArticleSink counting = new ArticleSink() {
            @Override
            public void article(Article article, String file, long line) {
                seen[0]++;
                sink.article(article, file, line);
            }

            @Override
            public void problem(InputProblem problem) {
                seen[0]++;
                sink.problem(problem);
            }
        };
        Kind kind = kind(f);
        if (kind == Kind.HTML || kind == Kind.FEED) {
            readMarkup(f, kind, counting);
        } else {
            reader.readFile(f, counting);
        }
        if (seen[0] == 0) {
            sink.problem(new InputProblem(f.toString(), 0, "no articles in the file (empty?): skipped"));
        }
    }

    /** A saved page or feed: read whole (within the size limit), then parsed. */
    private void readMarkup(Path f, Kind kind, ArticleSink sink) {
        String name = f.toString();
        if (!Files.isRegularFile(f)) {
            sink.problem(new InputProblem(name, 0, Files.exists(f) ? "not a regular file" : "no such file"));
            return;
        }
        byte[] bytes;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(f));
             InputStream in = name.toLowerCase(Locale.ROOT).endsWith(".gz") ? GzipInput.open(raw) : raw) {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            sink.problem(new InputProblem(name, 0, "read failed: " + e.getMessage()));
            return;
        }
        if (bytes.length > maxBytes) {
            sink.problem(new InputProblem(name, 0, "file larger than " + maxBytes / (1024 * 1024) + " MiB: skipped"));
            return;
        }
        if (looksBinary(bytes)) {
            sink.problem(new InputProblem(name, 0, "binary data, not " + (kind == Kind.FEED ? "a feed" : "an HTML page")
                    + ": skipped"));
            return;
        }
        if (kind == Kind.FEED) {
            FeedArticles.read(bytes, name, sink);
            return;
        }
        try {
            // jsoup finds the charset the page declares; UTF-8 when it declares none
            sink.article(HtmlArticle.of(DataUtil.load(new ByteArrayInputStream(bytes), null, "")), name, 0);
        } catch (IOException | IllegalArgumentException e) {
            sink.problem(new InputProblem(name, 0, e.getMessage() + ": skipped"));
        }
    }

    /** NUL bytes do not occur in HTML text in any encoding a news page uses (UTF-16 pages aside). */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return !(n >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)));
            }
        }
        return false;
    }
}
