package org.marsad.store;

import java.time.LocalDate;
import java.util.List;

/** Aggregates the API and the web UI draw from: each one a record of what a GROUP BY returns. */
public final class Counts {
    private Counts() {
    }

    /** How often an actor code appears as source and as target of events, with the mean Goldstein value. */
    public record Actor(String code, String name, long asSource, long asTarget, double meanGoldstein) {
        public long events() {
            return asSource + asTarget;
        }
    }

    /** Events from {@code source} to {@code target} (exact codes). */
    public record Dyad(String source, String target, String sourceName, String targetName, long events,
                       double meanGoldstein) {
    }

    /** Events of one day and quad class, with the sum of their Goldstein values. */
    public record Day(String day, int quadClass, long events, double goldsteinSum) {
    }

    /** Events located at one place. */
    public record Place(String name, String nameEn, String country, Double lat, Double lon, long events,
                        double meanGoldstein) {
    }

    /** A stored article as lists show it. */
    public record Article(String id, String title, String url, String source, LocalDate published, String duplicateOf,
                          long events) {
    }

    /**
     * A name the recognizer found and no dictionary knows, as stored: how often, in how many articles,
     * one article and sentence it occurs in, and the primary actor codes named most often in the same
     * sentences (up to six, "IRN×12 USA×3").
     * The sample is the first of {@code samples}.
     * {@code code} is the code a title with a country gave a recognized person (the mention's text then
     * holds the title too: «وزير الخارجية التشيكي لوبومير زاوراليك»), null for a bare name.
     */
    public record Unresolved(String text, String type, String code, long mentions, long articles, String sampleArticle,
                             int sampleStart, int sampleEnd, String cooccurringCodes, List<Sample> samples) {
        public Unresolved {
            samples = List.copyOf(samples);
        }
    }

    /**
     * One occurrence of an unresolved name: its article, the offsets of its sentence and of the mention
     * itself in the article's text. {@link Unresolved#samples()} holds a few, from distinct articles.
     */
    public record Sample(String articleId, int sentenceStart, int sentenceEnd, int start, int end) {
    }
}
