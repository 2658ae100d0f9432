package org.marsad.model;

/**
 * Where an event happened.
 *
 * @param name      the place name as written (Arabic)
 * @param nameEn    the English name from the gazetteer
 * @param country   ISO 3166-1 alpha-3 code of the country
 * @param lat       latitude (null when only the country is known and it has no centroid)
 * @param lon       longitude
 * @param precision {@code city} or {@code country}
 * @param span      where the place is named in the text
 */
public record Place(String name, String nameEn, String country, Double lat, Double lon, String precision, Span span) {
}
