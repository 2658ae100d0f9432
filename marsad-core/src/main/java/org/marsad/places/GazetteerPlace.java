package org.marsad.places;

import org.marsad.model.Place;
import org.marsad.model.Span;

/**
 * One place of the gazetteer.
 *
 * @param id          the GeoNames id of a city, or the ISO3 code of a country
 * @param nameEn      English name
 * @param country     ISO 3166-1 alpha-3 code
 * @param lat         latitude, or null (two historical countries have no centroid)
 * @param lon         longitude, or null
 * @param population  GeoNames population of a city; 0 for a country
 * @param featureCode GeoNames feature code of a city (PPLC capital, PPLA admin seat, PPL ...); {@code COUNTRY} for a country
 */
public record GazetteerPlace(String id, String nameEn, String country, Double lat, Double lon, long population,
                             String featureCode) {

    // equals and hashCode written out, with the record's own definition (components in order, hash 31 * h + each
    // from 0): the generated ones are made on first use from method handles, which spins classes with the JDK's
    // bytecode writer while the dictionaries load, where these are first asked (BENCHMARKS.md, speed27)
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof GazetteerPlace p && population == p.population
                && java.util.Objects.equals(id, p.id) && java.util.Objects.equals(nameEn, p.nameEn)
                && java.util.Objects.equals(country, p.country) && java.util.Objects.equals(lat, p.lat)
                && java.util.Objects.equals(lon, p.lon) && java.util.Objects.equals(featureCode, p.featureCode);
    }

    @Override
    public int hashCode() {
        int h = java.util.Objects.hashCode(id);
        h = 31 * h + java.util.Objects.hashCode(nameEn);
        h = 31 * h + java.util.Objects.hashCode(country);
        h = 31 * h + java.util.Objects.hashCode(lat);
        h = 31 * h + java.util.Objects.hashCode(lon);
        h = 31 * h + Long.hashCode(population);
        return 31 * h + java.util.Objects.hashCode(featureCode);
    }
    public static final String COUNTRY = "COUNTRY";

    public boolean isCountry() {
        return COUNTRY.equals(featureCode);
    }

    public boolean isCapital() {
        return "PPLC".equals(featureCode);
    }

    /** {@code country} or {@code city}, as {@link Place#precision()} wants it. */
    public String precision() {
        return isCountry() ? "country" : "city";
    }

    /**
     * The distance in km between two points (an equirectangular approximation: enough at the scale of the homonym
     * checks, tens to hundreds of kilometres).
     */
    public static double kilometres(double latA, double lonA, double latB, double lonB) {
        double meanLat = Math.toRadians((latA + latB) / 2);
        double dLat = latA - latB;
        double dLon = (lonA - lonB) * Math.cos(meanLat);
        return Math.sqrt(dLat * dLat + dLon * dLon) * KM_PER_DEGREE;
    }

    private static final double KM_PER_DEGREE = 111.2;

    /** This place as named at {@code span} by {@code written} (the original characters). */
    public Place toPlace(String written, Span span) {
        return new Place(written, nameEn, country, lat, lon, precision(), span);
    }
}
