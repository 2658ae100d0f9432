package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void badInputIsSkippedAndTheRunGoesOnWithExitStatus3(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.jsonl"),
                "{\"id\":\"ok1\",\"published\":\"2024-06-19\",\"text\":\"استقبل الرئيس الروسي فلاديمير بوتين زعيم كوريا الشمالية كيم جونغ أون في موسكو.\"}\n"
                        + "{broken\n"
                        + "{\"id\":\"empty\",\"text\":\"  \"}\n"
                        + "{\"id\":\"ok2\",\"text\":\"اتهمت واشنطن موسكو بدعم الانفصاليين.\"}\n",
                StandardCharsets.UTF_8);
        Files.write(in.resolve("binary.json"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, 2, '\n'});
        Files.writeString(in.resolve("empty.txt"), "");
        Path out = dir.resolve("out.jsonl");
        int status = Main.run("code", "--quiet", "--out", out.toString(), in.toString());
        assertEquals(Main.EXIT_SKIPPED, status);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(2, lines.size());
        JsonNode first = MAPPER.readTree(lines.get(0));
        assertEquals("ok1", first.get("article_id").asText());
        assertTrue(first.get("mentions").size() >= 2);
        assertEquals("ok2", MAPPER.readTree(lines.get(1)).get("article_id").asText());
    }

    @Test
    void allGoodInputExitsZero(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("one.json");
        Files.writeString(in, "{\n  \"id\": \"x\",\n  \"text\": \"زار وزير الخارجية الأمريكي جون كيري القاهرة.\"\n}\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");
        assertEquals(0, Main.run("code", "--quiet", "--tokens", "--out", out.toString(), in.toString()));
        JsonNode n = MAPPER.readTree(Files.readString(out, StandardCharsets.UTF_8));
        String text = "زار وزير الخارجية الأمريكي جون كيري القاهرة.";
        for (JsonNode t : n.get("tokens")) {
            assertEquals(t.get("text").asText(), text.substring(t.get("span").get(0).asInt(), t.get("span").get(1).asInt()));
        }
    }

    @Test
    void anAttackWithAnUnidentifiedAttackerIsWrittenWithANullSide(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("a.jsonl");
        Files.writeString(in, "{\"id\":\"b\",\"published\":\"2008-01-10\",\"text\":\"انفجرت سيارة مفخخة في بغداد أمس.\"}\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");
        assertEquals(0, Main.run("code", "--quiet", "--out", out.toString(), in.toString()));
        JsonNode events = MAPPER.readTree(Files.readString(out, StandardCharsets.UTF_8)).get("events");
        assertTrue(events.size() >= 1, events.toString());
        JsonNode e = events.get(0);
        assertTrue(e.get("source").get("code").isNull());
        assertTrue(e.get("source").get("span").isNull());
        assertEquals("IRQ", e.get("target").get("code").asText());
        assertEquals("18", e.get("cameo_root").asText());
        assertEquals("2008-01-09", e.get("date").asText());
    }

    @Test
    void missingArgumentsIsAUsageError() {
        assertEquals(2, Main.run("eval"));
        assertEquals(2, Main.run("code", "--no-such-option"));
    }
}
