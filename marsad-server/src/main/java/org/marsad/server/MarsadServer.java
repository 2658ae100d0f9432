package org.marsad.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.marsad.Pipeline;
import org.marsad.codebook.Codebook;
import org.marsad.io.ArticleJson;
import org.marsad.io.InputProblem;
import org.marsad.model.Article;
import org.marsad.model.CodedArticle;
import org.marsad.store.Added;
import org.marsad.store.Counts;
import org.marsad.store.EventKey;
import org.marsad.store.EventRow;
import org.marsad.store.EventSort;
import org.marsad.store.Exporter;
import org.marsad.store.Filter;
import org.marsad.store.FullText;
import org.marsad.store.Ingester;
import org.marsad.store.Page;
import org.marsad.store.SearchHit;
import org.marsad.store.SourceRecord;
import org.marsad.store.Store;

/**
 * {@code marsad serve}: the REST/JSON API under {@code /api/} and the web UI (static files from the jar).
 *
 * <p>The store holds one connection and is used by one thread at a time, so requests take turns on it
 * (SQLite in WAL mode still lets an ingest in another process write meanwhile). Write endpoints exist only
 * when the server was given a token, and answer only requests that carry it.
 */
public final class MarsadServer implements AutoCloseable {
    /** Largest request body accepted (an article posted to /api/articles). */
    public static final long MAX_REQUEST_BYTES = 4L * 1024 * 1024;
    static final String CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Cross-Origin-Opener-Policy", "same-origin");

    private final Store store;
    /** Extra connections for the busiest read endpoints, so that requests are not queued behind each other; may be empty. */
    private final java.util.concurrent.BlockingQueue<Store> readers;
    private final boolean hasReaders;
    private final Pipeline pipeline;
    private final byte[] tokenHash;
    private final Json json;
    private final Javalin app;

    public enum Interval { DAY, WEEK, MONTH }

    /** @param token the bearer token of the write endpoints; null or blank leaves them off */
    public MarsadServer(Store store, Pipeline pipeline, String token) {
        this(store, List.of(), pipeline, token);
    }

    /**
     * @param readers more connections to the same database (opened by the caller, closed by {@link #close()}):
     *                event queries and dyad series run on them, one request on each at a time, in parallel
     */
    public MarsadServer(Store store, List<Store> readers, Pipeline pipeline, String token) {
        this.store = store;
        this.readers = new java.util.concurrent.ArrayBlockingQueue<>(Math.max(1, readers.size()), false, readers);
        this.hasReaders = !readers.isEmpty();
        this.pipeline = pipeline;
        this.tokenHash = token == null || token.isBlank() ? null : sha256(token);
        this.json = new Json(Codebook.load());
        this.app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.maxRequestSize = MAX_REQUEST_BYTES;
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/marsad/web";
                sf.location = Location.CLASSPATH;
                sf.headers = SECURITY_HEADERS;
            });
        });
        routes();
    }

    /** How long a connection may stay silent (a client that stalls mid-request, or keeps a socket for nothing). */
    public static final java.time.Duration IDLE_TIMEOUT = java.time.Duration.ofSeconds(30);

    public MarsadServer start(String host, int port) {
        return start(host, port, IDLE_TIMEOUT);
    }

    /** Starts serving; a connection silent for {@code idleTimeout} is closed. */
    public MarsadServer start(String host, int port, java.time.Duration idleTimeout) {
        app.start(host, port);
        for (org.eclipse.jetty.server.Connector c : app.jettyServer().server().getConnectors()) {
            if (c instanceof org.eclipse.jetty.server.AbstractConnector connector) {
                connector.setIdleTimeout(idleTimeout.toMillis());
            }
        }
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        for (Store r : readers) {
            r.close();
        }
    }

    private void routes() {
        app.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
        app.exception(BadRequest.class, (e, ctx) -> ctx.status(400).json(Json.error(400, e.getMessage())));
        app.exception(HttpResponseException.class, (e, ctx) ->
                ctx.status(e.getStatus()).json(Json.error(e.getStatus(), e.getMessage())));
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("marsad serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
            ctx.status(500).json(Json.error(500, "internal error (see the server's log)"));
        });
        app.error(404, ctx -> {
            String r = ctx.result();
            if (r == null || !r.startsWith("{")) {
                ctx.json(Json.error(404, "not found: " + Params.abbreviate(ctx.path())));
            }
        });
        app.error(405, ctx -> ctx.json(Json.error(405, "method not allowed")));

        app.get("/health", ctx -> ctx.json(Map.of("status", "ok", "coder_version", Pipeline.CODER_VERSION,
                "schema_version", locked(store::schemaVersion), "writes", tokenHash != null)));
        app.get("/api", ctx -> page(ctx, "/marsad/web/api.html"));
        app.get("/openapi.json", ctx -> {
            ctx.contentType("application/json");
            ctx.result(resource("/marsad/web/openapi.json"));
        });
        app.get("/api/stats", ctx -> ctx.json(Json.stats(locked(store::stats))));
        app.get("/api/events", this::events);
        app.get("/api/export", this::export);
        app.get("/api/articles", this::articles);
        app.get("/api/articles/<id>", this::article); // <id>: ids may hold a slash
        app.get("/api/actors", this::actors);
        app.get("/api/actors/{code}", this::actor);
        app.get("/api/dyads/{a}/{b}", this::dyad);
        app.get("/api/network", this::network);
        app.get("/api/places", this::places);
        app.get("/api/search", this::search);
        app.post("/api/articles", this::ingest);
        app.post("/api/recode", this::recode);
        app.get("/api/alerts", this::alerts);
        app.post("/api/alerts/{id}/read", this::markRead);
        app.get("/alerts.atom", this::alertsAtom);
    }

    // --- helpers -------------------------------------------------------------------------------------

    private interface StoreWork<T> {
        T run();
    }

    /** Read-only work: on a free reader connection when there are readers, else on the store. */
    private <T> T reading(java.util.function.Function<Store, T> work) {
        if (!hasReaders) {
            return locked(() -> work.apply(store));
        }
        Store r;
        try {
            r = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a database connection", e);
        }
        try {
            return work.apply(r);
        } finally {
            readers.add(r);
        }
    }

    /** The store is used by one request at a time. */
    private <T> T locked(StoreWork<T> work) {
        synchronized (store) {
            return work.run();
        }
    }

    private static InputStream resource(String path) {
        InputStream in = MarsadServer.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + " is missing from the jar");
        }
        return in;
    }

    private static void page(Context ctx, String path) {
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(resource(path));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lets a write request through only with the server's token (compared in constant time, as hashes). */
    private void authorize(Context ctx) {
        if (tokenHash == null) {
            throw new HttpResponseException(403, "write endpoints are off: start marsad serve with --token (or MARSAD_TOKEN)");
        }
        String auth = ctx.header("Authorization");
        String given = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip() : "";
        if (!MessageDigest.isEqual(tokenHash, sha256(given))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new HttpResponseException(401, "a valid token is required (Authorization: Bearer TOKEN)");
        }
    }

    private Filter filter(Context ctx) {
        return Params.filter(ctx, pipeline::analyze);
    }

    private static ObjectNode paged(Page<?> p, int page, int size) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("total", p.total());
        o.put("total_capped", p.totalCapped());
        o.put("page", page);
        o.put("size", size);
        o.put("pages", (p.total() + size - 1) / size);
        return o;
    }

    /** Writes the page fields of {@link #paged} into the object {@code g} has open. */
    private static void writePaged(JsonGenerator g, Page<?> p, int page, int size) throws IOException {
        g.writeNumberField("total", p.total());
        g.writeBooleanField("total_capped", p.totalCapped());
        g.writeNumberField("page", page);
        g.writeNumberField("size", size);
        g.writeNumberField("pages", (p.total() + size - 1) / size);
    }

    // --- read endpoints --------------------------------------------------------------------------------

    private void events(Context ctx) {
        Filter f = filter(ctx);
        int page = Params.integer(ctx, "page", 1, 1, 1_000_000);
        int size = Params.integer(ctx, "size", 50, 1, 500);
        EventSort sort;
        try {
            sort = EventSort.parse(ctx.queryParam("sort"));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("parameter 'sort' " + e.getMessage().substring("sort ".length()));
        }
        Page<EventRow> p = reading(s -> s.eventPage(f, sort, (page - 1) * size, size));
        streamJson(ctx, g -> {
            writePaged(g, p, page, size);
            g.writeArrayFieldStart("items");
            for (EventRow r : p.items()) {
                json.writeRow(g, r);
            }
            g.writeEndArray();
        });
    }

    private interface ObjectFields {
        void write(JsonGenerator g) throws IOException;
    }

    /**
     * Answers with one JSON object whose fields {@code fields} writes, streamed by Jackson straight to UTF-8 bytes:
     * the event lists' answers are 50-300 KB of mostly Arabic text, which {@code ctx.json} would first build as a
     * String, and a tree of nodes per event is not needed to write them (BENCHMARKS.md, "Session 4").
     */
    private static void streamJson(Context ctx, ObjectFields fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a JSON answer", e);
        }
        ctx.contentType(io.javalin.http.ContentType.APPLICATION_JSON).result(out.toByteArray());
    }

    private void export(Context ctx) throws IOException {
        Exporter.Format format = Params.choice(ctx, "format", Exporter.Format.class, Exporter.Format.CSV);
        Filter f = filter(ctx);
        String ext = switch (format) {
            case GDELT -> "tsv";
            case CSV -> "csv";
            case JSONL -> "jsonl";
        };
        ctx.contentType(switch (format) {
            case GDELT -> "text/tab-separated-values; charset=utf-8";
            case CSV -> "text/csv; charset=utf-8";
            case JSONL -> "application/x-ndjson; charset=utf-8";
        });
        ctx.header("Content-Disposition", "attachment; filename=\"marsad-events." + ext + "\"");
        synchronized (store) {
            Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
            Exporter.write(store, f, format, w);
            w.flush();
        }
    }

    private void articles(Context ctx) {
        Filter f = filter(ctx);
        int page = Params.integer(ctx, "page", 1, 1, 1_000_000);
        int size = Params.integer(ctx, "size", 50, 1, 500);
        Page<Counts.Article> p = locked(() -> store.articlePage(f, (page - 1) * size, size));
        ObjectNode o = paged(p, page, size);
        ArrayNode items = o.putArray("items");
        p.items().forEach(a -> items.add(Json.articleSummary(a)));
        ctx.json(o);
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.length() > 300) {
            throw new BadRequest("article id is too long");
        }
        ObjectNode o = locked(() -> {
            Optional<CodedArticle> c = store.coded(id);
            if (c.isEmpty()) {
                return null;
            }
            return json.article(c.get(), store.sources(id), store.copiesOf(id));
        });
        if (o == null) {
            throw new HttpResponseException(404, "no article " + Params.abbreviate(id));
        }
        ctx.json(o);
    }

    private void actors(Context ctx) {
        Filter f = filter(ctx);
        int limit = Params.integer(ctx, "limit", 100, 1, 1000);
        List<Counts.Actor> actors = locked(() -> store.actorCounts(f, limit));
        ArrayNode arr = Json.MAPPER.createArrayNode();
        actors.forEach(a -> arr.add(Json.actor(a)));
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.set("items", arr);
        ctx.json(o);
    }

    private void actor(Context ctx) {
        String code = Params.actorValue("code", ctx.pathParam("code"));
        Filter f = filter(ctx);
        Filter mine = f.withDyad(null, null);
        mine = new Filter(code, null, null, mine.root(), mine.code(), mine.from(), mine.to(), mine.articleId(),
                mine.includeDuplicates(), mine.quad(), mine.place(), mine.outlet(), mine.text());
        Filter asSource = mine.withDyad(code, null);
        Filter asTarget = mine.withDyad(null, code);
        Filter all = mine;
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("code", code);
        locked(() -> {
            long events = store.eventPage(all, EventSort.DEFAULT, 0, 0).total();
            o.put("events", events);
            o.put("as_source", store.eventPage(asSource, EventSort.DEFAULT, 0, 0).total());
            o.put("as_target", store.eventPage(asTarget, EventSort.DEFAULT, 0, 0).total());
            List<Counts.Actor> codes = store.actorCounts(all, 1000);
            ArrayNode own = o.putArray("codes"); // the codes under this prefix (RUS: RUS, RUSGOV, RUSMIL)
            String name = null;
            double g = 0;
            long n = 0;
            for (Counts.Actor a : codes) {
                if (a.code().startsWith(code)) {
                    own.add(Json.actor(a));
                    name = name == null ? a.name() : name;
                }
            }
            for (Counts.Day d : store.dayCounts(all)) {
                g += d.goldsteinSum();
                n += d.events();
            }
            o.put("name", name);
            o.put("mean_goldstein", n == 0 ? 0 : Json.round(g / n));
            Map<String, long[]> partners = new LinkedHashMap<>();
            Map<String, double[]> gold = new LinkedHashMap<>();
            Map<String, String> names = new LinkedHashMap<>();
            for (Counts.Dyad d : store.dyadCounts(all, 10_000)) {
                boolean src = d.source().startsWith(code);
                String partner = src ? d.target() : d.source();
                String partnerName = src ? d.targetName() : d.sourceName();
                long[] c = partners.computeIfAbsent(partner, k -> new long[3]);
                c[0] += d.events();
                c[src ? 1 : 2] += d.events();
                gold.computeIfAbsent(partner, k -> new double[1])[0] += d.meanGoldstein() * d.events();
                names.putIfAbsent(partner, partnerName);
            }
            ArrayNode arr = o.putArray("partners");
            partners.entrySet().stream()
                    .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0])
                            .thenComparing(Map.Entry::getKey))
                    .limit(Params.integer(ctx, "limit", 20, 1, 1000))
                    .forEach(e -> {
                        ObjectNode p = arr.addObject();
                        p.put("code", e.getKey());
                        p.put("name", names.get(e.getKey()));
                        p.put("events", e.getValue()[0]);
                        p.put("to_partner", e.getValue()[1]);
                        p.put("from_partner", e.getValue()[2]);
                        p.put("mean_goldstein", Json.round(gold.get(e.getKey())[0] / e.getValue()[0]));
                    });
            return null;
        });
        ctx.json(o);
    }

    private void dyad(Context ctx) {
        String a = Params.actorValue("a", ctx.pathParam("a"));
        String b = Params.actorValue("b", ctx.pathParam("b"));
        Interval interval = Params.choice(ctx, "interval", Interval.class, Interval.MONTH);
        int limit = Params.integer(ctx, "limit", 200, 0, 1000);
        Filter f = filter(ctx);
        Filter ab = f.withDyad(a, b);
        Filter ba = f.withDyad(b, a);
        boolean same = a.equals(b);
        List<Counts.Day> days = new ArrayList<>();
        List<EventRow> rows = new ArrayList<>();
        long[] totals = new long[2];
        boolean[] capped = new boolean[1];
        reading(s -> {
            // each direction's first page, merged newest first and cut to the limit; only then are the events read
            // whole (half of them, when both directions are busy)
            List<EventKey> keys = new ArrayList<>();
            days.addAll(s.dayCounts(ab));
            Page<EventKey> p1 = s.eventKeys(ab, EventSort.DEFAULT, 0, limit);
            keys.addAll(p1.items());
            totals[0] = p1.total();
            capped[0] = p1.totalCapped();
            if (!same) {
                days.addAll(s.dayCounts(ba));
                Page<EventKey> p2 = s.eventKeys(ba, EventSort.DEFAULT, 0, limit);
                keys.addAll(p2.items());
                totals[1] = p2.total();
                capped[0] |= p2.totalCapped();
            }
            keys.sort(Comparator.comparing((EventKey k) -> k.day() == null ? "" : k.day()).reversed()
                    .thenComparing(EventKey::eid));
            rows.addAll(s.eventsById(keys.stream().limit(limit).map(EventKey::eid).toList()));
            return null;
        });
        streamJson(ctx, g -> {
            g.writeStringField("a", a);
            g.writeStringField("b", b);
            g.writeStringField("interval", interval.name().toLowerCase(Locale.ROOT));
            g.writeNumberField("a_to_b", totals[0]);
            g.writeNumberField("b_to_a", totals[1]);
            g.writeNumberField("total", totals[0] + totals[1]);
            g.writeBooleanField("total_capped", capped[0]);
            g.writeFieldName("series");
            writeSeries(g, days, interval);
            g.writeArrayFieldStart("events");
            for (EventRow r : rows) {
                json.writeRow(g, r);
            }
            g.writeEndArray();
        });
    }

    /** Writes day counts bucketed into periods, every period from the first to the last (empty ones too, up to 5000). */
    static void writeSeries(JsonGenerator g, List<Counts.Day> days, Interval interval) throws IOException {
        TreeMap<LocalDate, double[]> buckets = new TreeMap<>(); // q1..q4 counts, Goldstein sum
        for (Counts.Day d : days) {
            LocalDate day;
            try {
                day = LocalDate.parse(d.day());
            } catch (RuntimeException e) {
                continue;
            }
            double[] v = buckets.computeIfAbsent(start(day, interval), k -> new double[5]);
            if (d.quadClass() >= 1 && d.quadClass() <= 4) {
                v[d.quadClass() - 1] += d.events();
            }
            v[4] += d.goldsteinSum();
        }
        g.writeStartArray();
        if (!buckets.isEmpty()) {
            LocalDate last = buckets.lastKey();
            double[] empty = new double[5];
            int n = 0;
            for (LocalDate p = buckets.firstKey(); !p.isAfter(last) && n < 5000; p = next(p, interval), n++) {
                double[] v = buckets.getOrDefault(p, empty);
                long total = (long) (v[0] + v[1] + v[2] + v[3]);
                g.writeStartObject();
                g.writeStringField("period", interval == Interval.MONTH ? p.toString().substring(0, 7) : p.toString());
                g.writeNumberField("events", total);
                for (int q = 0; q < 4; q++) {
                    g.writeNumberField(QUAD_FIELDS[q], (long) v[q]);
                }
                if (total == 0) {
                    g.writeNullField("mean_goldstein");
                } else {
                    g.writeNumberField("mean_goldstein", Json.round(v[4] / total));
                }
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    private static final String[] QUAD_FIELDS = {"q1", "q2", "q3", "q4"};

    private static LocalDate start(LocalDate d, Interval i) {
        return switch (i) {
            case DAY -> d;
            case WEEK -> d.with(DayOfWeek.MONDAY);
            case MONTH -> d.withDayOfMonth(1);
        };
    }

    private static LocalDate next(LocalDate d, Interval i) {
        return switch (i) {
            case DAY -> d.plusDays(1);
            case WEEK -> d.plusWeeks(1);
            case MONTH -> d.plusMonths(1);
        };
    }

    private void network(Context ctx) {
        Filter f = filter(ctx);
        int limit = Params.integer(ctx, "limit", 100, 1, 1000);
        ObjectNode o = Json.MAPPER.createObjectNode();
        locked(() -> {
            ArrayNode nodes = o.putArray("nodes");
            store.actorCounts(f, limit).forEach(a -> nodes.add(Json.actor(a)));
            ArrayNode edges = o.putArray("edges");
            store.dyadCounts(f, limit * 4).forEach(d -> edges.add(Json.dyad(d)));
            return null;
        });
        ctx.json(o);
    }

    private void places(Context ctx) {
        Filter f = filter(ctx);
        int limit = Params.integer(ctx, "limit", 500, 1, 5000);
        ArrayNode arr = Json.MAPPER.createArrayNode();
        locked(() -> store.placeCounts(f, limit)).forEach(p -> arr.add(Json.place(p)));
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.set("items", arr);
        ctx.json(o);
    }

    private void search(Context ctx) {
        String q = Params.text(ctx, "q");
        if (q == null) {
            throw new BadRequest("parameter 'q' is required: the words to search for");
        }
        Filter f = filter(ctx).withText(null);
        FullText.Query query = FullText.Query.parse(q, pipeline::analyze);
        int limit = Params.integer(ctx, "limit", 20, 1, 200);
        List<SearchHit> hits = locked(() -> store.search(query, f, limit));
        ObjectNode o = org.marsad.store.SearchJson.hits(Json.MAPPER, q, query, hits, pipeline::analyze);
        ctx.json(o);
    }

    // --- write endpoints -------------------------------------------------------------------------------

    private void ingest(Context ctx) {
        authorize(ctx);
        JsonNode body;
        try {
            body = Json.MAPPER.readTree(ctx.bodyAsBytes());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadRequest("the body is not JSON: " + Params.abbreviate(String.valueOf(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new BadRequest("the body could not be read");
        }
        Article a;
        try {
            a = ArticleJson.fromJson(body);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("not an article: " + e.getMessage());
        }
        List<Added> added = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Ingester.Result r = locked(() -> new Ingester(store, pipeline::analyze, pipeline::code, Pipeline.CODER_VERSION, 1)
                .run(sink -> sink.article(a, "POST /api/articles", 1), "serve: POST /api/articles",
                        new Ingester.Listener() {
                            @Override
                            public void stored(Added x, SourceRecord source) {
                                added.add(x);
                            }

                            @Override
                            public void problem(InputProblem p) {
                                problems.add(p.message());
                            }
                        }));
        if (!problems.isEmpty() || added.isEmpty()) {
            throw new BadRequest(problems.isEmpty() ? "the article was not stored" : problems.get(0));
        }
        Added x = added.get(0);
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("outcome", x.outcome().name().toLowerCase(Locale.ROOT));
        o.put("article_id", x.articleId());
        o.put("duplicate_of", x.duplicateOf());
        o.put("run", r.runId());
        ctx.status(x.outcome() == Added.Outcome.ADDED || x.outcome() == Added.Outcome.NEAR_DUPLICATE ? 201 : 200);
        ctx.json(o);
    }

    /** Alerts raised by the stored watch rules, newest first ({@code unread=true} for the unread ones). */
    private void alerts(Context ctx) {
        boolean unread = Params.bool(ctx, "unread");
        int limit = Params.integer(ctx, "limit", 100, 1, 1000);
        List<org.marsad.store.Alert> alerts = locked(() -> store.alerts(unread, limit));
        List<Map<String, Object>> out = new ArrayList<>();
        for (org.marsad.store.Alert a : alerts) {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("id", a.id());
            m.put("rule", a.rule());
            m.put("rule_title", a.ruleTitle());
            m.put("story_id", a.storyId());
            m.put("article_id", a.articleId());
            m.put("outlet", a.outlet());
            m.put("published", a.published() == null ? null : a.published().toString());
            m.put("summary", a.event() == null ? null : a.event().summary());
            m.put("evidence", a.evidence());
            m.put("num_mentions", a.numMentions());
            m.put("num_sources", a.numSources());
            m.put("num_articles", a.numArticles());
            m.put("created_at", a.createdAt());
            m.put("read", a.read());
            out.add(m);
        }
        ctx.json(Map.of("alerts", out));
    }

    /** Marks an alert read: a write, so it needs the token like the other writes. */
    private void markRead(Context ctx) {
        authorize(ctx);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new BadRequest("alert id must be a number");
        }
        boolean found = locked(() -> store.markRead(id));
        if (!found) {
            ctx.status(404).json(Map.of("status", 404, "error", "no alert " + id));
            return;
        }
        ctx.json(Map.of("id", id, "read", true));
    }

    /** The alerts as an Atom feed, written by the store's AlertFeed (an XML writer: text is escaped). */
    private void alertsAtom(Context ctx) {
        List<org.marsad.store.Alert> alerts = locked(() -> store.alerts(false, 200));
        java.io.StringWriter w = new java.io.StringWriter();
        org.marsad.store.AlertFeed.write(alerts, new org.marsad.store.AlertFeed.Info("Marsad alerts",
                "urn:marsad:alerts", ctx.url()), w);
        ctx.contentType("application/atom+xml; charset=utf-8").result(w.toString());
    }

    private void recode(Context ctx) {
        authorize(ctx);
        boolean outdated = Params.bool(ctx, "outdated");
        int[] n = new int[2];
        List<String> ids = locked(() -> store.articleIds(outdated ? Pipeline.CODER_VERSION : null));
        // a batch at a time: read under the store's lock, coded outside it, written in one transaction, so that
        // other requests are served between batches of a long recode
        for (int from = 0; from < ids.size(); from += org.marsad.store.Recodings.BATCH) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + org.marsad.store.Recodings.BATCH));
            List<Article> articles = locked(() -> chunk.stream().map(store::article).flatMap(Optional::stream).toList());
            List<org.marsad.store.Recodings.Recoded> recoded = new java.util.ArrayList<>(articles.size());
            for (Article a : articles) {
                try {
                    org.marsad.text.AnalyzedText text = pipeline.analyze(a.text()); // once, for both
                    recoded.add(new org.marsad.store.Recodings.Recoded(pipeline.code(a, text), FullText.terms(text)));
                } catch (RuntimeException | StackOverflowError e) {
                    n[1]++;
                }
            }
            int stored = locked(() -> org.marsad.store.Recodings.write(store, recoded, Pipeline.CODER_VERSION,
                    (id, why) -> { }));
            n[0] += stored;
            n[1] += recoded.size() - stored;
        }
        ctx.json(Map.of("recoded", n[0], "failed", n[1], "coder_version", Pipeline.CODER_VERSION));
    }
}
