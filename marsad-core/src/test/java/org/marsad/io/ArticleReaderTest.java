package org.marsad.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;

class ArticleReaderTest {
    static final class Collect implements ArticleSink {
        final List<Article> articles = new ArrayList<>();
        final List<InputProblem> problems = new ArrayList<>();

        @Override
        public void article(Article article, String file, long line) {
            articles.add(article);
        }

        @Override
        public void problem(InputProblem problem) {
            problems.add(problem);
        }
    }

    @Test
    void aTextOfNoBreakSpacesIsEmpty(@TempDir Path dir) throws IOException {
        // SaudiNewsNet has such records: four U+00A0 and a space, which String.isBlank() does not call blank
        Path f = dir.resolve("nbsp.jsonl");
        Files.writeString(f, "{\"id\":\"n\",\"text\":\"\u00a0\u00a0\u00a0\u00a0 \u200f\"}\n"
                + "{\"id\":\"k\",\"text\":\"\u00a0كوريا\"}\n", StandardCharsets.UTF_8);
        Collect c = new Collect();
        new ArticleReader().read(List.of(f), c);
        assertEquals(List.of("k"), c.articles.stream().map(Article::id).toList());
        assertEquals(1, c.problems.size());
        assertTrue(c.problems.get(0).message().contains("'text' is empty"), c.problems.get(0).message());
    }

    @Test
    void badLinesAreReportedWithTheirLineAndTheRestIsRead(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("mixed.jsonl");
        byte[] bad = {(byte) 0xC3, (byte) 0x28};
        try (var out = Files.newOutputStream(f)) {
            out.write("{\"id\":\"a\",\"text\":\"روسيا\",\"published\":\"2024-06-19\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write("{not json\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\":\"c\",\"text\":\"\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\":\"d\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\":\"e\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
            out.write(bad);
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\":\"f\",\"text\":\"كوريا\",\"published\":\"19/06/2024\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write("\n{\"text\":\"نص بلا معرف\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Collect c = new Collect();
        new ArticleReader().read(List.of(f), c);
        assertEquals(List.of("a"), c.articles.stream().map(Article::id).limit(1).toList());
        assertEquals(2, c.articles.size());
        assertTrue(c.articles.get(1).id().startsWith("sha1-"), "a missing id is derived from the content");
        assertEquals(5, c.problems.size());
        assertEquals(2, c.problems.get(0).line());
        assertTrue(c.problems.get(0).message().startsWith("malformed JSON"));
        assertTrue(c.problems.get(1).message().contains("'text' is empty"));
        assertTrue(c.problems.get(2).message().contains("'text' is missing"));
        assertTrue(c.problems.get(3).message().contains("invalid UTF-8"));
        assertTrue(c.problems.get(4).message().contains("'published'"));
        assertTrue(c.problems.get(4).toString().contains("mixed.jsonl:6"));
    }

    @Test
    void hugeLinesAreSkippedWithoutHoldingThem(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("huge.jsonl");
        try (var out = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            out.write("{\"text\":\"" + "ا".repeat(3000) + "\"}\n");
            out.write("{\"id\":\"ok\",\"text\":\"روسيا\"}\n");
        }
        Collect c = new Collect();
        new ArticleReader(1024).read(List.of(f), c);
        assertEquals(1, c.articles.size());
        assertEquals(1, c.problems.size());
        assertTrue(c.problems.get(0).message().startsWith("line longer than"));
        assertEquals(1, c.problems.get(0).line());
    }

    @Test
    void readsPrettyPrintedSingleObjectGzipTextAndDirectories(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("one.json"), "{\n \"id\": \"x\",\n \"text\": \"نص\"\n}\n");
        Files.writeString(dir.resolve("two.txt"), "\uFEFFنص المقال");
        try (var out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("three.jsonl.gz")))) {
            out.write("{\"id\":\"g\",\"text\":\"نص\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.write(dir.resolve("ignored.bin"), new byte[] {0, 1, 2});
        Collect c = new Collect();
        new ArticleReader().read(List.of(dir, dir.resolve("missing.jsonl")), c);
        assertEquals(3, c.articles.size());
        assertEquals("x", c.articles.get(0).id());
        assertEquals("g", c.articles.get(1).id());
        assertEquals("نص المقال", c.articles.get(2).text());
        assertEquals(2, c.problems.size()); // the empty file and the missing one
    }

    @Test
    void stdinStream() throws IOException {
        Collect c = new Collect();
        new ArticleReader().readJsonLines(new ByteArrayInputStream(
                "{\"text\":\"أ\"}\r\n{\"text\":\"ب\"}".getBytes(StandardCharsets.UTF_8)), "<stdin>", c);
        assertEquals(2, c.articles.size());
    }
}
