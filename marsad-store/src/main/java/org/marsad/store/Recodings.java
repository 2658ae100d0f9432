package org.marsad.store;

import java.util.List;
import java.util.function.BiConsumer;
import org.marsad.model.CodedArticle;

/**
 * Writing recoded articles, as {@code marsad recode} and the API's recode do: a batch in one transaction (one
 * commit per article cost more than its rows: the full-text index wrote a segment per article), and when the
 * batch fails, an article at a time, so that only the article at fault keeps its old coding.
 */
public final class Recodings {
    /** An article's new coding and its new index document ({@link FullText#terms}). */
    public record Recoded(CodedArticle coded, String terms) {
    }

    /** Articles recoded per transaction. */
    public static final int BATCH = 256;

    private Recodings() {
    }

    /**
     * Stores the batch; {@code refused} hears of each article left with its old coding (its id and why).
     * Returns how many were stored.
     */
    public static int write(Store store, List<Recoded> batch, String coderVersion, BiConsumer<String, String> refused) {
        try {
            store.batch(() -> {
                for (Recoded r : batch) {
                    store.replaceCoding(r.coded(), r.terms(), coderVersion);
                }
                return null;
            });
            return batch.size();
        } catch (RuntimeException e) {
            int stored = 0;
            for (Recoded r : batch) {
                try {
                    store.replaceCoding(r.coded(), r.terms(), coderVersion);
                    stored++;
                } catch (RuntimeException one) {
                    refused.accept(r.coded().article().id(), one.getMessage());
                }
            }
            return stored;
        }
    }
}
