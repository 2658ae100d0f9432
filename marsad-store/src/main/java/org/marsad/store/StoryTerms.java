package org.marsad.store;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.CodedArticle;
import org.marsad.model.Event;
import org.marsad.model.Sentence;
import org.marsad.model.Span;

/**
 * What story clustering compares of one coded event: the {@link Stories#terms} of its evidence and of its
 * sentence. A pure function of the coding, so ingest computes it on the coding threads, not on the single
 * writer that decides the stories.
 */
public record StoryTerms(String evidence, String sentence) {

    /** One entry per event of the coding, in its order. */
    public static List<StoryTerms> of(CodedArticle coded) {
        String text = coded.article().text();
        List<StoryTerms> out = new ArrayList<>(coded.events().size());
        // a sentence's terms made once for the events of it that follow each other (a dyad's two directions, a
        // sentence's several acts), and an evidence's once for the events that follow each other on it (the two
        // directions of one verb): the same strings, one normalization and scan fewer each time (ingest21)
        int sentence = 0;
        String sentenceTerms = null;
        Span evidence = null;
        String evidenceTerms = null;
        for (Event x : coded.events()) {
            if (sentenceTerms == null || x.sentence() != sentence) {
                sentence = x.sentence();
                sentenceTerms = Stories.terms(sentenceText(text, coded.sentences(), sentence));
            }
            if (evidenceTerms == null || !java.util.Objects.equals(x.evidence(), evidence)) {
                evidence = x.evidence();
                evidenceTerms = Stories.terms(slice(text, evidence));
            }
            out.add(new StoryTerms(evidenceTerms, sentenceTerms));
        }
        return out;
    }

    /** The characters of a span, cut to the text (an empty string for no text or no span); also an alert's evidence. */
    static String slice(String text, Span span) {
        if (text == null || span == null) {
            return "";
        }
        int s = Math.max(0, Math.min(span.start(), text.length()));
        int e = Math.max(s, Math.min(span.end(), text.length()));
        return text.substring(s, e);
    }

    private static String sentenceText(String text, List<Sentence> sentences, int index) {
        for (Sentence s : sentences) {
            if (s.index() == index) {
                return slice(text, s.span());
            }
        }
        return "";
    }
}
