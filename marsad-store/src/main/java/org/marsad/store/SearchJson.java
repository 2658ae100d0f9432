package org.marsad.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;
import org.marsad.model.Span;
import org.marsad.text.AnalyzedText;

/**
 * Search results as JSON — the one shape that {@code marsad search --json} and {@code GET /api/search} share:
 * the query, its terms, and each hit with a snippet of the article's own text and highlight offsets.
 */
public final class SearchJson {
    private static final int SNIPPET = 240;

    private SearchJson() {
    }

    public static ObjectNode hits(ObjectMapper mapper, String query, FullText.Query q, List<SearchHit> hits,
                                  Function<String, AnalyzedText> analyzer) {
        ObjectNode o = mapper.createObjectNode();
        o.put("query", query);
        ArrayNode terms = o.putArray("terms");
        q.words().forEach(w -> terms.add(mapper.valueToTree(w)));
        ArrayNode arr = o.putArray("hits");
        for (SearchHit h : hits) {
            FullText.Snippet s = FullText.snippet(analyzer.apply(h.text()), q, SNIPPET);
            ObjectNode n = arr.addObject();
            n.put("article_id", h.articleId());
            n.put("title", h.title());
            n.put("url", h.url());
            n.put("source", h.source());
            n.put("published", h.published() == null ? null : h.published().toString());
            n.put("duplicate_of", h.duplicateOf());
            n.put("score", h.score());
            ObjectNode sn = n.putObject("snippet");
            sn.put("text", s.text());
            sn.put("start", s.start());
            ArrayNode hl = sn.putArray("highlights");
            for (Span sp : s.highlights()) {
                hl.addArray().add(sp.start()).add(sp.end());
            }
        }
        return o;
    }
}
