package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.io.ArticleSink;
import org.marsad.io.InputProblem;
import org.marsad.model.Article;

class HtmlArticleTest {
    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="ar" dir="rtl"><head>
            <meta charset="utf-8">
            <title>بوتين في بيونغ يانغ | صحيفة المرصد</title>
            <meta property="og:title" content="بوتين وكيم يوقعان اتفاقية شراكة استراتيجية شاملة">
            <meta property="og:site_name" content="صحيفة المرصد">
            <meta property="article:published_time" content="2024-06-19T09:30:00+03:00">
            <link rel="canonical" href="https://example.org/news/2024/06/19/putin-kim">
            <script>var ads = "<p>إعلان</p>";</script>
            <style>p { color: red }</style>
            </head><body>
            <header><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/world">العالم</a></li></ul></nav></header>
            <div class="share"><button>شارك</button></div>
            <main>
              <div class="story">
                <h1>بوتين وكيم يوقعان اتفاقية شراكة</h1>
                <p>وقع الرئيس الروسي فلاديمير بوتين وزعيم كوريا الشمالية كيم جونغ أون اليوم اتفاقية شراكة استراتيجية شاملة.</p>
                <p>ورحبت كوريا الشمالية بالزيارة <b>وبالمفاوضات</b> التي جرت بين الوفدين.</p>
                <p>وقال بوتين إن الاتفاقية تنص على المساعدة المتبادلة.</p>
              </div>
              <aside><p>الأكثر قراءة: أسعار النفط ترتفع</p></aside>
            </main>
            <footer><p>جميع الحقوق محفوظة © 2024</p></footer>
            </body></html>
            """;

    @Test
    void keepsTheStoryAndItsMetadataAndDropsTheBoilerplate() {
        Article a = HtmlArticle.parse(PAGE, "https://example.org/");
        assertEquals("بوتين وكيم يوقعان اتفاقية شراكة استراتيجية شاملة", a.title());
        assertEquals(LocalDate.of(2024, 6, 19), a.published());
        assertEquals("https://example.org/news/2024/06/19/putin-kim", a.url());
        assertEquals("صحيفة المرصد", a.source());
        assertTrue(a.text().startsWith("وقع الرئيس الروسي فلاديمير بوتين"), a.text());
        assertTrue(a.text().contains("بالزيارة وبالمفاوضات التي"), a.text());
        assertTrue(a.text().endsWith("المساعدة المتبادلة."), a.text());
        for (String boilerplate : List.of("الرئيسية", "شارك", "إعلان", "الأكثر قراءة", "الحقوق", "color")) {
            assertFalse(a.text().contains(boilerplate), boilerplate + " in " + a.text());
        }
        assertTrue(a.id().startsWith("sha1-"));
    }

    @Test
    void datesComeFromStructuredDataOrTimeElementsToo() {
        Article ld = HtmlArticle.parse("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2015-07-21T10:00:00Z\"}</script></head><body><article><p>نص الخبر.</p></article>"
                + "</body></html>", "");
        assertEquals(LocalDate.of(2015, 7, 21), ld.published());
        Article time = HtmlArticle.parse("<p>نص <time datetime=\"2023-09-13\">الأربعاء</time> الخبر.</p>", "");
        assertEquals(LocalDate.of(2023, 9, 13), time.published());
        Article none = HtmlArticle.parse("<meta name=\"date\" content=\"yesterday\"><p>نص الخبر.</p>", "");
        assertNull(none.published());
        assertThrows(IllegalArgumentException.class, () -> HtmlArticle.parse("<html><body><nav>x</nav></body></html>", ""));
    }

    @Test
    void pagesInTheirOwnCharsetAndBadFilesAreReportedByName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("utf8.html"), PAGE, StandardCharsets.UTF_8);
        Charset cp1256 = Charset.forName("windows-1256");
        Files.write(dir.resolve("cp1256.htm"), PAGE.replace("charset=\"utf-8\"", "charset=\"windows-1256\"").getBytes(cp1256));
        Files.write(dir.resolve("image.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Files.writeString(dir.resolve("empty.html"), "", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.md"), "# notes", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(".hidden"), "x", StandardCharsets.UTF_8);
        List<Article> articles = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        new InputFiles().read(List.of(dir), new ArticleSink() {
            @Override
            public void article(Article a, String file, long line) {
                articles.add(a);
            }

            @Override
            public void problem(InputProblem p) {
                problems.add(p);
            }
        });
        assertEquals(2, articles.size());
        assertEquals(articles.get(0).text(), articles.get(1).text()); // windows-1256 decoded as declared
        assertEquals(List.of("empty.html", "image.html", "notes.md"),
                problems.stream().map(p -> Path.of(p.file()).getFileName().toString()).toList());
    }
}
