package org.marsad.ner;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.dict.PhraseKeys;
import org.marsad.dict.TsvFile;
import org.marsad.text.Segment;
import org.marsad.text.Token;

/**
 * The words of marsad/ner/suggest-cues.tsv: evidence, in the sentence a name no dictionary knows occurs
 * in, that it is a political actor (وزير، حكومة، مفاوضات) or not one (لاعب، نادي، شركة، فيلم).
 * {@code marsad actors suggest} ranks candidates with it. One-word cues are matched through clitics
 * (للوزير، والحكومة); a cue of several words by its first word's stem followed by the others. Immutable.
 */
public final class SuggestCues {
    public static final String RESOURCE = "marsad/ner/suggest-cues.tsv";

    private final Map<String, Integer> single = new HashMap<>();
    private final Map<List<String>, Integer> phrases = new HashMap<>();

    private SuggestCues() {
    }

    /** The shipped cues. */
    public static SuggestCues load() {
        SuggestCues c = new SuggestCues();
        for (TsvFile.Row r : TsvFile.read(RESOURCE, 2, true)) {
            List<String> key = PhraseKeys.of(r.col(0));
            int weight;
            try {
                weight = Integer.parseInt(r.col(1).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(RESOURCE + ": weight '" + r.col(1) + "' of '" + r.col(0) + "' is not a whole number", e);
            }
            if (key.size() == 1) {
                c.single.put(key.get(0), weight);
            } else {
                c.phrases.put(key, weight);
            }
        }
        return c;
    }

    /** The sum of the weights of the cues in a sentence's tokens (with readings), each cue counted once. */
    public int score(List<Token> sentence) {
        Set<String> seen = new HashSet<>();
        int sum = 0;
        for (int i = 0; i < sentence.size(); i++) {
            Token t = sentence.get(i);
            if (!t.isWord()) {
                continue;
            }
            for (Segment s : t.segments()) {
                String stem = PhraseKeys.stripArticle(s.stem());
                Integer w = single.get(stem);
                if (w != null && seen.add(stem)) {
                    sum += w;
                }
                for (Map.Entry<List<String>, Integer> p : phrases.entrySet()) {
                    List<String> key = p.getKey();
                    if (key.get(0).equals(stem) && i + key.size() <= sentence.size() && seen.add(String.join(" ", key))) {
                        boolean all = true;
                        for (int k = 1; k < key.size() && all; k++) {
                            all = PhraseKeys.stripArticle(sentence.get(i + k).norm()).equals(key.get(k));
                        }
                        if (all) {
                            sum += p.getValue();
                        } else {
                            seen.remove(String.join(" ", key));
                        }
                    }
                }
            }
        }
        return sum;
    }
}
