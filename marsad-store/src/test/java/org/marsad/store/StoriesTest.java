package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoriesTest {

    /** Jaccard similarity the plain way: two sets, their intersection over their union. */
    private static double jaccard(String a, String b) {
        Set<String> x = new HashSet<>(Arrays.asList(a.split(" ")));
        Set<String> y = new HashSet<>(Arrays.asList(b.split(" ")));
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return both.size() / (double) (x.size() + y.size() - both.size());
    }

    @Test
    void similarityIsTheJaccardOverlapOfTheTermsWords() {
        List<String> texts = List.of(
                "وقع الرئيس الروسي فلاديمير بوتين اتفاقية شراكة استراتيجية مع كيم جونغ أون في بيونغ يانغ",
                "ووقع الرئيس الروسي الاتفاقية مع الزعيم الكوري الشمالي كيم جونغ أون",
                "قصفت الطائرات مواقع في ريف حلب الشمالي",
                "بيونغ يانغ",
                "يانغ");
        for (String a : texts) {
            for (String b : texts) {
                String ta = Stories.terms(a);
                String tb = Stories.terms(b);
                assertEquals(jaccard(ta, tb), Stories.similarity(ta, tb), 1e-12, a + " / " + b);
            }
        }
        assertEquals(0.0, Stories.similarity(Stories.terms("بيونغ يانغ"), ""));
    }

    @Test
    void longTermsAndStoredBytesGiveThePlainJaccardOverlap() {
        // more words than a small table holds, Latin, digits and Arabic mixed: every slot collision path is taken
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            a.append(i == 0 ? "" : " ").append(i % 3 == 0 ? "كلمة" + i : "w" + i);
            if (i % 2 == 0) {
                b.append(b.length() == 0 ? "" : " ").append(i % 3 == 0 ? "كلمة" + i : "w" + i);
            }
        }
        b.append(" اخرى x");
        Stories.TermSet set = Stories.termSet(a.toString());
        assertEquals(jaccard(a.toString(), b.toString()),
                set.similarity(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), 1e-12);
        assertEquals(1.0, set.similarity(a.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), 1e-12);
        assertEquals(0.0, set.similarity(null));
        assertEquals(0.0, set.similarity(new byte[0]));
        assertEquals(0.0, Stories.termSet("").similarity("اب جد".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
