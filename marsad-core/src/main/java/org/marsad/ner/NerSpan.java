package org.marsad.ner;

import org.marsad.model.Span;

/**
 * A named entity found in an analyzed text.
 *
 * @param firstToken index of its first token in {@link org.marsad.text.AnalyzedText#tokens()}
 * @param endToken   index after its last token
 * @param type       PERS, LOC, ORG or MISC (ANERcorp's types)
 * @param span       its characters in the ORIGINAL text, clitics glued to the first word included
 */
public record NerSpan(int firstToken, int endToken, String type, Span span) {
}
