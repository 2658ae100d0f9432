package org.marsad.events;

import static org.marsad.events.EventCoder.VIOLENT_ROOTS;

import java.util.List;
import java.util.Set;
import org.marsad.actors.ActorMention;
import org.marsad.text.Segment;
import org.marsad.text.Token;

/**
 * The construction a cue stands in, read off the tokens around its head: a time adverbial (خلال زيارته), governed by a
 * preposition, joined to a masdar before it, a vowelled passive, a light verb's passive before it, a reception
 * (حفل استقبال), first person, a thing as subject, an interview, a purpose clause, whether it is about the article's
 * main actor. {@link SentenceCoder#code} uses these to choose which argument rules apply; none finds a party.
 */
abstract class CueConstruction extends ActorIdentity {
    static final Set<String> REFERENCE_PREPOSITIONS = Set.of("في", "عن", "علي", "من", "منذ", "بعد", "قبل",
            "خلال", "اثر", "عقب", "ضد", "حول", "بشان", "جراء");

    /** Words of a masdar's genitive that may stand between it and a victim act joined to it by و (احتلال المدن اليمنية وقتل). */
    private static final int JOINED_MASDAR_GAP = 3;

    /** Words that make a following masdar a time adverbial (normalized). */
    static final Set<String> TIME_ADVERBIALS = Set.of("خلال", "اثناء", "ابان", "عقب", "لدي", "طوال");

    CueConstruction(SentenceInput in) {
        super(in);
    }

    /**
     * Whether the verb cue at {@code c} carries a glued بـ: no verb does, so it is the masdar a first-measure verb
     * shares with its bare past, found only as a light verb's complement («تقوم بقصف»، «قاموا بقتل»: CueFinder).
     * Its agent is the light verb's subject, never a word the verb's own frame would read as its subject.
     */
    boolean masdarSpelledAsVerb(Cue c) {
        return c.isVerb() && "ب".equals(gluedPreposition(c.reading().prefix()));
    }

    /**
     * A masdar governed by a preposition (في اغتيال، عن اختطاف، بالهجوم، منذ الغزو) names an event
     * the sentence is about something else in relation to — an investigation, a charge, a date —
     * rather than reporting it.
     */
    boolean governedByPreposition(Cue c) {
        if (gluedPreposition(c.reading().prefix()) != null) {
            return true;
        }
        int i = c.head() - 1;
        if (i < a || !tokens.get(i).isWord()) {
            return false;
        }
        String w = tokens.get(i).norm();
        return REFERENCE_PREPOSITIONS.contains(w);
    }

    /** A masdar with the lam of purpose (لتزويد، لدعم), not governed by another word. */
    boolean purpose(Cue c) {
        String prefix = c.reading().prefix();
        return prefix.equals("ل") || prefix.equals("ول") || prefix.equals("فل");
    }

    /**
     * A masdar in a time adverbial (خلال زيارة، أثناء محادثات، عقب لقاء) with no agent of its own: it
     * is an act of the clause's subject, the one the text is about.
     */
    boolean adverbial(Cue c) {
        int i = c.head() - 1;
        if (i < a || !tokens.get(i).isWord()) {
            return false;
        }
        return bareWordOf(tokens.get(i), TIME_ADVERBIALS);
    }

    /**
     * The word at {@code i} can be a genitive: a word with no preposition, glued or standing alone, and not the
     * verb of doing that opens a relative clause naming the agent («في قصف شنه الحوثيون»).
     */
    private boolean genitiveFollows(int i) {
        if (i >= b || !tokens.get(i).isWord() || STANDALONE_PREPS.contains(tokens.get(i).norm())
                || doingVerbWithResumptive(i)) {
            return false;
        }
        return gluedPreposition(tokens.get(i).segments().get(0).prefix()) == null;
    }

    /**
     * The cue's verb is written with a damma on its stem's first letter (قُتل، أُعدم، فقُتلوا): the passive of the
     * past, spelled out. Not on a present's prefix (يُهاجم، تُطلق are active too). Reads the token's own characters:
     * normalization drops the vowels.
     */
    boolean vowelledPassive(Cue c) {
        String stem = c.reading().stem();
        if (stem.isEmpty() || stem.charAt(0) == 'ي' || stem.charAt(0) == 'ت' || stem.charAt(0) == 'ن') {
            return false;
        }
        Token t = tokens.get(c.head());
        int letters = c.reading().prefix().length() + 1; // the proclitics' letters and the stem's first
        for (int i = t.start(); i < t.end(); i++) {
            char ch = text.charAt(i);
            if (ch >= '\u064B' && ch <= '\u0652' || ch == '\u0640') {
                if (letters == 0 && ch == '\u064F') {
                    return true;
                }
                continue; // a vowel, shadda or tatweel: no letter
            }
            if (letters == 0) {
                return false; // the stem's second letter, no damma before it
            }
            letters--;
        }
        return false;
    }

    /** Third-person pronouns a masdar read as a verb's bare past may carry as its owner's (دعمها، رفضه، خرقهم). */
    static final Set<String> OWNER_PRONOUNS = Set.of("ه", "ها", "هم", "هما");

    /** How many words before a masdar joined by و the masdar it is joined to may end (دعمها لتجارة السلاح ودعمها). */
    private static final int OWNER_CHAIN_GAP = 4;

    /**
     * Whether a verb cue read as its bare past with a third-person pronoun is the masdar with its owner's pronoun (its
     * agent): with لـ glued (لرفضه، ولدعمها), right after a word of modifiers.tsv {@code owner-masdar-opener} (بسبب
     * دعمها، بعد رفضه، على خلفية خرقهم), or with و and the same pronoun joined to such a masdar at most
     * {@link #OWNER_CHAIN_GAP} words before it (بسبب دعمها لتجارة السلاح ودعمها للحوثيين). Not an act of force (18-20),
     * whose pronoun is as often the one it is done to (لقتله، لقصفها), nor a coercive one (17: لطردهم، عند خطفهم).
     * Session 28, events117.
     */
    boolean ownerMasdar(Cue c) {
        if (!c.isVerb() || c.furtherBefore() || VIOLENT_ROOTS.contains(c.pattern().root())
                || c.pattern().root().equals("17") || !OWNER_PRONOUNS.contains(c.reading().suffix())
                || !patterns.isBarePast(c.pattern(), c.reading().stem())) {
            return false;
        }
        return ownerMasdarStart(c.head(), c.reading()) >= 0;
    }

    /**
     * The first word of the chain of owner masdars token {@code i} (read as {@code r}) stands in, or -1 when it is none:
     * the word itself when lam is glued to it or an opener stands right before it, else, for a و-reading, the first word
     * of the masdar it is joined to.
     */
    int ownerMasdarStart(int i, Segment r) {
        String prefix = r.prefix();
        if (!prefix.isEmpty() && prefix.charAt(prefix.length() - 1) == 'ل' && !prefix.contains("ال")) {
            return i; // لرفضه، ولدعمها
        }
        if (!prefix.isEmpty() && modifiers.is(prefix, Modifiers.Kind.OWNER_MASDAR_PROCLITIC)) {
            return i; // بدعمها، وبرفضه (modifiers.tsv owner-masdar-proclitic; session 29, events128)
        }
        if (prefix.isEmpty() || prefix.equals("و")) {
            if (i - 1 >= a && tokens.get(i - 1).isWord() && modifiers.mayBeModifier(tokens.get(i - 1))
                    && modifiers.is(tokens.get(i - 1), Modifiers.Kind.OWNER_MASDAR_OPENER)) {
                return i - 1 >= a + 1 && tokens.get(i - 1).norm().equals("خلفيه") ? i - 2 : i - 1;
            }
        }
        if (!prefix.equals("و")) {
            return -1;
        }
        for (int k = i - 1; k >= Math.max(a, i - 1 - OWNER_CHAIN_GAP); k--) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                return -1;
            }
            List<Segment> readings = t.segments();
            for (int ri = 0; ri < readings.size(); ri++) {
                Segment o = readings.get(ri);
                if (o.suffix().equals(r.suffix()) && o.stem().equals(r.stem())) {
                    return ownerMasdarStart(k, o);
                }
                if (o.suffix().equals(r.suffix()) && !o.stem().isEmpty()) {
                    // «بسبب دعمها وتمويلها للإرهاب»: a masdar of another stem with the same pronoun, itself an owner
                    // masdar, heads the chain too (session 29, events128)
                    int start = ownerMasdarStart(k, o);
                    if (start >= 0) {
                        return start;
                    }
                }
            }
        }
        return -1;
    }

    /**
     * A preposition governs the cue's word: glued to it (لقصف، بقتل) or standing right before it, alone or after
     * و/ف (عبر خطف، وبعد طرد; {@link #PHRASE_PREPOSITIONS}, which leave out من, also the pronoun "who": «من
     * قتل»). No verb follows a preposition, so the bare past there is the masdar it is also the form of.
     */
    boolean prepositionBefore(Cue c) {
        if (!patterns.isBarePast(c.pattern(), c.reading().stem()) || !c.reading().suffix().isEmpty()
                || c.reading().hasArticle() || c.last() >= c.end() || !genitiveFollows(c.end())) {
            // ليقتل is a verb (the lam of purpose), قتلهم a verb with its object; «بالضرب» has no genitive;
            // a cue with further words takes its object there, its genitive is the agent («مع شن مسلحين
            // هجوما»); and a preposition after it («لقصف بدبابات تركية») opens no genitive
            return false;
        }
        if (gluedPreposition(c.reading().prefix()) != null) {
            return true;
        }
        int i = c.head() - 1;
        if (i < a || !tokens.get(i).isWord() || !c.reading().prefix().isEmpty()) {
            return false;
        }
        return bareWordOf(tokens.get(i), PHRASE_PREPOSITIONS);
    }

    /**
     * Whether a verb's bare past after a preposition (so its masdar: «بعد توصل دول مجموعة «5+1» مع طهران إلى اتفاق»)
     * has a genitive right after it that no dictionary knows: a word outside every actor mention, not the cue's own
     * further word, a time noun, a word that stands between a verb and its subject, nor a word with a pronoun or a
     * clitic but the article in any of its readings. The masdar's genitive is its doer; so the act has a doer of its own, and neither the speaker nor the
     * subject in play is it. Only a cue whose further words (its object or complement) come after that word: then the
     * genitive before them is the doer («مع شن مسلحين هجوما»); a lone masdar's genitive is as often its object («عن دعم
     * شعوب فلسطين»: the peoples are supported). Not for the acts with victims, whose genitive is the victim.
     */
    boolean unknownGenitiveAfterPreposition(Cue c) {
        if (!c.isVerb() || SpeakerSearch.VICTIM_ROOTS.contains(c.pattern().root()) || !patterns.isBarePast(c.pattern(), c.reading().stem())
                || !c.reading().suffix().isEmpty() || c.reading().hasArticle()) {
            return false;
        }
        boolean governed = gluedPreposition(c.reading().prefix()) != null
                || c.head() - 1 >= a && tokens.get(c.head() - 1).isWord() && c.reading().prefix().isEmpty()
                    && bareWordOf(tokens.get(c.head() - 1), PHRASE_PREPOSITIONS);
        int i = c.end();
        if (!governed || c.last() <= i || !genitiveFollows(i) || inMention[i - a] || verbAt[i - a] || c.hasWord(i)) {
            return false;
        }
        Token w = tokens.get(i);
        for (Segment s : w.segments()) {
            if (!s.suffix().isEmpty() || !s.prefix().isEmpty() && !s.prefix().equals("ال")) {
                return false; // «عن دعم أصدقائنا»: the speaker's own friends; «لبحث وإقرار»: a second masdar
            }
        }
        return !SubjectSearch.SUBJECT_GAP.contains(w.norm()) && !PHRASE_PREPOSITIONS.contains(w.norm())
                && !modifiers.is(w, Modifiers.Kind.TIME_NOUN);
    }

    /**
     * Whether a victim act's bare past joined by و (وقتل) comes right after another act named by a masdar and at most
     * {@link #JOINED_MASDAR_GAP} words of its genitive: it is that masdar's fellow, a masdar too, and what follows
     * it its genitive, the victim («تفجير المساجد وقتل رجال الأمن»، «تدمير اليمن وقتل الشعب»، «لضرب وقتل النساء»).
     * The act before is a masdar when its pattern is a noun's (N) or it carries the article or a glued preposition;
     * a verb before («قصفت ... وقتلت») makes a verb of the second too, and so does a verb between them.
     */
    boolean joinedToMasdar(Cue c) {
        if (!c.reading().prefix().equals("و") || !patterns.isBarePast(c.pattern(), c.reading().stem())
                || !c.reading().suffix().isEmpty() || c.last() >= c.end() || !genitiveFollows(c.end())) {
            return false;
        }
        for (Cue o : cues) {
            if (o == c || o.end() > c.head() || c.head() - o.end() > JOINED_MASDAR_GAP) {
                continue;
            }
            boolean masdar = o.pattern().kind() == 'N' || o.reading().hasArticle()
                    || gluedPreposition(o.reading().prefix()) != null;
            if (!masdar) {
                continue;
            }
            boolean plain = true;
            for (int i = o.end(); i < c.head(); i++) {
                plain &= tokens.get(i).isWord() && (verbAt.length == 0 || !verbAt[i - a]);
            }
            if (plain) {
                return true;
            }
        }
        return false;
    }

    /** A noun of occurrence right before the cue (حوادث، عمليات; modifiers.tsv, event-head). */
    boolean eventHeadBefore(Cue c) {
        int i = c.head() - 1;
        if (i < a || !tokens.get(i).isWord() || !c.reading().prefix().isEmpty()) {
            return false;
        }
        List<Segment> readings = tokens.get(i).segments();
        for (int r = 0; r < readings.size(); r++) {
            if (modifiers.is(readings.get(r), Modifiers.Kind.EVENT_HEAD)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a masdar of receiving stands in «في» after a verb of being or finding (modifiers.tsv
     * {@code at-reception}: «وكان في استقبالهم ... خادم الحرمين الشريفين»، «حيث وجد في استقباله مسؤولين»):
     * the idiom names the one received in the masdar's genitive and the host after it.
     */
    boolean atReception(Cue c) {
        int fi = c.head() - 1;
        if (fi - 1 < a || !tokens.get(fi).norm().equals("في") || !tokens.get(fi - 1).isWord()) {
            return false;
        }
        return modifiers.is(tokens.get(fi - 1), Modifiers.Kind.AT_RECEPTION);
    }

    /**
     * The word right before the cue is the light verb of the passive (modifiers.tsv passive-light: تم، يتم، سيتم,
     * with or without و/ف): the cue is its masdar, acted upon («تم قتل متمردين»، «وتم اعتقاله»).
     */
    boolean passiveLightBefore(Cue c) {
        int i = c.head() - 1;
        if (i < a || !tokens.get(i).isWord() || !c.reading().prefix().isEmpty()) {
            return false;
        }
        for (Segment s : tokens.get(i).segments()) {
            if (modifiers.is(s, Modifiers.Kind.PASSIVE_LIGHT)) {
                return true;
            }
        }
        String w = tokens.get(i).norm();
        return (w.startsWith("و") || w.startsWith("ف")) && modifiers.is(tokens.get(i).normAfterFirstLetter(), Modifiers.Kind.PASSIVE_LIGHT);
    }

    /**
     * The cue is a masdar joined by و to the masdar after the light verb of the passive, with at most
     * {@link #PASSIVE_JOINED_REACH} words of that masdar's own between and no punctuation («ومنذ تم ضبطه ومحاكمته»، «لم
     * يتم معاقبة رجل الأمن ومحاكمته»): the light verb governs both, and neither names its doer.
     */
    boolean passiveLightJoinedBefore(Cue c) {
        if (c.isVerb() || !c.reading().prefix().equals("و")) {
            return false;
        }
        for (int i = c.head() - 2; i >= a && i >= c.head() - 1 - PASSIVE_JOINED_REACH; i--) {
            if (!tokens.get(i + 1).isWord() || !tokens.get(i).isWord()) {
                return false;
            }
            for (Segment s : tokens.get(i).segments()) {
                if (modifiers.is(s, Modifiers.Kind.PASSIVE_LIGHT)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many words the first masdar and its genitive may take between a passive light verb and a joined masdar. */
    private static final int PASSIVE_JOINED_REACH = 4;

    /**
     * The group holds the actor the article names most (a tie counts): the one a sentence that names no
     * subject of its own goes on about. A subject carried from the sentence before is borrowed only then;
     * when that subject was a side actor, a verb with no named subject has, far more often, one the
     * dictionaries do not know («ووصلت الطائرة السعودية»، «والدة الأسير ... تعتصم»، «وكان ميسي قد حل ضيفا»).
     */
    boolean aboutIt(List<ActorMention> group) {
        for (ActorMention m : group) {
            if (m.primary() != null && focus.getOrDefault(m.primary(), 0) >= mostNamed) {
                return true;
            }
        }
        return false;
    }

    /** A verb cue in the first person plural (ندعم، قدمنا; EventPatterns#isFirstPersonPlural). */
    boolean firstPerson(Cue c) {
        return c.isVerb() && patterns.isFirstPersonPlural(c.pattern(), c.reading().stem());
    }

    /** Whether the verb cue carries "me" or "us" as its object (دعاني، تهاجمنا، دعانا). */
    boolean firstPersonObject(Cue c) {
        return c.isVerb() && patterns.isFirstPersonObject(c.pattern(), c.reading().stem(), c.reading().suffix());
    }

    /**
     * Whether the word right after a verb cue is a noun of a thing or an amount (modifiers.tsv
     * {@code thing-subject}: إنتاج، صادرات، أسعار، الاتصالات): that noun is the verb's subject, so the verb tells
     * what became of the thing, and the actor in its genitive (إنتاج السعودية) is neither agent nor object.
     */
    boolean thingSubject(Cue c) {
        int i = c.end();
        if (i >= b || !tokens.get(i).isWord() || c.hasWord(i)) {
            return false; // «بعث رسالة»، «تجري اتصالات»: the thing is the cue's own object
        }
        String w = tokens.get(i).norm();
        return modifiers.isWithOrWithoutArticle(w, Modifiers.Kind.THING_SUBJECT);
    }

    /**
     * Whether a visit cue's إلى (its last word) has a noun of a state or an outcome right after it (modifiers.tsv
     * {@code arrival-goal}, with the article or without): «قد تكون القوى الغربية وصلت إلى قناعة أن إيران» reached a
     * conviction, visited nobody (the lead's note, session 26).
     */
    boolean figurativeArrival(Cue c) {
        int i = c.last();
        if (!c.pattern().frame().visit() || i + 1 >= b || !tokens.get(i).isWord() || !tokens.get(i + 1).isWord()
                || !"الي".equals(tokens.get(i).norm())) {
            return false;
        }
        String w = tokens.get(i + 1).norm();
        return modifiers.isWithOrWithoutArticle(w, Modifiers.Kind.ARRIVAL_GOAL);
    }

    /**
     * Whether a verb cue means «to pretend» (modifiers.tsv {@code pretend-verb}: تظاهر/يتظاهر) by the word right after
     * it, as written: a {@code pretend-sign} word («يتظاهرون أنهم في خدمة البلد»، «تظاهر بأنه ميت»، «يتظاهر بعدم»), or
     * a word opening with بـ + the article when «بال» is a pretend-sign and the rest is no {@code pretend-not} noun of a
     * crowd or a place («تظاهر بالإصلاح»; not «تظاهروا بالآلاف»، «بالقرب من»). Asked only of a one-word verb cue.
     */
    boolean pretending(Cue c) {
        int i = c.end();
        if (!c.isVerb() || c.last() != c.head() || i >= b || !tokens.get(i).isWord()
                || !modifiers.isVerbForm(c.reading().stem(), Modifiers.Kind.PRETEND_VERB)) {
            return false;
        }
        String w = tokens.get(i).norm();
        if (modifiers.is(w, Modifiers.Kind.PRETEND_SIGN)) {
            return true;
        }
        return w.length() > 4 && w.startsWith("بال") && modifiers.is("بال", Modifiers.Kind.PRETEND_SIGN)
                && !modifiers.is(w.substring(3), Modifiers.Kind.PRETEND_NOT)
                && !modifiers.is(tokens.get(i).normAfterFirstLetter(), Modifiers.Kind.PRETEND_NOT);
    }

    /**
     * Whether a noun cue names a festival, a fair or a public occasion, not a demonstration (modifiers.tsv
     * {@code festival-noun}: تظاهرة، تظاهرات) by the word right after it, as written, with the article or without: a
     * {@code festival-sign} adjective («تظاهرة ثقافية»، «أكبر تظاهرة اقتصادية للتمور»، «هذه التظاهرة الموسيقية»).
     */
    boolean festival(Cue c) {
        if (!c.isVerb() && c.end() < b && modifiers.is(c.reading().stem(), Modifiers.Kind.FESTIVAL_NOUN)) {
            return festivalSignAt(c.end());
        }
        // a phrase cue's further word: «تنظم وزارة الثقافة تظاهرة فنية» (نظم + تظاهر*)
        for (int k = 0; k < c.words().size(); k++) {
            int w = c.words().get(k);
            if (w != c.head() && w + 1 < b && tokens.get(w).isWord() && tokens.get(w).segments().size() == 1
                    && modifiers.is(tokens.get(w).segments().get(0).stem(), Modifiers.Kind.FESTIVAL_NOUN)
                    && festivalSignAt(w + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Words that open a clause a generic role noun may head: «إن المواطن يعاني»، «لأن التاجر يرفع الأسعار». */
    private static final Set<String> GENERIC_CLAUSE_OPENERS = Set.of("ان", "لان", "فان", "وان", "بل", "ثم", "حيث");
    /** Words that may stand between a generic role noun and its present verb: «والمواطن لا يجد». */
    private static final Set<String> GENERIC_BETWEEN = Set.of("لا", "لم", "لن", "قد", "ما");

    /**
     * Whether a present-tense verb cue's subject is a generic singular role noun (modifiers.tsv {@code generic-role}:
     * المواطن، المستثمر، المزارع ...) standing right before it, as written, with the article and nothing after it (a
     * negation or قد at most), opening its clause: «فالمزارع يصرخ، والمستثمر يحتج، والمواطن يستغرب من أمر هذه الوزارة» is
     * a writer's figure of speech for the kind, no act of anyone (a named, counted or pointed-at one, «هذا المواطن»،
     * «المواطن علي مفرح»، «المواطنون», is no such noun; a past act is told of a particular one). (session 29, events134)
     */
    boolean genericRoleDoer(Cue c) {
        if (!c.isVerb() || !EventDater.presentTense(c)) {
            return false;
        }
        int i = c.head() - 1;
        if (i > a && tokens.get(i).isWord() && GENERIC_BETWEEN.contains(tokens.get(i).norm())) {
            i--;
        }
        if (i < a || !tokens.get(i).isWord()) {
            return false;
        }
        Token t = tokens.get(i);
        String w = t.norm();
        boolean glued = (w.startsWith("و") || w.startsWith("ف")) && w.length() > 4
                && modifiers.is(t.normAfterFirstLetter(), Modifiers.Kind.GENERIC_ROLE);
        if (!glued && !modifiers.is(w, Modifiers.Kind.GENERIC_ROLE)) {
            return false;
        }
        if (glued || i == a) {
            return true;
        }
        Token before = tokens.get(i - 1);
        return before.isPunct()
                || before.isWord() && GENERIC_CLAUSE_OPENERS.contains(before.norm());
    }

    private boolean festivalSignAt(int i) {
        return tokens.get(i).isWord()
                && modifiers.isWithOrWithoutArticle(tokens.get(i).norm(), Modifiers.Kind.FESTIVAL_SIGN);
    }

    /**
     * Whether a masdar cue is an act an agreement, a plan or a decision provides for: right after a verb of including
     * (modifiers.tsv {@code inclusion}: شمل، تضمن; after its على: اشتمل على), or after a masdar without the article
     * there that governs the cue's noun («تقديم المعونات»), the verb's subject a {@code provision-noun} right before
     * it («الاتفاقية شملت تقديم المعونات») or right after it, an adjective at most then («وتضمن الاتفاق الأمني
     * تقديم»). The act is still to come and the text names no doer: neither the one who reports it nor the subject in
     * play did it. Not the stipulation verbs (ينص على: {@link ModalityRules}'s own rule, which keeps the subject in
     * play, session 18).
     */
    boolean providedFor(Cue c) {
        if (c.isVerb() && (!patterns.isBarePast(c.pattern(), c.reading().stem()) || !c.reading().prefix().isEmpty()
                || !c.reading().suffix().isEmpty())) {
            return false; // a verb's bare past there is its masdar («على رفع العقوبات»)
        }
        int first = c.head();
        for (int w : c.words()) {
            first = Math.min(first, w); // a phrase cue's head may be its last word
        }
        if (listedInProvision(c, first)) {
            return true;
        }
        int v = first - 1;
        if (v > a && tokens.get(v).isWord() && !inMention[v - a] && !tokens.get(v).norm().startsWith("ال")
                && !"علي".equals(tokens.get(v).norm()) && !modifiers.is(withoutConjunction(tokens.get(v).norm()), Modifiers.Kind.INCLUSION)) {
            v--; // the masdar whose object the cue's noun is: «شملت تقديم المعونات»
        }
        boolean ala = v >= a && tokens.get(v).isWord() && "علي".equals(tokens.get(v).norm());
        if (ala) {
            v--;
        }
        for (int k = v; k >= Math.max(a, v - 2); k--) { // the verb, with its subject and an adjective after it
            if (k < a || !tokens.get(k).isWord() || inMention[k - a]) {
                return false;
            }
            String w = withoutConjunction(tokens.get(k).norm());
            boolean verb = modifiers.is(w, Modifiers.Kind.INCLUSION);
            if (verb && k == v) {
                return k - 1 >= a && tokens.get(k - 1).isWord() && !inMention[k - 1 - a]
                        && modifiers.is(withoutConjunction(tokens.get(k - 1).norm()), Modifiers.Kind.PROVISION_NOUN);
            }
            if (verb) {
                return modifiers.is(tokens.get(k + 1), Modifiers.Kind.PROVISION_NOUN)
                        && (k + 2 == v + 1 || tokens.get(v).norm().startsWith("ال"));
            }
        }
        return false;
    }

    /** How far (tokens) before a listed act the على of a verb of including may stand (على «نظام دفاع صاروخي مضاد ... وتدريبات). */
    private static final int LISTED_REACH = 16;
    /** How many words a verb of including may stand before its على, its subject between (تشتمل هذه الخطة بحسب كيري على). */
    private static final int INCLUSION_SUBJECT_REACH = 5;

    /**
     * Whether a masdar cue is an item of what a plan, an agreement or a programme includes, listed after the على of a
     * verb of including (modifiers.tsv {@code inclusion}: اشتمل على، احتوى على) whose subject, between the verb and على,
     * is a {@code provision-noun} (after a demonstrative: هذه الخطة) or stands right before the verb: «تشتمل هذه الخطة
     * بحسب كيري على «نظام دفاع صاروخي مضاد للصواريخ الباليستية وتدريبات عسكرية مشتركة ...»» (session 25's blind
     * judgement of slice 72, items 41/42: joint exercises a plan provides for, coded as done). The item is found by
     * {@link #listedAfterAla}.
     */
    private boolean listedInProvision(Cue c, int first) {
        int ala = listedAfterAla(c, first);
        return ala >= 0 && includingBefore(ala);
    }

    /**
     * The على whose complement lists a masdar cue (or a verb's bare past, its masdar there), or -1: the cue right after it (quotation marks between) or a later
     * item joined by و, at most {@link #LISTED_REACH} tokens after it, only words, quotation marks and a comma before
     * a word with و between (no other punctuation, no relative pronoun, no verb cue, no clause break; an item may name
     * an actor: «نظام دفاع صاروخي»): «على «نظام دفاع صاروخي ... وتدريبات عسكرية مشتركة»، «على وقف تدفق المقاتلين
     * الإرهابيين الأجانب، وقطع الموارد المالية».
     */
    int listedAfterAla(Cue c, int first) {
        if (first - 1 < a || c.isVerb() && (!patterns.isBarePast(c.pattern(), c.reading().stem())
                || !c.reading().suffix().isEmpty() || !c.reading().prefix().isEmpty() && !"و".equals(c.reading().prefix()))) {
            return -1; // a verb's bare past there is its masdar, with و at most («على وقف تدفق المقاتلين ...، وقطع الموارد»)
        }
        boolean joined = tokens.get(first).norm().startsWith("و");
        boolean rightAfter = true;
        for (int k = first - 1; k >= Math.max(a, first - LISTED_REACH); k--) {
            Token t = tokens.get(k);
            String n = t.norm();
            if (EventCoder.isQuote(t)) {
                continue;
            }
            if (t.isPunct() && ("،".equals(n) || ",".equals(n)) && tokens.get(k + 1).norm().startsWith("و")) {
                rightAfter = false;
                continue;
            }
            if (!t.isWord() || clauseBreaks.isRelative(t) || verbCueAt(k) != null) {
                return -1;
            }
            if ("علي".equals(n)) {
                return (joined || rightAfter) && !clauseBreaks.anyBetween(tokens, k + 1, first) ? k : -1;
            }
            rightAfter = false;
        }
        return -1;
    }

    /**
     * Whether a verb of including stands at most {@link #INCLUSION_SUBJECT_REACH} words before the على at {@code ala},
     * with a provision noun between (تشتمل هذه الخطة على) or right before it (الخطة تشتمل على).
     */
    private boolean includingBefore(int ala) {
        boolean provision = false;
        for (int k = ala - 1; k >= Math.max(a, ala - 1 - INCLUSION_SUBJECT_REACH); k--) {
            Token t = tokens.get(k);
            if (!t.isWord() || clauseBreaks.isRelative(t)) {
                return false;
            }
            String w = withoutConjunction(t.norm());
            if (!inMention[k - a] && modifiers.is(w, Modifiers.Kind.INCLUSION)) {
                return provision || k - 1 >= a && tokens.get(k - 1).isWord() && !inMention[k - 1 - a]
                        && modifiers.is(withoutConjunction(tokens.get(k - 1).norm()), Modifiers.Kind.PROVISION_NOUN);
            }
            provision |= !inMention[k - a] && modifiers.is(w, Modifiers.Kind.PROVISION_NOUN);
        }
        return false;
    }

    /** The word without a leading و or ف (وتضمن، فالاتفاق), when more than two letters are left. */
    /** How many tokens may stand between the عن of a release and the money it releases (عن ما يقارب المئتي مليار). */
    private static final int MONEY_AFTER_REACH = 4;
    /** How many tokens before a release with a resumptive عنها the money may stand (7.16 مليارات يورو أفرج عنها). */
    private static final int MONEY_BEFORE_REACH = 4;
    /** How many words after the money a word of freezing may tell assets held (100 مليار دولار محتجزة بأرصدة). */
    private static final int FROZEN_REACH = 3;

    /**
     * Whether what a release cue (أفرج عن، الإفراج عن) releases is money paid out (modifiers.tsv {@code money-noun}): the
     * money right after its عن, only numbers and {@code amount-word}s between («أفرج بموجبها عن 200 مليون دولار»), or,
     * with the resumptive pronoun on the cue's عن (عنها، عنه), the money before the cue that it refers back to
     * («7.16 مليارات يورو أفرج عنها بشكل عاجل الاتحاد الأوروبي»; a relative pronoun or تم between: «المئة مليار
     * دولار التي سيتم الإفراج عنها»). Not when a word of freezing (modifiers.tsv {@code frozen}) follows the money within
     * {@link #FROZEN_REACH} words: frozen assets released are property returned (084). Not a person released on bail
     * («تفرج عن ويب بكفالة قدرها 10 ملايين دولار»: a name after عن).
     */
    boolean moneyReleased(Cue c) {
        for (int i : c.words()) {
            Token t = tokens.get(i);
            String w = t.norm();
            if (i <= c.head() || !t.isWord()) {
                continue; // the cue's further word عن (with its pronoun: عنها) after the head
            }
            if ("عن".equals(w)) {
                for (int k = i + 1; k < Math.min(b, i + 2 + MONEY_AFTER_REACH); k++) {
                    Token m = tokens.get(k);
                    if (m.isWord() && modifiers.is(m, Modifiers.Kind.MONEY_NOUN)) {
                        return !frozenAfter(k);
                    }
                    if (m.isPunct() || m.isWord() && !amountWord(m)) {
                        return false;
                    }
                }
                return false;
            }
            if ("عنها".equals(w) || "عنه".equals(w)) {
                for (int k = c.head() - 1; k >= Math.max(a, c.head() - MONEY_BEFORE_REACH); k--) {
                    Token m = tokens.get(k);
                    if (m.isPunct()) {
                        return false;
                    }
                    if (m.isWord() && modifiers.is(m, Modifiers.Kind.MONEY_NOUN)) {
                        return !frozenAfter(k);
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Whether a number word or a word of amount (modifiers.tsv {@code count}, {@code amount-word}) is token {@code t}. */
    private boolean amountWord(Token t) {
        return modifiers.is(t, Modifiers.Kind.AMOUNT_WORD) || modifiers.is(t, Modifiers.Kind.COUNT)
                || t.norm().chars().allMatch(Character::isDigit);
    }

    /** Whether a word of freezing (modifiers.tsv {@code frozen}) stands within {@link #FROZEN_REACH} words after token {@code k}. */
    private boolean frozenAfter(int k) {
        for (int j = k + 1; j < Math.min(b, k + 1 + FROZEN_REACH); j++) {
            Token t = tokens.get(j);
            if (t.isPunct()) {
                return false;
            }
            if (t.isWord() && modifiers.is(t, Modifiers.Kind.FROZEN)) {
                return true;
            }
        }
        return false;
    }

    static String withoutConjunction(String w) {
        return w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? w.substring(1) : w;
    }

    /**
     * Whether a meeting masdar (root 04: لقاء) is an interview, an adjective of the press or broadcasting right
     * after it (modifiers.tsv interview: «عبر لقاء تلفزيوني»، «في لقاء صحفي»): the one interviewed met no party.
     */
    boolean interview(Cue c) {
        if (!c.isMasdar() || !c.pattern().root().equals("04") || c.end() >= b) {
            return false;
        }
        Token t = tokens.get(c.end());
        if (!t.isWord()) {
            return false;
        }
        String w = t.norm();
        return modifiers.isWithOrWithoutArticle(w, Modifiers.Kind.INTERVIEW);
    }

    /**
     * Whether a cue of rejecting (root 12: رفض) opens the stock phrase of an anonymous source: a masdar of disclosing
     * right after it (modifiers.tsv disclosure) whose object, within two words, is his name or identity (identity-noun:
     * «وقال المصدر الذي رفض الكشف عن أسمه إن وفد الحوثيين»، «رفض ذكر اسمه»، «رفضوا الإدلاء بهوياتهم»). Nobody is rejected.
     */
    boolean nameWithheld(Cue c) {
        if (!c.pattern().root().equals("12") || c.end() >= b) {
            return false;
        }
        Token t = tokens.get(c.end());
        if (!t.isWord() || !modifiers.is(t, Modifiers.Kind.DISCLOSURE)) {
            return false;
        }
        for (int k = c.end() + 1; k < Math.min(b, c.end() + 3); k++) {
            Token n = tokens.get(k);
            if (!n.isWord()) {
                return false;
            }
            String w = n.norm();
            if (modifiers.is(w, Modifiers.Kind.IDENTITY_NOUN)
                    || w.startsWith("ب") && modifiers.is(n.normAfterFirstLetter(), Modifiers.Kind.IDENTITY_NOUN)) {
                return true;
            }
        }
        return false;
    }

    /** How many tokens a title in «…» may span, its quotation marks included («السيناتور أوباما يزور أفريقيا»). */
    private static final int TITLE_LENGTH = 12;
    /** How far (tokens) before «وهو «…»» the work it restates may be named (صاحب الفيلم الذي مثّل إسرائيل في جائزتي ... وهو). */
    private static final int TITLE_PRONOUN_REACH = 12;

    /**
     * Whether the cue stands inside a title in «…» that follows a noun of a work, an award or a gathering right
     * before the opening mark (modifiers.tsv work-title: «فيلما وثائقيا حول الرحلة بعنوان «السيناتور أوباما يزور
     * أفريقيا»»، «في ندوة «أوقفوا العدوان على اليمن»»), or «وهو» restating such a work named a few words before
     * (title-pronoun): the words name the work, no act anyone did.
     */
    boolean insideTitle(Cue c) {
        int open = -1;
        for (int i = c.head() - 1; i >= Math.max(a, c.head() - TITLE_LENGTH); i--) {
            Token t = tokens.get(i);
            if (t.isPunct()) {
                if (t.norm().equals("«")) {
                    open = i;
                }
                break; // the nearest mark before the cue opens the title, or the cue is in no title
            }
        }
        if (open <= a) {
            return false;
        }
        int close = -1;
        for (int i = c.last() + 1; i < Math.min(b, open + TITLE_LENGTH); i++) {
            if (tokens.get(i).isPunct()) {
                if (tokens.get(i).norm().equals("»")) {
                    close = i;
                }
                break;
            }
        }
        if (close < 0) {
            return false;
        }
        Token before = tokens.get(open - 1);
        if (!before.isWord()) {
            return false;
        }
        if (modifiers.is(before, Modifiers.Kind.WORK_TITLE)) {
            return true;
        }
        if (!modifiers.is(before, Modifiers.Kind.TITLE_PRONOUN)) {
            return false;
        }
        for (int i = open - 2; i >= Math.max(a, open - 1 - TITLE_PRONOUN_REACH); i--) {
            Token t = tokens.get(i);
            if (t.isWord() && modifiers.is(t, Modifiers.Kind.WORK_TITLE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a meeting verb (root 04: يلتقي) tells that aims agree, a metaphor: its subject right after it, or the
     * party after its مع, is a noun of an aim, an interest or a view (modifiers.tsv abstract-party: «وهدف هذا التنظيم
     * يلتقي مع هدف إيران»، «الأهداف الإيرانية تلتقي مع أهداف إسرائيل»). No one met anyone.
     */
    boolean metaphoricMeeting(Cue c) {
        if (!c.isVerb() || !c.pattern().root().equals("04") || c.end() >= b) {
            return false;
        }
        int i = c.end();
        if (tokens.get(i).isWord() && tokens.get(i).norm().equals("مع") && i + 1 < b) {
            i++; // «يلتقي مع هدف إيران»: the party met is the word after مع
        }
        Token t = tokens.get(i);
        return t.isWord() && modifiers.is(t, Modifiers.Kind.ABSTRACT_PARTY);
    }
}
