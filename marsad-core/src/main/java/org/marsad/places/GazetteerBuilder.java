package org.marsad.places;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the shipped gazetteer ({@code cities.tsv}, {@code countries.tsv}) from the shared
 * GeoNames/mledoze extracts and the reviewed {@code supplement.tsv}. Deterministic: the same inputs
 * give byte-identical files, and a test checks that the committed files are up to date.
 *
 * <pre>
 * mvn -q -o compile -pl marsad-core
 * java -cp marsad-core/target/classes org.marsad.places.GazetteerBuilder \
 *     /work/shared/data/gazetteer marsad-core/src/main/resources/marsad/places
 * </pre>
 *
 * Input: {@code cities15000_ar.tsv} (its {@code ar_likely_names} column) and {@code countries_ar.tsv}
 * (the GeoNames and both mledoze Arabic columns). Every name goes through {@link PlaceNames#clean};
 * names with the same key are written once (the first spelling wins). Cities left without an Arabic
 * name are not written. Then the supplement adds and drops names by hand.
 */
public final class GazetteerBuilder {
    static final String CITIES = "cities.tsv";
    static final String COUNTRIES = "countries.tsv";
    static final String SUPPLEMENT = "supplement.tsv";

    /** A place being built: its fixed columns and its Arabic names, in order, one per key. */
    static final class Row {
        final String id;
        final List<String> columns;
        final Map<String, String> namesByKey = new LinkedHashMap<>();

        Row(String id, List<String> columns) {
            this.id = id;
            this.columns = columns;
        }

        void add(String name) {
            String key = PlaceNames.keyString(name);
            if (!key.isEmpty()) {
                namesByKey.putIfAbsent(key, name);
            }
        }

        /**
         * A reviewed name from the supplement: kept beside a name that differs from it only by the article, since the
         * finder tells places written with the article from those written without it (الإسكندرية beside اسكندرية).
         */
        void addSpelling(String name) {
            String key = PlaceNames.keyString(name);
            if (!key.isEmpty()) {
                boolean article = !org.marsad.text.ArabicNormalizer.normalize(name).startsWith(key);
                namesByKey.putIfAbsent(article ? "ال " + key : key, name);
            }
        }

        boolean drop(String name) {
            return namesByKey.remove(PlaceNames.keyString(name)) != null;
        }

        String line() {
            return String.join("\t", columns) + "\t" + String.join("|", namesByKey.values());
        }
    }

    /** The generated tables, before they are written. */
    record Result(List<Row> countries, List<Row> cities, int citiesRead, int rawCityNames) {
        int names(List<Row> rows) {
            return rows.stream().mapToInt(r -> r.namesByKey.size()).sum();
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GazetteerBuilder <shared gazetteer dir> <output dir (resources/marsad/places)>");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Result r = build(in, Files.readAllLines(out.resolve(SUPPLEMENT), StandardCharsets.UTF_8));
        write(out.resolve(COUNTRIES), countriesHeader(), r.countries());
        write(out.resolve(CITIES), citiesHeader(), r.cities());
        System.out.printf("countries: %d rows, %d names%n", r.countries().size(), r.names(r.countries()));
        System.out.printf("cities: %d read, %d raw ar_likely names; %d rows written, %d names%n",
                r.citiesRead(), r.rawCityNames(), r.cities().size(), r.names(r.cities()));
    }

    static Result build(Path in, List<String> supplement) {
        List<Map<String, String>> countryRecords = readTsv(in.resolve("countries_ar.tsv"));
        Map<String, String> iso3ByIso2 = new HashMap<>();
        List<Row> countries = new ArrayList<>();
        Map<String, Row> byId = new HashMap<>();
        for (Map<String, String> c : countryRecords) {
            iso3ByIso2.put(c.get("iso2"), c.get("iso3"));
            Row row = new Row(c.get("iso3"), List.of(c.get("iso3"), c.get("name_en"), orDash(c.get("lat")),
                    orDash(c.get("lng"))));
            for (String col : List.of("name_ar_common_mledoze", "name_ar_geonames", "name_ar_official_mledoze")) {
                addCleaned(row, c.get(col));
            }
            countries.add(row);
            byId.put(row.id, row);
        }

        List<Map<String, String>> cityRecords = readTsv(in.resolve("cities15000_ar.tsv"));
        List<Row> cities = new ArrayList<>();
        int rawNames = 0;
        for (Map<String, String> c : cityRecords) {
            String iso3 = iso3ByIso2.get(c.get("country_code"));
            if (iso3 == null) {
                throw new IllegalStateException("unknown country " + c.get("country_code") + " of " + c.get("geonameid"));
            }
            Row row = new Row(c.get("geonameid"), List.of(c.get("geonameid"), c.get("name"), iso3, c.get("lat"),
                    c.get("lng"), c.get("population"), c.get("feature_code")));
            String names = c.get("ar_likely_names");
            if (!names.isEmpty()) {
                for (String n : names.split("\\|")) {
                    rawNames++;
                    addCleaned(row, n);
                }
            }
            cities.add(row);
            byId.put(row.id, row);
        }

        applySupplement(supplement, byId);
        cities.removeIf(row -> row.namesByKey.isEmpty());
        return new Result(countries, cities, cityRecords.size(), rawNames);
    }

    /**
     * Applies the reviewed supplement: {@code add <id> <names>} or {@code drop <id> <names>}, where id is a
     * geonameid or an ISO3 code. Supplement names are trusted: they skip {@link PlaceNames#clean}. An id
     * or a dropped name that does not exist is an error, so the supplement cannot rot silently.
     */
    static void applySupplement(List<String> lines, Map<String, Row> byId) {
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 3) {
                throw new IllegalArgumentException(SUPPLEMENT + ":" + lineNo + ": expected action, id, names");
            }
            Row row = byId.get(f[1]);
            if (row == null) {
                throw new IllegalArgumentException(SUPPLEMENT + ":" + lineNo + ": no place with id " + f[1]);
            }
            for (String name : f[2].split("\\|")) {
                switch (f[0]) {
                    case "add" -> row.addSpelling(name.strip());
                    case "drop" -> {
                        if (!row.drop(name.strip())) {
                            throw new IllegalArgumentException(SUPPLEMENT + ":" + lineNo + ": " + f[1]
                                    + " has no name " + name);
                        }
                    }
                    default -> throw new IllegalArgumentException(SUPPLEMENT + ":" + lineNo + ": unknown action " + f[0]);
                }
            }
        }
    }

    private static void addCleaned(Row row, String raw) {
        if (raw != null && !raw.isEmpty()) {
            String name = PlaceNames.clean(raw);
            if (name != null) {
                row.add(name);
            }
        }
    }

    static String countriesHeader() {
        return """
                # Countries with Arabic names. Generated by org.marsad.places.GazetteerBuilder; do not edit (see SOURCE.md).
                # Source: GeoNames countryInfo + translations (CC BY 4.0, "GeoNames, geonames.org") and
                # mledoze/countries (ODbL 1.0, LICENSE.mledoze-countries): names; lat/lon = mledoze centroid.
                # iso3\tname_en\tlat\tlon\tnames_ar
                """;
    }

    static String citiesHeader() {
        return """
                # Cities of GeoNames cities15000 that have an Arabic name. Generated by org.marsad.places.GazetteerBuilder;
                # do not edit (see SOURCE.md). Source: GeoNames (CC BY 4.0, "GeoNames, geonames.org").
                # geonameid\tname_en\tcountry\tlat\tlon\tpopulation\tfeature_code\tnames_ar
                """;
    }

    static String render(String header, List<Row> rows) {
        StringBuilder b = new StringBuilder(header);
        for (Row r : rows) {
            b.append(r.line()).append('\n');
        }
        return b.toString();
    }

    private static void write(Path file, String header, List<Row> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(render(header, rows));
        }
    }

    private static String orDash(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }

    /** A TSV with a header line, as records keyed by column name. The shared files use no quoting. */
    static List<Map<String, String>> readTsv(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String[] header = lines.get(0).split("\t", -1);
            List<Map<String, String>> records = new ArrayList<>(lines.size());
            for (String line : lines.subList(1, lines.size())) {
                if (line.isEmpty()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                Map<String, String> rec = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    rec.put(header[i], i < f.length ? f[i] : "");
                }
                records.add(rec);
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
