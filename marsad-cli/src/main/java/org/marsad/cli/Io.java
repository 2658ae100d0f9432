package org.marsad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** UTF-8 output to stdout or a file, whatever the platform default. */
final class Io {
    private Io() {
    }

    static Writer writer(Path out) throws IOException {
        if (out == null) {
            return new BufferedWriter(new OutputStreamWriter(new PrintStream(new java.io.FileOutputStream(
                    java.io.FileDescriptor.out), false, StandardCharsets.UTF_8), StandardCharsets.UTF_8), 1 << 16);
        }
        return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
    }

    static PrintStream stdout() {
        return new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    }

    static PrintStream stderr() {
        return new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
    }
}
