package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentTest {
    @Test
    void aPrefixWithoutTheArticleIsWhatReplacingItGives() {
        for (String prefix : List.of("", "ال", "وال", "بال", "فبال", "لل", "ولل", "و", "ف", "ب", "وب", "ك", "الال", "اال")) {
            assertEquals(prefix.replace("ال", ""), Segment.withoutArticle(prefix), prefix);
        }
        String bare = new String("وب"); // no article: the prefix itself, no string made
        assertSame(bare, Segment.withoutArticle(bare));
    }
}
