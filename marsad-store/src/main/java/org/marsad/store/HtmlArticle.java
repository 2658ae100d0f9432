package org.marsad.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.marsad.model.Article;

/**
 * An article from a saved news page: jsoup parses the HTML (whatever its quality) and this class keeps the
 * title, the publication date from the page's metadata, the canonical URL, the site name and the main text,
 * leaving out navigation, scripts, share buttons, related links and footers.
 *
 * <p>The main text is the element the page marks as the article body ({@code [itemprop=articleBody]},
 * {@code <article>}), else the block with the most paragraph text: the usual shape of a news page.
 */
public final class HtmlArticle {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Meta tags that carry a publication date, most specific first. */
    private static final List<String> DATE_META = List.of("article:published_time", "og:published_time",
            "datePublished", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date.issued", "dc.date",
            "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "date");

    /** The elements whose text makes the article's paragraphs. */
    private static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "h4", "blockquote", "li");

    private HtmlArticle() {
    }

    /**
     * @param baseUri the page's location, used to resolve a relative canonical link (may be empty)
     * @throws IllegalArgumentException when the page has no text
     */
    public static Article parse(String html, String baseUri) {
        return of(Jsoup.parse(html, baseUri == null ? "" : baseUri));
    }

    /** The article of a parsed page (the document is changed: boilerplate elements are removed). */
    public static Article of(Document doc) {
        String title = first(meta(doc, "og:title"), doc.title(), text(doc.selectFirst("h1")));
        LocalDate published = published(doc);
        String url = first(doc.select("link[rel=canonical]").attr("abs:href"), meta(doc, "og:url"));
        String site = meta(doc, "og:site_name");
        String text = mainText(doc);
        if (org.marsad.model.Article.hasNoText(text)) {
            throw new IllegalArgumentException("no article text in the page");
        }
        if (Article.tooLong(text) != null) {
            throw new IllegalArgumentException(Article.tooLong(text));
        }
        return new Article(null, url, site, published, title, text);
    }

    static String mainText(Document doc) {
        doc.select("script, style, noscript, template, iframe, nav, header, footer, aside, form, button, svg, "
                + "[role=navigation], [aria-hidden=true]").remove();
        Element root = doc.selectFirst("[itemprop=articleBody]");
        if (root == null) {
            root = doc.selectFirst("article");
        }
        if (root == null) {
            root = densest(doc);
        }
        if (root == null) {
            root = doc.body();
        }
        if (root == null) {
            return "";
        }
        List<String> paragraphs = new ArrayList<>();
        // one pass, top-down: a block's text is taken whole and its subtree skipped (a list item inside a quote
        // comes with the quote), so a page nested thousands deep costs one walk, not one walk per block
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    String t = e.text().strip();
                    if (!t.isEmpty()) {
                        paragraphs.add(t);
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        });
        return paragraphs.isEmpty() ? root.text().strip() : String.join("\n\n", paragraphs);
    }

    /** The element whose own paragraphs hold the most text (one pass over the paragraphs). */
    private static Element densest(Document doc) {
        Map<Element, Integer> lengths = new IdentityHashMap<>();
        Element best = null;
        int bestLength = 0;
        for (Element p : doc.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int length = lengths.merge(parent, p.text().length(), Integer::sum);
            if (length > bestLength) {
                bestLength = length;
                best = parent;
            }
        }
        return best;
    }

    static LocalDate published(Document doc) {
        for (String name : DATE_META) {
            LocalDate d = date(meta(doc, name));
            if (d != null) {
                return d;
            }
        }
        for (Element ld : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode node = JSON.readTree(ld.data());
                JsonNode found = node.findValue("datePublished");
                LocalDate d = found == null ? null : date(found.asText());
                if (d != null) {
                    return d;
                }
            } catch (java.io.IOException e) {
                // malformed structured data: the page may still date itself elsewhere
            }
        }
        Element time = doc.selectFirst("time[datetime]");
        return time == null ? null : date(time.attr("datetime"));
    }

    /** The date part of an ISO date or timestamp (2024-06-19, 2024-06-19T10:00:00+03:00), or null. */
    static LocalDate date(String s) {
        if (s == null || s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip().substring(0, 10));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return null;
        }
    }

    private static String meta(Document doc, String name) {
        for (String attr : List.of("property", "name", "itemprop")) {
            for (Element m : doc.getElementsByTag("meta")) {
                if (m.attr(attr).equalsIgnoreCase(name) && !m.attr("content").isBlank()) {
                    return m.attr("content").strip();
                }
            }
        }
        return null;
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
