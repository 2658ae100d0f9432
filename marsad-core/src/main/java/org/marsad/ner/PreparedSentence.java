package org.marsad.ner;

import java.util.List;
import org.marsad.text.Token;

/**
 * A sentence ready for feature extraction: its tokens with the model's clitic readings, and what the
 * dictionaries say about each token (see {@link NerDictionary#nameFlags} and {@link NerDictionary#triggerEnds}).
 */
record PreparedSentence(List<Token> tokens, int[] names, int[] triggers) {
    int size() {
        return tokens.size();
    }
}
