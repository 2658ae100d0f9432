package org.marsad.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.text.Token;

/**
 * What the rest of a document says about a word. A news article names a person in full once
 * (محرم الراغب مدير عام النادي) and then by the family name alone (وناشد الراغب الجماهير): the second
 * mention has no given name or title beside it, but the first one does. Per stem:
 * <ul>
 *   <li>the contexts it was seen in anywhere in the document: right after a given name or inside a
 *       known person's name after its first word ({@link #AFTER_GIVEN}), right after a trigger of type t
 *       ({@code AFTER_TRIGGER + t}: الرئيس، مدينة، حزب), right before a one-word trigger of type t
 *       ({@code BEFORE_TRIGGER + t}: كوفي أنان الأمين العام);</li>
 *   <li>with the first stage's tags, the tags it was given anywhere in the document (one bit per tag).</li>
 * </ul>
 * Immutable once built.
 */
final class DocumentEvidence {
    static final int AFTER_GIVEN = 0;
    static final int AFTER_TRIGGER = 1;
    static final int BEFORE_TRIGGER = AFTER_TRIGGER + NerDictionary.Trigger.values().length;

    private static final int GIVEN_MASK = kindMask(NerDictionary.Kind.GIVEN) | kindMask(NerDictionary.Kind.GIVEN_COMMON);
    /** The "continues" bit of a known person's name: كوفي أنان makes أنان a name met after its given name. */
    private static final int PERSON_CONTINUES = 2 << (2 * NerDictionary.Kind.PERSON.ordinal());

    private final Map<String, Integer> contexts;
    private final Map<String, Integer> tags;

    private DocumentEvidence(Map<String, Integer> contexts, Map<String, Integer> tags) {
        this.contexts = contexts;
        this.tags = tags;
    }

    /**
     * The evidence for each sentence: with {@code window < 0} all sentences are one document (an article);
     * else a sentence's document is the {@code window} sentences on each side of it (a CoNLL file, which
     * has no document boundaries). {@code firstTags}, per sentence, the first stage's tags, or null.
     */
    static List<DocumentEvidence> forEach(List<PreparedSentence> sentences, int[][] firstTags, int window) {
        int n = sentences.size();
        List<DocumentEvidence> out = new ArrayList<>(n);
        if (window < 0) {
            DocumentEvidence whole = of(sentences, firstTags, 0, n);
            for (int s = 0; s < n; s++) {
                out.add(whole);
            }
            return out;
        }
        for (int s = 0; s < n; s++) {
            out.add(of(sentences, firstTags, Math.max(0, s - window), Math.min(n, s + window + 1)));
        }
        return out;
    }

    /** The evidence of the sentences {@code [from, to)}. */
    static DocumentEvidence of(List<PreparedSentence> sentences, int[][] firstTags, int from, int to) {
        Map<String, Integer> contexts = new HashMap<>();
        Map<String, Integer> tags = new HashMap<>();
        for (int s = from; s < to; s++) {
            PreparedSentence p = sentences.get(s);
            for (int i = 0; i < p.size(); i++) {
                Token t = p.tokens().get(i);
                if (!t.isWord()) {
                    continue;
                }
                int b = contextsAt(p, i);
                if (b != 0) {
                    contexts.merge(t.stem(), b, (x, y) -> x | y);
                }
                if (firstTags != null && firstTags[s][i] != 0) {
                    tags.merge(t.stem(), 1 << firstTags[s][i], (x, y) -> x | y);
                }
            }
        }
        return new DocumentEvidence(contexts, tags);
    }

    /** The context bits of token {@code i} of a sentence (see the class comment). */
    static int contextsAt(PreparedSentence p, int i) {
        int b = 0;
        if (i > 0) {
            if ((p.names()[i - 1] & GIVEN_MASK) != 0 && (p.names()[i] & GIVEN_MASK) == 0
                    || (p.names()[i] & PERSON_CONTINUES) != 0) {
                b |= 1 << AFTER_GIVEN;
            }
            b |= p.triggers()[i - 1] << AFTER_TRIGGER;
        }
        if (i + 1 < p.size()) {
            b |= p.triggers()[i + 1] << BEFORE_TRIGGER;
        }
        return b;
    }

    /** The contexts {@code stem} was seen in. */
    int contexts(String stem) {
        return contexts.getOrDefault(stem, 0);
    }

    /** The first stage's tags of {@code stem} in the document, one bit per tag index (O excluded). */
    int tags(String stem) {
        return tags.getOrDefault(stem, 0);
    }

    /** Both name bits (begins, continues) of a kind in {@link NerDictionary#nameFlags}. */
    private static int kindMask(NerDictionary.Kind k) {
        return 3 << (2 * k.ordinal());
    }
}
