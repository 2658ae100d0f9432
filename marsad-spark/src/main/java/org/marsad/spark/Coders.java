package org.marsad.spark;

import org.marsad.Pipeline;

/**
 * One coder per executor JVM. Loading the dictionaries and the NER model takes about a second and some
 * 100 MB of heap; {@link Pipeline#code} is thread-safe, so every task running in the JVM shares the one instance
 * instead of loading its own (Spark runs several tasks per executor at once).
 */
final class Coders {
    private static volatile Pipeline pipeline;

    private Coders() {
    }

    static Pipeline get() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (Coders.class) {
                p = pipeline;
                if (p == null) {
                    p = Pipeline.load();
                    pipeline = p;
                }
            }
        }
        return p;
    }
}
