package org.marsad.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.helper.DataUtil;
import org.marsad.io.ArticleSink;
import org.marsad.io.InputProblem;

/**
 * The inputs of {@code marsad ingest}, in the order given: files, directories, {@code http(s)://} URLs
 * (an RSS or Atom feed, or a news page) and standard input ({@code -}).
 *
 * <p>With a {@link Watch}, a read takes only what changed since the last one: files whose size or time
 * changed and then stayed the same for one round (so a file still being written is not read half-way),
 * and feeds the server says changed (ETag, Last-Modified) and whose body did change.
 */
public final class Inputs {
    sealed interface Input permits FileInput, UrlInput, StdinInput {
    }

    record FileInput(Path path) implements Input {
    }

    record UrlInput(URI uri) implements Input {
    }

    record StdinInput() implements Input {
    }

    private static final String USER_AGENT = "marsad/0.1 (Arabic news event coder)";

    /** The longest a URL may take to deliver its whole body: a server trickling bytes for ever is cut off. */
    public static final Duration FETCH_TIMEOUT = Duration.ofSeconds(120);

    private final List<Input> inputs;
    private final InputFiles files;
    private final int maxBytes;
    private final Duration fetchTimeout;
    private HttpClient http;

    private Inputs(List<Input> inputs, int maxBytes, Duration fetchTimeout) {
        this.inputs = List.copyOf(inputs);
        this.files = new InputFiles(maxBytes);
        this.maxBytes = maxBytes;
        this.fetchTimeout = fetchTimeout;
    }

    /**
     * @throws IllegalArgumentException for a URL that is not one
     */
    public static Inputs of(List<String> args, int maxBytes) {
        return of(args, maxBytes, FETCH_TIMEOUT);
    }

    /**
     * @param maxBytes     the largest file, line or response body accepted
     * @param fetchTimeout the longest a URL may take, from the request to the last byte of its body
     * @throws IllegalArgumentException for a URL that is not one
     */
    public static Inputs of(List<String> args, int maxBytes, Duration fetchTimeout) {
        List<Input> inputs = new ArrayList<>();
        for (String a : args) {
            String lower = a.toLowerCase(Locale.ROOT);
            if (a.equals("-")) {
                inputs.add(new StdinInput());
            } else if (lower.startsWith("http://") || lower.startsWith("https://")) {
                try {
                    inputs.add(new UrlInput(URI.create(a)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("not a URL: " + a, e);
                }
            } else {
                inputs.add(new FileInput(Path.of(a)));
            }
        }
        return new Inputs(inputs, maxBytes, fetchTimeout);
    }

    public boolean hasStdin() {
        return inputs.stream().anyMatch(i -> i instanceof StdinInput);
    }

    /** What watching has seen of the inputs; one per watch loop. */
    public static final class Watch {
        private record Stamp(long size, long modified) {
        }

        private record FileState(Stamp seen, Stamp read) {
        }

        private record FeedState(String etag, String lastModified, String bodyHash) {
        }

        private final Map<Path, FileState> files = new HashMap<>();
        private final Map<URI, FeedState> feeds = new HashMap<>();
        private boolean first = true;

        /** True when the file should be read now; remembers what was seen. */
        boolean take(Path f) {
            Stamp now;
            try {
                now = new Stamp(Files.size(f), Files.getLastModifiedTime(f).toMillis());
            } catch (IOException e) {
                return first; // vanished: report it only on the first round
            }
            FileState s = files.get(f);
            if (first) {
                files.put(f, new FileState(now, now));
                return true;
            }
            if (s == null || !now.equals(s.seen())) {
                files.put(f, new FileState(now, s == null ? null : s.read())); // new or still changing
                return false;
            }
            if (now.equals(s.read())) {
                return false;
            }
            files.put(f, new FileState(now, now));
            return true;
        }
    }

    /** Reads every input (with {@code watch}: only what changed) into {@code sink}. */
    public void read(ArticleSink sink, Watch watch, InputStream stdin) throws IOException {
        for (Input in : inputs) {
            if (in instanceof FileInput f) {
                readPath(f.path(), sink, watch);
            } else if (in instanceof UrlInput u) {
                readUrl(u.uri(), sink, watch);
            } else if (watch == null || watch.first) {
                files.readJsonLines(stdin, "<stdin>", sink);
            }
        }
        if (watch != null) {
            watch.first = false;
        }
    }

    private void readPath(Path p, ArticleSink sink, Watch watch) {
        if (!Files.isDirectory(p)) {
            if (watch == null || watch.take(p)) {
                files.readFile(p, sink);
            }
            return;
        }
        List<Path> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(p)) {
            walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().forEach(found::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            sink.problem(new InputProblem(p.toString(), 0, "cannot list directory: " + e.getMessage()));
            return;
        }
        for (Path f : found) {
            if (watch != null && !watch.take(f)) {
                continue;
            }
            if (InputFiles.kind(f) == InputFiles.Kind.OTHER) {
                sink.problem(new InputProblem(f.toString(), 0, InputFiles.NOT_AN_ARTICLE_FILE));
            } else {
                files.readFile(f, sink);
            }
        }
    }

    private void readUrl(URI uri, ArticleSink sink, Watch watch) {
        String name = uri.toString();
        Watch.FeedState before = watch == null ? null : watch.feeds.get(uri);
        HttpRequest.Builder req = HttpRequest.newBuilder(uri).timeout(fetchTimeout)
                .header("User-Agent", USER_AGENT);
        if (before != null && before.etag() != null) {
            req.header("If-None-Match", before.etag());
        }
        if (before != null && before.lastModified() != null) {
            req.header("If-Modified-Since", before.lastModified());
        }
        HttpResponse<byte[]> resp;
        java.util.concurrent.CompletableFuture<HttpResponse<byte[]>> pending =
                client().sendAsync(req.build(), info -> new CappedBody(maxBytes + 1));
        try {
            // the request timeout only covers the headers: this deadline covers the body too
            resp = pending.get(fetchTimeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            pending.cancel(true);
            sink.problem(new InputProblem(name, 0, "no complete response within " + fetchTimeout.toSeconds()
                    + " s: skipped"));
            return;
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            sink.problem(new InputProblem(name, 0, "cannot fetch (" + cause.getMessage() + "): skipped"));
            return;
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            return;
        }
        byte[] body = resp.body();
        if (resp.statusCode() == 304) {
            return; // not modified since the last round
        }
        if (resp.statusCode() != 200) {
            sink.problem(new InputProblem(name, 0, "HTTP status " + resp.statusCode() + ": skipped"));
            return;
        }
        if (body.length > maxBytes) {
            sink.problem(new InputProblem(name, 0, "larger than " + maxBytes / (1024 * 1024) + " MiB: skipped"));
            return;
        }
        if (watch != null) {
            String hash = Fingerprint.sha256(new String(body, java.nio.charset.StandardCharsets.ISO_8859_1));
            watch.feeds.put(uri, new Watch.FeedState(resp.headers().firstValue("ETag").orElse(null),
                    resp.headers().firstValue("Last-Modified").orElse(null), hash));
            if (before != null && hash.equals(before.bodyHash())) {
                return; // the server does not do validators, but nothing changed
            }
        }
        String type = resp.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (isFeed(type, body)) {
            FeedArticles.read(body, name, sink);
        } else {
            try {
                sink.article(HtmlArticle.of(DataUtil.load(new java.io.ByteArrayInputStream(body), null, name)), name, 0);
            } catch (IOException | IllegalArgumentException e) {
                sink.problem(new InputProblem(name, 0, e.getMessage() + ": skipped"));
            }
        }
    }

    /** A feed by its content type, or (servers often say text/xml or nothing useful) by how it starts. */
    static boolean isFeed(String contentType, byte[] body) {
        if (contentType.contains("rss") || contentType.contains("atom")) {
            return true;
        }
        if (contentType.contains("html")) {
            return false;
        }
        String head = new String(body, 0, Math.min(body.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
    }

    private synchronized HttpClient client() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        return http;
    }
}
