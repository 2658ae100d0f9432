package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** A sentence's features in one array give back each token's, in order, past every growth of its arrays. */
class FeaturesTest {
    @Test
    void splitGivesEachTokensFingerprintsBack() {
        Features f = new Features();
        long[][] tokens = new long[300][];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = new long[i % 7 == 0 ? 0 : 40 + i % 11]; // empty tokens too; 300 × ~45 grows both arrays
            for (int k = 0; k < tokens[i].length; k++) {
                tokens[i][k] = 1000L * i + k;
            }
            long[] buf = java.util.Arrays.copyOf(tokens[i], 256); // the extractor's buffer: only [0, k) is copied
            f.add(buf, tokens[i].length);
        }
        assertEquals(tokens.length, f.size());
        long[][] back = f.split();
        for (int i = 0; i < tokens.length; i++) {
            assertArrayEquals(tokens[i], back[i], "token " + i);
        }
        int total = 0;
        for (long[] t : tokens) {
            total += t.length;
        }
        assertEquals(total, f.total());
        assertEquals(total, f.end(tokens.length - 1));
    }

    @Test
    void reusedIsEmptiedAndDroppedWhenGrownPastTheLimit() {
        Features f = Features.reused();
        f.add(new long[] {1, 2, 3}, 3);
        Features again = Features.reused();
        assertSame(f, again);
        assertEquals(0, again.size());
        assertEquals(0, again.total());
        long[] big = new long[1 << 16];
        for (int i = 0; i < 3; i++) {
            again.add(big, big.length); // past the 2^17 kept
        }
        assertNotSame(again, Features.reused());
    }
}
