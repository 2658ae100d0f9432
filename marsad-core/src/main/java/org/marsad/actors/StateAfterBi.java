package org.marsad.actors;

import java.util.HashSet;
import java.util.Set;
import org.marsad.dict.TsvFile;
import org.marsad.text.ArabicNormalizer;

/**
 * When a title takes the state after بـ as its own (state-after-bi.tsv), normalized: the head nouns of a state's formal
 * name («مملكة»، «جمهورية»، «دولة») and the titles posted abroad, whose بـ names the host («السفير»، «سفارة»). Read once.
 */
record StateAfterBi(Set<String> stateForms, Set<String> hostTitles) {

    static final StateAfterBi WORDS = load();

    private static StateAfterBi load() {
        Set<String> forms = new HashSet<>();
        Set<String> hosts = new HashSet<>();
        for (TsvFile.Row r : TsvFile.read("marsad/actors/state-after-bi.tsv", 2, true)) {
            String w = ArabicNormalizer.normalize(r.col(1));
            switch (r.col(0)) {
                case "state-form" -> forms.add(w);
                case "host-title" -> hosts.add(w);
                default -> throw r.error("unknown kind '" + r.col(0) + "' (state-form, host-title)");
            }
        }
        return new StateAfterBi(Set.copyOf(forms), Set.copyOf(hosts));
    }

    /** Whether {@code stem} (normalized) heads a state's formal name. */
    boolean isStateForm(String stem) {
        return stateForms.contains(stem);
    }

    /** Whether {@code stem} (normalized) is a title posted abroad, whose بـ names the host state. */
    boolean isHostTitle(String stem) {
        return hostTitles.contains(stem);
    }
}
