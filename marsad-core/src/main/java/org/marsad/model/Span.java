package org.marsad.model;

/** A half-open range [start, end) of UTF-16 character offsets into an article's original text. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The characters this span covers in {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }
}
