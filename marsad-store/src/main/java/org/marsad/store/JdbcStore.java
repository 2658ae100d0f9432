package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * index: PostgreSQL's tsvector, written in the same transaction as the article it indexes, or SQLite's FTS5 file,
 * written after the transaction commits (see the commit hooks and {@link SqliteIndexFile}).
 */
abstract class JdbcStore implements Store {
    protected final Connection c;
    private final int schemaVersion;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    /** Alerts raised by the open transaction, handed to the listener once it commits. */
    private final List<Alert> raised = new ArrayList<>();
    private volatile Consumer<Alert> alertListener;
    private List<StoredRule> rulesCache;
    private String rulesStamp;

    /** A rule as stored, with its row id. */
    private record StoredRule(long id, WatchRule rule) {
    }

    protected JdbcStore(Connection c, String dialect, Migrations.Lock lock) throws SQLException {
        this.c = c;
        this.schemaVersion = Migrations.migrate(c, dialect, lock);
    }

    /**
     * Finishes what the schema steps left to do from the articles' text ({@link Rederivation}) and returns the store;
     * each dialect's {@code open} calls it once the store is built. The coder's dictionaries are loaded only if there
     * is work. If it fails, the store is closed.
     */
    protected static <S extends JdbcStore> S finishMigration(S store) {
        try {
            Rederivation.finish(store, () -> org.marsad.Pipeline.load()::analyze);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
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

    /**
     * {@code column} as a term no index may serve (SQLite's unary "+"), so the planner leads with another index;
     * as is where the planner needs no such hint.
     */
    protected String unindexed(String column) {
        return column;
    }

    /**
     * Serializes the transactions that cluster events into stories and raise alerts, taken first thing in each
     * (so it cannot take part in a deadlock): two processes storing two copies of one story at once must not
     * both start it. SQLite needs nothing (its writers already take turns); PostgreSQL takes a transaction-level
     * advisory lock.
     */
    protected void lockStories() throws SQLException {
    }

    /** Called just before each of the store's transactions commits (its writes done), inside it. */
    protected void beforeCommit() throws SQLException {
    }

    /** Called once a transaction has committed; {@code batch}: it was a {@link #batch}. */
    protected void afterCommit(boolean batch) {
    }

    /** Called once a transaction has been rolled back. */
    protected void afterRollback() {
    }

    /**
     * Waits until the full-text index holds every article this store committed: searches call it first. Where the
     * index is written in the same transaction as the articles (PostgreSQL), nothing to wait for.
     */
    protected void awaitIndex() {
    }

    // --- plumbing ------------------------------------------------------------------------------------

    @FunctionalInterface
    protected interface Work<T> {
        T run() throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: all of it is committed, or none of it. Inside {@link #batch} it is part
     * of the batch's transaction, which its failure undoes whole.
     */
    protected <T> T tx(String what, Work<T> work) {
        if (inBatch) {
            try {
                return work.run();
            } catch (SQLException e) {
                throw new StoreException(what, e);
            }
        }
        try {
            c.setAutoCommit(false);
            try {
                T result = work.run();
                beforeCommit();
                c.commit();
                afterCommit(false);
                deliverRaised();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                raised.clear();
                c.rollback();
                afterRollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(what, e);
        }
    }

    /** True while {@link #batch} runs: writes join its one transaction. */
    private boolean inBatch;

    /**
     * An index document of an article stored in the open batch, written when the batch is about to commit;
     * {@code replaces}: the article's old document is deleted first (a recoded article).
     */
    private record PendingTerms(long rid, String terms, boolean replaces) {
    }

    /**
     * The open batch's index documents. They are written together at its end because SQLite's FTS5 writes its
     * pending terms out as a new index segment at every statement savepoint, and the story clustering after each
     * article opens one (an UPDATE of a foreign-key column): one small segment per article, merged again and
     * again, was a third of the writer's time. Written last, a batch's terms go out as one or two segments.
     */
    private final List<PendingTerms> pendingTerms = new ArrayList<>();

    @Override
    public <T> T batch(java.util.function.Supplier<T> writes) {
        if (inBatch) {
            return writes.get();
        }
        try {
            c.setAutoCommit(false);
            inBatch = true;
            try {
                T result = writes.get();
                for (PendingTerms p : pendingTerms) {
                    if (p.replaces()) {
                        deleteTerms(p.rid());
                    }
                    insertTerms(p.rid(), p.terms());
                }
                pendingTerms.clear();
                inBatch = false;
                beforeCommit();
                c.commit();
                afterCommit(true);
                deliverRaised();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                inBatch = false;
                pendingTerms.clear();
                raised.clear();
                c.rollback();
                afterRollback();
                throw e;
            } finally {
                inBatch = false;
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("committing a batch of writes", e);
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

    private void deliverRaised() {
        if (raised.isEmpty()) {
            return;
        }
        List<Alert> out = List.copyOf(raised);
        raised.clear();
        Consumer<Alert> l = alertListener;
        if (l != null) {
            for (Alert a : out) {
                try {
                    l.accept(a);
                } catch (RuntimeException e) {
                    // a listener's failure (a full queue, a bad URL) must not undo or stop an ingest
                }
            }
        }
    }

    @Override
    public void setAlertListener(Consumer<Alert> listener) {
        this.alertListener = listener;
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
            lockStories();
            String id = string("SELECT id FROM articles WHERE content_hash = ?", contentHash);
            if (id == null) {
                return Added.of(Added.Outcome.UNKNOWN, null);
            }
            return Added.of(insertSourceAndRecount(id, source, run) ? Added.Outcome.EXACT_DUPLICATE
                    : Added.Outcome.ALREADY_STORED, id);
        });
    }

    @Override
    public Added add(Incoming in, long run) {
        try {
            return tx("storing article " + in.coded().article().id(), () -> addNow(in, run));
        } catch (StoreException e) {
            // another process stored the same text between our check and our insert: now it is a duplicate
            // (not inside a batch: the failed statement spoiled its transaction, which the caller redoes)
            if (!inBatch && e.getCause() instanceof SQLException s && isUniqueViolation(s)) {
                return tx("storing article " + in.coded().article().id(), () -> addNow(in, run));
            }
            throw e;
        }
    }

    private Added addNow(Incoming in, long run) throws SQLException {
        lockStories();
        CodedArticle coded = in.coded();
        Article a = coded.article();
        String existing = string("SELECT id FROM articles WHERE content_hash = ?", in.fingerprint().contentHash());
        if (existing != null) {
            boolean added = insertSourceAndRecount(existing, in.source(), run);
            return Added.of(added ? Added.Outcome.EXACT_DUPLICATE : Added.Outcome.ALREADY_STORED, existing);
        }
        if (string("SELECT id FROM articles WHERE id = ?", a.id()) != null) {
            return Added.of(Added.Outcome.ID_TAKEN, null);
        }
        Near near = nearest(in.fingerprint().minhash());
        String now = Instant.now().toString();
        // the new row's rid comes back from the insert itself (RETURNING: SQLite 3.35+, PostgreSQL)
        long rid = count("INSERT INTO articles (id, content_hash, url, source, published, title, text, duplicate_of, "
                        + "similarity, minhash, coder_version, run_id, added_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING rid",
                a.id(), in.fingerprint().contentHash(), a.url(), a.source(), a.published(), a.title(), a.text(),
                near == null ? null : near.root, near == null ? null : near.similarity,
                MinHash.toBytes(in.fingerprint().minhash()), in.coderVersion(), run, now);
        insertSource(a.id(), in.source(), run);
        insertCoding(coded, in.coderVersion(), in.storyTerms(), near != null);
        insertBuckets(rid, in.fingerprint().minhash());
        if (inBatch) {
            pendingTerms.add(new PendingTerms(rid, in.terms(), false));
        } else {
            insertTerms(rid, in.terms());
        }
        return near == null ? Added.of(Added.Outcome.ADDED, a.id())
                : new Added(Added.Outcome.NEAR_DUPLICATE, a.id(), near.root, near.similarity);
    }

    /** An article's LSH bucket rows, one per band of its signature ({@code rid}: the article's row id). */
    void insertBuckets(long rid, int[] signature) throws SQLException {
        RowBatch lsh = new RowBatch(
                ps("INSERT INTO lsh_buckets (band, bucket, article_rid) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
        long[] bands = MinHash.bands(signature);
        for (int b = 0; b < bands.length; b++) {
            lsh.add(b, bands[b], rid);
        }
        lsh.finish();
    }

    private record Near(String root, double similarity) {
    }

    /** Any of the article's LSH buckets, with the candidate's signature: one statement instead of one per band. */
    private static final String LSH_CANDIDATES = "SELECT l.band, a.id, a.minhash, a.duplicate_of FROM lsh_buckets l "
            + "JOIN articles a ON a.rid = l.article_rid WHERE "
            + String.join(" OR ", java.util.Collections.nCopies(MinHash.BANDS, "(l.band = ? AND l.bucket = ?)"))
            + " ORDER BY l.band, l.article_rid";

    /** The first copy of the most similar stored text above the threshold, found through the LSH buckets. */
    private Near nearest(int[] sig) throws SQLException {
        long[] bands = MinHash.bands(sig);
        Object[] args = new Object[2 * bands.length];
        for (int b = 0; b < bands.length; b++) {
            args[2 * b] = b;
            args[2 * b + 1] = bands[b];
        }
        PreparedStatement ps = ps(LSH_CANDIDATES);
        Sql.bind(ps, args);
        Near best = null;
        Set<String> seen = new HashSet<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(2);
                if (!seen.add(id)) {
                    continue; // a candidate in several bands: compared once, where it first appears
                }
                double sim = MinHash.similarity(sig, MinHash.fromBytes(rs.getBytes(3)));
                String root = rs.getString(4) == null ? id : rs.getString(4);
                if (sim >= MinHash.THRESHOLD && (best == null || sim > best.similarity)) {
                    best = new Near(root, sim);
                }
            }
        }
        return best;
    }

    /** Adds a source to a stored article; a new source is one more report of each of its stories. */
    private boolean insertSourceAndRecount(String articleId, SourceRecord s, long run) throws SQLException {
        if (!insertSource(articleId, s, run)) {
            return false;
        }
        for (long story : storiesOf(articleId)) {
            refreshStory(story, List.of());
        }
        return true;
    }

    private List<Long> storiesOf(String articleId) throws SQLException {
        List<Long> out = new ArrayList<>();
        PreparedStatement ps = ps("SELECT DISTINCT story_id FROM events WHERE article_id = ? AND story_id IS NOT NULL");
        Sql.bind(ps, articleId);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    /** True when the source was new to this article. */
    private boolean insertSource(String articleId, SourceRecord s, long run) throws SQLException {
        return update("INSERT INTO article_sources (article_id, source_key, input_id, url, source, published, title, file, "
                        + "line, run_id, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (article_id, source_key) DO NOTHING",
                articleId, s.key(), s.inputId(), s.url(), s.source(), s.published(), s.title(), s.file(), s.line(),
                run, Instant.now().toString()) > 0;
    }

    /** {@code isCopy}: the article is a near-duplicate (its duplicate_of is set when it is stored, never later). */
    private void insertCoding(CodedArticle coded, String coderVersion, List<StoryTerms> storyTerms, boolean isCopy)
            throws SQLException {
        Article a = coded.article();
        String id = a.id();
        RowBatch s = new RowBatch(ps("INSERT INTO sentences (article_id, idx, start_off, end_off) VALUES (?, ?, ?, ?)"));
        for (Sentence x : coded.sentences()) {
            s.add(id, x.index(), x.span().start(), x.span().end());
        }
        s.finish();
        RowBatch m = new RowBatch(ps("INSERT INTO mentions (article_id, ord, start_off, end_off, text, type, code, entry, "
                + "name, why, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        int ord = 0;
        for (Mention x : coded.mentions()) {
            m.add(id, ord++, x.span().start(), x.span().end(), x.text(), x.type(), x.code(), x.entry(), x.name(),
                    x.why(), x.sentence());
        }
        m.finish();
        RowBatch e = new RowBatch(ps("INSERT INTO events (id, article_id, ord, sentence, event_date, date_precision, day, "
                + "day_source, source_code, source_name, source_start, source_end, target_code, target_name, target_start, "
                + "target_end, cameo_code, cameo_root, quad_class, goldstein, plover, negated, modality, attributed_to, "
                + "loc_name, loc_name_en, loc_country, loc_lat, loc_lon, loc_precision, loc_start, loc_end, evidence_start, "
                + "evidence_end, confidence, summary, coder_version, rule, is_copy) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        // the article's copy flag on each event row, so event queries need not join articles (duplicate_of is
        // decided when the article is stored, before its coding, and never changes afterwards)
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
            e.add(x.id(), id, ord++, x.sentence(), x.date(), x.datePrecision(), day, daySource,
                    src == null ? null : src.code(), src == null ? null : src.name(), start(src), end(src),
                    tgt == null ? null : tgt.code(), tgt == null ? null : tgt.name(), start(tgt), end(tgt),
                    x.cameoCode(), x.cameoRoot(), x.quadClass(), x.goldstein(), x.plover(), x.negated(), x.modality(),
                    x.attributedTo(), p == null ? null : p.name(), p == null ? null : p.nameEn(),
                    p == null ? null : p.country(), p == null ? null : p.lat(), p == null ? null : p.lon(),
                    p == null ? null : p.precision(), ps == null ? null : ps.start(), ps == null ? null : ps.end(),
                    x.evidence().start(), x.evidence().end(), x.confidence(), x.summary(), coderVersion, x.rule(),
                    isCopy ? 1 : 0);
        }
        e.finish();
        RowBatch q = new RowBatch(ps("INSERT INTO quotes (article_id, ord, speaker_code, speaker_name, speaker_start, "
                + "speaker_end, start_off, end_off, verb, direct) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        ord = 0;
        for (Quote x : coded.quotes()) {
            ActorRef sp = x.speaker();
            q.add(id, ord++, sp == null ? null : sp.code(), sp == null ? null : sp.name(), start(sp), end(sp),
                    x.span().start(), x.span().end(), x.verb(), x.direct());
        }
        q.finish();
        for (Map.Entry<Long, List<Long>> story : cluster(coded, storyTerms).entrySet()) {
            refreshStory(story.getKey(), story.getValue());
        }
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
            lockStories();
            long rid = count("SELECT rid FROM articles WHERE id = ?", id);
            if (rid == 0) {
                throw new StoreException("no stored article " + id);
            }
            List<Long> oldStories = storiesOf(id);
            // alerts pointing at the events about to go are raised again if the new coding still matches
            update("DELETE FROM alerts WHERE event_eid IN (SELECT eid FROM events WHERE article_id = ?)", id);
            for (String table : List.of("sentences", "mentions", "events", "quotes")) {
                update("DELETE FROM " + table + " WHERE article_id = ?", id); // table names are ours, not input
            }
            insertCoding(coded, coderVersion, StoryTerms.of(coded),
                    string("SELECT duplicate_of FROM articles WHERE id = ?", id) != null);
            for (long story : oldStories) {
                refreshStory(story, null); // one report fewer, or gone: its other events are looked at again
            }
            update("UPDATE articles SET coder_version = ? WHERE id = ?", coderVersion, id);
            if (inBatch) {
                pendingTerms.add(new PendingTerms(rid, terms, true));
            } else {
                deleteTerms(rid);
                insertTerms(rid, terms);
            }
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
        /** True when a condition is on the events' articles {@code a}, so event queries must join them. */
        boolean onArticles;

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
        if (f.quad() != null) {
            w.add("e.quad_class = ?", f.quad());
        }
        if (f.place() != null) {
            w.add("(e.loc_country = ? OR e.loc_name = ? OR LOWER(e.loc_name_en) = LOWER(?))",
                    f.place().toUpperCase(java.util.Locale.ROOT), f.place(), f.place());
        }
    }

    /** Conditions on events {@code e} joined with their articles {@code a}: everything a filter can say. */
    private Where eventWhere(Filter f) {
        return eventWhere(f, f.actor() != null || f.source() != null || f.target() != null);
    }

    /** As {@link #eventWhere(Filter)}; {@code byActor}: the query starts from an actor's index (see below). */
    private Where eventWhere(Filter f, boolean byActor) {
        Where w = new Where();
        eventConditions(w, f);
        if (!f.includeDuplicates()) {
            // the copy flag on the event row (schema 5), not the article's duplicate_of: no join to articles,
            // and the covering indexes answer totals and day series alone
            w.add("e.is_copy = 0");
        }
        // with an actor and no CAMEO root, the dates are read from the actor's covering index ("+" keeps the
        // planner off the day index: without statistics it took a dyad's half-year for the narrower range and
        // read each event's row; the covering index answers a busy dyad's series without reading any)
        String day = byActor && f.root() == null ? unindexed("e.day") : "e.day";
        if (f.from() != null) {
            w.add(day + " >= ?", f.from());
        }
        if (f.to() != null) {
            w.add(day + " <= ?", f.to());
        }
        if (f.articleId() != null) {
            w.add("e.article_id = ?", f.articleId());
        }
        articleConditions(w, f);
        return w;
    }

    /** Copies left out unless asked for, publication dates and one article id, on articles {@code a}. */
    private static void articleScope(Where w, Filter f) {
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
    }

    /** Only articles {@code a} with an event that passes the filter's event conditions, if it has any. */
    private static void articlesWithEvents(Where w, Filter f) {
        if (f.hasEventConditions()) {
            Where e = new Where();
            eventConditions(e, f);
            w.add("EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id" + e.sql + ")", e.args.toArray());
        }
    }

    /** Outlet and full-text conditions on articles {@code a}. */
    private void articleConditions(Where w, Filter f) {
        w.onArticles |= f.outlet() != null || f.text() != null;
        if (f.outlet() != null) {
            w.add("a.source = ?", f.outlet());
        }
        if (f.text() != null) {
            awaitIndex();
            w.add("a.id IN (SELECT x.id FROM (" + searchSelect() + ") x)", queryText(f.text()));
        }
    }

    @Override
    public List<SearchHit> search(FullText.Query query, Filter f, int limit) {
        if (query.isEmpty()) {
            return List.of();
        }
        awaitIndex();
        Where w = new Where();
        w.args.add(queryText(query));
        articleScope(w, f);
        if (f.outlet() != null) {
            w.add("a.source = ?", f.outlet());
        }
        articlesWithEvents(w, f);
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
        events(f, 0, out);
    }

    /** Events that pass the filter, of one story when {@code storyId} is not 0. */
    private void events(Filter f, long storyId, Consumer<EventRow> out) {
        Where w = eventWhere(f);
        if (storyId != 0) {
            w.add("e.story_id = ?", storyId);
        }
        String sql = eventSelect(w) + " ORDER BY e.eid";
        read("exporting events", () -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(1000);
                Sql.bind(ps, w.args.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.accept(eventRow(rs));
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(auto);
            }
            return null;
        });
    }

    /** The events query (alias e) with its article (a) and copy counts, up to and including WHERE. */
    private static String eventSelect(Where w) {
        // how many input records and outlets carry each story: its own sources and its near-duplicates'
        return "WITH copies AS (SELECT COALESCE(ca.duplicate_of, ca.id) AS story, COUNT(*) AS n_articles, "
                + "COUNT(DISTINCT cs.source) AS n_sources FROM articles ca JOIN article_sources cs ON cs.article_id = ca.id "
                + "GROUP BY COALESCE(ca.duplicate_of, ca.id)) "
                + "SELECT e.*, a.published AS a_published, a.url AS a_url, a.source AS a_source, a.added_at AS a_added, "
                + "c.n_articles, c.n_sources, st.num_mentions AS st_mentions, st.num_sources AS st_sources, "
                + "st.num_articles AS st_articles FROM events e JOIN articles a ON a.id = e.article_id "
                + "LEFT JOIN copies c ON c.story = COALESCE(a.duplicate_of, a.id) "
                + "LEFT JOIN stories st ON st.id = e.story_id WHERE 1 = 1" + w.sql;
    }

    /** The events {@code e} a query of {@link #eventWhere} reads, joined to their articles {@code a} only when a condition is on them. */
    private static String eventsFrom(Where w) {
        return " FROM events e" + (w.onArticles ? " JOIN articles a ON a.id = e.article_id" : "");
    }

    private static String eventCount(Where w) {
        return "SELECT COUNT(*)" + eventsFrom(w) + " WHERE 1 = 1" + w.sql;
    }

    /** How the database would count the events that pass {@code f} (SQLite's EXPLAIN QUERY PLAN), for tests. */
    List<String> eventCountPlan(Filter f) {
        Where w = eventWhere(f);
        return query("explaining", "EXPLAIN QUERY PLAN " + eventCount(w), w.args, rs -> rs.getString("detail"));
    }

    /**
     * As {@link #eventSelect} for one page (two parameters after the filter's: limit and offset). The page's
     * event ids are chosen first, from the indexes and the events alone; only then are its rows read whole with
     * their articles and stories, and the copy counts computed for them. (Reading every matching row whole
     * before sorting cost 0.45 s for an actor with 70,000 events; the copy counts, computed for the whole
     * database as the export does, a pass over every article per request.)
     */
    private static String eventPageSelect(String pageIds, String orderBy) {
        String page = pageIds + orderBy + " LIMIT ? OFFSET ?";
        String rows = "SELECT e.*, a.published AS a_published, a.url AS a_url, a.source AS a_source, "
                + "a.added_at AS a_added, COALESCE(a.duplicate_of, a.id) AS a_story, st.num_mentions AS st_mentions, "
                + "st.num_sources AS st_sources, st.num_articles AS st_articles FROM (" + page + ") page "
                + "JOIN events e ON e.eid = page.eid JOIN articles a ON a.id = e.article_id "
                + "LEFT JOIN stories st ON st.id = e.story_id";
        String ofStory = " FROM articles ca JOIN article_sources cs ON cs.article_id = ca.id "
                + "WHERE (ca.id = e.a_story AND ca.duplicate_of IS NULL) OR ca.duplicate_of = e.a_story) END";
        // the copy counts only where eventRow reads them: an event of a story takes its story's counts
        String unclustered = "CASE WHEN e.story_id IS NOT NULL AND e.st_mentions > 0 THEN 0 ELSE ";
        return "SELECT e.*, " + unclustered + "(SELECT COUNT(*)" + ofStory + " AS n_articles, " + unclustered
                + "(SELECT COUNT(DISTINCT cs.source)" + ofStory + " AS n_sources FROM (" + rows + ") e" + orderBy;
    }

    /** A row of {@link #eventSelect} or {@link #eventPageSelect}: the event with its article's copy counts, or its story's when clustered. */
    private static EventRow eventRow(ResultSet rs) throws SQLException {
        long story = rs.getLong("story_id");
        int articles = Math.max(1, rs.getInt("n_articles"));
        int sources = rs.getInt("n_sources");
        int mentions = articles;
        if (story != 0 && rs.getInt("st_mentions") > 0) { // the clustered event's counts
            articles = rs.getInt("st_articles");
            sources = rs.getInt("st_sources");
            mentions = rs.getInt("st_mentions");
        }
        return new EventRow(rs.getLong("eid"), event(rs), rs.getString("coder_version"),
                rs.getString("day"), rs.getString("day_source"), Sql.date(rs, "a_published"),
                rs.getString("a_url"), rs.getString("a_source"), rs.getString("a_added"),
                articles, sources, story, mentions);
    }

    /** Runs a query with the given parameters, mapping each row. */
    private <T> List<T> query(String what, String sql, List<Object> args, RowMapper<T> map) {
        return read(what, () -> {
            List<T> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.bind(ps, args.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(map.map(rs));
                    }
                }
            }
            return out;
        });
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private static List<Object> plus(List<Object> args, Object... more) {
        List<Object> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all;
    }

    private static int positive(int n, String what) {
        if (n < 0) {
            throw new IllegalArgumentException(what + " must not be negative");
        }
        return n;
    }

    /**
     * How far the events of a filter the per-day counts cannot answer are counted: counting a million matches cost
     * more than the page itself, and "10,000+" says enough to a reader. Changed by tests only.
     */
    int totalCap = 10_000;

    /**
     * Beyond this many events before a page's end, a page ordered by day is chosen by sorting every event that passes
     * (as for other orders), not by walking each code's events in day order.
     */
    private static final int WALK_LIMIT = 5_000;

    /** The page's ids are chosen as {@link #choose} says, then its rows read whole, all in one read transaction. */
    @Override
    public Page<EventRow> eventPage(Filter f, EventSort sort, int offset, int limit) {
        return inSnapshot("listing events", () -> {
            Chosen c = choose(f, sort, offset, limit);
            return new Page<>(c.total, offset, c.ids == null ? List.of() : query("listing events",
                    eventPageSelect(c.ids, sort.orderBy()), plus(c.args, limit, offset), JdbcStore::eventRow), c.capped);
        });
    }

    /** As {@link #eventPage}, the events' ids and days only: no row of events, articles or stories is read whole. */
    @Override
    public Page<EventKey> eventKeys(Filter f, EventSort sort, int offset, int limit) {
        return inSnapshot("listing events", () -> {
            Chosen c = choose(f, sort, offset, limit);
            if (c.ids == null) {
                return new Page<>(c.total, offset, List.<EventKey>of(), c.capped);
            }
            String keys = "SELECT e.eid, e.day FROM (" + c.ids + sort.orderBy() + " LIMIT ? OFFSET ?) page "
                    + "JOIN events e ON e.eid = page.eid" + sort.orderBy();
            return new Page<>(c.total, offset, query("listing events", keys, plus(c.args, limit, offset),
                    rs -> new EventKey(rs.getLong("eid"), rs.getString("day"))), c.capped);
        });
    }

    @Override
    public List<EventRow> eventsById(List<Long> eids) {
        if (eids.isEmpty()) {
            return List.of();
        }
        String ids = "SELECT e.eid FROM events e WHERE e.eid IN ("
                + String.join(", ", java.util.Collections.nCopies(eids.size(), "?")) + ")";
        Map<Long, EventRow> byId = new HashMap<>();
        for (EventRow r : query("reading events", eventPageSelect(ids, " ORDER BY e.eid"),
                plus(new ArrayList<>(eids), eids.size(), 0), JdbcStore::eventRow)) {
            byId.put(r.eid(), r);
        }
        List<EventRow> out = new ArrayList<>();
        for (long id : eids) {
            EventRow r = byId.get(id);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** How many events pass, and the SQL (with its parameters) that selects the ids a page is taken from; null ids: no page. */
    private record Chosen(long total, boolean capped, String ids, List<Object> args) {
    }

    /**
     * The total comes from {@code event_day_counts} when the filter allows (schema 6). A page ordered by day of an
     * actor, source, target or dyad is chosen by walking, for each exact code (or pair of codes) under the prefixes
     * that the day counts list, that code's index in day order up to the page's end ({@link #walkedPageIds}), instead
     * of sorting every event that passes (70,000 for a busy actor). Callers run it in one read transaction, so that
     * the total, the codes and the page see the same events while an ingest writes.
     */
    private Chosen choose(Filter f, EventSort sort, int offset, int limit) throws SQLException {
        positive(limit, "limit");
        positive(offset, "offset");
        if (!EventDayCounts.answers(f)) {
            // a CAMEO code, place, outlet, text or article: counted from the events, up to totalCap
            List<Where> sides = pageSides(f);
            String ids = pageIds(sides, sort.key());
            long n = query("counting events", "SELECT COUNT(*) FROM (" + pageIds(sides, EventSort.Key.ID) + " LIMIT ?) n",
                    plus(allArgs(sides), totalCap + 1L), rs -> rs.getLong(1)).get(0);
            boolean capped = n > totalCap;
            return new Chosen(capped ? totalCap : n, capped, limit == 0 ? null : ids, allArgs(sides));
        }
        EventDayCounts.Query t = EventDayCounts.total(f, this::unindexed);
        long total = query("counting events", t.sql(), t.args(), rs -> rs.getLong(1)).get(0);
        if (limit == 0 || offset >= total) {
            return new Chosen(total, false, null, List.of());
        }
        boolean byCode = f.actor() != null ? f.source() == null && f.target() == null
                : f.source() != null || f.target() != null;
        if (sort.key() != EventSort.Key.DAY || !byCode || (long) offset + limit > WALK_LIMIT) {
            List<Where> sides = pageSides(f);
            return new Chosen(total, false, pageIds(sides, sort.key()), allArgs(sides));
        }
        List<Object> args = new ArrayList<>();
        String ids = walkedPageIds(f, sort, offset + limit, args);
        if (ids == null) { // a prefix of too many codes: sorted instead
            List<Where> sides = pageSides(f);
            return new Chosen(total, false, pageIds(sides, sort.key()), allArgs(sides));
        }
        return new Chosen(total, false, ids, args);
    }

    /**
     * At most this many walks in one page query (SQLite allows 500 terms in a compound SELECT); a prefix of more
     * codes (an actor «I», say) is sorted instead.
     */
    private static final int MAX_WALKS = 100;

    /**
     * The ids of the first {@code wanted} events of {@code f} in day order, as the UNION of one walk per exact code:
     * each {@code SELECT ... WHERE source_code = ? ... ORDER BY day LIMIT wanted} reads its code's index
     * ({@code events_source_day}, {@code events_target_cover}, or {@code events_source_cover} for a pair) in day
     * order and stops after {@code wanted} matches. The first {@code wanted} of all are among the first
     * {@code wanted} of each code, so the page is the one sorting everything gives. UNION, not UNION ALL: an actor's
     * event whose source and target both match is found twice. Null when there would be more than {@link #MAX_WALKS}.
     */
    private String walkedPageIds(Filter f, EventSort sort, int wanted, List<Object> args) throws SQLException {
        List<String> walks = new ArrayList<>();
        Filter rest = f.withActor(null).withDyad(null, null);
        if (f.actor() != null) {
            for (String code : codes(EventDayCounts.codes("source_code", f.actor()))) {
                walks.add(walk(rest, "e.source_code = ?", List.of(code), sort, wanted, args));
            }
            for (String code : codes(EventDayCounts.codes("target_code", f.actor()))) {
                walks.add(walk(rest, "e.target_code = ?", List.of(code), sort, wanted, args));
            }
        } else if (f.source() != null && f.target() != null) {
            EventDayCounts.Query q = EventDayCounts.pairs(f.source(), f.target());
            for (List<Object> pair : query("listing dyads", q.sql(), q.args(),
                    rs -> List.<Object>of(rs.getString(1), rs.getString(2)))) {
                walks.add(walk(rest, "e.source_code = ? AND e.target_code = ?", pair, sort, wanted, args));
            }
        } else {
            String column = f.source() != null ? "source_code" : "target_code";
            for (String code : codes(EventDayCounts.codes(column, f.source() != null ? f.source() : f.target()))) {
                walks.add(walk(rest, "e." + column + " = ?", List.of(code), sort, wanted, args));
            }
        }
        if (walks.size() > MAX_WALKS) {
            args.clear();
            return null;
        }
        if (walks.isEmpty()) {
            return "SELECT e.eid FROM events e WHERE 1 = 0";
        }
        return "SELECT e.eid FROM (" + String.join(" UNION ", walks) + ") e";
    }

    private List<String> codes(EventDayCounts.Query q) {
        return query("listing actor codes", q.sql(), q.args(), rs -> rs.getString(1));
    }

    /** One code's walk: its first {@code wanted} events (id and day) passing {@code rest}, in day order. */
    private String walk(Filter rest, String code, List<Object> codeArgs, EventSort sort, int wanted, List<Object> args) {
        Where w = eventWhere(rest, false);
        args.addAll(codeArgs);
        args.addAll(w.args);
        args.add(wanted);
        return "SELECT * FROM (SELECT e.eid, e.day" + eventsFrom(w) + " WHERE " + code + w.sql + sort.orderBy()
                + " LIMIT ?) w" + args.size();
    }

    /** {@link #eventPage} counting and sorting the events themselves: what the day counts must agree with (tests). */
    Page<EventRow> eventPageFromEvents(Filter f, EventSort sort, int offset, int limit) {
        List<Where> sides = pageSides(f);
        long total = query("counting events", "SELECT COUNT(*) FROM (" + pageIds(sides, EventSort.Key.ID) + ") n",
                allArgs(sides), rs -> rs.getLong(1)).get(0);
        return new Page<>(total, offset, pageRows(f, sort, positive(offset, "offset"), positive(limit, "limit")));
    }

    /** A page's rows, chosen by sorting every event that passes. */
    private List<EventRow> pageRows(Filter f, EventSort sort, int offset, int limit) {
        List<Where> sides = pageSides(f);
        return query("listing events", eventPageSelect(pageIds(sides, sort.key()), sort.orderBy()),
                plus(allArgs(sides), limit, offset), JdbcStore::eventRow);
    }

    /**
     * The conditions a page's ids are chosen by: one set, or for an actor (source OR target) two, its source side and
     * its target side, each a range of its own covering index (an OR of the two made the planner read every
     * matching event's row, or skip-scan the source index for the target side).
     */
    private List<Where> pageSides(Filter f) {
        List<Where> sides = new ArrayList<>();
        if (f.actor() == null) {
            sides.add(eventWhere(f));
        } else {
            Filter rest = f.withActor(null);
            for (String column : List.of("e.source_code", "e.target_code")) {
                Where w = eventWhere(rest, true);
                w.prefix(column, f.actor());
                sides.add(w);
            }
        }
        return sides;
    }

    /**
     * The ids (and the sort column) of the events that pass {@code sides}: one query, or the UNION of the two sides of
     * an actor under the alias {@code e}, so that {@link EventSort#orderBy} reads the same either way. UNION, not
     * UNION ALL: an event whose source and target both match is one row.
     */
    private static String pageIds(List<Where> sides, EventSort.Key key) {
        String columns = key == EventSort.Key.ID ? "e.eid" : "e.eid, " + key.column;
        if (sides.size() == 1) {
            return "SELECT " + columns + eventsFrom(sides.get(0)) + " WHERE 1 = 1" + sides.get(0).sql;
        }
        List<String> parts = new ArrayList<>();
        for (Where w : sides) {
            parts.add("SELECT " + columns + eventsFrom(w) + " WHERE 1 = 1" + w.sql);
        }
        return "SELECT e.eid FROM (" + String.join(" UNION ", parts) + ") e";
    }

    private static List<Object> allArgs(List<Where> sides) {
        List<Object> all = new ArrayList<>();
        sides.forEach(w -> all.addAll(w.args));
        return all;
    }

    /**
     * Runs reads in one read transaction, one snapshot of the database for all of them, rolled back after; inside a
     * write transaction the reads simply join it. (PostgreSQL's default isolation takes a snapshot per statement.)
     */
    protected <T> T inSnapshot(String what, Work<T> reads) {
        return read(what, () -> {
            if (!c.getAutoCommit()) {
                return reads.run();
            }
            c.setAutoCommit(false);
            try {
                try (Statement s = c.createStatement()) {
                    s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
                }
                return reads.run();
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        });
    }

    @Override
    public Page<Counts.Article> articlePage(Filter f, int offset, int limit) {
        Where w = new Where();
        articleScope(w, f);
        articleConditions(w, f);
        articlesWithEvents(w, f);
        long total = query("counting articles", "SELECT COUNT(*) FROM articles a WHERE 1 = 1" + w.sql, w.args,
                rs -> rs.getLong(1)).get(0);
        List<Counts.Article> items = query("listing articles", "SELECT a.id, a.title, a.url, a.source, a.published, "
                        + "a.duplicate_of, (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS n_events "
                        + "FROM articles a WHERE 1 = 1" + w.sql
                        + " ORDER BY CASE WHEN a.published IS NULL THEN 1 ELSE 0 END, a.published DESC, a.rid DESC "
                        + "LIMIT ? OFFSET ?", plus(w.args, positive(limit, "limit"), positive(offset, "offset")),
                rs -> new Counts.Article(rs.getString("id"), rs.getString("title"), rs.getString("url"),
                        rs.getString("source"), Sql.date(rs, "published"), rs.getString("duplicate_of"),
                        rs.getLong("n_events")));
        return new Page<>(total, offset, items);
    }

    /** A mention no dictionary resolved: the recognizer's bare names and its titled people. */
    private static final String UNRESOLVED = "(m.code IS NULL AND m.entry LIKE 'ner:%' OR m.why LIKE '%recognized-person') "
            + "AND a.duplicate_of IS NULL";

    @Override
    public List<Counts.Unresolved> unresolved(int minCount, int limit) {
        // names no dictionary knows: the recognizer's bare names, and the people it found after a title with
        // a country, which the title codes (وزير الخارجية الإيراني + a name → IRNGOV) but no dictionary names
        String top = "SELECT m.text, m.type, m.code, COUNT(*) AS n, COUNT(DISTINCT m.article_id) AS arts, "
                + "MIN(m.article_id) AS sample FROM mentions m JOIN articles a ON a.id = m.article_id WHERE " + UNRESOLVED
                + " GROUP BY m.text, m.type, m.code HAVING COUNT(*) >= ? ORDER BY COUNT(*) DESC, m.text, m.code LIMIT ?";
        List<Object> topArgs = List.of(positive(minCount, "min-count"), positive(limit, "limit"));
        List<Counts.Unresolved> names = query("listing unresolved names", top, topArgs,
                rs -> new Counts.Unresolved(rs.getString("text"), rs.getString("type"), rs.getString("code"), rs.getLong("n"),
                        rs.getLong("arts"), rs.getString("sample"), 0, 0, null, List.of()));
        Map<String, String> near = codesNear(top, topArgs);
        Map<String, List<Counts.Sample>> samples = samples(top, topArgs);
        List<Counts.Unresolved> out = new ArrayList<>();
        for (Counts.Unresolved u : names) {
            List<Counts.Sample> mine = samples.getOrDefault(u.text() + '\t' + u.code(), List.of());
            Counts.Sample first = mine.isEmpty() ? new Counts.Sample(u.sampleArticle(), 0, 0, 0, 0) : mine.get(0);
            out.add(new Counts.Unresolved(u.text(), u.type(), u.code(), u.mentions(), u.articles(), first.articleId(),
                    first.sentenceStart(), first.sentenceEnd(), near.getOrDefault(u.text(), ""), mine));
        }
        return out;
    }

    /** Codes listed per name in {@link #unresolved}: a country's codes together can outweigh another's first. */
    private static final int NEAR_CODES = 6;

    /** Sentences per name in {@link #unresolved}: enough to weigh a name's context, few enough to read. */
    private static final int SAMPLES = 5;

    /**
     * A few occurrences of each name {@code top} lists (keyed by text and code), the first in each of its
     * first articles: one query for all names, like {@link #codesNear}.
     */
    private Map<String, List<Counts.Sample>> samples(String top, List<Object> topArgs) {
        String sql = "SELECT m.text, m.code, m.article_id, s.start_off, s.end_off, m.start_off AS m_start, "
                + "m.end_off AS m_end FROM mentions m JOIN articles a ON a.id = m.article_id "
                + "JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence "
                + "WHERE " + UNRESOLVED + " AND m.text IN (SELECT t.text FROM (" + top + ") t) "
                + "ORDER BY m.text, m.code, m.article_id, m.ord";
        Map<String, List<Counts.Sample>> out = new HashMap<>();
        query("sentences of unresolved names", sql, topArgs, rs -> {
            List<Counts.Sample> list = out.computeIfAbsent(rs.getString("text") + '\t' + rs.getString("code"),
                    k -> new ArrayList<>());
            String article = rs.getString("article_id");
            boolean newArticle = list.isEmpty() || !list.get(list.size() - 1).articleId().equals(article);
            if (list.size() < SAMPLES && newArticle) {
                list.add(new Counts.Sample(article, rs.getInt("start_off"), rs.getInt("end_off"),
                        rs.getInt("m_start"), rs.getInt("m_end")));
            }
            return null;
        });
        return out;
    }

    /**
     * The six codes named most often in the same sentences as each of the names {@code top} lists ("IRN×12
     * USA×3"): a hint at whose actor a name is. One grouped query for all names: {@code mentions.text} has no
     * index, so a query per name would read every mention once per name.
     */
    private Map<String, String> codesNear(String top, List<Object> topArgs) {
        String sql = "SELECT m.text, c.code, COUNT(*) AS n FROM mentions m JOIN articles a ON a.id = m.article_id "
                + "JOIN mentions c ON c.article_id = m.article_id AND c.sentence = m.sentence AND c.ord <> m.ord "
                + "WHERE " + UNRESOLVED + " AND c.code IS NOT NULL AND m.text IN (SELECT t.text FROM (" + top + ") t) "
                + "GROUP BY m.text, c.code ORDER BY m.text, COUNT(*) DESC, c.code";
        Map<String, List<String>> codes = new HashMap<>();
        query("codes near unresolved names", sql, topArgs, rs -> {
            List<String> list = codes.computeIfAbsent(rs.getString("text"), k -> new ArrayList<>());
            if (list.size() < NEAR_CODES) {
                list.add(rs.getString("code") + "×" + rs.getLong("n"));
            }
            return null;
        });
        Map<String, String> out = new HashMap<>();
        codes.forEach((name, list) -> out.put(name, String.join(" ", list)));
        return out;
    }

    @Override
    public List<Counts.Actor> actorCounts(Filter f, int limit) {
        Where w = eventWhere(f);
        String from = eventsFrom(w) + " WHERE 1 = 1" + w.sql;
        String sql = "SELECT x.code, MAX(x.name) AS name, SUM(x.s) AS as_source, SUM(x.t) AS as_target, "
                + "AVG(x.g) AS mean_g FROM (SELECT e.source_code AS code, e.source_name AS name, 1 AS s, 0 AS t, "
                + "e.goldstein AS g" + from + " UNION ALL SELECT e.target_code AS code, e.target_name AS name, 0 AS s, "
                + "1 AS t, e.goldstein AS g" + from + ") x WHERE x.code IS NOT NULL GROUP BY x.code "
                + "ORDER BY COUNT(*) DESC, x.code LIMIT ?";
        List<Object> args = new ArrayList<>(w.args);
        args.addAll(w.args);
        args.add(positive(limit, "limit"));
        return query("counting actors", sql, args, rs -> new Counts.Actor(rs.getString("code"), rs.getString("name"),
                rs.getLong("as_source"), rs.getLong("as_target"), rs.getDouble("mean_g")));
    }

    @Override
    public List<Counts.Dyad> dyadCounts(Filter f, int limit) {
        Where w = eventWhere(f);
        String sql = "SELECT e.source_code, e.target_code, MAX(e.source_name) AS sn, MAX(e.target_name) AS tn, "
                + "COUNT(*) AS n, AVG(e.goldstein) AS mean_g" + eventsFrom(w) + " "
                + "WHERE e.source_code IS NOT NULL AND e.target_code IS NOT NULL" + w.sql
                + " GROUP BY e.source_code, e.target_code ORDER BY COUNT(*) DESC, e.source_code, e.target_code LIMIT ?";
        return query("counting dyads", sql, plus(w.args, positive(limit, "limit")),
                rs -> new Counts.Dyad(rs.getString("source_code"), rs.getString("target_code"), rs.getString("sn"),
                        rs.getString("tn"), rs.getLong("n"), rs.getDouble("mean_g")));
    }

    @Override
    public List<Counts.Day> dayCounts(Filter f) {
        if (!EventDayCounts.answers(f)) {
            return dayCountsFromEvents(f);
        }
        EventDayCounts.Query q = EventDayCounts.perDayAndQuad(f, this::unindexed);
        return query("counting events by day", q.sql(), q.args(),
                rs -> new Counts.Day(rs.getString("day"), rs.getInt("quad_class"), rs.getLong("n"),
                        rs.getLong("g_milli") / 1000.0));
    }

    /** {@link #dayCounts} from the events themselves: what the day counts must agree with (tests, filters they cannot answer). */
    List<Counts.Day> dayCountsFromEvents(Filter f) {
        Where w = eventWhere(f);
        return query("counting events by day", dayCountSql(w), w.args, rs -> new Counts.Day(rs.getString("day"),
                rs.getInt("quad_class"), rs.getLong("n"), rs.getDouble("g")));
    }

    /** How the database would make the day series of {@code f} (SQLite's EXPLAIN QUERY PLAN), for tests. */
    List<String> dayCountPlan(Filter f) {
        if (EventDayCounts.answers(f)) {
            EventDayCounts.Query q = EventDayCounts.perDayAndQuad(f, this::unindexed);
            return explain(q.sql(), q.args());
        }
        Where w = eventWhere(f);
        return explain(dayCountSql(w), w.args);
    }

    /** How the database would count the events of {@code f} from the day counts (SQLite's EXPLAIN QUERY PLAN), for tests. */
    List<String> totalPlan(Filter f) {
        EventDayCounts.Query q = EventDayCounts.total(f, this::unindexed);
        return explain(q.sql(), q.args());
    }

    /** How the database would choose the ids of a page of {@code f} in day order by walking codes, for tests. */
    List<String> walkPlan(Filter f, EventSort sort, int wanted) {
        return inSnapshot("explaining", () -> {
            List<Object> args = new ArrayList<>();
            return explain(walkedPageIds(f, sort, wanted, args), args);
        });
    }

    private List<String> explain(String sql, List<Object> args) {
        return query("explaining", "EXPLAIN QUERY PLAN " + sql, args, rs -> rs.getString("detail"));
    }

    private static String dayCountSql(Where w) {
        return "SELECT e.day, e.quad_class, COUNT(*) AS n, SUM(e.goldstein) AS g" + eventsFrom(w)
                + " WHERE e.day IS NOT NULL" + w.sql
                + " GROUP BY e.day, e.quad_class ORDER BY e.day, e.quad_class";
    }

    @Override
    public List<Counts.Place> placeCounts(Filter f, int limit) {
        Where w = eventWhere(f);
        String sql = "SELECT e.loc_name, MAX(e.loc_name_en) AS name_en, e.loc_country, e.loc_lat, e.loc_lon, "
                + "COUNT(*) AS n, AVG(e.goldstein) AS mean_g" + eventsFrom(w) + " "
                + "WHERE e.loc_lat IS NOT NULL AND e.loc_lon IS NOT NULL" + w.sql
                + " GROUP BY e.loc_name, e.loc_country, e.loc_lat, e.loc_lon ORDER BY COUNT(*) DESC, e.loc_name LIMIT ?";
        return query("counting places", sql, plus(w.args, positive(limit, "limit")),
                rs -> new Counts.Place(rs.getString("loc_name"), rs.getString("name_en"), rs.getString("loc_country"),
                        Sql.doubleOrNull(rs, "loc_lat"), Sql.doubleOrNull(rs, "loc_lon"), rs.getLong("n"),
                        rs.getDouble("mean_g")));
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

    // --- stories (clustered events) ------------------------------------------------------------------

    /** Puts each event of a just-stored coding into a story (an existing one when it reports the same event). */
    private Map<Long, List<Long>> cluster(CodedArticle coded, List<StoryTerms> terms) throws SQLException {
        Article a = coded.article();
        List<Long> eids = new ArrayList<>();
        PreparedStatement ids = ps("SELECT eid FROM events WHERE article_id = ? ORDER BY ord");
        Sql.bind(ids, a.id());
        try (ResultSet rs = ids.executeQuery()) {
            while (rs.next()) {
                eids.add(rs.getLong(1));
            }
        }
        Map<Long, List<Long>> touched = new java.util.LinkedHashMap<>(); // story → its new events
        List<Event> events = coded.events();
        for (int i = 0; i < events.size() && i < eids.size(); i++) {
            Event x = events.get(i);
            String date = Stories.clusterDate(x.date(), a.published());
            String sk = Stories.key(x.source() == null ? null : x.source().code());
            String tk = Stories.key(x.target() == null ? null : x.target().code());
            String ev = terms.get(i).evidence();
            String sent = terms.get(i).sentence();
            long story = findStory(date, sk, tk, x.cameoCode(), ev, sent);
            if (story == 0) {
                String now = Instant.now().toString();
                PreparedStatement ins = ps("INSERT INTO stories (day, source_key, target_key, cameo_code, cameo_root, "
                        + "first_event, evidence_terms, sentence_terms, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
                Sql.bind(ins, date, sk, tk, x.cameoCode(), x.cameoRoot(), eids.get(i), ev, sent, now, now);
                try (ResultSet rs = ins.executeQuery()) {
                    rs.next();
                    story = rs.getLong(1);
                }
            }
            update("UPDATE events SET story_id = ? WHERE eid = ?", story, eids.get(i));
            touched.computeIfAbsent(story, k -> new ArrayList<>()).add(eids.get(i));
        }
        return touched;
    }

    /** The most similar story this event reports, or 0 (see {@link Stories}). */
    private long findStory(String date, String sk, String tk, String code, String ev, String sent) throws SQLException {
        if (date.isEmpty()) {
            return 0; // no date at all: nothing to compare with
        }
        String[] window = Stories.window(date);
        PreparedStatement ps = ps("SELECT id, cameo_code, evidence_terms, sentence_terms FROM stories "
                + "WHERE source_key = ? AND target_key = ? AND day >= ? AND day <= ? ORDER BY id");
        Sql.bind(ps, sk, tk, window[0], window[1]);
        Stories.TermSet evidence = Stories.termSet(ev); // split once, compared with every candidate
        Stories.TermSet sentence = Stories.termSet(sent);
        long best = 0;
        double bestSim = -1;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (!Stories.compatible(code, rs.getString(2))) {
                    continue;
                }
                // the terms as stored UTF-8 bytes: compared without decoding them (Stories.TermSet)
                double sim = Math.max(evidence.similarity(rs.getBytes(3)), sentence.similarity(rs.getBytes(4)));
                if (sim >= Stories.MIN_SIMILARITY && sim > bestSim) {
                    best = rs.getLong(1);
                    bestSim = sim;
                }
            }
        }
        return best;
    }

    /**
     * Counts a story's reports again, follows them in its alerts, and raises the alerts its reports now call
     * for (a rule matched by one of its events, with enough sources). A story left without events is removed.
     * Whether an event matches a rule does not change, so only {@code newEvents} are matched against rules,
     * unless the story has just reached a rule's {@code min_sources} (or {@code newEvents} is null): then all
     * its events are. A story reported a thousand times is not read a thousand times.
     */
    private void refreshStory(long story, List<Long> newEvents) throws SQLException {
        int oldSources;
        PreparedStatement old = ps("SELECT num_sources FROM stories WHERE id = ?");
        Sql.bind(old, story);
        try (ResultSet rs = old.executeQuery()) {
            oldSources = rs.next() ? rs.getInt(1) : 0;
        }
        PreparedStatement cnt = ps("SELECT COUNT(*), COUNT(DISTINCT s.id), COUNT(DISTINCT COALESCE(s.source, '')) "
                + "FROM events e JOIN article_sources s ON s.article_id = e.article_id WHERE e.story_id = ?");
        Sql.bind(cnt, story);
        int mentions;
        int articles;
        int sources;
        try (ResultSet rs = cnt.executeQuery()) {
            rs.next();
            mentions = rs.getInt(1);
            articles = rs.getInt(2);
            sources = rs.getInt(3);
        }
        if (mentions == 0) {
            update("DELETE FROM alerts WHERE story_id = ?", story);
            update("UPDATE events SET story_id = NULL WHERE story_id = ?", story);
            update("DELETE FROM stories WHERE id = ?", story);
            return;
        }
        String now = Instant.now().toString();
        update("UPDATE stories SET num_mentions = ?, num_sources = ?, num_articles = ?, updated_at = ? WHERE id = ?",
                mentions, sources, articles, now, story);
        update("UPDATE alerts SET num_mentions = ?, num_sources = ?, num_articles = ?, updated_at = ? WHERE story_id = ? "
                + "AND (num_mentions <> ? OR num_sources <> ? OR num_articles <> ?)", mentions, sources, articles, now,
                story, mentions, sources, articles);
        List<StoredRule> rules = storedRules();
        if (rules.isEmpty()) {
            return;
        }
        Set<Long> have = new HashSet<>();
        PreparedStatement ps = ps("SELECT rule_id FROM alerts WHERE story_id = ?");
        Sql.bind(ps, story);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                have.add(rs.getLong(1));
            }
        }
        List<StoredRule> pending = new ArrayList<>();
        boolean all = newEvents == null;
        for (StoredRule r : rules) {
            if (!have.contains(r.id()) && r.rule().minSources() <= sources) {
                pending.add(r);
                all |= oldSources < r.rule().minSources() && r.rule().minSources() > 1;
            }
        }
        if (pending.isEmpty() || !all && newEvents.isEmpty()) {
            return;
        }
        List<Alert> found = new ArrayList<>();
        if (all) {
            PreparedStatement ev = ps(EVENT_WITH_TEXT + " WHERE e.story_id = ? ORDER BY e.eid");
            Sql.bind(ev, story);
            match(ev, pending, story, mentions, sources, articles, now, found);
        } else {
            for (long eid : newEvents) {
                PreparedStatement ev = ps(EVENT_WITH_TEXT + " WHERE e.eid = ?");
                Sql.bind(ev, eid);
                match(ev, pending, story, mentions, sources, articles, now, found);
            }
        }
        for (Alert a : found) {
            long ruleId = rules.stream().filter(r -> r.rule().name().equals(a.rule())).findFirst().orElseThrow().id();
            PreparedStatement ins = ps("INSERT INTO alerts (rule_id, story_id, event_eid, article_id, evidence, sentence, "
                    + "num_mentions, num_sources, num_articles, created_at, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
            Sql.bind(ins, ruleId, story, a.eventEid(), a.articleId(), a.evidence(), a.sentence(), mentions, sources,
                    articles, now, now);
            long id;
            try (ResultSet rs = ins.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            raised.add(new Alert(id, a.rule(), a.ruleTitle(), story, a.eventEid(), a.event(), a.articleId(), a.url(),
                    a.outlet(), a.published(), a.evidence(), a.sentence(), mentions, sources, articles, now, now, null));
        }
    }

    /** Matches the events {@code ev} selects against the pending rules; a rule that matches is done. */
    private static void match(PreparedStatement ev, List<StoredRule> pending, long story, int mentions, int sources,
                              int articles, String now, List<Alert> found) throws SQLException {
        try (ResultSet rs = ev.executeQuery()) {
            while (rs.next() && !pending.isEmpty()) {
                Matched m = matched(rs);
                for (var it = pending.iterator(); it.hasNext(); ) {
                    StoredRule r = it.next();
                    if (r.rule().matches(m.event(), m.evidence(), m.sentence())) {
                        it.remove();
                        found.add(new Alert(0, r.rule().name(), r.rule().title(), story, m.eid(), m.event(),
                                m.event().articleId(), m.url(), m.outlet(), m.published(), m.evidence(), m.sentence(),
                                mentions, sources, articles, now, now, null));
                    }
                }
            }
        }
    }

    /** An event with its article's text around it, for matching rules. */
    private static final String EVENT_WITH_TEXT = "SELECT e.*, a.text AS a_text, a.url AS a_url, a.source AS a_source, "
            + "a.published AS a_published, se.start_off AS se_start, se.end_off AS se_end FROM events e "
            + "JOIN articles a ON a.id = e.article_id LEFT JOIN sentences se ON se.article_id = e.article_id "
            + "AND se.idx = e.sentence";

    private record Matched(long eid, Event event, String evidence, String sentence, String url, String outlet,
                           java.time.LocalDate published) {
    }

    private static Matched matched(ResultSet rs) throws SQLException {
        Event e = event(rs);
        String text = rs.getString("a_text");
        Integer ss = Sql.intOrNull(rs, "se_start");
        String sentence = ss == null ? null : StoryTerms.slice(text, new Span(ss, rs.getInt("se_end")));
        return new Matched(rs.getLong("eid"), e, StoryTerms.slice(text, e.evidence()), sentence, rs.getString("a_url"),
                rs.getString("a_source"), Sql.date(rs, "a_published"));
    }

    @Override
    public Optional<Story> story(long id) {
        return read("reading story " + id, () -> {
            PreparedStatement ps = ps("SELECT * FROM stories WHERE id = ?");
            Sql.bind(ps, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Story(rs.getLong("id"), rs.getString("day"), rs.getString("source_key"),
                        rs.getString("target_key"), rs.getString("cameo_code"), rs.getString("cameo_root"),
                        rs.getLong("first_event"), rs.getInt("num_mentions"), rs.getInt("num_sources"),
                        rs.getInt("num_articles")));
            }
        });
    }

    @Override
    public void storyEvents(long storyId, Consumer<EventRow> out) {
        events(Filter.ALL.withIncludeDuplicates(true), storyId, out);
    }

    @Override
    public long recluster() {
        return tx("recomputing stories", () -> {
            lockStories();
            Map<String, String[]> state = new HashMap<>(); // (rule, event) → created_at, read_at
            try (PreparedStatement ps = c.prepareStatement("SELECT rule_id, event_eid, created_at, read_at FROM alerts");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    state.put(rs.getLong(1) + ":" + rs.getLong(2), new String[] {rs.getString(3), rs.getString(4)});
                }
            }
            update("DELETE FROM alerts");
            update("UPDATE events SET story_id = NULL");
            update("DELETE FROM stories");
            long n = 0;
            for (String id : articleIds(null)) {
                CodedArticle coded = coded(id).orElseThrow();
                for (Map.Entry<Long, List<Long>> story : cluster(coded, StoryTerms.of(coded)).entrySet()) {
                    refreshStory(story.getKey(), story.getValue());
                }
                n++;
            }
            raised.clear(); // recomputed, not new: nothing is sent again
            for (Map.Entry<String, String[]> e : state.entrySet()) {
                String[] k = e.getKey().split(":");
                update("UPDATE alerts SET created_at = ?, read_at = ? WHERE rule_id = ? AND event_eid = ?",
                        e.getValue()[0], e.getValue()[1], Long.parseLong(k[0]), Long.parseLong(k[1]));
            }
            return n;
        });
    }

    // --- watch rules and alerts ------------------------------------------------------------------------

    /** The stored rules, read again only when the table changed. */
    private List<StoredRule> storedRules() throws SQLException {
        PreparedStatement st = ps("SELECT COUNT(*), MAX(id), MAX(updated_at) FROM watch_rules");
        String stamp;
        try (ResultSet rs = st.executeQuery()) {
            rs.next();
            stamp = rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getString(3);
        }
        if (stamp.equals(rulesStamp)) {
            return rulesCache;
        }
        List<StoredRule> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, yaml FROM watch_rules ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                try {
                    out.add(new StoredRule(rs.getLong(1), WatchRule.parse(rs.getString(3), rs.getString(2))));
                } catch (IllegalArgumentException e) {
                    // stored by a marsad that read it differently: left out rather than stopping ingest
                }
            }
        }
        rulesCache = List.copyOf(out);
        rulesStamp = stamp;
        return rulesCache;
    }

    @Override
    public boolean saveRule(WatchRule rule) {
        return tx("saving watch rule " + rule.name(), () -> {
            String now = Instant.now().toString();
            if (update("UPDATE watch_rules SET yaml = ?, updated_at = ? WHERE name = ?", rule.yaml(), now, rule.name()) > 0) {
                return false;
            }
            update("INSERT INTO watch_rules (name, yaml, added_at, updated_at) VALUES (?, ?, ?, ?)", rule.name(),
                    rule.yaml(), now, now);
            return true;
        });
    }

    @Override
    public boolean removeRule(String name) {
        return tx("removing watch rule " + name, () -> {
            update("DELETE FROM alerts WHERE rule_id IN (SELECT id FROM watch_rules WHERE name = ?)", name);
            return update("DELETE FROM watch_rules WHERE name = ?", name) > 0;
        });
    }

    @Override
    public List<WatchRule> rules() {
        return read("reading watch rules", () -> storedRules().stream().map(StoredRule::rule).toList());
    }

    private static final String ALERT_SELECT = "SELECT e.*, al.id AS al_id, al.rule_id AS al_rule, al.story_id AS al_story, "
            + "al.event_eid AS al_eid, al.evidence AS al_evidence, al.sentence AS al_sentence, "
            + "al.num_mentions AS al_mentions, al.num_sources AS al_sources, al.num_articles AS al_articles, "
            + "al.created_at AS al_created, al.updated_at AS al_updated, al.read_at AS al_read, r.name AS r_name, "
            + "a.url AS a_url, a.source AS a_source, a.published AS a_published FROM alerts al "
            + "JOIN watch_rules r ON r.id = al.rule_id JOIN events e ON e.eid = al.event_eid "
            + "JOIN articles a ON a.id = al.article_id";

    private Alert alert(ResultSet rs, Map<String, WatchRule> rules) throws SQLException {
        WatchRule rule = rules.get(rs.getString("r_name"));
        Event e = event(rs);
        return new Alert(rs.getLong("al_id"), rs.getString("r_name"), rule == null ? rs.getString("r_name") : rule.title(),
                rs.getLong("al_story"), rs.getLong("al_eid"), e, e.articleId(), rs.getString("a_url"),
                rs.getString("a_source"), Sql.date(rs, "a_published"), rs.getString("al_evidence"),
                rs.getString("al_sentence"), rs.getInt("al_mentions"), rs.getInt("al_sources"),
                rs.getInt("al_articles"), rs.getString("al_created"), rs.getString("al_updated"), rs.getString("al_read"));
    }

    private Map<String, WatchRule> rulesByName() throws SQLException {
        Map<String, WatchRule> m = new HashMap<>();
        for (StoredRule r : storedRules()) {
            m.put(r.rule().name(), r.rule());
        }
        return m;
    }

    @Override
    public List<Alert> alerts(boolean unreadOnly, int limit) {
        return read("reading alerts", () -> {
            Map<String, WatchRule> rules = rulesByName();
            List<Alert> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(ALERT_SELECT + (unreadOnly ? " WHERE al.read_at IS NULL" : "")
                    + " ORDER BY al.id DESC LIMIT ?")) {
                Sql.bind(ps, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(alert(rs, rules));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Optional<Alert> alert(long id) {
        return read("reading alert " + id, () -> {
            try (PreparedStatement ps = c.prepareStatement(ALERT_SELECT + " WHERE al.id = ?")) {
                Sql.bind(ps, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(alert(rs, rulesByName())) : Optional.empty();
                }
            }
        });
    }

    @Override
    public boolean markRead(long id) {
        return tx("marking alert " + id + " read", () -> {
            if (count("SELECT COUNT(*) FROM alerts WHERE id = ?", id) == 0) {
                return false;
            }
            update("UPDATE alerts SET read_at = ? WHERE id = ? AND read_at IS NULL", Instant.now().toString(), id);
            return true;
        });
    }

    @Override
    public List<Alert> test(WatchRule rule, int limit) {
        return read("testing watch rule " + rule.name(), () -> {
            List<Alert> out = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            String sql = EVENT_WITH_TEXT.replace(" FROM events e ", ", st.num_mentions AS st_mentions, "
                    + "st.num_sources AS st_sources, st.num_articles AS st_articles FROM events e ")
                    + " LEFT JOIN stories st ON st.id = e.story_id ORDER BY e.eid";
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(500);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && out.size() < limit) {
                        long story = rs.getLong("story_id");
                        long key = story != 0 ? story : -rs.getLong("eid"); // not clustered yet: each event alone
                        if (seen.contains(key)) {
                            continue;
                        }
                        int sources = story != 0 ? rs.getInt("st_sources") : 1;
                        if (sources < rule.minSources()) {
                            continue;
                        }
                        Matched m = matched(rs);
                        if (!rule.matches(m.event(), m.evidence(), m.sentence())) {
                            continue;
                        }
                        seen.add(key);
                        int mentions = story != 0 ? rs.getInt("st_mentions") : 1;
                        int articles = story != 0 ? rs.getInt("st_articles") : 1;
                        out.add(new Alert(0, rule.name(), rule.title(), story, m.eid(), m.event(), m.event().articleId(),
                                m.url(), m.outlet(), m.published(), m.evidence(), m.sentence(), mentions, sources,
                                articles, null, null, null));
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(auto);
            }
            return out;
        });
    }
}
