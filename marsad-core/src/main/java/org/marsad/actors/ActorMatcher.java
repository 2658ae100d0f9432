package org.marsad.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.dict.PhraseKeys;
import org.marsad.dict.PhraseTrie;
import org.marsad.model.ActorCodes;
import org.marsad.model.Sentence;
import org.marsad.model.Span;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Segment;
import org.marsad.text.StemFacts;
import org.marsad.text.StemSignature;
import org.marsad.text.Token;

/**
 * Finds actor mentions: dictionary names in one pass over each sentence (longest match wins), then
 * composition of neighbours into one mention:
 * <ul>
 *   <li>agent + demonym: الرئيس الروسي → RUSGOV, القوات الروسية → RUSMIL;</li>
 *   <li>agent + country in genitive: زعيم كوريا الشمالية → PRKGOV; agent + لـ + organization: الأمين العام للأمم المتحدة → IGOUNO;</li>
 *   <li>any of these + a person's name: الرئيس الروسي فلاديمير بوتين → the person, coded by role on the article's date.</li>
 * </ul>
 * Names flagged ambiguous (مالي, عمان) count only after a cue word (دولة، جمهورية، في، إلى ...).
 * A singular demonym alone (الاقتصاد الروسي) is kept as an adjective: not an actor, but evidence of a
 * nominal event's source (الغزو الروسي). Thread-safe.
 */
public final class ActorMatcher {
    /** Quotation marks, which may stand around a name (تنظيم “القاعدة”). */
    static final Set<String> QUOTES = Set.of("“", "”", "«", "»", "\"", "„", "'", "‘", "’");

    private final ActorDictionary dictionary;
    private final Patrons patrons;
    private final PersonBodies bodies;
    private final Homonyms homonyms;
    /** «اللواء التركي» after «اللواء منصور التركي»: a titled man by his family name, no nationality. */
    private final TitledFamilyNames titledFamilyNames;
    /** Whether a stem is any outlet's home word, and whether it is an organization's head noun (see attach). */
    private volatile org.marsad.text.StemFacts.Slot homeSlot;
    private volatile org.marsad.text.StemFacts.Slot headSlot;
    /** Whether the article + a stem is an entry's first word (a name that keeps its article, read after لل). */
    private volatile org.marsad.text.StemFacts.Slot articleKeptSlot;
    /** Whether a stem is a word people.tsv writes only bare (see articleOnABareNameWord). */
    private volatile org.marsad.text.StemFacts.Slot bareNameWordSlot;
    /** A stem's homograph rows (ActorDictionary.homographRowsOfStem), for the homograph filter of find. */
    private volatile org.marsad.text.StemFacts.Slot homographSlot;
    /** Which words may be a family name (attach); null: none is. */
    private volatile FamilyNames familyNames;

    public ActorMatcher(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        this.patrons = dictionary.patrons();
        this.bodies = dictionary.personBodies();
        this.homonyms = new Homonyms(dictionary.trie());
        this.titledFamilyNames = new TitledFamilyNames(this::givenNameWord, this::singularDemonymAt);
    }

    /** Whether token {@code i} alone is a singular nationality adjective of the dictionary (demonyms.tsv). */
    private boolean singularDemonymAt(List<Token> tokens, int i) {
        PhraseTrie.Match<NameRef> m = dictionary.trie().longestAt(tokens, i, i + 1);
        if (m != null) {
            for (NameRef r : m.values()) {
                if (r.entry().kind() == ActorKind.DEMONYM && !r.plural()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Lets the matcher tell a family name after a person's first names (see anotherFamilys); without it, it does not. */
    public void attach(FamilyNames family) {
        this.familyNames = family;
    }

    /**
     * Lets an analyzer built with {@code facts} mark the words that may be an outlet's home word or an organization's
     * head noun, so that the look-back pass reads the readings of those words only (it ran over every word of an
     * article from a known outlet).
     */
    public void attach(org.marsad.text.StemFacts facts) {
        Set<String> home = new java.util.HashSet<>();
        for (ActorDictionary.Outlet o : dictionary.outlets()) {
            home.addAll(o.homeWords());
            home.addAll(o.stemsAfterArticle());
        }
        homeSlot = facts.register(stem -> home.contains(stem) ? Boolean.TRUE : null);
        articleKeptSlot = facts.register(stem -> dictionary.trie().hasFirstWord("ال" + stem) ? Boolean.TRUE : null);
        Set<String> settingHeads = new java.util.HashSet<>(); // «الثوار»: a head noun only coalition-settings.tsv names
        dictionary.coalitionSettings().forEach(c -> settingHeads.add(c.head()));
        headSlot = facts.register(stem -> dictionary.isOrganizationHead(stem) || settingHeads.contains(stem)
                ? Boolean.TRUE : null);
        bareNameWordSlot = facts.register(stem -> dictionary.isPersonWordOnlyBare(stem) ? Boolean.TRUE : null);
        homographSlot = facts.register(dictionary::homographRowsOfStem);
    }

    /** Whether {@code s} holds one of {@code letters} (a plain scan: String.matches compiles its pattern per call). */
    private static boolean anyOf(String s, String letters) {
        for (int i = 0; i < s.length(); i++) {
            if (letters.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} is not empty and made of {@code letters} only. */
    private static boolean onlyOf(String s, String letters) {
        for (int i = 0; i < s.length(); i++) {
            if (letters.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** The {@link StemSignature} bits of {@code stems} as exact alternatives. */
    private static long signature(java.util.Collection<String> stems) {
        long s = 0;
        for (String stem : stems) {
            s |= StemSignature.ofExact(stem);
        }
        return s;
    }

    private static boolean endsWithAny(String word, String[] ends) {
        for (String e : ends) {
            if (word.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    public List<ActorMention> find(AnalyzedText text, LocalDate date) {
        return find(text, date, null);
    }

    /** @param source the article's outlet (its {@code source} field), which gives «المملكة» its meaning; may be null */
    public List<ActorMention> find(AnalyzedText text, LocalDate date, String source) {
        return find(text, date, source, List.of());
    }

    /**
     * @param persons token ranges [first, end) of person names found by the statistical recognizer: a
     *                title with a country followed by such a name (وزير الخارجية الإيراني + an unknown name)
     *                becomes one mention of that person, coded by the title
     */
    public List<ActorMention> find(AnalyzedText text, LocalDate date, String source, List<int[]> persons) {
        return find(text, date, source, null, persons).mentions();
    }

    /**
     * As {@link #find(AnalyzedText, LocalDate, String)}, keeping what each sentence found on its own, so that
     * {@link #findAgain} can redo only the sentences a recognized person name is in.
     */
    public Found findFirst(AnalyzedText text, LocalDate date, String source) {
        return find(text, date, source, null, List.of());
    }

    /**
     * As {@link #find(AnalyzedText, LocalDate, String, List)} on the text {@code first} was found in, with the
     * same date and source. A sentence's own mentions depend on the recognized names only through a name that
     * begins in it ({@link #personAt}: a title's person ends in the title's sentence, and the recognizer's ranges
     * lie within one sentence), so every other sentence's are taken from {@code first} (reading the dictionary
     * names of each sentence again was 2 % of the coder) and only the article-wide passes run again; with no
     * person, the result is {@code first}'s.
     */
    public List<ActorMention> findAgain(AnalyzedText text, LocalDate date, String source, Found first,
                                        List<int[]> persons) {
        if (persons.isEmpty()) {
            return first.mentions();
        }
        return find(text, date, source, first, persons).mentions();
    }

    /**
     * What {@link #findFirst} found: the article's mentions, and each sentence's own before the article-wide passes
     * (which copy the list they change, never change it): sentence {@code s}'s are {@code composed} from
     * {@code sentenceStarts[s]} to {@code sentenceStarts[s + 1]}; and the cities the article names as a club
     * ({@link #clubNamedByItsPlace}: found by the dictionary alone, so the same in both passes).
     */
    public record Found(List<ActorMention> mentions, List<ActorMention> composed, int[] sentenceStarts,
                        List<ActorEntry> clubCities) {
        /** Appends sentence {@code s}'s mentions to {@code out} (one by one: no sub-list, no array copied). */
        void addSentenceTo(int s, List<ActorMention> out) {
            for (int i = sentenceStarts[s]; i < sentenceStarts[s + 1]; i++) {
                out.add(composed.get(i));
            }
        }

        /** Whether {@code list} from {@code from} to its end holds sentence {@code s}'s mentions, equal and in order. */
        boolean sentenceEquals(int s, List<ActorMention> list, int from) {
            int a = sentenceStarts[s];
            int n = sentenceStarts[s + 1] - a;
            if (list.size() - from != n) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (!composed.get(a + i).equals(list.get(from + i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** @param first the same text's first pass, whose sentences without a person in {@code persons} are kept; or null */
    private Found find(AnalyzedText text, LocalDate date, String source, Found first, List<int[]> persons) {
        List<ActorMention> out = new ArrayList<>();
        int[] sentenceStarts = new int[text.sentences().size() + 1];
        // cities this article names as a club (clubNamedByItsPlace); a sentence taken from the first pass adds none
        List<ActorEntry> clubCities = first == null ? new ArrayList<>(0) : new ArrayList<>(first.clubCities());
        boolean asFirst = first != null; // every sentence composed again found the first pass's mentions
        for (Sentence s : text.sentences()) {
            int composedFrom = out.size();
            sentenceStarts[s.index()] = composedFrom;
            if (first != null && !anyBeginsIn(text.tokens(), persons, s.index())) {
                first.addSentenceTo(s.index(), out);
            } else {
                int a = text.firstToken(s.index());
                int b = text.endToken(s.index());
                compose(text, raw(text.tokens(), a, b, clubCities), date, s.index(), out, persons);
                // «وهو مصر على ...»: a name that is the common word it is also written as (homographs.tsv); compose
                // only appends, so the sentence's mentions are those after composedFrom (the whole list was read
                // again for each sentence); compacted in place, without a sub-list and a predicate per sentence
                int kept = composedFrom;
                for (int i = composedFrom; i < out.size(); i++) {
                    ActorMention m = out.get(i);
                    if (!(m.sentence() == s.index() && m.end() - m.first() == 1
                            && dictionary.isHomographWord(text.tokens(), m.first(), homographSlot))) {
                        out.set(kept++, m);
                    }
                }
                for (int i = out.size() - 1; i >= kept; i--) {
                    out.remove(i);
                }
                asFirst = asFirst && first.sentenceEquals(s.index(), out, composedFrom);
            }
        }
        if (asFirst) {
            // the article-wide passes read only the text, date, source and these mentions: their result is the first's
            return first;
        }
        sentenceStarts[text.sentences().size()] = out.size();
        List<ActorMention> named = out;
        if (!clubCities.isEmpty()) {
            // «نادي روما الإيطالي ... وأعلن روما أمس ضم محمد صلاح»: an article that names a club by its city and the
            // club's adjective is about the club, and the city's bare name in it is the club too (or where it plays);
            // a copy, as the sentences' own lists stay for findAgain
            named = new ArrayList<>(out);
            named.removeIf(m -> m.end() - m.first() == 1 && clubCities.contains(m.entry()));
        }
        return new Found(articleWide(text, date, source, named), out, sentenceStarts, clubCities);
    }

    /** Whether a range of {@code persons} begins in sentence {@code sentence}. */
    private static boolean anyBeginsIn(List<Token> tokens, List<int[]> persons, int sentence) {
        for (int[] p : persons) {
            if (p[0] < tokens.size() && tokens.get(p[0]).sentence() == sentence) {
                return true;
            }
        }
        return false;
    }

    /** The passes over the whole article's mentions, after each sentence's own were found. */
    private List<ActorMention> articleWide(AnalyzedText text, LocalDate date, String source, List<ActorMention> out) {
        // «اللواء التركي» after «اللواء منصور التركي»: the titled man by his family name, no Turk (TitledFamilyNames)
        out = titledFamilyNames.read(text.tokens(), out);
        // عمان: Oman or Amman, by the word before it or the country the article names (Homonyms)
        out = homonyms.resolved(text.tokens(), out);
        // «الانفصاليين الموالين لروسيا»: the state after a word of loyalty is the agent's patron, no party (loyalty.tsv)
        out = patrons.marked(text.tokens(), out);
        ActorDictionary.Outlet outlet = dictionary.outlet(source);
        out = withAgentsOfAliases(text.tokens(),
                withAliases(text, withHonorifics(text.tokens(), withLineage(text.tokens(), out)), date, outlet));
        // «مسلحو التنظيم»، «قوات التحالف»: an agent before an organization's back-reference is the organization's
        out = AgentsOfOrganizations.merged(text.tokens(), out);
        // «نظام الأسد»، «قوات هادي»: a group agent before a person is the person's body (person-bodies.tsv)
        out = bodies.of(text.tokens(), out, date);
        // «والقوات الموالية للرئيس السابق علي صالح»: a body agent loyal to a person is that person's body
        out = bodies.loyalTo(text.tokens(), out, date, patrons::takesPatronWithLam,
                t -> t.isWord() && dictionary.isEpithet(org.marsad.dict.PhraseKeys.stripArticle(t.segments().get(0).stem())));
        return withOwnCountry(text.tokens(), out);
    }

    /**
     * «وقوات صالح»، «حكومة هادي»، «الرئيس عباس»: an agent with no country right before a person named by the family
     * name alone (an alias, found only once the full name was read) is that person's, as an agent before a full name
     * is (compose): one mention with the person's code. Without it the agent stood alone, and the event coder paired
     * «قوات» (given the country of the sentence's place) with «صالح» as two sides of one fight. Opponents («معارضي
     * الأسد», role OPP) are not the person's, and an agent after a preposition names the person's office or unit
     * («وفد ... برئاسة مشعل»، «بقيادة بارزاني»), where the person alone is the actor the event coder looks for.
     */
    private List<ActorMention> withAgentsOfAliases(List<Token> tokens, List<ActorMention> found) {
        List<ActorMention> out = null;
        for (int k = 1; k < found.size(); k++) {
            ActorMention agent = found.get(k - 1);
            ActorMention person = found.get(k);
            if (!("alias".equals(person.why()) || "setting-alias".equals(person.why())) || !"PERS".equals(person.type())
                    || agent.form() != ActorMention.Form.AGENT_ONLY || "OPP".equals(agent.code())
                    || anyOf(Segment.withoutArticle(agent.prefix()), "بلك")
                    || !onlyEpithetsOrOwnGivenNames(tokens, agent.end(), person)
                    || agent.sentence() != person.sentence() || person.prefix().startsWith("و")) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(found);
            }
            int at = out.indexOf(agent);
            out.set(at, new ActorMention(agent.first(), person.end(), new Span(agent.span().start(), person.span().end()),
                    person.code(), "PERS", person.entry(), person.nameEn(), "agent+" + person.why(), ActorMention.Form.NAMED,
                    person.sentence(), agent.prefix()));
            out.remove(at + 1);
        }
        return out == null ? found : out;
    }

    /**
     * Whether only epithets (المخلوع; epithets.tsv) stand between token {@code from} and the alias {@code person}, and
     * before the alias of a person of his war, his own given names (setting-persons.tsv): «وقوات المخلوع صالح»،
     * «ميليشيات المخلوع علي صالح», as between a title and a full name («قوات المخلوع علي عبدالله صالح»).
     */
    private boolean onlyEpithetsOrOwnGivenNames(List<Token> tokens, int from, ActorMention person) {
        if (from > person.first()) {
            return false;
        }
        for (int i = from; i < person.first(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || !dictionary.isEpithet(t.segments().get(0).stem())
                    && !("setting-alias".equals(person.why()) && ownGivenName(person.entry(), t.norm()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * «لقد تشرفنا بلقاء الشيخ صالح»، «الأستاذ صالح العوض»: a person's title with the article (triggers.tsv: a title,
     * office or profession) right before the bare alias, in apposition, names the man it is the title of; the person
     * of the war is named so only by his own titles (setting-persons.tsv: «الرئيس صالح»), his epithets (المخلوع) being
     * no titles there. A title without the article is in construct with the name («مستشار صالح»: Saleh's adviser),
     * which still names him.
     */
    private static boolean anotherMansTitle(List<Token> tokens, int a, int i, ActorDictionary.SettingPerson p) {
        int title = org.marsad.ner.NerDictionary.load().personTriggerBefore(tokens, a, i);
        if (title < 0) {
            return false;
        }
        boolean article = false;
        for (Segment s : tokens.get(i - 1).segments()) {
            if (s.suffix().isEmpty() && s.hasArticle()) {
                if (p.ownTitles().contains(org.marsad.dict.PhraseKeys.stripArticle(s.stem()))) {
                    return false;
                }
                article = true;
            }
        }
        return article;
    }

    /** Whether {@code norm} is one of the given names setting-persons.tsv gives {@code person}. */
    private boolean ownGivenName(ActorEntry person, String norm) {
        for (ActorDictionary.SettingPerson p : dictionary.settingPersons()) {
            if (p.person() == person && p.given().contains(norm)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The mentions that may be a party to an event: all but the states named as an agent's patron («الانفصاليين الموالين
     * لروسيا»; loyalty.tsv), which the text names but which do not act.
     */
    public static List<ActorMention> parties(List<ActorMention> found) {
        List<ActorMention> out = null;
        for (int k = 0; k < found.size(); k++) {
            boolean patron = found.get(k).why().endsWith(Patrons.WHY);
            if (patron && out == null) {
                out = new ArrayList<>(found.subList(0, k));
            } else if (!patron && out != null) {
                out.add(found.get(k));
            }
        }
        return out == null ? found : out;
    }

    /** Pronoun suffixes on بلاد/بلد that make it someone's own country (بلاده، بلادها، بلادهم، بلادنا). */
    private static final Set<String> OWN_SUFFIXES = Set.of("ه", "ها", "هم", "هما", "نا");
    /** The stems of «his country» (بلاده، بلدهم). */
    private static final Set<String> COUNTRY_STEMS = Set.of("بلاد", "بلد");
    /** Their {@link StemSignature} bits: a word without them has no such reading. */
    private static final long COUNTRY_STEMS_SIGNATURE = signature(COUNTRY_STEMS);

    /**
     * «وقال وزير الخارجية البريطاني إن بلاده تدعم ...»: بلاده (his country) is the country of the person or
     * agent the text was just speaking of — the last mention with a state's code before it, in its sentence or
     * the one before. Coded as that state (GBR), its own mention.
     */
    private List<ActorMention> withOwnCountry(List<Token> tokens, List<ActorMention> found) {
        List<ActorMention> out = null;
        int k = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || !StemSignature.mayMatch(t.stemSignature(), COUNTRY_STEMS_SIGNATURE)
                    || !t.norm().contains("بل")) {
                continue; // most words: no need to look at their readings (nor at their characters)
            }
            String prefix = ownCountryPrefix(t);
            if (prefix == null) {
                continue;
            }
            while (k < found.size() && found.get(k).first() < i) {
                k++;
            }
            ActorMention own = ownCountryAt(tokens, found, k, i, prefix);
            if (own == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(found);
            }
            out.add(own);
        }
        return out == null ? found : sortedByFirst(out);
    }

    /**
     * The clitic before «his country» in word {@code t} (بلاده، فبلادهم: "" or و، ف، ل، ب), or null when no reading
     * of it is one. {@link #withOwnCountry}'s pass over every word of the article is kept apart from this and from
     * {@link #ownCountryAt}: the one method, called once per article, ran interpreted under load while C2 compiled it
     * five times (2.6-5.0 s each) after traps in the sort it inlined (BENCHMARKS.md, session 18).
     */
    private static String ownCountryPrefix(Token t) {
        for (Segment seg : t.segments()) {
            if (COUNTRY_STEMS.contains(seg.stem()) && OWN_SUFFIXES.contains(seg.suffix())
                    && (seg.prefix().isEmpty() || onlyOf(seg.prefix(), "وفلب"))) {
                return seg.prefix();
            }
        }
        return null;
    }

    /**
     * The mention «his country» at word {@code i} (clitic {@code prefix}) makes: the state of the last person or
     * agent with a state's code before it ({@code found} up to {@code k}), in its sentence or the one before; or null.
     */
    private ActorMention ownCountryAt(List<Token> tokens, List<ActorMention> found, int k, int i, String prefix) {
        Token t = tokens.get(i);
        ActorMention antecedent = null;
        for (int j = k - 1; j >= 0; j--) {
            ActorMention m = found.get(j);
            if (m.sentence() < t.sentence() - 1) {
                break;
            }
            String primary = m.primary();
            if (m.isActor() && primary != null && primary.length() == 3
                    && ("PERS".equals(m.type()) || "AGENT".equals(m.type()) || OWN_COUNTRY.isPersonWhy(m.why()))) {
                antecedent = m;
                break;
            }
            ActorMention body = memberBody(tokens, found, j, k);
            if (body != null) {
                antecedent = body;
                break;
            }
        }
        ActorEntry country = antecedent == null ? null : dictionary.country(antecedent.primary());
        if (country == null) {
            return null;
        }
        return new ActorMention(i, i + 1, new Span(t.start(), t.end()), country.code(), "GPE", country,
                country.nameEn(), "own-country", ActorMention.Form.NAMED, t.sentence(), prefix);
    }

    /** Who «بلاده» may belong to besides a person or agent of a state (own-country.tsv). */
    private static final OwnCountryWords OWN_COUNTRY = OwnCountryWords.WORDS;

    /**
     * «النائبة في الكنيست الإسرائيلي»: the state's body ({@code found[j + 1]}, an organization or agent with a state's
     * code) that the person or agent {@code found[j]}, with no country of its own, sits in, joined by a member link
     * of own-country.tsv right after it in its sentence; or null. Only mentions before «بلاده» ({@code k}) count.
     */
    private static ActorMention memberBody(List<Token> tokens, List<ActorMention> found, int j, int k) {
        ActorMention m = found.get(j);
        if (j + 1 >= k || m.primary() != null || !("PERS".equals(m.type()) || "AGENT".equals(m.type()))
                || m.end() >= tokens.size() || !OWN_COUNTRY.isMemberLink(tokens.get(m.end()).norm())) {
            return null;
        }
        ActorMention body = found.get(j + 1);
        String primary = body.primary();
        return body.first() == m.end() + 1 && body.sentence() == m.sentence() && body.isActor() && primary != null
                && primary.length() == 3 && ("ORG".equals(body.type()) || "AGENT".equals(body.type())) ? body : null;
    }

    /** {@code out} sorted by first word (stably): a method of its own, so that a trap in the sort is not the pass's. */
    private static List<ActorMention> sortedByFirst(List<ActorMention> out) {
        out.sort(java.util.Comparator.comparingInt(ActorMention::first));
        return out;
    }

    /** The grammar words of names: lineage (محمد بن سلمان بن عبدالعزيز آل سعود), rulers' titles (name-grammar.tsv). */
    private static final NameGrammar NAMES = NameGrammar.WORDS;
    private static final StateAfterBi STATE_AFTER_BI = StateAfterBi.WORDS;

    /**
     * A person's name goes on over its lineage («الأمير محمد بن سلمان بن عبدالعزيز آل سعود»: the dictionary
     * name ends at سلمان): the mention takes in each following «بن/بنت/آل + name» pair that no other mention
     * covers, so that what follows the whole name (a title, the verb's object) is next to it.
     */
    private static List<ActorMention> withLineage(List<Token> tokens, List<ActorMention> found) {
        List<ActorMention> out = null;
        for (int i = 0; i < found.size(); i++) {
            ActorMention m = found.get(i);
            if (!"PERS".equals(m.type())) {
                continue;
            }
            int limit = i + 1 < found.size() ? found.get(i + 1).first() : tokens.size();
            int end = m.end();
            while (end + 1 < limit && tokens.get(end).sentence() == m.sentence()
                    && tokens.get(end + 1).sentence() == m.sentence()
                    && NAMES.isLineage(tokens.get(end).norm()) && tokens.get(end + 1).isWord()) {
                end += 2;
                if (end < limit && NAMES.isTwoWordFirst(tokens.get(end - 1).norm()) && tokens.get(end).isWord()
                        && tokens.get(end).sentence() == m.sentence()) {
                    end++; // «بن عبد العزيز»: a name written in two words, taken whole
                }
            }
            if (end == m.end()) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(found);
            }
            out.set(i, new ActorMention(m.first(), end, new Span(m.span().start(), tokens.get(end - 1).end()), m.code(),
                    m.type(), m.entry(), m.nameEn(), m.why(), m.form(), m.sentence(), m.prefix()));
        }
        return out == null ? found : out;
    }

    /**
     * An honorific before a person or a title (صاحب السمو الملكي الأمير محمد بن سلمان، فخامة الرئيس;
     * honorifics.tsv) belongs to its mention: the mention then starts where the honorific does, right after
     * the masdar or verb whose agent it is, and keeps the clitic of the honorific's first word (لصاحب السمو).
     */
    private List<ActorMention> withHonorifics(List<Token> tokens, List<ActorMention> found) {
        List<ActorMention> out = null;
        for (int i = 0; i < found.size(); i++) {
            ActorMention m = found.get(i);
            boolean person = "PERS".equals(m.type()) || m.entry() != null && m.entry().title();
            if (!person || m.first() == 0) {
                continue;
            }
            int floor = i > 0 ? found.get(i - 1).end() : 0;
            String[] prefix = new String[1];
            int start = honorificStart(tokens, m.first(), floor, prefix);
            if (start < 0 || tokens.get(start).sentence() != m.sentence()) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(found);
            }
            out.set(i, new ActorMention(start, m.end(), new Span(tokens.get(start).start(), m.span().end()), m.code(),
                    m.type(), m.entry(), m.nameEn(), m.why(), m.form(), m.sentence(),
                    // the honorific's clitic is the mention's: «لفخامة الرئيس» is governed by لـ, «وفخامة الرئيس»
                    // coordinated, though the title's own first word carries only its article
                    m.prefix().isEmpty() || m.prefix().equals("ال") ? prefix[0] + m.prefix() : m.prefix()));
        }
        return out == null ? found : out;
    }

    /** The first token of the longest honorific ending right before {@code first} (not before {@code floor}), or -1. */
    private int honorificStart(List<Token> tokens, int first, int floor, String[] prefix) {
        int best = -1;
        List<String[]> honorifics = dictionary.honorifics();
        for (int hk = 0; hk < honorifics.size(); hk++) { // indexed: no iterator per name (speed32)
            String[] h = honorifics.get(hk);
            int start = first - h.length;
            if (start < floor || start < 0 || start >= best && best >= 0) {
                continue;
            }
            if (!org.marsad.dict.PhraseKeys.normsAt(tokens, start, h, 1)) {
                continue;
            }
            List<Segment> startReadings = tokens.get(start).segments();
            for (int si = 0; si < startReadings.size(); si++) {
                Segment seg = startReadings.get(si);
                if (seg.stem().equals(h[0]) && seg.suffix().isEmpty()
                        && (seg.prefix().isEmpty() || onlyOf(seg.prefix(), "وفلب"))) {
                    best = start;
                    prefix[0] = seg.prefix();
                    break;
                }
            }
        }
        return best;
    }

    /**
     * Name propagation within one article: once «عمر حسن البشير» or «آشتون كارتر» has been named in
     * full, the family name alone («البشير», «كارتر») refers to the same person in that article, as
     * journalists write it. Only the last word of a person's full name becomes an alias, only if it is
     * no other dictionary name, and never after بن or a thing's name (جامعة الملك ...).
     */
    private List<ActorMention> withAliases(AnalyzedText text, List<ActorMention> found, LocalDate date,
                                           ActorDictionary.Outlet outlet) {
        List<Token> tokens = text.tokens();
        found = withShortForms(tokens, found);
        java.util.Map<String, ActorMention> aliases = new java.util.HashMap<>();
        // aliases whose name word carries the article itself (البشير of عمر البشير): only these match a word
        // written with ال. A family name without it is often a common noun with it: after «نواف سلام», «السلام»
        // is peace, not Salam
        java.util.Set<String> withArticle = new java.util.HashSet<>();
        boolean[] covered = clearedCovered(tokens.size());
        for (ActorMention m : found) {
            for (int k = m.first(); k < m.end(); k++) {
                covered[k] = true;
            }
            boolean person = m.entry() != null && m.entry().kind() == ActorKind.PERSON
                    || m.why().endsWith("+recognized-person");
            // not the second half of a name in two words: «العزيز» of «محمد بن سلمان بن عبد العزيز» is no family name
            // (alone it is mostly the adjective, «بضيف مصر العزيز»)
            if (person && m.end() - m.first() >= 2 && !NAMES.isLineage(tokens.get(m.end() - 2).norm())
                    && !NAMES.isTwoWordFirst(tokens.get(m.end() - 2).norm())
                    && !dictionary.isNotAlias(tokens.get(m.end() - 1).norm())) {
                Token last = tokens.get(m.end() - 1);
                String alias = org.marsad.dict.PhraseKeys.stripArticle(last.norm());
                if (alias.length() >= 3 && dictionary.trie().longestAt(List.of(last), 0, 1) == null) {
                    if (aliases.putIfAbsent(alias, m) == null && !alias.equals(last.norm())) {
                        withArticle.add(alias);
                    }
                }
            }
        }
        // organizations: «المحكمة» after «المحكمة الجنائية الدولية», «الحركة» after «حركة طالبان» — the
        // generic head noun with its article refers back to the one organization of that kind named before
        java.util.Map<String, ActorEntry> heads = new java.util.HashMap<>();
        java.util.Set<String> clashing = new java.util.HashSet<>();
        for (ActorMention m : found) {
            if (m.entry() != null && m.entry().kind() == ActorKind.FIXED && "ORG".equals(m.entry().type())
                    && m.end() - m.first() >= 2) {
                String head = org.marsad.dict.PhraseKeys.stripArticle(tokens.get(m.first()).segments().get(0).stem());
                if (dictionary.isOrganizationHead(head)) {
                    ActorEntry old = heads.putIfAbsent(head, m.entry());
                    if (old != null && old != m.entry()) {
                        clashing.add(head);
                    }
                }
            }
        }
        clashing.forEach(heads::remove);
        // «طيران التحالف» in an article that names no coalition in full: the coalition of the war the article tells of
        java.util.Map<String, ActorDictionary.CoalitionSetting> bySetting = coalitionsBySetting(found, heads, clashing);
        bySetting.forEach((head, setting) -> heads.put(head, setting.coalition()));
        // «قوات صالح» in an article about Yemen's war that never names Saleh in full (setting-persons.tsv)
        java.util.Map<String, ActorDictionary.SettingPerson> persons = personsBySetting(found);
        if (aliases.isEmpty() && heads.isEmpty() && outlet == null && persons.isEmpty()) {
            return found;
        }
        // «المحكمة» alone is also the generic agent "court": in an article that named one court, it is that court
        java.util.Set<ActorMention> generic = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (ActorMention m : found) {
            if (m.form() == ActorMention.Form.AGENT_ONLY && m.end() - m.first() == 1) {
                for (int ri = 0; ri < tokens.get(m.first()).segments().size(); ri++) {
                    Segment r = tokens.get(m.first()).segments().get(ri);
                    if (r.suffix().isEmpty() && r.hasArticle() && heads.containsKey(r.stem())
                            && settingReadsHere(text, m, bySetting.get(r.stem()))) {
                        generic.add(m);
                        covered[m.first()] = false;
                        break;
                    }
                }
            }
        }
        // a reading without a suffix ends its word (the segmenter cuts stems out of the word), so a word that ends
        // with no alias has no reading that is one: its readings need not be read
        java.util.Set<String> aliasStems = new java.util.HashSet<>(aliases.keySet());
        aliasStems.addAll(persons.keySet());
        String[] aliasKeys = aliasStems.toArray(new String[0]);
        long aliasSignature = signature(aliasStems); // a word none of whose stems has these bits is no alias
        return withReferencesBack(text, found, date, outlet, covered, generic,
                new ArticleAliases(aliases, withArticle, heads, bySetting, persons, aliasKeys, aliasSignature));
    }

    /**
     * A short form of an organization's name (short-forms.tsv: «حزب العمال») that is the whole of a mention is that
     * organization when a mention before it in the article named the organization in full («حزب العمال الكردستاني»);
     * elsewhere it stays what the dictionaries made it (a Labour party).
     */
    private List<ActorMention> withShortForms(List<Token> tokens, List<ActorMention> found) {
        if (!dictionary.hasShortForms()) {
            return found;
        }
        List<ActorMention> out = null;
        java.util.Set<ActorEntry> named = null;
        for (int j = 0; j < found.size(); j++) {
            ActorMention m = found.get(j);
            if (m.entry() != null && m.entry().kind() == ActorKind.FIXED && "ORG".equals(m.entry().type())) {
                if (named == null) {
                    named = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                }
                named.add(m.entry());
                continue;
            }
            if (named == null || m.end() - m.first() < 2) {
                continue;
            }
            StringBuilder key = new StringBuilder(tokens.get(m.first()).segments().get(0).stem());
            for (int k = m.first() + 1; k < m.end(); k++) {
                key.append(' ').append(tokens.get(k).norm());
            }
            ActorEntry full = dictionary.shortForm(key.toString());
            if (full != null && named.contains(full)) {
                if (out == null) {
                    out = new ArrayList<>(found);
                }
                out.set(j, new ActorMention(m.first(), m.end(), m.span(), full.code(), full.type(), full, full.nameEn(),
                        "short-form", ActorMention.Form.NAMED, m.sentence(), m.prefix()));
            }
        }
        return out == null ? found : out;
    }

    /**
     * {@link #withAliases}' words covered by a mention, one array per thread, reused from article to article: a new
     * array per article was 1-3 % of the coder's sampled bytes (BENCHMARKS.md, sessions 17-18). Read only within the
     * call (withReferencesBack), so reuse is safe; an article of more words than {@link #COVERED_REUSED_UP_TO} gets
     * its own, so that no thread keeps a large array.
     */
    private static final ThreadLocal<boolean[][]> COVERED = ThreadLocal.withInitial(() -> new boolean[][] {
        new boolean[2048]});
    private static final int COVERED_REUSED_UP_TO = 16_384;

    /** An array of {@code n} falses (at least), the calling thread's own when {@code n} is small enough. */
    private static boolean[] clearedCovered(int n) {
        if (n > COVERED_REUSED_UP_TO) {
            return new boolean[n];
        }
        boolean[][] kept = COVERED.get();
        if (kept[0].length < n) {
            kept[0] = new boolean[Math.max(n, kept[0].length * 2)];
        } else {
            java.util.Arrays.fill(kept[0], 0, n, false);
        }
        return kept[0];
    }

    /**
     * What one article's words may refer back to ({@link #withAliases}): persons named in full by their last word
     * ({@code aliases}, those {@code withArticle} also written with ال), organizations by their head noun
     * ({@code heads}, coalitions {@code bySetting}), the persons of the article's war ({@code persons}); a word that
     * ends with none of {@code aliasKeys} or lacks {@code aliasSignature}'s bits is no person's alias.
     */
    private record ArticleAliases(java.util.Map<String, ActorMention> aliases, java.util.Set<String> withArticle,
                                  java.util.Map<String, ActorEntry> heads,
                                  java.util.Map<String, ActorDictionary.CoalitionSetting> bySetting,
                                  java.util.Map<String, ActorDictionary.SettingPerson> persons, String[] aliasKeys,
                                  long aliasSignature) {
    }

    /**
     * {@link #withAliases}' pass over every word of the article: {@code found} in order (the {@code generic} ones
     * left out), with a mention added at each word not {@code covered} that refers back. A method of its own, apart
     * from the tables' building: the JIT compiled the one large method late under load (17 s) and threw all of it
     * away at a trap in the tables' code, and the loop ran interpreted meanwhile (BENCHMARKS.md, session 17).
     */
    private List<ActorMention> withReferencesBack(AnalyzedText text, List<ActorMention> found, LocalDate date,
                                                  ActorDictionary.Outlet outlet, boolean[] covered,
                                                  java.util.Set<ActorMention> generic, ArticleAliases article) {
        List<Token> tokens = text.tokens();
        List<ActorMention> out = new ArrayList<>(found.size() + 8);
        int next = 0;
        for (Sentence s : text.sentences()) {
            int a = text.firstToken(s.index());
            int b = text.endToken(s.index());
            for (int i = a; i < b; i++) {
                while (next < found.size() && found.get(next).first() <= i) {
                    ActorMention m = found.get(next++);
                    if (!generic.contains(m)) {
                        out.add(m);
                    }
                }
                if (covered[i] || !tokens.get(i).isWord()) {
                    continue;
                }
                ActorMention back = referenceBackAt(text, found, date, outlet, s.index(), a, i, b, article);
                if (back != null) {
                    out.add(back);
                }
            }
        }
        while (next < found.size()) {
            out.add(found.get(next++));
        }
        return out;
    }

    /**
     * The mention word {@code i} of sentence {@code sentence} ({@code a}..{@code b}) makes as a reference back: the
     * outlet's home, an organization by its head noun, or a person by an alias; else null.
     */
    private ActorMention referenceBackAt(AnalyzedText text, List<ActorMention> found, LocalDate date,
                                         ActorDictionary.Outlet outlet, int sentence, int a, int i, int b,
                                         ArticleAliases article) {
        List<Token> tokens = text.tokens();
        if (outlet != null && StemFacts.mayAnswer(homeSlot, tokens.get(i)) && homeWord(tokens.get(i), outlet)
                && !afterNounOfAThing(tokens, a, i)) { // «منتخب المملكة»: the team, not the state
            ActorEntry h = outlet.home();
            return new ActorMention(i, i + 1, new Span(tokens.get(i).start(), tokens.get(i).end()), h.code(),
                    "GPE", h, h.nameEn(), "home-word", ActorMention.Form.NAMED, sentence,
                    tokens.get(i).segments().get(0).prefix());
        }
        if (!article.heads().isEmpty() && StemFacts.mayAnswer(headSlot, tokens.get(i))) {
            ActorMention org = organizationAt(tokens, found, sentence, a, i, b, article);
            if (org != null) {
                return org;
            }
        }
        boolean mayBeAlias = StemSignature.mayMatch(tokens.get(i).stemSignature(), article.aliasSignature())
                && endsWithAny(tokens.get(i).norm(), article.aliasKeys());
        return mayBeAlias ? personAliasAt(text, date, sentence, a, i, b, article) : null;
    }

    /** An organization named before, read from its generic head noun with the article at word {@code i}; or null. */
    private ActorMention organizationAt(List<Token> tokens, List<ActorMention> found, int sentence, int a, int i, int b,
                                        ArticleAliases article) {
        ActorEntry org = null;
        ActorDictionary.CoalitionSetting setting = null;
        for (int ri = 0; ri < tokens.get(i).segments().size(); ri++) {
            Segment r = tokens.get(i).segments().get(ri);
            if (r.suffix().isEmpty() && r.hasArticle() && article.heads().containsKey(r.stem())) {
                org = article.heads().get(r.stem());
                setting = article.bySetting().get(r.stem());
                break;
            }
        }
        if (setting != null) {
            ActorDictionary.CoalitionSetting byEnemy = settingOfEnemy(tokens, found, i, b, setting);
            setting = byEnemy != null ? byEnemy : settingOfSentence(found, sentence, setting);
            org = setting.coalition();
        }
        if (org != null && !(i + 1 < b && tokens.get(i + 1).isWord()
                && dictionary.trie().longestAt(tokens, i + 1, b) != null)
                && (setting == null || settingHeadStandsAlone(tokens, a, i, b, setting))) {
            return new ActorMention(i, i + 1, new Span(tokens.get(i).start(), tokens.get(i).end()), org.code(),
                    "ORG", org, org.nameEn(), setting == null ? "alias" : "setting-alias",
                    ActorMention.Form.NAMED, sentence, tokens.get(i).segments().get(0).prefix());
        }
        return null;
    }

    /** A person named in full before (or a person of the article's war), read from an alias at word {@code i}; or null. */
    private ActorMention personAliasAt(AnalyzedText text, LocalDate date, int sentence, int a, int i, int b,
                                       ArticleAliases article) {
        List<Token> tokens = text.tokens();
        for (int ri = 0; ri < tokens.get(i).segments().size(); ri++) {
            Segment r = tokens.get(i).segments().get(ri);
            ActorMention named = r.suffix().isEmpty() && (!r.hasArticle() || article.withArticle().contains(r.stem()))
                    && !anotherMansGivenName(tokens, i, b, r, article.withArticle())
                    ? article.aliases().get(r.stem()) : null;
            ActorDictionary.SettingPerson ofWar = named == null && r.suffix().isEmpty() && !r.hasArticle()
                    ? article.persons().get(r.stem()) : null;
            if (ofWar != null && !namesSomethingElse(tokens, a, i)
                    && settingPersonReadsHere(text, a, b, i, r, ofWar)) {
                ActorEntry e = ofWar.person();
                return new ActorMention(i, i + 1, new Span(tokens.get(i).start(), tokens.get(i).end()),
                        e.codeOn(date), "PERS", e, e.nameEn(), "setting-alias", ActorMention.Form.NAMED,
                        sentence, r.prefix());
            }
            if (named != null && r.prefix().startsWith("ل") && !lamReadsAsPerson(tokens, a, i, r.stem())) {
                continue; // «لصالح المقاومة»: "in favour of", after a full name as well
            }
            if (named != null && !namesSomethingElse(tokens, a, i) && !anotherOfTheFamily(text, a, i, named)
                    && !underAnotherRulersTitle(tokens, a, i, named.entry())) {
                ActorEntry e = named.entry();
                String code = e.kind() == ActorKind.PERSON ? e.codeOn(date) : named.code();
                String name = e.kind() == ActorKind.PERSON ? e.nameEn() : named.nameEn();
                return new ActorMention(i, i + 1, new Span(tokens.get(i).start(), tokens.get(i).end()),
                        code, "PERS", e, name, "alias", ActorMention.Form.NAMED, sentence, r.prefix());
            }
        }
        return null;
    }

    /**
     * Whether the alias at word {@code i} follows a ruling house's title (name-grammar.tsv ruler-title, with or
     * without a proclitic) that none of the person's names in people.tsv opens with, while another does: «الملك
     * الفيصل» is King Faisal, not «الأمير خالد الفيصل» named before in the article (a prince is never titled king).
     * A person whose names carry no title is left as he was: the dictionary says nothing of his rank.
     */
    private boolean underAnotherRulersTitle(List<Token> tokens, int a, int i, ActorEntry person) {
        if (i <= a || !tokens.get(i - 1).isWord()) {
            return false;
        }
        java.util.Set<String> own = dictionary.rulerTitlesOfNames(person);
        if (own.isEmpty()) {
            return false;
        }
        for (Segment r : tokens.get(i - 1).segments()) {
            if (r.hasArticle() && r.suffix().isEmpty()) {
                String title = "ال" + r.stem();
                if (NAMES.isRulerTitle(title)) {
                    return !own.contains(title);
                }
            }
        }
        return false;
    }

    /**
     * Whether the word at {@code i} (its reading {@code r}) that spells a family name's alias is another man's given
     * name: a family name written with the article whose bare word is a given name (given-names.tsv) is that name only
     * with the article («الفيصل» of «خالد الفيصل»; «الملك فيصل»، «فيصل الخديدي» are other men, as «أحمد زكي» after
     * «صباح الأحمد»), and a name followed by a word of lineage opens a full name of its own («العقيد صالح بن عبدالله
     * القحطاني»، «الملك فيصل بن عبدالعزيز»; an alias is the last word of a name, never one before بن).
     */
    private boolean anotherMansGivenName(List<Token> tokens, int i, int b, Segment r, java.util.Set<String> withArticle) {
        if (!r.hasArticle() && withArticle.contains(r.stem())
                && anyGivenName(r.stem())) {
            return true;
        }
        return i + 2 < b && tokens.get(i + 1).isWord() && tokens.get(i + 2).isWord()
                && NAMES.isLineage(tokens.get(i + 1).norm());
    }

    /**
     * The coalitions coalition-settings.tsv gives the bare head nouns of an article that names none of them in full
     * (nor two: a clashing head stays unresolved): per head, the line whose countries the article's mentions name most,
     * at least {@link #SETTING_MIN_MENTIONS} times and more often than any other line of that head.
     */
    private java.util.Map<String, ActorDictionary.CoalitionSetting> coalitionsBySetting(List<ActorMention> found,
            java.util.Map<String, ActorEntry> named, java.util.Set<String> clashing) {
        List<ActorDictionary.CoalitionSetting> settings = dictionary.coalitionSettings();
        int[] counts = countriesNamed(found, -1);
        java.util.Map<String, ActorDictionary.CoalitionSetting> out = new java.util.HashMap<>();
        for (int k = 0; k < counts.length; k++) {
            String head = settings.get(k).head();
            boolean most = counts[k] >= SETTING_MIN_MENTIONS && !named.containsKey(head) && !clashing.contains(head);
            for (int j = 0; most && j < counts.length; j++) {
                most = j == k || !settings.get(j).head().equals(head) || counts[j] < counts[k];
            }
            if (most) {
                out.put(head, settings.get(k));
            }
        }
        return out;
    }

    /**
     * Per line of coalition-settings.tsv, how many of the mentions (of sentence {@code sentence}; -1: of all) name one
     * of its war's countries (any role: the Houthis, the Resistance, Yemen count for Yemen). In one sentence a
     * nationality adjective on a thing names no actor of it («صور لعربات أمريكية دمرت في الحرب العراقية على أنها عربات
     * تابعة للمقاومة في عدن قدمتها قوات التحالف»).
     */
    private int[] countriesNamed(List<ActorMention> found, int sentence) {
        List<ActorDictionary.CoalitionSetting> settings = dictionary.coalitionSettings();
        int[] counts = new int[settings.size()];
        for (ActorMention m : found) {
            if (m.code() == null || m.code().length() < 3 || sentence >= 0
                    && (m.sentence() != sentence || m.form() == ActorMention.Form.ADJECTIVE)) {
                continue;
            }
            String country = m.code().substring(0, 3);
            for (int k = 0; k < counts.length; k++) {
                if (settings.get(k).countries().contains(country)) {
                    counts[k]++;
                }
            }
        }
        return counts;
    }

    /**
     * The line of the head noun at token {@code i} whose enemies hold the code of the actor named right after one of its
     * words of "against" («والتحالف ضد «داعش»»: the coalition against ISIS, in an article about Yemen's war), or null.
     */
    private ActorDictionary.CoalitionSetting settingOfEnemy(List<Token> tokens, List<ActorMention> found, int i, int b,
                                                            ActorDictionary.CoalitionSetting article) {
        if (i + 2 >= b || !tokens.get(i + 1).isWord() || !article.against().contains(tokens.get(i + 1).norm())) {
            return null;
        }
        int j = i + 2;
        while (j < b && QUOTES.contains(tokens.get(j).norm())) {
            j++;
        }
        String enemy = null;
        for (ActorMention m : found) {
            if (m.first() == j && m.code() != null) {
                enemy = m.code();
                break;
            }
        }
        for (ActorDictionary.CoalitionSetting line : dictionary.coalitionSettings()) {
            if (enemy != null && line.head().equals(article.head()) && line.enemies().contains(enemy)) {
                return line;
            }
        }
        return null;
    }

    /**
     * The coalition a bare head noun of sentence {@code sentence} names: the article's, unless the sentence names the
     * countries of one other line of the same head and none of the article's line's — the nearer context: «مشيرا إلى
     * أن تدخل المملكة ودول التحالف كان بناء على طلب من الرئيس اليمني» in an article that names Syria more than Yemen.
     */
    private ActorDictionary.CoalitionSetting settingOfSentence(List<ActorMention> found, int sentence,
                                                               ActorDictionary.CoalitionSetting article) {
        List<ActorDictionary.CoalitionSetting> settings = dictionary.coalitionSettings();
        int[] counts = countriesNamed(found, sentence);
        ActorDictionary.CoalitionSetting other = null;
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] == 0 || !settings.get(k).head().equals(article.head())) {
                continue;
            }
            if (settings.get(k) == article || other != null) {
                return article;
            }
            other = settings.get(k);
        }
        return other == null ? article : other;
    }

    /**
     * Whether the one-word agent {@code m} («الثوار») may give way to the body its article's setting names: not when
     * the setting's head noun does not stand alone there («الثوار الموجودين»: the agent with its adjective stays).
     */
    private boolean settingReadsHere(AnalyzedText text, ActorMention m, ActorDictionary.CoalitionSetting setting) {
        if (setting == null) {
            return true;
        }
        List<Token> tokens = text.tokens();
        int a = text.firstToken(m.sentence());
        int b = text.endToken(m.sentence());
        int i = m.first();
        return !(i + 1 < b && tokens.get(i + 1).isWord() && dictionary.trie().longestAt(tokens, i + 1, b) != null)
                && settingHeadStandsAlone(tokens, a, i, b, setting);
    }

    /**
     * The persons setting-persons.tsv gives the bare short names of an article that names them by no full name: per
     * alias, the line whose countries the article's mentions name at least {@link #SETTING_MIN_MENTIONS} times.
     */
    private java.util.Map<String, ActorDictionary.SettingPerson> personsBySetting(List<ActorMention> found) {
        List<ActorDictionary.SettingPerson> settings = dictionary.settingPersons();
        if (settings.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<String, ActorDictionary.SettingPerson> out = new java.util.HashMap<>(4);
        for (ActorDictionary.SettingPerson p : settings) {
            int count = 0;
            boolean named = false;
            for (ActorMention m : found) {
                named = named || m.entry() == p.person();
                if (m.code() != null && m.code().length() >= 3 && p.countries().contains(m.code().substring(0, 3))) {
                    count++;
                }
            }
            if (!named && count >= SETTING_MIN_MENTIONS) {
                out.putIfAbsent(p.alias(), p);
            }
        }
        return out;
    }

    /**
     * Whether the bare alias at token {@code i} (its reading {@code r}) is the person of its article's war: not after
     * a word with which it is the common word («في صالح»), not after another given name («محمد صالح السحامي») nor
     * before a lineage word, a given name or a family name («صالح بن»، «صالح علي حسن»، «صالح العوفي»), and with لـ only
     * after a word of loyalty.
     */
    private boolean settingPersonReadsHere(AnalyzedText text, int a, int b, int i, Segment r,
                                           ActorDictionary.SettingPerson p) {
        List<Token> tokens = text.tokens();
        String prefix = r.prefix();
        if (!(prefix.isEmpty() || prefix.equals("و") || prefix.equals("ف")
                || prefix.equals("ل") && lamReadsAsPerson(tokens, a, i, r.stem()))) {
            return false;
        }
        if (i > a && p.notAfter().contains(tokens.get(i - 1).norm())) {
            return false;
        }
        if (i > a && anotherMansTitle(tokens, a, i, p)) {
            return false;
        }
        String given = givenNameAt(text, a, i - 1, false);
        if (given != null && !p.given().contains(given)) {
            return false;
        }
        if (i + 1 < b && tokens.get(i + 1).isWord()) {
            FamilyNames family = familyNames;
            // «العميد الركن صالح علي حسن»: a given name after it is his father's, the name another man's
            return !NAMES.isLineage(tokens.get(i + 1).norm()) && givenNameAt(text, a, i + 1, false) == null
                    && (family == null || !family.at(tokens, i + 1, tokens.get(i).sentence()));
        }
        return true;
    }

    /**
     * Whether «لـ» + a short name that setting-persons.tsv lists (a common word with ل: «لصالح», "in favour of") names
     * the person: only right after a word of loyalty that takes its patron with ل («الموالين لصالح»). Other short
     * names keep their ل («وصفه لأوباما»).
     */
    private boolean lamReadsAsPerson(List<Token> tokens, int a, int i, String stem) {
        for (ActorDictionary.SettingPerson p : dictionary.settingPersons()) {
            if (p.alias().equals(stem)) {
                return i > a && patrons.takesPatronWithLam(tokens.get(i - 1));
            }
        }
        return true;
    }

    /** An article must name the countries of a coalition's war this often for its bare head noun to be that coalition. */
    private static final int SETTING_MIN_MENTIONS = 2;

    /**
     * Whether the bare head noun at {@code i} stands for the coalition of the article's war: no word with the article
     * right after it (an adjective or a name makes it another body: «التحالف الوطني»، «التحالف الذي تقوده السعودية»)
     * and none of the setting's words that make it an alliance between parties («التحالف مع إيران»), nor a
     * demonstrative right before it («متانة هذا التحالف»: an alliance the text has just described).
     */
    private static boolean settingHeadStandsAlone(List<Token> tokens, int a, int i, int b,
                                                  ActorDictionary.CoalitionSetting setting) {
        if (i > a && setting.notAfter().contains(tokens.get(i - 1).norm())) {
            return false;
        }
        if (i + 1 >= b || !tokens.get(i + 1).isWord()) {
            return true;
        }
        Token next = tokens.get(i + 1);
        return !next.norm().startsWith("ال") && !next.segments().get(0).hasArticle()
                && !setting.notBefore().contains(next.norm()) && !next.hasStemIn(setting.notBefore());
    }


    private record Raw(int first, int end, NameRef ref, Segment firstReading) {
        ActorKind kind() {
            return ref.entry().kind();
        }
    }

    private List<Raw> raw(List<Token> tokens, int a, int b, List<ActorEntry> clubCities) {
        PhraseTrie<NameRef> trie = dictionary.trie();
        List<Raw> raws = new ArrayList<>();
        int i = a;
        while (i < b) {
            PhraseTrie.Match<NameRef> m = tokens.get(i).isPunct() && !tokens.get(i).norm().equals("+") ? null
                    : trie.longestAt(tokens, i, b);
            if (m == null) {
                m = placeKeepingItsArticle(tokens, i, b);
            }
            i = m == null ? i + 1 : rawAt(tokens, a, b, clubCities, raws, i, m);
        }
        // a one-word name that is the common word here (homographs.tsv) composes with nothing: «في الشؤون الداخلية
        // البحرينية» is no ministry of Bahrain, «في الشؤون الداخلية لدول مجلس التعاون» leaves the Gulf states alone
        // (session 28, events119); the composed mentions are read for it again after composition
        raws.removeIf(r -> r.end() - r.first() == 1 && dictionary.isHomographWord(tokens, r.first(), homographSlot));
        return raws;
    }

    /**
     * True when a dictionary person's full name (two words or more) opens with a given name written with the article
     * and a given name stands right before it: «الفيصل» after a given name is the family name of Faisal's sons, so
     * «تركي بن عبدالله الفيصل بن عبدالعزيز» (a grandson) and «سلطان الفيصل بن عبدالعزيز» (a son) are other men than
     * «فيصل بن عبدالعزيز», the king whose name the article folding matched: a name chain is the man only as a whole.
     */
    private boolean tailOfAnotherMansName(List<Token> tokens, int a, PhraseTrie.Match<NameRef> m) {
        Segment first = m.firstReading();
        if (m.end() - m.first() < 2 || !first.hasArticle() || m.first() <= a
                || !anyGivenName(first.stem())) {
            return false;
        }
        if (opensANameOfItsOwn(tokens, m.first(), first)) {
            return false;
        }
        Token before = tokens.get(m.first() - 1);
        if (!before.isWord()) {
            return false;
        }
        if (givenNameWord(before)) {
            return true;
        }
        // a given name in two words: «عبد الله الفيصل»
        Token twoBefore = m.first() - 2 >= a ? tokens.get(m.first() - 2) : null;
        return twoBefore != null && twoBefore.isWord()
                && anyGivenName(twoBefore.norm() + before.norm());
    }

    /**
     * Whether the name's first word (its reading {@code first}) opens a name of its own rather than going on from the
     * given name before it: with a proclitic besides the article it begins the next member of a list («والملك حسين
     * والسلطان قابوس»), and a ruling house's title is a title, not a family name («السلطان» of «السلطان قابوس», since
     * سلطان is also a given name).
     */
    private static boolean opensANameOfItsOwn(List<Token> tokens, int at, Segment first) {
        return !first.prefix().equals("ال") || NAMES.isRulerTitle(tokens.get(at).norm());
    }

    /** Whether the word is a given name, a common word or not (given-names.tsv). */
    private boolean anyGivenName(String normalizedWord) {
        return dictionary.isGivenName(normalizedWord) || dictionary.isCommonGivenName(normalizedWord);
    }

    /** Whether the word is a given name without the article (alone or after و/ف). */
    private boolean givenNameWord(Token t) {
        for (Segment s : t.segments()) {
            String prefix = s.prefix();
            if (s.suffix().isEmpty() && !s.hasArticle() && (prefix.isEmpty() || prefix.equals("و") || prefix.equals("ف"))
                    && anyGivenName(s.stem())) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #raw}'s work on the dictionary name {@code m} found at word {@code i}: the name added to {@code raws}
     * unless it names something else here; returns the word to go on from. Apart from the loop over the sentence's
     * words, which most words leave at the trie: the one method was compiled twice for 2-4 s under load and thrown
     * away at a trap in these rarer branches (BENCHMARKS.md, session 18).
     */
    private int rawAt(List<Token> tokens, int a, int b, List<ActorEntry> clubCities, List<Raw> raws, int i,
                      PhraseTrie.Match<NameRef> m) {
        List<NameRef> readings = m.end() - m.first() == 1 && !m.firstReading().hasArticle()
                ? withoutArticleOnlyNames(m.values()) : m.values();
        if (readings.isEmpty()) {
            return i + 1; // يمنّ (bestows), كويت ترك (a bank): Yemen and Kuwait are written with the article
        }
        NameRef ref = pick(readings);
        NameRef adjective = adjectiveOfAThing(tokens, a, raws, m, ref);
        if (adjective != null) {
            ref = adjective; // «السوق السعودية»، «الهيئة السعودية للمهندسين»: the Saudi market, not Saudi Arabia
        }
        if (m.end() - m.first() == 1 && m.firstReading().hasArticle()
                && dictionary.isNeverWithArticle(m.firstReading().stem())) {
            return i + 1; // الحماس (enthusiasm) is not Hamas: the name never takes the article
        }
        if (ref.entry().kind() == ActorKind.PERSON && articleOnABareNameWord(tokens, m)) {
            return i + 1; // «مالك العقار» (the property's owner) is not Malik Agar (مالك عقار): his name has no article
        }
        if (givenNameSplit(tokens.get(m.first()), m)) {
            return i + 1; // كلاوس (Klaus) is not كـ + لاوس (Laos): the whole word is a name
        }
        ActorEntry paper = placeOrRegion(ref) ? quotedOutletTitle(tokens, a, b, m) : null;
        if (paper != null) {
            // لـ«الشرق الأوسط»: the paper Asharq Al-Awsat, not the Middle East; «صحيفة «الرياض»» its staff
            if (mediaAgentBefore(raws, m.first() - 1)) {
                raws.add(new Raw(m.first(), m.end(), new NameRef(paper, false), m.firstReading()));
            }
            return m.end();
        }
        if (dateline(tokens, m, ref)) {
            return m.end(); // «سبق- الرياض:»، «واس - المنامة:»: where the story was filed, no party to it
        }
        if (clubNamedByItsPlace(tokens, b, m, ref)) {
            // «روما الإيطالي»، «نادي روما الإيطالي»، «ستيوا بوخارست الروماني»: the club (النادي) named by its city
            if ("LOC".equals(ref.entry().type()) && !clubCities.contains(ref.entry())) {
                clubCities.add(ref.entry());
            }
            return m.end();
        }
        if (namesAThing(tokens, a, m, ref)) {
            return m.end(); // كأس آسيا، جامعة القاهرة، شارع فلسطين: the place names the thing, it is no party
        }
        if (namesADocumentOrMeeting(tokens, a, b, m, ref)) {
            return m.end(); // إعلان القاهرة، اتفاق فيينا: the city names the document, it is no party
        }
        if (ref.entry().ambiguous() && !cued(tokens, m.first(), m.firstReading())
                && homonyms.namedBefore(tokens, m.first(), Homonyms.readings(m.values())) == null) {
            return i + 1;
        }
        if ((ref.entry().kind() == ActorKind.PERSON || "PERS".equals(ref.entry().type()))
                && namesSomethingElse(tokens, a, m.first())) {
            // تركي بن عبدالله، جامعة الملك سعود، كأس خادم الحرمين الشريفين: the whole name is not the person
            return m.end();
        }
        if (ref.entry().kind() == ActorKind.PERSON && anotherFamilys(tokens, m)) {
            // «عبدالله بن عبدالعزيز الربيعة» is not King Abdullah: his name goes on with آل سعود, not another family's
            return m.end();
        }
        if (ref.entry().kind() == ActorKind.PERSON && tailOfAnotherMansName(tokens, a, m)) {
            // «تركي بن عبدالله الفيصل بن عبدالعزيز»، «سلطان الفيصل بن عبدالعزيز»: sons and grandsons of King Faisal
            return m.end();
        }
        raws.add(new Raw(m.first(), m.end(), ref, m.firstReading()));
        return m.end();
    }

    /**
     * True when a dictionary person's name matched as «X بن Y» is followed by a family name (FamilyNames): the words
     * are the first names of another person of another family («عبدالله بن عبدالعزيز الربيعة», the royal court's
     * adviser; «محمد بن عيسى الدباغ»), since the dictionary's person is named with his own family (آل سعود) or
     * without one. Not after a ruling house's title (name-grammar.tsv ruler-title, in the name or right before it):
     * «الملك سلمان بن عبدالعزيز الشجاعة» is the king, and the word after him an epithet.
     */
    private boolean anotherFamilys(List<Token> tokens, PhraseTrie.Match<NameRef> m) {
        FamilyNames family = familyNames;
        return family != null && FamilyNames.endsOnFathersName(tokens, m.first(), m.end())
                && family.at(tokens, m.end(), tokens.get(m.first()).sentence())
                && !rulerTitled(tokens, m.first());
    }

    /** True when the name starting at token {@code first} opens with, or follows, a ruling house's title. */
    private static boolean rulerTitled(List<Token> tokens, int first) {
        return NAMES.isRulerTitle(tokens.get(first).norm())
                || first > 0 && NAMES.isRulerTitle(tokens.get(first - 1).norm());
    }

    /**
     * A country's name that is also a form of its nationality adjective («السعودية»: Saudi Arabia, and the feminine of
     * سعودي) is the adjective when it agrees with a definite noun right before it, as an adjective does: «السوق
     * السعودية» is the Saudi market, «الهيئة السعودية للمهندسين» a Saudi body, «الخطوط الجوية العربية السعودية» the
     * airline, not the state (the actor gold annotates no demonym modifying a thing). It is kept the state after an
     * actor (الحكومة السعودية, composed as before), with a proclitic of its own (والسعودية is a list, بالسعودية a
     * place) and when the definite words before it go back to a noun of the state's land (state-after.tsv: الأراضي
     * السعودية، الحدود الجنوبية السعودية), which events take as the state attacked or entered.
     *
     * @return the adjective's reading, or null when the name stays the country
     */
    private NameRef adjectiveOfAThing(List<Token> tokens, int sentenceStart, List<Raw> raws,
                                      PhraseTrie.Match<NameRef> m, NameRef ref) {
        if (m.end() - m.first() != 1 || ref.entry().kind() != ActorKind.FIXED || !"GPE".equals(ref.entry().type())
                || !m.firstReading().prefix().equals("ال") || m.first() <= sentenceStart
                || !raws.isEmpty() && raws.get(raws.size() - 1).end() == m.first()) {
            return null;
        }
        NameRef adjective = null;
        for (NameRef r : m.values()) {
            if (r.entry().kind() == ActorKind.DEMONYM && !r.plural()) {
                adjective = r;
            }
        }
        if (adjective == null || !tokens.get(m.first() - 1).isWord() || !definite(tokens.get(m.first() - 1))) {
            return null;
        }
        for (int j = m.first() - 1; j >= Math.max(sentenceStart, m.first() - 4) && tokens.get(j).isWord() && definite(tokens.get(j)); j--) {
            if (nounOfTheStateLand(tokens.get(j))) {
                return null;
            }
        }
        return adjective;
    }

    /** True for a noun of a state's land, after which its nationality adjective names the state (state-after.tsv). */
    private boolean nounOfTheStateLand(Token t) {
        for (Segment s : t.segments()) {
            if (s.suffix().isEmpty() && dictionary.isStateLandNoun(org.marsad.dict.PhraseKeys.stripArticle(s.stem()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for a city standing for its country (metonyms.tsv, a bare country code) in iḍāfa after a noun of a
     * document or meeting (named-after-place.tsv): «إعلان القاهرة»، «مؤتمر جنيف». The noun heads the construct,
     * so it has neither the article nor a pronoun, and the city has no preposition or conjunction of its own.
     */
    private boolean namesADocumentOrMeeting(List<Token> tokens, int sentenceStart, int sentenceEnd,
                                            PhraseTrie.Match<NameRef> m, NameRef ref) {
        ActorEntry e = ref.entry();
        if (!"LOC".equals(e.type()) || e.code().length() != 3 || e.kind() != ActorKind.FIXED) {
            return false;
        }
        String own = m.firstReading().prefix();
        if (!own.isEmpty() && !own.equals("ال")) {
            return false;
        }
        int j = m.first() - 1;
        while (j >= sentenceStart && tokens.get(j).isPunct() && QUOTES.contains(tokens.get(j).norm())) {
            j--; // إعلان «الرياض»
        }
        if (j < sentenceStart || !tokens.get(j).isWord()) {
            return false;
        }
        for (Segment s : tokens.get(j).segments()) {
            Set<String> party = s.suffix().isEmpty() && !s.hasArticle() ? dictionary.namedAfterPlace(s.stem()) : null;
            if (party != null) {
                // «اتفاق أثينا مع دائنيها»: Athens agreed; «اتفاق واشنطن وطهران»: the two agreed
                return !partyAfter(tokens, m.end(), party) && !coordinatedName(tokens, m.end(), sentenceEnd);
            }
        }
        return false;
    }

    /**
     * True when a one-word name was read through a proclitic (بـ، كـ، لـ) that the word does not have: the whole
     * word, or the word after و/ف, is a given name (marsad/ner/given-names.tsv, not one that is also a common word),
     * so «كلاوس» is Klaus, not كـ + لاوس (Laos), and «بنيتو موسوليني» Benito, not بـ + نيتو (NATO).
     */
    private boolean givenNameSplit(Token t, PhraseTrie.Match<NameRef> m) {
        String clitic = Segment.withoutArticle(m.firstReading().prefix());
        if (m.end() - m.first() != 1 || clitic.isEmpty() || clitic.equals("و") || clitic.equals("ف")) {
            return false;
        }
        String word = t.norm();
        String bare = clitic.startsWith("و") || clitic.startsWith("ف") ? word.substring(1) : word;
        return dictionary.isGivenName(bare);
    }

    /**
     * True for a news outlet's title (outlets.tsv, its Arabic name) standing alone between quotation marks: «الشرق
     * الأوسط» in «قال لـ«الشرق الأوسط»»، «وعلمت «الشرق الأوسط»» is the paper Asharq Al-Awsat, «الرياض» the daily, not the
     * Middle East or the capital. The paper that reports or interviews is no actor of what it reports, and, left a
     * mention, it made the Middle East the country most of its stories were «about». The name itself must carry no
     * clitic of its own («والرياض» inside quotation marks is a list, not a title). Only a title read as a place is
     * dropped: «واس» is the Saudi Press Agency either way, already a media actor (organizations.tsv).
     *
     * @return the outlet's home state (outlets.tsv), or null when the name is no quoted title
     */
    private ActorEntry quotedOutletTitle(List<Token> tokens, int sentenceStart, int sentenceEnd,
                                         PhraseTrie.Match<NameRef> m) {
        if (m.first() <= sentenceStart || m.end() >= sentenceEnd || !quote(tokens.get(m.first() - 1))
                || !quote(tokens.get(m.end()))) {
            return null;
        }
        String own = m.firstReading().prefix();
        if (!own.isEmpty() && !own.equals("ال")) {
            return null;
        }
        StringBuilder name = new StringBuilder(); // rare: only a name between quotation marks gets here
        for (int k = m.first(); k < m.end(); k++) {
            name.append(k > m.first() ? " " : "").append(tokens.get(k).norm());
        }
        return dictionary.outletHome(name.toString());
    }

    /**
     * True when a media agent (role MED: صحيفة، جريدة، رئيس التحرير، مراسل) ends right before token {@code quote}:
     * «جريدة «الرياض»» is the paper itself, which takes its home state as an agent takes a country (SAUMED).
     */
    private static boolean mediaAgentBefore(List<Raw> raws, int quote) {
        if (raws.isEmpty()) {
            return false;
        }
        Raw last = raws.get(raws.size() - 1);
        return last.end() == quote && last.kind() == ActorKind.AGENT && "MED".equals(last.ref().entry().code());
    }

    private static boolean placeOrRegion(NameRef ref) {
        return "GPE".equals(ref.entry().type()) || "LOC".equals(ref.entry().type());
    }

    private static boolean quote(Token t) {
        return t.isPunct() && QUOTES.contains(t.norm());
    }

    /**
     * True for a place (a country, region or city by name) in iḍāfa right after a noun of a thing named after it
     * (not-a-place-after.tsv): «كأس آسيا»، «جامعة القاهرة»، «لجامعة كولومبيا»، «شارع فلسطين». The noun heads the construct,
     * so it has neither the article nor a pronoun, and the place has no preposition or conjunction of its own.
     */
    private boolean namesAThing(List<Token> tokens, int sentenceStart, PhraseTrie.Match<NameRef> m, NameRef ref) {
        String own = m.firstReading().prefix();
        return placeOrRegion(ref) && ref.entry().kind() == ActorKind.FIXED && (own.isEmpty() || own.equals("ال"))
                && afterNounOfAThing(tokens, sentenceStart, m.first());
    }

    /**
     * True for a place (a city standing for its country, or a country) followed right away by the masculine singular
     * nationality adjective of its own country, with the article: «روما الإيطالي»، «ستيوا بوخارست الروماني»، «الكويت
     * الكويتي». A city or a state is feminine in Arabic («روما الإيطالية», «العاصمة الإيطالية روما»), so a masculine
     * adjective of the same country does not describe it: it agrees with an unwritten «النادي / الفريق», and the
     * name is the club's (SaudiNewsNet: 183 of the 184 such pairs of a place with its own country's adjective name a
     * sports club, «مدريد الإسباني» 81, «روما الإيطالي» 38, «الكويت الكويتي» 20; the other «إذاعة قطر القطري», a radio,
     * no state either). A different country's adjective starts a new phrase instead («مدرب جامايكا
     * الألماني», «وصل إلى الدوحة البرتغالي روبن»): not read here.
     */
    private boolean clubNamedByItsPlace(List<Token> tokens, int sentenceEnd, PhraseTrie.Match<NameRef> m, NameRef ref) {
        ActorEntry e = ref.entry();
        if (!placeOrRegion(ref) || e.kind() != ActorKind.FIXED || e.code().length() != 3 || m.end() >= sentenceEnd
                || !tokens.get(m.end()).isWord()) {
            return false;
        }
        for (Segment s : tokens.get(m.end()).segments()) {
            if (s.prefix().equals("ال") && s.suffix().isEmpty() && s.stem().endsWith("ي")
                    && dictionary.isSingularDemonymOf(s.stem(), e.code())) {
                return true;
            }
        }
        return false;
    }

    /** Dashes that separate a byline (an agency, a paper, a reporter) from the city of its dateline. */
    private static final Set<String> DASHES = Set.of("-", "–", "—");

    /**
     * True for a city (metonyms.tsv, standing for its country) in a dateline: at the very start of the text or after
     * a byline's dash, and followed by a colon («واس- الرياض: أدانت الأمانة العامة ...»، «رويترز- نيودلهي: قالت»). It
     * says where the story was filed; read as the country, it was made the source of the story's first act. So is the
     * city's country in brackets between the city and the colon («رويترز- بنغازي (ليبيا): قال تنظيم "داعش" إنه خطف»:
     * Libya was the abductor; session 21, events81).
     */
    private static boolean dateline(List<Token> tokens, PhraseTrie.Match<NameRef> m, NameRef ref) {
        ActorEntry e = ref.entry();
        String own = m.firstReading().prefix();
        if (e.kind() != ActorKind.FIXED || e.code().length() != 3 || !own.isEmpty() && !own.equals("ال")
                || m.end() >= tokens.size()) {
            return false;
        }
        if ("LOC".equals(e.type()) && punct(tokens, m.end(), ":")) {
            return datelineStart(tokens, m.first());
        }
        // «رويترز- بنغازي (ليبيا):»: the city's country in brackets before the colon, a city or country either way
        return ("LOC".equals(e.type()) || "GPE".equals(e.type())) && punct(tokens, m.end(), ")")
                && punct(tokens, m.end() + 1, ":") && punct(tokens, m.first() - 1, "(")
                && datelineCity(tokens, m.first() - 1);
    }

    /** The most words a dateline's city takes before its country in brackets («الدار البيضاء (المغرب):»). */
    private static final int DATELINE_CITY_WORDS = 3;

    /** True when one to {@link #DATELINE_CITY_WORDS} words before the bracket at {@code open} start a dateline. */
    private static boolean datelineCity(List<Token> tokens, int open) {
        for (int first = open - 1; first >= 0 && first >= open - DATELINE_CITY_WORDS && tokens.get(first).isWord(); first--) {
            if (datelineStart(tokens, first)) {
                return true;
            }
        }
        return false;
    }

    /** True at the very start of the text or right after a byline's dash. */
    private static boolean datelineStart(List<Token> tokens, int first) {
        return first == 0 || punct(tokens, first - 1, DASHES);
    }

    private static boolean punct(List<Token> tokens, int i, String mark) {
        return punct(tokens, i, Set.of(mark));
    }

    private static boolean punct(List<Token> tokens, int i, Set<String> marks) {
        return i >= 0 && i < tokens.size() && tokens.get(i).isPunct() && marks.contains(tokens.get(i).norm());
    }

    /** True when the word before {@code first} (in its sentence) heads the name of a thing (not-a-place-after.tsv). */
    private boolean afterNounOfAThing(List<Token> tokens, int sentenceStart, int first) {
        if (first <= sentenceStart || !tokens.get(first - 1).isWord()) {
            return false;
        }
        for (Segment s : tokens.get(first - 1).segments()) {
            if (s.suffix().isEmpty() && !s.hasArticle() && dictionary.isNotPlaceCue(s.stem())) {
                return true;
            }
            // «دوري أبطال أوروبا»: the head two words before, its construct word bare (no proclitic) right before
            if (s.prefix().isEmpty() && s.suffix().isEmpty() && first - 2 >= sentenceStart
                    && dictionary.endsNotPlaceCuePair(s.stem()) && headOfPair(tokens.get(first - 2), s.stem())) {
                return true;
            }
        }
        // «بقميص روما»، «وأتليتكو مدريد»، «لمدرب المكسيك»: a listed noun with a proclitic the word cache did not split
        return dictionary.isNotPlaceCueWithProclitics(tokens.get(first - 1).norm());
    }

    /** Whether a bare reading of {@code t} (a proclitic allowed: ودوري، لبطولة) heads a two-word thing name with {@code word}. */
    private boolean headOfPair(Token t, String word) {
        if (!t.isWord()) {
            return false;
        }
        for (Segment s : t.segments()) {
            if (s.suffix().isEmpty() && !s.hasArticle() && dictionary.isNotPlaceCuePair(s.stem(), word)) {
                return true;
            }
        }
        return false;
    }

    /** True when a dictionary name joined by و starts at token {@code i}: «اتفاق واشنطن وطهران». */
    private boolean coordinatedName(List<Token> tokens, int i, int sentenceEnd) {
        if (i >= sentenceEnd || !tokens.get(i).isWord()) {
            return false;
        }
        PhraseTrie.Match<NameRef> next = dictionary.trie().longestAt(tokens, i, sentenceEnd);
        return next != null && next.firstReading().prefix().startsWith("و");
    }

    /** True when the word at {@code i} (in the same sentence) is one of {@code words}, with or without a pronoun. */
    private static boolean partyAfter(List<Token> tokens, int i, Set<String> words) {
        if (i >= tokens.size() || !tokens.get(i).isWord() || tokens.get(i).sentence() != tokens.get(i - 1).sentence()) {
            return false;
        }
        for (Segment s : tokens.get(i).segments()) {
            if (words.contains(s.stem())) {
                return true; // مع، نيتها
            }
        }
        return false;
    }

    /**
     * «للرياض»: لـ + الرياض writes the article's alef away (لل), so a place name that keeps its article («=الرياض»,
     * read without it رياض is a given name) is read here from the لل reading. Only places (a country or region by
     * name, a city standing for its country) are read so: an organization or an agent that keeps its article is
     * mostly a common noun after لل (للقاعدة "to the rule", للقضاء "to eliminate"). A name of more than one word is
     * read so whatever it names: «أهداف تابعة للدولة الإسلامية» is the group, and a phrase of two words is no common
     * noun by chance as one word is.
     */
    private PhraseTrie.Match<NameRef> placeKeepingItsArticle(List<Token> tokens, int i, int limit) {
        Token t = tokens.get(i);
        org.marsad.text.StemFacts.Slot slot = articleKeptSlot;
        if (!t.isWord() || (slot != null ? !slot.mayAnswer(t) : !t.norm().contains("لل"))) {
            return null; // most words: no need to look at their readings (this runs for every unmatched word)
        }
        for (int si = 0; si < t.segments().size(); si++) {
            Segment s = t.segments().get(si);
            if (!s.suffix().isEmpty() || !s.prefix().endsWith("لل")) {
                continue;
            }
            PhraseTrie.Match<NameRef> m = dictionary.trie().longestFrom(tokens, i, limit, "ال" + s.stem(), s);
            if (m != null && m.values().stream().allMatch(r -> r.entry().kind() == ActorKind.FIXED
                    && ("GPE".equals(r.entry().type()) || "LOC".equals(r.entry().type()) || m.end() - m.first() > 1))) {
                return m;
            }
        }
        return null;
    }

    /**
     * Whether a word of the matched person's name carries the article though people.tsv writes it only bare: the
     * word is then read only with the article (no bare reading of the same word), as in «الروحاني» (spiritual),
     * «خالد المشعل» (a Saudi family, not Khaled Meshaal). Readings come from the word cache; nothing is built.
     */
    private boolean articleOnABareNameWord(List<Token> tokens, PhraseTrie.Match<NameRef> m) {
        for (int k = m.first(); k < m.end(); k++) {
            // most words of a name are no bare-only word in any reading: passed over on the word cache's summary of
            // its readings; of the others, the bare readings are only looked up for one read so with the article
            if (!StemFacts.mayAnswer(bareNameWordSlot, tokens.get(k))) {
                continue;
            }
            List<Segment> readings = tokens.get(k).segments();
            if (bareOnlyWordRead(readings, true) && !bareOnlyWordRead(readings, false)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a reading with (or without) the article and no enclitic is a word people.tsv writes only bare. */
    private boolean bareOnlyWordRead(List<Segment> readings, boolean withArticle) {
        for (int si = 0; si < readings.size(); si++) {
            Segment s = readings.get(si);
            if (s.suffix().isEmpty() && s.hasArticle() == withArticle && bareNameWord(s)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the stem of {@code s} is a bare-only name word: the word cache's answer, hashed no more per reading. */
    private boolean bareNameWord(Segment s) {
        org.marsad.text.StemFacts.Slot slot = bareNameWordSlot;
        return slot == null ? dictionary.isPersonWordOnlyBare(s.stem()) : slot.of(s) != null;
    }

    /**
     * The readings of a bare word (no article) other than a country always written with it: «سعودية» is then the
     * adjective (demonyms.tsv), not Saudi Arabia, and «يمن» nothing.
     */
    private List<NameRef> withoutArticleOnlyNames(List<NameRef> refs) {
        List<NameRef> out = new ArrayList<>(refs.size());
        for (NameRef r : refs) {
            if (!dictionary.isOnlyWithArticle(r.entry())) {
                out.add(r);
            }
        }
        return out.size() == refs.size() ? refs : out;
    }

    /** Several entries may share a spelling: a person beats a fixed name beats a demonym beats an agent. */
    private static NameRef pick(List<NameRef> refs) {
        NameRef best = refs.get(0);
        for (int k = 1; k < refs.size(); k++) { // indexed: no iterator per name found (speed32)
            NameRef r = refs.get(k);
            if (PRIORITY.indexOf(r.entry().kind()) < PRIORITY.indexOf(best.entry().kind())) {
                best = r;
            }
        }
        return best;
    }

    private static final List<ActorKind> PRIORITY = List.of(ActorKind.PERSON, ActorKind.FIXED, ActorKind.DEMONYM,
            ActorKind.AGENT);

    /**
     * True when a name the recognizer found at token {@code first} names something else: a word of
     * not-a-person-after.tsv in construct right before it, or before the title before it («جامعة الأمير سطام بن
     * عبدالعزيز»، «مطار الملك عبدالعزيز»، «شركة محمد بن إبراهيم القاضي»: the title opened the recognizer's window).
     * Only in construct (the word without the article): «النائب العلمي للبرنامج سليمان فتح الله»، «رئيس التمريض
     * بالمستشفى حاتم السرور»، «عميد الأسرة الشيخ محمد» name a person who works there or heads it.
     */
    public boolean namesSomethingElse(AnalyzedText text, int first) {
        return namesSomethingElse(text.tokens(), text.firstToken(text.tokens().get(first).sentence()), first, true);
    }

    /** A person's name right after بن، نجل، جامعة ... (possibly through a title: مستشفى الملك فهد) is not the person. */
    private boolean namesSomethingElse(List<Token> tokens, int sentenceStart, int first) {
        return namesSomethingElse(tokens, sentenceStart, first, false);
    }

    /** As above; with {@code inConstruct}, only a cue word without the article counts. */
    private boolean namesSomethingElse(List<Token> tokens, int sentenceStart, int first, boolean inConstruct) {
        for (int j = first - 1; j >= Math.max(sentenceStart, first - 2); j--) {
            Token t = tokens.get(j);
            if (!t.isWord()) {
                return false;
            }
            for (int si = 0; si < t.segments().size(); si++) {
                Segment s = t.segments().get(si);
                boolean cue = inConstruct ? !s.hasArticle() && dictionary.isNotPersonCue(s.stem())
                        : dictionary.isNotPersonCue(s.stem())
                                || dictionary.isNotPersonCue(org.marsad.dict.PhraseKeys.stripArticle(s.stem()));
                if (cue) {
                    return true;
                }
            }
            if (!TITLES_BEFORE_NAMES.contains(org.marsad.dict.PhraseKeys.stripArticle(t.norm()))) {
                return false; // only a title may stand between the cue and the name
            }
        }
        return false;
    }

    /**
     * «سليمان الأسد»، «الأمير خالد الفيصل» after «بشار الأسد»، «سعود الفيصل»: a family name right after a given name
     * (marsad/ner/given-names.tsv, those that are no common word) that the person's full name did not have names another
     * member of the family, not the person the family name refers back to; so does one after two given names, the
     * second also a common word («سليمان هلال الأسد»). «على» (on), which the normalizer writes as the name علي, is no
     * given name here.
     */
    private boolean anotherOfTheFamily(AnalyzedText text, int sentenceStart, int i, ActorMention named) {
        if (named.entry() == null || named.entry().kind() != ActorKind.PERSON) {
            return false; // a name the recognizer found after a title («النائب الكويتي دشتي») may lack the given name
        }
        String given = givenNameAt(text, sentenceStart, i - 1, false);
        if (given == null) {
            String common = givenNameAt(text, sentenceStart, i - 1, true);
            given = common == null ? null : givenNameAt(text, sentenceStart, i - 2, false);
            if (given == null && common != null && afterLineageWord(text, sentenceStart, i - 1)) {
                given = common;
            }
        }
        if (given == null) {
            return false;
        }
        for (int k = named.first(); k < named.end(); k++) {
            String word = text.tokens().get(k).stem();
            String joined = k + 1 < named.end() ? word + text.tokens().get(k + 1).norm() : word;
            if (text.tokens().get(k).norm().equals(given) || word.equals(given) || joined.equals(given)) {
                return false; // his own given name: «علي صالح» after «علي عبدالله صالح»، «عبدالحميد دشتي» after «عبد الحميد دشتي»
            }
        }
        return true;
    }

    /**
     * Whether token {@code j} follows a word of lineage («ابن هلال الأسد»: the word after ابن/بن names a father, so a
     * given name that is also a common word (هلال, "crescent") is a name there, and the family name after it another
     * member of the family than the one named in full before).
     */
    private static boolean afterLineageWord(AnalyzedText text, int sentenceStart, int j) {
        return j - 1 >= sentenceStart && text.tokens().get(j - 1).isWord()
                && NAMES.isLineage(text.tokens().get(j - 1).norm());
    }

    /** The given name (normalized) token {@code j} is, alone or after و/ف; a common-word one only if asked; or null. */
    private String givenNameAt(AnalyzedText text, int sentenceStart, int j, boolean common) {
        if (j < sentenceStart || !text.tokens().get(j).isWord()) {
            return null;
        }
        Token t = text.tokens().get(j);
        if (text.text().charAt(t.end() - 1) == 'ى') {
            return null;
        }
        for (Segment s : t.segments()) {
            String prefix = s.prefix();
            if (s.suffix().isEmpty() && (prefix.isEmpty() || prefix.equals("و") || prefix.equals("ف"))
                    && (common ? dictionary.isCommonGivenName(s.stem()) : dictionary.isGivenName(s.stem()))) {
                return s.stem();
            }
        }
        return null;
    }

    /** «المملكة» (with its article, any proclitic) as a whole word: the outlet's home state. */
    private static boolean homeWord(Token t, ActorDictionary.Outlet outlet) {
        for (int si = 0; si < t.segments().size(); si++) {
            Segment s = t.segments().get(si);
            if (s.suffix().isEmpty() && s.hasArticle() && outlet.stemsAfterArticle().contains(s.stem())
                    || s.prefix().isEmpty() && s.suffix().isEmpty() && outlet.homeWords().contains(s.stem())) {
                return true;
            }
        }
        return false;
    }

    /** Titles that may stand between a thing and the name it bears (جامعة الملك سعود، مستشفى الأمير سلطان). */
    private static final Set<String> TITLES_BEFORE_NAMES = Set.of("ملك", "امير", "اميره", "شيخ", "سلطان", "رئيس",
            "امام", "خادم");

    private boolean cued(List<Token> tokens, int i, Segment reading) {
        if (!reading.prefix().isEmpty() && reading.preposition() != 0) {
            return true; // بمالي، لعمان: a preposition glued to it
        }
        int j = i - 1;
        while (j >= 0 && tokens.get(j).isPunct() && QUOTES.contains(tokens.get(j).norm())) {
            j--; // تنظيم “القاعدة”
        }
        if (j < 0) {
            return false;
        }
        for (int si = 0; si < tokens.get(j).segments().size(); si++) {
            Segment s = tokens.get(j).segments().get(si);
            if (dictionary.isAmbiguityCue(s.stem())) {
                return true;
            }
        }
        return false;
    }

    private void compose(AnalyzedText text, List<Raw> raws, LocalDate date, int sentence, List<ActorMention> out,
                         List<int[]> persons) {
        List<Token> tokens = text.tokens();
        int k = 0;
        while (k < raws.size()) {
            Raw r = raws.get(k);
            if (r.kind() == ActorKind.AGENT && givenNameBeforeFamilyName(tokens, r, k + 1 < raws.size() ? raws.get(k + 1) : null)) {
                k += 2; // «سلطان المصري»: a man's name, neither a sultan nor an Egyptian
                continue;
            }
            if (r.kind() == ActorKind.AGENT) {
                // a chain of agents (المتحدث باسم + الخارجية), then an optional country part, then an optional person
                int j = k;
                while (j + 1 < raws.size() && raws.get(j + 1).kind() == ActorKind.AGENT
                        && adjacent(tokens, raws.get(j), raws.get(j + 1))
                        && !indefiniteGroupAfterDefinite(tokens, raws.get(j), raws.get(j + 1))) {
                    j++;
                }
                Raw lastAgent = raws.get(j);
                Raw head = ownRoleHead(tokens, raws, k, j);
                String role = lastAgent.ref().entry().code();
                String country = null;
                String why = "agent";
                String nameEn = lastAgent.ref().entry().nameEn();
                if (head != null) {
                    // «وزيرة المهجرين اللبنانية»: a minister of the displaced is the government's, not the displaced
                    role = head.ref().entry().code();
                    nameEn = head.ref().entry().nameEn() + " of " + nameEn;
                }
                ActorEntry roleEntry = (head != null ? head : lastAgent).ref().entry();
                int end = lastAgent.end();
                boolean nameAfter = j + 1 < raws.size() && adjacent(tokens, lastAgent, raws.get(j + 1))
                        && isGivenName(tokens, raws.get(j + 1), lastAgent);
                boolean nobodys = false; // «رئيس أوروبي»: a region's adjective on one office names nobody's
                if (!nameAfter && j + 1 < raws.size() && adjacent(tokens, lastAgent, raws.get(j + 1))) {
                    Raw c = raws.get(j + 1);
                    if (c.kind() == ActorKind.DEMONYM) {
                        country = ActorCodes.primary(c.ref().entry().code());
                        why = "agent+demonym";
                        nameEn = c.ref().entry().nameEn() + " " + nameEn;
                        end = c.end();
                        j++;
                        if (lastAgent.ref().entry().title() && !c.firstReading().hasArticle()
                                && dictionary.regionalAdjective(country) != null) {
                            // «كنت أول رئيس أوروبي يزور مصر» (Cyprus's), «أهم مسؤول أوروبي يزور طهران» (Germany's):
                            // an indefinite title with a region's adjective is some state's office, none named
                            country = null;
                            nobodys = true;
                            why = "agent+regional-adjective";
                        }
                    } else if (c.kind() == ActorKind.FIXED
                            && (genitive(tokens, lastAgent, c) || stateAfterBi(tokens, r, lastAgent, c))) {
                        String orgCode = c.ref().entry().code();
                        country = ActorCodes.primary(orgCode);
                        if (orgCode.length() > country.length()
                                && (c.ref().entry().type().equals("ORG") || c.ref().entry().type().equals("PERS"))) {
                            // وكالة إنترفاكس → RUSMED; an office holder's deputy or envoy is of his branch: «نائب خادم
                            // الحرمين الشريفين» (the crown prince) is SAUGOV, not a member of parliament (نائب, LEG)
                            role = orgCode.substring(country.length(), country.length() + 3);
                        }
                        why = "agent+" + (c.ref().entry().type().equals("ORG") ? "organization" : "country");
                        nameEn = nameEn + " of " + c.ref().entry().nameEn();
                        end = c.end();
                        j++;
                    }
                }
                String union = unionOf(country, lastAgent);
                if (union != null && !union.equals(country)) {
                    // «الزعماء الأوروبيون»: the EU, not Europe's government
                    nameEn = lastAgent.ref().entry().nameEn() + " of " + dictionary.regionalAdjective(country).union()
                            .nameEn();
                    country = union;
                    why = why + "+union";
                }
                ActorDictionary.HeadedBody body = country == null && !nameAfter && !nobodys
                        ? headedBody(tokens, lastAgent) : null;
                if (body != null) {
                    // «رئيس اتحاد الكرة»، «رئيس نادي الهلال»: the head of a club or a federation, not of a state
                    role = body.role();
                    why = "agent+headed-body";
                    nameEn = nameEn + " of a " + body.nameEn();
                }
                if (country == null && !nameAfter && j + 1 < raws.size()
                        && nationalityAfterName(tokens, lastAgent, raws.get(j + 1), body != null)) {
                    // «شركة الكهرباء السعودية»، «البنك الأهلي المصري»، «القوات الجوية الملكية السعودية»
                    Raw c = raws.get(j + 1);
                    country = ActorCodes.primary(c.ref().entry().code());
                    why = "agent+name+demonym";
                    nameEn = c.ref().entry().nameEn() + " " + nameEn;
                    end = c.end();
                    j++;
                }
                if (j + 1 < raws.size() && raws.get(j + 1).kind() == ActorKind.PERSON
                        && (adjacent(tokens, raws.get(j), raws.get(j + 1)) || epithetsBetween(tokens, raws.get(j), raws.get(j + 1)))) {
                    Raw p = raws.get(j + 1);
                    out.add(person(text, r.first(), p, date, sentence, why.replace("agent", "title") + "+person",
                            r.firstReading().prefix()));
                    k = j + 2;
                    continue;
                }
                if (country == null && body == null && !nameAfter && j == k && headOfThing(tokens, raws, j)) {
                    // «قيادة الفرقة 30»، «إدارة نادي الطلاب»، «قيادة السيارة»: the command or management of a thing
                    // (construct-heads.tsv of-a-thing), no state's leadership or administration: no mention
                    k = j + 1;
                    continue;
                }
                // الجانبين السعودي والأردني، القوات الأمريكية والبريطانية: more demonyms coordinated with the first
                List<ActorMention> coordinated = new ArrayList<>();
                while (country != null && j + 1 < raws.size() && raws.get(j + 1).kind() == ActorKind.DEMONYM
                        && raws.get(j + 1).firstReading().prefix().startsWith("و")
                        && raws.get(j + 1).first() == raws.get(j).end()) {
                    Raw d = raws.get(++j);
                    String other = unionOf(ActorCodes.primary(d.ref().entry().code()), lastAgent);
                    Span ds = new Span(tokens.get(d.first()).start(), tokens.get(d.end() - 1).end());
                    coordinated.add(new ActorMention(d.first(), d.end(), ds, other.length() == 6 ? other : other + role,
                            "AGENT", roleEntry, d.ref().entry().nameEn() + " " + lastAgent.ref().entry()
                            .nameEn(), "agent+coordinated-demonym", ActorMention.Form.NAMED, sentence,
                            d.firstReading().prefix()));
                }
                if (country == null && body == null && !nameAfter && !nobodys) {
                    // «المستوطنون»: an agent of one country (agents.tsv home) is of it when the phrase names none
                    country = homeOfChain(raws, k, j);
                    if (country != null) {
                        why = why + "+home";
                    }
                }
                if (head != null) {
                    why = why + "+own-role-head";
                }
                Span span = new Span(tokens.get(r.first()).start(), tokens.get(end - 1).end());
                if (country == null) {
                    out.add(new ActorMention(r.first(), end, span, role, "AGENT", roleEntry, nameEn, why,
                            ActorMention.Form.AGENT_ONLY, sentence, r.firstReading().prefix()));
                } else {
                    String code = country.length() == 6 ? country : country + role;
                    int[] person = roleEntry.title() ? personAt(tokens, end, persons, raws, j) : null;
                    if (person != null) {
                        // وزير الدفاع الأمريكي آشتون كارتر with a name no dictionary has: the person, coded by the title
                        span = new Span(tokens.get(r.first()).start(), tokens.get(person[1] - 1).end());
                        out.add(new ActorMention(r.first(), person[1], span, code, "PERS", roleEntry,
                                nameEn, why.replace("agent", "title") + "+recognized-person", ActorMention.Form.NAMED,
                                sentence, r.firstReading().prefix()));
                    } else {
                        out.add(new ActorMention(r.first(), end, span, code, "AGENT", roleEntry, nameEn,
                                why, ActorMention.Form.NAMED, sentence, r.firstReading().prefix()));
                    }
                }
                out.addAll(coordinated);
                k = nameAfter ? j + 2 : j + 1; // «الأمير تركي»: the name is no mention of its own either
                continue;
            }
            Span span = new Span(tokens.get(r.first()).start(), tokens.get(r.end() - 1).end());
            ActorEntry e = r.ref().entry();
            switch (r.kind()) {
                case PERSON -> out.add(person(text, r.first(), r, date, sentence, "person", r.firstReading().prefix()));
                case FIXED -> out.add(new ActorMention(r.first(), r.end(), span, e.code(), e.type(), e, e.nameEn(),
                        "name", ActorMention.Form.NAMED, sentence, r.firstReading().prefix()));
                case DEMONYM -> {
                    if (isGivenName(tokens, r, null) || surnameAfterGivenName(text, r, persons)) {
                        break; // «تركي بن عبدالله»: a person's name
                    }
                    String actRole = r.ref().plural() || e.code().length() != 3 ? null
                            : stateActBefore(tokens, r, k > 0 ? raws.get(k - 1).end() : 0);
                    if (actRole != null && !covered(out, r.first() - 1)) {
                        // «القصف التركي»، «الغارات الجوية الإسرائيلية»: the doer of a state's act is that state's organ
                        // (state-acts.tsv). It stays an adjective, the act's doer where events take one (its own
                        // masdar, the owner of what is protested), no subject or object of its own: read as one, on
                        // slices i%29 in {8, 9} it made only wrong events (a sentence's first actor, a far target)
                        out.add(new ActorMention(r.first(), r.end(), span, e.code() + actRole, "GPE", e,
                                e.nameEn() + ("MIL".equals(actRole) ? " military" : " government"), "act+demonym",
                                ActorMention.Form.ADJECTIVE, sentence, r.firstReading().prefix()));
                    } else if (!r.ref().plural() && r.first() > 0
                            && peopleNoun(tokens.get(r.first() - 1), r.firstReading())
                            && !covered(out, r.first() - 1)) {
                        // 18 طالبا سودانيا: people of that country, not an adjective on a thing
                        Token noun = tokens.get(r.first() - 1);
                        out.add(new ActorMention(r.first() - 1, r.end(), new Span(noun.start(), span.end()), e.code(),
                                "GPE", e, e.nameEn() + " people", "people+demonym", ActorMention.Form.NAMED, sentence,
                                noun.segments().get(0).prefix()));
                    } else {
                        out.add(new ActorMention(r.first(), r.end(), span, e.code(), "GPE", e,
                                e.nameEn() + (r.ref().plural() ? " people" : ""),
                                r.ref().plural() ? "demonym-plural" : "demonym",
                                r.ref().plural() ? ActorMention.Form.NAMED : ActorMention.Form.ADJECTIVE, sentence,
                                r.firstReading().prefix()));
                    }
                }
                default -> {
                }
            }
            k++;
        }
    }

    /**
     * The code of an agent composed with {@code country}: the union of a region's states when the country is a region
     * and the agent one that with the region's adjective or name names the union («الزعماء الأوروبيون»، «قادة أوروبا»،
     * «الشركاء الأوروبيين» IGOEUR; regional-adjectives.tsv), else the country itself (null stays null).
     */
    private String unionOf(String country, Raw agent) {
        ActorDictionary.RegionalAdjective region = country == null ? null : dictionary.regionalAdjective(country);
        if (region != null && region.union() != null && region.unionAgents().contains(agent.ref().entry())) {
            return region.union().code();
        }
        return country;
    }

    /**
     * The first agent of the chain raws[from..to) before its last that keeps its own role (construct-heads.tsv own-role:
     * a minister or a ministry in construct, «وزيرة المهجرين»، «وزير المخابرات»), or null.
     */
    private Raw ownRoleHead(List<Token> tokens, List<Raw> raws, int from, int to) {
        for (int i = from; i < to; i++) {
            String stem = constructStem(tokens.get(raws.get(i).end() - 1));
            if (stem != null && dictionary.isOwnRoleHead(stem, raws.get(to).ref().entry().code())) {
                return raws.get(i);
            }
        }
        return null;
    }

    /**
     * True when the one-word agent raws[i] is a head of construct-heads.tsv of-a-thing (قيادة، إدارة) in construct
     * right before a noun of a thing it manages (a body of headed-bodies.tsv or a thing of construct-heads.tsv, with or
     * without the article) that no actor name opens: «قيادة الفرقة 30»، «إدارة نادي الطلاب السعودي»، «قيادة السيارة».
     */
    private boolean headOfThing(List<Token> tokens, List<Raw> raws, int i) {
        Raw agent = raws.get(i);
        if (agent.end() - agent.first() != 1 || agent.end() >= tokens.size()
                || i + 1 < raws.size() && raws.get(i + 1).first() == agent.end()) {
            return false;
        }
        String stem = constructStem(tokens.get(agent.first()));
        Token next = tokens.get(agent.end());
        if (stem == null || !dictionary.isHeadOfThings(stem) || !next.isWord()
                || next.sentence() != tokens.get(agent.first()).sentence()) {
            return false;
        }
        for (Segment s : next.segments()) {
            if (s.suffix().isEmpty() && (s.prefix().isEmpty() || s.prefix().equals("ال"))
                    && dictionary.isManagedThing(PhraseKeys.stripArticle(s.stem()))) {
                return true;
            }
        }
        return false;
    }

    /** The stem of a word's reading in construct: no article, no pronoun after it (وزيرة، بقيادة), or null. */
    private static String constructStem(Token t) {
        for (Segment s : t.segments()) {
            if (!s.hasArticle() && s.suffix().isEmpty()) {
                return s.stem();
            }
        }
        return null;
    }

    /** The home country (agents.tsv column 5) of the first agent of the chain raws[from..to] that has one, or null. */
    private String homeOfChain(List<Raw> raws, int from, int to) {
        for (int i = from; i <= to; i++) {
            Raw agent = raws.get(i);
            if (agent.kind() == ActorKind.AGENT) {
                String home = dictionary.agentHome(agent.ref().entry());
                if (home != null) {
                    return home;
                }
            }
        }
        return null;
    }

    /**
     * The roles of agents whose own name may stand before their nationality: companies, banks, airlines, armed forces.
     * Not GOV: after «رئيس»، «إدارة»، «عضو» the words between are mostly another body, a club or a federation
     * («رئيس الاتحاد السعودي» is no minister), and composed as government they moved events' sides (QUALITY.md).
     */
    private static final Set<String> NAMED_BODIES = Set.of("BUS", "MIL");

    /**
     * True when a nationality adjective with the article follows an agent across one or two words of the agent's own
     * name, each with the article and no other clitic: the adjective agrees with the agent, whose name stands between
     * them («شركة الكهرباء السعودية» the Saudi Electricity Company, «البنك الأهلي المصري», «القوات الجوية الملكية
     * السعودية» the Royal Saudi Air Force). Adjacent, they compose anyway (الحكومة السعودية). Not after an adjective that
     * makes a headed body international (international.tsv): that nationality is the head's.
     */
    private boolean nationalityAfterName(List<Token> tokens, Raw agent, Raw demonym, boolean headedBody) {
        int between = demonym.first() - agent.end();
        if (!headedBody && !NAMED_BODIES.contains(agent.ref().entry().code())
                || demonym.kind() != ActorKind.DEMONYM || demonym.ref().plural() || between < 1 || between > 2
                || !demonym.firstReading().prefix().equals("ال")) {
            return false;
        }
        for (int k = agent.end(); k < demonym.first(); k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || t.sentence() != tokens.get(agent.first()).sentence()
                    || t.segments().stream().noneMatch(s -> s.prefix().equals("ال") && s.suffix().isEmpty())) {
                return false;
            }
            if (headedBody && t.segments().stream().anyMatch(s -> s.prefix().equals("ال") && s.suffix().isEmpty()
                    && dictionary.isInternational(s.stem()))) {
                // «رئيس الاتحاد الدولي السويسري»: an international body's nationality is its head's (Blatter's)
                return false;
            }
        }
        return true;
    }

    /**
     * The body a title heads, whose role the mention takes, when the title stands in construct (no article) right before a noun of
     * headed-bodies.tsv, with or without the article: «رئيس اتحاد الكرة»، «رئيس الاتحاد السعودي»، «نائب رئيس النادي» are
     * NGO, «رئيس غرفة الشرقية» BUS. Null otherwise («الرئيس» with the article heads no noun after it; a body with a fixed
     * name, «الاتحاد الأوروبي», was composed before this is asked).
     */
    private ActorDictionary.HeadedBody headedBody(List<Token> tokens, Raw agent) {
        int next = agent.end();
        if (!agent.ref().entry().title() || next >= tokens.size() || definite(tokens.get(next - 1))) {
            return null;
        }
        Token noun = tokens.get(next);
        if (!noun.isWord() || noun.sentence() != tokens.get(next - 1).sentence()) {
            return null;
        }
        for (int si = 0; si < noun.segments().size(); si++) {
            Segment s = noun.segments().get(si);
            if (s.suffix().isEmpty() && (s.prefix().isEmpty() || s.prefix().equals("ال"))) {
                ActorDictionary.HeadedBody body = dictionary.headedBody(s.stem());
                if (body != null) {
                    return body;
                }
            }
        }
        return null;
    }

    /**
     * A nationality word that cannot be an adjective is a given name (تركي, Turki): an adjective agrees with a definite
     * head in having the article, so one without it right after a definite title is the title holder's name («الأمير
     * تركي بن محمد»، «اللواء تركي», not a Turkish prince or general), and no adjective stands before a word of lineage
     * («تركي بن عبدالله»، «تركي آل الشيخ»).
     */
    private static boolean isGivenName(List<Token> tokens, Raw demonym, Raw agentBefore) {
        if (demonym.kind() != ActorKind.DEMONYM || demonym.ref().plural() || demonym.end() - demonym.first() != 1
                || demonym.firstReading().hasArticle()) {
            return false;
        }
        int next = demonym.end();
        if (next + 1 < tokens.size() && NAMES.isLineage(tokens.get(next).norm()) && tokens.get(next + 1).isWord()
                && tokens.get(next + 1).sentence() == tokens.get(demonym.first()).sentence()) {
            return true;
        }
        return agentBefore != null && definite(tokens.get(agentBefore.end() - 1));
    }

    /**
     * A title that is also a given name, written bare (no article, no pronoun), right before a singular nationality
     * adjective with the article, is a man's given name before his family name: «لاعب الأخضر سلطان المصري»،
     * «وسلطان المصري» (a Saudi bowler, not an Egyptian sultan). An adjective agrees with a head that has the article,
     * and a bare title has none; the title itself has it («السلطان العماني») or governs a name («سلطان عمان»).
     */
    private boolean givenNameBeforeFamilyName(List<Token> tokens, Raw agent, Raw next) {
        if (next == null || next.kind() != ActorKind.DEMONYM || next.ref().plural() || agent.end() - agent.first() != 1
                || next.first() != agent.end() || next.end() - next.first() != 1
                || agent.firstReading().hasArticle() || !agent.firstReading().suffix().isEmpty()
                || tokens.get(next.first()).sentence() != tokens.get(agent.first()).sentence()) {
            return false;
        }
        Segment d = next.firstReading();
        return d.prefix().equals("ال") && d.suffix().isEmpty() && givenNameWord(tokens.get(agent.first()));
    }

    /**
     * A nationality adjective with the article right after a given name (given-names.tsv, no common word; و, ف, ل or ب
     * on it) is that man's family name, not his country: «طلال الأردني توفي ... إثر إطلاق نار عليه» (a Fatah official in
     * Lebanon, not Jordan), «لطلال الاردني», «المدرب خليل المصري». An adjective agrees with a head that has the article,
     * and a given name has none. Not when a name the recognizer found follows it: then the adjective stands before
     * that name («على الفرنسي بول بوغبا», على written علي).
     */
    private boolean surnameAfterGivenName(AnalyzedText text, Raw demonym, List<int[]> persons) {
        List<Token> tokens = text.tokens();
        int i = demonym.first();
        if (demonym.ref().plural() || demonym.end() - i != 1 || i == 0 || !demonym.firstReading().prefix().equals("ال")
                || tokens.get(i - 1).sentence() != tokens.get(i).sentence() || !tokens.get(i - 1).isWord()) {
            return false;
        }
        Token before = tokens.get(i - 1);
        if (text.text().charAt(before.end() - 1) == 'ى') {
            return false; // «على»: the normalizer writes it as the name علي
        }
        for (Segment s : before.segments()) {
            String prefix = s.prefix();
            if (s.suffix().isEmpty() && (prefix.isEmpty() || prefix.equals("و") || prefix.equals("ف")
                    || prefix.equals("ل") || prefix.equals("ب")) && dictionary.isGivenName(s.stem())) {
                return !nameBegins(persons, demonym.end());
            }
        }
        return false;
    }

    /** Whether a name the recognizer found begins at token {@code at}. */
    private static boolean nameBegins(List<int[]> persons, int at) {
        for (int[] p : persons) {
            if (p[0] == at) {
                return true;
            }
        }
        return false;
    }

    /** True for a word read with the article and no pronoun (الشركة، والهيئة، للسوق). */
    private static boolean definite(Token t) {
        for (Segment s : t.segments()) {
            if (s.hasArticle() && s.suffix().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private ActorMention person(AnalyzedText text, int first, Raw p, LocalDate date, int sentence, String why,
                                String prefix) {
        ActorEntry e = p.ref().entry();
        Span span = new Span(text.tokens().get(first).start(), text.tokens().get(p.end() - 1).end());
        return new ActorMention(first, p.end(), span, e.codeOn(date), "PERS", e, e.nameEn(), why,
                ActorMention.Form.NAMED, sentence, prefix);
    }

    /** A recognized person name starting at {@code end} (quotes skipped) that no dictionary name overlaps, or null. */
    private static int[] personAt(List<Token> tokens, int end, List<int[]> persons, List<Raw> raws, int j) {
        int i = end;
        while (i < tokens.size() && tokens.get(i).isPunct() && QUOTES.contains(tokens.get(i).norm())) {
            i++;
        }
        for (int[] p : persons) {
            if (p[0] == i && p[1] <= tokens.size()
                    && tokens.get(p[1] - 1).sentence() == tokens.get(end - 1).sentence()) { // never across sentences
                if (j + 1 < raws.size() && raws.get(j + 1).first() < p[1]) {
                    return null; // a dictionary name lies inside: it is handled as such
                }
                return p;
            }
        }
        return null;
    }

    /**
     * True when an agent's neighbour is its genitive: bare (زعيم كوريا الشمالية) or with لـ before an
     * organization (الأمين العام للأمم المتحدة، الأمين العام لـ"حزب الله"), never لـ before a state
     * (زيارة الرئيس لروسيا is a visit to Russia).
     */
    private static boolean genitive(List<Token> tokens, Raw agent, Raw c) {
        Segment s = c.firstReading();
        char prep = s.preposition();
        if (s.prefix().startsWith("و") || s.prefix().startsWith("ف")) {
            return false;
        }
        if (prep == 0 && !c.ref().entry().type().equals("ORG")
                && tokens.get(agent.end() - 1).segments().get(0).hasArticle()
                && !tokens.get(c.first()).norm().startsWith("ال")) {
            // the head of a genitive construct has no article: «رئيس فرنسا» is France's president, but in «وصل
            // الرئيس باريس» Paris is where the president went. A name with the article agrees with a definite
            // head as an adjective would (المدفعية السعودية), so it still belongs to the agent
            return false;
        }
        if (prep == 0 && detachedLam(tokens, agent, c)) {
            prep = 'ل';
        }
        if (prep == 'ل') {
            return c.ref().entry().type().equals("ORG") || c.ref().entry().code().startsWith("IGO");
        }
        return prep == 0;
    }

    /**
     * True when a state in its formal style follows the titles after بـ («وزير الداخلية بمملكة البحرين»، «وزير الخارجية
     * بدولة قطر»): the state's own minister, as in the genitive. Not for a title posted abroad, whose بـ names the host
     * («السفير بجمهورية مصر»): state-after-bi.tsv.
     */
    private static boolean stateAfterBi(List<Token> tokens, Raw firstAgent, Raw lastAgent, Raw c) {
        Segment s = c.firstReading();
        if (s.preposition() != 'ب' || !s.prefix().equals("ب") || !c.ref().entry().type().equals("GPE")
                || c.end() - c.first() < 2 || !STATE_AFTER_BI.isStateForm(s.stem())) {
            return false;
        }
        for (int i = firstAgent.first(); i < lastAgent.end(); i++) {
            for (Segment t : tokens.get(i).segments()) {
                if (STATE_AFTER_BI.isHostTitle(t.stem())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True when a lone لـ (written apart, before quote marks) stands between two matches. */
    private static boolean detachedLam(List<Token> tokens, Raw a, Raw b) {
        boolean lam = false;
        for (int i = a.end(); i < b.first(); i++) {
            String w = tokens.get(i).norm();
            if (w.equals("ل") && !lam) {
                lam = true;
            } else if (!QUOTES.contains(w)) {
                return false;
            }
        }
        return lam;
    }

    /**
     * True for a noun of people (people-nouns.tsv) that may agree in definiteness with the nationality adjective after
     * it, as an adjective does. After a noun no reading of which has the article or a pronoun, a definite word is a
     * genitive («عائلة الأميركي», the American's family); after a noun read with the article, a word without it is no
     * adjective («المهندس تركي الشراري», the engineer Turki). (لاعبه الفرنسي, his French player, and للاعب السعودي, to
     * the Saudi player, are definite by the pronoun and by لل.)
     */
    private boolean peopleNoun(Token t, Segment adjective) {
        if (!t.isWord()) {
            return false;
        }
        boolean people = false;
        boolean definitePeople = false;
        boolean mayBeDefinite = false;
        for (int si = 0; si < t.segments().size(); si++) {
            Segment s = t.segments().get(si);
            mayBeDefinite |= s.hasArticle() || !s.suffix().isEmpty();
            if (s.suffix().isEmpty() && dictionary.isPeopleNoun(org.marsad.dict.PhraseKeys.stripArticle(s.stem()))) {
                people = true;
                definitePeople |= withArticle(s);
            }
        }
        // the adjective's reading is the demonym's key, so its article is a clitic: «ألماني» (German) has none
        return people && (adjective.hasArticle() ? mayBeDefinite : !definitePeople);
    }

    /** A reading with the article, as a clitic or at the start of its stem (a whole word of people-nouns.tsv: المرأة). */
    private static boolean withArticle(Segment s) {
        return s.hasArticle() || s.stem().startsWith("ال");
    }

    /**
     * The role of the state's organ that does the act named right before a singular nationality adjective
     * (state-acts.tsv: «القصف التركي» MIL), or null. The adjective agrees with the noun: both have the article, with at
     * most {@value #STATE_ACT_ADJECTIVES} words with the article and no proclitic between («الغارات الجوية الروسية»), or
     * neither, the adjective right after the noun («غارات روسية»). The noun is in the adjective's sentence, after the
     * last actor.
     */
    private String stateActBefore(List<Token> tokens, Raw r, int floor) {
        boolean definite = r.firstReading().hasArticle();
        int sentence = tokens.get(r.first()).sentence();
        for (int j = r.first() - 1; j >= Math.max(floor, r.first() - 1 - STATE_ACT_ADJECTIVES); j--) {
            Token t = tokens.get(j);
            if (!t.isWord() || t.sentence() != sentence) {
                return null;
            }
            for (int si = 0; si < t.segments().size(); si++) {
                Segment s = t.segments().get(si);
                String role = s.suffix().isEmpty()
                        ? dictionary.stateActRole(org.marsad.dict.PhraseKeys.stripArticle(s.stem())) : null;
                if (role != null && withArticle(s) == definite) {
                    return role;
                }
            }
            if (!definite || !agreeingDefiniteWord(t)) {
                return null; // an indefinite adjective has no article to agree by: only right after its noun
            }
        }
        return null;
    }

    /** A word with the article and nothing else glued to it (الجوية، المدفعي): an adjective agreeing with a definite noun. */
    private static boolean agreeingDefiniteWord(Token t) {
        for (int si = 0; si < t.segments().size(); si++) {
            Segment s = t.segments().get(si);
            if (s.suffix().isEmpty() && (s.prefix().equals("ال") || s.prefix().isEmpty() && s.stem().startsWith("ال"))) {
                return true;
            }
        }
        return false;
    }

    /** How many agreeing words may stand between a state's act noun and its nationality adjective (الجوية، المدفعي). */
    private static final int STATE_ACT_ADJECTIVES = 2;

    private static boolean covered(List<ActorMention> out, int token) {
        return !out.isEmpty() && out.get(out.size() - 1).end() > token;
    }

    /** Only epithets (المخلوع، الراحل; epithets.tsv) between a title and a person: «الرئيس المخلوع حسني مبارك». */
    private boolean epithetsBetween(List<Token> tokens, Raw a, Raw b) {
        if (b.first() <= a.end() || b.firstReading().prefix().startsWith("و")) {
            return false;
        }
        for (int i = a.end(); i < b.first(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || !dictionary.isEpithet(t.segments().get(0).stem())) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the group agent b, right after the agent a, is no part of a's phrase: a ends in a word with the
     * article, which heads no genitive construct, and b is a group's word with neither the article nor a preposition,
     * which agrees with no definite noun as an adjective either. It is a party of its own, mostly a verb's counted
     * object: «قتل المتمردون جنديين» (the rebels killed two soldiers), «أسر المسلحون مدنيا». Not a title: titles of one
     * office holder stand side by side in apposition («ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية»).
     */
    private static boolean indefiniteGroupAfterDefinite(List<Token> tokens, Raw a, Raw b) {
        Segment s = b.firstReading();
        return !b.ref().entry().title() && s.preposition() == 0 && s.prefix().isEmpty() && !s.hasArticle()
                && !tokens.get(b.first()).norm().startsWith("ال")
                && tokens.get(a.end() - 1).segments().get(0).hasArticle();
    }

    /** True when nothing but quote marks (or a detached لـ before a name) separates two raw matches. */
    private static boolean adjacent(List<Token> tokens, Raw a, Raw b) {
        if (detachedLam(tokens, a, b)) {
            return b.kind() == ActorKind.FIXED; // الأمين العام لـ"حزب الله": see genitive
        }
        for (int i = a.end(); i < b.first(); i++) {
            if (!QUOTES.contains(tokens.get(i).norm())) {
                return false;
            }
        }
        return b.first() >= a.end() && !(b.firstReading().prefix().startsWith("و") && b.kind() != ActorKind.DEMONYM);
    }
}
