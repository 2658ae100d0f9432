package org.marsad.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.actors.ActorMention;

import static org.marsad.events.EventCoder.VIOLENT_ROOTS;
import static org.marsad.events.EventCoder.STANCE_ROOTS;
import static org.marsad.events.EventCoder.intentCode;

/**
 * The coding of one sentence, the leaf of the chain (package-info): {@link #run} marks the tokens of mentions, cues and
 * reporting verbs, finds the sentence's subject, then codes each cue in text order ({@link #code}): it asks the
 * concerns above for the source, the target, the victims, the modality, applies the cue's frame (symmetric, visit,
 * host, self) and writes the events, pairs of a bilateral act among them ({@link #symmetric}, {@link #pair}).
 *
 * <p>A new rule goes in the concern whose question it answers (SubjectSearch, TargetSearch, ...); {@link #code}, or the
 * phase of it the rule belongs to ({@link #ownConstruction}, {@link #verbConstruction}, {@link #sourceElsewhere},
 * {@link #victimSides}, {@link #emit}), only calls it where the rule applies.
 */
final class SentenceCoder extends ViolenceSides {
    /** How far (tokens) a masdar may be from the verb whose subject it borrows as its agent. */
    private static final int NOMINAL_REACH = 10;

    /** Roots whose events may have one identified side only: protest, coerce, assault, fight, mass violence. */
    private static final Set<String> ONE_SIDED_ROOTS = Set.of("14", "17", "18", "19", "20");

    /** CAMEO's root of fighting with small arms or force (قاتل، حارب، قتال; also قتل, whose frame is passive). */
    private static final String FIGHT_ROOT = "19";
    /** Air strikes and bombardment from the air (CAMEO 195): a campaign over a country may name it as if struck. */
    private static final String AIR_STRIKE_CODE = "195";

    /**
     * Argument rules that borrow an agent from outside the cue's own construction. A masdar's possessive pronoun
     * («هجماتهم»، «مقتله»، «تدميرها») is one: it is as often the one who suffers the act as the one who does it,
     * and the subject in play, which stands for it, is often neither.
     */
    private static final Set<String> BORROWED_AGENTS = Set.of("speaker", "sentence-subject", "main-verb-subject",
            "carried-subject", "nearest-actor", "topic", "pronoun");

    /** The root of protests (CAMEO 14): acts of the governed, which the one who reports them rarely does. */
    static final String PROTEST_ROOT = "14";

    /** How a killing's victims were found: they are the target of the attack it happened in. */
    private static final Set<String> KILLINGS = Set.of("killed-in", "counted-victims", "objective-genitive",
            "subject-before-passive", "vowelled-passive", "oblique-victims");

    /** How far after a relative clause's verb its subject may start («الذي يعارضه بشدة الاتحاد الأوروبي»). */
    private static final int RELATIVE_SUBJECT_GAP = 3;

    /** The victims of a killing, by the token of the attack noun it happened in («قتل X في غارة»); made when first needed. */
    private Map<Integer, List<ActorMention>> victimsAt;

    /**
     * The 18/20 code and toll rules, with the acts of violence coded so far in the sentence (session 28); made when
     * first needed, as {@link #messageParties}: most sentences have no act of violence and no message, and a
     * SentenceCoder is made per sentence.
     */
    private AssaultCodes assaults;

    /** A message's sender, an act noun's holder, protesters of purpose: parties a cue's own words name (session 28). */
    private MessageParties messageParties;

    private AssaultCodes assaults() {
        if (assaults == null) {
            assaults = new AssaultCodes(this);
        }
        return assaults;
    }

    private MessageParties messageParties() {
        if (messageParties == null) {
            messageParties = new MessageParties(this);
        }
        return messageParties;
    }

    SentenceCoder(SentenceInput in) {
        super(in);
    }

    void run(List<DraftEvent> out) {
        // indexed loops over the sentence's lists here and in firstVerbSubject: their iterators escaped (the
        // loops call methods too large to inline) and were 5-8 % of the coder's allocated bytes (speed19, speed20)
        TokenFlags.OfASentence flags = sentenceFlags.get();
        inMention = flags.inMention.cleared(b - a);
        for (int mi = 0; mi < mentions.size(); mi++) {
            ActorMention m = mentions.get(mi);
            for (int k = Math.max(a, m.first()); k < Math.min(b, m.end()); k++) {
                inMention[k - a] = true;
            }
        }
        List<Cue> cues = cueFinder.find(text, tokens, a, b, inMention);
        boolean[] cueToken = flags.cueWords.cleared(b - a); // read by reportingCues only, within this call
        for (int ci = 0; ci < cues.size(); ci++) {
            List<Integer> words = cues.get(ci).words();
            for (int wi = 0; wi < words.size(); wi++) {
                cueToken[words.get(wi) - a] = true;
            }
        }
        reporting = reportingCues(cueToken); // [position, isVerb]
        verbAt = flags.verbs.cleared(b - a);
        this.cues = cues;
        for (int ci = 0; ci < cues.size(); ci++) {
            Cue c = cues.get(ci);
            if (c.isVerb()) {
                verbAt[c.head() - a] = true;
            }
        }
        for (int ri = 0; ri < reporting.size(); ri++) {
            int[] rv = reporting.get(ri);
            if (rv[1] == 1) {
                verbAt[rv[0] - a] = true;
            }
        }
        sentenceSubject = firstVerbSubject(cues);
        // in text order: a reporting verb's subject becomes the subject in play for what follows
        // (أكد زعيم كوريا الشمالية دعمه لروسيا: "his" support is the leader's)
        int r = 0;
        for (int ci = 0; ci < cues.size(); ci++) {
            Cue c = cues.get(ci);
            while (r < reporting.size() && reporting.get(r)[0] < c.head()) {
                ownCountryOfSpeaker(r);
                noteSpeaker(reporting.get(r++));
            }
            code(c, reporting, out);
        }
        while (r < reporting.size()) {
            noteSpeaker(reporting.get(r++));
        }
        if (laterTolls != null) {
            resolveLaterTolls(out);
        }
    }

    /** A killing told before the act it happened in: its events out[from, to), the act's cue, its own agent or null,
     *  and what emit was given, to emit it again with the act's code and agent. */
    private record LaterToll(int from, int to, Cue act, List<ActorMention> ownAgent, Cue c, List<ActorMention> subj,
                             List<ActorMention> targets, String how, List<ActorMention> allies,
                             boolean victimsOfKilling, Coding coding) {
    }

    /** The killings told before their act («قتل 15 شخصا ... عندما فجر انتحاري نفسه»), resolved after the last cue. */
    private List<LaterToll> laterTolls;

    /**
     * Gives each killing told before the act of unconventional violence it happened in (AssaultCodes.actAfter) that
     * act's code as finally coded (18 or 20) and, when the killing had no agent of its own (none, or a borrowed one),
     * the act's agent: its events are emitted again so. A killing whose own agent is another party keeps its 19; a
     * killing naming no victim, when the act has an agent, is the act's own event and is dropped. EventCoder.dedupe
     * then merges equal events. (session 29, events127)
     */
    private void resolveLaterTolls(List<DraftEvent> out) {
        for (int li = laterTolls.size() - 1; li >= 0; li--) {
            LaterToll t = laterTolls.get(li);
            AssaultCodes.ViolentAct v = assaults().codedAs(t.act());
            if (v == null || !AssaultCodes.UNCONVENTIONAL_ROOTS.contains(v.code().substring(0, 2))
                    || t.ownAgent() != null && !AssaultCodes.sameParties(t.ownAgent(), v.agent())) {
                continue;
            }
            List<DraftEvent> now = new ArrayList<>();
            if (!(t.ownAgent() == null && t.targets().isEmpty() && !v.agent().isEmpty())) {
                Coding e = t.coding();
                emit(t.c(), t.ownAgent() != null ? t.subj() : v.agent(), t.targets(), t.how(), t.allies(),
                        t.victimsOfKilling(), new Coding(v.code(), e.negated(), e.modality(), e.speaker(), e.conf(),
                                e.rule() + " toll-of-later-assault"), now);
            }
            List<DraftEvent> tail = new ArrayList<>(out.subList(t.to(), out.size()));
            out.subList(t.from(), out.size()).clear();
            out.addAll(now);
            out.addAll(tail);
        }
    }

    void code(Cue c, List<int[]> reporting, List<DraftEvent> out) {
        Pattern p = c.pattern();
        Frame f = p.frame();
        if (c.isVerb() && thingSubject(c)) {
            return; // «وصل إنتاج السعودية إلى»: production arrived somewhere; Saudi Arabia neither acts nor is visited
        }
        if (figurativeArrival(c)) {
            return; // «وصلت إلى قناعة أن إيران»: a conviction reached, no visit
        }
        if (pretending(c)) {
            return; // «ويتظاهر بالعداء لأمريكا»: feigned enmity, no demonstration
        }
        if (festival(c)) {
            return; // «تظاهرة ثقافية»: a cultural festival, no demonstration
        }
        if (genericRoleDoer(c)) {
            return; // «فالمزارع يصرخ، والمستثمر يحتج»: the kind in a figure of speech, no one's protest
        }
        if (motiveOfAnAct(c, out)) {
            return; // «باستدعاء السفير البحريني من إيران للتشاور احتجاجًا على»: the recall's motive, no protest of its own
        }
        if (struckByViolence(c)) {
            return; // «شنت طائرات التحالف غارات جوية على تعزيزات عسكرية»: the reinforcements are what is struck
        }
        if (insideTitle(c) || metaphoricMeeting(c)) {
            return; // «بعنوان «السيناتور أوباما يزور أفريقيا»»: a work's title; «هدف هذا التنظيم يلتقي مع هدف إيران»: aims agree
        }
        if (nameWithheld(c)) {
            return; // «وقال المصدر الذي رفض الكشف عن أسمه إن وفد الحوثيين»: an anonymous source, nobody rejected
        }
        if (interview(c)) {
            return; // «السفير الإيراني في الأردن عبر لقاء تلفزيوني»: he spoke to a channel, met no party
        }
        if (dangerNamed(c)) {
            return; // «اللذين يهددان أمن واستقرار لبنان»، «يشكل تهديدا لأمن روسيا»: a danger described, no threat made
        }
        if (alleged(c)) {
            return; // «تتهم واشنطن ... الجيش السوري بشن هجمات بغاز الكلور»: the attacks are alleged (the 112s are coded)
        }
        if (allegedThat(c)) {
            return; // «وزعمت القناة أن مسلحين قاموا بتصفية مدنيين»: the killings are claimed, not told as done
        }
        // the speaker: subject of the nearest reporting cue before the event cue (or حسبما ذكرت X after it)
        ActorMention speaker = null;
        int bestDist = Integer.MAX_VALUE;
        for (int ri = 0; ri < reporting.size(); ri++) {
            int[] r = reporting.get(ri);
            List<ActorMention> sp = speakerOf(r);
            if (sp.isEmpty()) {
                continue;
            }
            int d = Math.abs(r[0] - c.head());
            if (d < bestDist) {
                bestDist = d;
                speaker = sp.get(0);
            }
        }
        // source group
        List<ActorMention> subj;
        double conf = 0.9;
        String how;
        int objectFrom;
        // (not a symmetric act: «الاتفاقيات التي تم توقيعها» were signed by the parties in play, and the
        // pronoun is the thing signed)
        boolean passiveLight = !f.symmetric() && passiveLightBefore(c);
        Construction own = ownConstruction(c, speaker, passiveLight);
        subj = own.subj();
        how = own.how();
        objectFrom = own.objectFrom();
        List<ActorMention> ownAfterPronoun = own.ownAfterPronoun();
        List<ActorMention> speakerAsObject = own.speakerAsObject();
        int able = !c.furtherBefore() && VICTIM_ROOTS.contains(p.root()) ? ableVerb(c) : -1;
        List<ActorMention> managedObject = List.of();
        if (able >= 0) {
            // the act's own subject found between the two verbs is the managing verb's, after it (VSO: «وفي البيضاء
            // (وسط اليمن) تمكنت المقاومة الشعبية من طرد»; not the place in parentheses before it)
            List<ActorMention> manager = !subj.isEmpty() && subj.get(0).first() > able
                    && subj.get(subj.size() - 1).end() < c.head() ? subj : governingVerbSubject(able, c.head() - 1);
            // «تمكنت المقاومة الشعبية من قتل 4 من مسلحي الميليشيات الحوثية»: the subject of a verb of managing
            // (modifiers.tsv able-verb) did the act it managed; what follows the act, read as a verb's subject
            // («الثوار تمكنوا من قتل القيادي الحوثي»), is its masdar's genitive, the one acted upon, and the
            // act is no passive whose subject was killed «في كمين» (the subject before it managed the act).
            // A subject no dictionary knows («الثوار») still did it: the agent is then unidentified, and the
            // one acted upon is not taken for it
            if (!subj.isEmpty() && subj.get(0).first() > c.head()) {
                managedObject = subj; // «تمكنت من قتل 15 مسلحا من تنظيم داعش»: the counted are the ones killed
            }
            subj = manager;
            how = manager.isEmpty() ? "objective-genitive" : "able-verb";
            objectFrom = c.end();
        }
        if (subj.isEmpty() && !c.furtherBefore() && VIOLENT_ROOTS.contains(p.root())) {
            List<ActorMention> attacker = attackLamAgent(c);
            if (!attacker.isEmpty()) {
                // «هجوم للمقاومة الشعبية على المعسكر»، «في قصف مدفعي للحوثيين»: an indefinite masdar of an attack
                // names its agent after لـ (modifiers.tsv agent-lam); the one attacked comes after it, if at all
                subj = attacker;
                how = "attack-lam-agent";
                objectFrom = attacker.get(attacker.size() - 1).end();
            }
        }
        if (phraseOpensRelativeClause(c)) {
            // «الحكم الذي عارضته هيئات حقوق الإنسان، والأمم المتحدة»، «الأمر الذي يعارضه بشدة الاتحاد الأوروبي»: a
            // phrase cue (a verb listed as written) carrying the pronoun that repeats the antecedent is the verb of
            // a relative clause; its subject follows it, the antecedent is its object. With no actor there the
            // agent is an unknown noun: the subject in play or the actor before is not it
            subj = after(c.end(), RELATIVE_SUBJECT_GAP, true);
            if (subj.isEmpty()) {
                return;
            }
            how = "relative-subject";
            objectFrom = subj.get(subj.size() - 1).end();
        }
        if (subj.isEmpty() && c.furtherBefore()) {
            // «الاتفاق الذي توصلت إليه الدول الكبرى»، «فالمعارك التي تخوضها»: a relative clause on the verb's object
            // whose subject is an unknown noun or a pronoun tells no one's act; the speaker's or the subject in
            // play is not it
            return;
        }
        Source found = sourceElsewhere(c, new Source(subj, how, objectFrom, conf), speaker, bestDist, passiveLight);
        subj = found.subj();
        how = found.how();
        objectFrom = found.objectFrom();
        conf = found.conf();
        if (!c.isVerb() && (subj.isEmpty() && !f.noSource() || BORROWED_AGENTS.contains(how))) {
            List<ActorMention> doer = aspectSubject(c);
            if (!doer.isEmpty()) {
                // «واصلت طائرات التحالف غاراتها»، «يكثف المتمردون هجومهم»: the masdar is the object of a verb of
                // going on or stepping up (modifiers.tsv aspect-verb), whose subject is the one who acts
                subj = doer;
                how = "aspect-verb";
                conf = 0.7;
            }
        }
        if (subj.isEmpty() && !f.noSource() || BORROWED_AGENTS.contains(how)) {
            List<ActorMention> doer = aspectMasdarGenitive(c);
            if (!doer.isEmpty()) {
                // «مع استمرار متمردي حزب العمال الكردستاني في شن هجمات»: the genitive of a masdar of going on
                // (modifiers.tsv aspect-masdar) does the act it governs, not the one who reports it
                subj = doer;
                how = "aspect-masdar";
                conf = 0.7;
            }
        }
        if (!c.isVerb() && (subj.isEmpty() && !f.noSource() || BORROWED_AGENTS.contains(how))
                || masdarSpelledAsVerb(c)) {
            List<ActorMention> doer = lightVerbSubject(c);
            if (!doer.isEmpty()) {
                subj = doer; // «قامت قوات الأمن باعتقال»: modifiers.tsv light-verb
                how = "light-verb";
                conf = 0.7;
            }
        }
        if (!c.isVerb() && BORROWED_AGENTS.contains(how) && !how.equals("pronoun") && !VIOLENT_ROOTS.contains(p.root())
                && !PROTEST_ROOT.equals(p.root()) && messageParties().actOnWhich(c) != null) {
            // «التحالف العربي دمرت أرتالا وتعزيزات للحوثيين»: a noun naming an act that is the object of another
            // act's verb is no act of that verb's subject (nor of the speaker or the sentence's subject); its agent
            // is the one it belongs to, after لـ right after it, or no one named
            List<ActorMention> holder = messageParties().lamHolder(c);
            subj = holder;
            how = holder.isEmpty() ? "unidentified-agent act-object" : "lam-holder act-object";
            if (!holder.isEmpty()) {
                objectFrom = holder.get(holder.size() - 1).end();
            }
        }
        if ((passiveLight || !f.symmetric() && passiveLightJoinedBefore(c)) && BORROWED_AGENTS.contains(how)
                && !subj.stream().allMatch(this::passiveDoer)) {
            // «وتم اعتقال معظمهم في سويسرا»، «آسيا بيبي ... قد تم اعتقالها»: the act after the light verb of the passive
            // names no doer; one borrowed from the speaker, the sentence or the article stands for it only when it is
            // a state's organ telling of the acts of its office (modifiers.tsv passive-doer-role: «وقالت وزارة
            // الداخلية ... كما تم ضبط كميات»); any other (a country, a court, rebels, the one arrested) is not it. An
            // act of violence keeps its victims with no agent (below); any other act with no doer named after من قبل /
            // على يد codes nothing, as a passive verb's (the place after في is not the one acted upon)
            subj = List.of();
            how = VIOLENT_ROOTS.contains(p.root()) ? "unidentified-agent" : "passive-unnamed";
        }
        if (masdarSpelledAsVerb(c) && !how.equals("light-verb") && !how.equals("masdar-owner")) {
            // «ويقوم بطرد آلاف من العمال»: no light verb's subject named, the act is referred to; «اتهمت السعودية
            // إيران بدعمها للحوثيين»: a masdar with its owner's pronoun names its agent (session 29, events128)
            return;
        }
        // «تم اختطافهم من قبل المسلحين»: with a named agent after it, a masdar's pronoun is the one acted upon
        List<ActorMention> pronounReferent = how.equals("pronoun") ? subj
                : passiveLight && !c.isVerb() && !c.reading().suffix().isEmpty() ? subjectInPlay() : List.of();
        if (VIOLENT_ROOTS.contains(p.root()) && BORROWED_AGENTS.contains(how) && (!c.isVerb() || f.passive())) {
            // an attack, a killing or fighting named by a noun, or by a verb that may be passive (قتل is
            // also قُتل), is not attributed by proximity: the one who reports it (قال البنتاغون إن ... قتلوا),
            // the sentence's or the article's subject are rarely the attacker («وقتل 27 شخصا» بسبب
            // الفيضانات; «أعلن نصرالله أن 13 مقاتلا قتلوا»), nor is the referent of its pronoun («عمليته ضد
            // الحوثيين» of the coalition, not of Yemen's army; «مقتله» is the victim). The agent stays unidentified. An active verb
            // keeps its implied subject: «وشنت غارات على داعش» is the country the text is about.
            subj = List.of();
            how = "unidentified-agent";
        }
        if (subj.isEmpty() && VIOLENT_ROOTS.contains(p.root()) && !f.noSource() && !f.patient()) {
            List<ActorMention> claimant = claimant(c);
            if (!claimant.isEmpty()) {
                // «أعلن متمردو "حركة الشباب" مسؤوليتهم عن قتل نائب صومالي»، «وتبنى حزب العمال الكردستاني مقتل
                // أكثر من 20 شرطيًا»: an act claimed (modifiers.tsv claim) with no agent of its own is the
                // claimant's; the claim is the article's evidence of who did it
                subj = claimant;
                how = "claimed-by";
                conf = 0.7;
            }
        }
        if (PROTEST_ROOT.equals(p.root()) && BORROWED_AGENTS.contains(how) && speaker != null
                && subj.contains(speaker)) {
            // «قال المرصد السوري لحقوق الإنسان أمس إن نحو ألف سوري بدأوا اعتصاما»، «اعتبرت متحدثة باسم الجيش
            // الإسرائيلي أن رشق الحجارة من أعمال الشغب»: the one who reports a protest is not its protester; a
            // protest whose clause names no protester of its own keeps its agent unidentified
            subj = List.of();
            how = "unidentified-agent";
        }
        Sides sides = victimSides(c, subj, how, speakerAsObject.isEmpty() ? managedObject : speakerAsObject);
        subj = sides.subj();
        how = sides.how();
        List<ActorMention> patient = sides.patient();
        List<ActorMention> tellers = List.of();
        if (VICTIM_ROOTS.contains(p.root()) && onlyReporters(subj, BORROWED_AGENTS.contains(how))) {
            // «وقال المرصد السوري لحقوق الإنسان "فجر انتحاري نفسه بسيارة مفخخة"»، «وأضاف المرصد أن البلدة ... كانت نقطة
            // انطلاق يشن منها التنظيم هجماته»: a monitor, an outlet or unnamed sources (events/reporters.tsv) that
            // tell of an arrest, an attack or fighting did not do it; a clause whose own doer is an unknown noun
            // («انتحاري»، «مسلحون») or not named keeps its agent unidentified. After the victims are told apart: a
            // reporter the act befell («تعرض الصحفيون للاعتداءات»، «قتل صحافيين») is no agent here
            tellers = subj;
            subj = List.of();
            how = "unidentified-agent";
        }
        if (VIOLENT_ROOTS.contains(p.root()) && onlyCondemners(c, subj)) {
            // «وأدانت الحكومة الألمانية التفجير الإرهابي الذي استهدف مسجدًا»، «أدانت منظمة هيومن رايتس ووتش أمس قصف
            // المتمردين الحوثيين»: the subject of a verb of condemning (modifiers.tsv condemn-verb) before the act
            // judges it, it did not do it; an act whose agent found is only the condemner keeps it unidentified
            subj = List.of();
            how = "unidentified-agent condemner";
        }
        List<ActorMention> agent = f.symmetric() ? List.of() : passiveAgent(c, f);
        if (!agent.isEmpty()) {
            // «اتهام قادة كينيين من قبل المحكمة الجنائية»، «تعرضت للهدم على أيدي داعش»: the agent is named
            // after من قبل / على يد; what the cue's own construction gave (its genitive, the passive verb's
            // subject) is the one acted upon, and an agent borrowed from elsewhere is no one here
            if (patient.isEmpty() && !BORROWED_AGENTS.contains(how)) {
                patient = subj.stream().filter(m -> !agent.contains(m)).toList();
            }
            if (patient.isEmpty()) {
                // (not the agent's own side: «اعتقالهم من قبل القوات الإسرائيلية» with Israel in play keeps its
                // unnamed victims rather than lose the event as Israel's act on itself)
                patient = pronounReferent.stream()
                        .filter(m -> !agent.contains(m) && distinctActors(m, agent.get(0), false)).toList();
            }
            subj = agent;
            how = "passive-agent";
        }
        if (how.equals("passive-unnamed")) {
            // «حيث يحتجزون في ظروف ... لا تحتمل»، «والذي اعتقل بإيران»: a passive with no agent named after it; the one
            // acted upon is its own subject, no actor here, and the place or what follows the preposition is not it
            return;
        }
        if (subj.size() == 1 && twoSides(subj.get(0))) {
            subj = lastPair; // رفض الجانبين ...: the two parties of the bilateral event before
            how = "two-sides";
        }
        subj = withoutScenes(subj, f, List.of()); // «أبرمته طهران ... في العاصمة النمساوية فيينا»: no party
        List<ActorMention> targets = patient.isEmpty() ? target(c, objectFrom, f, subj) : patient;
        String against = "";
        Cue purpose = targets.isEmpty() && PROTEST_ROOT.equals(p.root()) && f.self() && !f.owner()
                ? purposeOfProtest(c) : null;
        ActorMention owner = purpose != null ? ownerOfPurpose(purpose) : null;
        if (owner != null) {
            // «وتجمع متظاهرون في أماكن عدة للاحتجاج على زيارة فابيوس»: a demonstration whose own words name no one
            // is against the one whose act or words its purpose protests (the visit's doer), not the protesters
            // themselves nor the place; a subject found inside that purpose («وتجمع متظاهرون في طهران احتجاجا على
            // زيارة فابيوس») is the one protested against, not the one who demonstrates
            subj = subj.stream().filter(m -> m.first() < purpose.head()).toList();
            targets = withCoordinated(owner);
            against = " purpose-owner";
        }
        // (not a list of parties standing for the whole meeting, with no agent before it: «الاجتماع المشترك لوزراء
        // خارجية دول مجلس التعاون ... ووزير الخارجية الأميركي جون كيري»، «... برئاسة وزير الطاقة الروسي ألكساندر نوفاك
        // ووزير المالية الجزائري»)
        if (!targets.isEmpty() && patient.isEmpty() && !(subj.isEmpty() && distinct(targets).size() > 1)
                && ownMeeting(c, subj, how) && !meetingPartner(c, targets.get(0), subj, how)) {
            // «بيان القيادة عقب اجتماعها ... برئاسة الرئيس الفلسطيني»، «ترؤسه اجتماعاً للمجلس الاستشاري لحركة فتح ...
            // ترحيب ... بالجهود الفرنسية»: a body's own meeting has no partner but one named as such (مع، بين، بـ on
            // the name, بحضور); the actors further on are what it discussed, welcomed or condemned
            targets = List.of();
            if (BORROWED_AGENTS.contains(how) && !how.equals("pronoun")) {
                // «استبعد لقاء روحاني وأوباما على هامش اجتماعات الدورة السنوية للجمعية العامة»: the parties the
                // sentence is about did not meet each other at that body's meeting
                return;
            }
        }
        if (!tellers.isEmpty()) {
            // «هاجم مستوطنون منزلين ... وأشعلوا فيهما النار بحسب مصادر فلسطينية واسرائيلية»: the ones who tell of the
            // act, after it, are not the ones it befell either
            targets = targets.stream().filter(m -> !onlyReporters(List.of(m), false)).toList();
        }
        if (!subj.isEmpty()) {
            targets = withoutScenes(targets, f, subj); // «على مواقعهم بمدينة مأرب»: the scene is not the one hit
        }
        List<ActorMention> allies = f.allies() ? alliesNamed(c, objectFrom) : null;
        if (allies != null) {
            // «ميليشيات تقاتل إلى جانب نظام الأسد»، «يقاتلون في صفوف داعش»: the one fought beside or in whose ranks
            // is the agent's own side; the one fought is named after ضد, if at all
            targets = targets.stream().filter(m -> !allies.contains(m)).toList();
        }
        if (VIOLENT_ROOTS.contains(p.root()) && !targets.isEmpty() && targets.stream().anyMatch(this::lamAttacker)) {
            // «قتلوا في هجمات لحزب العمال الكردستاني»، «غارات ... مع هجوم للمقاومة الشعبية»: the agent of an attack
            // named after لـ (modifiers.tsv agent-lam) did that attack; no act of violence befell it here
            targets = targets.stream().filter(m -> !lamAttacker(m)).toList();
        }
        ActorMention counted = targets.isEmpty() && VIOLENT_ROOTS.contains(p.root()) ? partitiveVictims(c) : null;
        if (counted != null) {
            // «قتل 18 على الأقل من مسلحي الحوثي»: the counted victims' group is who was hit, not the place
            targets = List.of(counted);
            subj = subj.stream().filter(m -> m != counted).toList();
            how = subj.isEmpty() ? "counted-victims" : how;
        }
        boolean victimsOfKilling = false;
        Cue assaultKilledIn = null; // the assault (18, 20) a killing happened in: «مقتل جنديين إثر تفجير سيارة ملغومة»
        if (targets.isEmpty() && victimsAt != null && victimsAt.containsKey(c.head())) {
            // «قتل ... في غارة أمريكية»: the strike's target is who it killed, not the place it hit
            targets = victimsAt.get(c.head());
            victimsOfKilling = true;
        } else if (VIOLENT_ROOTS.contains(p.root()) && subj.isEmpty() && !targets.isEmpty()
                && KILLINGS.contains(how)) {
            int attack = attackAfter(c, targets.get(0));
            if (attack >= 0) {
                if (victimsAt == null) {
                    victimsAt = new HashMap<>();
                }
                victimsAt.put(attack, targets); // «مقتل 19 مواطناً جراء غارات», «وقتل 14 جنديا في هجوم»
                Cue assault = cueAt(attack);
                assaultKilledIn = AssaultCodes.UNCONVENTIONAL_ROOTS.contains(assault.pattern().root()) ? assault : null;
            }
        }
        if (!targets.isEmpty() && c.isVerb() && how.equals("verb-subject") && !c.furtherBefore()
                && OBJECT_PRONOUNS.contains(c.reading().suffix())) {
            // «إسقاط النظام السوري الذي يقاتله «داعش» و«الأكراد السوريون»، بينما ...» (IMGREB → SYRGOV, not SYR): a
            // verb right after a relative pronoun carrying its object pronoun, its own subject after it, acts on the
            // actor the pronoun repeats; an actor further on is another phrase's (a place, a party named later)
            ActorMention antecedent = relativeAntecedent(c.head());
            if (antecedent != null && !subj.isEmpty() && !subj.contains(antecedent)
                    && subj.get(0).first() > c.head()) {
                targets = List.of(antecedent);
                how = "relative-object";
            }
        }
        if (targets.isEmpty() && c.isVerb() && how.equals("verb-subject") && !c.furtherBefore()) {
            // البشير الذي وجهت له المحكمة اتهامات: the relative clause has its own subject, so the
            // antecedent is the one acted upon (the resumptive pronoun له refers to it)
            ActorMention antecedent = !ownAfterPronoun.isEmpty() && subj.equals(ownAfterPronoun)
                    ? pronounAntecedent(c.head()) : relativeAntecedent(c.head());
            if (antecedent != null && !subj.isEmpty() && !subj.contains(antecedent) && subj.get(0).first() > c.head()) {
                targets = List.of(antecedent);
                how = "relative-object";
            }
        }
        if (targets.isEmpty() && c.isVerb() && c.furtherBefore() && !subj.isEmpty()) {
            // «المعارضين السوريين الذين دربهم الجيش الأمريكي»: the further word before the verb (درب + معارض*) stands
            // in the antecedent its object pronoun repeats (CueFinder.antecedentCue); an actor there is the object
            // (only when that word is inside the actor: «الحرب الهجومية التي شنتها تركيا» after «الحكومة الألمانية
            // إدانة» names a war, and the government before it is no party to it)
            ActorMention antecedent = relativeAntecedent(c.head());
            if (antecedent != null && !subj.contains(antecedent) && furtherWordBeforeIn(antecedent, c)) {
                targets = List.of(antecedent);
                how = "relative-object";
            }
        }
        if (targets.isEmpty() && how.equals("relative-subject")) {
            targets = relativeObject(c, subj);
        }
        if (c.isVerb() && firstDoneVerb < 0) {
            firstDoneVerb = c.head();
            firstDoneVerbSubject = how.equals("verb-subject") || how.equals("arms-of-a-nation") ? subj : List.of();
        }
        // (not a receiver: «وتسلمت مصر الأسبوع الماضي دفعة جديدة من مقاتلات» told in passing is no subject the
        // next sentence's pronoun goes on with: «أنه اتفق مع شكري» is still Kerry)
        if (!subj.isEmpty() && !f.received() && (c.isVerb() && how.equals("verb-subject") && !c.furtherBefore()
                || how.equals("masdar-genitive") && participant(subj.get(0)) || how.equals("lam-agent")
                || how.equals("able-verb"))) {
            lastSubject = subj;
            lastSubjectSpoke = false;
            lastSubjectPerson = NO_PERSON;
            lastSubjectAt = c.head();
        }
        if (targets.isEmpty() && f.targetInContent() && !subj.isEmpty()) {
            targets = threatened(c, subj); // هددت المملكة ... إذا استخدمت إيران; تهدد: لن نترك أمريكيا
        }
        if (subj.isEmpty() && noEventWithoutAgent(c)) {
            // emit writes no event of this cue: its reading of the targets still runs (it locates them once per
            // sentence, for the cues after this one), but its negation, modality and final code are never read
            emit(c, subj, targets, how, allies, victimsOfKilling,
                    new Coding(p.code(), false, "asserted", speaker, conf, p.line()), out);
            return;
        }
        boolean negated = negated(c);
        String modality = modality(c, speaker);
        String code = p.code();
        String rule = p.line() + " " + how + (victimsOfKilling ? " killed-in" : "") + against;
        if (f.verbalCode() != null && individuals(subj) && individuals(targets)) {
            code = f.verbalCode(); // هاجم أردوغان نتنياهو: two politicians attack each other in words
            rule += " verbal";
        }
        if (f.placeCode() != null && placeTaken(c, targets)) {
            code = f.placeCode(); // «استيلاء الحوثيين على العاصمة اليمنية صنعاء»: a city taken is territory occupied
            rule += " place";
        }
        if (f.aircraftCode() != null && (how.equals("verb-subject") || how.equals("light-verb"))
                && aircraftSubject(c, subj)) {
            code = f.aircraftCode(); // «طيران التحالف قصف»، «طائرات التحالف التي تقوم بقصف»: an air strike
            rule += " aircraft-subject";
        }
        if (f.artilleryCode() != null && (how.equals("verb-subject") || how.equals("light-verb"))
                && artillerySubject(c, subj)) {
            code = f.artilleryCode(); // «المدفعية التركية تقصف مواقع»: shelling with artillery
            rule += " artillery-subject";
        }
        Cue bomb = !"19".equals(code) ? null
                : c.isVerb() ? assaults().bombingSubject(c) : c.isMasdar() ? assaults().bombingBefore(c) : null;
        if (bomb != null) {
            code = bomb.pattern().code(); // «التفجير الانتحاري الذي استهدف مسجداً»: the bombing did it, 18x not 19
            rule += " bombing-subject";
        }
        if (assaultKilledIn != null && "19".equals(code)) {
            // «قتل جنديين تركيين إثر تفجير سيارة ملغومة»: the killing is the bombing's toll, not a fight of its own
            code = assaultKilledIn.pattern().code();
            rule += " killed-in-assault";
        }
        AssaultCodes.ViolentAct toll = "19".equals(code) ? assaults().tollOf(c) : null;
        if (toll != null && (subj.isEmpty() || BORROWED_AGENTS.contains(how)
                || AssaultCodes.sameParties(subj, toll.agent()))) {
            // «فجر انتحاري نفسه في سوق ... مما أسفر عن مقتل ستة أشخاص»، «وأدى تفجير انتحاري ... إلى مقتل 28 شخصا»:
            // the killing is the act's toll, the act's code and agent, not a fight of its own (a killing whose own
            // agent is another party keeps its 19)
            if (targets.isEmpty() && !toll.agent().isEmpty()) {
                // «هاجمت حركة الشباب فندقًا ... مما أدى إلى مقتل 13 شخصًا»: a toll that names no victim of its own is
                // the act's own event (its agent and the place it struck), already told
                return;
            }
            code = toll.code();
            subj = toll.agent();
            rule += " toll-of-assault";
        }
        if (f.civilianCode() != null && "19".equals(code) && AssaultCodes.irregularAgents(subj)
                && assaults().civilianTargetAfter(c)) {
            code = f.civilianCode(); // «الهجوم على جامعة غاريسا»، «هاجمت حركة الشباب فندقًا»: violence on civilians, 18
            rule += " civilian-target";
        }
        if (how.equals("arms-of-a-nation") && armsCode(f, subj.get(0)) != null) {
            code = armsCode(f, subj.get(0)); // «المقاتلات التركية قصفت»: an air strike; «الدبابات التركية قصفت»: shelling
        }
        if (f.moneyCode() != null && moneyReleased(c)) {
            code = f.moneyCode(); // «7.16 مليارات يورو أفرج عنها الاتحاد الأوروبي»: money paid out is aid, not a release
            rule += " money";
        }
        if (modality.equals("intended") && !p.root().equals("03")) {
            code = intentCode(code.substring(0, 2), code); // the root of the code given (money released: 071 → 033)
        }
        if (VIOLENT_ROOTS.contains(p.root())) {
            assaults().coded(c, code, subj);
        }
        Cue later = "19".equals(code) ? assaults().actAfter(c) : null;
        if (later != null) {
            // «قتل 15 شخصا ... عندما فجر انتحاري نفسه»: the killing is told before the act it happened in, whose code
            // and agent are known only once that act is coded (resolveLaterTolls, after the sentence's last cue)
            if (laterTolls == null) {
                laterTolls = new ArrayList<>();
            }
            List<ActorMention> ownAgent = subj.isEmpty() || BORROWED_AGENTS.contains(how) ? null : subj;
            int from = out.size();
            Coding coding = new Coding(code, negated, modality, speaker, conf, rule);
            emit(c, subj, targets, how, allies, victimsOfKilling, coding, out);
            laterTolls.add(new LaterToll(from, out.size(), later, ownAgent, c, subj, targets, how, allies,
                    victimsOfKilling, coding));
            return;
        }
        emit(c, subj, targets, how, allies, victimsOfKilling, new Coding(code, negated, modality, speaker, conf, rule),
                out);
    }

    /**
     * Whether {@link #emit} writes no event of cue {@code c} when it has no agent: not a symmetric frame (its two sides
     * may both be targets), not a frame whose agent emit takes from the targets (a host's reception as a noun, a
     * receiver's giver), not a root of one-sided acts (recorded with the agent unidentified). Then the cue's negation
     * and modality (7 % of the coding thread, JFR, BENCHMARKS.md speed31) are not worked out.
     */
    private static boolean noEventWithoutAgent(Cue c) {
        Frame f = c.pattern().frame();
        return !f.symmetric() && !f.received() && !(f.host() && !c.isVerb())
                && !ONE_SIDED_ROOTS.contains(c.pattern().root());
    }

    /** The source a cue's own construction names, how it was found, where its object starts. */
    private record Construction(List<ActorMention> subj, String how, int objectFrom,
                                List<ActorMention> ownAfterPronoun, List<ActorMention> speakerAsObject) {
    }

    /** The source (agent side) found so far, how, where the object starts and how sure. */
    private record Source(List<ActorMention> subj, String how, int objectFrom, double conf) {
    }

    /** The agent side and the one acted upon, after the rules that tell a victim from an agent. */
    private record Sides(List<ActorMention> subj, String how, List<ActorMention> patient) {
    }

    /** What an event of the cue says besides its two sides. */
    private record Coding(String code, boolean negated, String modality, ActorMention speaker, double conf,
                          String rule) {
    }

    // code() is split by phase so that each part stays far below HotSpot's 8,000-byte limit for compiling a
    // method (HugeMethodsTest): the statements are the ones code() had, in the same order

    /** The source the cue's own construction gives: a verb's subject, a masdar's genitive or agent, a participle's. */
    private Construction ownConstruction(Cue c, ActorMention speaker, boolean passiveLight) {
        Pattern p = c.pattern();
        Frame f = p.frame();
        List<ActorMention> subj;
        String how;
        int objectFrom;
        if (c.isVerb() && (VICTIM_ROOTS.contains(p.root()) && (eventHeadBefore(c) || prepositionBefore(c)
                    || joinedToMasdar(c))
                || passiveLight)) {
            // «حوادث خطف مواطنين غربيين»، «عمليات قتل المدنيين»: after a noun of occurrence the form of an act
            // with victims is the masdar in iḍāfa; what follows is the victim, the agent is not named here
            // (not «في حالة توصل إيران»: there the genitive is the one who acts); so after a preposition, which no
            // verb follows («عبر خطف مقاتلين معتدلين»، «لقصف المدنيين»); so is the act after the light verb
            // of the passive («أنه تم قتل متمردين آخرين»: the rebels were killed)
            subj = List.of();
            how = "objective-genitive";
            objectFrom = c.end();
        } else if (c.isVerb()) {
            return verbConstruction(c, speaker);
        } else if (f.circumstantial() || circumstantialAfterComma(c)) {
            // «وأوضح المتحدث باسم الخارجية المصرية ... أن هناك ضرورة لدعم الحكومة اللبنانية، داعياً القوى
            // السياسية اللبنانية إلى»: a circumstantial participle tells what the one who spoke, or the subject of
            // the sentence's first verb, did as well; the actor after it is its object, never its agent, and
            // the actor nearest before it (here the government supported) is not its agent either
            subj = circumstantialSubject(c);
            how = "circumstantial";
            objectFrom = c.end();
        } else if (purpose(c)) {
            // لتزويد روسيا، لدعم الحكومة: a masdar of purpose; its genitive is the object, the agent is the subject in play
            subj = List.of();
            how = "purpose";
            objectFrom = c.end();
        } else if (f.genitiveObject() && relativeClauseAgent(c).isEmpty() && !genitiveDoer(c) || passiveLight) {
            // اغتيال الحريري، مقتل جنديين تركيين: the genitive is the victim; the agent is found elsewhere
            subj = List.of();
            how = "objective-genitive";
            objectFrom = c.end();
        } else if (f.symmetric() && !meetingParties(c).isEmpty()) {
            // «عقب مباحثات جمعت وزير الخارجية المصري سامح شكري مع نظيرته الكرواتية»: the meeting brought
            // together the object of جمع and the one after مع / بـ
            subj = meetingParties(c);
            how = "brought-together";
            objectFrom = subj.get(subj.size() - 1).end();
        } else if (!writtenVerbSubjectBefore(c).isEmpty()) {
            // «وكانت الجامعة العربية دانت القصف التركي»، «مصر طالبت إسرائيل بوقف»: a verb listed as written, its
            // subject told before it; what follows is its object, not a genitive that does the act
            subj = writtenVerbSubjectBefore(c);
            how = "written-verb-subject";
            objectFrom = c.end();
        } else {
            subj = genitive(c);
            how = "masdar-genitive";
            objectFrom = subj.isEmpty() ? c.end() : subj.get(subj.size() - 1).end();
            if (f.visit() && !subj.isEmpty() && isPlace(subj.get(0))) {
                // «عدم زيارة البحرين والسعودية»، «زيارة مصر»: a place named in the genitive of a visit is
                // what is visited (as after the verb زار); the visitor is found as for a masdar with no agent
                subj = List.of();
                objectFrom = c.end();
            }
            if (subj.isEmpty()) {
                List<ActorMention> agent = lamAgent(c);
                if (!agent.isEmpty()) {
                    subj = agent; // الزيارة الثانية للأمير محمد بن سلمان لمصر: لـ + agent, then لـ + destination
                    how = "lam-agent";
                    objectFrom = agent.get(agent.size() - 1).end();
                }
            }
        }
        return new Construction(subj, how, objectFrom, List.of(), List.of());
    }

    /** The subject of a verb cue (VSO or SVO, or none of its own) and where its object starts. */
    private Construction verbConstruction(Cue c, ActorMention speaker) {
        Pattern p = c.pattern();
        Frame f = p.frame();
        List<ActorMention> subj;
        String how;
        int objectFrom;
        List<ActorMention> ownAfterPronoun;
        List<ActorMention> speakerAsObject = List.of();
        if (ownerMasdar(c)) {
            // «إيران ستبقى معزولة بسبب دعمها للإرهاب ... ودعمها للحوثيين»، «زوما لرفضه توقيف البشير»: the bare past
            // with a pronoun after a preposition or a word of cause is the masdar with its owner's pronoun; its agent
            // is the actor the pronoun refers to, and the actor after it is its object, never a subject after a verb;
            // with no such actor in its clause the owner is one no dictionary knows, and no one is borrowed for it
            // (modifiers.tsv owner-masdar-opener; session 28, events117)
            List<ActorMention> owner = masdarOwner(c);
            return new Construction(owner, owner.isEmpty() ? "owner-unknown" : "masdar-owner", c.end(), List.of(),
                    List.of());
        }
        // «العقوبات التي فرضتها الولايات المتحدة»: the antecedent is the verb's object, its subject follows it
        // «مقاتلين تدعمهم الولايات المتحدة»، «رهائن احتجزتهم الجبهة»: a verb carrying its object as a pronoun,
        // an actor right after it: that actor is its subject, the one before it the object the pronoun repeats
        ownAfterPronoun = !c.furtherBefore() && objectPronounOn(c) ? after(c.end(), 0, true) : List.of();
        subj = c.furtherBefore() ? after(c.end(), 3, true)
                : !ownAfterPronoun.isEmpty() ? ownAfterPronoun : subject(c.head(), c.end(), true, conjoined(c));
        if (c.furtherBefore() && !subj.isEmpty() && subj.get(0).prefix().startsWith("و")) {
            // «الاتفاق الذي أبرمته مؤخرًا الدول الكبرى وايران»: an actor with و is the second of a subject whose
            // first no dictionary knows, not the subject alone (Iran did not make the deal with the next
            // clause's object)
            subj = List.of();
        }
        if (!subj.isEmpty() && subj.get(0).first() == c.end() && captiveAt(c.end())) {
            // «كانت الحركة المتطرفة تحتجزهم رهائن»، «ضابط كانت تحتجزه رهينة»: the captives right after the
            // verb are the state of its object, not its subject; they stay its object. A definite actor right
            // before the verb is its subject (SVO); an indefinite one is the noun the clause describes, the
            // captive the pronoun repeats
            ActorMention holder = pronounAntecedent(c.head());
            subj = holder != null && tokens.get(holder.first()).segments().get(0).hasArticle()
                    ? List.of(holder) : List.of();
        }
        if (!subj.isEmpty() && f.passive() && ofMembers(subj.get(0)) && !counted(subj.get(0))
                && !(describedByRelative(subj.get(0)) && subj.get(0).end() <= c.head())
                && attackAfter(c, subj.get(0)) < 0) {
            // «وأضاف أن عنصرا في التنظيم قتل أيضا»، «قتل مسلحان من مليشيات الحوثي»: members of a body with a
            // verb that may be passive (قتل، خطف) were as often its victims as its agents; they are taken only
            // when counted or killed in an attack named after them (then as the victims, below), or as the
            // antecedent of the verb's relative clause («ثلاثة من المتطرفين اليهود الذين اقتحموا الأقصى»)
            subj = List.of();
        }
        if (!subj.isEmpty() && subj.get(0).first() > c.head() && f.targetPreps().isEmpty() && !f.visit()
                && unknownSubjectBeforeState(c)) {
            // «وشكر الحساينة المملكة العربية السعودية وقطر والكويت»: a definite noun no dictionary knows right after
            // a verb whose object follows it stands before the state named next; that state is the object, not
            // the subject (the noun is the subject, or the object with the state as its apposition)
            subj = List.of();
        }
        boolean targetFirst = subj.isEmpty();
        // «وقال طاهر إنه يناشد الرئيس اليمني»: a verb whose subject is the pronoun of a speaker no dictionary
        // knows has no subject after it either; the actor there is its object
        boolean unknownSpeaker = subj.isEmpty() && pronounSubject(c.head()) && unknownReferentOfPronoun(c.head());
        if (targetFirst && !unknownSpeaker) {
            subj = subjectAfterTargetPhrase(c, f);
        }
        if (subj.isEmpty() && !f.visit() && !unknownSpeaker && unknownSubjectAt(c) >= 0) {
            // «وينفذ الطيران التركي غارات»، «حيث شنت الطائرات التركية نحو 30 غارة»: the unknown noun after
            // the verb is its subject, and a nationality right after that noun says whose it is. Not for a
            // visit: «ووصلت الطائرة السعودية إلى مطار تيرانا»، «وصل الجناح الأرجنتيني» are no state's visits
            subj = nationalityOf(unknownSubjectAt(c) + 1);
        }
        if (!subj.isEmpty() && subj.get(0).first() > c.head() && backer(subj.get(0), c.head())) {
            // «اقتحمت بدعم من طائرات التحالف العربي، قاعدة العند»: the actor after a phrase of backing
            // (modifiers.tsv backer) backs the one who acts; it is not the verb's subject
            subj = List.of();
        } else if (!subj.isEmpty() && f.genitiveObject() && inFurtherWord(subj.get(0), c)) {
            // «في طرد الحوثيين»، «وطرد مسلحي الحوثي»: the cue's own further word (patterns.tsv genobj on a
            // verb) names the ones driven out; the actor it stands in is the object, never the subject
            subj = List.of();
        } else if (!subj.isEmpty() && subj.get(0).first() > c.head() && VIOLENT_ROOTS.contains(p.root())
                && ownsWhatIsHit(subj.get(0))) {
            // «استهدفت مواقع لتنظيم داعش»، «لقصف أهداف داعش»: the actor after the verb owns the positions
            // hit, the verb's object; it is the target, not the subject
            subj = List.of();
        } else if (!subj.isEmpty() && subj.get(0).first() > c.head() && ownsAStance(subj.get(0))) {
            // «ويعارض سياسة حزب المؤتمر»، «ثمن موقف الولايات المتحدة»: the owner of what is rejected or
            // praised is the verb's target, not its subject
            subj = List.of();
        } else if (!subj.isEmpty() && subj.get(0).first() > c.end() && STANCE_ROOTS.contains(p.root())
                && !hasBareStem(tokens.get(c.head()), Modifiers.Kind.ACT_MASDAR) && genitiveOfAnAct(subj.get(0))) {
            // «كما انتقدت زيارات مسؤولين أوروبيين بارزين لطهران»، «وثمنت دعم المملكة للشعب الفلسطيني»: the actor in
            // the genitive of the masdar the verb speaks of does (or undergoes) that act; it is not the verb's
            // subject. Only for verbs of support, demand, disapproval and rejection (a raid's owner, «استهدفت غارات
            // التحالف», is the subject the masdar heads), and not when the cue is itself such a masdar («وأن دعم جهود
            // مصر ... لن يتغير»: no verb) (modifiers.tsv act-masdar; session 29, events136)
            subj = List.of();
        } else if (!subj.isEmpty() && subj.get(0).first() > c.head()
                && patterns.hasPluralSubject(p, c.reading().stem())) {
            // «19 شخصا قتلوا بينهم مدنيون»، «التقوا الرئيس»: a verb before its subject is singular, so the
            // actor after a plural or dual form is not its subject (the subject is in the verb)
            subj = List.of();
        } else if (!subj.isEmpty() && subj.get(0).first() > c.head() && c.isVerb() && VIOLENT_ROOTS.contains(p.root())
                && c.last() > c.head() && subj.get(0).end() <= c.last() && obliqueObjectBeforeFurtherWord(c, subj.get(0))) {
            // «لكن غالبية الغارات التركية استهدفت حتى الآن المتمردين الأكراد، وبعض مواقع تنظيم داعش»: a group of
            // people in -ين (accusative or genitive, never a subject's nominative) between a verb of violence and its
            // further word is the first of the verb's objects, not its subject (session 30, events145)
            subj = List.of();
        }
        how = "verb-subject";
        ActorMention arms = VIOLENT_ROOTS.contains(p.root()) && (subj.isEmpty() || subj.get(0).first() > c.head())
                ? armsOfANation(c) : null;
        if (arms == null && VIOLENT_ROOTS.contains(p.root()) && (subj.isEmpty() || subj.get(0).first() > c.head())) {
            arms = armsOfANationAfter(c); // «شنت الطائرات التركية غارات»: VSO
        }
        if (arms != null) {
            subj = List.of(arms); // «أن المقاتلات التركية قصفت»: a state's aircraft told before the verb
            how = "arms-of-a-nation";
        }
        objectFrom = subj.isEmpty() ? c.end() : Math.max(c.end(), subj.get(subj.size() - 1).end());
        if (!subj.isEmpty() && (subj.get(0).first() < c.head() || targetFirst)) {
            objectFrom = c.end(); // SVO: the object follows the verb (or, VSO, stands before the subject)
        } else if (subj.isEmpty() && !genitive(c).isEmpty()
                && genitive(c).get(0).form() == ActorMention.Form.ADJECTIVE) {
            // قصف جوي تركي: the verb's form is also its masdar, and a nationality after it says so
            subj = genitive(c);
            how = "masdar-genitive";
            objectFrom = subj.get(0).end();
        } else if (f.visit() && !subj.isEmpty() && isPlace(subj.get(0))) {
            // زار القاهرة الخميس الماضي: a place right after a verb of visiting is what is visited;
            // the visitor is the subject in play
            subj = List.of();
            objectFrom = c.end();
        } else if (!subj.isEmpty()) {
            objectFrom = objectStart(subj.get(subj.size() - 1), objectFrom, f, // VSO
                    !VIOLENT_ROOTS.contains(p.root()));
            CommaApposition apposition = subj.size() == 1 ? commaApposition(subj.get(0)) : null;
            if (apposition != null) {
                // «رفض السفير حسين هريدي، مساعد وزير الخارجية المصري الأسبق، تصريحات المالكي»: the title between
                // commas says who the subject is; it is no target, the object follows its comma
                subj = List.of(apposition.actor());
                objectFrom = Math.max(objectFrom, apposition.end());
            }
        }
        if (speaker != null && participant(speaker) && !"GPE".equals(speaker.type()) && firstPerson(c)) {
            // «نحن ندعم التحالف»، «قدمنا مساعدات»: we are the one who speaks (a person, an office, an
            // organization: a country named near a reporting verb is too often not the speaker)
            subj = List.of(speaker);
            how = "first-person";
            objectFrom = c.end();
        }
        if (speaker != null && participant(speaker) && !"GPE".equals(speaker.type()) && firstPersonObject(c)) {
            // «واوضح فابيوس "لقد دعاني نظيري الايراني محمد جواد ظريف"»، «استقبلني الرئيس»: me / us on the
            // verb is the one who speaks, its object; the speaker named before it is not its subject, the
            // actor after the verb is (a subject of its own in the quotation, «أنقرة تهاجمنا», stays)
            ActorMention me = speaker;
            speakerAsObject = List.of(me);
            if (subj.contains(me)) {
                subj = after(c.end(), 3, true).stream().filter(m -> !m.equals(me)).toList();
                how = "first-person-object";
            }
            objectFrom = c.end();
        }
        return new Construction(subj, how, objectFrom, ownAfterPronoun, speakerAsObject);
    }

    /**
     * Whether a masdar whose genitive is the one acted upon (patterns.tsv `genobj`) names its doer in iḍāfa all the
     * same, its object following: the genitive then followed (past at most one adjective with the article: «غزو صدام
     * حسين المشؤوم لدولة الكويت») by an actor with لـ, by a noun with لـ and its actor («للعاصمة اليمنية صنعاء»; not a
     * word of modifiers.tsv `not-object-lam`: لصالح، لأن), by the resumptive لها / له («غزو العراق للكويت»، «احتجاز
     * الجيش النيجيري لهم»), or by an actor with no preposition or و, its direct object («غزو النظام العراقي السابق
     * الكويت»، «اجتياح الحوثيين صنعاء»); or a nationality adjective right after it, but for an arrest's, which qualifies
     * the noun the masdar is the genitive of («مراكز الاعتقال الليبية»), and with an indefinite masdar only when an
     * object with لـ follows (else a noun as often: «اعتقال سعودي»): «الغزو الأمريكي»، «غزو أمريكي لأفغانستان»
     * (session 27, events114).
     */
    private boolean genitiveDoer(Cue c) {
        if (c.isVerb()) {
            return false;
        }
        List<ActorMention> g = genitive(c);
        if (g.isEmpty()) {
            return false;
        }
        ActorMention first = g.get(0);
        int after = g.get(g.size() - 1).end();
        if (after < b && first.form() != ActorMention.Form.ADJECTIVE && tokens.get(after).isWord()
                && tokens.get(after).norm().startsWith("ال") && after + 1 < b) {
            after++; // «غزو صدام حسين المشؤوم لدولة الكويت»: an adjective of the genitive
        }
        boolean objectFollows = objectAfterGenitive(after);
        if (first.form() == ActorMention.Form.ADJECTIVE) {
            return first.first() == c.end() && !c.pattern().frame().self()
                    && (c.reading().hasArticle() || objectFollows && after == first.end());
        }
        return objectFollows;
    }

    /** An actor with لـ, the resumptive لها / له, or an actor with no preposition or و right at {@code at}. */
    private boolean objectAfterGenitive(int at) {
        if (at >= b || !tokens.get(at).isWord()) {
            return false;
        }
        org.marsad.text.Token t = tokens.get(at);
        if (AgentSearch.RESUMPTIVE_LAM.contains(t.norm())) {
            return true;
        }
        if (!modifiers.is(t, Modifiers.Kind.NOT_OBJECT_LAM)
                && t.segments().stream().anyMatch(s -> s.prefix().equals("ل") || s.prefix().equals("لل"))) {
            // «اجتياح جماعة الحوثي للعاصمة اليمنية صنعاء»: a noun with لـ, then the actor it is (at most two words on)
            for (ActorMention m : mentions) {
                if (m.first() > at && m.first() <= at + 2 && !anyPunct(at, m.first()) && !prepositional(m)
                        && m.form() != ActorMention.Form.ADJECTIVE && !m.prefix().startsWith("و")
                        && (participant(m) || isPlace(m))) {
                    return true;
                }
            }
        }
        for (ActorMention m : mentions) {
            if (m.first() < at) {
                continue;
            }
            return m.first() == at && !m.prefix().startsWith("و") && (participant(m) || isPlace(m))
                    && (!prepositional(m) || "ل".equals(prepositionOf(m)));
        }
        return false;
    }

    /** With no agent of its own: a sender, an attribution, an unknown subject, or one borrowed from the context. */
    private Source sourceElsewhere(Cue c, Source own, ActorMention speaker, int bestDist, boolean passiveLight) {
        Pattern p = c.pattern();
        Frame f = p.frame();
        List<ActorMention> subj = own.subj();
        String how = own.how();
        int objectFrom = own.objectFrom();
        double conf = own.conf();
        if (how.equals("owner-unknown")) {
            return own; // «صلاح الدين دمرداش ... لرفضه ادانة»: the masdar's owner is named, by no dictionary
        }
        List<ActorMention> sender = subj.isEmpty() && !f.noSource() ? senderOfText(c) : List.of();
        List<ActorMention> attributed = subj.isEmpty() && sender.isEmpty() && VIOLENT_ROOTS.contains(p.root())
                ? attributedAgent(c) : List.of();
        if (!sender.isEmpty()) {
            // «كما بعث ولي العهد برقية مماثلة للرئيس ... عبر فيها عن أبلغ التهاني»: the act said «in it» (in the
            // cable or letter just sent) is its sender's, whatever no-one's name stands before the verb
            subj = sender;
            how = "text-sender";
            conf = 0.8;
            objectFrom = Math.max(objectFrom, c.head() + 1);
        } else if (!attributed.isEmpty()) {
            // «في أحدث هجوم ينسب إلى متمردين من حزب العمال الكردستاني»: an act of violence with no agent of its
            // own whose sentence attributes it (modifiers.tsv attribution) names the agent after إلى
            subj = attributed;
            how = "attributed-agent";
            conf = 0.7;
        } else if (subj.isEmpty() && !f.noSource() && messageParties().purposeProtesters(c) != null) {
            // «وجاء المالكي بمرتزقته من شيوخ العشائر ليتظاهروا»: a protest verb of purpose right after a group of
            // people (modifiers.tsv protester-role) is that group's act, not the subject in play's
            subj = List.of(messageParties().purposeProtesters(c));
            how = "purpose-protesters";
            conf = 0.6;
        } else if (subj.isEmpty() && !f.noSource() && c.isVerb() && (unknownSubjectBefore(c) || countedProtesters(c)
                || unknownSubjectAfter(c) || unknownSubjectBeforeObject(c) || unknownSubjectBeforeState(c)
                || unknownGenitiveAfterPreposition(c)
                || pronounSubject(c.head()) && unknownReferentOfPronoun(c.head())
                || unknownPeopleAntecedent(c) || unknownPeopleSubjectBefore(c, speaker))) {
            // «قال هاموند إن المهاجرين من أفريقيا يهددون»، «وأبان أن المركز وقع مذكرة»: the clause has a subject
            // of its own that no dictionary knows; the speaker or the subject in play is not it («أكراد سوريا الذين
            // يقاتلون»: the Kurds, the antecedent, not Syria)
            how = "unknown-subject";
        } else if (subj.isEmpty() && !f.noSource() && !c.isVerb() && !c.reading().suffix().isEmpty()
                && !passiveLight && namedOwnerBefore(c)) {
            // «ورفع “الحكمي” تعازيه»: the masdar's pronoun names the verb's own subject, a person no dictionary
            // knows; the subject in play or the one carried from a sentence before is not it
            how = "unknown-named-owner";
        } else if (subj.isEmpty() && !f.noSource() && !f.passive() && c.isVerb() && passiveWithNoSubject(c)) {
            // «وأوضح أن سائق الشاحنة، وهو بولندي، اعتقل للاشتباه بمساعدته»، «102 من المسلحين قتلوا او اعتقلوا»: a
            // verb of an act done to persons with no subject of its own and a circumstance, not an object, after it
            // is passive (اُعتقل): its agent is not named, and the speaker or the subject in play is not borrowed.
            // (A verb of frame passive, قتل، خطف, borrows no agent anyway, and keeps its place as the one acted upon.)
            how = "passive-unnamed";
        } else if (subj.isEmpty() && !f.noSource() && doerMasdarGenitive(c) != null) {
            // «كشفت وزيرة الإعلام اليمنية إصدار الهيئة تهديدا للطيار»: the masdar of issuing or doing (modifiers.tsv
            // doer-masdar) names the doer in its genitive; no dictionary knows «الهيئة», so the act has no known doer,
            // and the one who disclosed it is not borrowed (session 30, events141)
            subj = doerMasdarGenitive(c);
            how = subj.isEmpty() ? "masdar-doer-unknown" : "masdar-doer";
            conf = 0.6;
        } else if (subj.isEmpty() && !f.noSource() && directedDoer(c) != null) {
            // «ورد الناطق على الاتهام الموجه لنتنياهو بأنه يرفض لقاء أوباما»: a noun cue with a passive participle of
            // directing (modifiers.tsv directed-participle) names the one it is directed at, not its doer; the doer is
            // named after من, else unknown: not the speaker, the sentence's subject nor an actor of its content clause
            subj = directedDoer(c);
            how = subj.isEmpty() ? "directed-unnamed" : "directed-doer";
            conf = 0.6;
        } else if (subj.isEmpty() && providedFor(c)) {
            // «قال الوزير اليمني إن الاتفاقية شملت تقديم المعونات العاجلة للشعب اليمني»: an act the agreement
            // includes names no doer; the speaker and the subject in play are not borrowed
            how = "provided-for";
        } else if (subj.isEmpty() && !f.noSource() && !f.circumstantial()) {
            List<ActorMention> near = how.equals("purpose") ? nearestBefore(c.head(), 10) : List.of();
            // «وتم اعتقاله»: after the light verb of the passive the pronoun is the one acted upon, not the agent
            boolean agentPronoun = !c.isVerb() && !c.reading().suffix().isEmpty() && !passiveLight;
            List<ActorMention> referent = agentPronoun && lastSubject.isEmpty() && !objectPronoun(c, f)
                    ? pronounReferent(c) : List.of();
            if (referent.isEmpty() && agentPronoun && lastSubject.isEmpty() && !objectPronoun(c, f)
                    && !VIOLENT_ROOTS.contains(p.root()) && OWNER_PRONOUNS.contains(c.reading().suffix())) {
                // «إيران ستبقى معزولة بسبب تدخلها»: a masdar after a word of cause or a preposition names its owner
                // further back in its clause too, the nearest actor that agrees with its pronoun (session 28, events117)
                referent = masdarOwner(c);
            }
            // a speaker named after the act does not do it; of the fall-backs only the sentence's own subjects may
            boolean laterSpeaker = speaker != null && bestDist <= 12 && participant(speaker) && namedAfterAct(speaker, c);
            List<ActorMention> joined = subjectOfVerbJoinedBefore(c);
            if (!joined.isEmpty() && (lastSubject.isEmpty() || lastSubjectAt < joined.get(0).first())) {
                // «أن الصندوق يريد وضع شروط ... ويصر على ضرورة إجراء مراجعة»: a verb joined by و with no subject
                // of its own shares the subject of the verb it is joined to, one no pattern knows (يريد، تسعى)
                subj = joined;
                how = "joined-verb-subject";
                conf = 0.6;
            } else if (agentPronoun && ourOwnAct(c)) {
                subj = ourSpeaker(speaker, c);
                how = "first-person";
                conf = 0.6;
            } else if (!near.isEmpty()) {
                subj = near; // دفع بيونج يانج إلى ... لتزويد روسيا
                conf = 0.7;
            } else if (how.equals("purpose") && !lastSubject.isEmpty()) {
                subj = lastSubject;
                conf = 0.7;
            } else if (agentPronoun && !objectPronoun(c, f)
                    && pluralPronounOnNoPeople(c, lastSubject.isEmpty() ? carried : lastSubject)) {
                // «قبضت السلطات المغربية على خلية ... ابدوا ولاءهم وتأييدهم لتنظيم داعش»: the masdar's ـهم is people;
                // a state's organ named by a plural of things (السلطات، القوات) is referred to by ـها
                how = "unagreeing-pronoun";
            } else if (!referent.isEmpty()) {
                // «وحرص الملك سلمان لدى اجتماعه مع الرئيس الأميركي»، «أوباما الذي قطع زيارته إلى الهند»: with no
                // event verb's subject in play, the pronoun refers to the actor named just before it in its
                // clause, whatever verb (one no pattern knows: حرص، قطع) governs it, not to the article's subject
                subj = referent;
                how = "pronoun";
                conf = 0.7;
            } else if (agentPronoun && !(lastSubject.isEmpty() && carried.isEmpty())
                    && (!objectPronoun(c, f) || coercingOrgan((lastSubject.isEmpty() ? carried : lastSubject).get(0)))) {
                subj = lastSubject.isEmpty() ? carried : lastSubject; // دعمه، زيارته: the subject in play
                how = "pronoun";
                conf = 0.7;
            } else if (speaker != null && bestDist <= 12 && participant(speaker) && !laterSpeaker) {
                subj = List.of(speaker);
                how = "speaker";
                conf = 0.6;
            } else if (!c.isVerb() && !nearestBefore(c.head(), 8).isEmpty() && lastSubject.isEmpty() && !laterSpeaker
                    && !c.reading().hasArticle() && !governedByPreposition(c) && mayArrest(c, f, nearestBefore(c.head(), 8))) {
                // only an indefinite masdar standing free: «منذ توقيع الاتفاقية»، «في المفاوضات» refer to
                // events whose parties the nearest name does not tell
                subj = nearestBefore(c.head(), 8); // وأدلى هاموند بهذه التصريحات خلال زيارة لسنغافورة
                how = "nearest-actor";
                conf = 0.5;
            } else if (!lastSubject.isEmpty() && (c.isVerb() || c.head() - lastSubjectAt <= NOMINAL_REACH
                    && !(c.reading().hasArticle() && governedByPreposition(c))) && mayArrest(c, f, lastSubject)) {
                subj = lastSubject;
                how = "sentence-subject";
                conf = 0.6;
            } else if (!c.isVerb() && !sentenceSubject.isEmpty()
                    && Math.abs(sentenceSubjectAt - c.head()) <= NOMINAL_REACH && mayArrest(c, f, sentenceSubject)) {
                subj = sentenceSubject; // في زيارة هي الأولى إلى كوريا الشمالية ... وقع الرئيس الروسي
                how = "main-verb-subject";
                conf = 0.6;
            } else if (c.isVerb() && topic(c) != null) {
                // «النائب الروسي أليكسيس بوشكوف الذي يترأس لجنة الشؤون الدولية يدعو لفرض عقوبات»: the
                // sentence opens with its topic, and a verb with no subject of its own says what it does
                subj = List.of(topic(c));
                how = "topic";
                conf = 0.6;
            } else if (!carried.isEmpty() && !laterSpeaker && (c.isVerb() || adverbial(c)) && aboutIt(carried)
                    && (!carriedSpoke || speechGoesOn(c) || namesSpeakerParty(c, carried.get(0))
                        || continuesSpeaker(c, carried))) {
                // لكنه خلال زيارة لجنوب أفريقيا ...: the visit of the one the text is about
                subj = carried;
                how = "carried-subject";
                conf = 0.5;
            }
        }
        return new Source(subj, how, objectFrom, conf);
    }

    /** Whether the source found is the one the act befell (a passive, a patient frame) rather than its agent. */
    private Sides victimSides(Cue c, List<ActorMention> subj, String how, List<ActorMention> patient) {
        Pattern p = c.pattern();
        Frame f = p.frame();
        List<ActorMention> befallen = !c.isVerb() && VIOLENT_ROOTS.contains(p.root()) && !f.patient()
                ? relativeClauseVictim(c) : List.of();
        if (!befallen.isEmpty()) {
            // «الهجمات الإرهابية الأخيرة التي تعرضت لها المملكة»، «الغارات التي استهدفت تنظيم داعش»: the relative
            // clause on the act names the one it befell; whoever else the sentence names did not do it to them
            // (a masdar: the speaker as the object of a verb, above, never reaches here)
            patient = befallen;
            subj = subj.stream().filter(m -> !befallen.contains(m)).toList();
            how = subj.isEmpty() ? "relative-victim" : how;
        } else if (f.patient() && BORROWED_AGENTS.contains(how) && sufferedByUnknown(c)) {
            // «أعلن المرصد السوري ... تعرض بلدة الزبداني ... لهجوم»، «تعرض شاب مثلي في مدينة فاس إلى الضرب»: the one
            // who suffered is the patient verb's own subject, a noun no dictionary knows; the speaker or the subject in
            // play is not it, and who did it is not named here
            subj = List.of();
        } else if (f.patient() && !subj.isEmpty()) {
            // تعرض الرئيس الأفغاني لمحاولة اغتيال: the subject suffered the act; who did it is not named here
            patient = subj;
            subj = List.of();
            how = "patient";
        } else if (f.passive() && how.equals("verb-subject") && !subj.isEmpty() && counted(subj.get(0))) {
            // «وقتل 14 جنديا أفغانيا»، «تسعة متمردين قتلوا بغارة»: a verb that may be passive, whose subject is
            // counted, is passive (قُتل): the counted are the victims, and who killed them is not named here
            patient = subj;
            subj = List.of();
            how = "counted-victims";
        } else if (f.passive() && how.equals("verb-subject") && !subj.isEmpty() && subj.get(0).first() == c.end()
                && obliqueVictim(c, subj.get(0))) {
            // «غداة قتل شرطيين قرب الحدود السورية»، «تتعمد قتل المدنيين الفلسطينيين»: a sound plural or dual in -ين
            // after the verb is in the accusative or genitive, never the nominative of a subject: whether the
            // word is the verb (its object) or its masdar (the genitive), they are the ones killed. Right after the
            // verb only: «خطفت مجموعة مستوطنين الفتى» has its subject, مجموعة, before the plural in its genitive
            patient = subj;
            subj = List.of();
            how = "oblique-victims";
        } else if (f.passive() && c.isVerb() && how.equals("verb-subject") && !subj.isEmpty()
                && vowelledPassive(c)) {
            // «قُتل ضابط و3 جنود بالجيش المصري»، «فقُتل ضابط اتحادي»: a damma on the past's first letter writes
            // the passive out; its subject is the victim
            patient = subj;
            subj = List.of();
            how = "vowelled-passive";
        } else if (f.passive() && c.isVerb() && how.equals("verb-subject") && !subj.isEmpty()
                && indefiniteSubjectOfPassive(c, subj.get(0))) {
            // «وقتل جندي عراقي وأصيب خمسة آخرون في قصف»، «قتل مبتعث سعودي صباح اليوم السبت»، «فيما قتل أحد رجال
            // المقاومة وأصيب 7 منهم»: a past of killing whose subject right after it is indefinite (or one of a
            // group) and has no object after it is passive (قُتل): its subject is the victim, and who killed is not
            // named here
            patient = subj;
            subj = List.of();
            how = "vso-passive";
        } else if (f.passive() && c.isVerb() && how.equals("verb-subject") && !subj.isEmpty()
                && masdarAfterGoverningWord(c, subj.get(0))) {
            // «خلية لحماس تقف وراء قتل المستوطن الإسرائيلي»: قتل is the masdar there, its genitive the victim
            patient = subj;
            subj = List.of();
            how = "masdar-object";
        } else if (f.passive() && c.isVerb() && how.equals("verb-subject") && !subj.isEmpty()
                && subj.get(0).first() < c.head() && passiveWithSubjectFirst(c, subj.get(subj.size() - 1))) {
            // «إن مدنيين قتلوا بانفجار ألغام»، «عناصر التنظيم قتلوا لدى قصف التحالف»: a verb that may be passive,
            // its subject before it and a preposition, not an object, after it, is passive (قُتلوا): the subject
            // is the victim; who did it is named, if at all, by من قبل / على يد or by the attack after it
            patient = subj;
            subj = List.of();
            how = "subject-before-passive";
        } else if (f.passive() && c.isVerb() && how.equals("verb-subject") && !subj.isEmpty()
                && attackAfter(c, subj.get(0)) >= 0) {
            // «وقتل زعيم تنظيم القاعدة ناصر الوحيشي في غارة شنتها طائرة أمريكية»: one killed IN an attack was
            // killed (قُتل); the subject is the victim, the attack's agent is the attack noun's own
            patient = subj;
            subj = List.of();
            how = "killed-in";
        }
        return new Sides(subj, how, patient);
    }

    /** Writes the cue's events: the frame's pairs (symmetric, visit, host, received), one-sided acts, the rest. */
    private void emit(Cue c, List<ActorMention> subj, List<ActorMention> targets, String how, List<ActorMention> allies,
                      boolean victimsOfKilling, Coding e, List<DraftEvent> out) {
        Pattern p = c.pattern();
        Frame f = p.frame();
        String code = e.code();
        boolean negated = e.negated();
        String modality = e.modality();
        ActorMention speaker = e.speaker();
        double conf = e.conf();
        String rule = e.rule();
        if (f.symmetric()) {
            symmetric(c, subj, targets, code, negated, modality, speaker, conf, rule, out);
            return;
        }
        if (f.host() && !c.isVerb() && c.reading().hasArticle()) {
            // «ونقل شكري لخادم الحرمين خلال الاستقبال تحيات الرئيس»، «حضر الاستقبال ولي العهد»، «وجرى خلال الاستقبال
            // بحث»: the reception with the article is the one the article has already told (host and guest named
            // there), or a reception in general (صالة الاستقبال); the actors around it are the conveyor of greetings
            // or those who attended, neither its host nor its guest
            return;
        }
        if (f.host() && !c.isVerb() && atReception(c)) {
            // «وكان في استقبال دي ميستورا وزير الخارجية الإيراني»: the one received is the genitive (or the
            // pronoun), the host the one named after it
            List<ActorMention> guest = subj;
            subj = targets;
            targets = guest;
            rule += " at-reception";
        }
        if (f.sender()) {
            // «نقل موفد الأمم المتحدة إلى اليمن إسماعيل ولد الشيخ، أمس، رسالة ... إلى الأمين العام لجامعة الدول
            // العربية»: the addressee is named after the message, or before it as the verb's object with no
            // preposition («سلم السيسي رسالة خطية»); an actor after لـ / إلى before it is in the bearer's title
            targets = targets.stream().filter(m -> m.first() > c.last() || prepositionOf(m) == null).toList();
        }
        List<ActorMention> sender = f.sender() ? messageParties().messageSender(c) : List.of();
        if (!sender.isEmpty()) {
            // «سلمه رسالة من الرئيس الإيراني حسن روحاني»، «سلم ... رسالة خطية من أمير الكويت إلى»: the message is the
            // sender's (after من right after it); the one who hands or carries it is its bearer, no party. Without
            // one the subject who hands or sends it is its source, the one after لـ / إلى its addressee
            subj = sender;
            targets = targets.stream().filter(m -> !sender.contains(m)).toList();
            rule += " sender";
        }
        if (f.received() && !how.equals("passive-agent")) {
            // «تسلمت مصر أمس أول ثلاث طائرات مقاتلة ... من فرنسا»، «حزب الله يتلقى الدعم المادي من إيران»: the one
            // who receives is the target, the one it receives from (after من) the giver; a receiver borrowed from
            // another clause (a speaker, the sentence's subject) is no one here (after من قبل the agent is the
            // giver already: «تلقوا تدريبات عسكرية مكثفة من قبل مدربين أميركيين»)
            String giverPreposition = targets.isEmpty() ? null : prepositionOf(targets.get(0));
            if (BORROWED_AGENTS.contains(how) || giverPreposition == null || !f.targetPreps().contains(giverPreposition)
                    || crossesPunct(c.last() + 1, targets.get(0).first())) {
                // (nor one named without من: «ألف مقاتل يمني تلقوا تدريبا في السعودية والإمارات» names where, not
                // from whom; nor a من of the next clause: «المجموعة التي تلقت التدريب دخلت الأراضي السورية ...
                // وكانت أول ضربة تلقتها من جبهة النصرة»)
                return;
            }
            List<ActorMention> receiver = subj;
            subj = targets;
            targets = receiver;
            rule += " received";
        }
        if (f.rescue() && targets.stream().anyMatch(m -> !rescuedNamed(c, m))) {
            targets = targets.stream().filter(m -> rescuedNamed(c, m)).toList(); // not the captives' holder
            rule += " rescued-from";
        }
        if (anyBacker(targets, c.head())) {
            // «هجوم شنته قوات هادي مدعومة من طيران وسلاح التحالف»: the backer is not the one attacked (it may still
            // be the agent of its own relative clause: «مدعومة من قوات التحالف ... التي شنت ... هجماتها»)
            targets = targets.stream().filter(m -> !backer(m, c.head())).toList();
            rule += " backer-not-target";
        }
        if (FIGHT_ROOT.equals(p.root()) && !f.passive() && targets.stream().anyMatch(this::fightingSide)) {
            // «مقاتلين ... يقاتلون في صفوف داعش»، «أجانب قاتلوا إلى جانب الحوثيين»: the ones in whose ranks or at whose
            // side the agent fights are its own side, not the one fought (not a killing, passive قتل: «قتل خمسة
            // في صفوف الحوثيين» names the ranks the dead were in)
            targets = targets.stream().filter(m -> !fightingSide(m)).toList();
            rule += " fighting-side";
        }
        if (f.host() && targets.stream().anyMatch(m -> placeOwner(m, c))) {
            // «واستضافتهم في إحدى الاستراحات التابعة للحكومة السودانية»: the one named after a participle of belonging
            // owns the place the guests are lodged in, it is not the guest
            targets = targets.stream().filter(m -> !placeOwner(m, c)).toList();
            rule += " place-owner";
        }
        boolean countryIsPlace = false;
        ActorMention striker = subj.isEmpty() ? null : subj.get(0);
        if (code.startsWith(AIR_STRIKE_CODE) && striker != null && articleNamesStatelessGroup()
                && targets.stream().anyMatch(m -> countryStruckInStatelessWar(striker, m))) {
            // «ويشن التحالف غارات على العراق وسوريا» in a story of the war on ISIS: a foreign state's air strikes on a
            // country where the article's enemy is an armed group of no country (IMG) strike that group there, with
            // the country's consent or not; the country is where, not whom (nor, then, the target as the scene)
            targets = targets.stream().filter(m -> !countryStruckInStatelessWar(striker, m)).toList();
            countryIsPlace = true;
            rule += " country-of-a-stateless-war";
        }
        if ((f.circumstantial() || circumstantialAfterComma(c)) && f.targetPreps().isEmpty()) {
            // «مطالبًا بضرورة الالتزام بنصوص ميثاق الأمم المتحدة»، «داعيًا الله أن يحفظ بلادنا»: an actor further
            // on, or after a preposition (للدولة اللبنانية), is in what is asked for, not the one asked
            targets = addressee(c);
        }
        if (PROTEST_ROOT.equals(p.root()) && targets.isEmpty() && !subj.isEmpty() && stateOrgan(subj.get(0))
                && BORROWED_AGENTS.contains(how) && !how.equals("pronoun")) {
            // «وطالت الفضيحة الرئيسة ديلما روسيف وأثارت احتجاجات»، «استخدمت قوات الأمن الغاز ... ضد موكب من 500
            // شخص تجمعوا»: a government, army, police or intelligence near a protest that names no one it is
            // against is what the protest is about, or what meets it, not the protester; a state's own protest
            // says whom it is against («سحب السفير البحريني من إيران احتجاجا على إصرار طهران») or is its clause's
            // own (احتجت الخارجية، احتجاجها)
            subj = List.of();
            rule += " state-not-protester";
        }
        subj = located(subj);
        targets = located(targets);
        // (an act claimed is reported as done: «أعلن تنظيم داعش مسؤوليته عن تفجير سيارة مفخخة»، «وتبنت حركة طالبان
        // هذا الهجوم»; the claim names its agent even when the act is the one told before)
        boolean borrowed = !how.equals("masdar-genitive") && !how.equals("verb-subject")
                && !how.equals("attributed-agent") && !how.equals("claimed-by") && !how.equals("light-verb");
        if (ONE_SIDED_ROOTS.contains(p.root()) && !c.isVerb() && (subj.isEmpty() || borrowed) && !victimsOfKilling
                && (c.reading().hasArticle() && targets.isEmpty()
                    || governedByPreposition(c) && !clauseBreaks.outcomeBefore(tokens, c.head(), a))) {
            // (but «ما أسفر عن مقتل 15 عنصرا»: the toll an act resulted in is reported, not referred to)
            return; // "المظاهرات"، "الهجمات" with no actor: a known situation referred to, not a reported event
        }
        if (ONE_SIDED_ROOTS.contains(p.root())) {
            // protests, arrests, attacks and fighting are events even when the text names one side only
            // (or none: "a car bomb killed five in Baghdad"); the missing side stays unidentified (null)
            List<ActorMention> src = subj.isEmpty() ? java.util.Collections.singletonList(null) : subj;
            List<ActorMention> tgt = targets;
            ActorMention held = null; // the people an arrest is done to, given a country here: no sector of the agent
            if (tgt.isEmpty()) {
                // (fighting beside someone names no enemy: the place is where, not whom, they fight)
                // (nor is it for a frame whose patient is never the place's people: noplace, a deportation's)
                // (nor when the ones acted on are a party's own ranks: «عمليات اعتقال ضد 175 عنصرا من مقاتليها»)
                ActorMention place = allies != null || f.noPlace() || ownRanksActedOn(c) || countryIsPlace ? null
                        : sceneOf(c, subj, speaker);
                ActorMention scene = place;
                if (place != null && placeOfAnotherClause(c, place)) {
                    place = null; // «تخوض حربا ضد الإرهاب ... وتدعم الشرعية في اليمن»: another act's place
                }
                if (place != null && VIOLENT_ROOTS.contains(p.root()) && !subj.isEmpty() && foreignState(subj.get(0), place)
                        && (!aboutIt(List.of(place)) || namesStatelessGroup())) {
                    // «شن الجيش التركي غارات على مواقع ... في شمال العراق»: a state's force abroad strikes someone
                    // there (here the PKK), not the country it is in, unless the story is about that country's war
                    // (the coalition's strikes in a story about Yemen hit Yemenis) and the sentence names no armed
                    // group of no country («الضربات الجوية الأميركية في سوريا» in a sentence about ISIS hit ISIS, not
                    // Syria); the place stays the location
                    place = null;
                }
                if (scene != null && VIOLENT_ROOTS.contains(p.root()) && !subj.isEmpty()) {
                    int v = targetingVerbAfter(c);
                    if (v >= 0) {
                        // «وفي محافظة مأرب، شنت مقاتلات التحالف قرابة 20 غارة جوية، استهدفت مواقع وتجمعات وآليات
                        // الحوثيين»: the act's own clause names what it hits; the scene is where, not whom (with no
                        // actor named there, or the source's own side, the target stays unidentified)
                        // (a place named there is what is hit: «طالت أحياء سكنية في مدينة تعز» keeps Yemen, so does a scene
                        // after the verb, in what is hit: «استهدفت سيارة في القنيطرة»; an act the
                        // scene took no target from, the source's own country, stays without one: no event gained
                        // whose only party is the source, «القوات نفذت ... 17 ضربة جوية في العراق ... استهدفت مناطق»)
                        ActorMention struck = struckAfter(v);
                        if (struck != null && !isPlace(struck) && distinctActors(subj.get(0), struck, false)) {
                            place = located(List.of(struck)).get(0);
                            rule += " struck-by-own-clause";
                        } else if ((struck == null || !isPlace(struck)) && scene.first() < v
                                && distinctActors(subj.get(0), scene, false)) {
                            place = null;
                            rule += " struck-by-own-clause";
                        }
                    }
                }
                // one-actor protests and arrests are internal to a state; an organization does not arrest itself
                boolean state = !subj.isEmpty() && subj.get(0).primary() != null
                        && subj.get(0).primary().length() == 3;
                boolean coercion = p.root().equals("17");
                // an arrest of unnamed people is the state's own only when they are named as its people
                // (اعتقلت مواطنين); otherwise the arrested stay unidentified
                ActorMention citizens = coercion ? citizensNamed(c) : null;
                boolean own = !coercion || citizens != null;
                // a protest is the governed's against their state: a government, army, police or intelligence
                // that protests («أصدرت وزارة الخارجية الروسية بيانا أعلنت فيه احتجاجها») protests to someone
                // else, and one taken for a protest's source («ودان المتظاهرون» after «قوات الأمن») is no
                // protest against itself
                boolean governed = !PROTEST_ROOT.equals(p.root()) || subj.isEmpty() || !stateOrgan(subj.get(0));
                if (!governed && place != null && place.primary() != null
                        && place.primary().equals(subj.get(0).primary())) {
                    place = null; // its own country is no more its target than itself: the target stays unidentified
                }
                if (f.self() && state && own && governed && coercion) {
                    held = heldCitizens(citizens, subj.get(0), place);
                    tgt = java.util.Collections.singletonList(held);
                } else if (f.self() && state && own && governed && PROTEST_ROOT.equals(p.root())
                        && OccupiedPeoples.holder(subj.get(0).primary()) != null) {
                    // «سلسلة من الاحتجاجات الفلسطينية في القدس الشرقية»: a people whose land or prisoners another
                    // state holds (actors/occupied.tsv) protests that state, not its own: the holder the sentence
                    // names, else no one (the gold omits a protest with no clear addressee)
                    tgt = java.util.Collections.singletonList(namedOf(OccupiedPeoples.holder(subj.get(0).primary())));
                } else {
                    tgt = f.self() && state && own && governed ? List.of(subj.get(0))
                            : java.util.Collections.singletonList(place);
                }
            }
            if (subj.isEmpty() && tgt.get(0) == null) {
                return; // neither an actor nor a place: too little to record
            }
            for (ActorMention s : src) {
                for (ActorMention t : tgt) {
                    if (s != null && t != null && s != t && t != held && !distinctActors(s, t, false)) {
                        continue;
                    }
                    out.add(new DraftEvent(sentence, c, s, t, code, negated, modality, speaker,
                            s == null || t == null ? Math.min(conf, 0.4) : conf, rule));
                }
            }
            return;
        }
        if (subj.isEmpty()) {
            return;
        }
        for (ActorMention s : subj) {
            for (ActorMention t : targets) {
                if (s.primary() == null || t.primary() == null) {
                    continue;
                }
                if (!f.self() && !distinctActors(s, t, f.visit() || f.host())) {
                    continue;
                }
                out.add(new DraftEvent(sentence, c, s, t, code, negated, modality, speaker, conf, rule));
                if (f.visit()) {
                    out.add(new DraftEvent(sentence, c, t, s, modality.equals("intended") ? code : "043", negated,
                            modality, speaker, conf * 0.9, p.line() + " visit-host"));
                } else if (f.host()) {
                    out.add(new DraftEvent(sentence, c, t, s, modality.equals("intended") ? code : "042", negated,
                            modality, speaker, conf * 0.9, p.line() + " host-visitor"));
                }
            }
        }
    }

    /** How many words before a motive adverbial («احتجاجا على») the act it is the motive of may end. */
    static final int MOTIVE_REACH = 6;

    /**
     * Whether {@code c} is a protest noun written as an adverbial of motive (modifiers.tsv {@code motive-adverbial}:
     * احتجاجا، احتجاجًا) that follows, within {@link #MOTIVE_REACH} words of its last word and no clause break or
     * punctuation but a comma between, the cue of an act whose code is of modifiers.tsv {@code motive-act} (a state's
     * diplomatic act, a walkout): «ولقد كان قرار المملكة حاسمًا باستدعاء السفير البحريني من إيران للتشاور احتجاجًا على
     * إصرار طهران» is the recall (161), made in protest, no protest (14) of its own. Only when that act was coded as an
     * event (in {@code out}): an act that found no party («انسحب وفد المعارضة من اجتماع جنيف») leaves the protest as it
     * was. A demonstration or strike before the adverbial keeps both (its code is no motive act). (session 30, events143)
     */
    private boolean motiveOfAnAct(Cue c, List<DraftEvent> out) {
        if (c.isVerb() || !PROTEST_ROOT.equals(c.pattern().code()) || !tokens.get(c.head()).isWord()
                || !modifiers.is(tokens.get(c.head()).norm(), Modifiers.Kind.MOTIVE_ADVERBIAL)) {
            return false;
        }
        for (int ci = 0; ci < cues.size(); ci++) {
            Cue act = cues.get(ci);
            String code = act.pattern().code();
            if (act.head() >= c.head() || !(modifiers.is(code, Modifiers.Kind.MOTIVE_ACT)
                    || modifiers.is(code.substring(0, 2), Modifiers.Kind.MOTIVE_ACT))) {
                continue;
            }
            int last = act.head();
            for (int wi = 0; wi < act.words().size(); wi++) {
                last = Math.max(last, act.words().get(wi));
            }
            if (last < c.head() && c.head() - last <= MOTIVE_REACH && plainBetween(last, c.head()) && coded(act, out)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an event of {@code out} was coded from cue {@code act}. */
    private static boolean coded(Cue act, List<DraftEvent> out) {
        for (int k = out.size() - 1; k >= 0; k--) {
            if (out.get(k).cue() == act) {
                return true;
            }
        }
        return false;
    }

    /** Whether no punctuation but a comma stands strictly between tokens {@code i} and {@code j}. */
    private boolean plainBetween(int i, int j) {
        for (int k = i + 1; k < j; k++) {
            org.marsad.text.Token t = tokens.get(k);
            if (t.isPunct() && !t.norm().equals("،") && !t.norm().equals(",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first mention of the sentence whose primary code is {@code primary}, a state's organ before any other
     * («شبيبة التلال ... برصاص الجيش الإسرائيلي»: the army, not the settlers), or null.
     */
    private ActorMention namedOf(String primary) {
        ActorMention first = null;
        for (ActorMention m : mentions) {
            if (m.first() >= a && m.end() <= b && primary.equals(m.primary())) {
                if (stateOrgan(m)) {
                    return m;
                }
                first = first == null ? m : first;
            }
        }
        return first;
    }

    /**
     * A symmetric event (meeting, talks, agreement): both directions between the subject side and the
     * other side; when the text gives one list (وقع بوتين وكيم، محادثات بين أفغانستان وباكستان والصين),
     * one member with each of the others — a multilateral list is not a meeting of all with all. That
     * member is the first named (بين X وY وZ, اتفاق X وY وZ); in a verb's list of joint agents (وقدم ميركل وهولاند وتسيبراس
     * التسوية), the party the article is about: the one it names most often, the first named on a tie.
     */
    private void symmetric(Cue c, List<ActorMention> subj, List<ActorMention> targets, String code,
                           boolean negated, String modality, ActorMention speaker, double conf, String rule,
                           List<DraftEvent> out) {
        Pattern p = c.pattern();
        List<ActorMention> side = distinct(subj);
        List<ActorMention> other = distinct(targets);
        other.removeIf(o -> side.stream().anyMatch(x -> x.primary().equals(o.primary()) && x.code().equals(o.code())));
        if (!side.isEmpty() && !other.isEmpty()) {
            String caller = p.frame().caller();
            // (the party after the preposition with those joined to it: «مع زعيمي روسيا وأوكرانيا»)
            boolean told = caller != null && other.stream().anyMatch(y -> {
                String prep = prepositionOf(y);
                return prep != null && p.frame().targetPreps().contains(prep);
            });
            for (ActorMention x : side) {
                for (ActorMention y : other) {
                    if (told) {
                        // «أجرى ... اتصالا هاتفيا بالرئيس»، «تلقى ... اتصالا هاتفيا من الرئيس»: the text tells who
                        // called; CAMEO's 041 is the caller's act on the one called, one way (session 29, events130)
                        boolean subjectCalled = caller.equals("subject");
                        called(c, subjectCalled ? x : y, subjectCalled ? y : x, code, negated, modality, speaker, conf,
                                rule + (subjectCalled ? " caller-subject" : " caller-named"), out);
                    } else {
                        pair(c, x, y, code, negated, modality, speaker, conf, rule, out);
                    }
                }
            }
            return;
        }
        // «وهناك مفاوضات فيها بالفعل مع السعودية والكويت والإمارات»: with no agent named, a list after مع names
        // the partners of one the sentence does not name, each on its own; they do not negotiate with each other
        // (a list in the genitive or after بين, «اجتماع وزيري الخارجية الجبير وشكري», is the parties themselves)
        boolean partnersOfNoOne = side.isEmpty() && other.size() >= 2 && "مع".equals(prepositionOf(other.get(0)));
        List<ActorMention> list = !side.isEmpty() ? side : partnersOfNoOne ? List.of() : other;
        if (list.size() < 2) {
            List<ActorMention> between = distinct(between(c));
            if (between.size() >= 2) {
                list = between;
                rule = p.line() + " between";
            } else if (!c.isVerb() && bilateral(c) && !lastSubject.isEmpty()) {
                // محادثات ثنائية: the two parties are the subject in play (وقع بوتين وكيم ... خلال محادثات ثنائية)
                List<ActorMention> merged = new ArrayList<>(list);
                merged.addAll(lastSubject);
                list = distinct(merged);
                conf = Math.min(conf, 0.6);
                rule = p.line() + " bilateral";
            }
        }
        boolean jointAgents = c.isVerb() && list == side; // not بين X وY وZ, where the first named is one side
        ActorMention hub = list.isEmpty() ? null : list.get(0);
        for (ActorMention m : list) {
            if (jointAgents && focus.getOrDefault(m.primary(), 0) > focus.getOrDefault(hub.primary(), 0)) {
                hub = m;
            }
        }
        for (ActorMention m : list) {
            if (m != hub) {
                pair(c, hub, m, code, negated, modality, speaker, conf, rule, out);
            }
        }
    }

    private void pair(Cue c, ActorMention x, ActorMention y, String code, boolean negated, String modality,
                      ActorMention speaker, double conf, String rule, List<DraftEvent> out) {
        if (distinctActors(x, y, false)) {
            oneWay(c, x, y, code, negated, modality, speaker, conf, rule, out);
            out.add(new DraftEvent(sentence, c, y, x, code, negated, modality, speaker, conf, rule));
        }
    }

    /** A call one way, {@code caller} → {@code called}: {@link #pair} with the reverse left out. */
    private void called(Cue c, ActorMention caller, ActorMention called, String code, boolean negated, String modality,
                        ActorMention speaker, double conf, String rule, List<DraftEvent> out) {
        if (distinctActors(caller, called, false)) {
            oneWay(c, caller, called, code, negated, modality, speaker, conf, rule, out);
        }
    }

    /** Writes {@code x} → {@code y}, two distinct actors, remembering a pair of two states for the next sentence. */
    private void oneWay(Cue c, ActorMention x, ActorMention y, String code, boolean negated, String modality,
                        ActorMention speaker, double conf, String rule, List<DraftEvent> out) {
        if (x.primary().length() == 3 && y.primary().length() == 3) {
            lastPair = List.of(x, y);
        }
        out.add(new DraftEvent(sentence, c, x, y, code, negated, modality, speaker, conf, rule));
    }

    /** Whether one of {@code targets} is a backer ({@link ViolenceSides#backer}): a loop, no stream per event (speed38). */
    private boolean anyBacker(List<ActorMention> targets, int head) {
        for (int i = 0; i < targets.size(); i++) {
            if (backer(targets.get(i), head)) {
                return true;
            }
        }
        return false;
    }

    /** Mentions with a country or organization, each actor (code) once, in text order. */
    private List<ActorMention> distinct(List<ActorMention> ms) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : ms) {
            if (m.primary() != null && out.stream().noneMatch(o -> o.code().equals(m.code())
                    || o.primary().equals(m.primary()) && (o.role() == null || m.role() == null))) {
                out.add(m);
            }
        }
        return out;
    }
}
