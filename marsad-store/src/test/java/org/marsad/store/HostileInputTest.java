package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Pipeline;
import org.marsad.io.ArticleSink;
import org.marsad.io.InputProblem;
import org.marsad.model.Article;
import org.marsad.model.CodedArticle;

/**
 * The hostile-input corpus: what a crawler can hand Marsad, run through the real ingest (readers, the whole coder,
 * a real SQLite file). Each case is put between good articles: it must give a clear problem or a correct result,
 * within a time limit (no hang), without exhausting the heap, and the good articles around it must be stored.
 * Large cases (a 10 MB article, a gzip bomb) are generated here rather than kept in the repository.
 */
class HostileInputTest {
    private static final Duration LIMIT = Duration.ofSeconds(120);
    private static Pipeline pipeline;
    private static HttpServer http;
    private static final AtomicBoolean STOP = new AtomicBoolean();

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws IOException {
        pipeline = Pipeline.load();
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "hostile-http");
            t.setDaemon(true);
            return t;
        }));
        // a feed that never ends, as fast as the network takes it
        http.createContext("/endless.rss", ex -> {
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                out.write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>".getBytes(StandardCharsets.UTF_8));
                byte[] item = ("<item><title>خبر</title><description>" + GOOD_TEXT + "</description></item>")
                        .getBytes(StandardCharsets.UTF_8);
                while (!STOP.get()) {
                    out.write(item);
                }
            } catch (IOException e) {
                // the client hung up: what it should do
            }
        });
        // a feed that trickles a byte at a time and never finishes
        http.createContext("/trickle.rss", ex -> {
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                while (!STOP.get()) {
                    out.write(' ');
                    out.flush();
                    Thread.sleep(50);
                }
            } catch (IOException | InterruptedException e) {
                // the client hung up
            }
        });
        http.start();
    }

    @AfterAll
    static void stop() {
        STOP.set(true);
        http.stop(0);
    }

    static final String GOOD_TEXT = "وقع الرئيس الروسي فلاديمير بوتين وزعيم كوريا الشمالية كيم جونغ أون اليوم اتفاقية شراكة "
            + "استراتيجية شاملة في بيونغ يانغ.";

    private static String good(String id) {
        return "{\"id\":\"" + id + "\",\"published\":\"2024-06-19\",\"text\":\"" + GOOD_TEXT + " (" + id + ")\"}\n";
    }

    /** What an ingest did: the problems it reported and the store's counts after it. */
    record Outcome(List<InputProblem> problems, List<Added> added, Stats stats, SqliteStore store) {
        String problemText() {
            return problems.toString();
        }
    }

    private Outcome ingest(Ingester.Reading reading) {
        SqliteStore store = SqliteStore.open(dir.resolve("hostile.db"));
        List<InputProblem> problems = new ArrayList<>();
        List<Added> added = new ArrayList<>();
        new Ingester(store, pipeline::analyze, pipeline::code, Pipeline.CODER_VERSION, 2).run(reading, "test",
                new Ingester.Listener() {
                    @Override
                    public void stored(Added a, SourceRecord source) {
                        added.add(a);
                    }

                    @Override
                    public void problem(InputProblem p) {
                        problems.add(p);
                    }
                });
        return new Outcome(problems, added, store.stats(), store);
    }

    private Outcome ingestFiles(Path... files) {
        InputFiles reader = new InputFiles();
        return ingest(sink -> reader.read(List.of(files), sink));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void invalidUtf8IsReportedWithItsLineAndTheRestIsStored() {
        assertTimeoutPreemptively(LIMIT, () -> {
            Path f = dir.resolve("bad-utf8.jsonl");
            try (OutputStream out = Files.newOutputStream(f)) {
                out.write(good("u1").getBytes(StandardCharsets.UTF_8));
                out.write(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF,
                        (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}', '\n'}); // bad sequence, 0xFF, encoded surrogate
                out.write(good("u3").getBytes(StandardCharsets.UTF_8));
            }
            Outcome o = ingestFiles(f);
            assertEquals(1, o.problems().size(), o.problemText());
            assertEquals(2, o.problems().get(0).line());
            assertTrue(o.problems().get(0).message().contains("invalid UTF-8"), o.problemText());
            assertEquals(2, o.stats().inputs());
        });
    }

    @Test
    void loneSurrogatesAreStoredAsGivenOrRefusedClearly() {
        assertTimeoutPreemptively(LIMIT, () -> {
            // JSON escapes can carry what UTF-8 cannot: a high surrogate with no low one, and a low one alone
            Path f = write("surrogates.jsonl", good("s1")
                    + "{\"id\":\"s2\",\"text\":\"روسيا \\ud800 وقعت \\udc00 اتفاقية\"}\n" + good("s3"));
            Outcome o = ingestFiles(f);
            assertEquals(3, o.stats().inputs() + o.problems().size(), o.problemText());
            assertTrue(o.stats().inputs() >= 2, o.problemText());
            o.store().article("s2").ifPresent(a -> {
                // stored: its offsets must still point at the same characters
                CodedArticle c = o.store().coded("s2").orElseThrow();
                c.mentions().forEach(m -> assertEquals(m.text(), a.text().substring(m.span().start(), m.span().end())));
            });
        });
    }

    @Test
    void bidiControlsAndJoinersInsideWordsDoNotHideActors() {
        assertTimeoutPreemptively(LIMIT, () -> {
            // RLM, LRE/PDF, ZWJ, ZWNJ and a word joiner inside the names
            String text = "وقع الرئيس الرو\u200Fسي فلاديمير بو\u202Aتين\u202C وزعيم كو\u200Dريا الش\u200Cمالية كيم جونغ أون "
                    + "اليوم اتفاقية شرا\u2060كة استراتيجية شاملة.";
            CodedArticle c = pipeline.code(new Article("bidi", null, null, java.time.LocalDate.of(2024, 6, 19), null, text));
            CodedArticle clean = pipeline.code(new Article("clean", null, null, java.time.LocalDate.of(2024, 6, 19), null,
                    text.replaceAll("[\u200C\u200D\u200F\u202A\u202C\u2060]", "")));
            assertEquals(clean.events().stream().map(e -> e.source().code() + ">" + e.target().code() + ":" + e.cameoCode()).toList(),
                    c.events().stream().map(e -> e.source().code() + ">" + e.target().code() + ":" + e.cameoCode()).toList());
            assertFalse(c.events().isEmpty(), "the summit's events were lost to invisible characters");
            c.mentions().forEach(m -> assertEquals(m.text(), text.substring(m.span().start(), m.span().end())));
        });
    }

    @Test
    void aTenMegabyteArticleIsHandledWithinBounds() {
        assertTimeoutPreemptively(LIMIT, () -> {
            Path big = dir.resolve("big.txt");
            try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
                int lineBytes = GOOD_TEXT.getBytes(StandardCharsets.UTF_8).length + 1;
                for (long n = 0; n < 10L * 1024 * 1024; n += lineBytes) {
                    w.write(GOOD_TEXT);
                    w.write('\n');
                }
            }
            Path after = write("after.jsonl", good("after"));
            Outcome o = ingestFiles(big, after);
            assertTrue(o.store().article("after").isPresent(), o.problemText());
            // either refused with a clear reason or stored whole
            assertEquals(2, o.stats().inputs() + o.problems().size(), o.problemText());
            o.problems().forEach(p -> assertTrue(p.file().endsWith("big.txt") && p.message().contains("long"), p.toString()));
        });
    }

    @Test
    void aHundredThousandCharacterSentenceWithoutPunctuationIsCodedWithinBounds() {
        assertTimeoutPreemptively(LIMIT, () -> {
            StringBuilder words = new StringBuilder();
            while (words.length() < 100_000) {
                words.append("وقع الرئيس الروسي اتفاقية مع كوريا الشمالية ");
            }
            StringBuilder oneWord = new StringBuilder();
            while (oneWord.length() < 100_000) {
                oneWord.append("وقعالرئيسالروسي");
            }
            Path f = write("runon.jsonl", "{\"id\":\"words\",\"text\":\"" + words + "\"}\n{\"id\":\"word\",\"text\":\"" + oneWord
                    + "\"}\n" + good("g"));
            Outcome o = ingestFiles(f);
            assertEquals(3, o.stats().inputs() + o.problems().size(), o.problemText());
            assertTrue(o.store().article("g").isPresent(), o.problemText());
        });
    }

    @Test
    void deeplyNestedHtmlIsReadWithinBounds() {
        assertTimeoutPreemptively(LIMIT, () -> {
            StringBuilder html = new StringBuilder("<html><body>");
            html.append("<div><ul><li><p>".repeat(25_000));
            html.append(GOOD_TEXT);
            html.append("</p></li></ul></div>".repeat(25_000));
            html.append("</body></html>");
            Path page = write("nested.html", html.toString());
            Path after = write("z-after.jsonl", good("after"));
            Outcome o = ingestFiles(page, after);
            assertTrue(o.store().article("after").isPresent(), o.problemText());
            assertEquals(2, o.stats().inputs() + o.problems().size(), o.problemText());
        });
    }

    @Test
    void scriptsAndEventHandlersNeverReachTheText() {
        assertTimeoutPreemptively(LIMIT, () -> {
            String html = "<html><head><script>document.write('STOLEN')</script></head><body onload=\"steal()\">"
                    + "<article><p onclick=\"alert('XSS1')\">" + GOOD_TEXT + "</p><img src=x onerror=\"alert('XSS2')\">"
                    + "<script>alert('XSS3')</script><p>&lt;script&gt;alert('escaped')&lt;/script&gt;</p>"
                    + "<a href=\"javascript:alert('XSS4')\">رابط</a><svg><script>alert('XSS5')</script></svg>"
                    + "<iframe srcdoc=\"<script>alert('XSS6')</script>\"></iframe></article></body></html>";
            Article a = HtmlArticle.parse(html, "");
            for (String bad : List.of("STOLEN", "steal", "XSS1", "XSS2", "XSS3", "XSS4", "XSS5", "XSS6", "onerror", "onclick")) {
                assertFalse(a.text().contains(bad), bad + " reached the text: " + a.text());
            }
            assertTrue(a.text().contains(GOOD_TEXT));
            // text that is about a script is text, kept as characters (the web UI never renders it as HTML)
            assertTrue(a.text().contains("<script>alert('escaped')</script>"), a.text());
        });
    }

    @Test
    void billionLaughsAndExternalEntitiesInAFeedAreRefused() {
        assertTimeoutPreemptively(LIMIT, () -> {
            StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n");
            lol.append("<!ENTITY lol1 \"").append("&lol;".repeat(10)).append("\">\n");
            for (int i = 2; i <= 9; i++) {
                lol.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
            }
            lol.append("]>\n<rss version=\"2.0\"><channel><title>t</title><item><title>x</title><description>&lol9;"
                    + "</description></item></channel></rss>");
            String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                    + "<rss version=\"2.0\"><channel><title>t</title><item><title>x</title><description>&xxe;</description>"
                    + "</item></channel></rss>";
            Path laughs = write("laughs.rss", lol.toString());
            Path external = write("xxe.xml", xxe);
            Path after = write("z-after.jsonl", good("after"));
            Outcome o = ingestFiles(laughs, external, after);
            assertEquals(2, o.problems().size(), o.problemText());
            for (InputProblem p : o.problems()) {
                assertTrue(p.message().contains("not a readable RSS or Atom feed"), p.toString());
                assertFalse(p.message().contains("root:"), "a local file leaked into a message: " + p);
            }
            assertEquals(1, o.stats().inputs());
        });
    }

    @Test
    void aGzipBombIsStoppedEarly() {
        assertTimeoutPreemptively(LIMIT, () -> {
            // 1 GiB of spaces and newlines in about a megabyte: 1,024 copies of one gzip member holding 1 MiB
            // (readers take concatenated members as one stream, as gzip does)
            byte[] blank = new byte[1 << 20];
            java.util.Arrays.fill(blank, (byte) ' ');
            blank[blank.length - 1] = '\n';
            byte[] member = gzip(blank);
            Path bomb = dir.resolve("bomb.jsonl.gz");
            try (OutputStream out = Files.newOutputStream(bomb)) {
                out.write(gzip(good("first").getBytes(StandardCharsets.UTF_8)));
                for (int i = 0; i < 1024; i++) {
                    out.write(member);
                }
                out.write(gzip(good("never").getBytes(StandardCharsets.UTF_8)));
            }
            Path page = dir.resolve("bomb.html.gz");
            try (OutputStream out = Files.newOutputStream(page)) {
                for (int i = 0; i < 1024; i++) {
                    out.write(member);
                }
            }
            Path after = write("z-after.jsonl", good("after"));
            long heapBefore = usedHeap();
            Outcome o = ingestFiles(bomb, page, after);
            assertTrue(o.store().article("first").isPresent(), "what came before the bomb is kept");
            assertTrue(o.store().article("after").isPresent(), o.problemText());
            assertEquals(2, o.problems().size(), o.problemText());
            assertTrue(o.problems().stream().allMatch(p -> p.message().contains("bomb")), o.problemText());
            assertTrue(usedHeap() - heapBefore < 256L << 20, "the bomb filled the heap");
        });
    }

    private static byte[] gzip(byte[] data) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }

    private static long usedHeap() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /** Ingests a URL of the test server (size cap 4 MiB, the given time cap), then a file with a good article. */
    private Outcome ingestUrlThenAFile(String path, Duration fetchTimeout) throws IOException {
        Inputs in = Inputs.of(List.of("http://127.0.0.1:" + http.getAddress().getPort() + path), 4 * 1024 * 1024,
                fetchTimeout);
        Path after = write("after.jsonl", good("after"));
        InputFiles files = new InputFiles();
        return ingest(sink -> {
            in.read(sink, null, InputStream.nullInputStream());
            files.read(List.of(after), sink);
        });
    }

    @Test
    void aFeedThatNeverEndsIsCutAtTheSizeCap() {
        assertTimeoutPreemptively(LIMIT, () -> {
            Outcome o = ingestUrlThenAFile("/endless.rss", Duration.ofSeconds(60));
            assertEquals(1, o.problems().size(), o.problemText());
            assertTrue(o.problems().get(0).message().contains("larger than 4 MiB"), o.problemText());
            assertTrue(o.store().article("after").isPresent());
        });
    }

    @Test
    void aFeedThatTricklesForeverIsCutAtTheTimeCap() {
        assertTimeoutPreemptively(LIMIT, () -> {
            long start = System.nanoTime();
            Outcome o = ingestUrlThenAFile("/trickle.rss", Duration.ofSeconds(3));
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(30).toNanos(), "the time cap did not hold");
            assertEquals(1, o.problems().size(), o.problemText());
            assertTrue(o.problems().get(0).message().contains("within 3 s"), o.problemText());
            assertTrue(o.store().article("after").isPresent());
        });
    }

    @Test
    void filesVanishingOrShrinkingMidReadCostOnlyThemselves() {
        assertTimeoutPreemptively(LIMIT, () -> {
            Path inbox = Files.createDirectories(dir.resolve("inbox"));
            StringBuilder many = new StringBuilder();
            for (int i = 0; i < 400; i++) {
                many.append(good("a" + i)); // well past the reader's 64 KiB buffer
            }
            Path a = Files.writeString(inbox.resolve("a.jsonl"), many, StandardCharsets.UTF_8);
            Path b = Files.writeString(inbox.resolve("b.jsonl"), good("b"), StandardCharsets.UTF_8);
            Files.writeString(inbox.resolve("c.jsonl"), good("c"), StandardCharsets.UTF_8);
            InputFiles reader = new InputFiles();
            boolean[] done = {false};
            Outcome o = ingest(sink -> reader.read(List.of(inbox), new ArticleSink() {
                @Override
                public void article(Article article, String file, long line) {
                    if (!done[0]) {
                        done[0] = true;
                        try {
                            // a.jsonl is cut in the middle of a line while being read, b.jsonl is deleted before its turn
                            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(a,
                                    java.nio.file.StandardOpenOption.WRITE)) {
                                ch.truncate(100_000);
                            }
                            Files.delete(b);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                    sink.article(article, file, line);
                }

                @Override
                public void problem(InputProblem problem) {
                    sink.problem(problem);
                }
            }));
            assertTrue(o.store().article("c").isPresent(), o.problemText());
            assertTrue(o.problems().stream().anyMatch(p -> p.file().endsWith("b.jsonl") && p.message().contains("no such file")),
                    o.problemText());
            // a.jsonl: the lines read before the cut are stored, the cut line is reported, nothing is stored twice
            assertTrue(o.stats().inputs() >= 2 && o.stats().inputs() < 400, String.valueOf(o.stats().inputs()));
        });
    }
}
