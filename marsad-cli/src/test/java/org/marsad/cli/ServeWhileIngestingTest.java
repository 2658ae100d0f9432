package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code marsad serve} and {@code marsad ingest} as two processes on one embedded database (SQLite in WAL
 * mode): the server keeps answering while the ingest writes, sees the new articles, and the database passes
 * {@code marsad check} afterwards.
 */
class ServeWhileIngestingTest {
    @TempDir
    Path dir;

    @Test
    void queriesKeepAnsweringAndSeeTheNewArticles() throws Exception {
        // 300 distinct short articles, written by a second process while the first one serves
        List<String> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < 300; i++) {
            lines.add(json.writeValueAsString(java.util.Map.of("id", "a" + i, "published", "2024-06-19",
                    "text", "وقع الرئيس الروسي فلاديمير بوتين وزعيم كوريا الشمالية كيم جونغ أون اليوم اتفاقية رقم " + i
                            + " في بيونغ يانغ بعد محادثات استمرت " + (i % 7 + 2) + " ساعات حول الملف " + i + ".")));
        }
        Files.write(dir.resolve("in.jsonl"), lines, StandardCharsets.UTF_8);
        ChildMarsad.Result first = ChildMarsad.run(dir, "ingest", "-q", "--db", "shared.db", "in.jsonl");
        assertEquals(0, first.status(), first.err());

        Process serve = ChildMarsad.builder(dir, "serve", "--db", "shared.db", "--port", "0")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertNotNull(line, "serve printed nothing");
            Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(line);
            assertTrue(m.find(), line);
            String base = m.group(0);
            HttpClient http = HttpClient.newHttpClient();
            assertEquals(300, articles(http, base, json));

            // a second batch ingested by another process while queries go on
            List<String> more = new ArrayList<>();
            for (int i = 300; i < 700; i++) {
                more.add(lines.get(i % 300).replace("\"a" + (i % 300) + "\"", "\"a" + i + "\"")
                        .replace("رقم " + (i % 300) + " ", "رقم " + i + " ").replace("الملف " + (i % 300), "الملف " + i));
            }
            Files.write(dir.resolve("more.jsonl"), more, StandardCharsets.UTF_8);
            Process ingest = ChildMarsad.builder(dir, "ingest", "-q", "--db", "shared.db", "more.jsonl")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int answered = 0;
            long previous = 300;
            while (ingest.isAlive() && answered < 2000) {
                long n = articles(http, base, json); // every query answers, and counts only grow
                assertTrue(n >= previous, n + " < " + previous);
                previous = n;
                answered++;
            }
            assertTrue(ingest.waitFor(120, TimeUnit.SECONDS), "ingest did not finish");
            assertEquals(0, ingest.exitValue());
            assertTrue(answered > 0, "no query ran while the ingest wrote");
            assertEquals(700, articles(http, base, json), "the server sees every new article");
            // and the database both processes used is whole
            ChildMarsad.Result check = ChildMarsad.run(dir, "check", "--db", "shared.db");
            assertEquals(0, check.status(), check.out() + check.err());
        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve did not stop");
        }
    }

    private static long articles(HttpClient http, String base, ObjectMapper json) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "api/stats")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode stats = json.readTree(r.body());
        // near-identical test articles are stored as near-duplicates of the first: count every input record
        return stats.get("inputs").asLong();
    }
}
