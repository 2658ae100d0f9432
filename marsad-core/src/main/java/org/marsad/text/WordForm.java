package org.marsad.text;

import java.util.List;

/**
 * What a token's characters read as: its normalized form, its clitic readings and which {@link StemFacts} questions
 * they answer. It depends on the characters alone, so every token of one form shares one: the analyzer's word cache
 * keeps one per distinct form ({@link WordCache.Entry} is one), and a {@link Token} points at it instead of copying
 * its four fields (16 bytes less per token; the tokens were a fifth of what the coder allocated).
 */
class WordForm {
    final String norm;
    final List<Segment> segments;
    /** The {@link StemFacts} whose answers the readings carry, or null. */
    final StemFacts answeredBy;
    /** {@link StemFacts#answered} of the readings; 0 when {@link #answeredBy} is null. */
    final long answered;
    /** {@link StemSignature#of} the readings: which stems a phrase matcher may find here, one field away. */
    final long stemSignature;
    /**
     * The stem facts of the reading that is the whole word ({@link #norm} with no clitic: every analyzed word has it),
     * or null: what the dictionaries know of the form as written, one field away ({@link StemFacts.Slot#ofNorm}), where
     * the event coder hashed the form in a map for each question (BENCHMARKS.md, speed36).
     */
    final Segment.Facts normFacts;
    /** {@link #afterFirstLetter}, made when first asked (a racy write of an immutable string: at worst made twice). */
    private String afterFirstLetter;

    WordForm(String norm, List<Segment> segments, StemFacts answeredBy, long answered) {
        this.norm = norm;
        this.segments = segments;
        this.answeredBy = answeredBy;
        this.answered = answered;
        this.stemSignature = StemSignature.of(segments);
        this.normFacts = normFacts(norm, segments);
    }

    private static Segment.Facts normFacts(String norm, List<Segment> segments) {
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (s.facts() != null && s.prefix().isEmpty() && s.suffix().isEmpty() && s.stem().equals(norm)) {
                return s.facts();
            }
        }
        return null;
    }

    /**
     * {@link #norm} less its first letter (the word after a glued و/ف/بـ), one string per distinct form: the event
     * stages asked {@code norm.substring(1)} of the same words at every sentence, a new string hashed anew for each
     * set look-up (BENCHMARKS.md, speed38). "" for an empty norm.
     */
    String afterFirstLetter() {
        String r = afterFirstLetter;
        if (r == null) {
            r = norm.isEmpty() ? norm : norm.substring(1);
            afterFirstLetter = r;
        }
        return r;
    }
}
