package org.marsad.ner;

import java.util.ArrayList;
import java.util.List;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;

/**
 * A CoNLL sentence carried through Marsad's {@link Tokenizer}, so that training and evaluation see the
 * tokens (and normalized forms) the tagger sees at run time.
 *
 * <p>The file's tokens are joined with single spaces and re-tokenized. ANERcorp tokens are whitespace
 * tokens with punctuation mostly split off already, so nearly every one becomes one Marsad token; the
 * few that split ({@code (د}, {@code بي.}) give their tag to the first piece and continue it (I-) on the
 * others. Predictions come back to the file's tokens through the first piece of each, so scores are on
 * the file's own tokens, comparable with published figures.
 *
 * @param tokens our tokens
 * @param tags   a gold tag per our token
 * @param first  for each file token, the index of its first our-token, or -1 when it has none (marks only)
 */
public record AlignedSentence(List<Token> tokens, List<String> tags, int[] first) {
    private static final Tokenizer TOKENIZER = new Tokenizer();

    public static AlignedSentence of(ConllSentence s) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[s.size()];
        for (int i = 0; i < s.size(); i++) {
            if (i > 0) {
                text.append(' ');
            }
            starts[i] = text.length();
            text.append(s.tokens().get(i));
        }
        List<Token> tokens = TOKENIZER.tokenize(text.toString());
        List<String> tags = new ArrayList<>(tokens.size());
        int[] first = new int[s.size()];
        java.util.Arrays.fill(first, -1);
        int owner = 0;
        for (int j = 0; j < tokens.size(); j++) {
            int start = tokens.get(j).start();
            while (owner + 1 < starts.length && starts[owner + 1] <= start) {
                owner++;
            }
            String tag = s.tags().get(owner);
            if (first[owner] < 0) {
                first[owner] = j;
                tags.add(tag);
            } else {
                tags.add(tag.equals(TagSet.OUTSIDE) ? tag : "I-" + tag.substring(2));
            }
        }
        return new AlignedSentence(tokens, tags, first);
    }

    /** Tags for the file's tokens from tags predicted on ours. */
    public List<String> project(List<String> predicted) {
        List<String> out = new ArrayList<>(first.length);
        for (int f : first) {
            out.add(f < 0 ? TagSet.OUTSIDE : predicted.get(f));
        }
        return out;
    }
}
