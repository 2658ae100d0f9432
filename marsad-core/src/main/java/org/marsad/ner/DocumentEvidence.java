package org.marsad.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.text.Token;

/**
 * What the rest of a document says about a word: a news article names a person in full once
 * (محرم الراغب مدير عام النادي) and then by the family name alone (وناشد الراغب الجماهير); the second
 * mention has no given name or title beside it, but the first one does. Per stem, a bit mask of the
 * contexts it was seen in anywhere in the document:
 * <ul>
 *   <li>{@link #AFTER_GIVEN}: right after a given name;</li>
 *   <li>{@code AFTER_TRIGGER + t}: right after a trigger of type t (الرئيس، مدينة، حزب);</li>
 *   <li>{@code BEFORE_TRIGGER + t}: right before a one-word trigger of type t (كوفي أنان الأمين العام).</li>
 * </ul>
 * Immutable once built.
 */
final class DocumentEvidence {
    static final int AFTER_GIVEN = 0;
    static final int AFTER_TRIGGER = 1;
    static final int BEFORE_TRIGGER = AFTER_TRIGGER + NerDictionary.Trigger.values().length;
    static final DocumentEvidence NONE = new DocumentEvidence(Map.of());

    private static final int GIVEN_MASK = kindMask(NerDictionary.Kind.GIVEN) | kindMask(NerDictionary.Kind.GIVEN_COMMON);

    private final Map<String, Integer> bits;

    private DocumentEvidence(Map<String, Integer> bits) {
        this.bits = bits;
    }

    /** The evidence of the sentences {@code [from, to)} of a document. */
    static DocumentEvidence of(List<PreparedSentence> sentences, int from, int to) {
        Map<String, Integer> bits = new HashMap<>();
        for (int s = from; s < to; s++) {
            PreparedSentence p = sentences.get(s);
            for (int i = 0; i < p.size(); i++) {
                Token t = p.tokens().get(i);
                if (!t.isWord()) {
                    continue;
                }
                int b = 0;
                if (i > 0) {
                    if ((p.names()[i - 1] & GIVEN_MASK) != 0 && (p.names()[i] & GIVEN_MASK) == 0) {
                        b |= 1 << AFTER_GIVEN;
                    }
                    b |= p.triggers()[i - 1] << AFTER_TRIGGER;
                }
                if (i + 1 < p.size()) {
                    b |= p.triggers()[i + 1] << BEFORE_TRIGGER;
                }
                if (b != 0) {
                    bits.merge(t.stem(), b, (x, y) -> x | y);
                }
            }
        }
        return new DocumentEvidence(bits);
    }

    /** The contexts {@code stem} was seen in. */
    int of(String stem) {
        return bits.getOrDefault(stem, 0);
    }

    /** Both name bits (begins, continues) of a kind in {@link NerDictionary#nameFlags}. */
    private static int kindMask(NerDictionary.Kind k) {
        return 3 << (2 * k.ordinal());
    }
}
