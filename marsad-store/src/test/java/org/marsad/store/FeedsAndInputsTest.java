package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.io.ArticleSink;
import org.marsad.io.InputProblem;
import org.marsad.model.Article;

class FeedsAndInputsTest {
    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel>
              <title>وكالة الأنباء</title>
              <link>https://example.org/</link>
              <item>
                <title>بوتين في بيونغ يانغ</title>
                <link>https://example.org/news/1</link>
                <guid>https://example.org/news/1</guid>
                <pubDate>Wed, 19 Jun 2024 09:30:00 +0000</pubDate>
                <description>ملخص قصير</description>
                <content:encoded><![CDATA[<p>وقع الرئيس الروسي فلاديمير بوتين وزعيم كوريا الشمالية اتفاقية شراكة.</p><p>ورحبت كوريا الشمالية <b>بالمفاوضات</b>.</p>]]></content:encoded>
              </item>
              <item>
                <title>عقوبات جديدة</title>
                <link>https://example.org/news/2</link>
                <description>&lt;p&gt;قالت واشنطن إنها ستفرض عقوبات جديدة على موسكو.&lt;/p&gt;</description>
              </item>
              <item>
                <title>بلا نص</title>
                <link>https://example.org/news/3</link>
              </item>
            </channel>
            </rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>المرصد</title>
              <id>urn:marsad:feed</id>
              <updated>2024-06-20T10:00:00Z</updated>
              <entry>
                <title>الأمم المتحدة</title>
                <id>urn:marsad:1</id>
                <link href="https://example.org/un"/>
                <updated>2024-06-20T08:00:00Z</updated>
                <content type="html">&lt;p&gt;استخدمت روسيا حق النقض في مجلس الأمن الدولي.&lt;/p&gt;</content>
              </entry>
            </feed>
            """;

    private static final class Collect implements ArticleSink {
        final List<Article> articles = new ArrayList<>();
        final List<InputProblem> problems = new ArrayList<>();

        @Override
        public void article(Article a, String file, long line) {
            articles.add(a);
        }

        @Override
        public void problem(InputProblem p) {
            problems.add(p);
        }
    }

    @Test
    void rssItemsBecomeArticlesWithTheirFullText() {
        Collect c = new Collect();
        FeedArticles.read(RSS.getBytes(StandardCharsets.UTF_8), "feed.rss", c);
        assertEquals(2, c.articles.size());
        Article a = c.articles.get(0);
        assertEquals("https://example.org/news/1", a.id());
        assertEquals("https://example.org/news/1", a.url());
        assertEquals("وكالة الأنباء", a.source());
        assertEquals(LocalDate.of(2024, 6, 19), a.published());
        assertEquals("بوتين في بيونغ يانغ", a.title());
        assertEquals("وقع الرئيس الروسي فلاديمير بوتين وزعيم كوريا الشمالية اتفاقية شراكة.\n\nورحبت كوريا الشمالية بالمفاوضات.",
                a.text());
        assertEquals("قالت واشنطن إنها ستفرض عقوبات جديدة على موسكو.", c.articles.get(1).text());
        assertEquals(1, c.problems.size());
        assertTrue(c.problems.get(0).message().contains("item 3"), c.problems.toString());
    }

    @Test
    void atomEntriesToo() {
        Collect c = new Collect();
        FeedArticles.read(ATOM.getBytes(StandardCharsets.UTF_8), "feed.atom", c);
        assertEquals(1, c.articles.size());
        assertEquals("urn:marsad:1", c.articles.get(0).id());
        assertEquals(LocalDate.of(2024, 6, 20), c.articles.get(0).published());
        assertEquals("استخدمت روسيا حق النقض في مجلس الأمن الدولي.", c.articles.get(0).text());
    }

    @Test
    void brokenFeedsAndEntityTricksAreRefused() {
        Collect c = new Collect();
        FeedArticles.read("<rss><channel><item>".getBytes(StandardCharsets.UTF_8), "broken.rss", c);
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><description>&x;</description></item></channel></rss>";
        FeedArticles.read(xxe.getBytes(StandardCharsets.UTF_8), "xxe.rss", c);
        assertEquals(List.of(), c.articles);
        assertEquals(2, c.problems.size());
        assertTrue(c.problems.stream().allMatch(p -> p.message().startsWith("not a readable RSS or Atom feed")), c.problems.toString());
    }

    @Test
    void urlsAreFetchedAndWatchedWithConditionalRequests() throws IOException {
        AtomicReference<String> feed = new AtomicReference<>(RSS);
        AtomicInteger notModified = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed", ex -> {
            String etag = "\"" + Integer.toHexString(feed.get().hashCode()) + "\"";
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                ex.sendResponseHeaders(304, -1);
                ex.close();
                return;
            }
            byte[] body = feed.get().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            ex.getResponseHeaders().add("ETag", etag);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/page", ex -> {
            byte[] body = HtmlArticleTest.PAGE.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/gone", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Inputs inputs = Inputs.of(List.of(base + "/feed", base + "/page", base + "/gone"), 1 << 20);
            Inputs.Watch watch = new Inputs.Watch();
            Collect first = new Collect();
            inputs.read(first, watch, null);
            assertEquals(3, first.articles.size()); // two feed items and the page
            assertEquals("بوتين وكيم يوقعان اتفاقية شراكة استراتيجية شاملة", first.articles.get(2).title());
            assertEquals(2, first.problems.size()); // the feed item without text, and the 404
            assertTrue(first.problems.get(1).message().contains("404"), first.problems.toString());

            Collect second = new Collect();
            inputs.read(second, watch, null);
            assertEquals(1, notModified.get()); // the feed was not sent again
            assertEquals(List.of(), second.articles); // nor the page: its body did not change
            feed.set(RSS.replace("عقوبات جديدة على موسكو", "عقوبات إضافية على موسكو"));
            Collect third = new Collect();
            inputs.read(third, watch, null);
            assertEquals(2, third.articles.size()); // the feed changed: read again (the store skips what it has)
        } finally {
            server.stop(0);
        }
    }

    @Test
    void watchedDirectoriesGiveNewFilesOnceTheyStopChanging(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), Fixtures.FLOODS, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("feed.rss"), RSS, StandardCharsets.UTF_8);
        Inputs inputs = Inputs.of(List.of(dir.toString()), 1 << 20);
        Inputs.Watch watch = new Inputs.Watch();
        Collect round1 = new Collect();
        inputs.read(round1, watch, null);
        assertEquals(3, round1.articles.size());
        Collect round2 = new Collect();
        inputs.read(round2, watch, null);
        assertEquals(0, round2.articles.size() + round2.problems.size());
        Files.writeString(dir.resolve("b.txt"), Fixtures.MUNITIONS, StandardCharsets.UTF_8);
        Collect round3 = new Collect();
        inputs.read(round3, watch, null);
        assertEquals(0, round3.articles.size(), "a new file is read once it stops changing");
        Collect round4 = new Collect();
        inputs.read(round4, watch, null);
        assertEquals(1, round4.articles.size());
        assertEquals(Fixtures.MUNITIONS, round4.articles.get(0).text());
        Collect round5 = new Collect();
        inputs.read(round5, watch, null);
        assertEquals(0, round5.articles.size());
    }
}
