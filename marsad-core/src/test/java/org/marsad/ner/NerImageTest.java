package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.text.TextAnalyzer;
import org.marsad.text.Token;

/** The recognizer's names image (BENCHMARKS.md, session 26, dict36): the TSVs' trie, built in the same order. */
class NerImageTest {
    private static List<String> entries(java.util.function.Consumer<java.util.function.BiConsumer<List<String>,
            NerDictionary.Kind>> source) {
        List<String> out = new ArrayList<>();
        source.accept((key, kind) -> out.add(kind + " " + String.join(" ", key)));
        return out;
    }

    private interface Writer {
        void write(java.io.OutputStream out) throws java.io.IOException;
    }

    /** Both images the build writes (NerImage): each in the classes equals one written from the TSVs now. */
    @Test
    void theImagesInTheClassesAreTheOnesTheTsvFilesGiveNow() throws Exception {
        java.util.Map<String, Writer> images = java.util.Map.of(NerDictionary.IMAGE, NerDictionary::writeImage,
                org.marsad.places.Gazetteer.IMAGE, org.marsad.places.Gazetteer::writeImage);
        for (var image : images.entrySet()) {
            ByteArrayOutputStream fresh = new ByteArrayOutputStream();
            image.getValue().write(fresh);
            byte[] shipped;
            try (InputStream in = NerDictionary.class.getClassLoader().getResourceAsStream(image.getKey())) {
                assertNotNull(in, "the build writes " + image.getKey() + " (marsad-core/pom.xml, ner-names-image)");
                shipped = in.readAllBytes();
            }
            assertArrayEquals(fresh.toByteArray(), shipped, "a stale image " + image.getKey() + ": build marsad-core again");
        }
    }

    @Test
    void theImageGivesTheTrieEveryKeyAndKindInTheOrderTheTsvFilesDo() throws Exception {
        List<String> fromTsv = entries(added -> NerDictionary.fromTsv(added));
        ByteArrayOutputStream image = new ByteArrayOutputStream();
        NerDictionary.writeImage(image);
        List<String> fromImage = entries(added -> {
            try {
                NerDictionary.readImage(new DataInputStream(new ByteArrayInputStream(image.toByteArray())), added);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(fromTsv.size() > 10_000, "entries: " + fromTsv.size());
        assertEquals(fromTsv, fromImage);
    }

    @Test
    void aSentenceGetsTheSameNameFlagsFromTheImageAsFromTheTsvFiles() {
        NerDictionary tsv = NerDictionary.fromTsv(null);
        NerDictionary image = NerDictionary.readImage();
        assertNotNull(image);
        TextAnalyzer analyzer = new TextAnalyzer(w -> true);
        for (String s : List.of(
                "وقع الرئيس الروسي فلاديمير بوتين وزعيم كوريا الشمالية كيم جونغ أون اليوم اتفاقية شراكة استراتيجية شاملة",
                "واستقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في الرياض وزير الخارجية الأمريكي جون كيري",
                "قالت منظمة الصحة العالمية إن السعوديين والمصريين في جدة والقاهرة تلقوا اللقاح")) {
            List<Token> tokens = analyzer.analyze(s).tokens();
            int[] flags = tsv.nameFlags(tokens);
            assertArrayEquals(flags, image.nameFlags(tokens), s);
            assertTrue(java.util.Arrays.stream(flags).anyMatch(f -> f != 0), s);
        }
    }
}
