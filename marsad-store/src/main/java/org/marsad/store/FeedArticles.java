package org.marsad.store;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jsoup.Jsoup;
import org.marsad.io.ArticleSink;
import org.marsad.io.InputProblem;
import org.marsad.model.Article;

/**
 * Articles from an RSS (0.9x, 1.0, 2.0) or Atom feed, read with ROME: one article per item, its text the
 * item's full content when the feed carries it ({@code content:encoded}, Atom content), else its
 * description, both freed of their HTML by jsoup. The item's guid (else its link) is the article id, the
 * feed's title its source. ROME refuses DOCTYPEs by default, which keeps XML entity tricks out.
 */
public final class FeedArticles {
    private FeedArticles() {
    }

    /** Reads the feed in {@code bytes}; {@code name} (a file or URL) is used in problems and as the source record's file. */
    public static void read(byte[] bytes, String name, ArticleSink sink) {
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            sink.problem(new InputProblem(name, 0, "not a readable RSS or Atom feed (" + oneLine(e.getMessage())
                    + "): skipped"));
            return;
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            sink.problem(new InputProblem(name, 0, "the feed has no items: skipped"));
            return;
        }
        String source = blank(feed.getTitle()) ? null : feed.getTitle().strip();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry e = entries.get(i);
            String text = text(e);
            String where = "item " + (i + 1) + (blank(e.getLink()) ? "" : " (" + e.getLink() + ")");
            if (org.marsad.model.Article.hasNoText(text)) {
                sink.problem(new InputProblem(name, 0, where + " has no text: skipped"));
                continue;
            }
            if (Article.tooLong(text) != null) {
                sink.problem(new InputProblem(name, 0, where + ": " + Article.tooLong(text) + ": skipped"));
                continue;
            }
            String id = !blank(e.getUri()) ? e.getUri() : e.getLink();
            Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            // the day in UTC: the feed's own offset is lost in java.util.Date
            LocalDate published = date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
            sink.article(new Article(blank(id) ? null : id.strip(), blank(e.getLink()) ? null : e.getLink().strip(),
                    source, published, blank(e.getTitle()) ? null : Jsoup.parse(e.getTitle()).text(), text), name, i + 1);
        }
    }

    /** The longest of the item's contents, else its description, as plain text. */
    static String text(SyndEntry e) {
        List<SyndContent> candidates = new ArrayList<>(e.getContents());
        String best = "";
        for (SyndContent c : candidates) {
            String t = plain(c);
            if (t.length() > best.length()) {
                best = t;
            }
        }
        if (best.isBlank() && e.getDescription() != null) {
            best = plain(e.getDescription());
        }
        return best;
    }

    private static String plain(SyndContent c) {
        if (c == null || c.getValue() == null) {
            return "";
        }
        String type = c.getType() == null ? "html" : c.getType();
        if (type.equals("text") || type.equals("text/plain")) {
            return c.getValue().strip();
        }
        return HtmlArticle.mainText(Jsoup.parseBodyFragment(c.getValue()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        s = s.replaceAll("\\s+", " ").strip();
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
