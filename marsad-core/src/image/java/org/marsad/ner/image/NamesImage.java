package org.marsad.ner.image;

/**
 * Nothing: the one source of marsad-core's second compilation (pom.xml, execution ner-names-image), which compiles
 * no class ({@code -proc:only}) but runs {@code org.marsad.ner.NerImageProcessor} over the classes just built, so
 * that the build writes the recognizer's names image from the TSVs it copied (BENCHMARKS.md, session 26, dict36).
 */
final class NamesImage {
    private NamesImage() {
    }
}
