package org.marsad.store;

import java.time.LocalDate;

/**
 * One article found by a full-text search, best first.
 *
 * @param score       higher is better (FTS5 bm25 negated, or PostgreSQL ts_rank); comparable within one search only
 * @param duplicateOf the first copy when this article is a near-duplicate
 * @param text        the article's original text, for snippets
 */
public record SearchHit(String articleId, String title, String url, String source, LocalDate published,
                        String duplicateOf, double score, String text) {
}
