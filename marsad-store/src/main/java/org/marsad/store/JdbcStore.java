package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.marsad.model.ActorRef;
import org.marsad.model.Article;
import org.marsad.model.CodedArticle;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.Place;
import org.marsad.model.Quote;
import org.marsad.model.Sentence;
import org.marsad.model.Span;

/**
 * Everything SQLite and PostgreSQL share: the schema's tables, deduplication, transactions and queries,
 * all in plain parameterized SQL. Subclasses supply the connection, the migration lock and the full-text
 * index (FTS5 or tsvector), which is written in the same transaction as the article it indexes.
 */
abstract class JdbcStore implements Store {
    protected final Connection c;
    private final int schemaVersion;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    protected JdbcStore(Connection c, String dialect, Migrations.Lock lock) throws SQLException {
        this.c = c;
        this.schemaVersion = Migrations.migrate(c, dialect, lock);
    }

    // --- dialect hooks -------------------------------------------------------------------------------

    /** Adds an article's index document (rid is the article's row id). */
    protected abstract void insertTerms(long rid, String terms) throws SQLException;

    protected abstract void deleteTerms(long rid) throws SQLException;

    /**
     * The start of a search: {@code SELECT a.*, <score> AS score FROM <index> JOIN articles a ... WHERE <match>}
     * with one parameter, the query as {@link #queryText} makes it. Higher scores are better.
     */
    protected abstract String searchSelect();

    protected abstract String queryText(FullText.Query q);

    protected abstract boolean isUniqueViolation(SQLException e);

    // --- plumbing ------------------------------------------------------------------------------------

    @FunctionalInterface
    protected interface Work<T> {
        T run() throws SQLException;
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    protected <T> T tx(String what, Work<T> work) {
        try {
            c.setAutoCommit(false);
            try {
                T result = work.run();
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(what, e);
        }
    }

    protected <T> T read(String what, Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException(what, e);
        }
    }

    /** A prepared statement, prepared once per store: ingest runs the same few statements thousands of times. */
    protected PreparedStatement ps(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = c.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    protected int update(String sql, Object... args) throws SQLException {
        PreparedStatement ps = ps(sql);
        Sql.bind(ps, args);
        return ps.executeUpdate();
    }

    private long count(String sql, Object... args) throws SQLException {
        PreparedStatement ps = ps(sql);
        Sql.bind(ps, args);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private String string(String sql, Object... args) throws SQLException {
        PreparedStatement ps = ps(sql);
        Sql.bind(ps, args);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Override
    public int schemaVersion() {
        return schemaVersion;
    }

    @Override
    public void close() {
        try {
            for (PreparedStatement ps : statements.values()) {
                ps.close();
            }
            c.close();
        } catch (SQLException e) {
            throw new StoreException("closing " + describe(), e);
        }
    }

    // --- ingest --------------------------------------------------------------------------------------

    @Override
    public long startRun(String command, String coderVersion) {
        return tx("starting an ingest run", () -> {
            update("INSERT INTO ingest_runs (started_at, status, command, coder_version) VALUES (?, 'running', ?, ?)",
                    Instant.now().toString(), command, coderVersion);
            return count("SELECT MAX(id) FROM ingest_runs");
        });
    }

    @Override
    public void finishRun(long run, RunCounts n, String status) {
        tx("finishing ingest run " + run, () -> update("UPDATE ingest_runs SET finished_at = ?, status = ?, read_count = ?, "
                        + "added = ?, exact_duplicates = ?, near_duplicates = ?, already_stored = ?, skipped = ? WHERE id = ?",
                Instant.now().toString(), status, n.read(), n.added(), n.exactDuplicates(), n.nearDuplicates(),
                n.alreadyStored(), n.skipped(), run));
    }

    @Override
    public Set<String> contentHashes() {
        return read("reading content hashes", () -> {
            Set<String> out = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT content_hash FROM articles");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    @Override
    public Added addSource(String contentHash, SourceRecord source, long run) {
        return tx("adding a source", () -> {
            String id = string("SELECT id FROM articles WHERE content_hash = ?", contentHash);
            if (id == null) {
                return Added.of(Added.Outcome.UNKNOWN, null);
            }
            return Added.of(insertSource(id, source, run) ? Added.Outcome.EXACT_DUPLICATE : Added.Outcome.ALREADY_STORED, id);
        });
    }

    @Override
    public Added add(Incoming in, long run) {
        try {
            return tx("storing article " + in.coded().article().id(), () -> addNow(in, run));
        } catch (StoreException e) {
            // another process stored the same text between our check and our insert: now it is a duplicate
            if (e.getCause() instanceof SQLException s && isUniqueViolation(s)) {
                return tx("storing article " + in.coded().article().id(), () -> addNow(in, run));
            }
            throw e;
        }
    }

    private Added addNow(Incoming in, long run) throws SQLException {
        CodedArticle coded = in.coded();
        Article a = coded.article();
        String existing = string("SELECT id FROM articles WHERE content_hash = ?", in.fingerprint().contentHash());
        if (existing != null) {
            boolean added = insertSource(existing, in.source(), run);
            return Added.of(added ? Added.Outcome.EXACT_DUPLICATE : Added.Outcome.ALREADY_STORED, existing);
        }
        if (string("SELECT id FROM articles WHERE id = ?", a.id()) != null) {
            return Added.of(Added.Outcome.ID_TAKEN, null);
        }
        Near near = nearest(in.fingerprint().minhash());
        String now = Instant.now().toString();
        update("INSERT INTO articles (id, content_hash, url, source, published, title, text, duplicate_of, similarity, "
                        + "minhash, coder_version, run_id, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                a.id(), in.fingerprint().contentHash(), a.url(), a.source(), a.published(), a.title(), a.text(),
                near == null ? null : near.root, near == null ? null : near.similarity,
                MinHash.toBytes(in.fingerprint().minhash()), in.coderVersion(), run, now);
        long rid = count("SELECT rid FROM articles WHERE id = ?", a.id());
        insertSource(a.id(), in.source(), run);
        insertCoding(coded, in.coderVersion());
        PreparedStatement lsh = ps("INSERT INTO lsh_buckets (band, bucket, article_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
        long[] bands = MinHash.bands(in.fingerprint().minhash());
        for (int b = 0; b < bands.length; b++) {
            Sql.bind(lsh, b, bands[b], a.id());
            lsh.addBatch();
        }
        lsh.executeBatch();
        insertTerms(rid, in.terms());
        return near == null ? Added.of(Added.Outcome.ADDED, a.id())
                : new Added(Added.Outcome.NEAR_DUPLICATE, a.id(), near.root, near.similarity);
    }

    private record Near(String root, double similarity) {
    }

    /** The first copy of the most similar stored text above the threshold, found through the LSH buckets. */
    private Near nearest(int[] sig) throws SQLException {
        long[] bands = MinHash.bands(sig);
        Set<String> candidates = new LinkedHashSet<>();
        PreparedStatement ps = ps("SELECT article_id FROM lsh_buckets WHERE band = ? AND bucket = ?");
        for (int b = 0; b < bands.length; b++) {
            Sql.bind(ps, b, bands[b]);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    candidates.add(rs.getString(1));
                }
            }
        }
        Near best = null;
        PreparedStatement get = ps("SELECT minhash, duplicate_of FROM articles WHERE id = ?");
        for (String id : candidates) {
            Sql.bind(get, id);
            try (ResultSet rs = get.executeQuery()) {
                if (!rs.next()) {
                    continue;
                }
                double sim = MinHash.similarity(sig, MinHash.fromBytes(rs.getBytes(1)));
                String root = rs.getString(2) == null ? id : rs.getString(2);
                if (sim >= MinHash.THRESHOLD && (best == null || sim > best.similarity)) {
                    best = new Near(root, sim);
                }
            }
        }
        return best;
    }

    /** True when the source was new to this article. */
    private boolean insertSource(String articleId, SourceRecord s, long run) throws SQLException {
        return update("INSERT INTO article_sources (article_id, source_key, input_id, url, source, published, title, file, "
                        + "line, run_id, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (article_id, source_key) DO NOTHING",
                articleId, s.key(), s.inputId(), s.url(), s.source(), s.published(), s.title(), s.file(), s.line(),
                run, Instant.now().toString()) > 0;
    }

    private void insertCoding(CodedArticle coded, String coderVersion) throws SQLException {
        Article a = coded.article();
        String id = a.id();
        PreparedStatement s = ps("INSERT INTO sentences (article_id, idx, start_off, end_off) VALUES (?, ?, ?, ?)");
        for (Sentence x : coded.sentences()) {
            Sql.bind(s, id, x.index(), x.span().start(), x.span().end());
            s.addBatch();
        }
        s.executeBatch();
        PreparedStatement m = ps("INSERT INTO mentions (article_id, ord, start_off, end_off, text, type, code, entry, name, "
                + "why, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        int ord = 0;
        for (Mention x : coded.mentions()) {
            Sql.bind(m, id, ord++, x.span().start(), x.span().end(), x.text(), x.type(), x.code(), x.entry(), x.name(),
                    x.why(), x.sentence());
            m.addBatch();
        }
        m.executeBatch();
        PreparedStatement e = ps("INSERT INTO events (id, article_id, ord, sentence, event_date, date_precision, day, "
                + "day_source, source_code, source_name, source_start, source_end, target_code, target_name, target_start, "
                + "target_end, cameo_code, cameo_root, quad_class, goldstein, plover, negated, modality, attributed_to, "
                + "loc_name, loc_name_en, loc_country, loc_lat, loc_lon, loc_precision, loc_start, loc_end, evidence_start, "
                + "evidence_end, confidence, summary, coder_version, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        ord = 0;
        for (Event x : coded.events()) {
            String day = null;
            String daySource = null;
            if (x.date() != null && x.date().length() == 10) {
                day = x.date();
                daySource = "event";
            } else if (a.published() != null) {
                day = a.published().toString();
                daySource = "published";
            }
            ActorRef src = x.source();
            ActorRef tgt = x.target();
            Place p = x.location();
            Span ps = p == null ? null : p.span();
            Sql.bind(e, x.id(), id, ord++, x.sentence(), x.date(), x.datePrecision(), day, daySource,
                    src == null ? null : src.code(), src == null ? null : src.name(), start(src), end(src),
                    tgt == null ? null : tgt.code(), tgt == null ? null : tgt.name(), start(tgt), end(tgt),
                    x.cameoCode(), x.cameoRoot(), x.quadClass(), x.goldstein(), x.plover(), x.negated(), x.modality(),
                    x.attributedTo(), p == null ? null : p.name(), p == null ? null : p.nameEn(),
                    p == null ? null : p.country(), p == null ? null : p.lat(), p == null ? null : p.lon(),
                    p == null ? null : p.precision(), ps == null ? null : ps.start(), ps == null ? null : ps.end(),
                    x.evidence().start(), x.evidence().end(), x.confidence(), x.summary(), coderVersion, x.rule());
            e.addBatch();
        }
        e.executeBatch();
        PreparedStatement q = ps("INSERT INTO quotes (article_id, ord, speaker_code, speaker_name, speaker_start, "
                + "speaker_end, start_off, end_off, verb, direct) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        ord = 0;
        for (Quote x : coded.quotes()) {
            ActorRef sp = x.speaker();
            Sql.bind(q, id, ord++, sp == null ? null : sp.code(), sp == null ? null : sp.name(), start(sp), end(sp),
                    x.span().start(), x.span().end(), x.verb(), x.direct());
            q.addBatch();
        }
        q.executeBatch();
    }

    private static Integer start(ActorRef r) {
        return r == null || r.span() == null ? null : r.span().start();
    }

    private static Integer end(ActorRef r) {
        return r == null || r.span() == null ? null : r.span().end();
    }

    // --- reading and recoding --------------------------------------------------------------------------

    @Override
    public Optional<Article> article(String articleId) {
        return read("reading article " + articleId, () -> {
            PreparedStatement ps = ps("SELECT id, url, source, published, title, text FROM articles WHERE id = ?");
            Sql.bind(ps, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Article(rs.getString("id"), rs.getString("url"), rs.getString("source"),
                        Sql.date(rs, "published"), rs.getString("title"), rs.getString("text")));
            }
        });
    }

    @Override
    public Optional<CodedArticle> coded(String articleId) {
        Optional<Article> article = article(articleId);
        if (article.isEmpty()) {
            return Optional.empty();
        }
        return read("reading the coding of " + articleId, () -> {
            List<Sentence> sentences = new ArrayList<>();
            PreparedStatement ps = ps("SELECT idx, start_off, end_off FROM sentences WHERE article_id = ? ORDER BY idx");
            Sql.bind(ps, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sentences.add(new Sentence(rs.getInt(1), new Span(rs.getInt(2), rs.getInt(3))));
                }
            }
            List<Mention> mentions = new ArrayList<>();
            ps = ps("SELECT * FROM mentions WHERE article_id = ? ORDER BY ord");
            Sql.bind(ps, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    mentions.add(new Mention(new Span(rs.getInt("start_off"), rs.getInt("end_off")), rs.getString("text"),
                            rs.getString("type"), rs.getString("code"), rs.getString("entry"), rs.getString("name"),
                            rs.getString("why"), rs.getInt("sentence")));
                }
            }
            List<Event> events = new ArrayList<>();
            ps = ps("SELECT * FROM events WHERE article_id = ? ORDER BY ord");
            Sql.bind(ps, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(event(rs));
                }
            }
            List<Quote> quotes = new ArrayList<>();
            ps = ps("SELECT * FROM quotes WHERE article_id = ? ORDER BY ord");
            Sql.bind(ps, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    quotes.add(new Quote(actor(rs, "speaker"), new Span(rs.getInt("start_off"), rs.getInt("end_off")),
                            rs.getString("verb"), rs.getBoolean("direct")));
                }
            }
            return Optional.of(new CodedArticle(article.get(), sentences, mentions, events, quotes));
        });
    }

    private static Event event(ResultSet rs) throws SQLException {
        Place place = null;
        Integer ls = Sql.intOrNull(rs, "loc_start");
        String locName = rs.getString("loc_name");
        String locCountry = rs.getString("loc_country");
        String locNameEn = rs.getString("loc_name_en");
        Double lat = Sql.doubleOrNull(rs, "loc_lat");
        Double lon = Sql.doubleOrNull(rs, "loc_lon");
        String precision = rs.getString("loc_precision");
        if (locName != null || locCountry != null || locNameEn != null || lat != null || lon != null || precision != null
                || ls != null) {
            place = new Place(locName, locNameEn, locCountry, lat, lon, precision,
                    ls == null ? null : new Span(ls, rs.getInt("loc_end")));
        }
        return new Event(rs.getString("id"), rs.getString("article_id"), rs.getInt("sentence"), rs.getString("event_date"),
                rs.getString("date_precision"), actor(rs, "source"), actor(rs, "target"), rs.getString("cameo_code"),
                rs.getString("cameo_root"), rs.getInt("quad_class"), rs.getDouble("goldstein"), rs.getString("plover"),
                rs.getBoolean("negated"), rs.getString("modality"), rs.getString("attributed_to"), place,
                new Span(rs.getInt("evidence_start"), rs.getInt("evidence_end")), rs.getDouble("confidence"),
                rs.getString("summary"), rs.getString("rule"));
    }

    private static ActorRef actor(ResultSet rs, String prefix) throws SQLException {
        String code = rs.getString(prefix + "_code");
        String name = rs.getString(prefix + "_name");
        Integer start = Sql.intOrNull(rs, prefix + "_start");
        if (code == null && name == null && start == null) {
            return null;
        }
        return new ActorRef(code, name, start == null ? null : new Span(start, rs.getInt(prefix + "_end")));
    }

    @Override
    public List<String> articleIds(String outdatedFor) {
        return read("listing articles", () -> {
            List<String> ids = new ArrayList<>();
            String sql = "SELECT id FROM articles" + (outdatedFor == null ? "" : " WHERE coder_version <> ?") + " ORDER BY rid";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (outdatedFor != null) {
                    Sql.bind(ps, outdatedFor);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            return ids;
        });
    }

    @Override
    public void replaceCoding(CodedArticle coded, String terms, String coderVersion) {
        String id = coded.article().id();
        tx("recoding article " + id, () -> {
            long rid = count("SELECT rid FROM articles WHERE id = ?", id);
            if (rid == 0) {
                throw new StoreException("no stored article " + id);
            }
            for (String table : List.of("sentences", "mentions", "events", "quotes")) {
                update("DELETE FROM " + table + " WHERE article_id = ?", id); // table names are ours, not input
            }
            insertCoding(coded, coderVersion);
            update("UPDATE articles SET coder_version = ? WHERE id = ?", coderVersion, id);
            deleteTerms(rid);
            insertTerms(rid, terms);
            return null;
        });
    }

    @Override
    public List<String> copiesOf(String articleId) {
        return read("listing copies of " + articleId, () -> {
            List<String> ids = new ArrayList<>();
            PreparedStatement ps = ps("SELECT id FROM articles WHERE duplicate_of = ? ORDER BY rid");
            Sql.bind(ps, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        });
    }

    @Override
    public List<SourceRecord> sources(String articleId) {
        return read("listing sources of " + articleId, () -> {
            List<SourceRecord> out = new ArrayList<>();
            PreparedStatement ps = ps("SELECT * FROM article_sources WHERE article_id = ? ORDER BY id");
            Sql.bind(ps, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new SourceRecord(rs.getString("input_id"), rs.getString("url"), rs.getString("source"),
                            Sql.date(rs, "published"), rs.getString("title"), rs.getString("file"), rs.getLong("line")));
                }
            }
            return out;
        });
    }

    // --- queries ---------------------------------------------------------------------------------------

    /** SQL conditions and their parameters, built from a filter: only fixed SQL text, values as parameters. */
    private static final class Where {
        final StringBuilder sql = new StringBuilder();
        final List<Object> args = new ArrayList<>();

        void add(String condition, Object... values) {
            sql.append(" AND ").append(condition);
            args.addAll(List.of(values));
        }

        /** e.code starts with prefix, as an index range scan. */
        void prefix(String column, String prefix) {
            add("(" + column + " >= ? AND " + column + " < ?)", prefix, Sql.after(prefix));
        }
    }

    /** Event conditions on alias {@code e}. */
    private static void eventConditions(Where w, Filter f) {
        if (f.actor() != null) {
            w.add("((e.source_code >= ? AND e.source_code < ?) OR (e.target_code >= ? AND e.target_code < ?))",
                    f.actor(), Sql.after(f.actor()), f.actor(), Sql.after(f.actor()));
        }
        if (f.source() != null) {
            w.prefix("e.source_code", f.source());
        }
        if (f.target() != null) {
            w.prefix("e.target_code", f.target());
        }
        if (f.root() != null) {
            w.add("e.cameo_root = ?", f.root());
        }
        if (f.code() != null) {
            w.prefix("e.cameo_code", f.code());
        }
    }

    @Override
    public List<SearchHit> search(FullText.Query query, Filter f, int limit) {
        if (query.isEmpty()) {
            return List.of();
        }
        Where w = new Where();
        w.args.add(queryText(query));
        if (!f.includeDuplicates()) {
            w.add("a.duplicate_of IS NULL");
        }
        if (f.from() != null) {
            w.add("a.published >= ?", f.from());
        }
        if (f.to() != null) {
            w.add("a.published <= ?", f.to());
        }
        if (f.articleId() != null) {
            w.add("a.id = ?", f.articleId());
        }
        if (f.hasEventConditions()) {
            Where e = new Where();
            eventConditions(e, f);
            w.add("EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id" + e.sql + ")", e.args.toArray());
        }
        String sql = searchSelect() + w.sql + " ORDER BY score DESC, a.rid LIMIT ?";
        w.args.add(limit);
        return read("searching", () -> {
            List<SearchHit> hits = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.bind(ps, w.args.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        hits.add(new SearchHit(rs.getString("id"), rs.getString("title"), rs.getString("url"),
                                rs.getString("source"), Sql.date(rs, "published"), rs.getString("duplicate_of"),
                                rs.getDouble("score"), rs.getString("text")));
                    }
                }
            }
            return hits;
        });
    }

    @Override
    public void events(Filter f, Consumer<EventRow> out) {
        Where w = new Where();
        eventConditions(w, f);
        if (!f.includeDuplicates()) {
            w.add("a.duplicate_of IS NULL");
        }
        if (f.from() != null) {
            w.add("e.day >= ?", f.from());
        }
        if (f.to() != null) {
            w.add("e.day <= ?", f.to());
        }
        if (f.articleId() != null) {
            w.add("e.article_id = ?", f.articleId());
        }
        // how many input records and outlets carry each story: its own sources and its near-duplicates'
        String sql = "WITH copies AS (SELECT COALESCE(ca.duplicate_of, ca.id) AS story, COUNT(*) AS n_articles, "
                + "COUNT(DISTINCT cs.source) AS n_sources FROM articles ca JOIN article_sources cs ON cs.article_id = ca.id "
                + "GROUP BY COALESCE(ca.duplicate_of, ca.id)) "
                + "SELECT e.*, a.published AS a_published, a.url AS a_url, a.source AS a_source, a.added_at AS a_added, "
                + "c.n_articles, c.n_sources FROM events e JOIN articles a ON a.id = e.article_id "
                + "LEFT JOIN copies c ON c.story = COALESCE(a.duplicate_of, a.id) WHERE 1 = 1" + w.sql + " ORDER BY e.eid";
        read("exporting events", () -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(1000);
                Sql.bind(ps, w.args.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.accept(new EventRow(rs.getLong("eid"), event(rs), rs.getString("coder_version"),
                                rs.getString("day"), rs.getString("day_source"), Sql.date(rs, "a_published"),
                                rs.getString("a_url"), rs.getString("a_source"), rs.getString("a_added"),
                                Math.max(1, rs.getInt("n_articles")), rs.getInt("n_sources")));
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(auto);
            }
            return null;
        });
    }

    @Override
    public Stats stats() {
        return read("counting", () -> {
            long stored = count("SELECT COUNT(*) FROM articles");
            long near = count("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL");
            long inputs = count("SELECT COUNT(*) FROM article_sources");
            String first = string("SELECT MIN(published) FROM articles");
            String last = string("SELECT MAX(published) FROM articles");
            return new Stats(stored - near, inputs - stored, near,
                    count("SELECT COUNT(*) FROM events e JOIN articles a ON a.id = e.article_id WHERE a.duplicate_of IS NULL"),
                    count("SELECT COUNT(*) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE a.duplicate_of IS NULL"),
                    count("SELECT COUNT(*) FROM quotes q JOIN articles a ON a.id = q.article_id WHERE a.duplicate_of IS NULL"),
                    count("SELECT COUNT(DISTINCT source) FROM article_sources"), inputs,
                    first == null ? null : java.time.LocalDate.parse(first),
                    last == null ? null : java.time.LocalDate.parse(last),
                    count("SELECT COUNT(*) FROM ingest_runs"), schemaVersion);
        });
    }
}
