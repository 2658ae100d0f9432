package org.marsad.io;

/** A piece of input that could not be read as an article: where it is and why. */
public record InputProblem(String file, long line, String message) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
