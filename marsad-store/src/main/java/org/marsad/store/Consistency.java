package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.marsad.model.CodedArticle;
import org.marsad.model.Span;
import org.marsad.text.AnalyzedText;

/**
 * Checks that a store is whole ({@code marsad check}): nothing refers to an article, sentence, story or rule that
 * is not there, every article has its source records and its sentences, numbered rows have no gaps (a coding half
 * written would leave one), the full-text index holds exactly the stored articles, and (unless quick) every
 * article's spans lie inside its text and its index entry is the one its text makes.
 */
public final class Consistency {
    /** One check: what it checks, how many rows break it (0 is good), one of them as an example. */
    public record Check(String what, long failures, String example) {
        public boolean ok() {
            return failures == 0;
        }
    }

    /** A check that counts the rows of {@code from} (a FROM ... WHERE ... fragment), naming one by {@code key}. */
    private record Rule(String what, String key, String from) {
    }

    private static final String DAY_KEY = "source_code, target_code, day, cameo_root, quad_class, is_copy";
    private static final String DAY_COUNTS = "SELECT " + DAY_KEY + ", events, goldstein_milli FROM event_day_counts";
    private static final String DAY_RECOUNT = "SELECT COALESCE(source_code, '') AS source_code, COALESCE(target_code, '') "
            + "AS target_code, COALESCE(day, '') AS day, cameo_root, quad_class, is_copy, COUNT(*) AS events, "
            + "SUM(CAST(round(goldstein * 1000) AS BIGINT)) AS goldstein_milli FROM events GROUP BY 1, 2, 3, 4, 5, 6";

    private static final List<Rule> RULES = List.of(
            orphan("every event has its article", "events", "x.eid"),
            orphan("every mention has its article", "mentions", "x.article_id || '#' || x.ord"),
            orphan("every quote has its article", "quotes", "x.article_id || '#' || x.ord"),
            orphan("every sentence has its article", "sentences", "x.article_id || '#' || x.idx"),
            orphan("every source record has its article", "article_sources", "x.id"),
            new Rule("every near-duplicate signature has its article", "x.article_rid", "FROM lsh_buckets x WHERE "
                    + "NOT EXISTS (SELECT 1 FROM articles a WHERE a.rid = x.article_rid)"),
            new Rule("every near-duplicate's first copy is stored", "d.id",
                    "FROM articles d WHERE d.duplicate_of IS NOT NULL AND NOT EXISTS "
                            + "(SELECT 1 FROM articles a WHERE a.id = d.duplicate_of)"),
            new Rule("every event's copy flag is its article's", "e.eid", "FROM events e JOIN articles a ON "
                    + "a.id = e.article_id WHERE e.is_copy <> CASE WHEN a.duplicate_of IS NULL THEN 0 ELSE 1 END"),
            new Rule("every article has a source record", "a.id",
                    "FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_sources s WHERE s.article_id = a.id)"),
            new Rule("every article has its sentences", "a.id",
                    "FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = a.id)"),
            gapless("sentences", "idx"),
            gapless("events", "ord"),
            gapless("mentions", "ord"),
            gapless("quotes", "ord"),
            inSentence("events", "x.eid"),
            inSentence("mentions", "x.article_id || '#' || x.ord"),
            new Rule("every event's story exists", "e.eid", "FROM events e WHERE e.story_id IS NOT NULL AND NOT EXISTS "
                    + "(SELECT 1 FROM stories s WHERE s.id = e.story_id)"),
            new Rule("the per-day event counts (event_day_counts) equal a recount of the events",
                    "x.source_code || '>' || x.target_code || ' ' || x.day || ' root ' || x.cameo_root",
                    "FROM (SELECT * FROM (" + DAY_COUNTS + " EXCEPT " + DAY_RECOUNT + ") missing UNION ALL SELECT * FROM ("
                            + DAY_RECOUNT + " EXCEPT " + DAY_COUNTS + ") extra) x WHERE 1 = 1"),
            new Rule("every alert's rule and story exist", "al.id", "FROM alerts al WHERE NOT EXISTS "
                    + "(SELECT 1 FROM watch_rules r WHERE r.id = al.rule_id) OR NOT EXISTS "
                    + "(SELECT 1 FROM stories s WHERE s.id = al.story_id)"),
            new Rule("every article is in the full-text index", "a.id",
                    "FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_fts f WHERE f.{rid} = a.rid)"),
            new Rule("the full-text index holds only stored articles", "f.{rid}",
                    "FROM article_fts f WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.rid = f.{rid})"));

    private static Rule orphan(String what, String table, String key) {
        return new Rule(what, key, "FROM " + table + " x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = x.article_id)");
    }

    private static Rule gapless(String table, String column) {
        return new Rule(table + " of each article are numbered 0.." + "n-1 without gaps", "g.article_id",
                "FROM (SELECT article_id FROM " + table + " GROUP BY article_id HAVING MIN(" + column + ") <> 0 OR MAX("
                        + column + ") <> COUNT(*) - 1) g WHERE 1 = 1");
    }

    private static Rule inSentence(String table, String key) {
        return new Rule("every " + table.substring(0, table.length() - 1) + " is in a sentence of its article",
                key, "FROM " + table + " x WHERE NOT EXISTS (SELECT 1 FROM sentences s "
                + "WHERE s.article_id = x.article_id AND s.idx = x.sentence)");
    }

    private Consistency() {
    }

    /**
     * Runs every check.
     *
     * @param analyzer the text layer (Pipeline::analyze): the index document of each article is made again from it
     * @param quick    only the whole-table checks, not the per-article ones
     * @throws IllegalArgumentException for a store that is not a SQL database Marsad knows
     */
    public static List<Check> check(Store store, Function<String, AnalyzedText> analyzer, boolean quick) {
        return check(store, analyzer, null, quick);
    }

    /**
     * As {@link #check(Store, Function, boolean)}; with a {@code coderVersion}, an article's index entry is
     * compared with what {@code analyzer} makes of its text only when that coder version stored it: the text
     * layer's stems follow the dictionaries, so an article coded by another version is outdated, not broken
     * ({@code marsad recode --outdated} brings it up to date).
     */
    public static List<Check> check(Store store, Function<String, AnalyzedText> analyzer, String coderVersion,
                                    boolean quick) {
        if (!(store instanceof JdbcStore db)) {
            throw new IllegalArgumentException("cannot check " + store.describe());
        }
        boolean sqlite = store instanceof SqliteStore;
        db.awaitIndex();
        return db.read("checking " + store.describe(), () -> {
            List<Check> out = new ArrayList<>();
            for (Rule r : RULES) {
                String from = r.from().replace("{rid}", sqlite ? "rowid" : "rid");
                String key = r.key().replace("{rid}", sqlite ? "rowid" : "rid");
                long n = count(db.c, "SELECT COUNT(*) " + from);
                out.add(new Check(r.what(), n, n == 0 ? null : first(db.c, "SELECT " + key + " " + from)));
            }
            if (store instanceof SqliteStore file) {
                out.add(ftsIntegrity(file));
            }
            if (!quick) {
                out.addAll(perArticle(db, analyzer, coderVersion, sqlite));
            }
            return out;
        });
    }

    /** FTS5's own check of its index structures. */
    private static Check ftsIntegrity(SqliteStore store) {
        try {
            store.checkIndexIntegrity();
            return new Check("the full-text index passes SQLite's integrity check", 0, null);
        } catch (SQLException e) {
            return new Check("the full-text index passes SQLite's integrity check", 1, e.getMessage());
        }
    }

    private static List<Check> perArticle(JdbcStore db, Function<String, AnalyzedText> analyzer, String coderVersion,
                                          boolean sqlite) throws SQLException {
        long badSpans = 0;
        long badIndex = 0;
        long outdated = 0;
        String spanExample = null;
        String indexExample = null;
        String probe = sqlite ? "SELECT COUNT(*) FROM article_fts WHERE article_fts MATCH ? AND rowid = ?"
                : "SELECT COUNT(*) FROM article_fts WHERE terms = to_tsvector('simple', ?) AND rid = ?";
        List<String[]> articles = new ArrayList<>();
        try (Statement s = db.c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id, rid, coder_version FROM articles ORDER BY rid")) {
            while (rs.next()) {
                articles.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        try (PreparedStatement ps = db.c.prepareStatement(probe)) {
            for (String[] a : articles) {
                Optional<CodedArticle> coded = db.coded(a[0]);
                if (coded.isEmpty()) {
                    continue; // gone since the listing: another process may be writing
                }
                CodedArticle c = coded.get();
                if (!spansInside(c)) {
                    badSpans++;
                    spanExample = spanExample == null ? a[0] : spanExample;
                }
                if (coderVersion != null && !coderVersion.equals(a[2])) {
                    outdated++;
                    continue;
                }
                String terms = FullText.terms(analyzer.apply(c.article().text()));
                if (terms.isBlank()) {
                    continue;
                }
                ps.setString(1, sqlite ? sample(terms) : FullText.withinTsvectorBytes(terms, PostgresStore.MAX_TSVECTOR_BYTES));
                ps.setLong(2, Long.parseLong(a[1]));
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getLong(1) != 1) {
                        badIndex++;
                        indexExample = indexExample == null ? a[0] : indexExample;
                    }
                }
            }
        }
        return List.of(new Check("every span (sentence, mention, event, quote) lies inside its article's text", badSpans,
                        spanExample),
                new Check("every article's index entry is the one its text makes" + (outdated == 0 ? ""
                        : " (" + outdated + " coded by another coder version left out: marsad recode --outdated)"),
                        badIndex, indexExample));
    }

    private static boolean spansInside(CodedArticle c) {
        int n = c.article().text().length();
        List<Span> spans = new ArrayList<>();
        c.sentences().forEach(s -> spans.add(s.span()));
        c.mentions().forEach(m -> spans.add(m.span()));
        c.events().forEach(e -> spans.add(e.evidence()));
        c.quotes().forEach(q -> spans.add(q.span()));
        return spans.stream().allMatch(s -> s != null && 0 <= s.start() && s.start() <= s.end() && s.end() <= n);
    }

    /** An FTS5 query all of whose terms the document must hold: up to 16 of its terms, spread over it. */
    static String sample(String terms) {
        Set<String> distinct = new LinkedHashSet<>(List.of(terms.strip().split("\\s+")));
        List<String> all = new ArrayList<>(distinct);
        int step = Math.max(1, all.size() / 16);
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < all.size(); i += step) {
            q.append(q.length() == 0 ? "" : " ").append('"').append(all.get(i).replace("\"", "\"\"")).append('"');
        }
        return q.toString();
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static String first(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql + " LIMIT 1")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
