package org.marsad.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@link NerDictionary#IMAGE} and {@link org.marsad.places.Gazetteer#IMAGE} from the reviewed TSV files under the classes directory the build gives
 * ({@code target/classes}); marsad-core's pom runs it at process-classes, so the jar and the tests carry an image of the
 * TSVs they were built with. Not to be edited or committed: the TSVs are the source (BENCHMARKS.md, session 26, dict36).
 * <pre>
 * java -cp marsad-core/target/classes org.marsad.ner.NerImage marsad-core/target/classes
 * </pre>
 */
public final class NerImage {
    private NerImage() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: NerImage CLASSES_DIRECTORY");
        }
        write(Path.of(args[0]).resolve(NerDictionary.IMAGE), NerDictionary::writeImage);
        write(Path.of(args[0]).resolve(org.marsad.places.Gazetteer.IMAGE), org.marsad.places.Gazetteer::writeImage);
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static void write(Path out, Writer writer) throws IOException {
        Files.createDirectories(out.getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream o = Files.newOutputStream(tmp)) {
            writer.write(o);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
