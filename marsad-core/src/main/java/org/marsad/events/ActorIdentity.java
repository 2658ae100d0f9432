package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.actors.ActorMention;
import org.marsad.places.PlaceMention;
import org.marsad.text.Segment;
import org.marsad.text.Token;

import static org.marsad.events.EventCoder.bareCountry;

/**
 * Who an actor mention is, whatever the event: the country a group or a title stands for when the text does not say
 * ({@link #located}: the place of the story, a title's holder named earlier, a genitive place), whether two mentions are
 * distinct actors ({@link #distinctActors}), a state's organs, stateless groups, foreign states, nationalities,
 * individuals.
 *
 * <p>Reads the sentence's mentions and the article's (story country, all mentions); changes no event's parties itself:
 * {@link SentenceCoder#code} asks it and decides.
 */
abstract class ActorIdentity extends SentenceContext {
    /** Roles of actors that are not the state: a state's own such actors can be its counterparts. */
    private static final Set<String> NON_STATE_ROLES = Set.of("REB", "OPP", "CVL", "REF", "CRM", "SEP", "INS", "UAF",
            "PTY", "LAB", "EDU", "REL", "BUS", "MED", "NGO");

    /** Roles that act for a state: its government, armed forces, police and intelligence. */
    static final Set<String> STATE_ROLES = Set.of("GOV", "MIL", "COP", "SPY");
    /** A state's organs that arrest, try and deport: its organs of force and its courts. */
    private static final Set<String> COERCING_ROLES = Set.of("GOV", "MIL", "COP", "SPY", "JUD");
    /** Possessive pronouns on a noun, the longer before the shorter they end with (مواقعهما before مواقعها). */
    private static final List<String> POSSESSIVE_PRONOUNS = List.of("هما", "هم", "ها", "ه");

    ActorMention placeActor;
    private boolean placeLooked;
    /** Agents of this sentence already given a country by {@link #located}. */
    private Map<ActorMention, ActorMention> locatedMentions; // made when first needed

    ActorIdentity(SentenceInput in) {
        super(in);
    }

    /** A state's organ that arrests, tries or deports: its government, forces, police, intelligence or courts. */
    boolean coercingOrgan(ActorMention m) {
        return m.role() != null && COERCING_ROLES.contains(m.role()) && !membershipNoun(m);
    }

    /**
     * Agents without a country (المتظاهرون، الشرطة، مسلحون) take the country of the place the sentence
     * names (في بيروت → LBN): "protesters in Beirut" are Lebanese protesters for event data purposes.
     */
    List<ActorMention> located(List<ActorMention> group) {
        List<ActorMention> out = null;
        for (int i = 0; i < group.size(); i++) {
            ActorMention m = group.get(i);
            if (m.form() != ActorMention.Form.AGENT_ONLY) {
                continue;
            }
            if (namedByRelation(m) || namedAsCulprit(m)) {
                // («تطالب بمحاسبة المسؤولين عن دخول تنظيم داعش إلى البلاد»: those responsible for an act, whoever
                // they are, no officials of the story's country)
                // «لدعم حلفائها في المنطقة، خاصة حزب الله في لبنان»، «وأيد حلفاء غربيون ... الاجراءات التركية»:
                // allies are not of the place the sentence names nor of the story's country; they stay uncoded
                if (out == null) {
                    out = new ArrayList<>(group);
                }
                out.set(i, null);
                continue;
            }
            ActorMention known = locatedMentions == null ? null : locatedMentions.get(m);
            if (known != null) {
                // the same agent in another cue of the sentence: located once (its place does not change)
                if (out == null) {
                    out = new ArrayList<>(group);
                }
                out.set(i, known);
                continue;
            }
            ActorMention owner = officeOwner(m);
            if (owner != null) {
                // «تهديدات أوباما ووزير خارجيته جون كيري»، «تركيا ورئيس وزرائها»: a title whose office word carries its
                // owner's pronoun (modifiers.tsv owned-office) is that owner's office-holder, of the nearest state or
                // state's person before it, not of the sentence's place nor the story's country (session 30, events144)
                if (out == null) {
                    out = new ArrayList<>(group);
                }
                ActorMention owned = new ActorMention(m.first(), m.end(), m.span(), owner.primary() + m.code(), m.type(),
                        m.entry(), m.nameEn() + " of " + owner.nameEn(), m.why() + "+owner", ActorMention.Form.NAMED,
                        m.sentence(), m.prefix());
                if (locatedMentions == null) {
                    locatedMentions = new java.util.IdentityHashMap<>();
                }
                locatedMentions.put(m, owned);
                out.set(i, owned);
                continue;
            }
            if (ownedRole(m)) {
                // «واستدعت سفيرها»، with no state before it in the sentence: the owner is not known here, and the place
                // it is posted to or recalled from is the host's (events149): left with no country
                continue;
            }
            ActorMention holder = titleHolder(m);
            if (holder != null) {
                // «بعث ... الملك سلمان بن عبدالعزيز ببرقية تهنئة للرئيس التونسي. وأعرب الملك ... عن أصدق التهاني»:
                // the lone title is the one who bears it in the article, not an agent of the story's country
                if (out == null) {
                    out = new ArrayList<>(group);
                }
                ActorMention named = new ActorMention(m.first(), m.end(), m.span(), holder.code(), holder.type(),
                        holder.entry(), holder.nameEn(), m.why() + "+holder", ActorMention.Form.NAMED, m.sentence(),
                        m.prefix());
                if (locatedMentions == null) {
                    locatedMentions = new java.util.IdentityHashMap<>();
                }
                locatedMentions.put(m, named);
                out.set(i, named);
                continue;
            }
            if (holds(m, Modifiers.Kind.POSTED_NOUN) && (genitivePlace(m) != null || postAfter(m, placeActor()))) {
                // «سفير خادم الحرمين الشريفين في أوتاوا»، «القنصل العام في لوس أنجلوس»: a place in the sentence is the
                // post of an ambassador, a consul, an envoy or an embassy, not its country; and the story's country is
                // then as often the host's: left with no country
                continue;
            }
            ActorMention place = genitivePlace(m);
            // a bare militant group (modifiers.tsv militant-noun: جهاديون، مسلحون) is the armed group named after its
            // partitive «من» («مسلحا من تنظيم داعش»), else of where it came or fired from («وكان جهاديون فتحوا الخميس النار
            // من سوريا على مركز حدودي للجيش التركي في كيليس»: no Turkish rebels), before the scene of what it hit and the
            // story's country (session 29, events135)
            boolean militant = place == null && holds(m, Modifiers.Kind.MILITANT_NOUN)
                    && !holds(m, Modifiers.Kind.OPPOSITION_NOUN);
            boolean anaphor = place == null && holds(m, Modifiers.Kind.MILITANT_ANAPHOR)
                    && !holds(m, Modifiers.Kind.OPPOSITION_NOUN);
            String why = "+place";
            if (militant || anaphor) {
                place = groupOf(m);
                if (place != null) {
                    why = "+group";
                } else if (anaphor && (place = namedGroupBefore(m)) != null) {
                    why = "+named-group";
                } else if (militant) {
                    place = originPlace(m);
                    if (place != null) {
                        why = "+origin";
                    }
                }
            }
            if (place == null) {
                place = placeActor();
                if (place != null && individuals(List.of(m)) && placeOfAnother(m, place)) {
                    // «مندوب مصر الدائم لدى الأمم المتحدة بجنيف، ... ونجل الملك فاروق، الذي تنازل له عن عرش مصر»: the
                    // place says where the one right before it is, an actor of another country or an organization; an
                    // office-holder elsewhere in the sentence is not of it (nor, as often, of the story's country)
                    continue;
                }
                if (place != null && listedWithAnotherCountry(place)) {
                    // «العمليات التي تنفذها تركيا في سوريا والعراق ... القوات الكردية في شمال سوريا»: a place after
                    // the list; none, and neither the list's places nor the story's country say whose the agent is
                    place = unlistedPlaceAfter(place);
                    if (place == null) {
                        continue;
                    }
                }
            }
            if (place != null && listedWithAnotherCountry(place)) {
                // «إننا سنواصل دعم الشعوب في اليمن وفلسطين ولبنان»، «وشكر الوزير الحساينة قطر وماليزيا»: the place
                // opens a list of countries, the agent is of none of them alone (nor of the story's country), and
                // the list's other members are no parties of an act of the first (session 21, events81)
                continue;
            }
            if (place == null && (holds(m, Modifiers.Kind.OPPOSITION_NOUN) || holds(m, Modifiers.Kind.REGIME_NOUN))) {
                // «وتابع [وزير الخارجية التركي] "... للمعارضة المعتدلة التي تقاتل داعش ميدانيا"»: with no place, the
                // opposition (and «القوات النظامية» the regime) is of the war a party named beside it belongs to, not of
                // the story's (foreign) country
                place = warCountry();
                why = "+war";
            }
            if (place == null && storyCountry != null) {
                // «وتقاتل القوات النظامية التنظيم»، «مواقع للحوثيين وقوات صالح» with no place named: an army, an
                // opposition, a party's forces are those of the country the article is about
                place = storyCountry;
                why = "+story";
            }
            if (place == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(group);
            }
            ActorMention located = new ActorMention(m.first(), m.end(), m.span(), place.primary() + m.code(), m.type(),
                    m.entry(), m.nameEn() + " in " + place.nameEn(), m.why() + why,
                    ActorMention.Form.NAMED, m.sentence(), m.prefix());
            if (locatedMentions == null) {
                locatedMentions = new java.util.IdentityHashMap<>();
            }
            locatedMentions.put(m, located);
            out.set(i, located);
        }
        if (out == null) {
            return group;
        }
        out.removeIf(java.util.Objects::isNull);
        return out;
    }

    /**
     * The owner of a title whose next word is an office carrying a possessive pronoun (modifiers.tsv owned-office:
     * «ووزير خارجيته»، «رئيس وزرائها») or of a role noun carrying one (owned-role: «سفيرها», session 30, events149), or null: the nearest actor before the title in its sentence that is a country,
     * a state's organ or a person of a state (a named mention with a three-letter country code).
     */
    private ActorMention officeOwner(ActorMention m) {
        if (!ownedRole(m) && (m.end() >= b || m.end() >= tokens.size()
                || !modifiers.is(tokens.get(m.end()).norm(), Modifiers.Kind.OWNED_OFFICE))) {
            return null;
        }
        for (int k = mentions.size() - 1; k >= 0; k--) {
            ActorMention n = mentions.get(k);
            if (n.end() > m.first() || !n.isActor()) {
                continue;
            }
            String country = n.primary();
            if (country != null && country.length() == 3 && !country.startsWith("IGO")
                    && ("GPE".equals(n.type()) || "PERS".equals(n.type()) || n.role() != null && STATE_ROLES.contains(n.role()))) {
                return n;
            }
        }
        return null;
    }

    /**
     * Whether the mention is one word, a role noun carrying its owner's pronoun (modifiers.tsv owned-role: «سفيرها»،
     * «ومندوبها»، «لسفيرها»), as written or after و، ف، ل، ب.
     */
    private boolean ownedRole(ActorMention m) {
        if (m.end() - m.first() != 1) {
            return false;
        }
        String w = tokens.get(m.first()).norm();
        for (int p = 0; p <= 2 && p < w.length(); p++) {
            if (p > 0 && "وفلب".indexOf(w.charAt(p - 1)) < 0) {
                return false;
            }
            if (modifiers.is(w.substring(p), Modifiers.Kind.OWNED_ROLE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The actor a lone title with its article (الملك، الرئيس، الأمير) refers back to, or null: the last mention before
     * it in the article that names a person and opens with the same title («الملك سلمان بن عبدالعزيز»، «للرئيس الباجي
     * قايد السبسي»), preferring one not governed by a preposition (the one who acted over the one addressed). News
     * names the holder in full first and then by the title alone. Not a body: «القوات»، «الشرطة»، «النظام» alone are
     * as often another side's as the one named before.
     */
    private ActorMention titleHolder(ActorMention m) {
        if (m.end() - m.first() != 1) {
            return null;
        }
        String title = titleStem(tokens.get(m.first()), true);
        if (title == null) {
            return null;
        }
        ActorMention holder = null;
        ActorMention addressed = null; // one with a preposition glued to it (للملك): the addressee of what was done
        ActorMention before = null;
        boolean beforeAddressed = false;
        for (ActorMention o : articleMentions) {
            if (o.first() >= m.first()) {
                break;
            }
            // (an apposition right after a mention has its role: «للملك محمد السادس ملك المملكة المغربية»)
            boolean isAddressed = gluedPreposition(o.prefix()) != null
                    || before != null && before.end() == o.first() && beforeAddressed;
            if (o.form() == ActorMention.Form.NAMED && "PERS".equals(o.type()) && o.end() - o.first() >= 2
                    && title.equals(titleStem(tokens.get(o.first()), false))) {
                if (isAddressed) {
                    addressed = o;
                } else {
                    holder = o;
                }
            }
            before = o;
            beforeAddressed = isAddressed;
        }
        // «بعث ... الملك سلمان ... ببرقية تهنئة للملك محمد السادس ... وأعرب الملك»: the one who wrote, not the one written to
        return holder != null ? holder : addressed;
    }

    /** The stem of a title word without its article or preposition; with {@code lone}, only a word with its article and no suffix. */
    private static String titleStem(Token t, boolean lone) {
        for (Segment r : t.segments()) {
            if (r.suffix().isEmpty() && (!lone || r.hasArticle())) {
                return org.marsad.dict.PhraseKeys.stripArticle(r.stem());
            }
        }
        return null;
    }

    /**
     * An agent that holds a word of the kind: an opposition (modifiers.tsv opposition-noun: المعارضة، فصائل المعارضة،
     * المعارضين) or a regime (regime-noun: النظام، القوات النظامية).
     */
    private boolean holds(ActorMention m, Modifiers.Kind kind) {
        for (int i = m.first(); i < m.end(); i++) {
            for (Segment s : tokens.get(i).segments()) {
                if (modifiers.is(s, kind)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The country of the war the sentence's named parties belong to (events/opposition-wars.tsv: Assad, the Syrian
     * regime's forces, Nusra, ISIS → Syria), as an actor where the first is named; null when none is named or two
     * name different countries.
     */
    private ActorMention warCountry() {
        String country = null;
        ActorMention at = null;
        for (ActorMention o : mentions) {
            String c = OppositionWars.countryOf(o);
            if (c == null) {
                continue;
            }
            if (country != null && !country.equals(c)) {
                return null;
            }
            if (at == null) {
                at = o;
                country = c;
            }
        }
        org.marsad.actors.ActorEntry entry = country == null ? null : countries.apply(country);
        if (entry == null) {
            return null;
        }
        return new ActorMention(at.first(), at.end(), at.span(), country, "GPE", null, entry.nameEn(), "war",
                ActorMention.Form.NAMED, sentence, "");
    }

    /**
     * An agent named as the one responsible for an act: its last word a noun of being responsible (modifiers.tsv
     * responsible-noun: المسؤول، المسؤولين), then «عن» (culprit-prep) and the act (culprit-act: دخول، الهجمات، قتل), a
     * qualifier or a demonstrative between (culprit-between: الأول، المباشر، هذه، تلك). «المسؤولين عن دخول تنظيم داعش»
     * are the culprits, not office-holders (session 28, events119); «المسؤول عن شؤون السعوديين» stays an official.
     */
    private boolean namedAsCulprit(ActorMention m) {
        if (!modifiers.is(tokens.get(m.end() - 1), Modifiers.Kind.RESPONSIBLE_NOUN)) {
            return false;
        }
        int j = m.end();
        if (j < b && modifiers.is(tokens.get(j), Modifiers.Kind.CULPRIT_BETWEEN)) {
            j++;
        }
        if (j >= b || !modifiers.is(tokens.get(j), Modifiers.Kind.CULPRIT_PREP)) {
            return false;
        }
        j++;
        if (j < b && modifiers.is(tokens.get(j), Modifiers.Kind.CULPRIT_BETWEEN)) {
            j++;
        }
        return j < b && modifiers.is(tokens.get(j), Modifiers.Kind.CULPRIT_ACT);
    }

    /** An agent named by its relation to another party (modifiers.tsv relation: حلفاؤها، شركاء). */
    private boolean namedByRelation(ActorMention m) {
        for (Segment s : tokens.get(m.first()).segments()) {
            if (modifiers.is(s, Modifiers.Kind.RELATION)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The country of a place in genitive right after an agent: شرطة دبي، مجلس محافظة الأنبار (a head noun
     * such as محافظة may stand between). Closer than a place the sentence names with في.
     */
    private ActorMention genitivePlace(ActorMention agent) {
        for (PlaceMention pm : places.apply(sentence)) {
            if (pm.preposition() == PlaceMention.NONE && pm.firstToken() >= agent.end() - 1
                    && pm.endToken() > agent.end() && pm.firstToken() <= agent.end() + 1 && !crossesPunct(agent.end(), pm.firstToken())
                    && pm.place().country() != null) {
                return asActor(pm);
            }
        }
        return null;
    }

    /**
     * Whether the place is where an agent abroad (modifiers.tsv posted-noun) is posted: after it in its own clause
     * («القنصل العام للمملكة العربية السعودية في لوس أنجلوس»), not in a clause of its own further on («وقدّم السفير علي
     * العياشي شكره ...، وقال إن ... الشرعية في اليمن»).
     */
    private boolean postAfter(ActorMention m, ActorMention place) {
        return place != null && place.sentence() == sentence && place.first() >= m.end() && place.first() < b
                && !crossesPunct(m.end(), place.first()) && !clauseBreaks.placeBreakBetween(tokens, m.end(), place.first());
    }

    /**
     * Whether the place (the sentence's first with في or بـ) stands right after another actor than {@code m} that has a
     * country or an organization's code other than the place's: it says where that one is («سفارة خادم الحرمين الشريفين
     * في أستراليا»، «الأمم المتحدة بجنيف»، «تنظيم داعش في سوريا»), not where the agent elsewhere in the sentence is.
     */
    private boolean placeOfAnother(ActorMention m, ActorMention place) {
        if (place.sentence() != sentence || place.first() < a || place.first() >= b) {
            return false;
        }
        ActorMention owner = actorBeforePlace(place.first());
        return owner != null && owner.primary() != null && !owner.primary().equals(place.primary())
                && !owner.primary().startsWith("IMG") // «مسؤولان آخران من التنظيم في اليمن»: a group of no state is where it fights
                && (owner.end() <= m.first() || owner.first() >= m.end());
    }

    /**
     * The country of the first place named with «من» after a bare militant group in its own clause, or null: where they
     * came or fired from («وكان جهاديون فتحوا الخميس النار من سوريا»، «مسلحين قادمين من ليبيا»). Within eight words after
     * the agent, no punctuation but a comma, no clause break and no other actor between (not «اختطف مسلحون مواطنين من
     * السعودية»: the place there says whose the ones taken are).
     */
    private ActorMention originPlace(ActorMention m) {
        for (PlaceMention pm : places.apply(sentence)) {
            int at = pm.firstToken();
            if (at < m.end()) {
                continue;
            }
            if (at > m.end() + 8) {
                return null;
            }
            if (pm.preposition() != PlaceMention.MIN || pm.place().country() == null) {
                continue;
            }
            if (punctBetweenTokens(m.end(), at) || clauseBreaks.placeBreakBetween(tokens, m.end(), at)) {
                return null;
            }
            for (ActorMention o : mentions) {
                if (o.first() >= m.end() && o.first() < at) {
                    return null;
                }
            }
            return asActor(pm);
        }
        return null;
    }

    /**
     * The armed group a bare militant group is told to be of with partitive «من» right after it, or null: a named group
     * whose role is REB («قتل 15 مسلحا من تنظيم داعش» IMGREB, «وقتلت 10 مسلحين من التنظيم»، «متشددون من تنظيم الدولة
     * الإسلامية»), not the story's country nor the scene's.
     */
    private ActorMention groupOf(ActorMention m) {
        if (m.end() + 1 >= b || !tokens.get(m.end()).norm().equals("من")) {
            return null;
        }
        for (ActorMention o : mentions) {
            if (o.first() == m.end() + 1 && o.form() == ActorMention.Form.NAMED && o.prefix().isEmpty()
                    && "REB".equals(o.role()) && o.primary() != null) {
                return o;
            }
        }
        return null;
    }

    /**
     * The one armed group the article has named before a bare militant group (modifiers.tsv militant-anaphor), or
     * null: a named mention of an organization whose role is REB in an earlier sentence or before the agent in its
     * own («مواقع لتنظيم الدولة الاسلامية» ... «وكان جهاديون فتحوا الخميس النار من سوريا» IMGREB), or of an agent of it
     * («متمردي حزب العمال الكردستاني»); in a sentence of another matter only in the sentence itself. Null when none, or
     * when two of different codes are named before it (the militants may be of either).
     */
    private ActorMention namedGroupBefore(ActorMention m) {
        ActorMention group = null;
        for (ActorMention o : articleMentions) {
            if (o.sentence() > sentence || o.sentence() == sentence && o.first() >= m.first()) {
                break;
            }
            if (anotherMatter && o.sentence() < sentence) {
                // «من جهة أخرى، ... حيث اقتحم مسلحون مقر حزب غد الثورة»: another matter, not the group named before
                continue;
            }
            if (o.form() != ActorMention.Form.NAMED || !"REB".equals(o.role()) || o.primary() == null
                    || !"ORG".equals(o.type()) && !o.why().contains("organization")) {
                // a group by its name, or an agent of it («متمردي حزب العمال الكردستاني»، «مقاتلي داعش»); not a
                // demonym's militants nor a leader
                continue;
            }
            if (group != null && !group.code().equals(o.code())) {
                return null;
            }
            group = o;
        }
        return group;
    }

    /** Whether a punctuation token other than a comma stands in [from, to) («متطرفون فتحوا أمس، النار من سوريا»). */
    private boolean punctBetweenTokens(int from, int to) {
        for (int i = from; i < to && i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isPunct() && !t.norm().equals("،") && !t.norm().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** The country of a place, as an actor named where the place is. */
    private ActorMention asActor(PlaceMention pm) {
        return new ActorMention(pm.firstToken(), pm.endToken(), pm.span(), pm.place().country(), "GPE", null,
                pm.place().nameEn(), "place", ActorMention.Form.NAMED, sentence, "");
    }

    /**
     * Whether the place is the first of a list of parties joined by و: «في اليمن وفلسطين»، «قطر وماليزيا», the next
     * member of another country than the place's. Not after a comma: «في الكاميرون، ونيجيريا، التي حذر رئيسها» is
     * no list.
     */
    private boolean listedWithAnotherCountry(ActorMention place) {
        for (ActorMention o : mentions) {
            if (o.first() == place.end() && o.prefix().startsWith("و") && o.primary() != null
                    && !o.primary().equals(place.primary())) {
                return true;
            }
        }
        return false;
    }

    /** Whether an actor named at token {@code i} carries the conjunction و (a list's later member). */
    private boolean joinedByWaw(int i) {
        for (ActorMention o : mentions) {
            if (o.first() == i && o.prefix().startsWith("و")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The country of the first place introduced by في / بـ after {@code place} and the list it opens, itself opening no
     * list of countries; or null.
     */
    private ActorMention unlistedPlaceAfter(ActorMention place) {
        for (PlaceMention pm : places.apply(sentence)) {
            // «في سوريا وأفغانستان والعراق»: the list's later members (و-joined, their في the first's) are none
            if (pm.firstToken() >= place.end() && pm.place().country() != null && !joinedByWaw(pm.firstToken())
                    && (pm.preposition() == PlaceMention.FI || pm.preposition() == PlaceMention.BI)) {
                ActorMention next = asActor(pm);
                if (!listedWithAnotherCountry(next)) {
                    return next;
                }
            }
        }
        return null;
    }

    /** The country of the first place introduced by في / بـ in the sentence, as an actor; or null. */
    ActorMention placeActor() {
        if (!placeLooked) {
            placeLooked = true;
            for (PlaceMention pm : places.apply(sentence)) {
                if (pm.preposition() == PlaceMention.FI || pm.preposition() == PlaceMention.BI) {
                    placeActor = asActor(pm);
                    break;
                }
            }
        }
        return placeActor;
    }

    /**
     * The side without the countries and cities it names only as where the act happens: a place governed by في or
     * بـ, read through its head nouns («في العاصمة النمساوية فيينا»، «بمدينة مأرب»، «في شمال العراق»), is a venue
     * or a scene, not a party; unless the cue's own target preposition is that one («استدعت سفيرها في طهران»،
     * «أشاد بمصر»). A place right after an actor says where that actor is, and the actor stands in its stead
     * («حكومة اقليم كردستان في شمال العراق التي تقاتل تنظيم الدولة»), unless it is on the other side already. The
     * list itself when nothing is dropped (most sides name no place).
     */
    List<ActorMention> withoutScenes(List<ActorMention> side, Frame f, List<ActorMention> other) {
        List<ActorMention> out = side;
        for (int i = 0; i < side.size(); i++) {
            ActorMention m = side.get(i);
            if (scene(m, f)) {
                if (out == side) {
                    out = new ArrayList<>(side.subList(0, i));
                }
                ActorMention whose = actorBeforePlace(m.first());
                if (whose != null && participant(whose) && !side.contains(whose) && !other.contains(whose)
                        && !out.contains(whose)) {
                    out.add(whose);
                }
            } else if (out != side) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The place the sentence names as the one acted upon by a one-sided act that names no target: {@link #placeActor}
     * when the act names no source; else the first place governed by في or بـ that is the act's scene, or null. Not a
     * scene: a place in another clause than the cue's («وذلك بعد اسبوعين على بدء غارات» is not in «شمال سوريا» of the
     * clause before), a place before the cue right after the act's source or its speaker, which says where that one
     * is («تنظيم القاعدة في اليمن الذين ... سيطروا»، «أكد ... الناطق باسم المقاومة الشعبية في عدن، أن المقاومة سيطرت»;
     * so is one right after the source between a verb cue and its further word: «فتح خمسة عناصر من المتطرفين في سوريا
     * النار على موقع»;
     * not after the cue: «قتل ضابطي شرطة في جنوب شرق تركيا» is where the ones killed were), or a place after what the
     * act hits owned by someone named or a pronoun names («قصف جوي شنته قوات التحالف على مواقعهم بمدينة مأرب»،
     * «الغارات الجوية التركية على قواعده في شمال العراق»: the owner is hit, not the city or the country).
     */
    ActorMention sceneOf(Cue c, List<ActorMention> subj, ActorMention speaker) {
        ActorMention place = placeActor();
        if (place == null || subj.isEmpty() || !distinctActors(subj.get(0), place, false)) {
            // an act with no named source keeps its place as the one acted upon («انفجرت عبوة ناسفة ... بمصر
            // الجديدة»: with no party named, the place is all the event has); a place of the source's own country
            // keeps the act at home, not recorded as one against someone (as before)
            return place;
        }
        for (PlaceMention pm : places.apply(sentence)) {
            if ((pm.preposition() == PlaceMention.FI || pm.preposition() == PlaceMention.BI)
                    && scene(c, pm.firstToken(), subj, speaker)) {
                return pm.firstToken() == place.first() ? place : asActor(pm);
            }
        }
        return null;
    }

    /**
     * The token of a verb of targeting (modifiers.tsv {@code targeting-verb}) that opens the act's own relative or
     * asyndetic clause after it, or -1: after the cue's last word, with nothing between but places, numbers, words
     * that are no actor and commas, no clause break but a relative pronoun right before the verb, and no negation
     * right before it («شنت مقاتلات التحالف قرابة 20 غارة جوية، استهدفت مواقع وتجمعات وآليات الحوثيين»، «العمليات
     * والهجمات التي استهدفت ميليشيات الحوثيين»; not «لا تستهدف اكراد سوريا»). Its object names what the act hits
     * ({@link #struckAfter}), so the scene before the act is not its target.
     */
    int targetingVerbAfter(Cue c) {
        int end = Math.min(b, c.last() + 15);
        for (int i = c.last() + 1; i < end; i++) {
            Token t = tokens.get(i);
            if (t.isPunct()) {
                if (!t.norm().equals("،") && !t.norm().equals(",")) {
                    return -1;
                }
                continue;
            }
            if (!t.isWord()) {
                continue; // a number
            }
            if (contentParticle(t.norm())) {
                return -1; // «مشيرة إلى أنها تستهدف ناشطين»: what someone says the act aims at, not its own clause
            }
            if (modifiers.is(t.norm(), Modifiers.Kind.TARGETING_VERB)) {
                int to = i > c.last() + 1 && clauseBreaks.isRelativePronoun(tokens.get(i - 1)) ? i - 1 : i;
                boolean negated = i > c.last() + 1 && tokens.get(i - 1).isWord()
                        && modifiers.is(tokens.get(i - 1), Modifiers.Kind.NEGATION);
                return negated || clauseBreaks.anyBetween(tokens, c.last() + 1, to) ? -1 : i;
            }
            for (ActorMention m : mentions) {
                if (m.first() == i && !isPlace(m)) {
                    return -1; // another party between: the clause after it is not the act's own
                }
            }
        }
        return -1;
    }

    /** A content particle (أن، إن) as written, or with a pronoun (أنها، انهم). */
    private boolean contentParticle(String w) {
        if (clauseBreaks.isContentParticle(w)) {
            return true;
        }
        for (String pronoun : POSSESSIVE_PRONOUNS) {
            if (w.length() > pronoun.length() && w.endsWith(pronoun)
                    && clauseBreaks.isContentParticle(w.substring(0, w.length() - pronoun.length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The actor named in the object of the targeting verb at token {@code v} (see {@link #targetingVerbAfter}): the
     * first mention within four tokens after it, in its clause («استهدفت مواقع وتجمعات وآليات الحوثيين»، «استهدفت منطقة
     * تمركز لوحدات حماية الشعب»), or null when the object names none near its head («استهدفت معسكر الصباحية»; not
     * «استهدفت وحدات تكتيكية ومواقع قتالية وسيارات ومركزا للقيادة للتنظيم»: the command is the group's, far from the
     * head).
     */
    ActorMention struckAfter(int v) {
        int end = Math.min(b, v + 5);
        for (int i = v + 1; i < end; i++) {
            if (clauseBreaks.anyBetween(tokens, v + 1, i + 1)) {
                return null;
            }
            for (ActorMention m : mentions) {
                if (m.first() == i) {
                    return m;
                }
            }
        }
        return null;
    }

    /** Whether the place named at token {@code at} is where the act of the cue happens (see {@link #sceneOf}). */
    private boolean scene(Cue c, int at, List<ActorMention> subj, ActorMention speaker) {
        boolean otherClause = at > c.head() ? clauseBreaks.placeBreakBetween(tokens, c.head() + 1, at)
                : clauseBreaks.placeBreakBetween(tokens, at + 1, c.head());
        if (otherClause || at > c.last() && ownedBetween(c.last() + 1, at)) {
            return false;
        }
        // before the cue, or inside a verb cue's own words with the subject between them («فتح خمسة عناصر من
        // المتطرفين في سوريا النار على موقع للجيش التركي»: the place says where the subject is, not what is fired on)
        boolean insideCue = c.isVerb() && !c.furtherBefore() && at > c.head() && at < c.last();
        ActorMention whose = at < c.head() || insideCue ? actorBeforePlace(at) : null;
        return whose == null || !sameSpan(whose, speaker) && subj.stream().noneMatch(m -> sameSpan(whose, m));
    }

    /** The same words (the source has been given its country by {@link #located}: a new mention, the same words). */
    private static boolean sameSpan(ActorMention x, ActorMention y) {
        return y != null && x.first() == y.first() && x.end() == y.end();
    }

    /**
     * The actor the place named at token {@code at} stands right after, its في or بـ between, or null; not a country or
     * a city («المديريات الحدودية مع المملكة في محافظة صعدة»).
     */
    private ActorMention actorBeforePlace(int at) {
        int i = at;
        boolean preposition = tokens.get(at).segments().get(0).preposition() == PlaceMention.BI;
        while (!preposition && i - 1 >= a && tokens.get(i - 1).isWord()) {
            Token t = tokens.get(i - 1);
            String w = t.norm();
            if (w.equals("في") || w.equals("وفي")) {
                preposition = true;
            } else if (!org.marsad.places.PlaceFinder.isHeadNoun(t) && !(w.startsWith("ال") && w.endsWith("يه"))) {
                return null; // (the adjective of a head noun: «في العاصمة اليمنية صنعاء»)
            } else if (t.segments().get(0).preposition() == PlaceMention.BI) {
                preposition = true; // «بمدينة مأرب»
            }
            i--;
        }
        ActorMention before = preposition ? actorEndingAt(i) : null;
        return before == null || "GPE".equals(before.type()) || "LOC".equals(before.type()) ? null : before;
    }

    /**
     * Whether a noun of what an attack hits (modifiers.tsv {@code target-noun}) with its owner stands among the tokens
     * [from, to): a possessive pronoun («مواقعهم»، «قواعده») or an actor in its genitive («استهدفت منزل قائد عسكري
     * موال لصالح في محافظة صنعاء»، «على مواقع المتمردين في صعدة»).
     */
    private boolean ownedBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isWord()
                    && (ownedByPronoun(t.norm()) || i + 1 < to && targetNoun(t.norm()) && actorStartsAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** A noun of what an attack hits as written, after و and بـ or لـ at most («ومواقع»، «لمواقع»). */
    private boolean targetNoun(String w) {
        String bare = w.startsWith("و") ? w.substring(1) : w;
        return modifiers.is(bare, Modifiers.Kind.TARGET_NOUN) || (bare.startsWith("ب") || bare.startsWith("ل"))
                && modifiers.is(bare.substring(1), Modifiers.Kind.TARGET_NOUN);
    }

    private boolean actorStartsAt(int i) {
        for (ActorMention m : mentions) {
            if (m.first() == i) {
                return true;
            }
        }
        return false;
    }

    private boolean ownedByPronoun(String w) {
        for (String pronoun : POSSESSIVE_PRONOUNS) {
            if (w.length() > pronoun.length() + 2 && w.endsWith(pronoun)) {
                String noun = w.substring(w.startsWith("و") ? 1 : 0, w.length() - pronoun.length());
                return modifiers.is(noun, Modifiers.Kind.TARGET_NOUN)
                        || noun.endsWith("ت") && modifiers.is(noun.substring(0, noun.length() - 1) + "ه",
                        Modifiers.Kind.TARGET_NOUN); // قاعدته
            }
        }
        return false;
    }

    /** Whether the mention is a place named as where the act happens (see {@link #withoutScenes}). */
    private boolean scene(ActorMention m, Frame f) {
        if (!isPlace(m)) {
            return false;
        }
        for (PlaceMention pm : places.apply(sentence)) {
            if (pm.firstToken() <= m.first() && m.first() < pm.endToken()) {
                return pm.preposition() == PlaceMention.FI && !f.targetPreps().contains("في")
                        || pm.preposition() == PlaceMention.BI && !f.targetPreps().contains("ب");
            }
        }
        return false;
    }

    /**
     * Two different actors: different states, or two sectors of one state that both carry a role
     * (YEMGOV and YEMREB fight each other; PRKGOV and PRK are the same side). A visit is always
     * between different states.
     */
    boolean distinctActors(ActorMention x, ActorMention y, boolean visit) {
        if (x.primary() == null || y.primary() == null) {
            return x != y && !x.code().equals(y.code()); // role-only agents: different roles are different actors
        }
        if (!x.primary().equals(y.primary())) {
            return true;
        }
        if (visit) {
            return false;
        }
        if (x.role() != null && y.role() != null) {
            return !x.role().equals(y.role());
        }
        // the state itself (TUR, «قصف تركي») against its own rebels or people (TURREB) — not against its
        // own government (PRK and PRKGOV are one side)
        String role = x.role() != null ? x.role() : y.role();
        return role != null && NON_STATE_ROLES.contains(role);
    }

    /**
     * Whether the mention is a state's government, army, police or intelligence (not its country or people). A lone
     * noun of membership (modifiers.tsv member: «أعضاء»، «مسؤول») is not one by itself: the agents dictionary gives it
     * a government's role by default, but whose members they are is told by what follows («أعضاء منظمة معادية
     * للزنوج»).
     */
    boolean stateOrgan(ActorMention m) {
        return m.role() != null && STATE_ROLES.contains(m.role()) && !membershipNoun(m);
    }

    /**
     * Whether the mention, borrowed for an act after the light verb of the passive (تم، يتم، سيتم), may stand for its
     * doer: a state's organ of a role listed in modifiers.tsv passive-doer-role (a government telling of its own
     * arrests and seizures), not a lone noun of membership.
     */
    boolean passiveDoer(ActorMention m) {
        return m.role() != null && modifiers.is(m.role(), Modifiers.Kind.PASSIVE_DOER_ROLE) && !membershipNoun(m);
    }

    private boolean membershipNoun(ActorMention m) {
        if (m.end() - m.first() != 1 || !tokens.get(m.first()).isWord()) {
            return false;
        }
        return modifiers.is(tokens.get(m.first()).segments().get(0), Modifiers.Kind.MEMBER);
    }

    /** Whether the sentence names an armed group that belongs to no country (IMG: ISIS, al-Qaeda). */
    boolean namesStatelessGroup() {
        for (ActorMention m : mentions) {
            if (m.primary() != null && m.primary().startsWith("IMG")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the article names an armed group that belongs to no country (IMG: ISIS, al-Qaeda) anywhere: its war is
     * then one against that group, wherever a sentence of it tells a strike.
     */
    boolean articleNamesStatelessGroup() {
        for (String code : focus.keySet()) {
            if (code.startsWith("IMG")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code m} is a country named by its name (no government, army or people of it) that {@code striker}, a
     * state or its forces of another country, is told to strike in an article of a war on a group of no country
     * ({@link #articleNamesStatelessGroup}): «ويشن التحالف غارات على العراق وسوريا» strikes ISIS there, not Iraq.
     */
    boolean countryStruckInStatelessWar(ActorMention striker, ActorMention m) {
        return m.role() == null && m.entry() != null && m.entry().kind() == org.marsad.actors.ActorKind.FIXED
                && "GPE".equals(m.type()) && m.primary() != null && !m.primary().startsWith("IMG")
                && foreignState(striker, m);
    }

    /** A state, its government or its forces (not its rebels or people), of another country than {@code place}. */
    boolean foreignState(ActorMention m, ActorMention place) {
        String role = m.role();
        boolean state = role == null ? bareCountry(m) : STATE_ROLES.contains(role);
        return state && m.primary() != null && !m.primary().equals(place.primary());
    }

    /** The nationality adjective (a mention of form ADJECTIVE: التركي، السعودية) that starts at token i, if any. */
    List<ActorMention> nationalityOf(int i) {
        for (ActorMention m : mentions) {
            if (m.first() == i && m.form() == ActorMention.Form.ADJECTIVE) {
                return List.of(m);
            }
        }
        return List.of();
    }

    /** True for a non-empty group of individuals: named persons or single office-holders (الرئيس، الوزير). */
    boolean individuals(List<ActorMention> group) {
        if (group.isEmpty()) {
            return false;
        }
        for (ActorMention m : group) {
            boolean officeHolder = m.entry() != null && m.entry().kind() == org.marsad.actors.ActorKind.AGENT
                    && m.entry().title();
            if (!"PERS".equals(m.type()) && !officeHolder) {
                return false;
            }
        }
        return true;
    }
}
