package org.marsad.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.marsad.text.Segment;
import org.marsad.text.Token;

/**
 * A nationality adjective that is the family name of a titled man the article names in full: «اللواء منصور التركي»
 * (a Saudi general of the Interior Ministry, not a Turk), then «وقال اللواء التركي» — the same man by his title and
 * family name, not a Turkish general. In the full name the adjective follows a given name (one word of
 * given-names.tsv, a name written in two words, or a name ending on its father's: «اللواء سعد بن رحيل السويدي»),
 * and an adjective agrees with a head that has the article, which a given name has not: it is the family name there
 * (the sentence's own pass already reads no nationality in it). The title with that word alone is then the same man
 * when it is the same title (the same agents.tsv entry): his mention keeps the title's role and takes the country of
 * the title's mention right before his full name when that mention has one, else no country («اللواء» has none; an
 * office in apposition, «المتحدث الأمني في وزارة الداخلية السعودية», is a mention of its own and is not read). Another
 * title with the adjective («الرئيس التركي» in the same article) stays a nationality, and so does the adjective right
 * after a title with no name between («وزير الخارجية المصري سامح شكري»).
 */
final class TitledFamilyNames {
    /** Whether a token is a given name without the article (given-names.tsv, common words too; alone or after و/ف). */
    private final Predicate<Token> givenName;
    /** Whether token {@code i} is a singular nationality adjective of the dictionary (demonyms.tsv). */
    private final IntPredicateOn demonym;

    /** A test on token {@code i} of a list of tokens. */
    interface IntPredicateOn {
        boolean test(List<Token> tokens, int i);
    }

    TitledFamilyNames(Predicate<Token> givenName, IntPredicateOn demonym) {
        this.givenName = givenName;
        this.demonym = demonym;
    }

    /** The title of a man named in full whose family name is a nationality adjective, and the title's mention. */
    private record Titled(ActorEntry title, ActorMention mention) {
    }

    /** The mentions, each «title + family name» of a man the article names in full read as his (see above). */
    List<ActorMention> read(List<Token> tokens, List<ActorMention> found) {
        int candidates = 0;
        for (ActorMention m : found) {
            if (aliasShaped(tokens, m)) {
                candidates++;
            }
        }
        if (candidates == 0) {
            return found;
        }
        Map<String, List<Titled>> families = familiesNamed(tokens, found);
        if (families.isEmpty()) {
            return found;
        }
        List<ActorMention> out = null;
        for (int k = 0; k < found.size(); k++) {
            ActorMention m = found.get(k);
            if (!aliasShaped(tokens, m)) {
                continue;
            }
            Titled man = sameTitle(families.get(tokens.get(m.end() - 1).norm()), m.entry());
            if (man == null) {
                continue;
            }
            String role = m.role();
            if (role == null) {
                continue;
            }
            ActorMention title = man.mention();
            String country = title.primary();
            if (out == null) {
                out = new ArrayList<>(found);
            }
            out.set(k, new ActorMention(m.first(), m.end(), m.span(), country == null ? role : country + role,
                    "AGENT", m.entry(), m.entry().nameEn(), "agent+family-name",
                    country == null ? ActorMention.Form.AGENT_ONLY : ActorMention.Form.NAMED, m.sentence(),
                    m.prefix()));
        }
        return out == null ? found : out;
    }

    /** A title with a nationality adjective that has the bare article («اللواء التركي»), as the sentence read it. */
    private static boolean aliasShaped(List<Token> tokens, ActorMention m) {
        if (!"agent+demonym".equals(m.why()) || m.end() - m.first() < 2 || m.entry() == null || !m.entry().title()) {
            return false;
        }
        Segment s = tokens.get(m.end() - 1).segments().get(0);
        return s.prefix().equals("ال") && s.suffix().isEmpty();
    }

    private static Titled sameTitle(List<Titled> titled, ActorEntry title) {
        if (titled != null) {
            for (Titled t : titled) {
                if (t.title() == title) {
                    return t;
                }
            }
        }
        return null;
    }

    /**
     * The family names of titled men the article names in full: the nationality adjective (as written, with its bare
     * article) after a title's mention and a given name, with the titles it follows.
     */
    private Map<String, List<Titled>> familiesNamed(List<Token> tokens, List<ActorMention> found) {
        Map<String, List<Titled>> out = new HashMap<>(2);
        for (ActorMention m : found) {
            if (!"AGENT".equals(m.type()) || m.entry() == null || !m.entry().title()) {
                continue;
            }
            int d = familyNameAfter(tokens, m.end(), m.sentence());
            if (d >= 0) {
                out.computeIfAbsent(tokens.get(d).norm(), w -> new ArrayList<>(1)).add(new Titled(m.entry(), m));
            }
        }
        return out;
    }

    /**
     * The token of a nationality adjective with the bare article that closes a man's name starting at {@code g}: one
     * given name, a name in two words («عبد الله»), or a name ending on its father's (FamilyNames.endsOnFathersName);
     * or -1.
     */
    private int familyNameAfter(List<Token> tokens, int g, int sentence) {
        if (g >= tokens.size() || tokens.get(g).sentence() != sentence || !tokens.get(g).isWord()) {
            return -1;
        }
        boolean twoWords = NameGrammar.WORDS.isTwoWordFirst(tokens.get(g).norm()); // «عبد الله»
        if (!twoWords && !givenName.test(tokens.get(g))) {
            return -1;
        }
        for (int d = g + 1; d < Math.min(tokens.size(), g + 7); d++) {
            Token t = tokens.get(d);
            if (!t.isWord() || t.sentence() != sentence) {
                return -1;
            }
            Segment s = t.segments().get(0);
            boolean name = d == g + 1 && !twoWords || d == g + 2 && twoWords
                    || FamilyNames.endsOnFathersName(tokens, g, d);
            if (name && s.prefix().equals("ال") && s.suffix().isEmpty() && demonym.test(tokens, d)) {
                return d;
            }
        }
        return -1;
    }
}
