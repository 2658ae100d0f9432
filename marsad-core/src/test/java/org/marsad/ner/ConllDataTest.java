package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading CoNLL files, carving the dev split, and carrying ANERcorp tokens through Marsad's tokenizer. */
class ConllDataTest {
    @Test
    void readsSentencesSeparatedByBlankLines(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "\n\nوقال O\nبوش B-PERS\n. O\n\n\nفي O\nبغداد B-LOC\n", StandardCharsets.UTF_8);
        List<ConllSentence> s = ConllSentence.read(f);
        assertEquals(2, s.size());
        assertEquals(List.of("وقال", "بوش", "."), s.get(0).tokens());
        assertEquals(List.of("O", "B-LOC"), s.get(1).tags());
    }

    @Test
    void aLineWithoutTagIsAnErrorNamingTheLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.txt");
        Files.writeString(f, "وقال O\nبوش\n", StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> ConllSentence.read(f));
        assertEquals(f + ":2: expected 'token TAG', got 'بوش'", e.getMessage());
    }

    @Test
    void theDevSplitIsTheLastBlockOfSentences() {
        List<ConllSentence> all = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            all.add(new ConllSentence(List.of("w" + i), List.of("O")));
        }
        DevSplit split = DevSplit.of(all, 10);
        assertEquals(23, split.train().size());
        assertEquals(List.of(all.get(23), all.get(24)), split.dev());
        assertEquals(25, DevSplit.of(all, 0).train().size());
        assertThrows(IllegalArgumentException.class, () -> DevSplit.of(all, 100));
    }

    @Test
    void tokensThatOurTokenizerSplitsGiveTheirTagToTheFirstPieceAndContinueIt() {
        // ANERcorp writes "(د" and "ب." as one token; Marsad's tokenizer splits off the punctuation
        ConllSentence s = new ConllSentence(List.of("(د", "جورج", "ب.", "بوش"), List.of("O", "B-PERS", "I-PERS", "I-PERS"));
        AlignedSentence a = AlignedSentence.of(s);
        assertEquals(List.of("(", "د", "جورج", "ب", ".", "بوش"), a.tokens().stream().map(t -> t.norm()).toList());
        assertEquals(List.of("O", "O", "B-PERS", "I-PERS", "I-PERS", "I-PERS"), a.tags());
        assertArrayEquals(new int[] {0, 2, 3, 5}, a.first());
        // predictions come back to the file's tokens through each one's first piece
        assertEquals(List.of("O", "B-PERS", "I-PERS", "I-PERS"),
                a.project(List.of("O", "B-LOC", "B-PERS", "I-PERS", "O", "I-PERS")));
    }
}
