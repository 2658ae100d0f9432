package org.marsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.io.ArticleJson;

/** Reads a gold file: JSON Lines, one article a line with its {@code events}. Errors name file and line. */
public final class GoldReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GoldReader() {
    }

    public static List<GoldArticle> read(Path file) throws IOException {
        List<GoldArticle> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode n = MAPPER.readTree(line);
                    List<GoldEvent> events = new ArrayList<>();
                    for (JsonNode e : n.path("events")) {
                        events.add(new GoldEvent(req(e, "source"), req(e, "target"), req(e, "root"), opt(e, "code"),
                                opt(e, "date"), opt(e, "evidence"), e.path("optional").asBoolean(false)));
                    }
                    out.add(new GoldArticle(ArticleJson.fromJson(n), events));
                } catch (IOException | IllegalArgumentException e) {
                    throw new IOException(file + ":" + no + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    private static String req(JsonNode e, String f) {
        String v = opt(e, f);
        if (v == null) {
            throw new IllegalArgumentException("gold event without '" + f + "'");
        }
        return v;
    }

    private static String opt(JsonNode e, String f) {
        JsonNode v = e.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }
}
