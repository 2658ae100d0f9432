package org.marsad.store;

import java.util.List;
import org.marsad.model.CodedArticle;

/**
 * An article ready to store: its coding (and the version of the coder that made it), the fingerprint of its
 * text, its full-text index document ({@link FullText#terms}), the input record it came from, and what story
 * clustering compares of each of its events ({@link StoryTerms#of}, one per event).
 */
public record Incoming(CodedArticle coded, String coderVersion, Fingerprint fingerprint, String terms,
                       SourceRecord source, List<StoryTerms> storyTerms) {

    public Incoming {
        if (storyTerms.size() != coded.events().size()) {
            throw new IllegalArgumentException("story terms for " + storyTerms.size() + " of "
                    + coded.events().size() + " events");
        }
        storyTerms = List.copyOf(storyTerms);
    }

    /** An article whose story terms are computed here. */
    public Incoming(CodedArticle coded, String coderVersion, Fingerprint fingerprint, String terms,
                    SourceRecord source) {
        this(coded, coderVersion, fingerprint, terms, source, StoryTerms.of(coded));
    }
}
