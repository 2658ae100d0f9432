package org.marsad.events;

import java.util.List;
import java.util.Set;
import org.marsad.actors.ActorMention;
import org.marsad.text.Segment;
import org.marsad.text.Token;

import static org.marsad.events.EventCoder.QUOTES;
import static org.marsad.events.EventCoder.VIOLENT_ROOTS;

/**
 * Agents named outside the subject slot of the cue's own verb: the agent of a passive (من قبل X, {@link #passiveAgent}),
 * a لـ-agent (هجوم لتنظيم داعش), the subject of the verb that governs a masdar (استمر / تمكن X من ...), the agent of a
 * relative clause (الذي شنته إسرائيل), an attribution (نسب إلى، تبنى: {@link #attributedAgent}, {@link #claimant}), the
 * sender of a text (رسالة ... فيها), the parties a meeting noun's verb brought together.
 *
 * <p>Each answers only when its construction is there; {@link SentenceCoder#code} decides which to ask and in what
 * order, and which of them borrow an agent (its BORROWED_AGENTS).
 */
abstract class AgentSearch extends SubjectSearch {

    /** How many words the genitive of a masdar of doing may have (see {@link #doerMasdarGenitive}). */
    static final int DOER_GENITIVE = 4;
    /** How far before a cue with «فيها» its sent text may stand, and how far before the text the verb of sending. */
    private static final int TEXT_REACH = 12;
    private static final int SENDER_REACH = 25;
    /** How many words (a relative pronoun, an adjective) may stand between a meeting noun and the verb that brought its parties together. */
    private static final int BRINGS_TOGETHER_REACH = 2;
    /** How many words an adverbial of time or of the statement may span before the act a cue takes as its object. */
    private static final int OBJECT_ADVERBIAL_WORDS = 7;

    /** How far (tokens) after a cue «من قبل X» may name its agent (دعم جوي وبحري وبري من قبل قوات التحالف). */
    private static final int PASSIVE_AGENT_REACH = 8;
    /** How far (tokens) before a masdar a verb of going on may govern it, and how many words after its subject. */
    private static final int ASPECT_REACH = 14;
    private static final int ASPECT_GAP = 5;

    /** How many words after a masdar the relative pronoun of a clause on it may stand: its genitive between. */
    private static final int RELATIVE_REACH = 6;

    /** How many tokens after an act of violence a phrase of attribution may stand (past its place and time). */
    private static final int ATTRIBUTION_REACH = 20;

    /** The CAMEO code of a claim of responsibility (patterns.tsv: أعلن/اعترف/تبنى + مسؤولية). */
    private static final String CLAIM_CODE = "015";

    /** متمردين من حزب العمال: the words an agent noun with no country and its من take before the actor. */
    private static final int ATTRIBUTED_NOUN_GAP = 3;

    /** لها، له: the resumptive pronoun after a verb of undergoing (تعرضت لها). */
    static final Set<String> RESUMPTIVE_LAM = Set.of("لها", "له", "لهما", "لهم");

    AgentSearch(SentenceInput in) {
        super(in);
    }

    /**
     * A masdar followed by two actors each with لـ (or لـ then إلى): the first is the agent, the
     * second the one the act is directed to (زيارة لولي العهد لمصر). Not when the second is joined to the first by و:
     * then both are the ones addressed.
     */
    List<ActorMention> lamAgent(Cue c) {
        ActorMention first = null;
        for (ActorMention m : mentions) {
            if (m.first() <= c.last()) {
                continue;
            }
            if (m.first() - c.last() > 4 && first == null) {
                return List.of();
            }
            String prep = prepositionOf(m);
            if (first == null) {
                if (!"ل".equals(prep) || !participant(m) || isPlace(m)) {
                    return List.of();
                }
                first = m;
            } else {
                // (not a second لـ joined by و: «خالص التعازي والمواساة لخادم الحرمين الشريفين ولذوي الشهداء وللشعب
                // السعودي» lists the ones addressed; the first of them is no agent)
                return ("ل".equals(prep) || "الي".equals(prep)) && participant(m) && m.first() - first.end() <= 2
                        && !m.prefix().startsWith("و") ? List.of(first) : List.of();
            }
        }
        return List.of();
    }

    /**
     * The agent of a passive or of a masdar, named after a two-word phrase of modifiers.tsv agent-phrase (من قبل،
     * على يد / أيدي) or agent-phrase-of-act (من جانب) in the cue's clause
     * (within {@link #PASSIVE_AGENT_REACH} tokens of its last word, before any punctuation, colon or other
     * cue: «لزيارة ساركوزي: الأولى استقباله من قبل رئيس الجمهورية» names who received him, not who visited).
     */
    List<ActorMention> passiveAgent(Cue c, Frame f) {
        // «من جانب» names the agent only of a masdar or of a verb read as passive or suffered: after an active
        // verb or a fixed phrase it is "on the part of" a noun in between («استدعت سفيرها ... بعد ما وصفته بتكرار
        // التصريحات العدائية من جانب مسؤولين إيرانيين»، «يصر دائنو اليونان على "تعاون جيد جدا" من جانب أثينا»)
        boolean actedUpon = c.pattern().kind() == 'N' || f.passive() || f.patient();
        int end = Math.min(b - 2, c.last() + PASSIVE_AGENT_REACH);
        for (int i = c.last() + 1; i < end; i++) {
            Token t = tokens.get(i);
            if (t.isPunct() && (!QUOTES.contains(t.norm()) || t.norm().equals(":")) || verbAt[i - a]
                    || cueAt(i) != null && !c.hasWord(i)) {
                return List.of();
            }
            if (modifiers.phraseEndsAt(tokens, i, i + 1, Modifiers.Kind.AGENT_PHRASE)
                    || actedUpon && modifiers.phraseEndsAt(tokens, i, i + 1, Modifiers.Kind.AGENT_PHRASE_OF_ACT)) {
                int name = i + 2;
                while (name < b && tokens.get(name).isPunct() && QUOTES.contains(tokens.get(name).norm())) {
                    name++; // من قبل «النصرة»
                }
                for (ActorMention m : mentions) {
                    if (m.end() <= name) {
                        continue; // (a mention may open with the phrase's own noun: «من جانب المعارضة التركية»)
                    }
                    if (m.first() >= name + ATTRIBUTED_NOUN_GAP || anyPunct(name, m.first())) {
                        return List.of();
                    }
                    if (participant(m)) {
                        // «هجمات من قبل اللجان الشعبية للحوثيين»: an agent noun with no country of its own may
                        // stand before the actor it belongs to, as after a phrase of attribution
                        return withCoordinated(m);
                    }
                }
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * The subject of a verb of going on or stepping up (modifiers.tsv aspect-verb) whose object the masdar at
     * {@code c} is: the verb stands at most {@link #ASPECT_REACH} tokens before it, in the same clause (a comma
     * only inside the subject's own words: «جددت طائرات التحالف العربي الذي تقوده السعودية، غاراتها»), and at
     * most {@link #ASPECT_GAP} words (من، a relative clause) stand between its subject and the masdar.
     */
    List<ActorMention> aspectSubject(Cue c) {
        int verb = aspectVerb(c);
        return verb < 0 ? List.of() : governingVerbSubject(verb, c.head());
    }

    /**
     * The genitive of a masdar of going on (modifiers.tsv aspect-masdar: استمرار، مواصلة) that governs the act at
     * {@code c}, through في or directly: «مع استمرار متمردي حزب العمال الكردستاني في شن هجمات دامية على قوات الامن»
     * is the rebels' attack, «مواصلة طائرات التحالف غاراتها» the aircraft's. The genitive is an actor right after the
     * masdar, with no preposition or و of its own, that ends right before the act (or its في).
     */
    List<ActorMention> aspectMasdarGenitive(Cue c) {
        int at = c.head();
        if (at - 1 >= a && tokens.get(at - 1).isWord() && "في".equals(tokens.get(at - 1).norm())) {
            at--;
        }
        for (ActorMention m : mentions) {
            if (m.end() != at || m.first() - 1 < a || !participant(m) || prepositional(m) || !m.prefix().isEmpty()
                    || m.form() == ActorMention.Form.ADJECTIVE) {
                continue;
            }
            Token t = tokens.get(m.first() - 1);
            if (t.isWord() && modifiers.is(t, Modifiers.Kind.ASPECT_MASDAR)) {
                return List.of(m);
            }
        }
        return List.of();
    }

    /**
     * The subject of a light verb (modifiers.tsv light-verb: قام/يقوم) whose بـ-complement the masdar at {@code c}
     * is: «قامت قوات الأمن السعودية باعتقال خمسة من عناصر تنظيم داعش» is the forces' arrest. The بـ is glued on the
     * masdar itself; the verb stands before it in the same clause, its subject between them (VSO) or before it,
     * as for the verbs of going on ({@link #governingVerbSubject}). Not a masdar with the article: «قام بالعمل
     * نفسه» names an act already told.
     */
    List<ActorMention> lightVerbSubject(Cue c) {
        int verb = lightVerb(c);
        return verb < 0 ? List.of() : governingVerbSubject(verb, c.head());
    }

    /**
     * The doer a masdar of issuing or carrying out (modifiers.tsv doer-masdar: إصدار، قيام، إقدام، تنفيذ) names in its
     * genitive for the masdar cue at {@code c}, its object: «كشفت وزيرة الإعلام اليمنية إصدار الهيئة تهديدا للطيار»
     * (the authority threatens), «قيام القوات بقصف»، «إقدام الشرطة على اعتقال». The cue has no article and is the
     * masdar's direct object or its complement after بـ or على; the genitive (1 to {@link #DOER_GENITIVE} words, the
     * first definite or in a mention, no punctuation, no verb) stands between them. Null when the cue is no such
     * object; an empty list when the genitive is no known actor (no doer: not the reporter's act); else its actor.
     * (session 30, events141)
     */
    List<ActorMention> doerMasdarGenitive(Cue c) {
        if (c.isVerb() || c.reading().hasArticle()) {
            return null;
        }
        int first = c.head();
        for (int w : c.words()) {
            first = Math.min(first, w);
        }
        String glued = gluedPreposition(c.reading().prefix());
        int j = first - 1;
        if (glued == null && j > a && tokens.get(j).isWord() && "علي".equals(tokens.get(j).norm())) {
            j--; // «إقدام الشرطة على اعتقال»
        } else if (glued != null && !"ب".equals(glued)) {
            return null;
        } else if (!c.reading().prefix().isEmpty() && glued == null) {
            return null; // «وتهديدا»: a و-joined noun is no object of the masdar
        }
        for (int g = j; g >= Math.max(a + 1, j - DOER_GENITIVE + 1); g--) {
            Token t = tokens.get(g);
            if (!t.isWord() || verbAt[g - a]) {
                return null;
            }
            Token m = tokens.get(g - 1);
            if (!m.isWord() || !hasBareStem(m, Modifiers.Kind.DOER_MASDAR)) {
                continue;
            }
            if (!inMention[g - a] && !t.norm().startsWith("ال")) {
                return null; // «إصدار بيان»: an indefinite noun is the masdar's object, not its doer
            }
            for (ActorMention am : mentions) {
                if (am.first() >= g && am.end() <= j + 1 && participant(am) && !prepositional(am)) {
                    return List.of(am);
                }
            }
            return List.of();
        }
        return null;
    }

    /**
     * The doer a noun cue names when a passive participle of directing or ascribing (modifiers.tsv directed-participle:
     * الموجه، المنسوب) stands right after it, or after one adjective of it: «الاتهام الموجه لنتنياهو بأنه يرفض لقاء
     * أوباما». The participle names the one the act is directed at; the doer is the actor after «من» right after the
     * participle, or right after the one it is directed at («الموجهة من واشنطن إلى موسكو»، «الموجهة لموسكو من
     * واشنطن»). Null when the cue has no such participle; an empty list when no doer is named (the act has no known
     * doer: the speaker, the sentence's subject or an actor of the content clause after it is not borrowed); else the
     * doer. (session 30, events147)
     */
    List<ActorMention> directedDoer(Cue c) {
        if (c.isVerb()) {
            return null;
        }
        int p = c.last() + 1;
        if (p + 1 < b && tokens.get(p).isWord() && !inMention[p - a] && !verbAt[p - a]
                && !modifiers.is(tokens.get(p), Modifiers.Kind.DIRECTED_PARTICIPLE)
                && tokens.get(p).norm().startsWith("ال") == c.reading().hasArticle()) {
            p++; // «الاتهامات الأخيرة الموجهة»: one adjective, agreeing in the article
        }
        if (p >= b || !tokens.get(p).isWord() || verbAt[p - a] || cueAt(p) != null
                || !modifiers.is(tokens.get(p), Modifiers.Kind.DIRECTED_PARTICIPLE)) {
            return null;
        }
        int i = p + 1;
        if (i < b && tokens.get(i).isWord() && !inMention[i - a] && ("الي".equals(tokens.get(i).norm())
                || "الى".equals(tokens.get(i).norm()))) {
            i++; // «الموجهة إلى موسكو من واشنطن»
        }
        for (ActorMention m : mentions) {
            if (m.first() == i) {
                i = m.end(); // the one it is directed at, then its doer
                break;
            }
        }
        if (i + 1 < b && tokens.get(i).isWord() && "من".equals(tokens.get(i).norm())) {
            for (ActorMention m : mentions) {
                if (m.first() == i + 1 && participant(m)) {
                    return withCoordinated(m);
                }
            }
        }
        return List.of();
    }

    /** Where the light verb stands whose بـ-complement the masdar at {@code c} is (see {@link #lightVerbSubject}); -1. */
    int lightVerb(Cue c) {
        if (c.reading().hasArticle() || !"ب".equals(gluedPreposition(c.reading().prefix()))) {
            return -1;
        }
        int verb = governingVerb(c.head(), Modifiers.Kind.LIGHT_VERB);
        return verb < 0 || negatedWord(verb) ? -1 : verb;
    }

    /** Where the verb of going on or stepping up stands whose object the masdar at {@code c} is; -1 when none. */
    int aspectVerb(Cue c) {
        return governingVerb(c.head(), Modifiers.Kind.ASPECT_VERB);
    }

    /**
     * Where the verb of managing (modifiers.tsv able-verb) stands that governs the act at {@code c} through one of
     * its prepositions (able-preposition) right before it: «تمكنت المقاومة الشعبية من قتل»، «الثوار تمكنوا من
     * قتل»; -1 when there is none.
     */
    int ableVerb(Cue c) {
        int preposition = c.head() - 1;
        return preposition > a && tokens.get(preposition).isWord()
                && modifiers.is(tokens.get(preposition), Modifiers.Kind.ABLE_PREPOSITION)
                ? governingVerb(preposition, Modifiers.Kind.ABLE_VERB) : -1;
    }

    /**
     * The verb of {@code kind} (aspect-verb, able-verb) that governs what starts at {@code object}: at most
     * {@link #ASPECT_REACH} tokens before it in the same clause; -1 when there is none.
     */
    private int governingVerb(int object, Modifiers.Kind kind) {
        for (int k = object - 1; k >= Math.max(a, object - ASPECT_REACH); k--) {
            Token t = tokens.get(k);
            if (verbAt[k - a] || t.isPunct() && !LIST_COMMAS.contains(t.norm())) {
                return -1; // another clause: its verb or its sentence punctuation comes first
            }
            if (t.isWord() && (kind != Modifiers.Kind.ASPECT_VERB || modifiers.mayBeAspectVerb(t))
                    && modifiers.mayBeModifier(t) && modifiers.is(t.segments().get(0), kind)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The subject of the governing verb at {@code verb} whose object starts at {@code object}: a named party, at
     * most {@link #ASPECT_GAP} words before the object, with no prepositional phrase between.
     */
    List<ActorMention> governingVerbSubject(int verb, int object) {
        if (pronounSubject(verb)) {
            return List.of(); // «لكنهم يواصلون هجماتهم»: the subject is a pronoun, its referent is not named here
        }
        List<ActorMention> s = subject(verb, verb + 1, true);
        if (s.isEmpty() || !participant(s.get(0)) || s.get(s.size() - 1).end() > object) {
            return List.of();
        }
        int from = s.get(0).first() > verb ? s.get(s.size() - 1).end() : verb + 1;
        // the masdar is the verb's object only with no prepositional phrase before it: not «بدأت تركيا
        // عمليات ضد داعش في أعقاب تفجير»، «تستأنف فرنسا وإيران علاقات طبيعية بعد توقيع الاتفاق»
        return object - from <= ASPECT_GAP && !prepositionBetween(from, object) ? s : List.of();
    }

    /**
     * Whether a definite noun outside every actor mention stands right after a verb cue whose target follows a
     * preposition (frame {@code target-prep}): «وناقش الدكتور الربيعة مع المسؤول الأممي»، «وأشادت «مقلد»
     * بمشاركة الطلاب»، «وينفذ الطيران التركي غارات». Such a verb takes no direct object, so the noun is its own
     * VSO subject, one the dictionaries do not know: the subject carried from the sentence before, the
     * sentence's subject or the speaker is not it (and a nationality right after the noun, «وينفذ الطيران التركي
     * غارات», makes that nationality the subject: see the verb branch of {@code code}). Not a noun of time (modifiers.tsv time-noun: «اجتمع الاثنين
     * مع»), a word of the cue itself (ألقى القبض), nor after a plural or dual verb or one with an object pronoun
     * (their subject is in the verb).
     */
    /**
     * The sender of the cable or letter whose content a cue with no subject of its own gives: the cue stands
     * right before «فيها / فيه» (modifiers.tsv in-it), a sent text (sent-text: برقية، رسالة) stands before it in
     * the sentence, and a verb of sending (sending-verb: بعث، أرسل) before that; its subject is the sender
     * («كما بعث نائب خادم الحرمين الشريفين ... برقية مماثلة للرئيس ... عبر فيها عن أبلغ التهاني»). Not a text
     * received (تلقى برقية من): only a verb of sending tells that the one before the text sent it.
     */
    List<ActorMention> senderOfText(Cue c) {
        int next = c.head() + 1;
        if (next >= b || !modifiers.is(tokens.get(next), Modifiers.Kind.IN_IT)) {
            return List.of();
        }
        for (int j = c.head() - 1; j >= a && j >= c.head() - TEXT_REACH; j--) {
            if (!hasStem(tokens.get(j), Modifiers.Kind.SENT_TEXT)) {
                continue;
            }
            for (int v = j - 1; v >= a && v >= j - SENDER_REACH; v--) {
                if (hasStem(tokens.get(v), Modifiers.Kind.SENDING_VERB)) {
                    List<ActorMention> s = subject(v, v + 1, true);
                    return !s.isEmpty() && s.get(s.size() - 1).end() <= j ? s : List.of();
                }
            }
            return List.of();
        }
        return List.of();
    }

    /**
     * The first party of a meeting named by a noun that a verb of bringing together follows (modifiers.tsv
     * brings-together: «لقاء جمع»، «المباحثات التي جمعت»، «لقاء تاريخي جمع»): the verb's object, right after it.
     * Nothing when a preposition follows the verb («جمع بين»: the parties are read as a pair) or a pronoun is
     * on it («لقاء جمعه»: the pronoun is a party no name tells here).
     */
    List<ActorMention> meetingParties(Cue c) {
        for (int i = c.end(); i < b && i <= c.end() + BRINGS_TOGETHER_REACH; i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                return List.of();
            }
            if (modifiers.is(t, Modifiers.Kind.BRINGS_TOGETHER)) {
                return after(i + 1, 0, true);
            }
        }
        return List.of();
    }

    /**
     * The agent named in a relative clause on the masdar: الزيارة التي قام بها بوتين، العملية العسكرية
     * التي أطلقتها روسيا — relative pronoun within three words, then a verb (and بها), then the actor; further
     * on (past the masdar's genitive) only after a verb of doing with the act's pronoun. None when the clause tells
     * whom the act befell ({@link #actUndergone}).
     */
    List<ActorMention> relativeClauseAgent(Cue c) {
        for (int i = c.last() + 1; i < Math.min(b, c.last() + 1 + RELATIVE_REACH); i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                return List.of();
            }
            if (clauseBreaks.isRelativePronoun(t)) {
                if (i > c.last() + 3 && !(i + 1 < b && doingVerbWithResumptive(i + 1) && noCueBetween(c, i))) {
                    // «غارات الطائرات بدون طيار التي تشنها الولايات المتحدة»: past the masdar's own genitive, only
                    // a verb of doing with the act's pronoun says the clause is on the act
                    return List.of();
                }
                if (actUndergone(c, i)) {
                    return List.of(); // «الغارات التي استهدفت تنظيم داعش»: the actor is the one the act befalls
                }
                for (ActorMention m : mentions) {
                    if (m.first() > i + 1 && m.first() <= i + 3 && participant(m) && !prepositional(m)) {
                        return withCoordinated(m);
                    }
                }
                return List.of();
            }
            if (i > c.last() + 3) {
                continue; // the genitive after the masdar: no verb of doing of its own
            }
            if (asyndeticRelative(c, i)) {
                // «غارات شنها طيران التحالف»، «زيارة يقوم بها أوباما»: after an indefinite noun the relative clause
                // has no pronoun; a verb of doing with its resumptive pronoun (شنها، بها) opens it
                return participantAt(i + 1 < b && RESUMPTIVE_BA.contains(tokens.get(i + 1).norm()) ? i + 2 : i + 1);
            }
        }
        return List.of();
    }

    /** The participant (with those coordinated with it) whose mention opens at token {@code from}, with no preposition. */
    List<ActorMention> participantAt(int from) {
        for (ActorMention m : mentions) {
            if (m.first() == from && participant(m) && !prepositional(m)) {
                return withCoordinated(m);
            }
        }
        return List.of();
    }

    /** No other cue's head between the cue's last word and token {@code i}: the clause there is on that cue's act. */
    private boolean noCueBetween(Cue c, int i) {
        for (Cue o : cues) {
            if (o.head() > c.last() && o.head() < i) {
                return false;
            }
        }
        return true;
    }

    /**
     * The relative clause opened at {@code rel} on an act of violence tells whom it befell, not who did it: its
     * verb is one of undergoing (modifiers.tsv undergo-verb: «التي تعرضت لها المملكة»، «التي شهدتها تركيا»), or a
     * verb with no pronoun for the act, whose subject the act itself is («الغارات التي استهدفت تنظيم داعش»،
     * «التفجيرات الإرهابية التي ضربت بغداد»); a verb of doing is the agent's even with its pronoun left out
     * («الاعتداءات التي تقوم ميليشيات الحوثي»).
     */
    boolean actUndergone(Cue c, int rel) {
        int v = rel + 1;
        if (v >= b || !tokens.get(v).isWord()) {
            return false;
        }
        boolean violent = VIOLENT_ROOTS.contains(c.pattern().root());
        boolean pronoun = false;
        for (Segment s : tokens.get(v).segments()) {
            if (modifiers.is(s, Modifiers.Kind.UNDERGO_VERB) && s.prefix().isEmpty()) {
                return violent;
            }
            if (modifiers.is(s, Modifiers.Kind.DOING_VERB)) {
                return false;
            }
            pronoun |= OBJECT_PRONOUNS.contains(s.suffix()); // شنها، نفذته: the antecedent's
        }
        String w = tokens.get(v).norm();
        // a two-letter stem is left whole (شنه): a final ه is the pronoun too; so is one after a preposition
        // («التي قامت بها»، «التي يتصدى لها الجيش المصري»: the army acts on the attacks)
        return violent && !pronoun && !w.endsWith("ه") && !w.endsWith("ها") && !w.endsWith("هم")
                && !(v + 1 < b && (RESUMPTIVE_BA.contains(tokens.get(v + 1).norm())
                    || RESUMPTIVE_LAM.contains(tokens.get(v + 1).norm())));
    }

    /**
     * The agent a phrase of attribution (modifiers.tsv attribution: نسب إلى، ينسب إلى) names after the cue, in its
     * sentence: «قتل ثلاثة جنود أتراك ... في أحدث هجوم ينسب إلى متمردين من حزب العمال الكردستاني» (the rebels'
     * party, past the agent noun with no country), «هجوم سوروتش ... نسب الى تنظيم داعش». Only up to the next act of
     * violence (the attribution after it is that act's), and none when no actor follows the phrase.
     */
    List<ActorMention> attributedAgent(Cue c) {
        int reach = Math.min(b, c.last() + ATTRIBUTION_REACH);
        for (Cue o : cues) {
            if (o.head() > c.last() && o.head() < reach && VIOLENT_ROOTS.contains(o.pattern().root())
                    && !happenedIn(o)) {
                reach = o.head(); // «قتلهما رداً على هجوم سوروتش ... نسب الى تنظيم داعش»: that attack is the one attributed
            }
        }
        for (int j = c.last() + 1; j < reach; j++) {
            if (!modifiers.phraseEndsAt(tokens, a, j, Modifiers.Kind.ATTRIBUTION)) {
                continue;
            }
            for (ActorMention m : mentions) {
                if (m.first() <= j) {
                    continue;
                }
                if (m.first() > j + ATTRIBUTED_NOUN_GAP || anyPunct(j + 1, m.first())) {
                    return List.of();
                }
                if (participant(m)) {
                    return withCoordinated(m);
                }
            }
            return List.of();
        }
        return List.of();
    }

    /**
     * Whether the agents found for the act at {@code c} are all the subject of a verb of condemning (modifiers.tsv
     * condemn-verb) that stands before the act in its sentence: «أدانت الحكومة الألمانية التفجير الإرهابي الذي
     * استهدف»، «السعودية تدين التفجير». The act is the verb's object, judged, not done, by its subject. Only agents
     * that stand before the act: one after it is the act's own genitive or subject («قرار يدين هجمات المستوطنين»:
     * the settlers, which the condemning verb's subject search would read as its own VSO subject).
     */
    boolean onlyCondemners(Cue c, List<ActorMention> subj) {
        if (subj.isEmpty() || subj.stream().anyMatch(m -> m.end() > c.head())) {
            return false;
        }
        for (int k = c.head() - 1; k >= a; k--) {
            Token t = tokens.get(k);
            if (t.isWord() && hasStem(t, Modifiers.Kind.CONDEMN_VERB)) {
                List<ActorMention> condemner = subject(k, k + 1, true);
                if (!condemner.isEmpty() && condemner.containsAll(subj)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The claimant of an act whose cue stands right after the words of a claim (modifiers.tsv claim): after «مسؤوليته
     * عن», the subject of the claim verb (the 015 cue أعلن/اعترف + مسؤولية that ends where the phrase begins); after
     * تبنى/يتبنى, the actor named between the verb and the act («وتبنى حزب العمال الكردستاني مقتل»), or the verb's
     * own subject when the act follows it at once («الذي تبنى هجوما انتحاريا»); a demonstrative may stand before the
     * act (modifiers.tsv demonstrative: «مسؤوليتها عن هذا التفجير»). None when the claim is negated («ولم تعلن أي
     * جهة مسؤوليتها عن الهجوم»).
     */
    List<ActorMention> claimant(Cue c) {
        int act = c.head();
        if (act - 1 > a && modifiers.is(tokens.get(act - 1), Modifiers.Kind.DEMONSTRATIVE)) {
            act--; // «مسؤوليتها عن هذا التفجير»: the act pointed back to
        }
        int before = act - 1;
        if (before <= a || !tokens.get(before).isWord()) {
            return List.of();
        }
        int phrase = modifiers.phraseLengthEndingAt(tokens, a, before, Modifiers.Kind.CLAIM);
        if (phrase > 0) {
            int first = before - phrase + 1;
            for (Cue o : cues) {
                if (o.last() == first && o.head() < first && o.pattern().code().equals(CLAIM_CODE) && !negated(o)) {
                    List<ActorMention> claimant = subject(o.head(), o.head() + 1, true);
                    return claimant.isEmpty() || !participant(claimant.get(0)) ? List.of() : claimant;
                }
            }
            return List.of();
        }
        if (claimVerbAt(before)) {
            List<ActorMention> claimant = negationBefore(before) ? List.of() : subject(before, before + 1, true);
            return claimant.isEmpty() || !participant(claimant.get(0)) || claimant.get(0).first() > before
                    ? List.of() : claimant; // SVO or a relative clause's antecedent; an actor after it is its object
        }
        for (ActorMention m : mentions) {
            if ((m.end() == act || m.end() < act && pastObjectAdverbial(m.end(), act) == act) && m.first() > a
                    && claimVerbAt(m.first() - 1) && participant(m) && !negationBefore(m.first() - 1)) {
                // VSO: the claimant between the verb and the act, an adverbial of time at most after it («تبنى حزب
                // العمال الكردستاني أمس هجوما»)
                return withCoordinated(m);
            }
        }
        return List.of();
    }

    /**
     * Past an adverbial of time or of the statement that stands between the subject (or an SVO verb) and the act the
     * verb takes as its object (modifiers.tsv object-adverbial: «ودانت الجامعة العربية الثلاثاء القصف التركي»، «دانت في
     * بيان على موقعها الإلكتروني القصف التركي»): its words only, no punctuation, no verb, no actor, at least one of
     * them a time noun, the noun of a statement or «بشدة» (object-adverbial-head), and it ends on such a word or on a
     * word that closes the statement's phrase (object-adverbial-end: لها، موقعها، الإلكتروني), never on a preposition or
     * a part of the day (object-adverbial: في، على، أول من، صباح). The same between a claimant and the act claimed
     * ({@link #claimant}: «تبنى حزب العمال الكردستاني أمس هجوما»). Returns where the act may stand, {@code from} when no such adverbial is there.
     */
    int pastObjectAdverbial(int from, int reach) {
        int end = from;
        boolean head = false;
        for (int k = from; k < reach && k < from + OBJECT_ADVERBIAL_WORDS; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || verbAt[k - a] || mentionStartsAt(k)) {
                break;
            }
            String n = t.norm();
            boolean heads = modifiers.is(n, Modifiers.Kind.TIME_NOUN) || modifiers.is(n, Modifiers.Kind.OBJECT_ADVERBIAL_HEAD);
            boolean ends = heads || modifiers.is(n, Modifiers.Kind.OBJECT_ADVERBIAL_END);
            if (!ends && !modifiers.is(n, Modifiers.Kind.OBJECT_ADVERBIAL)) {
                break;
            }
            head |= heads;
            if (ends) {
                end = k + 1;
            }
        }
        return head ? end : from;
    }

    private boolean mentionStartsAt(int k) {
        for (int mi = 0; mi < mentions.size(); mi++) {
            ActorMention m = mentions.get(mi);
            if (m.first() <= k && m.end() > k) {
                return true;
            }
        }
        return false;
    }

    /** A verb of claiming (modifiers.tsv claim, تبنى/يتبنى) at {@code i}, bare or with و / ف. */
    private boolean claimVerbAt(int i) {
        if (!tokens.get(i).isWord()) {
            return false;
        }
        for (Segment s : tokens.get(i).segments()) {
            if (s.suffix().isEmpty() && (s.prefix().isEmpty() || s.prefix().equals("و") || s.prefix().equals("ف"))
                    && modifiers.is(s, Modifiers.Kind.CLAIM)) {
                return true;
            }
        }
        return false;
    }

    /** A negation particle (modifiers.tsv negation) one or two words before token {@code i}. */
    private boolean negationBefore(int i) {
        for (int k = i - 1; k >= Math.max(a, i - 2); k--) {
            if (tokens.get(k).isWord() && modifiers.is(tokens.get(k), Modifiers.Kind.NEGATION)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An act of violence that tells what an earlier act happened in or by: after a preposition of killing in
     * (modifiers.tsv killed-in: «في أحدث هجوم») or with بـ glued to it («بانفجار عبوة»، «بهجمات نسبت إلى»).
     */
    private boolean happenedIn(Cue o) {
        String prefix = o.reading().prefix();
        return prefix.equals("ب") || prefix.equals("وب")
                || o.head() - 1 >= a && modifiers.is(tokens.get(o.head() - 1), Modifiers.Kind.KILLED_IN);
    }

    /**
     * A verb of doing (modifiers.tsv doing-verb) at {@code i}, after the indefinite masdar {@code c} (no article, no
     * pronoun), carrying its resumptive pronoun (شنها، نفذته) or followed by بها / به.
     */
    private boolean asyndeticRelative(Cue c, int i) {
        if (!c.isMasdar() || c.reading().hasArticle() || !c.reading().suffix().isEmpty()) {
            return false;
        }
        return doingVerbWithResumptive(i);
    }
}
