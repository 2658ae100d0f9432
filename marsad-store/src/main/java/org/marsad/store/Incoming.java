package org.marsad.store;

import org.marsad.model.CodedArticle;

/**
 * An article ready to store: its coding (and the version of the coder that made it), the fingerprint of its
 * text, its full-text index document ({@link FullText#terms}) and the input record it came from.
 */
public record Incoming(CodedArticle coded, String coderVersion, Fingerprint fingerprint, String terms,
                       SourceRecord source) {
}
