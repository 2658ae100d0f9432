package org.marsad.ner;

import java.util.List;

/**
 * The development split carved out of a training file: its last {@code percent}% of sentences.
 *
 * <p>The last block rather than every n-th sentence because ANERcorp is a sequence of whole news
 * articles: interleaving would put sentences of the same article (and so the same names) on both
 * sides, and the dev score would flatter the tagger. A contiguous tail is held-out articles, as the
 * official test split is.
 *
 * @param train the sentences to train on
 * @param dev   the held-out sentences
 */
public record DevSplit(List<ConllSentence> train, List<ConllSentence> dev) {
    public DevSplit {
        train = List.copyOf(train);
        dev = List.copyOf(dev);
    }

    /** Splits off the last {@code percent}% of the sentences (rounded down); 0 keeps everything for training. */
    public static DevSplit of(List<ConllSentence> all, int percent) {
        if (percent < 0 || percent >= 100) {
            throw new IllegalArgumentException("--dev-split must be in [0, 100), got " + percent);
        }
        int dev = (int) ((long) all.size() * percent / 100);
        int cut = all.size() - dev;
        return new DevSplit(all.subList(0, cut), all.subList(cut, all.size()));
    }
}
