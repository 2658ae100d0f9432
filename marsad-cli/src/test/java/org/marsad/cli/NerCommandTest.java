package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `marsad ner train` then `marsad ner eval --json` on a tiny CoNLL file. */
class NerCommandTest {
    private static final String CONLL = """
            قال O
            الرئيس O
            جورج B-PERS
            بوش I-PERS
            في O
            بغداد B-LOC
            . O

            وأعلنت O
            الأمم B-ORG
            المتحدة I-ORG
            أن O
            كوفي B-PERS
            أنان I-PERS
            سيزور O
            بيروت B-LOC
            . O
            """;

    @Test
    void trainsAModelAndScoresItAsJson(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("tiny.txt");
        Files.writeString(data, CONLL, StandardCharsets.UTF_8);
        Path model = dir.resolve("m.bin.gz");
        assertEquals(0, Main.run("ner", "train", "--train", data.toString(), "--dev-split", "0", "--iterations", "3",
                "--out", model.toString()));
        assertTrue(Files.size(model) > 0);
        Path report = dir.resolve("eval.json");
        assertEquals(0, Main.run("ner", "eval", "--conll", data.toString(), "--model", model.toString(), "--json",
                "--out", report.toString()));
        String json = Files.readString(report, StandardCharsets.UTF_8);
        JsonNode n = new ObjectMapper().readTree(json);
        for (String field : new String[] {"f1", "precision", "recall", "per_type"}) {
            assertTrue(n.has(field), field + " in " + json);
        }
        assertTrue(n.get("per_type").has("PERS"), json);
        assertEquals(2, n.get("sentences").asInt());
    }
}
