package org.marsad.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped files are what the generator makes of the shared extracts and the supplement. */
class GazetteerBuilderTest {
    private static String resource(String file) throws IOException {
        try (InputStream in = GazetteerBuilderTest.class.getClassLoader().getResourceAsStream(Gazetteer.DIR + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void shippedFilesAreUpToDate() throws IOException {
        Path shared = Path.of(System.getProperty("marsad.shared", "../shared"), "data", "gazetteer");
        assumeTrue(Files.isRegularFile(shared.resolve("cities15000_ar.tsv")), "shared gazetteer data not available");
        List<String> supplement = resource(GazetteerBuilder.SUPPLEMENT).lines().toList();
        GazetteerBuilder.Result r = GazetteerBuilder.build(shared, supplement);
        assertEquals(resource(GazetteerBuilder.COUNTRIES),
                GazetteerBuilder.render(GazetteerBuilder.countriesHeader(), r.countries()),
                "countries.tsv is stale: rerun GazetteerBuilder (see SOURCE.md)");
        assertEquals(resource(GazetteerBuilder.CITIES),
                GazetteerBuilder.render(GazetteerBuilder.citiesHeader(), r.cities()),
                "cities.tsv is stale: rerun GazetteerBuilder (see SOURCE.md)");
    }

    @Test
    void supplementAddsAndDrops() {
        GazetteerBuilder.Row city = new GazetteerBuilder.Row("1", List.of("1"));
        city.add("الجزائر");
        city.add("الجزيرة");
        java.util.Map<String, GazetteerBuilder.Row> byId = java.util.Map.of("1", city);
        GazetteerBuilder.applySupplement(List.of("# comment", "drop\t1\tالجزيره\tnote", "add\t1\tمدينة الجزائر"), byId);
        assertEquals(List.of("الجزائر", "مدينة الجزائر"), List.copyOf(city.namesByKey.values()));
    }
}
