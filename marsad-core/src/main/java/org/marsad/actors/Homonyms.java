package org.marsad.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.dict.PhraseTrie;
import org.marsad.model.ActorCodes;
import org.marsad.text.Token;

/**
 * One spelling, two places: عمان is Oman (countries.tsv) and Amman, Jordan's capital (metonyms.tsv); the dictionary
 * lists both, flagged ambiguous. A mention of such a name is read as the entry whose country
 * <ol>
 *   <li>the word right before it names («العاصمة الأردنية عمان»، «الأردن وعمان» does not count: only an adjective or a
 *       name in iḍāfa with no conjunction), else</li>
 *   <li>the article names more often in its other mentions (a story about Jordan names الأردن، الأردني، the king ...),
 *       else</li>
 *   <li>the first entry the files list (Oman): what was read before the second entry existed.</li>
 * </ol>
 */
final class Homonyms {
    private final PhraseTrie<NameRef> trie;

    Homonyms(PhraseTrie<NameRef> trie) {
        this.trie = trie;
    }

    /** The fixed entries of different countries a match may be, in file order; a list of one when it is not a homonym. */
    static List<NameRef> readings(List<NameRef> values) {
        List<NameRef> out = new ArrayList<>(2);
        for (NameRef r : values) {
            if (r.entry().kind() == ActorKind.FIXED
                    && out.stream().noneMatch(o -> sameCountry(o.entry(), r.entry()))) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * The reading whose country the word right before token {@code first} names (a nationality or a country with no
     * conjunction: «العاصمة الأردنية عمان»), or null.
     */
    NameRef namedBefore(List<Token> tokens, int first, List<NameRef> readings) {
        if (readings.size() < 2 || first == 0 || !tokens.get(first - 1).isWord()
                || tokens.get(first - 1).sentence() != tokens.get(first).sentence()) {
            return null;
        }
        PhraseTrie.Match<NameRef> before = trie.longestAt(tokens, first - 1, first);
        if (before == null || before.firstReading().prefix().startsWith("و")) {
            return null;
        }
        for (NameRef b : before.values()) {
            if (b.entry().kind() != ActorKind.DEMONYM && b.entry().kind() != ActorKind.FIXED) {
                continue;
            }
            for (NameRef r : readings) {
                if (sameCountry(b.entry(), r.entry())) {
                    return r;
                }
            }
        }
        return null;
    }

    private static boolean sameCountry(ActorEntry a, ActorEntry b) {
        return java.util.Objects.equals(ActorCodes.primary(a.code()), ActorCodes.primary(b.code()));
    }

    /** The mentions, each homonym read as the entry the word before it or the article names. */
    List<ActorMention> resolved(List<Token> tokens, List<ActorMention> found) {
        Map<ActorMention, List<NameRef>> homonyms = null;
        for (ActorMention m : found) {
            if (m.entry() != null && m.entry().ambiguous() && m.entry().kind() == ActorKind.FIXED) {
                PhraseTrie.Match<NameRef> match = trie.longestAt(tokens, m.first(), m.end());
                List<NameRef> readings = match == null ? List.of() : readings(match.values());
                if (readings.size() > 1) {
                    if (homonyms == null) {
                        homonyms = new java.util.IdentityHashMap<>();
                    }
                    homonyms.put(m, readings);
                }
            }
        }
        if (homonyms == null) {
            return found;
        }
        Map<String, Integer> named = new HashMap<>();
        for (ActorMention m : found) {
            if (!homonyms.containsKey(m) && m.primary() != null) {
                named.merge(m.primary(), 1, Integer::sum);
            }
        }
        List<ActorMention> out = new ArrayList<>(found.size());
        for (ActorMention m : found) {
            List<NameRef> readings = homonyms.get(m);
            NameRef pick = readings == null ? null : namedBefore(tokens, m.first(), readings);
            if (readings != null && pick == null) {
                pick = mostNamed(readings, named);
            }
            if (pick == null || pick.entry() == m.entry()) {
                out.add(m);
                continue;
            }
            ActorEntry e = pick.entry();
            out.add(new ActorMention(m.first(), m.end(), m.span(), e.code(), e.type(), e, e.nameEn(), m.why(), m.form(),
                    m.sentence(), m.prefix()));
        }
        return out;
    }

    /** The reading the article names most often elsewhere; the first on a tie. */
    private static NameRef mostNamed(List<NameRef> readings, Map<String, Integer> named) {
        NameRef best = readings.get(0);
        int most = named.getOrDefault(ActorCodes.primary(best.entry().code()), 0);
        for (NameRef r : readings) {
            int n = named.getOrDefault(ActorCodes.primary(r.entry().code()), 0);
            if (n > most) {
                best = r;
                most = n;
            }
        }
        return best;
    }
}
