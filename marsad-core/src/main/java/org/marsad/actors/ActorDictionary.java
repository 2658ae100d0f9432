package org.marsad.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.dict.PhraseKeys;
import org.marsad.model.ActorCodes;
import org.marsad.dict.PhraseTrie;
import org.marsad.dict.TsvFile;
import org.marsad.dict.TsvFile.Row;

/**
 * The actor dictionary: every file of {@code marsad/actors/} (see docs/DICTIONARIES.md), compiled
 * once into one {@link PhraseTrie}. Immutable and thread-safe after loading.
 */
public final class ActorDictionary {
    private static final String DIR = "marsad/actors/";
    /** An actor code (SAU, SAUGOV, IRNMILREB) and an agent's role (GOV): compiled once, not per line. */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z]{3}([A-Z]{3}){0,3}");
    private static final java.util.regex.Pattern ROLE = java.util.regex.Pattern.compile("[A-Z]{3}");
    /** Regular nisba inflections of a masculine singular demonym ending in ي (ا: the indefinite accusative, أمريكياً), and whether each is a plural. */
    private static final String[] NISBA_SUFFIXES = {"", "ه", "ا", "ون", "ين", "ان", "تين", "تان", "ات"};
    private static final boolean[] NISBA_PLURAL = {false, false, false, true, true, true, true, true, false};

    private final PhraseTrie<NameRef> trie = new PhraseTrie<>();
    private final Map<String, ActorEntry> entries = new LinkedHashMap<>();
    private final Set<String> words = new HashSet<>();
    /** The words of entries other than persons, and those kept for the segmenter: words() less the persons' own. */
    private final Set<String> wordsNotOfPersons = new HashSet<>();
    private final Set<String> ambiguityCues = new HashSet<>();
    private final Set<String> notPersonAfter = new HashSet<>();
    /** Head nouns by the construct word after them that name a thing together (دوري أبطال; not-a-place-after.tsv). */
    private final Map<String, Set<String>> notPlaceAfterPairs = new java.util.HashMap<>();
    /** Nouns of things named after a place (not-a-place-after.tsv): كأس آسيا، جامعة القاهرة، شارع فلسطين. */
    private final Set<String> notPlaceAfter = new HashSet<>();
    /** The words of notPlaceAfter with the proclitics the word cache may leave on them (ActorMatcher: «بقميص»، «وأتليتكو»). */
    private final Set<String> notPlaceAfterWithProclitics = new HashSet<>();
    /** Nouns of a state's land, after which its nationality adjective names the state (state-after.tsv). */
    private final Set<String> stateLandNouns = new HashSet<>();
    private final Set<String> peopleNouns = new HashSet<>();
    /** The role of the state's organ that does the act a noun names (state-acts.tsv: قصف MIL, تدخل GOV), by the noun. */
    private final Map<String, String> stateActRoles = new java.util.HashMap<>();
    private final Set<String> epithets = new HashSet<>();
    /** Adjectives that make a headed body international (الدولي، العالمي; international.tsv), without the article. */
    private final Set<String> international = new HashSet<>();
    /** Country entries by ISO3 code (the first line of each in countries.tsv). */
    private final Map<String, ActorEntry> countries = new java.util.HashMap<>();
    /** Homographs: name -> {next words, words before} (homographs.tsv). */
    private final Map<String, String[][]> homographs = new java.util.HashMap<>();
    /**
     * The same rows by the stem of a reading: {row of the stem, row of ال + the stem}, either null. A reading after a
     * proclitic is looked up by its stem, so nothing is built per reading (see homographOf).
     */
    private final Map<String, String[][][]> homographsByStem = new java.util.HashMap<>();
    private final Set<String> notAliases = new HashSet<>();
    /** short-forms.tsv: a short form (words normalized, joined by a space) → the organizations.tsv entry it names after its full name. */
    private final Map<String, ActorEntry> shortForms = new HashMap<>();
    /** Head nouns by which an organization named in full is referred back to (organization-heads.tsv), as stems. */
    private final Set<String> organizationHeads = new HashSet<>();
    /** One-word names never written with the article (not-with-article.tsv): الحماس is enthusiasm, not Hamas. */
    private final Set<String> neverWithArticle = new HashSet<>();
    /**
     * Construct heads that keep their own role in a chain of agents (construct-heads.tsv own-role: وزير، وزارة) → the
     * roles of a last agent that still win over it (وزارة الحرس الوطني MIL).
     */
    private final Map<String, Set<String>> ownRoleHeads = new HashMap<>();
    /** Construct heads that before a noun of a thing are its management, no state's organ (construct-heads.tsv of-a-thing). */
    private final Set<String> headsOfThings = new HashSet<>();
    /** Nouns of things (construct-heads.tsv thing: فرقة، سيارة) that such a head before them manages or drives. */
    private final Set<String> managedThings = new HashSet<>();
    /**
     * Countries whose one-word names (countries.tsv) are all written with the article (اليمن، الكويت، الإمارات):
     * worked out at load, nothing listed by hand. A bare word (يمن، كويت، إمارات) is then a verb or a common noun.
     */
    private final Set<String> onlyWithArticle = new HashSet<>();
    /** Agents of one country wherever news names them (agents.tsv column 5): entry id → country code. */
    private final Map<String, String> agentHomes = new HashMap<>();
    /** Masculine singular nationality adjectives (normalized, no article) → their country code (demonyms.tsv). */
    private final Map<String, String> singularDemonyms = new HashMap<>();
    /**
     * Words of persons' names (people.tsv) that no name writes with the article (روحاني، ظريف، عقار of مالك عقار,
     * مشعل): worked out at load. With the article the word is a common noun or adjective (الروحاني spiritual, العقار
     * real estate) or another family's name (خالد المشعل, a Saudi academic), not the person.
     */
    private final Set<String> personWordsOnlyBare = new HashSet<>();
    /**
     * Per person, the ruling house's titles (name-grammar.tsv ruler-title, normalized) that open one of his names in
     * people.tsv («الأمير خالد الفيصل»: الأمير): worked out at load. A person none of whose names has a title has none.
     */
    private final Map<ActorEntry, Set<String>> rulerTitlesOfNames = new HashMap<>();
    /** Nouns of documents and meetings named after a city (named-after-place.tsv): إعلان القاهرة، مؤتمر جنيف. */
    private final Map<String, Set<String>> namedAfterPlace = new java.util.HashMap<>();
    private final List<String[]> honorifics = new ArrayList<>();
    private final Map<String, Outlet> outlets = new java.util.HashMap<>();
    /** Words of loyalty and backing (loyalty.tsv): الموالين لـ، المدعومين من. */
    private final Map<String, Patrons.Word> loyalty = new java.util.HashMap<>();
    /** Given names that are no common word (marsad/ner/given-names.tsv without the flag common), normalized. */
    private final Set<String> givenNames = new HashSet<>();
    /** Given names that are also common words (the flag common: هلال crescent, صالح good). */
    private final Set<String> commonGivenNames = new HashSet<>();
    /** Group agents that make a person's body, with the role of a head of state's body (person-bodies.tsv). */
    private final Map<ActorEntry, String> bodies = new java.util.HashMap<>();
    /** Nouns of bodies outside government (normalized, no article) with the role their head takes (headed-bodies.tsv). */
    private final Map<String, HeadedBody> headedBodies = new java.util.HashMap<>();

    /** The coalitions a bare head noun names by the war an article tells of (coalition-settings.tsv). */
    private final List<CoalitionSetting> coalitionSettings = new ArrayList<>();

    /** Regions a nationality adjective names, by region code (regional-adjectives.tsv). */
    private final Map<String, RegionalAdjective> regionalAdjectives = new java.util.HashMap<>();

    /**
     * A line of regional-adjectives.tsv: a region that a nationality adjective names, the union of its states (an
     * organizations.tsv entry, or null), and the agents of agents.tsv that with the adjective name the union.
     */
    public record RegionalAdjective(String region, ActorEntry union, Set<ActorEntry> unionAgents) {
    }

    /** The persons a bare short name names in an article about one war (setting-persons.tsv). */
    private final List<SettingPerson> settingPersons = new ArrayList<>();

    /**
     * A line of setting-persons.tsv: the bare short name (normalized), the person it names in an article about the war
     * in {@code countries} (ISO3 codes), the person's own given names that may stand before it, the words right
     * before it with which it is the common word, and his own titles (normalized, without the article): a person's
     * title of triggers.tsv other than these right before the alias names another man («لقاء الشيخ صالح»).
     */
    public record SettingPerson(String alias, ActorEntry person, Set<String> given, Set<String> countries,
                                Set<String> notAfter, Set<String> ownTitles) {
    }

    /** A body outside government (headed-bodies.tsv): the role its head takes, and its English name. */
    public record HeadedBody(String role, String nameEn) {
    }

    /**
     * A line of coalition-settings.tsv: the generic head noun (normalized, no article), the coalition it names in an
     * article about the war in {@code countries} (ISO3 codes), and the words right after and right before it with which
     * it is none.
     */
    public record CoalitionSetting(String head, ActorEntry coalition, Set<String> countries, Set<String> notBefore,
                                   Set<String> notAfter, Set<String> enemies, Set<String> against) {
    }
    /** The outlets' Arabic names, normalized («الشرق الاوسط»، «عكاظ»): what a quoted title of a paper reads; each
     *  with its outlet's home state, the country of the paper's own staff («صحيفة «الشرق الأوسط»» SAUMED). */
    private final Map<String, ActorEntry> outletNames = new java.util.HashMap<>();

    /**
     * A news outlet's home state, and the words («المملكة») that mean it in its articles.
     *
     * @param stemsAfterArticle the home words that start with the article, without it (مملكه): so that a reading
     *                          with the article is checked without building «ال» + stem for every token
     */
    public record Outlet(ActorEntry home, Set<String> homeWords, Set<String> stemsAfterArticle) {
        public Outlet(ActorEntry home, Set<String> homeWords) {
            this(home, homeWords, homeWords.stream().filter(w -> w.startsWith("ال")).map(w -> w.substring(2))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet()));
        }
    }

    /** The Arabic names of the outlets of outlets.tsv, normalized (a paper's title as the text writes it). */
    public Set<String> outletNames() {
        return java.util.Collections.unmodifiableSet(outletNames.keySet());
    }

    /** The home state of the outlet whose Arabic title is {@code normalizedName} (outlets.tsv), or null. */
    public ActorEntry outletHome(String normalizedName) {
        return outletNames.get(normalizedName);
    }

    /** Every outlet of outlets.tsv. */
    public java.util.Collection<Outlet> outlets() {
        return java.util.Collections.unmodifiableCollection(outlets.values());
    }

    /** The outlet an article's {@code source} names, or null. */
    public Outlet outlet(String source) {
        return source == null ? null : outlets.get(source.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private String countryName(String code) {
        ActorEntry e = country(code);
        return e == null ? code : e.nameEn();
    }
    private final Map<ActorKind, Integer> names = new EnumMap<>(ActorKind.class);

    private ActorDictionary() {
    }

    /** Loads the dictionary shipped in the jar. */
    public static ActorDictionary load() {
        ActorDictionary d = new ActorDictionary();
        for (String file : List.of("countries", "metonyms", "organizations")) {
            for (Row r : TsvFile.read(DIR.concat(file).concat(".tsv"), 4, true)) {
                d.addFixed(file, r);
            }
        }
        for (Row r : TsvFile.read(DIR + "demonyms.tsv", 3, true)) {
            d.addDemonym(r);
        }
        for (Row r : TsvFile.read(DIR + "agents.tsv", 4, true)) {
            d.addAgent(r);
        }
        d.addPeople(TsvFile.read(DIR + "people.tsv", 6, true));
        for (Row r : TsvFile.read(DIR + "outlets.tsv", 4, true)) {
            String country = checkCode(r, r.col(1));
            ActorEntry e = d.entry(new ActorEntry("outlets:" + r.col(0), ActorKind.FIXED, country, "GPE",
                    d.countryName(country), false, false, List.of()));
            java.util.Set<String> homeWords = new HashSet<>();
            for (String w : TsvFile.names(r.col(2))) {
                homeWords.add(org.marsad.text.ArabicNormalizer.normalize(w));
            }
            for (String src : TsvFile.names(r.col(0))) {
                d.outlets.put(src.toLowerCase(java.util.Locale.ROOT), new Outlet(e, java.util.Set.copyOf(homeWords)));
                if (src.chars().anyMatch(ch -> Character.UnicodeBlock.of(ch) == Character.UnicodeBlock.ARABIC)) {
                    d.outletNames.put(org.marsad.text.ArabicNormalizer.normalize(src), e);
                }
            }
        }
        for (Row r : TsvFile.read(DIR + "not-a-person-after.tsv", 1, true)) {
            d.notPersonAfter.add(org.marsad.text.ArabicNormalizer.normalize(r.col(0)));
        }
        for (Row r : TsvFile.read(DIR + "not-a-place-after.tsv", 1, true)) {
            String[] words = TsvFile.SPACES.split(org.marsad.text.ArabicNormalizer.normalize(r.col(0).strip()));
            if (words.length == 2) {
                d.notPlaceAfterPairs.computeIfAbsent(words[1], k -> new HashSet<>()).add(words[0]);
            } else {
                d.notPlaceAfter.add(words[0]);
                for (String proclitics : PROCLITICS_LEFT_ON) {
                    d.notPlaceAfterWithProclitics.add(proclitics + words[0]);
                }
            }
        }
        for (Row r : TsvFile.read(DIR + "state-after.tsv", 1, true)) {
            String w = PhraseKeys.stripArticle(org.marsad.text.ArabicNormalizer.normalize(r.col(0).strip()));
            d.stateLandNouns.add(w);
            d.addWord(w); // so the segmenter keeps the reading (للأراضي → ل + ال + أراضي)
        }
        for (Row r : TsvFile.read(DIR + "state-acts.tsv", 2, true)) {
            String w = PhraseKeys.stripArticle(org.marsad.text.ArabicNormalizer.normalize(r.col(0).strip()));
            d.stateActRoles.put(w, r.col(1));
            d.addWord(w); // so the segmenter keeps the reading (للقصف → ل + ال + قصف)
        }
        for (Row r : TsvFile.read(DIR + "people-nouns.tsv", 1, true)) {
            String w = PhraseKeys.stripArticle(org.marsad.text.ArabicNormalizer.normalize(r.col(0)));
            d.peopleNouns.add(w);
            d.addWord(w); // so the segmenter keeps the reading (والطلاب → و + ال + طلاب)
        }
        d.addWord("بلاد"); // بلاده، بلادها: the speaker's own country (ActorMatcher.withOwnCountry)
        d.addWord("بلد");
        for (Row r : TsvFile.read(DIR + "honorifics.tsv", 1, true)) {
            String[] words = TsvFile.SPACES.split(org.marsad.text.ArabicNormalizer.normalize(r.col(0).strip()));
            d.honorifics.add(words);
            d.addWord(words[0]); // so the segmenter keeps the reading (لصاحب → ل + صاحب)
        }
        for (Map.Entry<String, String[][]> e : org.marsad.dict.Homographs.load().rows().entrySet()) {
            String name = e.getKey();
            String[][] row = e.getValue();
            d.homographs.put(name, row);
            d.homographsByStem.computeIfAbsent(name, k -> new String[2][][])[0] = row;
            if (name.startsWith("ال") && name.length() > 2) {
                d.homographsByStem.computeIfAbsent(name.substring(2), k -> new String[2][][])[1] = row;
            }
        }
        for (Row r : TsvFile.read(DIR + "not-an-alias.tsv", 1, true)) {
            d.notAliases.add(org.marsad.text.ArabicNormalizer.normalize(r.col(0).strip()));
        }
        for (Row r : TsvFile.read(DIR + "short-forms.tsv", 2, true)) {
            String code = r.col(0).strip();
            ActorEntry named = d.entries.values().stream()
                    .filter(e -> e.kind() == ActorKind.FIXED && "ORG".equals(e.type()) && code.equals(e.code()))
                    .findFirst().orElseThrow(() -> r.error("no organizations.tsv entry of code '" + code + "'"));
            String form = org.marsad.text.ArabicNormalizer.normalize(r.col(1).strip()).replaceAll("\\s+", " ");
            if (d.shortForms.putIfAbsent(form, named) != null) {
                throw r.error("short form '" + r.col(1) + "' twice");
            }
        }
        for (Row r : TsvFile.read(DIR + "organization-heads.tsv", 1, true)) {
            String head = org.marsad.text.ArabicNormalizer.normalize(r.col(0).strip());
            if (head.startsWith("ال") || head.contains(" ")) {
                throw r.error("an organization head is one word without the article, got '" + r.col(0) + "'");
            }
            d.organizationHeads.add(head);
        }
        for (Row r : TsvFile.read(DIR + "not-with-article.tsv", 1, true)) {
            d.neverWithArticle.add(org.marsad.text.ArabicNormalizer.normalize(r.col(0).strip()));
        }
        for (Row r : TsvFile.read(DIR + "named-after-place.tsv", 2, true)) {
            String w = PhraseKeys.stripArticle(org.marsad.text.ArabicNormalizer.normalize(r.col(0).strip()));
            Set<String> party = new HashSet<>();
            for (String p : TsvFile.names(r.col(1))) {
                party.add(org.marsad.text.ArabicNormalizer.normalize(p));
            }
            d.namedAfterPlace.put(w, Set.copyOf(party));
            d.addWord(w); // so the segmenter keeps the reading (وإعلان → و + إعلان، لمنتدى → ل + منتدى); the
            // party words are not added: those with a pronoun (نيتها) are read already, and short ones as stems
            // would split common words (كان → ك + ان) for every token
        }
        for (Row r : TsvFile.read(DIR + "loyalty.tsv", 3, true)) {
            String preposition = org.marsad.text.ArabicNormalizer.normalize(r.col(1));
            if (!preposition.equals("ل") && !preposition.equals("من")) {
                throw r.error("the patron's preposition must be ل or من, got '" + r.col(1) + "'");
            }
            Set<String> notAfter = new HashSet<>();
            for (String w : TsvFile.names(r.opt(2))) {
                notAfter.add(org.marsad.text.ArabicNormalizer.normalize(w));
            }
            Patrons.Word word = new Patrons.Word(preposition, Set.copyOf(notAfter));
            for (String w : TsvFile.names(r.col(0))) {
                d.loyalty.put(PhraseKeys.stripArticle(org.marsad.text.ArabicNormalizer.normalize(w)), word);
            }
        }
        for (Row r : TsvFile.read("marsad/ner/given-names.tsv", 2, true)) {
            for (String n : TsvFile.names(r.col(0))) {
                (("common".equals(r.col(1))) ? d.commonGivenNames : d.givenNames)
                        .add(org.marsad.text.ArabicNormalizer.normalize(n));
            }
        }
        for (Row r : TsvFile.read(DIR + "person-bodies.tsv", 2, true)) {
            ActorEntry agent = d.entries.get("agents:" + r.col(0));
            if (agent == null || agent.title()) {
                throw r.error("not a group of agents.tsv (ROLE:name_en): '" + r.col(0) + "'");
            }
            if (!ActorCodes.Roles.isRole(r.col(1))) {
                throw r.error("not a role code: '" + r.col(1) + "'");
            }
            d.bodies.put(agent, r.col(1));
        }
        for (Row r : TsvFile.read(DIR + "headed-bodies.tsv", 3, true)) {
            if (!ActorCodes.Roles.isRole(r.col(1))) {
                throw r.error("not a role code: '" + r.col(1) + "'");
            }
            String w = PhraseKeys.stripArticle(org.marsad.text.ArabicNormalizer.normalize(r.col(0).strip()));
            // not added to the lexicon: the segmenter keeps a reading with the article alone anyway (النادي → ال +
            // نادي), and a body noun in the lexicon would close the recognizer's window after «رئيس مجلس إدارة غرفة»
            d.headedBodies.put(w, new HeadedBody(r.col(1), r.col(2)));
        }
        for (Row r : TsvFile.read(DIR + "construct-heads.tsv", 2, true)) {
            String w = org.marsad.text.ArabicNormalizer.normalize(r.col(1).strip());
            switch (r.col(0)) {
                case "own-role" -> {
                    Set<String> except = new HashSet<>();
                    for (String role : r.col(2).isBlank() ? new String[0] : TsvFile.SPACES.split(r.col(2).strip())) {
                        if (!ActorCodes.Roles.isRole(role)) {
                            throw r.error("not a role code: '" + role + "'");
                        }
                        except.add(role);
                    }
                    d.ownRoleHeads.put(w, Set.copyOf(except));
                }
                case "of-a-thing" -> d.headsOfThings.add(w);
                case "thing" -> d.managedThings.add(PhraseKeys.stripArticle(w));
                default -> throw r.error("kind must be own-role, of-a-thing or thing, got '" + r.col(0) + "'");
            }
        }
        for (Row r : TsvFile.read(DIR + "international.tsv", 1, true)) {
            d.international.add(PhraseKeys.stripArticle(org.marsad.text.ArabicNormalizer.normalize(r.col(0))));
        }
        for (Row r : TsvFile.read(DIR + "epithets.tsv", 1, true)) {
            d.epithets.add(PhraseKeys.stripArticle(org.marsad.text.ArabicNormalizer.normalize(r.col(0))));
        }
        for (Row r : TsvFile.read(DIR + "coalition-settings.tsv", 8, true)) {
            ActorEntry coalition = d.entries.get(String.join(":", "organizations", checkCode(r, r.col(1)), r.col(2)));
            if (coalition == null) {
                throw r.error("no organizations.tsv entry " + r.col(1) + " '" + r.col(2) + "'");
            }
            d.coalitionSettings.add(new CoalitionSetting(
                    PhraseKeys.stripArticle(org.marsad.text.ArabicNormalizer.normalize(r.col(0).strip())), coalition,
                    countriesOf(d, r, r.col(3)), normalizedSet(r.col(4)), normalizedSet(r.col(5)),
                    codes(r, r.col(6)), normalizedSet(r.col(7))));
        }
        for (Row r : TsvFile.read(DIR + "setting-persons.tsv", 6, true)) {
            ActorEntry person = d.entries.get("people:" + r.col(1));
            if (person == null) {
                throw r.error("no people.tsv person '" + r.col(1) + "'");
            }
            d.settingPersons.add(new SettingPerson(org.marsad.text.ArabicNormalizer.normalize(r.col(0).strip()), person,
                    normalizedSet(r.col(2)), countriesOf(d, r, r.col(3)), normalizedSet(r.col(4)),
                    titlesOf(r.col(5))));
        }
        for (Row r : TsvFile.read(DIR + "regional-adjectives.tsv", 4, true)) {
            String region = checkCode(r, r.col(0));
            if (d.entries.values().stream().noneMatch(e -> e.kind() == ActorKind.DEMONYM && e.code().equals(region))) {
                throw r.error("no nationality adjective of demonyms.tsv names region '" + region + "'");
            }
            ActorEntry union = null;
            if (!r.col(1).equals("-")) {
                union = d.entries.get(String.join(":", "organizations", checkCode(r, r.col(1)), r.col(2)));
                if (union == null) {
                    throw r.error("no organizations.tsv entry " + r.col(1) + " '" + r.col(2) + "'");
                }
            }
            Set<ActorEntry> agents = new HashSet<>();
            for (String a : TsvFile.names(r.col(3))) {
                ActorEntry agent = d.entries.get("agents:" + a);
                if (agent == null) {
                    throw r.error("not an agent of agents.tsv (ROLE:name_en): '" + a + "'");
                }
                agents.add(agent);
            }
            if (union == null && !agents.isEmpty()) {
                throw r.error("agents name a union, but the line names none");
            }
            d.regionalAdjectives.put(region, new RegionalAdjective(region, union, Set.copyOf(agents)));
        }
        for (Row r : TsvFile.read(DIR + "ambiguity-cues.tsv", 1, true)) {
            d.ambiguityCues.add(PhraseKeys.stripArticle(org.marsad.text.ArabicNormalizer.normalize(r.col(0))));
        }
        return d;
    }

    private void addFixed(String file, Row r) {
        String code = checkCode(r, r.col(0));
        String type = r.col(1);
        String flags = r.opt(4);
        boolean ambiguous = flags != null && flags.contains("ambiguous");
        // names flagged ambiguous get an entry of their own: the flag belongs to those names, not to the
        // unambiguous names of the same actor on another line (جمهورية مالي vs مالي)
        String id = String.join(":", file, code, r.col(2)).concat(ambiguous ? "~ambiguous" : ""); // no `+`: see VerbForms.past
        ActorEntry e = entry(new ActorEntry(id, ActorKind.FIXED, code, type, r.col(2), false, ambiguous, List.of()));
        boolean oneWord = false;
        boolean bareOneWord = false; // a bare spelling (مصر، عراق): the name is read with or without the article
        for (String n : TsvFile.names(r.col(3))) {
            addName(n, new NameRef(e, false));
            String name = n.strip(); // as written: ألمانيا begins with أل, a letter of the name, not the article
            if (!name.contains(" ")) {
                oneWord = true;
                bareOneWord |= !name.startsWith("ال");
            }
        }
        if (file.equals("countries") && oneWord && !bareOneWord) {
            onlyWithArticle.add(e.id());
        }
    }

    private void addDemonym(Row r) {
        String code = checkCode(r, r.col(0));
        ActorEntry e = entry(new ActorEntry(String.join(":", "demonyms", code, r.col(1)), ActorKind.DEMONYM, code, "GPE",
                r.col(1), false, false, List.of()));
        for (String singular : TsvFile.names(r.col(2))) {
            List<String> key = PhraseKeys.of(singular);
            if (key.size() == 1) {
                singularDemonyms.putIfAbsent(key.get(0), code);
            }
            for (int s = 0; s < NISBA_SUFFIXES.length; s++) {
                List<String> form = new ArrayList<>(key.size());
                boolean ok = true;
                for (String w : key) {
                    if (!w.endsWith("ي") && s > 0) {
                        ok = false;
                        break;
                    }
                    form.add(w + NISBA_SUFFIXES[s]);
                }
                if (ok) {
                    addKey(form, new NameRef(e, NISBA_PLURAL[s]));
                }
            }
        }
        for (String irregular : TsvFile.names(r.opt(3))) {
            addName(irregular, new NameRef(e, true));
        }
    }

    private void addAgent(Row r) {
        String role = r.col(0);
        if (!ROLE.matcher(role).matches()) {
            throw r.error("agent role must be a 3-letter code, got '" + role + "'");
        }
        boolean title = r.col(1).equals("title");
        if (!title && !r.col(1).equals("group")) {
            throw r.error("agent kind must be 'title' or 'group', got '" + r.col(1) + "'");
        }
        ActorEntry e = entry(new ActorEntry(String.join(":", "agents", role, r.col(2)), ActorKind.AGENT, role, "AGENT",
                r.col(2), title, false, List.of()));
        String home = r.opt(4);
        if (home != null && !home.equals("-")) {
            agentHomes.put(e.id(), checkCode(r, home));
        }
        for (String n : TsvFile.names(r.col(3))) {
            addName(n, new NameRef(e, false));
        }
    }

    private void addPeople(List<Row> rows) {
        Map<String, List<Row>> byId = new LinkedHashMap<>();
        for (Row r : rows) {
            byId.computeIfAbsent(r.col(0), k -> new ArrayList<>()).add(r);
        }
        Set<String> bare = new HashSet<>();
        Set<String> withArticle = new HashSet<>();
        for (Map.Entry<String, List<Row>> p : byId.entrySet()) {
            List<PersonRole> roles = new ArrayList<>();
            Row first = p.getValue().get(0);
            Set<String> allNames = new java.util.LinkedHashSet<>();
            for (Row r : p.getValue()) {
                roles.add(new PersonRole(checkCode(r, r.col(1)), date(r, r.opt(2), false), date(r, r.opt(3), true)));
                allNames.addAll(TsvFile.names(r.col(5)));
            }
            ActorEntry e = entry(new ActorEntry("people:" + p.getKey(), ActorKind.PERSON, roles.get(0).code(), "PERS",
                    first.col(4), true, false, List.copyOf(roles)));
            for (String n : allNames) {
                addName(n, new NameRef(e, false));
            }
            bareAndArticleWords(allNames, bare, withArticle);
            rulerTitlesOf(e, allNames);
        }
        bare.removeAll(withArticle);
        personWordsOnlyBare.addAll(bare);
    }

    /** Keeps the ruling house's titles that open one of person {@code e}'s {@code names}. */
    private void rulerTitlesOf(ActorEntry e, Set<String> names) {
        for (String n : names) {
            String first = org.marsad.text.ArabicNormalizer.normalize(TsvFile.SPACES.split(n.strip())[0]);
            if (NameGrammar.WORDS.isRulerTitle(first)) {
                rulerTitlesOfNames.computeIfAbsent(e, k -> new HashSet<>()).add(first);
            }
        }
    }

    /** Sorts the words of {@code names} into those written bare and those written with the article (stripped). */
    private static void bareAndArticleWords(Set<String> names, Set<String> bare, Set<String> withArticle) {
        for (String n : names) {
            for (String w : TsvFile.SPACES.split(n.strip())) {
                // as written: إلهام folds to الهام but has no article
                String norm = org.marsad.text.ArabicNormalizer.normalize(w);
                if (w.startsWith("ال") && norm.length() >= 4) {
                    withArticle.add(PhraseKeys.stripArticle(norm));
                } else {
                    bare.add(norm);
                }
            }
        }
    }

    private ActorEntry entry(ActorEntry e) {
        ActorEntry old = entries.putIfAbsent(e.id(), e);
        if (old == null && e.id().startsWith("countries:")) {
            countries.putIfAbsent(e.code(), e); // the first line of a country, as countries.tsv orders them
        }
        return old != null ? old : e;
    }

    private void addName(String name, NameRef ref) {
        addKey(PhraseKeys.of(name), ref);
    }

    private void addKey(List<String> key, NameRef ref) {
        if (key.isEmpty()) {
            return;
        }
        trie.add(key, ref);
        words.addAll(key);
        if (ref.entry().kind() != ActorKind.PERSON) {
            wordsNotOfPersons.addAll(key);
        }
        names.merge(ref.entry().kind(), 1, Integer::sum);
    }

    private static String checkCode(Row r, String code) {
        if (!CODE.matcher(code).matches()) {
            throw r.error("bad actor code '" + code + "'");
        }
        return code;
    }

    private static LocalDate date(Row r, String s, boolean end) {
        if (s == null) {
            return null;
        }
        try {
            return end ? org.marsad.time.IsoDates.lastDay(s) : org.marsad.time.IsoDates.firstDay(s);
        } catch (java.time.DateTimeException | NumberFormatException ex) {
            throw r.error("bad date '" + s + "' (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
    }

    public PhraseTrie<NameRef> trie() {
        return trie;
    }

    /** Adds a word the segmenter must keep a reading of that is no entry's name. */
    private void addWord(String w) {
        words.add(w);
        wordsNotOfPersons.add(w);
    }

    /**
     * The normalized words of every entry but persons: a word only a person's name has («العواد» of a minister's name)
     * is a family name to FamilyNames, not a word the coder knows.
     */
    public java.util.Set<String> wordsNotOfPersons() {
        return java.util.Collections.unmodifiableSet(wordsNotOfPersons);
    }

    /** Every normalized word of every entry (the clitic segmenter's lexicon). */
    public java.util.Set<String> words() {
        return java.util.Collections.unmodifiableSet(words);
    }

    /** True for a word after which an ambiguous name is read as the actor (ambiguity-cues.tsv). */
    public boolean isAmbiguityCue(String stem) {
        return ambiguityCues.contains(stem);
    }

    /** Honorific phrases (صاحب السمو الملكي، فخامة; honorifics.tsv), normalized words. */
    public List<String[]> honorifics() {
        return honorifics;
    }

    /**
     * True when a one-word name at token {@code i} is the common word it is also written as (homographs.tsv):
     * «وهو مصر على مواصلة إضرابه» — مُصِرّ, insisting.
     *
     * @param stemRows the word cache's answers of {@link #homographRowsOfStem} (null: looked up here), so that the
     *                 readings of the many one-word mentions that are no homograph are not read at all
     */
    public boolean isHomographWord(List<org.marsad.text.Token> tokens, int i, org.marsad.text.StemFacts.Slot stemRows) {
        String[][] h = homographOf(tokens.get(i), stemRows);
        return h != null && org.marsad.dict.Homographs.meantAt(tokens, i, h);
    }

    /**
     * The homograph rows of a reading's stem: {without the article, with it}, either null; null when neither is a
     * homograph. Depends on the stem alone, so the word cache can keep the answer per distinct word.
     */
    public String[][][] homographRowsOfStem(String stem) {
        return homographsByStem.get(stem);
    }

    /**
     * The homograph row of a word as written or after its proclitic («وكوريا موريا»، «لباريس سان جيرمان»،
     * «والبحرين الأحمر»: the conjunction or preposition is no part of the name), or null. Called once per one-word
     * mention or name, not per word. A reading is looked up by its stem («ال» + the stem was built for each reading with
     * the article: speed16, BENCHMARKS.md), and not at all when the word cache knows no reading of the word is one.
     */
    private String[][] homographOf(org.marsad.text.Token t, org.marsad.text.StemFacts.Slot stemRows) {
        String[][] h = homographs.get(t.norm());
        if (h != null || homographs.isEmpty() || !org.marsad.text.StemFacts.mayAnswer(stemRows, t)) {
            return h;
        }
        for (org.marsad.text.Segment s : t.segments()) {
            if (s.prefix().isEmpty() || !s.suffix().isEmpty()) {
                continue;
            }
            String[][][] rows = stemRows == null ? homographRowsOfStem(s.stem()) : stemRows.of(s);
            h = rows == null ? null : rows[s.hasArticle() ? 1 : 0];
            if (h != null) {
                return h;
            }
        }
        return null;
    }

    /**
     * True for the stem of a generic head noun by which an organization named in full is referred back to with the
     * article alone («الصندوق» after «صندوق النقد الدولي»; organization-heads.tsv).
     */
    public boolean isOrganizationHead(String stem) {
        return organizationHeads.contains(stem);
    }

    /** The organization a short form names after its full name (short-forms.tsv), or null. */
    public ActorEntry shortForm(String normalizedWords) {
        return shortForms.get(normalizedWords);
    }

    /** True when short-forms.tsv has any line. */
    public boolean hasShortForms() {
        return !shortForms.isEmpty();
    }

    /** True for the last word of a full name that never stands for the person alone (الثاني; not-an-alias.tsv). */
    public boolean isNotAlias(String normalizedWord) {
        return notAliases.contains(normalizedWord);
    }

    /**
     * True for a country whose one-word names all have the article (اليمن): read from a bare word it is another
     * word (أن يمنّ الله, God bestows; إمارات المناطق, the regions' governorates).
     */
    public boolean isOnlyWithArticle(ActorEntry e) {
        return onlyWithArticle.contains(e.id());
    }

    /**
     * The ruling house's titles that open one of person {@code e}'s names in people.tsv (الأمير of «الأمير خالد
     * الفيصل»); empty when none of his names has one.
     */
    public Set<String> rulerTitlesOfNames(ActorEntry e) {
        return rulerTitlesOfNames.getOrDefault(e, Set.of());
    }

    /** True for a word of persons' names that people.tsv never writes with the article (روحاني، عقار). */
    public boolean isPersonWordOnlyBare(String stem) {
        return personWordsOnlyBare.contains(stem);
    }

    /** True for a one-word name that is a common noun when written with the article (not-with-article.tsv). */
    public boolean isNeverWithArticle(String stem) {
        return neverWithArticle.contains(stem);
    }

    /**
     * For a noun of a document or meeting that may be named after a city (named-after-place.tsv), the words that,
     * right after the city, make the city its agent or party (مع، أن، نية); null for any other word.
     */
    public Set<String> namedAfterPlace(String stem) {
        return namedAfterPlace.get(stem);
    }

    /** The rule that drops a state named as an agent's patron (loyalty.tsv). */
    Patrons patrons() {
        return new Patrons(loyalty);
    }

    /** The rule that makes «نظام الأسد»، «قوات الأسد» the person's body, not the person (person-bodies.tsv). */
    PersonBodies personBodies() {
        return new PersonBodies(trie, bodies);
    }

    /** True for a given name that is no common word (marsad/ner/given-names.tsv): خالد، سليمان، طلال. */
    public boolean isGivenName(String normalizedWord) {
        return givenNames.contains(normalizedWord);
    }

    /** True for a given name that is also a common word (هلال، صالح; given-names.tsv flag common). */
    public boolean isCommonGivenName(String normalizedWord) {
        return commonGivenNames.contains(normalizedWord);
    }

    /** True for an adjective that makes a headed body international (الدولي، العالمي; international.tsv). */
    public boolean isInternational(String stem) {
        return international.contains(stem);
    }

    /** True for an epithet that may stand between a title and a person's name (المخلوع، الراحل; epithets.tsv). */
    public boolean isEpithet(String stem) {
        return epithets.contains(stem);
    }

    /**
     * True for a construct head that keeps its own role in a chain of agents whose last agent has {@code lastRole}
     * (construct-heads.tsv own-role: وزير; وزارة but not before an armed force, police or intelligence).
     */
    public boolean isOwnRoleHead(String stem, String lastRole) {
        Set<String> except = ownRoleHeads.get(stem);
        return except != null && !except.contains(lastRole);
    }

    /** True for a construct head that before a noun of a thing is no state's organ (construct-heads.tsv of-a-thing). */
    public boolean isHeadOfThings(String stem) {
        return headsOfThings.contains(stem);
    }

    /**
     * True for a noun (normalized, no article) of a thing a head of construct-heads.tsv of-a-thing manages: a body of
     * headed-bodies.tsv (نادي، جمعية، مستشفى) or a word of kind thing there (فرقة، سيارة).
     */
    public boolean isManagedThing(String stem) {
        return managedThings.contains(stem) || headedBodies.containsKey(stem);
    }

    /**
     * The body this noun (normalized, no article) names, whose head takes its role: NGO for اتحاد، نادي، جمعية, BUS
     * for غرفة (headed-bodies.tsv); null for any other word.
     */
    public HeadedBody headedBody(String stem) {
        return headedBodies.get(stem);
    }

    /**
     * The role (MIL, GOV) of the state's organ that does the act this noun names (normalized, no article: قصف، تدخل;
     * state-acts.tsv), or null for any other word.
     */
    public String stateActRole(String stem) {
        return stateActRoles.get(stem);
    }

    /** True for a noun of people after which a nationality adjective makes an actor (people-nouns.tsv). */
    public boolean isPeopleNoun(String stem) {
        return peopleNouns.contains(stem);
    }

    /**
     * Whether a place in iḍāfa after {@code word}, itself in iḍāfa after {@code head} (both normalized, no article),
     * names a thing (two-word lines of not-a-place-after.tsv: «دوري أبطال أوروبا»).
     */
    public boolean isNotPlaceCuePair(String head, String word) {
        Set<String> heads = notPlaceAfterPairs.get(word);
        return heads != null && heads.contains(head);
    }

    /** Whether some two-word line of not-a-place-after.tsv ends on {@code word} (normalized, no article). */
    public boolean endsNotPlaceCuePair(String word) {
        return notPlaceAfterPairs.containsKey(word);
    }

    /** The country an agent belongs to when its phrase names none (agents.tsv column 5: settlers ISR), or null. */
    public String agentHome(ActorEntry agent) {
        return agentHomes.get(agent.id());
    }

    /** Whether {@code stem} (normalized, no article) is the masculine singular nationality adjective of {@code code}. */
    public boolean isSingularDemonymOf(String stem, String code) {
        return code.equals(singularDemonyms.get(stem));
    }

    /** و or ف, then ب، ل or ك, or one of them alone: what a word may carry before a noun of not-a-place-after.tsv. */
    private static final List<String> PROCLITICS_LEFT_ON = List.of("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل",
            "فك");

    /**
     * Whether {@code word} (a whole normalized word) is a noun of not-a-place-after.tsv with one or two proclitic letters
     * still on it: the word cache splits a proclitic only off a stem its lexicon knows (ActorMatcher reads «بقميص روما»).
     */
    public boolean isNotPlaceCueWithProclitics(String word) {
        return notPlaceAfterWithProclitics.contains(word);
    }

    /** Whether a place in iḍāfa after this noun (normalized, no article) names a thing (not-a-place-after.tsv). */
    public boolean isNotPlaceCue(String word) {
        return notPlaceAfter.contains(word);
    }

    /** True for a noun of a state's land (normalized, no article): الأراضي، الحدود (state-after.tsv). */
    public boolean isStateLandNoun(String word) {
        return stateLandNouns.contains(word);
    }

    /** True for a word after which a person's name is not that person (بن، جامعة، مستشفى ...). */
    public boolean isNotPersonCue(String word) {
        return notPersonAfter.contains(word);
    }

    /** The persons a bare short name names by an article's war (setting-persons.tsv), in file order. */
    public List<SettingPerson> settingPersons() {
        return java.util.Collections.unmodifiableList(settingPersons);
    }

    /** The normalized words of a |-separated column ({@code -}: none). */
    /** A |-separated column of titles, normalized and without the article ({@code -}: none). */
    private static Set<String> titlesOf(String column) {
        Set<String> out = new HashSet<>();
        for (String w : TsvFile.names(column)) {
            out.add(PhraseKeys.stripArticle(org.marsad.text.ArabicNormalizer.normalize(w)));
        }
        return Set.copyOf(out);
    }

    private static Set<String> normalizedSet(String column) {
        Set<String> out = new HashSet<>();
        for (String w : TsvFile.names(column)) {
            out.add(org.marsad.text.ArabicNormalizer.normalize(w));
        }
        return Set.copyOf(out);
    }

    /** The actor codes of a |-separated column ({@code -}: none), each checked. */
    private static Set<String> codes(Row r, String column) {
        Set<String> out = new HashSet<>();
        for (String c : TsvFile.names(column)) {
            out.add(checkCode(r, c));
        }
        return Set.copyOf(out);
    }

    /** The ISO3 codes of a |-separated column, each a country of countries.tsv. */
    private static Set<String> countriesOf(ActorDictionary d, Row r, String column) {
        Set<String> countries = new HashSet<>();
        for (String c : TsvFile.names(column)) {
            if (d.country(checkCode(r, c)) == null) {
                throw r.error("not a country of countries.tsv: '" + c + "'");
            }
            countries.add(c);
        }
        return Set.copyOf(countries);
    }

    /** The region {@code code} as a nationality adjective names it (regional-adjectives.tsv), or null for a state. */
    public RegionalAdjective regionalAdjective(String code) {
        return regionalAdjectives.get(code);
    }

    /** The coalitions a bare head noun names by an article's war (coalition-settings.tsv), in file order. */
    public List<CoalitionSetting> coalitionSettings() {
        return java.util.Collections.unmodifiableList(coalitionSettings);
    }

    /** The country entry of an ISO 3166 alpha-3 code (countries.tsv), or null. */
    public ActorEntry country(String iso3) {
        return countries.get(iso3);
    }

    public Map<String, ActorEntry> entries() {
        return java.util.Collections.unmodifiableMap(entries);
    }

    /** Number of names (spellings, inflections included) per kind of entry. */
    public Map<ActorKind, Integer> nameCounts() {
        return java.util.Collections.unmodifiableMap(names);
    }
}
