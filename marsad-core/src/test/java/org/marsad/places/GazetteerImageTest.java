package org.marsad.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The places image (BENCHMARKS.md, session 26, dict36): the gazetteer of the TSVs, answer for answer (that the image in
 * the classes is the TSVs' now: NerImageTest).
 */
class GazetteerImageTest {
    @Test
    void everyNameIsLookedUpAndReadAsFromTheTsvFiles() {
        Gazetteer tsv = Gazetteer.fromTsv(null);
        Gazetteer image = Gazetteer.readImage();
        assertNotNull(image);
        assertEquals(tsv.size(), image.size());
        assertEquals(tsv.nameCount(), image.nameCount());
        assertEquals(tsv.words(), image.words());
        int names = 0;
        int oneWord = 0;
        for (String file : List.of(Gazetteer.COUNTRIES_FILE, Gazetteer.CITIES_FILE)) {
            for (String[] f : Gazetteer.rows(file, 5)) {
                if (file.equals(Gazetteer.COUNTRIES_FILE)) {
                    assertEquals(tsv.country(f[0]), image.country(f[0]));
                }
                for (String name : f[file.equals(Gazetteer.COUNTRIES_FILE) ? 4 : 7].split("\\|")) {
                    names++;
                    List<GazetteerPlace> a = tsv.lookup(name);
                    assertEquals(a, image.lookup(name), name);
                    assertEquals(tsv.resolve(name), image.resolve(name), name);
                    List<String> key = PlaceNames.key(name);
                    if (key.size() == 1) {
                        oneWord++;
                        String k = key.get(0);
                        assertEquals(tsv.readWithoutArticle(k, a), image.readWithoutArticle(k, a), name);
                        assertEquals(tsv.readWithArticle(k, a), image.readWithArticle(k, a), name);
                        assertEquals(tsv.hamzaNotInName(k, "مأرب"), image.hamzaNotInName(k, "مأرب"), name);
                    }
                }
            }
        }
        assertTrue(names > 10_000 && oneWord > 5_000, names + " names, " + oneWord + " of one word");
    }
}
