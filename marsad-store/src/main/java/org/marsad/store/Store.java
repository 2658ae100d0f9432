package org.marsad.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.marsad.model.Article;
import org.marsad.model.CodedArticle;

/**
 * Where coded articles live: an embedded SQLite file by default, PostgreSQL for teams. Both keep the same
 * schema (created and migrated on open), the same deduplication and the same full-text search, and store
 * each article atomically with everything coded from it.
 *
 * <p>A store is used by one thread at a time (it holds one connection); several processes may use the
 * same database at once (SQLite in WAL mode lets readers go on while one process writes).
 */
public interface Store extends AutoCloseable {
    /** The default SQLite file, in the working directory. */
    String DEFAULT_FILE = "marsad.db";

    /**
     * Opens (creating and migrating when needed) the store at {@code location}: a
     * {@code jdbc:postgresql://} URL, a {@code jdbc:sqlite:} URL or a file path. Null means the
     * {@code MARSAD_DB} environment variable, else {@value #DEFAULT_FILE}.
     */
    static Store open(String location) {
        if (location == null || location.isBlank()) {
            String env = System.getenv("MARSAD_DB");
            location = env == null || env.isBlank() ? DEFAULT_FILE : env;
        }
        if (location.startsWith("jdbc:postgresql:")) {
            return PostgresStore.open(location);
        }
        if (location.startsWith("jdbc:sqlite:")) {
            return SqliteStore.open(Path.of(location.substring("jdbc:sqlite:".length())));
        }
        if (location.startsWith("jdbc:")) {
            throw new StoreException("unsupported database URL (use jdbc:postgresql://..., jdbc:sqlite:FILE or a file path): "
                    + location.substring(0, location.indexOf(':', 5) + 1) + "...");
        }
        return SqliteStore.open(Path.of(location));
    }

    /** Where this store is, for messages (no password). */
    String describe();

    int schemaVersion();

    // --- ingest -----------------------------------------------------------------------------------

    /** Records the start of an ingest run and returns its id. */
    long startRun(String command, String coderVersion);

    void finishRun(long run, RunCounts counts, String status);

    /** The content hashes of every stored text, so that an ingest can skip known texts without coding them. */
    Set<String> contentHashes();

    /**
     * Adds {@code source} to the stored text with {@code contentHash}: {@link Added.Outcome#EXACT_DUPLICATE},
     * {@link Added.Outcome#ALREADY_STORED} when this record was stored before, or {@link Added.Outcome#UNKNOWN}
     * when no such text is stored.
     */
    Added addSource(String contentHash, SourceRecord source, long run);

    /**
     * Stores an article with its coding, its source, its fingerprint and its index document in one
     * transaction, or (when its text is already stored) only its source.
     */
    Added add(Incoming incoming, long run);

    /**
     * Runs {@code writes} (calls of {@link #add}, {@link #addSource} and the like on this store) in one
     * transaction, committed when it returns: a commit costs far more than an article's rows, so an ingest
     * commits a few dozen articles at once. All or nothing: when a write fails (or {@code writes} throws), the
     * whole batch is rolled back and the exception thrown, so the caller can store its articles again one
     * transaction each to find the one at fault. A crash before the commit loses the batch and nothing else;
     * alerts are heard of after the commit. Inside a batch, batch only runs {@code writes}.
     *
     * <p>Not a savepoint per write: SQLite's full-text index writes its pending terms out at every savepoint,
     * which made a savepoint per article cost as much as a commit per article.
     */
    <T> T batch(java.util.function.Supplier<T> writes);

    // --- reading and recoding ---------------------------------------------------------------------

    /** A stored article with everything coded from it, as it was stored. */
    Optional<CodedArticle> coded(String articleId);

    Optional<Article> article(String articleId);

    /** Ids of stored articles, in storage order; with {@code outdatedFor}, only those coded by another coder version. */
    List<String> articleIds(String outdatedFor);

    /** Replaces an article's sentences, mentions, events and quotes (and index document) in one transaction. */
    void replaceCoding(CodedArticle coded, String terms, String coderVersion);

    /** The near-duplicates linked to an article (its later copies). */
    List<String> copiesOf(String articleId);

    /** The sources (input records) of a stored article, first copy first. */
    List<SourceRecord> sources(String articleId);

    List<SearchHit> search(FullText.Query query, Filter filter, int limit);

    /** Streams the events that pass the filter, in storage order. */
    void events(Filter filter, Consumer<EventRow> out);

    Stats stats();

    // --- stories (clustered events) ------------------------------------------------------------------

    /** A story: the reports of one real-world event across articles, with GDELT's counts. */
    Optional<Story> story(long id);

    /** The events of a story (copies included), in storage order. */
    void storyEvents(long storyId, Consumer<EventRow> out);

    /**
     * Puts every stored event into stories again (after a change of the clustering, or for a database from
     * before stories) and raises the alerts the stored rules call for; alerts raised before keep their read
     * state. Returns how many articles were gone through.
     */
    long recluster();

    // --- watch rules and alerts ----------------------------------------------------------------------

    /** Stores a rule, replacing the stored rule of the same name; true when it is new. */
    boolean saveRule(WatchRule rule);

    /** Removes a rule and its alerts; false when there is no such rule. */
    boolean removeRule(String name);

    List<WatchRule> rules();

    /** Alerts, newest first. */
    List<Alert> alerts(boolean unreadOnly, int limit);

    Optional<Alert> alert(long id);

    /** Marks an alert read; false when there is no such alert. */
    boolean markRead(long id);

    /**
     * What {@code rule} would have raised over the stored corpus: one alert per story (id 0, not stored), in
     * storage order, at most {@code limit}.
     */
    List<Alert> test(WatchRule rule, int limit);

    /**
     * Hears about each alert raised by this store's writes (ingest), once the transaction that raised it has
     * committed, on the writing thread: a listener must not block (see {@link Webhook}, which queues).
     */
    void setAlertListener(Consumer<Alert> listener);

    // --- queries for the API and the web UI (all parameterized SQL, shared by both dialects) -------------

    /** One page of the events that pass the filter, in the given order, with how many pass in all. */
    Page<EventRow> eventPage(Filter filter, EventSort sort, int offset, int limit);

    /** As {@link #eventPage}, only the ids and days of the page's events: for callers that merge pages before reading rows. */
    Page<EventKey> eventKeys(Filter filter, EventSort sort, int offset, int limit);

    /** The events with these ids, in this order (ids no longer stored are left out). */
    List<EventRow> eventsById(List<Long> eids);

    /** One page of stored articles (newest first) that pass the filter, with how many pass in all. */
    Page<Counts.Article> articlePage(Filter filter, int offset, int limit);

    /** Actor codes of the events that pass the filter, most frequent first. */
    List<Counts.Actor> actorCounts(Filter filter, int limit);

    /** Directed dyads (source code, target code) of the events that pass the filter, most frequent first. */
    List<Counts.Dyad> dyadCounts(Filter filter, int limit);

    /** Events that pass the filter by day and quad class, in day order (events without a day left out). */
    List<Counts.Day> dayCounts(Filter filter);

    /**
     * Names the statistical recognizer found that no dictionary resolved (mentions with entry {@code ner:*}
     * and no code), grouped by their text, most frequent first, with at least {@code minCount} mentions.
     */
    List<Counts.Unresolved> unresolved(int minCount, int limit);

    /** Located events that pass the filter by place, most frequent first. */
    List<Counts.Place> placeCounts(Filter filter, int limit);

    @Override
    void close();

    /** What an ingest run did, kept in ingest_runs. */
    record RunCounts(long read, long added, long exactDuplicates, long nearDuplicates, long alreadyStored,
                     long skipped) {
    }
}
