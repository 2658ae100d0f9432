package org.marsad.actors;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.marsad.dict.TsvFile;
import org.marsad.text.ArabicNormalizer;

/**
 * Who «بلاده» may belong to besides a person or agent with a state's code (own-country.tsv): the words that join a
 * person with no country to the state's body he sits in («النائبة في الكنيست الإسرائيلي»), normalized, and the whys
 * of mentions that name a person of a nationality («شاباً سعودياً»). Read once.
 */
record OwnCountryWords(Set<String> memberLinks, Set<String> personWhys) {

    static final OwnCountryWords WORDS = load();

    private static OwnCountryWords load() {
        Map<String, Set<String>> byKind = Map.of("member-link", new HashSet<>(), "person-why", new HashSet<>());
        for (TsvFile.Row r : TsvFile.read("marsad/actors/own-country.tsv", 2, true)) {
            Set<String> values = byKind.get(r.col(0));
            if (values == null) {
                throw r.error("unknown kind '" + r.col(0) + "' (member-link, person-why)");
            }
            // a link is a word of the text, compared normalized; a why is the matcher's own name for a reading
            values.add(r.col(0).equals("member-link") ? ArabicNormalizer.normalize(r.col(1)) : r.col(1));
        }
        return new OwnCountryWords(Set.copyOf(byKind.get("member-link")), Set.copyOf(byKind.get("person-why")));
    }

    /** Whether {@code norm} (a normalized word) joins a person to the body he sits in («في»). */
    boolean isMemberLink(String norm) {
        return memberLinks.contains(norm);
    }

    /** Whether a mention made for {@code why} names a person of a nationality («شاباً سعودياً»: people+demonym). */
    boolean isPersonWhy(String why) {
        return personWhys.contains(why);
    }
}
