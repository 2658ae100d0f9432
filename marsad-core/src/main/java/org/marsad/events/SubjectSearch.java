package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.actors.ActorMention;
import org.marsad.text.Segment;
import org.marsad.text.Token;

import static org.marsad.events.EventCoder.isQuote;

/**
 * The source in the cue's own clause: the subject of a verb (SVO before it, VSO after it: {@link #subject}) with its
 * coordinated actors ({@link #withCoordinated}), the actors after a position ({@link #after}), a subject after the
 * target's phrase, a pronoun subject and its antecedent, a relative clause's antecedent, an unknown subject (a word no
 * dictionary knows standing where the subject is), counted people and members of a body as subjects, the subject
 * in play ({@link #subjectInPlay}) and the sentence's topic.
 *
 * <p>Reads the carried subject and the speaker in play; writes no field (SpeakerSearch and SentenceCoder set
 * {@code lastSubject}, the subject carried to the next sentence).
 */
abstract class SubjectSearch extends ModalityRules {
    /** Words that may stand between a subject and its verb (روسيا قد وقعت). */
    static final Set<String> SUBJECT_GAP = Set.of("قد", "لقد", "ايضا", "بدوره", "بدورها", "بدورهم", "كذلك",
            "اليوم", "امس", "من", "جهته", "جهتها", "جانبه", "جانبها", "ناحيته", "ناحيتها",
            ")", "("); // «(داعش) يعتقل»: a name in parentheses

    static final Set<String> BARE_REPORTING_WORDS = Set.of("ان", "بان", "قائلا", "قائله", "مضيفا", "مؤكدا",
            "ل", "له", "لها", "لهم");

    private static final Set<String> RESUMPTIVE = Set.of("له", "لها", "لهم", "عليه", "عليها", "عليهم", "ضده", "ضدها",
            "معه", "معها", "منه", "منها", "فيه", "فيها", "اليه", "اليها", "به", "بها");

    /** Words before a number that make it a year (normalized). */
    static final Set<String> YEAR_WORDS = Set.of("عام", "العام", "سنه", "السنه", "وعام", "منذ", "في");

    /** أن / إن (normalized, with و ف ل ب): they open a clause whose subject follows them. */
    static final Set<String> CONTENT_PARTICLES = Set.of("ان", "وان", "فان", "لان", "بان");

    /** The words a clause after أن / إن may give its own subject before its verb («إن مسلحاً من ولاية ألاباما فتح»). */
    private static final int CLAUSE_SUBJECT_REACH = 4;
    /**
     * How far (tokens) before the verb the agent of people that opens a clause after أن / إن may stand, its phrase
     * between («إن المهاجرين من أفريقيا والشرق الأوسط يهددون»).
     */
    private static final int PEOPLE_SUBJECT_REACH = 8;
    /**
     * Roles of agents that are people acting on their own account (civilians, migrants, refugees, militants, rebels,
     * protesters, criminals): no state, body or outlet in play speaks or acts for them as its own organs or staff.
     */
    private static final Set<String> PEOPLE_ROLES = Set.of("CVL", "REF", "REB", "INS", "UAF", "SEP", "OPP", "CRM");
    /** How far (tokens) before إنّ / أنّ the reporting verb whose unknown subject stands between may be («وقال سميع الحق، إنه»). */
    private static final int SPEAKER_NAME_REACH = 6;
    /** How far (tokens) the particle of a pronoun subject may stand after the reporting verb of unnamed sources. */
    private static final int SOURCES_REACH = 9;

    /**
     * How many words of the backer's own noun phrase may stand between a phrase of backing and an actor before a verb
     * (جهات إقليمية مثل، التحالف الذي تقوده): the reach within which that actor is the backer, not the verb's subject.
     */
    private static final int BACKED_SUBJECT_REACH = 4;

    /** How many agreeing words may stand between a noun of membership and «في» before its body (قائدا كبيرا في). */
    private static final int MEMBER_ADJECTIVES = 2;

    /** How many words of a name may follow a title of no country before the comma of its apposition (السفير حسين هريدي،). */
    private static final int APPOSITION_NAME_REACH = 4;
    /** How many tokens the apposition between commas may run on after its title (مساعد وزير الخارجية المصري الأسبق،). */
    private static final int APPOSITION_REACH = 6;

    /** Third-person object pronouns a verb may carry (تقوده، تقودها، يدعمهم، يدعمهما). */
    static final Set<String> OBJECT_PRONOUNS = Set.of("ه", "ها", "هم", "هما");

    /**
     * The object pronoun a relative clause's verb bears for the antecedent, by the relative pronoun (normalized), which
     * agrees with the antecedent in gender and number as the pronoun does: standard Arabic grammar (العائد).
     */
    /** The endings of a verb's stem before an object pronoun that are its subject (يتهمونها، قتلوه، يتهمانه). */
    private static final List<String> PLURAL_SUBJECT_ENDINGS = List.of("ون", "و", "ان");

    private static final java.util.Map<String, String> AGREEING_OBJECT = java.util.Map.of("الذي", "ه", "التي", "ها",
            "الذين", "هم", "اللذين", "هما", "اللتين", "هما", "اللذان", "هما", "اللتان", "هما", "اللاتي", "هن",
            "اللواتي", "هن");
    /** Proclitics a verb may carry; an article or a preposition (لدعمه، بقيادتها) makes the word a noun. */
    private static final Set<String> VERB_PREFIXES = Set.of("", "و", "ف", "س", "وس", "فس");

    /** How many agreeing adjectives may stand between an antecedent and its relative pronoun. */
    private static final int ANTECEDENT_ADJECTIVES = 3;

    /** Words that may open a sentence before its topic (وكان، إن، ثم ...), normalized. */
    private static final Set<String> TOPIC_OPENERS = Set.of("كان", "وكان", "كانت", "وكانت", "ان", "وان", "ثم",
            "كما", "فيما", "بينما", "لكن", "ولكن", "اما", "واما");

    SubjectSearch(SentenceInput in) {
        super(in);
    }

    /**
     * Where a phrase of backing or alliance (modifiers.tsv backer: «المدعومون من»، «المتحالفة مع») opens when the
     * actor {@code m} stands in it: right after it or after up to {@link #BACKED_SUBJECT_REACH} words of the
     * backer's own noun phrase («من جهات إقليمية مثل إيران»، «مع التحالف الذي تقوده السعودية»), with no punctuation
     * between but a quotation mark around the name; -1 when it does not.
     */
    private int backingPhraseBefore(ActorMention m) {
        int j = m.first() - 1;
        while (j >= a && isQuote(tokens.get(j))) {
            j--;
        }
        for (int gap = 0; j >= a && gap <= BACKED_SUBJECT_REACH; gap++, j--) {
            int length = modifiers.phraseLengthEndingAt(tokens, a, j, Modifiers.Kind.BACKER);
            if (length > 0) {
                return j - length + 1;
            }
            if (!tokens.get(j).isWord()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The subject told before a phrase cue that is one finite verb written as it stands (patterns.tsv P with a
     * one-word head and no further word before it, no circumstantial participle: أدانت، دانت، طالبت، عارضوا,
     * every one-word phrase head in the file is a verb or a participle): «وكانت الجامعة العربية دانت القصف
     * التركي»، «وكانت مصر طالبت إسرائيل بوقف الاستيطان». Read as for a verb ({@link #subject}: an actor right
     * before it; not before a phrase joined by و, «بالقصف التركي في شمال العراق وطالب انقرة», where the actor closes
     * the clause before), never a subject borrowed through a pronoun on إنّ nor the antecedent of a relative
     * pronoun (which {@link #antecedentOf} may read as the place in the antecedent's phrase: «قوات الاحتلال في
     * فلسطين، التي تصادر»); empty when none, and the genitive after the phrase (VSO: «ودانت السعودية إيران») is
     * read as before.
     */
    List<ActorMention> writtenVerbSubjectBefore(Cue c) {
        if (c.pattern().kind() != 'P' || c.end() - c.head() != 1 || c.furtherBefore()
                || c.pattern().frame().circumstantial() || pronounSubject(c.head())
                || c.head() - 1 >= a && clauseBreaks.isRelativePronoun(tokens.get(c.head() - 1))) {
            return List.of();
        }
        // joined by و as the verbs are (conjoined): the phrase's reading keeps the و in its head («وطالب» is listed
        // as written), so the written word says it (a verb whose first radical is و, وعد، is read so too: only
        // stricter)
        List<ActorMention> s = subject(c.head(), c.end(), true, tokens.get(c.head()).norm().startsWith("و"));
        return !s.isEmpty() && s.get(s.size() - 1).end() <= c.head() ? s : List.of();
    }

    /** The subject of a verb at {@code head}: SVO (an actor right before it) or VSO (the first actor after). */
    List<ActorMention> subject(int head, int end, boolean verb) {
        return subject(head, end, verb, false);
    }

    List<ActorMention> subject(int head, int end, boolean verb, boolean conjoined) {
        if (pronounSubject(head)) {
            // وإنها اعتقلت مواطنين: the subject is the pronoun on إنّ; what follows the verb is its object. Its
            // referent is the subject in play, unless the reporting verb before it names a speaker no dictionary knows
            List<ActorMention> sources = sourcesOfPronoun(head);
            if (!sources.isEmpty()) {
                return sources; // «أكدت مصادر في المقاومة الشعبية بمحافظة مأرب أنها قتلت»
            }
            return unknownReferentOfPronoun(head) ? List.of() : !lastSubject.isEmpty() ? lastSubject : carried;
        }
        // نوري المالكي الذي اتهم السعودية: the antecedent of the relative pronoun is the subject
        if (head - 1 >= a && clauseBreaks.isRelativePronoun(tokens.get(head - 1))) {
            List<ActorMention> own = after(end, 3, true);
            if (!own.isEmpty() && resumptive(head, own.get(0).first())) {
                return own; // البشير الذي وجهت له المحكمة اتهامات: the verb has its own subject
            }
            ActorMention antecedent = antecedentOf(head - 1);
            if (antecedent != null && participantOrAgent(antecedent)) {
                if (objectOfRelativeVerb(head) || placeForPeople(head - 1, antecedent)) {
                    return List.of(); // its subject is one no dictionary knows (nor anything after the verb)
                }
                return List.of(antecedent);
            }
        }
        List<ActorMention> named = subjectBeforeApposition(head, conjoined);
        if (!named.isEmpty()) {
            return named; // «وكان السفير حسين هريدي، مساعد وزير الخارجية المصري الأسبق، رفض»
        }
        // SVO: an actor ending right before the verb, not governed by a preposition (not before a verb joined by
        // و: «المعارضة التي ترفض داعش وتقاتلها»، the actor closes the clause before, as its object — unless the verb
        // of that clause already has its object as a pronoun, see objectPronounVerbBefore)
        for (int k = mentions.size() - 1; k >= 0; k--) {
            ActorMention m = mentions.get(k);
            if (m.end() > head) {
                continue;
            }
            if (!gapIs(m.end(), head, SUBJECT_GAP) || !participantOrAgent(m) || inPlacePhrase(m)
                    || prepositional(m) && (memberAt(m) < 0 || !wordsOnly(m.end(), head))) {
                // (not «قائدا كبيرا في البحرية السعودية زار»: the member's body is the subject; but not past a
                // quotation mark: «وأوضح مسؤول في الشرطة «لقد احتجزوا» quotes the speaker on what others did)
                break;
            }
            List<ActorMention> group = new ArrayList<>();
            group.add(m);
            // coordinated subjects before it: روسيا وكوريا الشمالية ترتبطان
            ActorMention cur = m;
            for (int j = k - 1; j >= 0 && cur.prefix().startsWith("و"); j--) {
                ActorMention prev = mentions.get(j);
                if (!gapIs(prev.end(), cur.first(), Set.of()) || !participantOrAgent(prev)) {
                    break;
                }
                group.add(0, prev);
                cur = prev;
            }
            if (prepositional(group.get(0)) && memberAt(group.get(0)) < 0 || inPrepositionalList(group.get(0))) {
                break; // المهاجرين من أفريقيا والشرق الأوسط يهددون: the list is governed by من
            }
            if (conjoined && (!objectPronounVerbBefore(group.get(0).first()) || ownSubjectAfter(head, end))) {
                break;
            }
            int backing = backingPhraseBefore(group.get(0));
            if (backing >= 0) {
                // «فالمتمردون المدعومون من جهات إقليمية مثل إيران يقصفون المدنيين»، «القوى الانفصالية الجنوبية
                // المتحالفة مع التحالف الذي تقوده السعودية اعتقلت قياديا»: the actor before the verb stands in a
                // phrase of backing or alliance (modifiers.tsv backer) of the subject's noun phrase; the head noun
                // before that phrase is the subject, none when no dictionary knows it. A phrase that opens the
                // clause («وبدعم من ... تمكن المقاتلون») leaves the subject to be found after the verb
                ActorMention headNoun = actorEndingAt(backing);
                if (headNoun != null && participantOrAgent(headNoun)) {
                    return List.of(headNoun);
                }
                if (backing > a && tokens.get(backing - 1).isWord()) {
                    return List.of();
                }
                break;
            }
            return group;
        }
        List<ActorMention> vso = after(end, 3, true);
        if (!vso.isEmpty() && inPlacePhrase(vso.get(0))) {
            return List.of(); // «أثناء قصفها مدينة تحت سيطرة فصائل المعارضة»، «اجتاحت عاصفة قوية غرب مقدونيا»
        }
        if (!vso.isEmpty() && accusativeMember(vso.get(0)) && !counted(vso.get(0))) {
            // «واعتقل قياديا في الحركة»: a member in the accusative after the verb is its object, and so is the
            // body it stands for; the subject is the one in the verb (before the verb, after إنّ, the accusative
            // is the subject: «إن قائدا كبيرا في البحرية السعودية زار», read above). Not when counted: after a
            // number the accusative only names what is counted («قتل 15 عنصرا من تنظيم داعش»), read below
            return List.of();
        }
        return vso;
    }

    /**
     * Whether the actor {@code m} is named inside a phrase of place, so no verb's doer: a place right after an adverb
     * of place (events/place-adverbs.tsv at, compass: «وفي محافظة الحديدة، غرب اليمن شنت مقاتلات التحالف»، «اجتاحت
     * عاصفة قوية غرب مقدونيا»), or the one holding a place, right after a phrase of control (modifiers.tsv controller:
     * «أثناء قصفها مدينة تحت سيطرة فصائل المعارضة»، «مواقع يسيطر عليها الحوثيون»; one word of ranks may stand between,
     * «من سيطرة مسلحي تنظيم داعش»). It may still be the one acted upon (TargetSearch is not changed).
     */
    private static final Set<String> IN = Set.of("في", "وفي");

    /**
     * Whether the mention, opening with و, is the last of a list governed by a preposition whose conjuncts between
     * are words no dictionary knows: «جاؤوا إلى سوريا من أوروبا ودول عربية مختلفة وآسيا قد قتلوا»: Asia is where the
     * fighters came from, not the subject of the verb after it. The words between (at most {@link #LIST_GAP}) open
     * with و and hold no verb, punctuation or other actor (session 30, events145).
     */
    private boolean inPrepositionalList(ActorMention m) {
        if (!m.prefix().startsWith("و")) {
            return false;
        }
        for (int k = mentions.indexOf(m) - 1; k >= 0; k--) {
            ActorMention prev = mentions.get(k);
            int from = prev.end(), to = m.first();
            if (to <= from) {
                return false;
            }
            if (to - from > LIST_GAP || !tokens.get(from).isWord()
                    || !tokens.get(from).segments().get(0).prefix().startsWith("و")) {
                return false;
            }
            for (int i = from; i < to; i++) {
                if (!tokens.get(i).isWord() || verbAt.length > 0 && verbAt[i - a]) {
                    return false;
                }
            }
            return prepositional(prev) && memberAt(prev) < 0;
        }
        return false;
    }

    private static final int LIST_GAP = 4;

    boolean inPlacePhrase(ActorMention m) {
        int i = beforeOpeningQuotes(m.first() - 1);
        if (i < a || !tokens.get(i).isWord()) {
            return false;
        }
        if (isPlace(m) && placeAdverbs.contains(tokens.get(i).norm())) {
            // the phrase opens after punctuation or في: «وفي محافظة الحديدة، غرب اليمن شنت»، «وفي تعز (جنوب اليمن)
            // قصفت»، «وفي شرق اليمن قتل». Right after a noun it is that noun's («المئات من أهالي محافظة البصرة جنوبي
            // العراق قد تظاهروا»، «عائلات ... في ضاحية السيدة زينب قرب دمشق تظاهرت»: the country stands for the people)
            return i - 1 < a || !tokens.get(i - 1).isWord() || IN.contains(tokens.get(i - 1).norm());
        }
        if (i - 1 >= a && tokens.get(i - 1).isWord() && hasBareStem(tokens.get(i), Modifiers.Kind.RANKS)
                && !inMentionAt(i)) {
            i--; // «من سيطرة مسلحي تنظيم داعش»
        }
        return modifiers.is(tokens.get(i), Modifiers.Kind.CONTROLLER)
                || modifiers.phraseEndsAt(tokens, a, i, Modifiers.Kind.CONTROLLER);
    }

    /**
     * Whether the noun of membership an actor stands for (see {@link #memberAt}) ends in the alef of the indefinite
     * accusative (قياديا، مسؤولا، عنصرا): its listed form less that alef is a member form too (قيادي).
     */
    private boolean accusativeMember(ActorMention m) {
        int i = memberAt(m);
        if (i < 0 || tokens.get(i).kind() == org.marsad.text.TokenKind.NUMBER) {
            return false;
        }
        String stem = tokens.get(i).segments().get(0).stem();
        return stem.length() > 2 && stem.charAt(stem.length() - 1) == 'ا'
                && modifiers.is(stem.substring(0, stem.length() - 1), Modifiers.Kind.MEMBER);
    }

    /** The actor ending right before a verb (past agreeing adjectives), as the object its pronoun repeats, or null. */
    ActorMention pronounAntecedent(int head) {
        if (head - 1 < a || !tokens.get(head - 1).isWord() || clauseBreaks.isRelativePronoun(tokens.get(head - 1))) {
            return null;
        }
        ActorMention m = antecedentOf(head);
        return m != null && participantOrAgent(m) ? m : null; // «مقاتلين تدعمهم»: an agent with no country yet
    }

    /**
     * Whether the word right before {@code first} reads as an imperfect verb with an object pronoun (تقوده،
     * يؤيدها): then the actor at {@code first} cannot be its object and is its VSO subject, which a verb joined to
     * it by و shares («لتحالف تقوده الولايات المتحدة ويقصف التنظيم»: the US shells the organization). Only the
     * imperfect, whose ي or ت sets it apart: a perfect verb with a pronoun reads like a noun with a possessive
     * (سلمهم، نشاطه، مقرها), and a preposition takes pronouns too (يسيطر عليها تنظيم الدولة). A stem ending in ه
     * is a noun with ة before the pronoun (قيادته).
     */
    private boolean objectPronounVerbBefore(int first) {
        if (first - 1 < a || !tokens.get(first - 1).isWord()) {
            return false;
        }
        for (Segment s : tokens.get(first - 1).segments()) {
            if (OBJECT_PRONOUNS.contains(s.suffix()) && VERB_PREFIXES.contains(s.prefix())
                    && (s.stem().startsWith("ي") || s.stem().startsWith("ت")) && !s.stem().endsWith("ه")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The و-verb carries an object pronoun itself and an actor follows it: that actor is its own VSO subject
     * («غارات تقودها السعودية وتدعمها الولايات المتحدة»: the US backs them, not Saudi Arabia the US).
     */
    private boolean ownSubjectAfter(int head, int end) {
        return OBJECT_PRONOUNS.contains(tokens.get(head).segments().get(0).suffix()) && !after(end, 3, true).isEmpty();
    }

    /**
     * Whether the verb cue was read with the conjunction و (وتقاتلها، واعتقلت): it goes on from a clause before,
     * whose subject it shares. Not ف, which also opens the predicate of «أما X فـ» («أما كليمكين فاتهم روسيا»:
     * the topic is the subject).
     */
    static boolean conjoined(Cue c) {
        return c.isVerb() && c.reading().prefix().startsWith("و");
    }

    /** How many tokens before a verb joined by و the verb whose subject it shares may stand. */
    private static final int JOINED_VERB_REACH = 16;

    /**
     * The subject a present-tense verb cue (or verb phrase) joined by و shares with the verb before it, when it has none of its own
     * («أن الصندوق يريد وضع شروط واضحة تتم بمقتضاها المحادثات التي ستجري ويصر على ضرورة إجراء مراجعة»، «أن إيران
     * تسعى إلى تعزيز نفوذها في المنطقة وتدعم الحوثيين»): the nearest actor before it not governed by a preposition,
     * if the word right after that actor is a verb of the cue's own person (the same prefix ي or ت, no article, no
     * clitic before it: one no pattern knows, يريد، تسعى). A verb of the other person between them is another
     * subject's («تتم ... المحادثات»), and so is the cue when the nearest free actor is followed by anything else.
     * None across a clause particle (أن، إن) or punctuation other than a comma: the verb before is another clause's.
     */
    List<ActorMention> subjectOfVerbJoinedBefore(Cue c) {
        String stem = c.reading().stem();
        // a verb pattern, or a phrase whose head is a masculine present verb («يصر + على»): a phrase's head in ت is
        // as often a masdar (تقديم، تعزيز) as a verb
        if (!c.reading().prefix().startsWith("و") || stem.length() < 3
                || !(stem.charAt(0) == 'ي' || c.isVerb() && stem.charAt(0) == 'ت')) {
            return List.of();
        }
        char person = stem.charAt(0);
        for (int k = mentions.size() - 1; k >= 0; k--) {
            ActorMention m = mentions.get(k);
            if (m.end() >= c.head()) {
                continue;
            }
            if (c.head() - m.end() > JOINED_VERB_REACH || clauseBetween(m.end(), c.head())) {
                return List.of();
            }
            if (prepositional(m)) {
                continue;
            }
            // (not one joined by و: «من الأسر والقبائل البحرينية وفروعها في المملكة ودول الخليج تتضامن»، the list
            // may be governed by a preposition before its first member)
            return participant(m) && !m.prefix().startsWith("و") && m.end() < b && verbOfPerson(m.end(), person)
                    ? List.of(m) : List.of();
        }
        return List.of();
    }

    /** A clause particle (أن، إن، أنها) or punctuation other than a comma between two tokens. */
    private boolean clauseBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isPunct() ? !LIST_COMMAS.contains(t.norm())
                    : CONTENT_PARTICLES.contains(t.norm()) || CONTENT_PARTICLES.contains(t.segments().get(0).stem())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word read as a present-tense verb of the person {@code person} (ي، ت) with nothing glued before it; not a
     * demonstrative (modifiers.tsv demonstrative: «امريكا تلك التي ...»).
     */
    private boolean verbOfPerson(int i, char person) {
        Token w = tokens.get(i);
        if (!w.isWord() || inMention[i - a]) {
            return false;
        }
        for (Segment s : w.segments()) {
            if (s.prefix().isEmpty() && !s.hasArticle() && s.stem().length() >= 3 && s.stem().charAt(0) == person
                    && !s.stem().endsWith("ة") && !modifiers.is(s, Modifiers.Kind.DEMONSTRATIVE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * VSO with the target's prepositional phrase first: «وصل إلى القاهرة أمير دولة الكويت»، «اجتمع بالرئيس
     * الأمريكي وزير الخارجية». The verb's frame says which prepositions introduce its target; an actor right after
     * the verb with one of them is that target, and the actor right after it (no preposition, no punctuation) is
     * the subject. A city after بـ is where, not with whom, and ends the search.
     */
    List<ActorMention> subjectAfterTargetPhrase(Cue c, Frame f) {
        if (f.targetPreps().isEmpty()) {
            return List.of();
        }
        for (ActorMention m : mentions) {
            if (m.first() < c.end()) {
                continue;
            }
            if (m.first() - c.end() > 1 || crossesPunct(c.end(), m.first())) {
                return List.of();
            }
            String prep = prepositionOf(m);
            if (prep == null || !f.targetPreps().contains(prep) || prep.equals("ب") && "LOC".equals(m.type())
                    || !participant(m)) {
                return List.of();
            }
            List<ActorMention> target = withCoordinated(m);
            return after(target.get(target.size() - 1).end(), 3, true); // not after ومع: one more target
        }
        return List.of();
    }

    /**
     * A resumptive pronoun between a relative clause's verb and the actor after it (الذي وجهت له
     * المحكمة، الذي اتهمته واشنطن) shows that actor is the verb's own subject; without one
     * (المالكي الذي اتهم السعودية) the actor is the object and the antecedent the subject.
     */
    private boolean resumptive(int head, int actorStart) {
        Token verb = tokens.get(head);
        if (!verb.segments().get(0).suffix().isEmpty()) {
            return true;
        }
        for (int i = head + 1; i < actorStart; i++) {
            if (RESUMPTIVE.contains(tokens.get(i).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verb right after a relative pronoun bears the object pronoun that agrees with the pronoun (التي ... ـها،
     * الذي ... ـه، الذين ... ـهم، the dual's ـهما, اللواتي ... ـهن) and a noun no dictionary knows follows it at once:
     * the object pronoun repeats the antecedent, the verb's object, and that noun is its subject — «عدن كبرى مدن جنوب
     * اليمن التي دمرتها أربعة أشهر من المعارك»، «كوباني، المدينة الكردية شمال سوريا التي دمرتها معارك ضارية»:
     * months of battles destroyed it, not Yemen or Syria. An actor after the verb is read as its subject before this
     * is asked. Not an object pronoun of another gender or number («قوات الاحتلال التي اقتحمته»: the forces stormed
     * the mosque), nor a verb with no noun after it (a preposition, a time word, a conjunction), whose subject may be
     * the antecedent itself, the pronoun repeating someone else («اردوغان الذي يتهمه بتقديم الدعم»: Erdogan accuses
     * him), nor a verb that carries its subject's plural or dual ending («الحكومة التي يتهمونها»: they accuse it —
     * no noun after it is the subject). A present verb whose stem ends in ه is read whole (تواجه، يوجه: the verb's own
     * letter, not a pronoun).
     */
    private boolean objectOfRelativeVerb(int head) {
        Segment s = tokens.get(head).segments().get(0);
        String agreeing = AGREEING_OBJECT.get(tokens.get(head - 1).norm());
        if (agreeing == null || !agreeing.equals(s.suffix()) || !VERB_PREFIXES.contains(s.prefix())
                || s.stem().endsWith("ه") || PLURAL_SUBJECT_ENDINGS.stream().anyMatch(s.stem()::endsWith) || head + 1 >= b) {
            return false;
        }
        Token next = tokens.get(head + 1);
        if (!next.isWord() || inMention[head + 1 - a] || PHRASE_PREPOSITIONS.contains(next.norm())
                || SUBJECT_GAP.contains(next.norm()) || modifiers.is(next, Modifiers.Kind.TIME_NOUN)) {
            return false;
        }
        for (Segment n : next.segments()) {
            if (n.preposition() != 0 || !n.prefix().isEmpty()) {
                return false; // any reading with a proclitic: «يتهمونها باستغلال» (ب), «واعتدت» (و)
            }
        }
        return true;
    }

    /**
     * A place name (a country or a city by its name, not a people: {@link #isPlace}) before a relative pronoun of
     * people only (الذين، اللواتي: events/clause-breaks.tsv relative-people) is not what the pronoun refers to: a
     * country is one and feminine, the pronoun's antecedent is people, the noun the place stands in the genitive of
     * or after من: «أكراد سوريا الذين يقاتلون الإسلاميين»، «للمقاتلين الأجانب خاصة من أفغانستان وباكستان وتركستان
     * الذين يقاتلون» — the Kurds and the fighters fight, not Syria or Pakistan.
     */
    private boolean placeForPeople(int pronoun, ActorMention antecedent) {
        return isPlace(antecedent) && clauseBreaks.isPeopleRelative(tokens.get(pronoun));
    }

    /**
     * Whether the verb cue opens a relative clause of people whose antecedent is a noun no dictionary knows, the
     * place before the pronoun being only in its phrase ({@link #placeForPeople}): that noun is the verb's subject, so
     * no speaker, subject in play or subject carried from before stands in for it.
     */
    boolean unknownPeopleAntecedent(Cue c) {
        int head = c.head();
        if (!c.isVerb() || head - 1 < a || !clauseBreaks.isRelativePronoun(tokens.get(head - 1))) {
            return false;
        }
        ActorMention antecedent = antecedentOf(head - 1);
        return antecedent != null && participantOrAgent(antecedent) && placeForPeople(head - 1, antecedent);
    }

    /** إنها، أنه، لكنهم ... (possibly with قد) right before the verb: a pronoun is the subject. */
    boolean pronounSubject(int head) {
        return subjectPronoun(head) != null;
    }

    /** The pronoun on إنّ / أنّ / لكنّ that is the subject of the verb at {@code head} (ه، ها، هم، هما، هن), or null. */
    private String subjectPronoun(int head) {
        int i = particleBefore(head);
        if (i < a || !tokens.get(i).isWord()) {
            return null;
        }
        String w = tokens.get(i).norm();
        for (String particle : SUBJECT_PARTICLES) {
            if (w.startsWith(particle) && w.length() > particle.length()) {
                int n = w.length() - particle.length();
                for (String pronoun : SUBJECT_PRONOUNS) {
                    if (pronoun.length() == n && w.endsWith(pronoun)) {
                        return pronoun; // what the rest of the word is, without a substring of it
                    }
                }
            }
        }
        return null;
    }

    /** The particles of {@link #subjectPronoun} and the pronouns they carry: arrays made once, not at every call. */
    private static final String[] SUBJECT_PARTICLES = {"ان", "وان", "فان", "لان", "لكن", "ولكن"};
    private static final String[] SUBJECT_PRONOUNS = {"ه", "ها", "هم", "هما", "هن"};

    /**
     * Whether the pronoun subject of the verb at {@code head} has no referent the dictionaries know: a speaker no
     * dictionary knows ({@link #unknownSpeakerOfPronoun}), or, with no subject in play in its own sentence, a
     * subject carried from an earlier sentence the pronoun does not agree with ({@link #disagrees}).
     */
    boolean unknownReferentOfPronoun(int head) {
        return unknownSpeakerOfPronoun(head)
                || lastSubject.isEmpty() && !carried.isEmpty() && sourcesOfPronoun(head).isEmpty()
                && disagrees(subjectPronoun(head), carried);
    }

    /**
     * Whether a third-person pronoun cannot refer to the actors {@code referent}, by standard Arabic agreement read
     * off the head word of the actor's phrase (its first word): the masculine singular ـه not a group of two or
     * more, a head in ة or ات (المنظمة، الحكومة، الوزارة، القوات: feminine, or a plural of things referred to by
     * ـها), a sound masculine plural in ين / ون (المتطرفين، المسؤولون: ـهم) nor a country by its name (feminine:
     * «انه التقى» is not France); the feminine ـها not a group nor a sound masculine plural; the plural ـهم not one
     * person by name (Obama: ـه) nor one head in ة (المنظمة: ـها). A broken plural or a masculine singular head
     * (الجيش، التنظيم، الحزب) is not read: its number is not written in its ending.
     */
    private boolean disagrees(String pronoun, List<ActorMention> referent) {
        if (pronoun == null || referent.isEmpty()) {
            return false;
        }
        ActorMention m = referent.get(0);
        String stem = tokens.get(m.first()).segments().get(0).stem();
        boolean person = "PERS".equals(m.type());
        boolean country = "GPE".equals(m.type()) && "name".equals(m.why());
        // a person's or a country's own name is read by its type, not its ending (حمزة، بوتين، فلسطين)
        boolean feminine = !person && !country && (stem.endsWith("ة") || stem.endsWith("ات"));
        boolean menPlural = !person && !country && stem.length() > 3 && (stem.endsWith("ين") || stem.endsWith("ون"));
        boolean group = referent.size() > 1;
        return switch (pronoun) {
            case "ه" -> group || feminine || menPlural || country;
            case "ها" -> group || menPlural;
            case "هم" -> !group && (person || feminine && stem.endsWith("ة"));
            default -> false;
        };
    }

    /** The nearest reporting verb (not a reporting phrase) before token {@code particle}, or -1. */
    private int reportingVerbBefore(int particle) {
        int verb = -1;
        for (int[] r : reporting) {
            if (r[1] == 1 && r[0] < particle) {
                verb = r[0];
            }
        }
        return verb;
    }

    /** The token where a particle before the verb at {@code head} would stand: right before it, or before قد / لقد. */
    private int particleBefore(int head) {
        int i = head - 1;
        if (i >= a && (tokens.get(i).norm().equals("قد") || tokens.get(i).norm().equals("لقد"))) {
            i--;
        }
        return i;
    }

    /**
     * Whether the pronoun on إنّ / أنّ that is the subject of the verb at {@code head} ({@link #pronounSubject})
     * stands for a speaker no dictionary knows: «وقال سميع الحق، إنه دعا الرئيس الجديد للحركة»، «وقال طاهر إنه يناشد
     * الرئيس اليمني». The nearest reporting verb before the particle, at most {@link #SPEAKER_NAME_REACH} tokens
     * before it with no other verb between, has its own subject there — words before the particle, the first of
     * them no preposition or phrase of one (أشار إلى أنه، قال في بيان إنه، أكد لي أنه), no word that may stand
     * between a subject and its verb (ذكر أيضا أنه، أضاف أمس أنه) nor a noun of time — and none of those words is
     * in an actor mention (a speaker the dictionaries know is already the subject in play: {@link #noteSpeaker}).
     * Then the subject in play or the one carried from the sentence before is someone else, and so is an actor
     * after the verb: the verb's subject is unknown.
     */
    boolean unknownSpeakerOfPronoun(int head) {
        int particle = particleBefore(head);
        int verb = reportingVerbBefore(particle);
        if (verb < 0 || particle - verb > SPEAKER_NAME_REACH) {
            return false;
        }
        int first = -1;
        for (int k = verb + 1; k < particle; k++) {
            if (verbAt[k - a] || inMention[k - a]) {
                return false;
            }
            if (first < 0 && tokens.get(k).isWord()) {
                first = k;
            }
        }
        if (first < 0) {
            return false; // «وقال إنه»: the speaker is the subject in play
        }
        Token w = tokens.get(first);
        Segment s = w.segments().get(0);
        return !(PHRASE_PREPOSITIONS.contains(w.norm()) || PHRASE_PREPOSITIONS.contains(s.stem())
                || s.preposition() != 0 || SUBJECT_GAP.contains(w.norm()) || BARE_REPORTING_WORDS.contains(w.norm())
                || modifiers.is(w, Modifiers.Kind.TIME_NOUN));
    }

    /**
     * Whether the clause أن / إن opens names a subject of its own that no dictionary knows, before the verb cue (قد
     * aside): a definite noun outside every actor mention right before it («إن المهاجرين يهددون»، «أن المركز
     * وقع»), or a phrase of up to {@link #CLAUSE_SUBJECT_REACH} words with no verb and no actor, whose first word
     * carries no pronoun («قال المرصد ... إن نحو ألف سوري بدأوا اعتصاما»، «قالت الشرطة الأمريكية إن مسلحاً من ولاية ألاباما فتح
     * النار»). A first word with a pronoun is the speaker's own («قال تنظيم داعش إنّ مقاتليه هاجموا»، «أعلنت أن
     * طائراتها المقاتلة شنت»): the speaker stays the agent.
     */
    boolean unknownSubjectBefore(Cue c) {
        int i = c.head() - 1;
        if (i >= a && (tokens.get(i).norm().equals("قد") || tokens.get(i).norm().equals("لقد"))) {
            i--;
        }
        int k = i;
        while (k >= a && i - k < CLAUSE_SUBJECT_REACH && tokens.get(k).isWord() && !verbAt[k - a] && !inMention[k - a]
                && !CONTENT_PARTICLES.contains(tokens.get(k).norm())) {
            k--;
        }
        if (k < a || k == i || !CONTENT_PARTICLES.contains(tokens.get(k).norm())) {
            return false;
        }
        Segment first = tokens.get(k + 1).segments().get(0);
        return k + 1 == i ? !inMention[i - a] && (first.hasArticle() || accusativeIndefinite(i)) : first.suffix().isEmpty();
    }

    /**
     * Whether the clause أن / إن opens has for its subject an agent of people with no country
     * ({@link #PEOPLE_ROLES}: «المهاجرين»، «مسلحين»، «مواطني المدينة») standing right after the particle, its own
     * phrase (من + places, an adjective, a parenthesis) up to the verb cue within {@link #PEOPLE_SUBJECT_REACH}
     * tokens, no event or reporting verb between: «قال هاموند إن المهاجرين من أفريقيا والشرق الأوسط يهددون مستوى
     * المعيشة»، «وقالت مصادر أمنية إن مسلحين يستقلان دراجة نارية أطلقا النار». Those people are the verb's subject;
     * the speaker, the subject in play or the one carried is not (the migrants threaten, not Britain). Not when an
     * actor in play has that same role: «قال المتحدث باسم طالبان إن مسلحي الحركة نفذوا الهجومين» — the militants
     * are the ones in play; nor when a state's organ (government, army, police, intelligence) stands between them and
     * the verb («إن المقاتلين الجنوبيين ووحدات الجيش الموالية لهادي طردوا»: the army in play may be one of the subjects).
     */
    boolean unknownPeopleSubjectBefore(Cue c, ActorMention speaker) {
        int i = c.head() - 1;
        int k = i;
        while (k >= a && i - k < PEOPLE_SUBJECT_REACH && !verbAt[k - a]
                && !CONTENT_PARTICLES.contains(tokens.get(k).norm())) {
            k--;
        }
        if (k < a || k == i || !CONTENT_PARTICLES.contains(tokens.get(k).norm())) {
            return false;
        }
        ActorMention people = null;
        for (ActorMention m : mentions) {
            if (m.first() == k + 1) {
                people = m;
            }
        }
        if (people == null || people.form() != ActorMention.Form.AGENT_ONLY || !PEOPLE_ROLES.contains(people.role())
                || people.end() > c.head()) {
            return false;
        }
        for (ActorMention m : mentions) {
            if (m.first() >= people.end() && m.end() <= c.head() && m.role() != null
                    && ActorIdentity.STATE_ROLES.contains(m.role())) {
                return false; // «المقاتلين الجنوبيين ووحدات الجيش الموالية لهادي طردوا»: a state's organ among them
            }
        }
        List<ActorMention> inPlay = new ArrayList<>(lastSubject);
        inPlay.addAll(carried);
        inPlay.addAll(sentenceSubject);
        if (speaker != null) {
            inPlay.add(speaker);
        }
        String role = people.role();
        return inPlay.stream().noneMatch(m -> role.equals(m.role()));
    }

    /**
     * Whether the masdar cue carries the pronoun of people (ـهم) while the subject in play is one state's organ named
     * by a plural of things (السلطات، القوات: a sound feminine plural, referred to by ـها): the pronoun is someone
     * else's. Not a state by its name, which may stand for its delegation («وكان في استقبالهم فور وصولهم»).
     */
    boolean pluralPronounOnNoPeople(Cue c, List<ActorMention> inPlay) {
        if (!"هم".equals(c.reading().suffix()) || inPlay.size() != 1) {
            return false;
        }
        ActorMention m = inPlay.get(0);
        String head = tokens.get(m.first()).segments().get(0).stem();
        return m.role() != null && ActorIdentity.STATE_ROLES.contains(m.role()) && head.endsWith("ات");
    }

    /**
     * Whether the one word between إنّ / أنّ and the verb is an indefinite noun in the accusative إنّ puts its
     * subject in (tanween alif, ـاً, no pronoun, not a verb nor a time word): «وذكرت وسائل إعلام محلية أن مهاجما فتح
     * النار»، «وصرح المتحدث ... بأن انتحارياً نفذ تفجيراً». An attacker or a bomber no dictionary names is the
     * reported act's subject; the reporter is not.
     */
    private boolean accusativeIndefinite(int i) {
        Token t = tokens.get(i);
        Segment only = t.segments().get(t.segments().size() - 1);
        String norm = t.norm();
        return !verbAt[i - a] && only.suffix().isEmpty() && norm.length() >= 4 && norm.charAt(norm.length() - 1) == 'ا'
                && !modifiers.is(norm, Modifiers.Kind.TIME_NOUN);
    }

    /**
     * Whether a verb whose further words are its object (patterns.tsv frame {@code object}: «قدم + شكره»، «أعلن + حرب»)
     * has a subject of its own that no dictionary knows between it and that object: «وقدم فتحي محمد صالح (مرافق للمريض
     * فكري) شكره للملك سلمان»، «ووجه خلفان الشكر لخادم الحرمين الشريفين» (session 20, events72). Up to the object no
     * actor mention and no other verb; the first word after the verb no preposition or phrase of one, no word that may
     * stand between a verb and its subject (أيضا، بدوره، من جهته), no reporting word, no noun of time, and no pronoun on
     * it («وقدم سموه شكره» is the one in play). Then neither the subject in play nor the one carried is the agent.
     */
    boolean unknownSubjectBeforeObject(Cue c) {
        if (!c.pattern().frame().objectFurther() || c.end() >= b) {
            return false;
        }
        int object = -1;
        for (int k : c.words()) {
            if (k >= c.end() && (object < 0 || k < object)) {
                object = k;
            }
        }
        if (object <= c.end()) {
            return false; // «وقدم الشكر»: the object right after the verb, no subject between
        }
        for (int k = c.end(); k < object; k++) {
            if (verbAt[k - a] || inMention[k - a]) {
                return false;
            }
        }
        Token w = tokens.get(c.end());
        if (!w.isWord()) {
            return false;
        }
        Segment s = w.segments().get(0);
        return !(PHRASE_PREPOSITIONS.contains(w.norm()) || PHRASE_PREPOSITIONS.contains(s.stem())
                || s.preposition() != 0 || SUBJECT_GAP.contains(w.norm()) || BARE_REPORTING_WORDS.contains(w.norm())
                || modifiers.is(w, Modifiers.Kind.TIME_NOUN) || !s.suffix().isEmpty());
    }

    /** How many words a name in quotation marks or after a title of address may have (a title's own word aside). */
    private static final int NAMED_WORDS = 4;

    /**
     * Whether the words right before a masdar cue that carries its owner's pronoun are a person's name no dictionary
     * knows, standing right after the verb that governs the masdar: its subject, whom the pronoun names. «ورفع
     * “الحكمي” تعازيه إلى مقام خادم الحرمين الشريفين»: a name in quotation marks (up to {@link #NAMED_WORDS} words);
     * «وأبدى الشيخ فلان بن فلان تعازيه»: a title of address (modifiers.tsv {@code name-title}) and up to that many
     * words. No word of the name in an actor mention; the word before the name a word outside every mention, without
     * the article or a preposition glued to it and no preposition itself (a verb: «ورفع»، «وقدم»; not «في زيارة»،
     * «للشيخ»). Then the owner is that unknown person, not the subject in play nor the one carried from a sentence
     * before (session 29's blind item, slice 96: «الحكمي» was coded as the security forces named a sentence before).
     */
    boolean namedOwnerBefore(Cue c) {
        int name = namedBefore(c.head());
        return name >= 0 && verbLike(name - 1);
    }

    /** The first token of a name no dictionary knows ending right before token {@code end} (see above), or -1. */
    private int namedBefore(int end) {
        int i = end - 1;
        if (i < a) {
            return -1;
        }
        Token last = tokens.get(i);
        if (last.isPunct() && (last.norm().equals("”") || last.norm().equals("»") || last.norm().equals("\""))) {
            int k = i - 1;
            while (k >= a && i - k <= NAMED_WORDS && tokens.get(k).isWord() && !inMention[k - a]) {
                k--;
            }
            return k >= a && k < i - 1 && tokens.get(k).isPunct() && isOpening(tokens.get(k).norm()) ? k : -1;
        }
        int k = i;
        while (k >= a && i - k < NAMED_WORDS && tokens.get(k).isWord() && !inMention[k - a]
                && !modifiers.is(tokens.get(k), Modifiers.Kind.NAME_TITLE)) {
            k--;
        }
        return k >= a && k < i && tokens.get(k).isWord() && !inMention[k - a]
                && modifiers.is(tokens.get(k), Modifiers.Kind.NAME_TITLE) ? k : -1;
    }

    /** Whether token {@code i} may be a verb before its subject: a word outside every mention, no article, no preposition. */
    private boolean verbLike(int i) {
        if (i < a || !tokens.get(i).isWord() || inMention[i - a]) {
            return false;
        }
        Token w = tokens.get(i);
        Segment s = w.segments().get(0);
        return !s.hasArticle() && s.preposition() == 0 && !PHRASE_PREPOSITIONS.contains(w.norm())
                && !PHRASE_PREPOSITIONS.contains(s.stem()) && !SUBJECT_GAP.contains(w.norm())
                && !modifiers.is(w, Modifiers.Kind.TIME_NOUN);
    }

    boolean unknownSubjectAfter(Cue c) {
        return unknownSubjectAt(c) >= 0;
    }

    /** The token of the unknown subject {@link #unknownSubjectAfter} sees, or -1. */
    int unknownSubjectAt(Cue c) {
        return c.pattern().frame().targetPreps().isEmpty() ? -1 : unknownNounAfterVerb(c);
    }

    /**
     * Whether a verb whose object follows it directly (no target preposition in its frame) has a subject of its own
     * that no dictionary knows, before the state or body the subject search would take: a definite noun (or a name in
     * quotation marks) right after the verb, then — as the first actor {@link #after} the verb, within its reach —
     * a state or a body by its name. «وشكر الحساينة المملكة العربية السعودية وقطر»، «اجتاح التنظيم المتطرف شمال
     * العراق»، «وهدد الشاه بضم البحرين لإيران»: the noun is the subject and the state the object, or (the subject in
     * the verb) the noun is the object and the state its apposition or its genitive's owner («اجتاحت العاصمة بغداد»);
     * either way the state is not the subject. Not a nationality or people's word after the noun, which says whose
     * the noun is («ويخوض المثقفون المصريون»; not a name mention either), nor an actor past a word joined by و, which
     * goes on describing the noun or lists more of it («أعربت البارونة البريطانية وعضوة البرلمان الأوروبي»).
     */
    boolean unknownSubjectBeforeState(Cue c) {
        int i = c.pattern().frame().targetPreps().isEmpty() && !c.furtherBefore() ? unknownNounAfterVerb(c) : -1;
        if (i < 0) {
            return false;
        }
        List<ActorMention> vso = after(c.end(), 3, true);
        if (vso.isEmpty() || vso.get(0).first() <= i) {
            return false;
        }
        ActorMention m = vso.get(0);
        if (m.form() != ActorMention.Form.NAMED || !("GPE".equals(m.type()) || "ORG".equals(m.type()))
                || m.why().contains("demonym") || m.prefix().startsWith("و")) {
            return false;
        }
        for (int k = i + 1; k < m.first(); k++) {
            if (tokens.get(k).isWord() && tokens.get(k).norm().startsWith("و")
                    && !tokens.get(k).segments().get(0).prefix().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The word right after a verb (past an opening quotation mark) where an unknown subject stands: a definite noun
     * outside every actor mention, not the cue's own word nor a noun of time, or a name in quotation marks; or -1. Not
     * after a verb carrying a pronoun or one whose form says its subject is plural.
     */
    private int unknownNounAfterVerb(Cue c) {
        if (!c.reading().suffix().isEmpty() || patterns.hasPluralSubject(c.pattern(), c.reading().stem())) {
            return -1;
        }
        int i = c.head() + 1;
        boolean quoted = i < b && isOpening(tokens.get(i).norm());
        if (quoted) {
            i++; // a name in quotation marks: «وأشادت «مقلد»»
        }
        if (i >= b || inMention[i - a] || !tokens.get(i).isWord() || c.hasWord(i)
                || modifiers.is(tokens.get(i), Modifiers.Kind.TIME_NOUN)) {
            return -1;
        }
        return quoted || tokens.get(i).segments().get(0).prefix().equals("ال") ? i : -1;
    }

    /** A number (14، تسعة، عشرات; modifiers.tsv count) right before the mention: «14 جنديا»، «تسعة متمردين». */
    boolean counted(ActorMention m) {
        int member = ofMembers(m) && !describedByRelative(m) ? memberAt(m) : -1;
        if (member >= 0 && (tokens.get(member).kind() == org.marsad.text.TokenKind.NUMBER
                || modifiers.is(tokens.get(member).segments().get(0), Modifiers.Kind.COUNT))) {
            return true; // «22 من ميليشيات الحوثي»
        }
        int i = (member >= 0 ? member : m.first()) - 1; // «33 مسلحا من مسلحي داعش»
        if (i < a) {
            return false;
        }
        if (modifiers.is(tokens.get(i), Modifiers.Kind.AMONG)) {
            return countedGroupBefore(i); // «قتل 15 شخصا بينهم نساء وأطفال»: the women are of the 15 killed
        }
        return countAt(i);
    }

    /** A number (not a year) or a word of count (modifiers.tsv count) at {@code i}. */
    private boolean countAt(int i) {
        Token t = tokens.get(i);
        if (t.kind() == org.marsad.text.TokenKind.NUMBER) {
            // not a year: «عام 2004 مسلحون إرهابيون يقتحمون»
            return i == a || !YEAR_WORDS.contains(tokens.get(i - 1).norm());
        }
        return t.isWord() && modifiers.is(t.segments().get(0), Modifiers.Kind.COUNT);
    }

    /**
     * Whether the word of partition at {@code among} (بينهم، منهم; modifiers.tsv among) follows a counted group: «15 شخصا
     * بينهم»، «15 آخرون، من بينهم»، «29 متهمًا، بينهم». The people named after it are of that group, counted as it is.
     */
    private boolean countedGroupBefore(int among) {
        int k = among - 1;
        if (k >= a && "من".equals(tokens.get(k).norm())) {
            k--;
        }
        if (k >= a && LIST_COMMAS.contains(tokens.get(k).norm())) {
            k--;
        }
        if (k < a || !tokens.get(k).isWord() && tokens.get(k).kind() != org.marsad.text.TokenKind.NUMBER) {
            return false;
        }
        return countAt(k) || k - 1 >= a && tokens.get(k).isWord() && countAt(k - 1);
    }

    /** The actor a relative pronoun right before {@code head} refers to (X in «X الذي V»), or null. */
    ActorMention relativeAntecedent(int head) {
        if (head - 1 < a || !clauseBreaks.isRelativePronoun(tokens.get(head - 1))) {
            return null;
        }
        ActorMention m = antecedentOf(head - 1);
        return m != null && participant(m) ? m : null;
    }

    /**
     * The mention a relative pronoun at {@code pronoun} refers to: the last one before it, past agreeing
     * adjectives and nationality adjectives («حركة الشباب المجاهدين الإسلامية الصومالية التي شنت»), or null.
     */
    private ActorMention antecedentOf(int pronoun) {
        if (pronoun - 1 >= a && LIST_COMMAS.contains(tokens.get(pronoun - 1).norm())) {
            pronoun--; // حسن روحاني، الذي التقى
        }
        for (int k = mentions.size() - 1; k >= 0; k--) {
            ActorMention m = mentions.get(k);
            if (m.end() > pronoun) {
                continue;
            }
            if (pronoun - m.end() > ANTECEDENT_ADJECTIVES || !adjectivesBetween(m.end(), pronoun)) {
                return null;
            }
            if (m.form() == ActorMention.Form.ADJECTIVE) {
                continue; // الصومالية in «حركة الشباب الصومالية التي»
            }
            return m;
        }
        return null;
    }

    /** The first actor starting within {@code gap} tokens from {@code from}, with coordinated followers. */
    List<ActorMention> after(int from, int gap, boolean noPreposition) {
        for (int k = 0; k < mentions.size(); k++) {
            ActorMention m = mentions.get(k);
            if (m.first() < from) {
                continue;
            }
            if (m.first() - from - asides(from, m.first()) > gap || crossesPunct(from, m.first())) {
                return List.of();
            }
            if (!participantOrAgent(m) && !(m.isActor() && !noPreposition)) {
                continue;
            }
            int member = noPreposition ? memberAt(m) : -1;
            if (noPreposition && (prepositional(m) && member < 0
                    || prepositionBetween(from, member >= 0 ? member : m.first()))) {
                return List.of(); // «اعتقل بعد أحداث السفارة الأميركية»: the embassy is inside a phrase after بعد
            }
            ActorMention body = m.form() == ActorMention.Form.AGENT_ONLY ? bodyOfSources(m) : null;
            if (body != null) {
                return withCoordinated(body); // «وانتقدت مصادر دبلوماسية في الحكومة اليمنية الأمم المتحدة»
            }
            if (m.form() == ActorMention.Form.AGENT_ONLY) {
                // رئيس منظمة الطاقة الذرية الإيرانية علي أكبر صالحي: a title the dictionary could not tie to a
                // country, then the person's name in apposition — the person is the actor
                for (int ni = 0; ni < mentions.size(); ni++) {
                    ActorMention n = mentions.get(ni);
                    if (n.first() >= m.end() && n.first() - m.end() <= 5 && "PERS".equals(n.type())
                            && n.isActor() && !anyPunct(m.end(), n.first())) { // not past a comma: that is the next actor
                        if (pluralRole(m) && (pluralAdjectivesOnly(m.end(), n.first()) || prepositionBefore(m.end(), n))) {
                            // not after an indefinite plural role (modifiers.tsv plural-role): many are no one person.
                            // Its adjectives then the person («حيث هدد نواب محافظون الرئيس روحاني»): the agent is
                            // the subject, the person the object; the person after a preposition («قتل 3 مسلحين
                            // تابعين لميليشيات الحوثي وصالح») is no apposition at all (session 30, events144)
                            break;
                        }
                        return withCoordinated(n);
                    }
                }
            }
            return withCoordinated(m);
        }
        return List.of();
    }

    /** One word or more, all bare words ending as a plural adjective does (محافظون، غربيين), in [from, to). */
    private boolean pluralAdjectivesOnly(int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            String w = t.norm();
            if (!t.isWord() || w.startsWith("ال") || w.startsWith("و") || !(w.endsWith("ون") || w.endsWith("ين"))) {
                return false;
            }
        }
        return true;
    }

    /** A preposition, free-standing or glued (لميليشيات، بالرئيس), in [from, the person's first word], or on it. */
    private boolean prepositionBefore(int from, ActorMention person) {
        if (prepositional(person) || prepositionBetween(from, person.first())) {
            return true;
        }
        for (int i = from; i < person.first(); i++) {
            if (tokens.get(i).isWord() && gluedPreposition(tokens.get(i).segments().get(0).prefix()) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether the agent's first word is an indefinite plural role (modifiers.tsv plural-role: نواب، مسؤولون). */
    private boolean pluralRole(ActorMention agent) {
        Token t = tokens.get(agent.first());
        if (modifiers.is(t.norm(), Modifiers.Kind.PLURAL_ROLE)) {
            return true;
        }
        for (Segment s : t.segments()) {
            if (!s.hasArticle() && s.suffix().isEmpty() && modifiers.is(s.stem(), Modifiers.Kind.PLURAL_ROLE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The body an agent of no country that is a noun of sources (modifiers.tsv source-noun: مصادر، مصدر) speaks for,
     * named right after «في» or partitive «من» (past at most {@value #MEMBER_ADJECTIVES} agreeing words): «أكدت مصادر
     * في المقاومة الشعبية بمحافظة مأرب أنها قتلت»، «وقالت مصادر مطلعة من الحركة». The agent mention alone would be
     * taken as the verb's subject and leave it with no actor, so the subject carried from another sentence stood in
     * for the speaker; the sources are the body's, as «مسؤول في التنظيم» is (modifiers.tsv member). Not a place
     * («مصادر في صنعاء» are only there); null when no such body follows.
     */
    ActorMention bodyOfSources(ActorMention agent) {
        Token t = tokens.get(agent.first());
        Segment s = t.segments().get(0);
        if (t.segments().size() != 1 || !s.suffix().isEmpty() || s.hasArticle()
                || !(s.prefix().isEmpty() || s.prefix().equals("و"))
                || !modifiers.is(s, Modifiers.Kind.SOURCE_NOUN)) {
            return null;
        }
        for (ActorMention n : mentions) {
            if (n.first() < agent.end()) {
                continue;
            }
            int prep = n.first() - 1;
            boolean body = prep >= agent.end() && prep - agent.first() <= MEMBER_ADJECTIVES + 1
                    && tokens.get(prep).isWord() && (tokens.get(prep).norm().equals("في")
                        || tokens.get(prep).norm().equals("من"))
                    && wordsOnly(agent.end(), prep) && participant(n) && !isPlace(n) && !"GPE".equals(n.type());
            return body ? n : null;
        }
        return null;
    }

    /**
     * The body whose unnamed sources ({@link #bodyOfSources}) are the subject of the reporting verb before the
     * particle of a pronoun subject ({@link #pronounSubject}), or none: «أكدت مصادر في المقاومة الشعبية بمحافظة مأرب
     * أنها قتلت 17 من عناصر ميليشيا الحوثي» — the pronoun is the resistance, not the subject in play or one carried
     * from another sentence. The nearest reporting verb before the particle, at most {@value #SOURCES_REACH} tokens
     * before it, no other verb between, the sources' mention right after it.
     */
    List<ActorMention> sourcesOfPronoun(int head) {
        int particle = particleBefore(head);
        int verb = reportingVerbBefore(particle);
        if (verb < 0 || particle - verb > SOURCES_REACH) {
            return List.of();
        }
        for (int k = verb + 1; k < particle; k++) {
            if (verbAt[k - a]) {
                return List.of();
            }
        }
        for (ActorMention m : mentions) {
            if (m.first() == verb + 1 && m.form() == ActorMention.Form.AGENT_ONLY) {
                ActorMention body = bodyOfSources(m);
                return body != null && body.end() <= particle ? List.of(body) : List.of();
            }
        }
        return List.of();
    }

    List<ActorMention> withCoordinated(ActorMention m) {
        List<ActorMention> group = new ArrayList<>();
        group.add(m);
        ActorMention cur = m;
        for (int k = 0; k < mentions.size(); k++) {
            ActorMention n = mentions.get(k);
            if (n.first() < cur.end()) {
                continue;
            }
            // بوتين وكيم; a list with commas: ميركل، وهولاند، وتسيبراس
            // «إيران أو «حزب الله»»: joined by «or» (modifiers.tsv disjunction), the one after it is no object
            if ((n.prefix().startsWith("و") && gapIs(cur.end(), n.first(), LIST_COMMAS) || disjoined(cur.end(), n.first()))
                    && participantOrAgent(n) && !subjectOfNextClause(cur, n)) {
                group.add(n);
                cur = n;
            } else if (n.first() >= cur.end()) {
                break;
            }
        }
        return group;
    }

    /**
     * Whether the one word in [from, to), quotation marks aside, is «or» (modifiers.tsv disjunction) and the
     * next actor carries no و of its own.
     */
    private boolean disjoined(int from, int to) {
        int words = 0;
        boolean or = false;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isPunct() && isQuote(t)) {
                continue;
            }
            if (t.isPunct()) {
                return false;
            }
            words++;
            or = modifiers.is(t, Modifiers.Kind.DISJUNCTION);
        }
        return words == 1 && or;
    }

    /**
     * Whether {@code n}, joined by a comma and و to the list ending at {@code prev}, is rather the subject of a new
     * clause: a verb follows it at once («في اللقاء الثلاثي ... بعقدة التمسك بالأسد، وبوغدانوف رد على تصريح»: Bogdanov
     * answered; he was no party of the meeting). A list of the one acted upon ends before its verb.
     */
    private boolean subjectOfNextClause(ActorMention prev, ActorMention n) {
        int next = n.end();
        return next < b && next - a < verbAt.length && verbAt[next - a] && punctBetween(prev.end(), n.first(), Set.of());
    }

    /** The subject in play: the last event verb's subject in this sentence, else the one carried from before. */
    List<ActorMention> subjectInPlay() {
        return lastSubject.isEmpty() ? carried : lastSubject;
    }

    /**
     * The actor a sentence opens with (after at most one opener such as وكانت or إن), when it is a
     * participant not governed by a preposition and stands before the cue: the topic of a nominal sentence.
     */
    ActorMention topic(Cue c) {
        for (ActorMention m : mentions) {
            if (m.first() >= c.head()) {
                return null;
            }
            int start = a;
            if (start < m.first() && TOPIC_OPENERS.contains(tokens.get(start).norm())) {
                start++;
            }
            return m.first() == start && participant(m) && !prepositional(m) ? m : null;
        }
        return null;
    }

    /**
     * The token of the noun of membership (modifiers.tsv member: قائد، قيادي، مسؤول، عضو، عنصر، مسلح) that an actor
     * governed by a free-standing «في» or partitive «من» belongs to, or -1: «قائدا كبيرا في البحرية السعودية زار
     * مدينة عدن»، «وتبنى مسؤول في التنظيم المتطرف ... التفجير»، «قتل مسلحان من مليشيات الحوثي». After «من» a number or
     * a word of counting is such a noun too («22 من ميليشيات الحوثي»، «عشرات من داعش»). The persons are the body's,
     * and no dictionary names them, so the body stands for them, as «مسؤول عراقي» does for an Iraqi official. At most
     * {@value #MEMBER_ADJECTIVES} agreeing words between the noun and the preposition (كبيرا، بارز، رفيع); not a place
     * («مسؤول في سوريا» is no Syrian official, «مسلحين من سوريا» came from there).
     */
    int memberAt(ActorMention m) {
        int fi = m.first() - 1;
        if (fi - 1 < a || isPlace(m) || "GPE".equals(m.type()) || !tokens.get(fi).isWord()) {
            return -1;
        }
        String prep = tokens.get(fi).norm();
        boolean partitive = prep.equals("من");
        if (!partitive && !prep.equals("في")) {
            return -1;
        }
        for (int i = fi - 1; i >= a && i >= fi - 1 - MEMBER_ADJECTIVES; i--) {
            Token t = tokens.get(i);
            if (partitive && i == fi - 1 && t.kind() == org.marsad.text.TokenKind.NUMBER) {
                return i;
            }
            if (!t.isWord()) {
                return -1;
            }
            Segment s = t.segments().get(0);
            if (t.segments().size() == 1 && s.suffix().isEmpty()
                    && (s.prefix().isEmpty() || s.prefix().equals("و"))
                    && (modifiers.is(s, Modifiers.Kind.MEMBER)
                        || partitive && i == fi - 1 && modifiers.is(s, Modifiers.Kind.COUNT))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a relative pronoun follows an actor, past at most {@value #MEMBER_ADJECTIVES} words: the clause it opens
     * says what the actor did («اعتقلت ثلاثة من المتطرفين اليهود الذين اقتحموا الأقصى»: they stormed it, they were
     * not its victims).
     */
    boolean describedByRelative(ActorMention m) {
        for (int i = m.end(); i < b && i <= m.end() + MEMBER_ADJECTIVES; i++) {
            if (!tokens.get(i).isWord()) {
                return false;
            }
            if (clauseBreaks.isRelativePronoun(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether an actor stands for its members named before it («مسلحان من مليشيات الحوثي»): see {@link #memberAt}. */
    boolean ofMembers(ActorMention m) {
        return prepositional(m) && memberAt(m) >= 0;
    }

    /** A subject's apposition between commas: the actor that names who the subject is, and the token after its comma. */
    record CommaApposition(ActorMention actor, int end) {
    }

    /**
     * The apposition between commas of a subject that is a title of no country followed by a name no dictionary
     * knows: «رفض السفير حسين هريدي، مساعد وزير الخارجية المصري الأسبق، تصريحات المالكي»، «ثمن السفير أحمد قطان،
     * سفير المملكة العربية السعودية في مصر، دعم ...». The actor right after the comma (a title or a person, no
     * preposition, no و: not a second member of a list), closed by a comma within {@value #APPOSITION_REACH} tokens
     * with no verb between, says who the subject is; the verb's object follows the closing comma. A subject with a
     * country of its own is left alone: there the actor between commas is the object as often as not («هاجم ...
     * الفريق ضاحي خلفان، الأمين العام لحزب الله حسن نصر الله، واصفاً»), unless that actor is of the subject's own
     * code: then it names the same one, the subject's title and its name («أنهى الرئيس السوداني، عمر حسن البشير، أزمة
     * احتجاز 101 صياد مصري»: the object follows the closing comma; session 21, events77).
     */
    CommaApposition commaApposition(ActorMention subject) {
        if (subject.form() != ActorMention.Form.AGENT_ONLY) {
            return sameActorBetweenCommas(subject);
        }
        int i = subject.end();
        while (i < b && i - subject.end() < APPOSITION_NAME_REACH && nameWord(i)) {
            i++;
        }
        if (i == subject.end() || i + 1 >= b || !LIST_COMMAS.contains(tokens.get(i).norm())) {
            return null;
        }
        ActorMention title = titleAfterComma(i);
        if (title == null) {
            return null;
        }
        for (int k = title.end(); k < b && k < title.end() + APPOSITION_REACH; k++) {
            if (verbAt[k - a]) {
                return null;
            }
            if (tokens.get(k).isPunct()) {
                return LIST_COMMAS.contains(tokens.get(k).norm()) ? new CommaApposition(title, k + 1) : null;
            }
        }
        return null;
    }

    /** The apposition between commas right after a subject with a code of its own that names the same actor, or null. */
    private CommaApposition sameActorBetweenCommas(ActorMention subject) {
        int i = subject.end();
        if (subject.code() == null || i + 1 >= b || !LIST_COMMAS.contains(tokens.get(i).norm())) {
            return null;
        }
        ActorMention same = titleAfterComma(i);
        if (same == null || !subject.code().equals(same.code())) {
            return null;
        }
        int k = same.end();
        return k < b && LIST_COMMAS.contains(tokens.get(k).norm()) ? new CommaApposition(same, k + 1) : null;
    }

    /**
     * The actor of a title or a person that opens the phrase after the comma at {@code comma} (no preposition, no و:
     * not a second member of a list), or null: the head of an apposition.
     */
    private ActorMention titleAfterComma(int comma) {
        for (ActorMention m : mentions) {
            if (m.first() == comma + 1) {
                return m.isActor() && !prepositional(m) && !m.prefix().startsWith("و")
                        && ("AGENT".equals(m.type()) || "PERS".equals(m.type())) ? m : null;
            }
        }
        return null;
    }

    /**
     * SVO with the subject's apposition between commas before the verb: «وكان السفير حسين هريدي، مساعد وزير
     * الخارجية المصري الأسبق، رفض ...»، «وكانت قوات الدفاع الشعبي، الجناح العسكري لحزب العمال الكردستاني، دانت».
     * The phrase between the commas opens with a title or a person (see {@link #titleAfterComma}) and holds no
     * verb; before its comma stands an actor (no preposition, not itself right after a verb, whose subject or object
     * it would be). A subject with a country of its own is the subject; a title of no country followed by a name no
     * dictionary knows is named by the apposition. Empty when the verb is joined by و (a clause of its own).
     */
    List<ActorMention> subjectBeforeApposition(int head, boolean conjoined) {
        int close = head - 1;
        if (conjoined || close - 2 < a || !LIST_COMMAS.contains(tokens.get(close).norm())
                || tokens.get(head).segments().get(0).prefix().startsWith("و")) {
            return List.of();
        }
        int open = close - 1;
        while (open > a && close - open <= APPOSITION_REACH + 6 && !tokens.get(open).isPunct() && !verbAt[open - a]) {
            open--;
        }
        if (open == close - 1 || !LIST_COMMAS.contains(tokens.get(open).norm()) || !nounOpening(open + 1)) {
            return List.of();
        }
        int i = open;
        while (i > a && open - i < APPOSITION_NAME_REACH && nameWord(i - 1)) {
            i--;
        }
        ActorMention subject = actorEndingAt(i);
        if (subject == null || prepositional(subject) || subject.first() > a && subject.prefix().startsWith("و")
                || subject.first() - 1 >= a && verbAt[subject.first() - 1 - a]) {
            // (not the last of a list: «الذي يصل بين الضفة الغربية والأردن، ولكن إسرائيل تسيطر عليه ...، فقال»)
            return List.of();
        }
        if (subject.form() == ActorMention.Form.AGENT_ONLY) {
            // «السفير حسين هريدي، مساعد وزير الخارجية المصري الأسبق،»: the title names who the subject is
            ActorMention title = i < open ? titleAfterComma(open) : null;
            return title != null && title.end() <= close && close - title.end() <= APPOSITION_REACH
                    ? List.of(title) : List.of();
        }
        // «قوات الدفاع الشعبي، الجناح العسكري لحزب العمال الكردستاني،»، «إيران، حليفة الرئيس السوري بشار الأسد،»: an
        // apposition names an actor; a phrase between commas that names none is an adverbial («نفذت السلطات
        // الباكستانية، صباح اليوم الثلاثاء، حكم الإعدام»: the actor was the object of a verb no cue knows)
        return i == open && participant(subject) && actorBetween(open + 1, close) ? List.of(subject) : List.of();
    }

    /** Whether an actor mention lies wholly in the tokens [from, to). */
    private boolean actorBetween(int from, int to) {
        for (ActorMention m : mentions) {
            if (m.first() >= from && m.end() <= to) {
                return true;
            }
        }
        return false;
    }

    /** A word with no preposition or conjunction on it (الجناح، حليفة، مساعد): it may open an apposition. */
    private boolean nounOpening(int i) {
        Token t = tokens.get(i);
        if (!t.isWord() || STANDALONE_PREPS.contains(t.norm()) || clauseBreaks.isRelativePronoun(t)) {
            return false; // «وشفقت حسين، الذي دفع ببراءته خلال محاكمته، حكم عليه»: a relative clause, no apposition
        }
        String prefix = t.segments().get(0).prefix();
        return prefix.isEmpty() || prefix.equals("ال");
    }

    /** A word that may be part of a person's name after a title: no mention, verb, clitic, preposition or time noun. */
    private boolean nameWord(int i) {
        Token t = tokens.get(i);
        return t.isWord() && !inMention[i - a] && !verbAt[i - a] && t.segments().get(0).prefix().isEmpty()
                && !STANDALONE_PREPS.contains(t.norm()) && !modifiers.is(t, Modifiers.Kind.TIME_NOUN);
    }
}
