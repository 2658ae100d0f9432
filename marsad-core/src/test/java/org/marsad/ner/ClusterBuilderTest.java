package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ClusterBuilderTest {
    /** Cities and leaders in the contexts news puts them in, many times over with varied fillers. */
    private static WordClusters build() {
        ClusterBuilder b = new ClusterBuilder();
        String[] cities = {"الرياض", "جدة", "القاهرة", "بغداد"};
        String[] leaders = {"بوتين", "أوباما", "روحاني", "كاميرون"};
        String[] fillers = {"اليوم", "أمس", "مساء", "صباح", "الأحد", "الاثنين"};
        for (int i = 0; i < 240; i++) {
            String city = cities[i % cities.length];
            String leader = leaders[(i / 3) % leaders.length];
            String filler = fillers[(i / 7) % fillers.length];
            b.add("وصل الوفد إلى مدينة " + city + " " + filler + " ، وقال الرئيس " + leader + " إن الاتفاق قريب .");
        }
        return b.build(new ClusterBuilder.Options(1000, 5, 50, 8, 1, 1));
    }

    @Test
    void wordsInTheSameContextsShareAClusterAndOthersDoNot() {
        WordClusters c = build();
        String riyadh = c.path("الرياض");
        String cairo = c.path("القاهره");
        String putin = c.path("بوتين");
        String obama = c.path("اوباما");
        assertEquals(riyadh.charAt(0), cairo.charAt(0), riyadh + " " + cairo);
        assertEquals(putin.charAt(0), obama.charAt(0), putin + " " + obama);
        assertNotEquals(riyadh.substring(0, 2), putin.substring(0, 2), riyadh + " " + putin);
        assertNull(c.path("غيرموجود"));
    }

    @Test
    void buildingIsDeterministicAndTheFileReadsBack() throws IOException {
        byte[] one = bytes(build());
        byte[] two = bytes(build());
        assertArrayEquals(one, two);
        WordClusters read = WordClusters.read(new ByteArrayInputStream(one), "test");
        assertEquals(build().digest(), read.digest());
        assertEquals(build().path("بغداد"), read.path("بغداد"));
    }

    @Test
    void aMalformedLineIsAnErrorNamingTheLine() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write("# comment\nالرياض\t0101\nجدة\t01x1\n".getBytes(StandardCharsets.UTF_8));
        }
        IOException e = assertThrows(IOException.class, () -> WordClusters.read(new ByteArrayInputStream(out.toByteArray()), "c.tsv.gz"));
        assertTrue(e.getMessage().startsWith("c.tsv.gz:3:"), e.getMessage());
    }

    private static byte[] bytes(WordClusters c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        c.write(out, List.of("test"));
        return out.toByteArray();
    }
}
