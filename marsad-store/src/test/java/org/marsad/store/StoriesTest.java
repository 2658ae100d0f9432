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
}
