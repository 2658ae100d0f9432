package org.marsad;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Where coding time goes, for {@code marsad bench}: {@link Pipeline#code(Article, StageTimes)} adds the
 * nanoseconds each stage takes. One instance per thread (it is not synchronized); merge them with
 * {@link #add(StageTimes)}. Coding without one ({@link Pipeline#code(org.marsad.model.Article)}) reads no
 * clock at all, so the product pays nothing for it.
 */
public final class StageTimes {
    /** The stages of {@link Pipeline#code}, in the order they run. */
    public enum Stage {
        /** tokenize, normalize, clitic readings, sentences */
        TEXT,
        /** dictionary actor matching and the mention list */
        ACTORS,
        /** the statistical name recognizer, on the sentences where a title precedes an unknown word */
        NAMES,
        /** event cues, arguments, quotes, assembling events */
        EVENTS,
        /** time expressions and event dates */
        TIME,
        /** place names and event locations */
        PLACE
    }

    private final long[] nanos = new long[Stage.values().length];
    /** Time already given to a stage nested inside the stage now running (places looked up by the event coder). */
    private long nested;

    /** Adds the time since {@code since} (less nested time) to {@code stage}; returns now, the next lap's start. */
    long lap(Stage stage, long since) {
        long now = System.nanoTime();
        nanos[stage.ordinal()] += now - since - nested;
        nested = 0;
        return now;
    }

    /** {@code f}, its time counted as {@code stage} and not as the stage that calls it. */
    <T> IntFunction<T> nested(Stage stage, IntFunction<T> f) {
        return i -> {
            long start = System.nanoTime();
            T t = f.apply(i);
            long took = System.nanoTime() - start;
            nanos[stage.ordinal()] += took;
            nested += took;
            return t;
        };
    }

    public void add(StageTimes other) {
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] += other.nanos[i];
        }
    }

    public long nanos(Stage stage) {
        return nanos[stage.ordinal()];
    }

    public long totalNanos() {
        long sum = 0;
        for (long n : nanos) {
            sum += n;
        }
        return sum;
    }

    /** Each stage's share of the total, 0 to 1. */
    public Map<Stage, Double> shares() {
        Map<Stage, Double> shares = new EnumMap<>(Stage.class);
        double total = Math.max(1, totalNanos());
        for (Stage s : Stage.values()) {
            shares.put(s, nanos(s) / total);
        }
        return shares;
    }
}
