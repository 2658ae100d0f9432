package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.actors.ActorMention;
import org.marsad.text.Segment;
import org.marsad.text.Token;

import static org.marsad.events.EventCoder.QUOTES;
import static org.marsad.events.EventCoder.VIOLENT_ROOTS;

/**
 * The target of a cue ({@link #target}): the direct object or the actor the pattern's prepositions introduce, where
 * its phrase starts ({@link #objectStart}) and what it may not be (an aside, a later cue's argument, the place where the
 * act happens, a patron of the subject, someone opposed or spoken of indirectly); the owner of what is hit or protested
 * (التصريحات العدائية لعدد من المسؤولين: {@link #ownerOfComplement}), the doer of an act that is the object, the author
 * of a statement; the pairs of a bilateral act («بين X و Y»: {@link #between}, «الجانبين»: {@link #twoSides}), a
 * masdar's genitive ({@link #genitive}), the threatened, a name in apposition, an object pronoun on the verb.
 *
 * <p>Reads the subject already found (to keep it out of the target); writes nothing but what it returns.
 */
abstract class TargetSearch extends SpeakerSearch {
    static final int OBJECT_GAP = 4;

    /** How far after the thing a protest is against its owner may stand (Frame.owner): «على "التصريحات العدائية" لعدد من المسؤولين». */
    private static final int OWNER_REACH = 6;

    /** Dual nouns that refer back to the two parties of a bilateral event. */
    private static final Set<String> TWO_SIDES = Set.of("جانبين", "جانبان", "طرفين", "طرفان", "بلدين", "بلدان");

    /** DISAPPROVE: criticize, condemn, accuse; what it is aimed at may be a statement or an act named by its author. */
    private static final String DISAPPROVAL_ROOT = "11";

    /** How far past the object's start a phrase of authorship may end (التصريحات الطائفية التي صدرت عن). */
    private static final int AUTHOR_PHRASE_REACH = 6;

    /** Coercion and force (CAMEO 17–20): the acts whose object a journalist can be ({@code coercedPerson}). */
    private static final Set<String> COERCIVE_ROOTS = Set.of("17", "18", "19", "20");
    /** The free prepositions a word of affiliation takes its body with (ينتمون إلى تنظيم داعش). */
    private static final Set<String> AFFILIATION_PREPS = Set.of("ل", "الي"); // normalized: إلى is الي

    private static final int TARGET_REACH = 15;

    /** The roots of a masdar that tells what a demonstration is against (احتجاجا على، تنديدا بـ): protest, disapproval. */
    private static final Set<String> PURPOSE_ROOTS = Set.of("14", "11");

    /** Words that may stand between a noun of what is hit and its owner (مواقع تابعة للقوات، مواقع لتنظيم داعش). */
    private static final int OWNER_LINKS = 2;

    /** How many words of the subject's noun phrase may stand between it and a participle of belonging (من منظمة الطفولة). */
    private static final int PATRON_HEAD_GAP = 3;

    /** Words of the noun phrase a phrase of behalf (باسمه واسم شعب وحكومة المملكة) may hold before the actor it names. */
    private static final int BEHALF_GAP = 3;

    /** Conditional particles: the content of a threat (إذا استخدمت إيران ...). */
    private static final Set<String> CONDITIONALS = Set.of("اذا", "لو", "حال"); // normalized; not ان: إن (if) and أن (that) fold together

    /** Words of an adverbial of place that may stand between a VSO subject and its object. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("في", "ب", "لدي");
    /** How many tokens an adverbial between a VSO subject and its object may take. */
    private static final int ADVERBIAL_REACH = 10;

    /** How many words of a name no dictionary knows may stand between a title and its apposition. */
    private static final int UNKNOWN_NAME_WORDS = 3;

    /** How many words the act a cue takes as its object may span before its nationality adjective (القصف المدفعي الجوي). */
    private static final int OBJECT_ACT_WORDS = 3;

    /** The root of consultations (meetings, talks, negotiations), whose matter is no party to them. */
    private static final String CONSULT_ROOT = "04";

    /** How many adjectives may stand between a noun of a deal and the مع of its party (الاتفاق النووي التاريخي مع). */
    private static final int DEAL_ADJECTIVES = 2;

    /** How many words after the cue the partitive من of a party's own ranks may stand (ضد 175 عنصرا من مقاتليها). */
    private static final int RANKS_REACH = 4;

    /**
     * Protests, arrests and violence: acts whose place may stand for the ones acted on (the one-sided acts' convention,
     * «مظاهرات في القاهرة»، «عمليات إرهابية داخل المملكة»). For every other act a place is where it happens.
     */
    static final Set<String> PLACE_AS_TARGET_ROOTS = Set.of("14", "17", "18", "19", "20");

    /** The dual pronouns on a meeting noun («اجتماعهما»): the two parties, not one body's own meeting. */
    private static final Set<String> DUAL_PRONOUNS = Set.of("هما");

    /** Words after a body's own meeting (its noun and owner) within which a partner is named («اجتماعه الثنائي مع»). */
    private static final int PARTNER_REACH = 8;

    /** Words from the opening word of a meeting partner's phrase to the partner («مع فخامة الرئيس ماكي سال رئيس»). */
    private static final int PARTNER_PHRASE = 8;

    /** Words after a meeting's owner within which بـ or و still joins a party to it («لدول الخليج العربية ووزير»). */
    private static final int OWNER_GAP = 3;

    /** Words from a noun coordinated with a meeting's owner to the party in its genitive («والأمين العام لأوبك»). */
    private static final int COORDINATED_GENITIVE = 2;

    /** Separate pronouns of the third person: «تعرضت هي الأخرى» names no one new as the sufferer. */
    private static final Set<String> SEPARATE_PRONOUNS = Set.of("هو", "هي", "هم", "هما", "هن");

    TargetSearch(SentenceInput in) {
        super(in);
    }

    /**
     * A phrase cue (patterns.tsv P: verb forms listed as written, «عارضت»، «يعارض») right after a relative pronoun
     * and carrying an object pronoun: «الذي عارضته». The pronoun repeats the antecedent, the clause's object.
     */
    boolean phraseOpensRelativeClause(Cue c) {
        return c.pattern().kind() == 'P' && !c.reading().suffix().isEmpty() && c.head() - 1 >= a
                && clauseBreaks.isRelativePronoun(tokens.get(c.head() - 1));
    }

    /** The antecedent of a relative clause opened by a phrase cue, its object when it is an actor. */
    List<ActorMention> relativeObject(Cue c, List<ActorMention> subj) {
        ActorMention antecedent = relativeAntecedent(c.head());
        return antecedent != null && !subj.contains(antecedent) ? List.of(antecedent) : List.of();
    }

    /**
     * A masdar whose genitive is its object (patterns.tsv genobj: اعتقال، محاكمة، ترحيل) carries that object as its
     * pronoun: «حتى ترحيله»، «أعيد اعتقاله»، «الأمم المتحدة بقانونية محاكمته» name the one deported, arrested or
     * tried, never the agent. The actor named before it in its clause is that object, not the agent; the subject
     * in play is the agent only when it is a state's organ, the ones who arrest, try and deport («رفضت محكمة
     * الجنايات إخلاء سبيل 3 ... في أولى جلسات محاكمتهم»), not a group or person the story is about («ولكن جاءت
     * فترة احتجازهم» of the militants).
     */
    boolean objectPronoun(Cue c, Frame f) {
        return c.isMasdar() && f.genitiveObject();
    }

    /**
     * A verb cue read with an object pronoun in an inflected form (تدعمها، اعتقلتهم، نفذتها): its object is that pronoun,
     * no actor after it. Not the bare past (رفضه، دعمه، دربهم), which is as often the masdar with its doer's pronoun
     * («الجانبان رفضهما القاطع لمحاولات تدخل إيران»، «لدعمه الشعب اليمني»: the actor after it is the object); not for
     * violence, whose target is the place or the owner of what is hit further on («الحصار الذي تفرضه قوات النظام على
     * المخيم») and whose feminine masdar reads as a past with a pronoun («سيطرتها على المدينة»), nor an investigation,
     * whose object names the inquiry and whose subject of inquiry follows («التحقيقات التي أجرتها بريطانيا بشأن تسميم
     * عميل المخابرات الروسية»: GBR → RUSSPY 09), nor coercion (17: arrests, seizures, bans), whose target is the
     * place or the owner the thing or person was taken from («اعتقلتهم من مناطق الضفة الغربية»، «السلاح الذي نهبته
     * الميليشيات من مخازن جيش القذافي») or an example named after the object («الجماعات التي حظرتها الولايات المتحدة على
     * غرار بوكو حرام»).
     */
    private static final Set<String> ROOTS_NAMING_OBJECT_FURTHER_ON = Set.of("09", "17");

    private boolean carriesObjectPronoun(Cue c) {
        if (!c.isVerb() || !OBJECT_PRONOUNS.contains(c.reading().suffix()) || c.pattern().kind() != 'V'
                || VIOLENT_ROOTS.contains(c.pattern().root())
                || ROOTS_NAMING_OBJECT_FURTHER_ON.contains(c.pattern().root())) {
            return false;
        }
        return !c.reading().stem().equals(VerbTenses.of(c).bare()); // the head's forms, made once per pattern
    }

    /**
     * A genobj masdar carrying its pronoun («ثم اعتقالهم»، «تم اعتقاله»، «حتى يتم ترحيلهم»): the pronoun is the one
     * arrested or deported, and the actor nearest before it is that one (its antecedent: «المهاجرين التونسيين ...
     * ثم اعتقالهم») or a bystander of the clause («الأردن للعراق تم اعتقاله»), not the one who acts unless a state's
     * coercing organ («إقدام القوات التركية على توقيفه»).
     */
    private boolean carriesItsObject(Cue c, Frame f) {
        return objectPronoun(c, f) && !c.reading().suffix().isEmpty();
    }

    /**
     * Whether {@code agent}, a subject of the sentence taken as a fall-back, may be the agent of the cue: of a genobj
     * masdar carrying its pronoun only a state's coercing organ is (as for the subject in play, {@link
     * #objectPronoun}): «أكدت ... صحافية ... نجاة عشرات المهاجرين التونسيين ... ثم اعتقالهم في سجون إيطالية» was
     * no arrest by the Tunisian associations the sentence opens with.
     */
    boolean mayArrest(Cue c, Frame f, List<ActorMention> agent) {
        return !carriesItsObject(c, f) || coercingOrgan(agent.get(0));
    }

    /**
     * An actor after a phrase of backing (modifiers.tsv backer: «المدعومة من التحالف»، «بدعم من التحالف»), right
     * after it or after up to {@link #BACKER_GAP} words of the backer's own noun phrase («مدعومة من طيران وسلاح
     * التحالف»), backs the agent before it: never the one that agent's act is done to. Not when the cue at
     * {@code cueHead} stands between them («المدعومة من الخارج هاجمت الجيش»: the army is the one attacked), nor
     * across punctuation or another actor.
     */
    /**
     * Whether the target of a cue with a place code is a place (a LOC or GPE mention: «العاصمة اليمنية صنعاء»، «الكويت»)
     * the cue's own target preposition governs: at most three words between them (the place's head noun and its
     * adjective), no punctuation and no other preposition. A place after في («استولى على 3 مدرعات في سرت») is where
     * a thing was seized, not what was taken.
     */
    boolean placeTaken(Cue c, List<ActorMention> targets) {
        return placeMentionTaken(c, targets) || territoryTaken(c);
    }

    /** How many words of a share or extent may stand between the target preposition and the territory noun. */
    private static final int TERRITORY_REACH = 4;

    /**
     * Whether what the cue's own target preposition governs is land named by a noun of territory (modifiers.tsv
     * {@code territory-noun}: إقليم، مدينة، مناطق، الأراضي), right after it or after up to {@link #TERRITORY_REACH}
     * words of a share or extent of it (modifiers.tsv {@code territory-share}, {@code partitive}, {@code amount-word},
     * {@code count}, digits): «استولت القوات الفرنسية على آخر إقليم صغير تابع لإنجلترا»، «استولى على مساحات واسعة من
     * الأراضي في سوريا»، «استولوا على مدينة زنجبار». The land is taken whether or not it, or its owner, is an actor of
     * the sentence («إقليم ... تابع لإنجلترا»: England is the target, the province what was taken). Not across
     * punctuation, nor past any other word («استولى على دبابات ... في مدينة الرمادي»: a thing seized in a city).
     */
    private boolean territoryTaken(Cue c) {
        List<String> preps = c.pattern().frame().targetPreps();
        for (int i : c.words()) {
            if (i <= c.head() || !preps.contains(tokens.get(i).norm())) {
                continue;
            }
            for (int k = i + 1; k < b && k <= i + 1 + TERRITORY_REACH; k++) {
                Token t = tokens.get(k);
                if (!t.isWord()) {
                    return false;
                }
                String w = t.norm();
                if (modifiers.is(w, Modifiers.Kind.TERRITORY_NOUN)) {
                    return true;
                }
                if (!(modifiers.is(w, Modifiers.Kind.TERRITORY_SHARE) || modifiers.is(w, Modifiers.Kind.PARTITIVE)
                        || modifiers.is(w, Modifiers.Kind.AMOUNT_WORD) || modifiers.is(w, Modifiers.Kind.COUNT)
                        || w.chars().allMatch(Character::isDigit))) {
                    return false;
                }
            }
            return false;
        }
        return false;
    }

    private boolean placeMentionTaken(Cue c, List<ActorMention> targets) {
        if (targets.size() != 1 || !("LOC".equals(targets.get(0).type()) || "GPE".equals(targets.get(0).type()))) {
            return false;
        }
        List<String> preps = c.pattern().frame().targetPreps();
        int first = targets.get(0).first();
        for (int i = first - 1; i > c.head() && i >= first - 4; i--) {
            Token t = tokens.get(i);
            if (t.isPunct()) {
                return false;
            }
            if (preps.contains(t.norm())) {
                return true;
            }
            if (STANDALONE_PREPS.contains(t.norm())) {
                return false;
            }
        }
        return false;
    }

    /**
     * The token after the actors of a phrase of behalf that opens at {@code from} (within {@link #BEHALF_GAP} words:
     * «باسمه واسم شعب وحكومة المملكة»), or {@code from} when none does.
     */
    private int behalfEnd(int from) {
        int end = from;
        for (int mi = 0; mi < mentions.size(); mi++) {
            ActorMention m = mentions.get(mi);
            if (m.first() >= end && m.first() <= end + BEHALF_GAP + 2 && onBehalfOf(m)) {
                end = m.end();
            } else if (m.first() > end + BEHALF_GAP + 2) {
                break;
            }
        }
        return end;
    }

    /**
     * An actor in a phrase of behalf (modifiers.tsv behalf: «باسمه واسم شعب وحكومة المملكة»، «نيابة عن خادم
     * الحرمين الشريفين»), right after it or after up to {@link #BEHALF_GAP} words of its noun phrase (other actors
     * coordinated with it among them): the side the one who acts speaks for, never the one the act is done to.
     * Not across punctuation.
     */
    /**
     * Whether the actor is the one whose affairs are spoken of, «في شؤون X»: its genitive or, past their adjective, after
     * لـ («في الشؤون الداخلية لمملكة البحرين»، «في شؤون البحرين»; modifiers.tsv affairs-in, affairs-noun,
     * affairs-adjective, as written). What is done or rejected is done in those affairs, not to the one they are of:
     * no target, nor anyone after it («ترفض أي تدخل في الشؤون الداخلية لمملكة البحرين»; session 28, events119).
     */
    private boolean affairsOwner(ActorMention m) {
        int i = m.first() - 1;
        if (i - 1 > a && modifiers.is(tokens.get(i), Modifiers.Kind.AFFAIRS_ADJECTIVE)) {
            i--;
        }
        return i - 1 >= a && modifiers.is(tokens.get(i), Modifiers.Kind.AFFAIRS_NOUN)
                && modifiers.is(tokens.get(i - 1), Modifiers.Kind.AFFAIRS_IN);
    }

    private boolean onBehalfOf(ActorMention m) {
        int j = m.first() - 1;
        for (int gap = 0; j >= a && gap <= BEHALF_GAP; gap++, j--) {
            if (modifiers.phraseEndsAt(tokens, a, j, Modifiers.Kind.BEHALF)) {
                return true;
            }
            if (!tokens.get(j).isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * A person named by a media title (agents.tsv MED title: صحافي، مراسل; not an outlet) as the object of an act of
     * coercion or force (roots 17–20): a journalist reports nothing when he is arrested or killed, he is the
     * victim («إيران تحتجز ... مراسل «واشنطن بوست»»، «اعتقلت الصحافي في وكالة الأنباء اليمنية»). His
     * nationality adjective gives the country (صحافي أميركي, USAMED).
     */
    private boolean coercedPerson(ActorMention m, Cue c) {
        return m.isActor() && "MED".equals(m.role()) && m.entry() != null && m.entry().title()
                && COERCIVE_ROOTS.contains(c.pattern().root());
    }

    /**
     * Whether a verb cue carries a third-person object pronoun (تدعمهم، تستضيفهم، احتجزتهم) and stands right after
     * an actor with no relative pronoun between: an indefinite noun's clause of description («مقاتلين تدعمهم
     * الولايات المتحدة»), whose pronoun repeats that noun as the object. Its subject is taken only when it follows
     * at once: a perfect verb with a pronoun reads like a masdar with a possessive («شكره لسعادة مدير عام الخطوط
     * السعودية»), whose next actor is no subject.
     */
    boolean objectPronounOn(Cue c) {
        // not after و/ف: «تدخل ايران في العراق ودعمها» is a masdar with its possessive, joined to the one before
        return c.isVerb() && c.reading().prefix().isEmpty() && OBJECT_PRONOUNS.contains(c.reading().suffix())
                && !captiveAt(c.end()) && pronounAntecedent(c.head()) != null;
    }

    /**
     * Whether the word at {@code i} is a noun of captivity (modifiers.tsv captive): after a verb of holding it is
     * the state of the object («كانت الحركة المتطرفة تحتجزهم رهائن»), so it is no subject standing after the verb.
     */
    boolean captiveAt(int i) {
        return i < b && tokens.get(i).isWord() && modifiers.is(tokens.get(i), Modifiers.Kind.CAPTIVE);
    }

    /**
     * A title no dictionary ties to a country (فخامة الرئيس), followed right away, with no punctuation, by one to
     * three words of a name nobody knows (ماكي سال) and then by a title with a country: that title is the first
     * one's apposition and names who it is («فخامة الرئيس ماكي سال رئيس جمهورية السنغال» is SENGOV). Null otherwise.
     */
    private ActorMention namedInApposition(ActorMention m) {
        if (m.form() != ActorMention.Form.AGENT_ONLY || m.entry() == null || !m.entry().title()) {
            return null; // a title, which names one person (الرئيس), not a group (السكان)
        }
        for (ActorMention n : mentions) {
            if (n.first() < m.end()) {
                continue;
            }
            boolean title = n.why() != null && (n.why().startsWith("agent") || n.why().startsWith("title"));
            return n.first() > m.end() && bareNameWords(m.end(), n.first()) && title && participant(n)
                    && n.code() != null && !n.prefix().startsWith("و") && !prepositional(n) ? n : null;
        }
        return null;
    }

    /** At most {@link #UNKNOWN_NAME_WORDS} bare words (no article, no clitic: a name) in [from, to). */
    private boolean bareNameWords(int from, int to) {
        if (to - from > UNKNOWN_NAME_WORDS) {
            return false;
        }
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || !t.segments().get(0).prefix().isEmpty() || STANDALONE_PREPS.contains(t.norm())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a VSO verb's object may start, after its subject ends at {@code from}: past the subject's appositions
     * (titles and names right after it with its code, or titles no dictionary ties to a country: «استقبل خادم
     * الحرمين الشريفين الملك سلمان ... معالي وزير الدفاع الأمريكي») and, when {@code adverbial}, past an adverbial
     * of place and time closed by a comma («التقى بحاح ...، أمس في مقر الحكومة اليمنية المؤقت في الرياض، أنور
     * قرقاش»؛ «استقبل أمير دولة قطر ... في قصره مساء أول من أمس، وزير الخارجية»). The adverbial holds a place
     * preposition (في، بـ، لدى) and none of the verb's target prepositions, no event or reporting verb, and no actor
     * but in a phrase of place (مقر الحكومة اليمنية، بالرياض).
     */
    int objectStart(ActorMention subject, int from, Frame f, boolean adverbial) {
        int i = from;
        for (ActorMention m : mentions) {
            if (m.end() <= i || m.first() < i) {
                continue;
            }
            boolean apposition = m.first() == i && !prepositional(m) && !m.prefix().startsWith("و")
                    && (m.form() == ActorMention.Form.AGENT_ONLY || m.code() != null && m.code().equals(subject.code()));
            if (!apposition) {
                break;
            }
            i = m.end();
        }
        if (!adverbial) {
            return i;
        }
        int start = i < b && tokens.get(i).isPunct() && LIST_COMMAS.contains(tokens.get(i).norm()) ? i + 1 : i;
        boolean placePreposition = false;
        for (int k = start; k < Math.min(b, start + ADVERBIAL_REACH); k++) {
            Token t = tokens.get(k);
            if (t.isPunct()) {
                boolean closes = LIST_COMMAS.contains(t.norm()) && k > start && placePreposition;
                return closes ? k + 1 : i;
            }
            if (verbAt.length > 0 && verbAt[k - a]) {
                return i;
            }
            String glued = gluedPreposition(t.segments().get(0).prefix());
            String prep = STANDALONE_PREPS.contains(t.norm()) ? t.norm() : glued;
            if (prep != null && f.targetPreps().contains(prep)) {
                return i; // «رحب الائتلاف بقرار مجلس الأمن»: a phrase with a target preposition holds the target
            }
            if (prep != null && PLACE_PREPOSITIONS.contains(prep)) {
                placePreposition = true;
            }
            for (int mi = 0; mi < mentions.size(); mi++) {
                ActorMention m = mentions.get(mi);
                if (m.first() == k) {
                    String of = prepositionOf(m);
                    if (of == null || !PLACE_PREPOSITIONS.contains(of) || of.equals("ب") && !isPlace(m)) {
                        return i;
                    }
                }
            }
        }
        return i;
    }

    /** «الجانبين / الطرفين / البلدين» alone, when a bilateral event before gave two parties. */
    boolean twoSides(ActorMention m) {
        return m.form() == ActorMention.Form.AGENT_ONLY && lastPair.size() == 2 && m.end() - m.first() == 1
                && TWO_SIDES.contains(tokens.get(m.first()).norm().replaceFirst("^(و|ف|ب|ل)?ال", ""));
    }

    /** A country or a city after a preposition of place (في موسكو، بالرياض، لدى): where an act happens. */
    private boolean whereItHappens(ActorMention m) {
        String of = prepositionOf(m);
        return isPlace(m) && of != null && PLACE_PREPOSITIONS.contains(of);
    }

    /**
     * Whether the mention stands in the genitive of a noun of what an attack hits (modifiers.tsv
     * {@code target-noun}): right after it («أهداف داعش»، «ومواقع وحواجز التنظيم»), or after at most two words
     * that tie an owner to it — a لـ word, تابعة, a nisba adjective — and quotation marks («مواقع لتنظيم ” داعش”»،
     * «مواقع تابعة للقوات السورية»، «مواقع عسكرية للحوثيين»). A preposition or other punctuation ends the look.
     * Before an owner with لـ, a bare indefinite word may be such a link too: an adjective or the noun's own genitive
     * («موقع متقدم للجيش التركي»، «مركز تدريب لداعش»، «حاجز رئيس للحوثيين»); so may modifiers.tsv {@code owner-link}
     * («المقار العسكرية الخاصة بالمسلحين الحوثيين»). The noun may carry the article («على القواعد الخلفية لحزب العمال»)
     * unless it is a word of a mention («القاعدة») or the link is في («داخل المعسكرات في القاعدة»: where, not whose).
     */
    boolean ownsWhatIsHit(ActorMention m) {
        boolean lam = "ل".equals(gluedPreposition(m.prefix()));
        boolean placeLink = false;
        int words = 0;
        for (int i = m.first() - 1; i >= a && words <= OWNER_LINKS; i--) {
            Token t = tokens.get(i);
            if (t.isPunct()) {
                if (!(QUOTES.contains(t.norm()) || i == m.first() - 1 && t.norm().equals("(")) || t.norm().equals(":")) {
                    return false;
                }
                continue;
            }
            String w = t.norm();
            String bare = w.startsWith("و") ? w.substring(1) : w;
            String noLam = bare.startsWith("ل") ? bare.substring(1) : bare; // «الضربات التركية لقواعد داعش»
            if (modifiers.is(w, Modifiers.Kind.TARGET_NOUN) || modifiers.is(bare, Modifiers.Kind.TARGET_NOUN)
                    || modifiers.is(noLam, Modifiers.Kind.TARGET_NOUN)
                    || !placeLink && modifiers.is(withoutArticle(bare), Modifiers.Kind.TARGET_NOUN) && !withinMention(i)) {
                return true; // (with the article too: «على القواعد الخلفية لحزب العمال»، «المقار العسكرية الخاصة بالمسلحين»)
            }
            if (!(w.startsWith("ل") || bare.startsWith("تابع") || bare.startsWith("التابع")
                    || modifiers.is(bare, Modifiers.Kind.OWNER_LINK)
                    || bare.endsWith("ية") || bare.endsWith("يه") || bare.endsWith("ي")
                    || lam && bareIndefinite(t))) {
                return false;
            }
            lam |= w.startsWith("ل");
            placeLink |= w.equals("في") || w.equals("فى"); // «داخل المعسكرات في القاعدة»: where, not whose
            words++;
        }
        return false;
    }

    /** The word without its article, after بـ or لـ at most (القواعد، بالمواقع، للمقار), or "" when it has none. */
    private static String withoutArticle(String w) {
        if (w.startsWith("ال")) {
            return w.substring(2);
        }
        if (w.startsWith("لل") || w.startsWith("بال")) {
            return w.substring(w.startsWith("لل") ? 2 : 3);
        }
        return "";
    }

    /** Whether token {@code i} is a word of an actor mention («القاعدة» of al-Qaeda is no base). */
    private boolean withinMention(int i) {
        for (ActorMention m : mentions) {
            if (m.first() <= i && i < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether an opening parenthesis stands right before the mention («مواقع لتنظيم (داعش)»). */
    private boolean openedByParenthesis(ActorMention m) {
        return m.first() - 1 >= a && tokens.get(m.first() - 1).isPunct() && tokens.get(m.first() - 1).norm().equals("(");
    }

    /** A word with no article, clitic or pronoun (متقدم، تدريب، رئيس): what may stand between a noun and its owner. */
    private static boolean bareIndefinite(Token t) {
        Segment s = t.segments().get(0);
        return t.isWord() && !s.hasArticle() && s.preposition() == 0 && s.prefix().isEmpty() && s.suffix().isEmpty();
    }

    /**
     * Whether the mention stands right in the genitive of a noun of what someone said, decided or stands for
     * (modifiers.tsv {@code stance-noun}, after و، بـ or لـ at most: «تصريحات المالكي»، «بمواقف الرئيس هادي»). A
     * noun's genitive is never the subject of the verb before it: the one whose remarks are rejected or whose stance
     * is praised is the act's target.
     */
    boolean ownsAStance(ActorMention m) {
        return m.first() - 1 >= a && tokens.get(m.first() - 1).isWord()
                && hasBareStem(tokens.get(m.first() - 1), Modifiers.Kind.STANCE_NOUN);
    }

    /**
     * Whether the actor stands right in the genitive of a masdar of an act (modifiers.tsv act-masdar: «زيارات مسؤولين
     * أوروبيين»، «دعم المملكة»، «غزو العراق»): it does or undergoes the act a verb before it speaks of; it is no subject
     * of that verb (session 29, events136).
     */
    boolean genitiveOfAnAct(ActorMention m) {
        return m.first() - 1 >= a && tokens.get(m.first() - 1).isWord()
                && hasBareStem(tokens.get(m.first() - 1), Modifiers.Kind.ACT_MASDAR);
    }

    /**
     * The one whose thing the cue's target preposition governs ({@link Frame#owner}): a protest is against whoever
     * said, decided or did what it protests. The preposition right after the cue (or its subject) governs a word
     * that is no actor; the first actor after that word in the same phrase (no punctuation but quotation marks,
     * no verb, no other preposition, no و) is its owner when it is that word's nationality adjective («احتجاجا على
     * الغارات الجوية التركية»), its genitive («احتجاجا على تصريحات خامنئي») or comes with لـ («احتجاجا على
     * "التصريحات العدائية" لعدد من المسؤولين الايرانيين»). The genitive of an act done to someone (a masdar of
     * coercion or violence: «احتجاجا على قتل سليمان الأسد»; of opposing: «ضد محاربة حزب العمال») is its victim, not the
     * one protested against; the subject of a relative clause on it is its doer («بالغارات التي يشنها الجيش التركي»).
     */
    private ActorMention ownerOfComplement(int from, int reach, Frame f) {
        if (from >= reach || !tokens.get(from).isWord()) {
            return null;
        }
        Token p = tokens.get(from);
        int thing;
        String own; // the complement's preposition
        if (f.targetPreps().contains(p.norm())) {
            thing = from + 1; // على، ضد
            own = p.norm();
        } else if (gluedPreposition(p.segments().get(0).prefix()) != null
                && f.targetPreps().contains(gluedPreposition(p.segments().get(0).prefix()))) {
            thing = from; // بالاتفاق
            own = gluedPreposition(p.segments().get(0).prefix());
        } else {
            return null;
        }
        while (thing < reach && tokens.get(thing).isPunct() && QUOTES.contains(tokens.get(thing).norm())) {
            thing++;
        }
        if (thing >= reach || !tokens.get(thing).isWord() || verbAt[thing - a]) {
            return null;
        }
        Cue act = cueAt(thing);
        // (so is a masdar of opposing, modifiers.tsv governing-masdar: «احتجاجهم ضد محاربة حزب العمال الكردستاني» is
        // not against the PKK, the one fought)
        boolean doneToSomeone = act != null && (act.pattern().frame().genitiveObject()
                || COERCIVE_ROOTS.contains(act.pattern().root()))
                || hasBareStem(tokens.get(thing), Modifiers.Kind.GOVERNING_MASDAR);
        if (act != null && act.pattern().frame().symmetric()) {
            return null; // «احتجاجا على الاتفاق النووي الإيراني»: an agreement or talks have two sides; one named is not its owner
        }
        int i = thing + 1;
        for (ActorMention m : mentions) {
            if (m.end() <= thing) {
                continue;
            }
            if (m.first() <= thing || m.first() >= reach || m.first() - thing > OWNER_REACH) {
                return null; // an actor at the word itself is the preposition's own target, not an owner
            }
            boolean relative = false; // «بالغارات التي يشنها الجيش التركي»: the relative clause's subject does the act
            for (; i < m.first(); i++) {
                if (!phraseGoesOn(i)) {
                    return null;
                }
                relative |= tokens.get(i).isWord() && clauseBreaks.isRelativePronoun(tokens.get(i));
            }
            // a nationality adjective names the doer of an act (الغارات الجوية التركية), not of a thing that is no
            // act (الاتفاق النووي الإيراني: what it is about); a city or region qualifying the thing tells where
            boolean adjective = m.form() == ActorMention.Form.ADJECTIVE && act != null;
            if (!participant(m) && !(adjective && m.code() != null && !"MED".equals(m.role())) || "LOC".equals(m.type())) {
                return null;
            }
            String prep = prepositionOf(m);
            if ("من".equals(prep) && ofGroup(m.first() - 1)) {
                // «لعدد من المسؤولين»: the group's own preposition (none: «تصريحات عدد من المسؤولين») is the actor's
                prep = gluedPreposition(tokens.get(m.first() - 2).segments().get(0).prefix());
            }
            // (the complement's own preposition read through one noun, «على زيارة فابيوس»، «بزيارة فابيوس»: the
            // actor is that noun's genitive, as after a longer chain)
            return adjective || "ل".equals(prep)
                    || (prep == null || prep.equals(own)) && (!doneToSomeone || relative) && !m.prefix().startsWith("و")
                    ? m : null;
        }
        return null;
    }

    /**
     * The masdar that tells what a demonstration is against, its purpose: a protest or a condemnation whose frame
     * names the owner of what it governs (patterns.tsv {@code owner}, roots {@link #PURPOSE_ROOTS}), after the
     * demonstration's cue in the same clause (no verb, no clause break between, within {@value #TARGET_REACH} words:
     * past its subject, place and time), as an adverb of purpose: indefinite in the accusative («احتجاجا على»،
     * «تنديدا بـ») or with the lam of purpose («للاحتجاج على»، «للتنديد بـ»); null when there is none.
     */
    Cue purposeOfProtest(Cue c) {
        int limit = Math.min(b, c.last() + 1 + TARGET_REACH);
        for (int k = 0; k < cues.size(); k++) {
            Cue p = cues.get(k);
            if (p.head() <= c.last()) {
                continue;
            }
            if (p.head() >= limit || p.isVerb()) {
                return null; // another verb's clause: what it is against is that act's
            }
            Frame pf = p.pattern().frame();
            if (!pf.owner() || !PURPOSE_ROOTS.contains(p.pattern().root()) || !purposeForm(p.reading())) {
                continue;
            }
            for (int i = c.last() + 1; i < p.head(); i++) {
                if (verbAt[i - a]) {
                    return null;
                }
            }
            return clauseBreaks.anyBetween(tokens, c.last() + 1, p.head()) ? null : p;
        }
        return null;
    }

    /**
     * The one a demonstration is against when its own words name no one: the owner of what its purpose masdar
     * ({@link #purposeOfProtest}) protests or condemns, found as that masdar's own ({@link #ownerOfComplement}: the
     * genitive of the act protested, «وتجمع متظاهرون في أماكن عدة للاحتجاج على زيارة فابيوس» is against Fabius,
     * whose visit it is; its nationality adjective, «احتجاجا على الغارات الجوية التركية»; the subject of a relative
     * clause on it, «للتنديد بالغارات التي يشنها الجيش التركي»); null when there is none.
     */
    ActorMention ownerOfPurpose(Cue purpose) {
        int from = purpose.last() + 1;
        return ownerOfComplement(from, Math.min(b, from + TARGET_REACH), purpose.pattern().frame());
    }

    /** An adverb of purpose: an indefinite accusative (احتجاجا، وتنديدا) or a masdar with the lam (للاحتجاج، لتنديد). */
    private static boolean purposeForm(Segment r) {
        String prefix = r.prefix();
        boolean lam = prefix.equals("ل") || prefix.equals("ول") || prefix.equals("فل")
                || prefix.equals("لل") || prefix.equals("ولل") || prefix.equals("فلل");
        boolean accusative = (prefix.isEmpty() || prefix.equals("و") || prefix.equals("ف")) && r.stem().endsWith("ا")
                && r.suffix().isEmpty();
        return lam && r.suffix().isEmpty() || accusative;
    }

    /**
     * The state's organ that did the act a cue takes as its direct object, named by the act's nationality adjective
     * (a role on an adjective: state-acts.tsv): «دانت الحكومة العراقية الغارات الجوية التركية» condemns Turkey's forces,
     * «رفض التدخل الإيراني» Iran's government. The act stands right at {@code from} (past quotation marks), right after
     * the cue or after a word with the article (not in construct after a noun), with no proclitic but the article,
     * and only agreeing words with the article stand between it and the adjective; null otherwise.
     */
    private ActorMention doerOfObjectAct(Cue c, int from, int reach) {
        int thing = pastObjectAdverbial(from, reach);
        boolean adverbial = thing > from;
        while (thing < reach && tokens.get(thing).isPunct() && QUOTES.contains(tokens.get(thing).norm())) {
            thing++;
        }
        if (thing >= reach || !tokens.get(thing).isWord() || verbAt[thing - a]) {
            return null;
        }
        if (!adverbial && thing > c.last() + 1 && thing - 1 >= a && tokens.get(thing - 1).isWord()
                && !tokens.get(thing - 1).segments().get(0).hasArticle()) {
            return null; // «مصادقة كنيست الاحتلال الإسرائيلي»: after a noun in construct the act is its genitive
        }
        for (ActorMention m : mentions) {
            if (m.end() <= thing) {
                continue;
            }
            if (m.first() <= thing || m.first() >= reach || m.form() != ActorMention.Form.ADJECTIVE || m.role() == null) {
                return null;
            }
            // «الغارات الجوية التركية»: the act and its agreeing words have the article and nothing else glued on
            // (not «مصادقة كنيست الاحتلال الإسرائيلي», «حول العدوان الهندي»); «غارات تركية»: the noun right before
            if (m.first() == thing + 1 && plainWord(tokens.get(thing))) {
                return m;
            }
            for (int i = thing; i < m.first(); i++) {
                if (!withPlainArticle(tokens.get(i))) {
                    return null;
                }
            }
            return m.first() - thing <= OBJECT_ACT_WORDS ? m : null;
        }
        return null;
    }

    /**
     * The state's organ named by the nationality adjective of an act (state-acts.tsv: «الاحتلال الإسرائيلي» ISRMIL) right
     * after the first of the frame's target prepositions written as a word of its own in [from, reach) («ضد الاحتلال
     * الإسرائيلي»), only words with the article between, at most {@link #OBJECT_ACT_WORDS}; null otherwise.
     */
    private ActorMention actAgainst(int from, int reach, Frame f) {
        int prep = -1;
        for (int i = Math.max(from, a); i < reach; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && t.segments().get(0).prefix().isEmpty() && f.targetPreps().contains(t.norm())) {
                prep = i;
                break;
            }
        }
        if (prep < 0) {
            return null;
        }
        for (ActorMention m : mentions) {
            if (m.end() <= prep + 1) {
                continue;
            }
            if (m.first() <= prep + 1 || m.first() >= reach || m.form() != ActorMention.Form.ADJECTIVE
                    || m.role() == null || m.first() - prep - 1 > OBJECT_ACT_WORDS) {
                return null;
            }
            for (int i = prep + 1; i < m.first(); i++) {
                if (!withPlainArticle(tokens.get(i))) {
                    return null;
                }
            }
            return m;
        }
        return null;
    }

    /** A word whose first reading has the article and no other proclitic (الغارات، الجوية). */
    private static boolean withPlainArticle(Token t) {
        return t.isWord() && t.segments().get(0).prefix().equals("ال");
    }

    /** A word whose first reading has no proclitic (غارات). */
    private static boolean plainWord(Token t) {
        return t.isWord() && t.segments().get(0).prefix().isEmpty();
    }

    /**
     * Whether token {@code i} keeps a noun phrase going: a word that is no verb, no preposition but لـ or the
     * partitive من, no و; a quotation mark; a relative pronoun whose verb carries the pronoun of the thing, and that
     * verb («بالتصريحات العدائية التي أطلقها مرشد إيران»: the actor after it is its subject, the thing's author —
     * not «التي استهدفت إيران», whose actor is the object).
     */
    private boolean phraseGoesOn(int i) {
        Token t = tokens.get(i);
        if (t.isPunct()) {
            return QUOTES.contains(t.norm()) && !t.norm().equals(":");
        }
        if (t.isWord() && clauseBreaks.isRelativePronoun(t)) {
            return i + 1 < b && carriesObjectPronoun(tokens.get(i + 1));
        }
        if (i - 1 >= a && tokens.get(i - 1).isWord() && clauseBreaks.isRelativePronoun(tokens.get(i - 1))) {
            return carriesObjectPronoun(t);
        }
        if (!t.isWord() || verbAt[i - a]) {
            return false;
        }
        String prefix = t.segments().get(0).prefix();
        String glued = gluedPreposition(prefix);
        if (prefix.startsWith("و") || prefix.startsWith("ف") || glued != null && !glued.equals("ل")) {
            return false;
        }
        return !STANDALONE_PREPS.contains(t.norm()) || ofGroup(i);
    }

    /** A word read with a pronoun of the third person on it (أطلقها، أصدره): a relative clause's resumptive object. */
    private static boolean carriesObjectPronoun(Token t) {
        if (!t.isWord()) {
            return false;
        }
        for (Segment s : t.segments()) {
            if (OBJECT_PRONOUNS.contains(s.suffix())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The mention comes after the partitive من of a group or count word that is itself bare, no clitic but the article
     * on it and no preposition before it: «احتجزوا الكثير من المقاتلين الإيرانيين»، «اعتقلت عددا من المتظاهرين». After
     * a verb the group is its direct object, and the people it is made of are the ones acted upon (not a place of the
     * sentence after them). Not «على عدد من المسؤولين»، «لعدد من» (a preposition's), nor «وكثير من دول الخليج» (a
     * conjunct of the subject); after a masdar the group is its genitive, the doer («زيارة وفد من حماس المملكة»).
     */
    private boolean partOfBareObject(ActorMention m) {
        // (only when the verb has a subject of its own in the sentence: with none, or one carried from before, the group
        // right after the verb is its subject, «وأعربت العديد من دول الخليج عن قلقها»، «وعارض عدد من أعضاء الكونجرس
        // الاتفاق»، «تجمع العشرات من المواطنين التشيكيين»: see subjectHere)
        int group = m.first() - 2;
        if (gluedPreposition(m.prefix()) != null || group < a || !ofGroup(m.first() - 1)) {
            return false;
        }
        String clitic = tokens.get(group).segments().get(0).prefix();
        if (!clitic.isEmpty() && !clitic.equals("ال")) {
            return false;
        }
        return group - 1 < a || !bareWordOf(tokens.get(group - 1), STANDALONE_PREPS)
                && conjoinedPreposition(tokens.get(group - 1)) == null;
    }

    /** The subject found is named in this sentence (not empty, not carried from an earlier one). */
    private boolean subjectHere(List<ActorMention> subj) {
        return !subj.isEmpty() && subj.get(0) != null && subj.get(0).first() >= a && subj.get(0).end() <= b;
    }

    /**
     * Token {@code i} is the partitive من after a noun of a group or a count (modifiers.tsv partitive, count: عدد
     * من، لعدد من) in any of its readings: unlike {@link #partOf}, a word the segmenter also reads whole (لعدد).
     */
    private boolean ofGroup(int i) {
        if (i - 1 < a || !tokens.get(i).isWord() || !tokens.get(i).norm().equals("من") || !tokens.get(i - 1).isWord()) {
            return false;
        }
        for (Segment s : tokens.get(i - 1).segments()) {
            if (s.suffix().isEmpty() && (modifiers.is(s, Modifiers.Kind.PARTITIVE)
                    || modifiers.is(s, Modifiers.Kind.COUNT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The coordinated actors after بين within eight tokens of the cue: بين إيران والولايات المتحدة. Not past a clause
     * break: «المحادثات مقررة في 30 يوليو لكن المشاورات مستمرة بين أفغانستان وباكستان» — the parties after لكن are
     * the consultations', not the talks' (whose date, 30 July, would otherwise date the consultations).
     */
    List<ActorMention> between(Cue c) {
        for (int i = c.last() + 1; i < Math.min(b, c.last() + 9); i++) {
            Token t = tokens.get(i);
            if (t.isPunct() && !QUOTES.contains(t.norm())) {
                return List.of();
            }
            if (t.norm().equals("بين") || t.norm().equals("وبين")) {
                if (clauseBreaks.anyBetween(tokens, c.last() + 1, i)) {
                    return List.of();
                }
                for (ActorMention m : mentions) {
                    if (m.first() == i + 1 && participant(m)) {
                        return withCoordinated(m);
                    }
                }
                return List.of();
            }
        }
        return List.of();
    }

    /** The cue is marked bilateral: محادثات ثنائية، قمة مشتركة، بين البلدين / الجانبين / الطرفين. */
    boolean bilateral(Cue c) {
        for (int i = c.last() + 1; i < Math.min(b, c.last() + 4); i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            for (Segment s : t.segments()) {
                String w = s.stem();
                if (w.startsWith("ثنائي") || w.startsWith("مشترك") || w.equals("بلدين") || w.equals("جانبين")
                        || w.equals("طرفين")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The actor in iḍāfa after a masdar (زيارة الرئيس الروسي), or its nationality adjective (الغزو الروسي). */
    List<ActorMention> genitive(Cue c) {
        List<ActorMention> rel = relativeClauseAgent(c);
        if (!rel.isEmpty()) {
            return rel;
        }
        for (ActorMention m : mentions) {
            if (m.first() < c.end()) {
                continue;
            }
            if (m.form() == ActorMention.Form.ADJECTIVE && m.first() > c.last() + 1 && m.first() <= c.last() + 3
                    && adjectivesBetween(c.last() + 1, m.first()) && !possessedMasdar(c)) {
                return List.of(m); // قصف جوي تركي، الغارات الجوية الأمريكية: the nationality after the adjectives
            }
            if (m.first() != c.end() && !(m.first() == c.last() + 1 && c.last() >= c.end())) {
                return List.of();
            }
            if (prepositional(m) || m.prefix().startsWith("و")) {
                return List.of();
            }
            if (m.form() == ActorMention.Form.ADJECTIVE || participant(m)) {
                return withCoordinated(m);
            }
            if (twoSides(m)) {
                return lastPair; // رفض الجانبين: the two parties of the bilateral event before
            }
            return List.of();
        }
        return List.of();
    }

    /**
     * Whether the cue is a masdar (or a verb's form read as one, patterns.tsv P) carrying a possessive pronoun
     * («ادانته»، «لرفضهم»، «قتله»): its doer or its object is that pronoun, and the words after it are its object's
     * phrase, so a nationality adjective past them («بعد ادانته مقتل رضيع فلسطيني»، «لرفضهم خياطة ملابس أفغانية»)
     * qualifies a noun of that phrase, not the act; the masdar's own adjective would stand right after it.
     */
    private boolean possessedMasdar(Cue c) {
        // (a verb's form with a preposition glued on is its masdar: «لرفضهم»; a verb's own pronoun is its object, and
        // the subject may follow with its adjective: «قصفتها طائرات تركية»)
        return (!c.isVerb() || gluedPreposition(c.reading().prefix()) != null) && !c.reading().suffix().isEmpty();
    }

    /** The targets: the actor introduced by one of the frame's prepositions, else the direct object. */
    /** Whether an actor mention ends right before token {@code k}. */
    private boolean mentionEndsAt(int k) {
        for (ActorMention m : mentions) {
            if (m.end() == k) {
                return true;
            }
        }
        return false;
    }

    List<ActorMention> target(Cue c, int from, Frame f, List<ActorMention> subj) {
        // a phrase of behalf right after the subject does not count («وأعرب الملك باسمه واسم شعب وحكومة المملكة العربية
        // السعودية، عن أصدق التهاني وأطيب التمنيات بالصحة والسعادة لفخامته»: the one addressed is as far past it)
        // a verb's further word after its subject's title chain (بعث الأمير ...، ولي ولي العهد، ...، وزير الدفاع برقية
        // شكر لجلالة الملك): the one addressed follows the cue's words. Not for violence, whose target stands near
        // the verb: further on it is another attack's («فجر انتحاري مركبة ... في سلسلة هجمات تضمنت هجوما على قاعدة»)
        int start = c.isVerb() && c.last() >= from && !VIOLENT_ROOTS.contains(c.pattern().root())
                ? c.last() + 1 : behalfEnd(from);
        int reach = Math.min(b, start + TARGET_REACH);
        reach = Math.min(b, reach + asides(from, reach));
        if (c.pattern().frame().circumstantial()) {
            // «مقدمة شكرها إلى القيادة في المملكة والمسؤولين الذين اتاحوا هذه الفرصة التاريخية للمرأة السعودية»: a
            // circumstantial participle's target is in its own phrase; past a relative pronoun on an actor the actors
            // are the relative clause's, never the one thanked or asked (session 30, events146). On a thing the
            // clause may name its owner: «مشيدا بالدور الكبير الذي تلعبه المملكة»
            for (int k = c.last() + 2; k < reach; k++) {
                if (tokens.get(k).isWord() && clauseBreaks.isRelativePronoun(tokens.get(k)) && mentionEndsAt(k)) {
                    reach = k;
                    break;
                }
            }
        }
        if (subj.size() > 1 && subj.get(0).first() > c.head()) {
            // «أدانت الأردن والبحرين ... وأسبانيا، والأمانة العامة لمجلس التعاون، الجريمة»: the list of agents
            // goes on after a comma with و; what follows it is one more of them, never the one acted upon
            reach = Math.min(reach, listGoesOn(from, reach));
        }
        // «اقتحام المستوطنين المتطرفين تحت حماية قوات الاحتلال»، «دعم الثورة السورية، بسبب تغول داعش»: past a cause
        // or a cover, the actors are why or under whom the act is done, never the ones it is done to
        reach = causeOrCoverStart(c, Math.max(start, c.last() + 1), reach);
        if (!f.callPreps().isEmpty() && calledForBeforeAnyone(c, from, reach, f, subj)) {
            return List.of(); // «ودعا ساركوزي إلى مساندة جهود تونس»: no one named is called on
        }
        ActorMention owner = f.owner() ? ownerOfComplement(from, reach, f) : null;
        if (owner != null && !subj.contains(owner)) {
            // before any actor further on with a preposition: «احتجاجا على الغارات الجوية التركية على أهداف
            // لحزب العمال الكردستاني» is against Turkey, whose raids they are, not against their target
            return withCoordinated(owner);
        }
        // a verb's or a verbal form's (patterns.tsv P) only: after a masdar the act is its genitive, whose
        // adjective is the masdar's own doer («عمليات هدم الاحتلال الإسرائيلي لمباني الفلسطينيين»)
        // (nor a verb's form read as its masdar: «عمليات هدم الاحتلال الإسرائيلي»)
        ActorMention doer = (c.isVerb() || c.pattern().kind() == 'P') && !eventHeadBefore(c) && !prepositionBefore(c)
                && !f.symmetric() && !VIOLENT_ROOTS.contains(c.pattern().root()) ? doerOfObjectAct(c, from, reach) : null;
        if (doer != null) {
            // «دانت الحكومة العراقية الغارات التركية»: the one condemned is the state whose forces raided
            return withCoordinated(doer);
        }
        ActorMention against = "14".equals(c.pattern().root()) ? actAgainst(from, reach, f) : null;
        if (against != null && !subj.contains(against)) {
            // «الانتفاضة الفلسطينية الأولى ضد الاحتلال الإسرائيلي»: a protest against a state's act (state-acts.tsv) is
            // against the state's organ its nationality adjective names, not the protesters' own country
            return withCoordinated(against);
        }
        if (!f.targetPreps().isEmpty() || !c.isVerb()) {
            // a city with بـ is where it happens, not with whom («لقاءه بالرياض»، «اجتماعها بالقاهرة»): بـ before
            // a person or a state may be the partner (التقى بالرئيس), before a city it is "in"
            for (ActorMention m : mentions) {
                if (m.first() < from || subj.contains(m) || onBehalfOf(m) || patronOfSubject(m, subj, c)) {
                    continue;
                }
                if (m.first() >= reach || affairsOwner(m)) {
                    break;
                }
                String prep = prepositionOf(m);
                if (prep != null && f.targetPreps().contains(prep) && onlyTalkedAbout(c, m)) {
                    break; // «لقاءه معهم في الدوحة حيال مزايا الاتفاق مع ايران»: what the talks were about
                }
                if (prep != null && f.targetPreps().contains(prep) && laterCueTakes(c, from, m, prep)) {
                    break; // «بلقاء الجبير وأمير قطر ...، قبل التوجه الى اللقاء المقرر مع وزراء مجلس التعاون»
                }
                if (prep != null && (f.targetPreps().contains(prep) || !c.isVerb() && prep.equals("ل"))
                        && !opposed(m, from) && !(prep.equals("ب") && "LOC".equals(m.type())) && !agentsBody(m, c)
                        && (participant(m) || coercedPerson(m, c)
                            || m.form() == ActorMention.Form.ADJECTIVE && indirect(m, from))) {
                    return withCoordinated(m);
                }
                ActorMention head = prep != null && f.targetPreps().contains(prep) ? namedInApposition(m) : null;
                if (head != null) {
                    return withCoordinated(head); // مع فخامة الرئيس ماكي سال رئيس جمهورية السنغال
                }
            }
        }
        // the direct object: the first actor after the subject (or verb), without a preposition. Not after a verb that
        // carries its object as a pronoun («مقاتلين من المعارضة دربهم الجيش الامريكي اعتقلوا على ايدي مقاتلي جبهة
        // النصرة»، «الضربات التي تدعمها الأمم المتحدة، لكن روسيا»): the actor past its subject is another clause's
        List<ActorMention> ms = carriesObjectPronoun(c) ? List.of() : mentions;
        for (int mi = 0; mi < ms.size(); mi++) {
            ActorMention m = ms.get(mi);
            if (m.first() < from || subj.contains(m) || onBehalfOf(m) || patronOfSubject(m, subj, c)) {
                continue;
            }
            if (m.first() - from - asides(from, m.first()) > OBJECT_GAP || m.first() >= reach || crossesPunct(from, m.first())
                    || f.symmetric() && matterBetween(from, m.first()) || onlyTalkedAbout(c, m) || affairsOwner(m)) {
                break;
            }
            if (c.isVerb() && !VIOLENT_ROOTS.contains(c.pattern().root()) && anotherVerbBefore(c, from, m)) {
                break; // «المشرعين الذين يعارضون الاتفاق النووي يحثون السعودية»: Saudi Arabia is urged, not opposed
            }
            if (!participant(m) && !coercedPerson(m, c)) {
                ActorMention head = prepositional(m) ? null : namedInApposition(m);
                if (head != null) {
                    return withCoordinated(head); // استقبل ... فخامة الرئيس ماكي سال رئيس جمهورية السنغال
                }
                continue;
            }
            if (c.isVerb() && whereItHappens(m) && !VIOLENT_ROOTS.contains(c.pattern().root())) {
                continue; // «التقى الجبير اليوم في موسكو لافروف»: the city is where they met; the object follows it
            }
            if (afterAdverbOfPlace(m) && !PLACE_AS_TARGET_ROOTS.contains(c.pattern().root())) {
                continue; // «لاتهامه بارتكاب جرائم إرهابية داخل الكويت»: where the crimes were, not who is accused
            }
            if (prepositional(m) && !(c.isVerb() && subjectHere(subj) && partOfBareObject(m)) || indirect(m, from)) {
                break; // لمحاربة تنظيم الدولة: the genitive of a masdar with a preposition is not the object
            }
            if (inTimeAdverbial(m, c)) {
                break; // «زيارة يقوم بها لافروف لمنطقة الخليج بعد توصل ايران ...»: Iran is the later act's, no host
            }
            return withCoordinated(m);
        }
        if (DISAPPROVAL_ROOT.equals(c.pattern().root())) {
            List<ActorMention> author = authorOfObject(from, reach, subj);
            if (!author.isEmpty()) {
                return author;
            }
        }
        if (VIOLENT_ROOTS.contains(c.pattern().root())) {
            // «قصف طائرات التحالف بشكل مكثف تمركزات ومواقع وحواجز التنظيم في دير الزور»: the owner of the
            // positions hit, further away than a direct object, is the target (not the place it happens in)
            // (punctuation counts from the cue's last word: a date or a subject's name before it «ليل الجمعة - السبت»،
            // «مقاتلات اف-16 تركية»، «24 يوليو/تموز» is no clause break; nor a parenthesis that opens the owner's name)
            int after = Math.max(from, c.last() + 1);
            for (ActorMention m : mentions) {
                if (m.first() < from || subj.contains(m) || onBehalfOf(m) || patronOfSubject(m, subj, c)) {
                    continue;
                }
                if (m.first() >= reach || crossesPunct(after, m.first() - (openedByParenthesis(m) ? 1 : 0))) {
                    break;
                }
                if (participant(m) && ownsWhatIsHit(m)) {
                    return withCoordinated(m);
                }
            }
        }
        // the beneficiary with لـ: أكد دعمه لروسيا، قدم مساعدات لليمن
        for (int mi = 0; mi < mentions.size(); mi++) {
            ActorMention m = mentions.get(mi);
            if (m.first() < from || subj.contains(m) || onBehalfOf(m) || patronOfSubject(m, subj, c)) {
                continue;
            }
            if (m.first() >= Math.min(reach, from + OBJECT_GAP + 2) || crossesPunct(from, m.first()) || affairsOwner(m)) {
                break;
            }
            if (opposed(m, from) || agentsBody(m, c)) {
                break; // «تدعم أي جهود للتصدي لتنظيم داعش»: the one opposed is no beneficiary
            }
            if (participant(m) && "ل".equals(gluedPreposition(m.prefix()))) {
                return withCoordinated(m);
            }
        }
        return List.of();
    }

    /**
     * Whether the meeting the cue names is one body's own (modifiers.tsv meeting-noun): a consultation whose meeting
     * noun (the masdar, or the further word of عقد) carries a pronoun that is not the dual («عقب اجتماعها»، «جلسته»),
     * or has a single party in its genitive, after its لـ or as the verb's subject («اجتماع مجلس الوزراء»، «اجتماعا
     * للمجلس الاستشاري لحركة فتح»، «الاجتماع الأسبوعي لحكومته»، «مجلس الأمن يعقد جلسة طارئة»), or is chaired by
     * someone (modifiers.tsv meeting-chair: «اجتماعها ... برئاسة الرئيس الفلسطيني»). Such a meeting has a partner only
     * when one is named as one ({@link #meetingPartner}); the actors further on are what it discussed or welcomed.
     * The dual pronoun («اجتماعهما») and a genitive of several parties («اجتماع وزيري الخارجية الجبير وشكري») name
     * the parties themselves.
     */
    boolean ownMeeting(Cue c, List<ActorMention> subj, String how) {
        if (!CONSULT_ROOT.equals(c.pattern().root()) || !c.pattern().frame().symmetric()) {
            return false;
        }
        int noun = -1;
        Segment reading = null;
        for (int i : c.words()) {
            Segment s = meetingSegment(tokens.get(i));
            if (s != null) {
                noun = i;
                reading = s;
                break;
            }
        }
        if (noun < 0) {
            return false;
        }
        if (!reading.suffix().isEmpty()) {
            return !DUAL_PRONOUNS.contains(reading.suffix());
        }
        if ((how.equals("masdar-genitive") || how.equals("lam-agent") || how.equals("verb-subject"))
                && subj.stream().map(ActorMention::code).distinct().count() == 1) {
            return true;
        }
        int chair = chairAfter(noun);
        return lamOwnerAfter(noun) || chair >= 0 && !coChaired(chair);
    }

    /**
     * Whether the meeting is chaired by two parties or more («الاجتماع السابع للجنة الحكومية المشتركة الروسية الجزائرية،
     * برئاسة وزير الطاقة الروسي ... ووزير المالية الجزائري»): the co-chairs are its parties, not one body's own.
     */
    private boolean coChaired(int chair) {
        for (ActorMention m : mentions) {
            if ((m.first() == chair || m.first() == chair + 1) && participant(m)) {
                return withCoordinated(m).stream().map(ActorMention::code).distinct().count() > 1;
            }
        }
        return false;
    }

    /** The reading of {@code t} that is a meeting noun (modifiers.tsv meeting-noun), with or without a pronoun; else null. */
    private Segment meetingSegment(Token t) {
        if (!t.isWord()) {
            return null;
        }
        for (Segment s : t.segments()) {
            if (modifiers.is(s, Modifiers.Kind.MEETING_NOUN)) {
                return s;
            }
        }
        return null;
    }

    /**
     * Whether the meeting noun at {@code noun}, past at most two adjectives with the article, is followed by a word
     * with a glued لـ that names a body: an actor opens there, or the word has the article or a pronoun («للمجلس»،
     * «لحكومته»; not a masdar of purpose, which has neither: «اجتماعا لبحث»).
     */
    private boolean lamOwnerAfter(int noun) {
        int i = noun + 1;
        while (i < b && i <= noun + 2 && tokens.get(i).isWord() && tokens.get(i).segments().get(0).prefix().equals("ال")) {
            i++;
        }
        if (i >= b || !tokens.get(i).isWord()) {
            return false;
        }
        Token t = tokens.get(i);
        if (t.norm().startsWith("لل")) {
            return true; // لـ with the article: «للمجلس»
        }
        for (Segment s : t.segments()) {
            if ("ل".equals(gluedPreposition(s.prefix())) && (s.hasArticle() || !s.suffix().isEmpty())) {
                return true;
            }
        }
        for (ActorMention m : mentions) {
            if (m.first() == i && participant(m) && "ل".equals(gluedPreposition(m.prefix()))) {
                return true;
            }
        }
        return false;
    }

    /** A word of chairing (modifiers.tsv meeting-chair) within the meeting's phrase after {@code noun}; else -1. */
    private int chairAfter(int noun) {
        for (int i = noun + 1; i < b && i <= noun + PARTNER_REACH; i++) {
            Token t = tokens.get(i);
            if (t.isPunct() && !LIST_COMMAS.contains(t.norm())) {
                return -1;
            }
            if (t.isWord() && modifiers.is(t, Modifiers.Kind.MEETING_CHAIR)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether {@code m}, a target found for a body's own meeting ({@link #ownMeeting}), is named as its partner: in a
     * phrase that opens within {@link #PARTNER_REACH} words of the meeting's own phrase (its noun, or the verb, and the
     * owner after it) with no punctuation between its opening word and {@code m}, {@code m} at most
     * {@link #PARTNER_PHRASE} words into it. The phrase opens with مع or بين («جلسة مباحثات رسمية مع فخامة الرئيس ماكي
     * سال رئيس جمهورية السنغال»), a word of attending or of bringing together (modifiers.tsv meeting-partner, brings-together:
     * «بحضور»، «والتي شارك فيها وزير الخارجية الروسية»), بـ glued on a word right after the owner («اجتماع وزير الخارجية
     * اليمني بالأمين العام ... للاتحاد الأوروبي») or on the partner's own name («اجتماعه بالسفير»), or و right after the
     * owner (a second party in the genitive: «اجتماع وزير الطاقة الروسي ألكسندر نوفاك والأمين العام لأوبك»). An object
     * right after the meeting's phrase is one too («لقاؤه الرئيس»). Never a nationality adjective («ترحيب ... بالجهود
     * الفرنسية»), nor the chair («برئاسة الرئيس»).
     */
    boolean meetingPartner(Cue c, ActorMention m, List<ActorMention> subj, String how) {
        if (c.isVerb() && m.first() < c.last()) {
            // «سيعقد مؤتمرا صحفيا مشتركا اليوم مع موغريني لشرح نتائج اللقاءات»: the meeting noun read after the
            // partner is no object of the verb's; what the verb holds is told before it
            return true;
        }
        int from = c.last() + 1; // after the meeting noun (عقد's object: «عقد ... في قصره بالرياض اليوم جلسة مباحثات»)
        if (!c.isVerb() && (how.equals("masdar-genitive") || how.equals("lam-agent")) && !subj.isEmpty()
                && subj.get(0).first() > c.head()) {
            // past the owner in the genitive or after لـ; not past a chair taken for the pronoun's referent («عقب
            // اجتماعها برئاسة الرئيس الفلسطيني محمود عباس بمحاسبة المستوطنين»)
            from = Math.max(from, subj.get(subj.size() - 1).end());
        }
        if (m.form() == ActorMention.Form.ADJECTIVE || m.first() < from) {
            return false;
        }
        if (modifiers.is(tokens.get(m.first()), Modifiers.Kind.MEETING_CHAIR)
                || m.first() - 1 >= a && modifiers.is(tokens.get(m.first() - 1), Modifiers.Kind.MEETING_CHAIR)) {
            return false;
        }
        if (m.first() - from <= PARTNER_REACH && "ب".equals(gluedPreposition(m.prefix())) || prepositionOf(m) == null
                && m.first() <= from + 1) {
            return true;
        }
        for (int i = m.first() - 1; i >= from && i >= m.first() - PARTNER_PHRASE; i--) {
            Token t = tokens.get(i);
            if (t.isPunct()) {
                return false;
            }
            if (i - from <= PARTNER_REACH && partnerOpens(t, i - from, m.first() - i)) {
                return true;
            }
        }
        return m.first() - from <= OWNER_GAP && m.prefix().startsWith("و"); // «... ووزير الخارجية الأميركي جون كيري»
    }

    /**
     * Whether the word opens the phrase of a meeting's partner, {@code gap} words after the meeting's own phrase and
     * {@code before} words before the partner (و: the coordinated noun and its genitive, «والأمين العام لأوبك»).
     */
    private boolean partnerOpens(Token t, int gap, int before) {
        if (!t.isWord()) {
            return false;
        }
        String w = t.norm();
        if (w.equals("مع") || w.equals("ومع") || w.equals("بين") || w.equals("وبين")
                || modifiers.is(w, Modifiers.Kind.MEETING_PARTNER) || modifiers.is(w, Modifiers.Kind.BRINGS_TOGETHER)) {
            return true;
        }
        if (gap > OWNER_GAP || modifiers.is(w, Modifiers.Kind.MEETING_CHAIR)) {
            return false;
        }
        String prefix = t.segments().get(0).prefix();
        return "ب".equals(gluedPreposition(prefix)) || prefix.startsWith("و") && before <= COORDINATED_GENITIVE;
    }

    /**
     * The author of what a disapproval is aimed at, named after a phrase of authorship (modifiers.tsv author) that
     * closes the object's relative clause or participle: «استنكرت الأمانة العامة لمنظمة التعاون الإسلامي التصريحات
     * التي أدلى بها نائب رئيس الجمهورية العراقية»، «ندد بالتصريحات العدائية التي صدرت عن مسؤولين ايرانيين». The
     * phrase ends at most {@link #AUTHOR_PHRASE_REACH} words past the object's start (the noun, its adjectives, the
     * relative pronoun and the verb), with no punctuation but a comma before it, and the author follows it at once.
     */
    private List<ActorMention> authorOfObject(int from, int reach, List<ActorMention> subj) {
        int end = Math.min(reach, from + AUTHOR_PHRASE_REACH + asides(from, reach));
        for (int j = from; j < end; j++) {
            Token t = tokens.get(j);
            if (t.isPunct() && !LIST_COMMAS.contains(t.norm())) {
                return List.of();
            }
            if (!t.isWord() || !modifiers.phraseEndsAt(tokens, from, j, Modifiers.Kind.AUTHOR)) {
                continue;
            }
            for (ActorMention m : mentions) {
                if (m.first() <= j) {
                    continue;
                }
                return m.first() == j + 1 && participant(m) && !subj.contains(m) ? withCoordinated(m) : List.of();
            }
            return List.of();
        }
        return List.of();
    }

    /**
     * A threat names whom it threatens in its content when no object does (frame {@code content}): the
     * first actor of a condition (هددت المملكة بردة فعل إذا استخدمت إيران ...) or of the words after a
     * colon (تهدد: لن نترك أمريكياً), within the sentence. An indefinite nationality noun (أمريكياً، "an
     * American") counts; a nationality adjective on a thing (شبه الجزيرة الكورية) does not.
     */
    List<ActorMention> threatened(Cue c, List<ActorMention> subj) {
        int from = -1;
        for (int i = c.last() + 1; i < b && from < 0; i++) {
            Token t = tokens.get(i);
            if (t.isPunct() && t.norm().equals(":") && i == c.last() + 1) {
                from = i + 1;
            } else if (t.isWord() && CONDITIONALS.contains(t.stem()) && t.segments().get(0).prefix().isEmpty()) {
                from = i + 1;
            }
        }
        if (from < 0) {
            return List.of();
        }
        for (ActorMention m : mentions) {
            if (m.first() < from || subj.stream().anyMatch(x -> x.primary() != null && x.primary().equals(m.primary()))) {
                continue;
            }
            if (participant(m) || m.form() == ActorMention.Form.ADJECTIVE && m.primary() != null
                    && !tokens.get(m.first()).segments().get(0).hasArticle() && tokens.get(m.end() - 1).norm().endsWith("ا")) {
                return List.of(m);
            }
        }
        return List.of();
    }

    /**
     * An appeal (patterns.tsv call=) whose first actor after the subject stands past a preposition that opens what is
     * called for (إلى، لـ: a separate word, or glued to the masdar or to the actor itself): that actor is in what is
     * asked, not the one called on, who is then unnamed. «ودعا ساركوزي إلى مساندة جهود تونس» asks no one named to back
     * Tunisia, «تدعو للتحقيق في جرائم الحوثيين» does not call on the Houthis; «دعا الاتحاد الأوروبي الحكومة
     * الإسرائيلية إلى مراجعة» names the one called on before إلى.
     */
    private boolean calledForBeforeAnyone(Cue c, int from, int reach, Frame f, List<ActorMention> subj) {
        ActorMention first = null;
        int scan = from; // past the subject's own phrase: «المفوضية العليا للاجئين التابعة للأمم المتحدة فرنسا»
        for (ActorMention m : mentions) {
            if (m.first() < from) {
                continue;
            }
            if (m.first() >= reach) {
                break;
            }
            if (subj.contains(m) || onBehalfOf(m) || patronOfSubject(m, subj, c)) {
                scan = Math.max(scan, m.end());
                continue;
            }
            if (participant(m)) {
                first = m;
                break;
            }
        }
        if (first == null) {
            return false;
        }
        String onActor = gluedPreposition(first.prefix());
        if (onActor != null && f.callPreps().contains(onActor)) {
            return true; // «دعا لروسيا»
        }
        for (int i = Math.max(scan, a); i < first.first(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            // the first reading's proclitic, as for a masdar carrying the preposition (prepositionOf): a word that
            // only may begin with ل (لقاء) is not read as one
            String glued = gluedPreposition(t.segments().get(0).prefix());
            if (glued != null && f.callPreps().contains(glued)) {
                return true;
            }
            for (Segment s : t.segments()) {
                if (s.suffix().isEmpty() && f.callPreps().contains(s.stem())
                        && (s.prefix().isEmpty() || s.prefix().equals("و") || s.prefix().equals("ف"))) {
                    return true; // إلى as a word of its own
                }
            }
        }
        return false;
    }

    /**
     * Another verb cue of the sentence stands between the cue {@code c} (its parties end at {@code from}) and the actor
     * {@code m}: the actor is that verb's object, not {@code c}'s. «إلا أن المشرعين الذين يعارضون الاتفاق النووي يحثون
     * السعودية سراً على الانضمام»: the lawmakers oppose the deal and urge Saudi Arabia; they do not oppose Saudi Arabia.
     * (Asked for verb cues only, and not for an act of violence, whose target may follow a relative verb on its masdar:
     * «وشن 4 غارات جوية استهدفت قوات صالح»; after a masdar the verb opens the sentence's own clause, whose object the
     * masdar's host or the one it is done to may still be: «وخلال زيارة كارتر يوم الاثنين حذرت إسرائيل».)
     */
    private boolean anotherVerbBefore(Cue c, int from, ActorMention m) {
        for (Cue o : cues) {
            if (o != c && o.isVerb() && o.head() > c.last() && o.head() >= from && o.head() < m.first()
                    && !c.hasWord(o.head()) && !readAsMasdar(o)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb cue whose form is read as its masdar: with the article, a preposition on it or a preposition word before it
     * («أعلن متمردو "حركة الشباب" مسؤوليتهم عن قتل نائب صومالي»: the MP is the one whose killing is claimed).
     */
    private boolean readAsMasdar(Cue o) {
        return o.reading().hasArticle() || gluedPreposition(o.reading().prefix()) != null
                || o.head() - 1 >= a && (bareWordOf(tokens.get(o.head() - 1), STANDALONE_PREPS)
                    || PHRASE_PREPOSITIONS.contains(tokens.get(o.head() - 1).norm()));
    }

    /**
     * The mention stands in an adverbial of time (modifiers.tsv time-preposition: بعد، قبل، عقب، إثر، منذ): right after
     * the preposition, or as the genitive of the one noun after it, no word of the cue's. It names another act's party
     * (when that act came), never the cue's direct object: «هذه اول زيارة يقوم بها لافروف لمنطقة الخليج بعد توصل ايران
     * ومجموعة 5+1 ... اتفاقا» has no host in Iran, «وتأتي زيارة فابيوس بعد زيارة نائب المستشارة الالمانية» no host in
     * Germany. Not past a further word: «استقبل بعد ظهر اليوم الرئيس» keeps its object.
     */
    private boolean inTimeAdverbial(ActorMention m, Cue c) {
        int i = beforeOpeningQuotes(m.first() - 1);
        if (i < a || c.hasWord(i) || !tokens.get(i).isWord()) {
            return false;
        }
        if (timePreposition(i)) {
            return true;
        }
        Token noun = tokens.get(i);
        // «سيلتقي بعد ساعات المبعوث الدولي»: a span of time (time-unit) is when, and the object follows it
        return i - 1 >= a && i - 1 > c.last() && !c.hasWord(i - 1) && timePreposition(i - 1)
                && !(modifiers.mayBeModifier(noun) && modifiers.is(noun, Modifiers.Kind.TIME_UNIT));
    }

    /** A word of {@code time-preposition} at {@code i}, not after من («من قبل الحوثيين» is "by the Houthis"). */
    private boolean timePreposition(int i) {
        Token t = tokens.get(i);
        if (!t.isWord() || !modifiers.mayBeModifier(t) || i - 1 >= a && "من".equals(tokens.get(i - 1).norm())) {
            return false;
        }
        String w = t.norm();
        return modifiers.is(w, Modifiers.Kind.TIME_PREPOSITION)
                || w.startsWith("و") && modifiers.is(t.normAfterFirstLetter(), Modifiers.Kind.TIME_PREPOSITION);
    }

    /** The mention is the genitive of a word with a glued preposition (بدعم كوريا، لمحاربة داعش). */
    private boolean indirect(ActorMention m, int from) {
        int before = beforeOpeningQuotes(m.first() - 1);
        return gluedPreposition(m.prefix()) == null && before >= a && tokens.get(before).isWord()
                && gluedPreposition(tokens.get(before).segments().get(0).prefix()) != null
                || opposed(m, from);
    }

    /**
     * The mention is the object of a masdar of opposing right before it (modifiers.tsv governing-masdar), a
     * word after the cue's own (from {@code from} on): with a preposition glued to the masdar or standing
     * before it (لمحاربة داعش، في مواجهة تنظيم داعش، دعم مكافحة الإرهاب), or with the لـ the masdar takes its
     * object with (للتصدي لتنظيم داعش). It is that masdar's, never the target of the cue before it: «تدعم
     * أي جهود للتصدي لتنظيم داعش» supports the efforts, not ISIS.
     */
    /**
     * The mention is the body the cue's agents belong to: after a word of affiliation (modifiers.tsv affiliation)
     * with its لـ or إلى, when the agents stand between the cue and it, after a verb of doing with a resumptive
     * pronoun (هجوم نفذه) or after «من قبل» / «على يد»: «هجوم انتحاري نفذه مسلحون يعتقد بانتمائهم لتنظيم «القاعدة
     * في جزيرة العرب»». The preposition is the affiliation's, so the attackers' body is never the target through
     * it. Not the victims' body: «تمديد الاعتقال الاداري له ... بتهمة الانتماء لتنظيم الجهاد الاسلامي».
     */
    private boolean agentsBody(ActorMention m, Cue c) {
        int word = affiliationWord(m);
        if (word < 0 || word <= c.head()) {
            return false;
        }
        // from the cue's head: its own words may name the agents past the verb of doing («هجوم نفذه مسلحون»)
        for (int i = c.head() + 1; i < word; i++) {
            Token t = tokens.get(i);
            if (t.isPunct() && !QUOTES.contains(t.norm())) {
                return false; // another clause
            }
            String w = t.norm();
            String next = tokens.get(i + 1).norm();
            if (doingVerbWithResumptive(i) || w.equals("من") && next.equals("قبل")
                    || w.equals("علي") && (next.equals("يد") || next.equals("ايدي"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The token of the word of affiliation (modifiers.tsv affiliation) whose لـ or إلى governs the mention, or -1:
     * «بانتمائهم لتنظيم «القاعدة»»، «ينتمون إلى تنظيم داعش»، «المنتمين لداعش».
     */
    private int affiliationWord(ActorMention m) {
        return governingWord(m, Modifiers.Kind.AFFILIATION);
    }

    /**
     * The token of a word of {@code kind} whose لـ or إلى governs the mention (glued to it, to its one noun, or
     * written apart before it), or -1.
     */
    private int governingWord(ActorMention m, Modifiers.Kind kind) {
        int i = beforeOpeningQuotes(m.first() - 1); // the word before the name, past its opening quotes
        String glued = gluedPreposition(m.prefix());
        if (glued != null) {
            if (!"ل".equals(glued)) {
                return -1; // بانتمائهم لداعش: i is the word of affiliation
            }
        } else if (i > a && tokens.get(i).isWord() && AFFILIATION_PREPS.contains(tokens.get(i).norm())) {
            i = i - 1; // ينتمون إلى «داعش»
        } else if (i > a && tokens.get(i).isWord()) {
            // the preposition on the name's one noun (بانتمائهم لتنظيم «القاعدة») or before it (ينتمون إلى تنظيم داعش)
            Segment noun = tokens.get(i).segments().get(0);
            if ("ل".equals(gluedPreposition(noun.prefix()))) {
                i = i - 1;
            } else if (!noun.hasArticle() && noun.prefix().isEmpty() && i - 1 > a && tokens.get(i - 1).isWord()
                    && AFFILIATION_PREPS.contains(tokens.get(i - 1).norm())) {
                i = i - 2;
            } else {
                return -1;
            }
        } else {
            return -1;
        }
        if (i < a || !tokens.get(i).isWord()) {
            return -1;
        }
        for (Segment seg : tokens.get(i).segments()) {
            if (modifiers.is(seg, kind)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the actor {@code m} is the body the subject belongs to or is loyal to, named in the subject's own noun
     * phrase after a participle of belonging (modifiers.tsv belonging: «قتل ناشطو الحركة التابعة لتنظيم القاعدة، 148
     * شخصا»، «استعادت قوات المقاومة الشعبية الموالية للرئيس اليمني ... السيطرة»): the subject's parent or patron, on
     * its side, never the one its act is done to. The participle follows a subject mention at once or after up to
     * {@link #PATRON_HEAD_GAP} words of its phrase opened by من («مسؤولون من منظمة الطفولة التابعة للأمم المتحدة»),
     * with no punctuation, no other actor and not the cue between. After the object the same words name the object's owner
     * («غارات على مواقع تابعة لداعش»), which stays the target.
     */
    private boolean patronOfSubject(ActorMention m, List<ActorMention> subj, Cue c) {
        if (subj.isEmpty()) {
            return false;
        }
        int w = governingWord(m, Modifiers.Kind.BELONGING);
        if (w < 0) {
            return false;
        }
        for (ActorMention s : subj) {
            if (s.end() > w || w - s.end() > PATRON_HEAD_GAP || c.head() >= s.end() && c.head() < w) {
                continue;
            }
            // words between are the subject's own only after من (of, from: the body or the place it is of);
            // other words there are the object («قصفت القوات التركية مواقع تابعة لحزب العمال»، «ضد أهداف تابعة لداعش»)
            boolean phrase = w == s.end() || tokens.get(s.end()).norm().equals("من");
            for (int j = s.end(); j < w && phrase; j++) {
                int at = j;
                phrase = tokens.get(j).isWord() && mentions.stream().noneMatch(o -> o.first() <= at && at < o.end());
            }
            if (phrase) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the actor {@code m}, named after the cue, is governed by a participle of belonging (modifiers.tsv
     * belonging: «في إحدى الاستراحات التابعة للحكومة السودانية»): the owner of a thing or a place, not a party to the
     * act itself.
     */
    boolean placeOwner(ActorMention m, Cue c) {
        return m.first() >= c.end() && governingWord(m, Modifiers.Kind.BELONGING) >= c.end();
    }

    private boolean opposed(ActorMention m, int from) {
        int i = beforeOpeningQuotes(m.first() - 1); // «لقتال «داعش»»: the masdar before the quoted name
        String prep = gluedPreposition(m.prefix());
        if (i < from || i <= a || !tokens.get(i).isWord() || prep != null && !prep.equals("ل")) {
            return false;
        }
        List<Segment> readings = tokens.get(i).segments();
        for (int r = 0; r < readings.size(); r++) {
            Segment seg = readings.get(r);
            // a nationality or a country after a bare one may say whose it is (مقاتلة سورية, a Syrian fighter jet)
            if (modifiers.is(seg, Modifiers.Kind.GOVERNING_MASDAR) && (gluedPreposition(seg.prefix()) != null
                    || m.form() != ActorMention.Form.ADJECTIVE && !isPlace(m))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether another cue of the sentence stands between the cue {@code c} (its parties end at {@code from}) and the
     * actor {@code m} after the preposition {@code prep}, past punctuation, and takes a party with that preposition
     * itself, as a verb or a masdar after a preposition (its own clause or phrase, not c's object: «عقد الملك ...، مساء
     * الاثنين، جلسة مباحثات رسمية مع الرئيس فرانسوا هولاند» keeps Hollande): then the phrase is that later cue's.
     * «وبدأ كيري نهاره بلقاء الجبير وأمير قطر تميم بن حمد آل ثاني، قبل التوجه الى اللقاء المقرر مع وزراء مجلس التعاون
     * الخليجي»: the ministers are the later meeting's party, not the Emir's; «ويلتقي اليوم وزير الخارجية الأميركي جون
     * كيري بنظرائه الخليجيين، كما يعقد وزير الخارجية الروسي سيرغي لافروف مباحثات مع أمير دولة قطر»: Kerry does not
     * meet the Emir.
     */
    private boolean laterCueTakes(Cue c, int from, ActorMention m, String prep) {
        for (Cue o : cues) {
            if (o.head() > c.last() && o.head() >= from && o.head() < m.first() && !c.hasWord(o.head())
                    && (o.isVerb() || gluedPreposition(o.reading().prefix()) != null || o.head() - 1 >= a
                        && PHRASE_PREPOSITIONS.contains(tokens.get(o.head() - 1).norm()))
                    && o.pattern().frame().targetPreps().contains(prep) && punctBetween(from, o.head(), Set.of())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the actor {@code m} after a consultation's cue (CAMEO 04) is only what the talks are about, not a party
     * to them: a preposition of topic (modifiers.tsv talks-topic: حيال، بشأن، حول) stands between the cue and it
     * («بدأ لقاءه معهم في الدوحة حيال مزايا الاتفاق مع ايران»، «المفاوضات حول إيران والعراق»), or its مع is a deal's
     * ({@link #dealsParty}).
     */
    boolean onlyTalkedAbout(Cue c, ActorMention m) {
        if (!CONSULT_ROOT.equals(c.pattern().root())) {
            return false;
        }
        for (int i = c.last() + 1; i < m.first() && i < b; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && !c.hasWord(i) && (modifiers.is(t, Modifiers.Kind.TALKS_TOPIC)
                    || t.norm().startsWith("و") && modifiers.is(t.normAfterFirstLetter(), Modifiers.Kind.TALKS_TOPIC))) {
                return true;
            }
        }
        return dealsParty(c, m);
    }

    /**
     * Whether {@code m} follows a standalone مع that follows a noun of a deal (modifiers.tsv deal-noun), past at most
     * {@link #DEAL_ADJECTIVES} words of its own and no punctuation, the noun being no word of the cue: «اللقاء الذي ضم
     * ... ووزراء خارجية دول مجلس التعاون الخليجي ان الاتفاق النووي مع ايران» names the party of the deal, not of the
     * meeting.
     */
    private boolean dealsParty(Cue c, ActorMention m) {
        int with = m.first() - 1;
        if (with <= c.last() || with < a || !"مع".equals(tokens.get(with).norm())) {
            return false;
        }
        for (int i = with - 1; i > c.last() && i >= with - 1 - DEAL_ADJECTIVES; i--) {
            Token t = tokens.get(i);
            if (!t.isWord() || c.hasWord(i)) {
                return false;
            }
            if (hasBareStem(t, Modifiers.Kind.DEAL_NOUN)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the ones the cue acts on are a party's own ranks named with its pronoun after partitive من (modifiers.tsv
     * ranks), within {@link #RANKS_REACH} words after the cue and no punctuation: «نفذت عمليات اعتقال ضد 175 عنصرا من
     * مقاتليها، ممن فروا من القتال في مدينة الزبداني»، «وقتل 12 من عناصره». They are that party's men, so the place the
     * sentence names is not the one acted upon.
     */
    boolean ownRanksActedOn(Cue c) {
        for (int i = c.last() + 1; i < b && i <= c.last() + RANKS_REACH; i++) {
            Token t = tokens.get(i);
            if (t.isPunct()) {
                return false;
            }
            if (!"من".equals(t.norm()) || i + 1 >= b) {
                continue;
            }
            for (Segment s : tokens.get(i + 1).segments()) {
                if (!s.suffix().isEmpty() && s.prefix().isEmpty() && modifiers.is(s, Modifiers.Kind.RANKS)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where the first phrase of cause (modifiers.tsv cause-word: بسبب، جراء، إثر) or of a doer's cover (cover-phrase:
     * تحت حماية، بدعم من) between {@code from} and {@code reach} begins, its words being none of the cue's; else
     * {@code reach}. What follows it names why the act was done or who stood by its doer: «ينحسر الإجماع على دعم الثورة
     * السورية، بسبب تغول داعش»، «اقتحام المستوطنين المتطرفين تحت حماية قوات الاحتلال المسجد الأقصى».
     */
    private int causeOrCoverStart(Cue c, int from, int reach) {
        // not for violence: the cause of a killing is mostly the attack that did it, on the same victims («مقتل البقية
        // جراء استهداف مواقع وحواجز للتنظيم»)
        boolean cause = !VIOLENT_ROOTS.contains(c.pattern().root());
        for (int i = from; i < reach; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || c.hasWord(i)) {
                continue;
            }
            // a nominal cause only: «بسبب أن كيري وظريف ... كانا يحاولان» opens a clause, whose subject may be the
            // act's own parties
            boolean nominal = cause && (i + 1 >= b || !CONTENT_PARTICLES.contains(tokens.get(i + 1).norm()));
            if (nominal && modifiers.is(t, Modifiers.Kind.CAUSE_WORD)) {
                return i;
            }
            int n = Math.max(nominal ? modifiers.phraseLengthEndingAt(tokens, from, i, Modifiers.Kind.CAUSE_WORD) : 0,
                    modifiers.phraseLengthEndingAt(tokens, from, i, Modifiers.Kind.COVER_PHRASE));
            if (n > 0 && !c.hasWord(i - n + 1)) {
                return i - n + 1;
            }
        }
        return reach;
    }

    /**
     * Whether a patient cue (تعرض لـ: patterns.tsv patient) names the one who suffered right after its head, as a noun
     * or a number outside every actor mention: «تعرض شاب مثلي في مدينة فاس إلى الضرب»، «تعرض المتهمين لعمليات تعذيب»،
     * «تعرضت مناطق في محيط ...»، «تعرض 3 أشخاص». That word is the verb's subject or the masdar's genitive, whom no
     * dictionary knows; an actor borrowed from the speaker or the subject in play is not it. Not a preposition (تعرض
     * للقصف، تعرضه لهجوم: the sufferer is the pronoun or the subject in play), a word of time, a word that may stand
     * between a verb and its subject (تعرض أمس، قد) or a separate pronoun (تعرضت هي الأخرى).
     */
    boolean sufferedByUnknown(Cue c) {
        int i = c.head() + 1;
        if (i >= b || c.hasWord(i) || inMention[i - a]) {
            return false;
        }
        Token t = tokens.get(i);
        if (t.kind() == org.marsad.text.TokenKind.NUMBER) {
            return true; // «تعرض 3 أشخاص لإصابات»
        }
        if (!t.isWord() || verbAt.length > 0 && verbAt[i - a]) {
            return false;
        }
        String w = t.norm();
        for (Segment s : t.segments()) {
            // a preposition in any reading, with its pronoun too («الدمار الذي تعرض له جراء قصف»: the resumptive
            // pronoun is the antecedent)
            if (gluedPreposition(s.prefix()) != null || STANDALONE_PREPS.contains(s.stem())) {
                return false;
            }
        }
        if (w.length() > 1 && (w.charAt(0) == 'ل' || w.charAt(0) == 'ب') && OBJECT_PRONOUNS.contains(w.substring(1))) {
            return false; // له، لها، بهم: the segmenter may leave a preposition with its pronoun whole
        }
        // (nor a noun with its possessive, «عن تعرض جنودها لهجومين»: the owner is the speaker or the subject in play)
        return t.segments().get(0).suffix().isEmpty() && !PHRASE_PREPOSITIONS.contains(w) && !SUBJECT_GAP.contains(w) && !SEPARATE_PRONOUNS.contains(w)
                && !modifiers.is(w, Modifiers.Kind.TIME_NOUN);
    }

    /**
     * Whether the place {@code m} follows an adverb of place (modifiers.tsv place-adverb: داخل، خارج), past opening
     * quotation marks: «لاتهامه بارتكاب جرائم إرهابية داخل الكويت»، «النفوذ الإيراني داخل العراق» name where, not whom.
     * Not after من: «من داخل أفغانستان» names where people come from, and the country may stand for them.
     */
    private boolean afterAdverbOfPlace(ActorMention m) {
        int i = beforeOpeningQuotes(m.first() - 1);
        if (!isPlace(m) || i < a || !tokens.get(i).isWord() || i - 1 >= a && "من".equals(tokens.get(i - 1).norm())) {
            return false; // «قادة طالبان ... من داخل أفغانستان وخارجها»: people from there, whom the country stands for
        }
        return hasBareStem(tokens.get(i), Modifiers.Kind.PLACE_ADVERB);
    }
}
