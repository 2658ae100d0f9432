package org.marsad.ner;

/**
 * An immutable open-addressing map from feature fingerprints to weight rows: one probe in the usual
 * case, no boxing, about 12 bytes per feature at half load. Row i is the i-th key as given.
 */
final class FeatureTable {
    private final long[] slots;
    private final int[] rows;
    private final int mask;
    private final int size;

    FeatureTable(long[] keys) {
        int cap = Integer.highestOneBit(Math.max(4, keys.length * 2 - 1)) << 1;
        slots = new long[cap];
        rows = new int[cap];
        mask = cap - 1;
        size = keys.length;
        for (int i = 0; i < keys.length; i++) {
            long k = keys[i];
            if (k == 0) {
                throw new IllegalArgumentException("fingerprint 0 is reserved");
            }
            int s = slot(k);
            while (slots[s] != 0) {
                if (slots[s] == k) {
                    throw new IllegalArgumentException("duplicate fingerprint " + k);
                }
                s = (s + 1) & mask;
            }
            slots[s] = k;
            rows[s] = i;
        }
    }

    int size() {
        return size;
    }

    /** The row of {@code key}, or -1 when the feature was never seen in training. */
    int row(long key) {
        int s = slot(key);
        while (true) {
            long k = slots[s];
            if (k == key) {
                return rows[s];
            }
            if (k == 0) {
                return -1;
            }
            s = (s + 1) & mask;
        }
    }

    private int slot(long key) {
        return (int) (key ^ (key >>> 32)) & mask;
    }
}
