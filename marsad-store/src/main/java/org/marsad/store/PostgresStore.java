package org.marsad.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The team store: a PostgreSQL database given as a {@code jdbc:postgresql://host:port/db?user=...} URL.
 * Full-text search is a tsvector column of the {@code simple} configuration (no stemming, no stop words)
 * over Marsad's own terms, with a GIN index, written in the same transactions as the articles.
 */
public final class PostgresStore extends JdbcStore {
    private final String url;

    private PostgresStore(Connection c, String url) throws SQLException {
        super(c, "postgres", conn -> {
            try (Statement s = conn.createStatement()) {
                s.execute("LOCK TABLE schema_version IN EXCLUSIVE MODE");
            }
        });
        this.url = url;
    }

    public static PostgresStore open(String url) {
        try {
            Properties props = new Properties();
            props.setProperty("reWriteBatchedInserts", "true"); // one multi-row INSERT per batch
            props.setProperty("ApplicationName", "marsad");
            Connection c = DriverManager.getConnection(url, props);
            return finishMigration(new PostgresStore(c, url));
        } catch (SQLException e) {
            throw new StoreException("cannot open PostgreSQL database " + redact(url), e);
        }
    }

    /** The URL without its password, for messages. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    @Override
    public String describe() {
        return redact(url);
    }

    /** Below PostgreSQL's 1 MB per tsvector, with room for how its parser may split our terms. */
    static final int MAX_TSVECTOR_BYTES = 950_000;

    @Override
    protected void insertTerms(long rid, String terms) throws SQLException {
        update("INSERT INTO article_fts (rid, terms) VALUES (?, to_tsvector('simple', ?))", rid,
                FullText.withinTsvectorBytes(terms, MAX_TSVECTOR_BYTES));
    }

    @Override
    protected void deleteTerms(long rid) throws SQLException {
        update("DELETE FROM article_fts WHERE rid = ?", rid);
    }

    @Override
    protected String searchSelect() {
        return "SELECT a.*, ts_rank(f.terms, q) AS score FROM article_fts f JOIN articles a ON a.rid = f.rid, "
                + "to_tsquery('simple', ?) q WHERE f.terms @@ q";
    }

    @Override
    protected String queryText(FullText.Query q) {
        return q.tsquery();
    }

    /** The advisory lock key of story clustering ("marsad:stories"), released at commit or rollback. */
    static final long STORIES_LOCK = 0x6d61727364_73L;

    @Override
    protected void lockStories() throws SQLException {
        try (var ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            ps.setLong(1, STORIES_LOCK);
            ps.executeQuery().close();
        }
    }

    @Override
    protected boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }
}
