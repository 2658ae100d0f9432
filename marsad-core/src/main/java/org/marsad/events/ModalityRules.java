package org.marsad.events;

import java.util.Set;
import org.marsad.actors.ActorMention;
import org.marsad.text.Segment;
import org.marsad.text.Token;

import static org.marsad.events.EventCoder.QUOTES;
import static org.marsad.events.EventCoder.COOPERATIVE_ROOTS;

/**
 * The modality of a cue ({@link #modality}): asserted, or hypothetical (conditionals, fears, necessity or possibility,
 * ruled out, denied), intended (the future: a verb in the future before a masdar, a future relative clause or adjective,
 * a sequel, a call or an invitation, a preparation), reported (by the media); and its negation ({@link #negated}: لم،
 * لن، نفى and their idioms) and allegation ({@link #alleged}: اتهم X بـ, the act alleged).
 *
 * <p>Reads the tokens before and after the cue; decides only the modality and negation fields of an event, never its
 * parties or code (except what {@link SentenceCoder#code} does with an intent: 03x).
 */
abstract class ModalityRules extends CueConstruction {
    /** How far (tokens) before a cue a conditional particle makes it hypothetical (عما إذا كان الاتفاق الذي ... تشن إسرائيل). */
    private static final int HYPOTHETICAL_REACH = 14;
    /** How far (tokens) after a verb of denial its complement may reach (ونفى المندوب الدائم للمملكة لدى الجامعة العربية، إجراء أي مسؤول سعودي زيارة). */
    private static final int DENIAL_REACH = 15;
    /** How far (tokens) after a verb of refusing the masdar it governs may stand (رفض جنوب افريقيا تنفيذ مذكرة توقيف: 5). */
    private static final int REFUSED_OBJECT_REACH = 8;
    /** How far (tokens) after the على of a verb of counting on the act counted on may stand (تعول على دعم البنك ... في دعم: 8). */
    private static final int RELIED_REACH = 12;
    /** How many words (the subject) may stand between a verb of counting on and its على (تعول الحكومة اليمنية على). */
    private static final int RELIANCE_SUBJECT_GAP = 4;
    /** How far (tokens) before a cue a word of accusing may stand (وتتهم واشنطن ولندن وباريس الجيش السوري بشن هجمات). */
    private static final int ACCUSATION_REACH = 10;
    /** How far (tokens) after the بـ of an accusation's complement the act alleged may stand (بالإقدام علي اختطاف). */
    private static final int ALLEGED_REACH = 3;
    /** How many words may stand between a word of fearing and the أن of what is feared (ويخشى زعماء الدول الخليجية من أن). */
    private static final int FEAR_GAP = 5;
    /** How far (tokens) after the أن of what is feared a cue may stand in that clause (تخشى أن تفسر السلطات الإثيوبية زيارة أوباما بمثابة ترخيص لقمع). */
    private static final int FEARED_REACH = 10;
    /** How many words of a subject may stand between a verb of going on and the masdar it governs (وسيواصل الاتحاد الأوروبي دعم). */
    private static final int CONTINUED_SUBJECT_LENGTH = 4;
    /** How far (tokens) before a masdar a verb in the future may put it in the future (سيلتقي خلال زيارته). */
    private static final int FUTURE_VERB_REACH = 6;
    /** How far (tokens) after a masdar's last word an agreeing adjective of a coming act may stand (زيارة عادل الجبير وزير الخارجية السعودي المرتقبة). */
    private static final int FUTURE_ADJECTIVE_REACH = 8;
    /** How far (tokens) before the word that joins a later clause a future may be told (وسيحط أولا في سنغافورة ...، ثم يزور). */
    private static final int SEQUEL_REACH = 20;
    /** How far (tokens) before a masdar with لـ a word of inviting may stand (دعوة رسمية لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز لزيارة). */
    private static final int INVITATION_REACH = 10;
    /** How far (tokens) before a masdar a verb of ruling out may stand, its subject between (استبعد العتيري تسليم). */
    private static final int RULED_OUT_REACH = 3;
    /**
     * How far (tokens) after a word of preparing or authorising an act the act may stand (الضوء الأخضر لفتح مفاوضات،
     * التحضير لعقد جولة مفاوضات): the لـ-word right after it, a light masdar (عقد، فتح، شن) and the act.
     */
    private static final int PREPARED_REACH = 3;
    /**
     * How far (tokens) before a cue a verb of preparing may stand, its subject between it and the لـ-word: «تستعد
     * الحكومة الأردنية لتوقيع اتفاقية» (3), «تستعد جماعة الفن التشكيلي بالقطيف لتقديم معرض» (5).
     */
    private static final int PREPARING_VERB_REACH = 6;
    /**
     * How far (tokens) before a cue a word of necessity or possibility may stand, a subject or a masdar with its own
     * subject between (كان بإمكان حماس اغتيال، ترى ضرورة مشاركة دول كبرى في المفاوضات). Six took in an act the
     * needed one is about: «ضرورة التعامل بشكل فعال مع قضية استخدام السلاح الكيماوي في سوريا».
     */
    private static final int MODAL_REACH = 5;
    /** The clitics a word of necessity or possibility may carry: a conjunction, بـ or لـ (بضرورة، بإمكان، لضرورة). */
    private static final Set<String> MODAL_CLITICS = Set.of("", "و", "ف", "ب", "ل", "وب", "ول", "فب");

    /**
     * How many words after a nominal cue the relative pronoun of its clause may stand (adjectives, a genitive, مع and
     * the other party: «اجتماع كيري مع لافروف الذي سيشارك»; 4 since session 14, events30).
     */
    private static final int RELATIVE_GAP = 4;

    private static final Set<String> BRACKETS = Set.of("(", ")");

    /** Which tokens of the sentence are words of denial (see {@link #denied}); made when first needed. */
    private boolean[] denialWords;

    ModalityRules(SentenceInput in) {
        super(in);
    }

    /**
     * Whether a negation (modifiers.tsv negation) stands in the two words before token {@code i}: «ضمان عدم قيام
     * حركة الشباب ... بأعمال عنف» asks that no violence be done. The act then stays as the base reads it (referred to).
     */
    boolean negatedWord(int i) {
        for (int k = i - 1; k >= Math.max(a, i - 2); k--) {
            if (tokens.get(k).isWord() && modifiers.is(tokens.get(k), Modifiers.Kind.NEGATION)) {
                return true;
            }
        }
        return false;
    }

    boolean negated(Cue c) {
        for (int i = c.head() - 1; i >= Math.max(a, c.head() - 4); i--) {
            Token t = tokens.get(i);
            if (t.isPunct()) {
                break;
            }
            boolean near = c.head() - i <= 2;
            if (!modifiers.mayNegate(t)) {
                continue; // most words: no reading negates, known from the word's summary of its readings
            }
            for (Segment s : t.segments()) {
                if (!s.suffix().isEmpty() && !s.stem().equals("غير")) {
                    continue;
                }
                if (near && modifiers.is(s, Modifiers.Kind.NEGATION) && !negationIdiomAt(i + 1)
                        && !relativeMaAt(i)
                        && !(modifiers.is(s, Modifiers.Kind.EXCEPTABLE) && excepted(c))
                        || modifiers.is(s, Modifiers.Kind.NEGATION_VERB)) {
                    return true;
                }
            }
        }
        return denied(c) || refusedObject(c);
    }

    /**
     * Whether a masdar cue is the object of a verb of refusing before it (modifiers.tsv {@code refusal}), at most
     * {@link #REFUSED_OBJECT_REACH} words on: «رفض جنوب افريقيا تنفيذ مذكرة توقيف»، «ورفضت جنوب افريقيا الشهر الماضي
     * اعتقال البشير». The refuser's own act is not done. The words between are the refusal's subject (an actor mention),
     * a time noun (الشهر الماضي), then the words of a construct chain the cue ends ({@link #plainConstructWord}); a cue
     * with the article stands first in the object. A masdar with a preposition or in the indefinite accusative is
     * another's act refused or protested («رفضا للعدوان»، «رفض الاتحاد الأوروبي لكرة القدم احتجاجا من فناربخشة»), as is one
     * after a quantifier («نرفض جميع التهديدات»).
     */
    private boolean refusedObject(Cue c) {
        if (!c.isMasdar() || gluedPreposition(c.reading().prefix()) != null || tokens.get(c.head()).norm().endsWith("ا")) {
            return false;
        }
        int first = firstWordOf(c);
        for (int i = first - 1; i >= Math.max(a, first - REFUSED_OBJECT_REACH); i--) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                return false;
            }
            if ((refusalVerb(t) || refusalOwnerMasdar(i)) && !(inMention.length > 0 && inMention[i - a])) {
                boolean negatedRefusal = i > a && tokens.get(i - 1).isWord()
                        && modifiers.is(tokens.get(i - 1), Modifiers.Kind.NEGATION); // «لم يرفض»
                return !negatedRefusal && objectOfRefusal(i, first, c.reading().hasArticle());
            }
        }
        return false;
    }

    /**
     * Whether the words between a verb of refusing and the cue's first word are the refusal's subject, a time noun and
     * then the cue's construct chain: «رفض [جنوب أفريقيا] تنفيذ مذكرة توقيف»، «رفضت [جنوب افريقيا] الشهر الماضي اعتقال».
     */
    private boolean objectOfRefusal(int refusal, int first, boolean cueWithArticle) {
        int k = refusal + 1;
        while (k < first && inMention.length > 0 && inMention[k - a]) {
            k++; // the subject after the verb, or the masdar's genitive («مع رفض جنوب أفريقيا تنفيذ»)
        }
        while (k < first && tokens.get(k).isWord() && modifiers.is(tokens.get(k), Modifiers.Kind.TIME_NOUN)) {
            k++; // «الشهر الماضي»
        }
        if (k < first && cueWithArticle) {
            return false; // only the last word of a construct chain takes the article: the chain's first word is no masdar of its
        }
        for (; k < first; k++) {
            if (!plainConstructWord(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether token {@code k} may head or continue a construct chain (تنفيذ مذكرة): a word with no reading that carries
     * a clitic, the article or a pronoun, and no actor, verb, preposition, relative pronoun, أن, demonstrative or
     * reporting word. Anything else ends the refusal's object («رفض طلب الشرطة خلعها وقاوم رجال الشرطة تم توقيفه»: the
     * arrest is another clause's; «رفض ذلك بشدة مؤكدة أن فشل الاجتماع»: the meeting was held).
     */
    private boolean plainConstructWord(int k) {
        Token t = tokens.get(k);
        if (!t.isWord() || inMention.length > 0 && inMention[k - a] || verbAt.length > 0 && verbAt[k - a]) {
            return false;
        }
        String w = t.norm();
        if (STANDALONE_PREPS.contains(w) || PHRASE_PREPOSITIONS.contains(w) || clauseBreaks.isRelative(t)
                || clauseBreaks.isContentParticle(w) || modifiers.is(w, Modifiers.Kind.DEMONSTRATIVE)
                || modifiers.isReporting(w)) {
            return false;
        }
        for (Segment s : t.segments()) {
            if (!s.prefix().isEmpty() || !s.suffix().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word, as written or after و/ف, is a form of a verb of {@code kind} listed past/present (رفضت، ويرفض، تعول). */
    private boolean verbFormAsWritten(Token t, Modifiers.Kind kind) {
        String w = t.norm();
        // (a word of no kind as written is no verb form either: verb forms are words of their kind too; the form
        // without و/ف may be a reading the segmenter pruned, so it is asked as before)
        return modifiers.mayBeModifier(t) && modifiers.isVerbForm(w, kind)
                || w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') && modifiers.isVerbForm(t.normAfterFirstLetter(), kind);
    }

    /**
     * Whether token {@code i} is a masdar of refusing with its owner's pronoun, spelled as the verb's bare past after lam
     * or a word of cause (modifiers.tsv owner-masdar-opener: «لرفضه توقيف البشير»، «بسبب رفضها تسليم»): the act it
     * governs is refused, as after the verb (session 28, events117).
     */
    private boolean refusalOwnerMasdar(int i) {
        java.util.List<Segment> readings = tokens.get(i).segments();
        for (int r = 0; r < readings.size(); r++) {
            Segment s = readings.get(r);
            if (OWNER_PRONOUNS.contains(s.suffix())
                    && modifiers.isVerbForm(s.stem(), Modifiers.Kind.REFUSAL) && ownerMasdarStart(i, s) >= 0) {
                return true;
            }
        }
        return false;
    }

    private boolean refusalVerb(Token t) {
        return t.isWord() && verbFormAsWritten(t, Modifiers.Kind.REFUSAL);
    }

    /** The cue's first word: a phrase cue's head may be its last word. */
    private static int firstWordOf(Cue c) {
        int first = c.head();
        for (int k = 0; k < c.words().size(); k++) { // indexed: no iterator per question (speed32)
            first = Math.min(first, c.words().get(k));
        }
        return first;
    }

    /**
     * Whether the cue stands in the على-complement of a verb of counting on someone (modifiers.tsv {@code reliance}:
     * «الحكومة اليمنية تعول على دعم البنك الإسلامي وغيرها من المنظمات في دعم مشروعاتها ... ووقوف دول مجلس التعاون»): the
     * act counted on is expected of another, neither done nor the subject's own intent. على stands at most
     * {@link #RELIANCE_SUBJECT_GAP} words after the verb (its subject between), the cue at most {@link #RELIED_REACH}
     * words after على, with no punctuation, relative pronoun, clause break or reporting verb between.
     */
    private boolean reliedOn(Cue c) {
        int first = firstWordOf(c);
        for (int i = first - 1; i >= Math.max(a, first - RELIED_REACH); i--) {
            Token t = tokens.get(i);
            if (!t.isWord() || clauseBreaks.isRelative(t)) {
                return false;
            }
            if (!t.norm().equals("علي")) {
                continue;
            }
            for (int k = i - 1; k >= Math.max(a, i - 1 - RELIANCE_SUBJECT_GAP); k--) {
                Token v = tokens.get(k);
                if (!v.isWord() || clauseBreaks.isRelative(v)) {
                    break;
                }
                if (verbFormAsWritten(v, Modifiers.Kind.RELIANCE)) {
                    return !clauseBreaks.anyBetween(tokens, i + 1, first) && !relativeOrReportingBetween(i + 1, first);
                }
            }
        }
        return false;
    }

    /** How many words after a negated cue a particle of exception (إلا، سوى) may stand. */
    private static final int EXCEPTION_REACH = 10;

    /**
     * Whether a particle of exception (modifiers.tsv exception) follows the cue negated by لم (exceptable) in its clause, at most
     * {@link #EXCEPTION_REACH} words on with no punctuation but quotation marks between, not «إلا أن» (however): the
     * negated act was done, only with a limit («ولم تقصف تركيا داعش سوى ثلاث مرات»).
     */
    private boolean excepted(Cue c) {
        for (int i = c.last() + 1; i < Math.min(b, c.last() + 1 + EXCEPTION_REACH); i++) {
            Token t = tokens.get(i);
            if (t.isPunct()) {
                if (EventCoder.isQuote(t)) {
                    continue;
                }
                return false;
            }
            if (modifiers.is(t, Modifiers.Kind.EXCEPTION)) {
                Token next = i + 1 < b ? tokens.get(i + 1) : null;
                return next == null || !next.isWord() || !(next.norm().startsWith("أن") || next.norm().startsWith("ان"));
            }
        }
        return false;
    }

    /**
     * Whether token {@code i}, right after لا or ما, makes the pair an idiom and no negation (modifiers.tsv
     * {@code not-negation}): «ولا سيما الهجمات التي شنها تنظيم داعش» (especially), «ما زالت الغارات مستمرة» (still).
     */
    private boolean negationIdiomAt(int i) {
        return i < b && tokens.get(i).isWord() && modifiers.is(tokens.get(i), Modifiers.Kind.NOT_NEGATION);
    }

    /**
     * Whether the token at {@code i} is ما read as the relative «what» or the ما of frequency, a word of modifiers.tsv
     * {@code relative-ma} right before it: «بعد ما تم نهبه»، «غالبا ما تشهد هجمات إرهابية»، «كل ما»; no negation.
     */
    private boolean relativeMaAt(int i) {
        return i - 1 >= a && "ما".equals(tokens.get(i).norm()) && tokens.get(i - 1).isWord()
                && hasStem(tokens.get(i - 1), Modifiers.Kind.RELATIVE_MA);
    }

    /**
     * Whether the cue is an act being prepared, arranged, planned or authorised (modifiers.tsv {@code preparation},
     * followed by a word with لـ; {@code preparation-object}, a cooperative act its object right after it; {@code eve},
     * the eve of a cooperative act right after it: «عشية زيارة أوباما»): «ويتم حاليا ترتيب
     * لقاء بين الائتلاف السوري والمسؤول العسكري الأميركي»، «أعطى وزراء مالية منطقة اليورو الضوء الأخضر لفتح
     * مفاوضات». The act is still to come, an intent (036 for a meeting); the preparing is no act of its own here.
     * The act stands at most {@link #PREPARED_REACH} words after the word, no punctuation, relative pronoun or
     * clause break between.
     */
    private boolean prepared(Cue c) {
        if (c.isVerb()) {
            return false;
        }
        int first = firstWordOf(c); // a phrase cue's head may be its last word
        for (int i = first - 1; i >= Math.max(a, first - PREPARING_VERB_REACH); i--) {
            Token t = tokens.get(i);
            if (!t.isWord() || clauseBreaks.isRelative(t)) {
                return false;
            }
            if (preparingVerbWithSubject(i, first)) {
                return !clauseBreaks.anyBetween(tokens, i + 1, first);
            }
            if (first - i > PREPARED_REACH) {
                continue;
            }
            // arranging a coercive act is orchestrating it (قام بترتيب اعتقال ميخائيل كودوركوفسكي: he was arrested)
            boolean objectRightAfter = i == first - 1 && COOPERATIVE_ROOTS.contains(c.pattern().root())
                    && (hasBareStem(t, Modifiers.Kind.PREPARATION_OBJECT) || hasBareStem(t, Modifiers.Kind.EVE)
                        || beforeToday(i));
            boolean lamAfter = hasBareStem(t, Modifiers.Kind.PREPARATION)
                    || modifiers.phraseEndsAt(tokens, a, i, Modifiers.Kind.PREPARATION);
            if (objectRightAfter || lamAfter && withLam(tokens.get(i + 1))) {
                return !clauseBreaks.anyBetween(tokens, i + 1, first);
            }
        }
        return false;
    }

    /** How many words before قبل / قبيل a word of today may stand (اليوم الجمعة قبل زيارتها). */
    private static final int TODAY_REACH = 3;

    /**
     * Whether token {@code i} is قبل / قبيل (modifiers.tsv {@code before-today}, as written, و/ف at most) with a word of
     * today ({@code today}: اليوم، الآن) at most {@link #TODAY_REACH} words before it, words only between: «وقالت رئيسة
     * مؤتمر وزراء التعليم الألمان ... اليوم الجمعة قبل زيارتها للصين» (session 25's blind judgement, items 57/58). The
     * clause is told of the day of publication and the act after قبل comes later: still to come, as after «عشية».
     * Without a word of today قبل tells what came before an act already made («وقبل زيارتها إلى طهران، كتبت موغيريني»).
     */
    private boolean beforeToday(int i) {
        Token t = tokens.get(i);
        if (!t.isWord() || !modifiers.is(withoutConjunction(t.norm()), Modifiers.Kind.BEFORE_TODAY)) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(a, i - TODAY_REACH); k--) {
            Token w = tokens.get(k);
            if (!w.isWord()) {
                return false;
            }
            if (modifiers.is(withoutConjunction(w.norm()), Modifiers.Kind.TODAY)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether token {@code i} is a verb of preparing (modifiers.tsv {@code preparation}, listed past/present: استعد/يستعد)
     * with its subject after it and then the word with لـ that names the act, fewer than {@link #PREPARED_REACH} words
     * before the cue's first word {@code first}: «تستعد الحكومة الأردنية لتوقيع اتفاقية جديدة مع إدارة صندوق النقد
     * الدولي» (eval/judgments/s20-blind-slice46.tsv item 61: the agreement is still to be signed). The subject is one
     * word at least, none with لـ; the لـ-word is the first after the verb.
     */
    private boolean preparingVerbWithSubject(int i, int first) {
        if (first - i < 2 || !preparingVerb(tokens.get(i))) {
            return false;
        }
        for (int k = i + 2; k <= first; k++) {
            if (withLam(tokens.get(k))) {
                return first - k < PREPARED_REACH;
            }
        }
        return false;
    }

    /** Whether a reading of the word, no pronoun on it, is an inflected form of a verb of preparing (تستعد، استعدت). */
    private boolean preparingVerb(Token t) {
        if (!modifiers.mayBeModifier(t)) {
            return false;
        }
        for (Segment s : t.segments()) {
            if (s.suffix().isEmpty() && modifiers.isVerbForm(s.stem(), Modifiers.Kind.PREPARATION)) {
                return true;
            }
        }
        return false;
    }

    /** How far (words) before the preposition of a stipulated act its verb may stand, its subject between (تنص خطة العمل المشتركة على). */
    private static final int STIPULATION_REACH = 5;

    /**
     * Whether the cue is what an agreement, a plan or a law stipulates (modifiers.tsv {@code stipulation}, the act
     * after على: «وينص الاتفاق النووي على رفع العقوبات عن ايران»). The act is still to come. على stands right before
     * the cue's first word, or the cue is a later item of its list ({@link #listedAfterAla}: «والذي ينص على وقف تدفق
     * المقاتلين الإرهابيين الأجانب، وقطع الموارد المالية»); the verb at most {@link #STIPULATION_REACH} words before على,
     * its subject between, no punctuation or relative pronoun between.
     */
    private boolean stipulated(Cue c) {
        int first = firstWordOf(c); // a phrase cue's head may be its last word
        int ala = first - 1;
        if (ala < a || !tokens.get(ala).isWord() || !"علي".equals(tokens.get(ala).norm())) {
            ala = listedAfterAla(c, first); // a later item of what is stipulated (على وقف تدفق المقاتلين ...، وقطع الموارد)
            if (ala < 0) {
                return false;
            }
        }
        for (int i = ala - 1; i >= Math.max(a, ala - STIPULATION_REACH); i--) {
            Token t = tokens.get(i);
            if (!t.isWord() || clauseBreaks.isRelative(t)) {
                return false;
            }
            if (hasBareStem(t, Modifiers.Kind.STIPULATION)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a nominal cue without the article is followed right away by a present verb of intention: an
     * indefinite noun takes its relative clause with no relative pronoun, so «في إطار زيارة يعتزم العاهل السعودي
     * القيام بها لروسيا» is a visit the king means to make, as «الزيارة التي يعتزم» ({@link #futureRelativeClause}).
     */
    private boolean intendedByIndefiniteRelative(Cue c) {
        if (c.isVerb() || c.last() + 1 >= b) {
            return false;
        }
        Token noun = tokens.get(c.last());
        Token next = tokens.get(c.last() + 1);
        if (!noun.isWord() || !next.isWord() || withArticle(noun) || !opensAsPresent(next)) {
            return false;
        }
        return modifiers.is(next, Modifiers.Kind.INTENT);
    }

    /** Whether the word carries the article, after a clitic at most (الزيارة، والزيارة، بالزيارة، للزيارة): no allocation. */
    private static boolean withArticle(Token t) {
        String w = t.norm();
        int at = 0;
        while (at < 2 && at < w.length() && "وفبك".indexOf(w.charAt(at)) >= 0) {
            at++; // و، ف، ب، ك before the article (والزيارة، وبالزيارة)
        }
        return w.startsWith("ال", at) || w.startsWith("لل", at);
    }

    /** Whether the word opens as a present verb, after و/ف at most (يعتزم، تنوي، ويعتزم): no allocation. */
    static boolean opensAsPresent(Token t) {
        String w = t.norm();
        int at = !w.isEmpty() && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? 1 : 0;
        return w.length() > at + 1 && (w.charAt(at) == 'ي' || w.charAt(at) == 'ت');
    }

    /** Whether a reading of {@code t} carries the preposition لـ (للقاء، لفتح، لشن). */
    private boolean withLam(Token t) {
        if (!t.isWord()) {
            return false;
        }
        for (Segment s : t.segments()) {
            if ("ل".equals(gluedPreposition(s.prefix()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the cue lies in what a verb or masdar of denial before it denies (modifiers.tsv {@code denial}):
     * its complement runs from the denial word to the cue with no clause of its own between — no clause break,
     * relative pronoun, other reporting verb, or punctuation but a comma not before a verb
     * («ونفى المندوب ...، إجراء أي مسؤول سعودي زيارة للعاصمة السورية»، «نقلت عن متحدث باسم الكرملين نفيه أي لقاء
     * بين سليماني وبوتين»). A denial that is itself negated (لم ينف) denies nothing.
     */
    private boolean denied(Cue c) {
        for (int i = c.head() - 1; i >= Math.max(a, c.head() - DENIAL_REACH); i--) {
            if (!denialAt(i)) {
                continue;
            }
            if (i > a && tokens.get(i - 1).isWord() && modifiers.is(tokens.get(i - 1), Modifiers.Kind.NEGATION)) {
                return false;
            }
            // a verb joined by و/ف («ينفون ... أي تورط وتتهمان العسكريين») or a comma + و-word («ونفى أن يكون صاحب
            // التعليق، وتم توجيه تهمة محاولة الاغتيال») opens a clause the denial does not govern
            boolean joinedVerb = c.isVerb() && (c.reading().prefix().startsWith("و") || c.reading().prefix().startsWith("ف"));
            return !joinedVerb && !crossesPunct(i + 1, c.head()) && !clauseBreaks.anyBetween(tokens, i + 1, c.head())
                    && !commaAndBetween(i + 1, c.head() + 1)
                    && !relativeOrReportingBetween(i + 1, c.head());
        }
        return false;
    }

    /**
     * Whether the cue lies in the أن-clause of a verb or masdar of fearing (modifiers.tsv {@code fear}): «ويخشى زعماء
     * الدول الخليجية من أن يؤدي رفع العقوبات الدولية عن إيران»، «تخشى أن تفسر السلطات الإثيوبية زيارة أوباما بمثابة
     * ترخيص لقمع وسائل الإعلام». The fear word stands at most {@link #FEAR_GAP} words before the أن (its subject, an
     * adverb, من between); the clause runs from the أن to the cue with no clause of its own between, as a denial's.
     * A fear with no أن («مخاوف من الهجمات») may be of acts that did happen, and is not read. So is a weighing of
     * likelihood (modifiers.tsv {@code likelihood}): «من المستبعد أن يلتقي روحاني ... مع أوباما» is no meeting held.
     */
    private boolean feared(Cue c) {
        int that = thatClauseOf(c, false);
        if (that < 0) {
            return false;
        }
        for (int i = that - 1; i >= Math.max(a, that - 1 - FEAR_GAP); i--) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                return false;
            }
            for (Segment s : t.segments()) {
                if (!s.suffix().isEmpty()) {
                    continue;
                }
                String clitic = s.hasArticle() ? s.prefix().substring(0, s.prefix().length() - 2) : s.prefix();
                if (!clitic.isEmpty() && !clitic.equals("و") && !clitic.equals("ف") && !clitic.equals("ل")) {
                    continue;
                }
                // a fear is a verb or a bare masdar; a weighing of likelihood often an adjective with the article
                // (من المستبعد أن)
                if (!s.hasArticle() && modifiers.is(s, Modifiers.Kind.FEAR)
                        || modifiers.is(s, Modifiers.Kind.LIKELIHOOD)) {
                    return true;
                }
            }
            if (modalAt(i)) {
                return !toldBefore(c); // «ويجب أن يقدم مرتكبوه إلى العدالة»: needed or possible, not done
            }
        }
        return false;
    }

    /**
     * The أن (إن، بأن) whose clause holds the cue: at most {@link #FEARED_REACH} tokens before its head, with no
     * punctuation, clause break, relative pronoun, reporting verb or topic preposition between; -1 when none. With
     * {@code pronounToo}, also one carrying its subject pronoun (أنها، بأنه: «وتزعم طهران أنها تحارب القاعدة»).
     */
    private int thatClauseOf(Cue c, boolean pronounToo) {
        for (int i = c.head() - 1; i >= Math.max(a, c.head() - FEARED_REACH); i--) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                return -1; // punctuation: the cue is in another clause than any أن before it
            }
            if (clauseBreaks.isContentParticle(t.norm()) || pronounToo && thatWithPronoun(t)) {
                boolean ownClause = clauseBreaks.anyBetween(tokens, i + 1, c.head())
                        || relativeOrReportingBetween(i + 1, c.head()) || topicBetween(i + 1, c.head());
                return ownClause ? -1 : i;
            }
        }
        return -1;
    }

    /** Whether the word is أن/إن/بأن with a pronoun suffix (أنها، أنه، بأنهم), as the segmenter splits it. */
    private boolean thatWithPronoun(Token t) {
        Segment s = t.segments().get(0);
        return !s.suffix().isEmpty() && clauseBreaks.isContentParticle(s.prefix() + s.stem());
    }

    /**
     * Whether the cue lies in the أن-clause of a verb, participle or masdar of alleging (modifiers.tsv
     * {@code allegation}: زعم/يزعم، ادعى/يدعي، زاعما، مزاعم، ادعاءات), the word at most {@link #FEAR_GAP} words
     * before the أن: «وزعمت القناة أن مسلحين قاموا بتصفية مدنيين»، «تزعم جهات معادية لسلطات أنقرة أن الحكومة
     * التركية دعمت الجماعات المتطرفة». What one claims another did is alleged, not stated by the article as done,
     * as the act of an accusation's بـ-complement ({@link #alleged}). Not after a negation («لم يزعم أن»).
     */
    boolean allegedThat(Cue c) {
        int that = thatClauseOf(c, true);
        if (that >= 0 && c.head() > that + 1 && thatWithPronoun(tokens.get(that))) {
            // the pronoun is the clause's subject and the word after it its predicate: a cue further on is no claim
            // but the writer's («بعمليات زعموا أنها استشهادية تقتل الأبرياء»: the killing was done)
            return false;
        }
        for (int i = that - 1; that >= 0 && i >= Math.max(a, that - 1 - FEAR_GAP); i--) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                return false;
            }
            String w = t.norm(); // as written, or after و / ف (وزعمت، فادعى)
            if (modifiers.is(w, Modifiers.Kind.ALLEGATION) || (w.charAt(0) == 'و' || w.charAt(0) == 'ف')
                    && modifiers.is(t.normAfterFirstLetter(), Modifiers.Kind.ALLEGATION)) {
                return !(i > a && tokens.get(i - 1).isWord() && modifiers.is(tokens.get(i - 1), Modifiers.Kind.NEGATION));
            }
        }
        return false;
    }

    /**
     * Whether the cue lies in the أن-clause of a verb or masdar of seeming, believing or suspecting (modifiers.tsv
     * {@code supposition}: بدا/يبدو، اعتقد/يعتقد، ظن/يظن، رجح/يرجح، اشتبه/يشتبه، اعتقاد), the word at most
     * {@link #FEAR_GAP} words before the أن, the clause read as a fear's ({@link #thatClauseOf}): «وقال باركي «يبدو أن
     * هذا الهجوم نفذه داعش»» (eval/judgments/s26-blind-slice78.tsv item 15). What someone supposes was done is not told
     * as done. An أن carrying its pronoun (يعتقد أنه نفذ) holds the cue only right after it, as for a claim
     * ({@link #allegedThat}).
     */
    private boolean supposed(Cue c) {
        int that = thatClauseOf(c, true);
        if (that < 0 || c.head() > that + 1 && thatWithPronoun(tokens.get(that))
                || that > a && tokens.get(that - 1).isWord()
                    && modifiers.is(withoutConjunction(tokens.get(that - 1).norm()), Modifiers.Kind.TIME_THAT)
                || !c.isVerb() && c.last() + 1 < b && clauseBreaks.isRelative(tokens.get(c.last() + 1))) {
            // an أن of time (إلى أن شنت: until); a nominal cue described by a relative clause is told as known
            // («بدا أن الحملة العسكرية التي أطلقتها تركيا ... تتحول»)
            return false;
        }
        for (int i = that - 1; i >= Math.max(a, that - 1 - FEAR_GAP); i--) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                return false;
            }
            if (!modifiers.mayBeModifier(t)) {
                continue;
            }
            for (Segment s : t.segments()) {
                String clitic = s.hasArticle() ? s.prefix().substring(0, s.prefix().length() - 2) : s.prefix();
                if (s.suffix().isEmpty() && (clitic.isEmpty() || clitic.equals("و") || clitic.equals("ف") || clitic.equals("ل"))
                        && (modifiers.is(s.stem(), Modifiers.Kind.SUPPOSITION) || modifiers.is(t, Modifiers.Kind.SUPPOSITION))) {
                    // «ولا يظن أن إرهابا ... يصل الانحراف به لقتل»، «لم يكن يعتقد أن»: what none supposed is mostly what happened
                    return !negatedWord(i);
                }
            }
        }
        return false;
    }

    /**
     * Whether a word of necessity or possibility (modifiers.tsv {@code modal}: ضرورة، يتعين، احتمالات، بإمكان) stands
     * at most {@link #MODAL_REACH} words before the cue in its clause, no punctuation, relative pronoun or clause
     * break or time adverbial (خلال، عقب) between: «ترى ضرورة مشاركة دول كبرى في المفاوضات»، «تحدثت مؤخرا عن احتمالات
     * التعاون مع الرئيس الأسد».
     * The act is needed, wished or possible, not reported as done. So is a cue whose further word stands after one
     * («تحدثت مؤخرا عن احتمالات التعاون مع الرئيس الأسد»: the مع of تحدث ... مع is the possible cooperation's).
     */
    private boolean modalBefore(Cue c) {
        for (int i = c.head() + 1; i < c.last(); i++) {
            if (tokens.get(i).isWord() && modalAt(i)) {
                return true;
            }
        }
        for (int i = c.head() - 1; i >= Math.max(a, c.head() - MODAL_REACH); i--) {
            Token t = tokens.get(i);
            if (!t.isWord() || clauseBreaks.isRelative(t) || bareWordOf(t, TIME_ADVERBIALS)) {
                return false; // «ناقش ... إمكانية عودة الدبلوماسيين خلال لقاء بينهما»: the meeting frames the talk, it was held
            }
            if (modalAt(i)) {
                return !clauseBreaks.anyBetween(tokens, i + 1, c.head()) && !toldBefore(c) && !topicBetween(i + 1, c.head());
            }
        }
        return false;
    }

    /**
     * Whether a preposition of topic (modifiers.tsv {@code topic}: إزاء، تجاه، حيال، بشأن) stands between a word of
     * need or fear and the cue: the act is what the needed or feared act is about, told as a fact («ينبغي على
     * المسؤولين الأمريكيين أن يتخذوا موقفا أقوى بكثير إزاء هجمات أردوغان على الأكراد»: the stance is needed, the
     * attacks were made).
     */
    private boolean topicBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && (modifiers.is(t, Modifiers.Kind.TOPIC)
                    || t.norm().startsWith("و") && modifiers.is(t.normAfterFirstLetter(), Modifiers.Kind.TOPIC))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a demonstrative stands right before the cue (modifiers.tsv {@code demonstrative}): the act is one told
     * before, not one wished («لا يجب أن يقف موقف المتفرج على هذا التخريب الإيراني»).
     */
    private boolean toldBefore(Cue c) {
        int first = firstWordOf(c); // a phrase cue's head may be its last word (أعمال إرهابية)
        if (first <= a || !tokens.get(first - 1).isWord()) {
            return false;
        }
        String w = tokens.get(first - 1).norm();
        // with a glued preposition too («بضرورة التصدي بحزم لتلك الأعمال الإرهابية»), which the analyzer leaves on it
        return modifiers.is(w, Modifiers.Kind.DEMONSTRATIVE)
                || w.length() > 3 && gluedPreposition(w.substring(0, 1)) != null
                    && modifiers.is(tokens.get(first - 1).normAfterFirstLetter(), Modifiers.Kind.DEMONSTRATIVE);
    }

    /** Whether token {@code i} is a word of necessity or possibility: bare or after a conjunction, بـ or لـ, or a phrase (لا بد). */
    private boolean modalAt(int i) {
        // most words have no reading of necessity: known from the word cache, without reading their readings (speed23)
        java.util.List<Segment> readings = modifiers.mayBeModal(tokens.get(i)) ? tokens.get(i).segments()
                : java.util.List.of();
        for (int k = 0; k < readings.size(); k++) { // indexed: List.of()'s iterator is an object even when empty
            Segment s = readings.get(k);
            if (s.suffix().isEmpty() && !s.hasArticle() && MODAL_CLITICS.contains(s.prefix())
                    && modifiers.is(s, Modifiers.Kind.MODAL)) {
                return true;
            }
        }
        return modifiers.phraseEndsAt(tokens, a, i, Modifiers.Kind.MODAL);
    }

    /**
     * Whether the cue is what a verb of calling right before it calls for (modifiers.tsv {@code appeal}, with
     * {@code appeal-to} between or لـ on the cue): «ندعو إلى اجتماع موازٍ للفصائل»، «فدعا إلى اجتماع طارئ لدول حلف
     * شمال الأطلسي». The meeting called for has not been held; the call is the act (02, coded by its own cues).
     */
    private boolean calledFor(Cue c) {
        int i = c.head() - 1;
        if (i > a && tokens.get(i).isWord() && modifiers.is(tokens.get(i), Modifiers.Kind.APPEAL_TO)) {
            i--;
        } else if (!c.reading().prefix().contains("ل")) {
            return false;
        }
        if (i < a || !tokens.get(i).isWord()) {
            return false;
        }
        for (Segment s : tokens.get(i).segments()) {
            if ((s.prefix().isEmpty() || s.prefix().equals("و") || s.prefix().equals("ف")) && s.suffix().isEmpty()
                    && modifiers.is(s, Modifiers.Kind.APPEAL)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a masdar of a cooperative act with لـ (or after إلى) is what a word of inviting a few words before it
     * invites to (modifiers.tsv {@code invitation}, or a verb of {@code appeal} with its object between): «وجه الرئيس
     * المصري ... دعوة رسمية لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز لزيارة مصر»، «قبل مودي دعوة من شريف
     * لزيارة باكستان». The visit invited to has not been made; the invitation is the act (coded by its own cues).
     * The words between are the invitation's own (its adjective, the one invited, من and the inviter): no
     * punctuation, no clause break, relative pronoun or reporting verb.
     */
    private boolean invitedTo(Cue c) {
        if (!c.isMasdar() || !c.reading().prefix().contains("ل") && !(c.head() > a && tokens.get(c.head() - 1).isWord()
                && modifiers.is(tokens.get(c.head() - 1), Modifiers.Kind.APPEAL_TO))) {
            return false;
        }
        for (int i = c.head() - 1; i >= Math.max(a, c.head() - INVITATION_REACH); i--) {
            Token t = tokens.get(i);
            if (!t.isWord() && !BRACKETS.contains(t.norm()) || clauseBreaks.isRelative(t)) {
                return false; // a bracket glosses a name: «لقيادة الحركة (حماس) لزيارة موسكو»
            }
            if (!modifiers.mayBeModifier(t)) {
                continue; // most words: no reading of any kind, known without reading them
            }
            for (Segment s : t.segments()) {
                if (modifiers.is(s, Modifiers.Kind.INVITATION) || modifiers.is(s, Modifiers.Kind.APPEAL)) {
                    return !clauseBreaks.anyBetween(tokens, i + 1, c.head()) && !relativeOrReportingBetween(i + 1, c.head());
                }
            }
        }
        return false;
    }

    /**
     * Whether a bare present verb cue continues a future told before it in the same sentence (modifiers.tsv
     * {@code sequel}): right after ثم، قبل أن، عندما، حيث, or joined by و/ف with no punctuation between, and the
     * nearest verb before it that tells a time is in the future (سـ, سوف) or a plan (يعتزم، من المقرر أن): «وسيحط
     * أولا في سنغافورة لمناسبة الذكرى الخمسين لاستقلالها، ثم يزور ماليزيا من 4 إلى 6 أغسطس»، «أنه يعتزم بحث سبل مواجهة
     * تنظيم داعش ... عندما يلتقي مع نظيره الروسي». A present verb there names no act the article reports as done;
     * a past verb cue or a reporting verb before it in between tells another time, and ends the search.
     */
    private boolean futureSequel(Cue c) {
        String pre = c.reading().prefix();
        if (!c.isVerb() || !pre.isEmpty() && !pre.equals("و") && !pre.equals("ف")) {
            return false;
        }
        int join = c.head();
        boolean commas = true;
        Token before = c.head() > a ? tokens.get(c.head() - 1) : null;
        int phrase = before != null && before.isWord()
                ? modifiers.phraseLengthEndingAt(tokens, a, c.head() - 1, Modifiers.Kind.SEQUEL) : 0;
        if (before != null && before.isWord() && modifiers.is(before, Modifiers.Kind.SEQUEL)) {
            join = c.head() - 1;
        } else if (phrase > 0) {
            join = c.head() - phrase; // قبل أن
        } else if (pre.isEmpty()) {
            return false;
        } else {
            commas = false; // «سيزور القاهرة ويلتقي»: one clause, no comma between
        }
        for (int i = join - 1; i >= Math.max(a, join - SEQUEL_REACH); i--) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                if (commas && (LIST_COMMAS.contains(t.norm()) || QUOTES.contains(t.norm()) && !t.norm().equals(":"))) {
                    continue; // «وسيحط أولا في سنغافورة ...، ثم»; a quoted name (تنظيم "داعش")
                }
                return false;
            }
            if (modifiers.isReporting(t.norm())) {
                return false;
            }
            Cue v = verbCueAt(i);
            if (v != null && v.reading().prefix().contains("س") || opensWithSin(t) && modifiers.isFutureVerb(t)
                    || modifiers.is(t, Modifiers.Kind.FUTURE) || modifiers.is(t, Modifiers.Kind.INTENT)) {
                // the tenses last: reading one builds the verb's forms, and most cues have no future before them
                return EventDater.presentTense(c) && noPastCueBetween(i + 1, join);
            }
        }
        return false;
    }

    /** Whether the word opens with س, after و/ف at most: the only words that may be a future (no allocation). */
    private static boolean opensWithSin(Token t) {
        String w = t.norm();
        return !w.isEmpty() && (w.charAt(0) == 'س'
                || w.length() > 1 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') && w.charAt(1) == 'س');
    }

    /** Whether no verb cue in [from, to) is in the past: «سيزور القاهرة التي زارها ثم يتوجه» tells another time. */
    private boolean noPastCueBetween(int from, int to) {
        for (Cue v : cues) {
            if (v.isVerb() && v.head() >= from && v.head() < to && !v.reading().prefix().contains("س")
                    && !EventDater.presentTense(v)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a masdar cue is the object of a verb of ruling out a few words before it (modifiers.tsv
     * {@code likelihood}, its verb forms: «استبعد لقاء روحاني وأوباما على هامش اجتماعات الدورة السنوية»، «استبعد
     * العتيري تسليم سيف الإسلام إلى المحكمة»): the act weighed is no act that took place, as in the أن-clause
     * {@link #feared} reads. Its subject may stand between; no punctuation.
     */
    private boolean ruledOut(Cue c) {
        if (!c.isMasdar()) {
            return false;
        }
        for (int i = c.head() - 1; i >= Math.max(a, c.head() - RULED_OUT_REACH); i--) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                return false;
            }
            for (Segment s : t.segments()) {
                if ((s.prefix().isEmpty() || s.prefix().equals("و") || s.prefix().equals("ف")) && s.suffix().isEmpty()
                        && modifiers.isVerbForm(s.stem(), Modifiers.Kind.LIKELIHOOD)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean denialAt(int i) {
        if (denialWords == null) {
            denialWords = new boolean[b - a];
            for (int k = a; k < b; k++) {
                denialWords[k - a] = isDenial(tokens.get(k));
            }
        }
        return denialWords[i - a];
    }

    private boolean isDenial(Token t) {
        if (!t.isWord() || !modifiers.mayDeny(t)) {
            return false;
        }
        for (Segment s : t.segments()) {
            // the masdar takes its denier as a pronoun (نفيه: its stem is listed, and the form with the pronoun);
            // the prefix may only be a conjunction
            if ((s.prefix().isEmpty() || s.prefix().equals("و") || s.prefix().equals("ف"))
                    && modifiers.is(s, Modifiers.Kind.DENIAL)
                    && (s.suffix().isEmpty() || modifiers.is(s.stem() + s.suffix(), Modifiers.Kind.DENIAL))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a comma in [from, to) is followed by a word opening with و/ف that bears no article after it («، وتم
     * توجيه»، «، وأوضحت»; not «، والإمارات»): a coordinated clause. Read from the written word, as the segmenter
     * leaves short verbs (وتم) whole; a noun that opens with و (، وزير) is taken for one too, which only shortens a
     * denial's reach.
     */
    private boolean commaAndBetween(int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            String w = tokens.get(i + 1).norm();
            if (tokens.get(i).isPunct() && LIST_COMMAS.contains(tokens.get(i).norm()) && tokens.get(i + 1).isWord()
                    && (w.startsWith("و") || w.startsWith("ف")) && !w.startsWith("ال", 1)) {
                return true;
            }
        }
        return false;
    }

    private boolean relativeOrReportingBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (clauseBreaks.isRelative(tokens.get(i))) {
                return true;
            }
        }
        for (int ri = 0; ri < reporting.size(); ri++) {
            int[] r = reporting.get(ri);
            if (r[0] >= from && r[0] < to) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a relative clause right after a nominal cue (at most {@link #RELATIVE_GAP} words after it, no
     * punctuation between) opens with a verb in the future or a phrase of intention: «المحادثات التي ستجري»،
     * «الزيارة التي من المزمع أن تقوم بها»، «الاجتماع الذي سيعقد». The masdar names an act still to come.
     */
    private boolean futureRelativeClause(Cue c) {
        for (int i = c.last() + 1; i < Math.min(b - 1, c.last() + 1 + RELATIVE_GAP); i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                return false;
            }
            if (clauseBreaks.isPeopleRelative(t)) {
                return false; // «للرعايا البريطانيين الذين يريدون السفر»: a clause about people, not the act's
            }
            if (clauseBreaks.isRelative(t)) {
                Token next = tokens.get(i + 1);
                if (!next.isWord()) {
                    return false;
                }
                if (modifiers.isFutureVerb(next) || modifiers.is(next, Modifiers.Kind.FUTURE)
                        || modifiers.is(next, Modifiers.Kind.INTENT)) {
                    return true;
                }
                // «التي من المزمع أن»، «التي من المقرر»
                return i + 2 < b && tokens.get(i + 2).isWord()
                        && modifiers.is(tokens.get(i + 2), Modifiers.Kind.INTENT);
            }
        }
        return false;
    }

    /**
     * Whether an adjective of a coming act (modifiers.tsv future-adjective) agrees with a masdar across the phrase
     * that names its doer, at most {@link #FUTURE_ADJECTIVE_REACH} words after it («زيارة عادل الجبير وزير الخارجية
     * السعودي المرتقبة إلى موسكو»): the visit is still to come. The nearer words are read by the window around the
     * cue; this reach stops where the masdar's phrase may end: punctuation, a preposition (glued or standing
     * alone), a word joined by و, a relative pronoun, a clause break or another cue. The adjective agrees in
     * gender with the masdar («الانتخابات البرلمانية المصرية المقبلة» is another noun's when the masdar is masculine).
     */
    private boolean futureAdjectiveAfter(Cue c) {
        String head = tokens.get(c.head()).norm();
        boolean feminine = head.endsWith("ة") || head.endsWith("ه") || head.endsWith("ات");
        int end = Math.min(b, c.last() + 1 + FUTURE_ADJECTIVE_REACH);
        for (int i = c.last() + 1; i < end; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || clauseBreaks.isRelative(t) || cueAt(i) != null) {
                return false;
            }
            String w = t.norm();
            if (modifiers.is(w, Modifiers.Kind.FUTURE_ADJECTIVE)) {
                boolean feminineAdjective = w.endsWith("ة") || w.endsWith("ه");
                return feminineAdjective == feminine && !clauseBreaks.anyBetween(tokens, c.last() + 1, i);
            }
            Segment s = t.segments().get(0);
            if (s.prefix().indexOf('و') >= 0 || gluedPreposition(s.prefix()) != null
                    || STANDALONE_PREPS.contains(s.stem())) {
                return false; // «في 26 فبراير المقبل»، «والانتخابات المقبلة»: a time or another noun's phrase
            }
        }
        return false;
    }

    /**
     * Whether the nearest verb cue before a masdar, at most {@link #FUTURE_VERB_REACH} words before it in the same
     * clause (no punctuation but a list comma, no clause break, no relative pronoun between), is in the future
     * (سـ): the masdar told in its clause is still to come too («سيلتقي خلال زيارته إلى مصر مع الرئيس»،
     * «سيعقد خلال زيارته لقطر لقاء ثلاثيا»).
     */
    private boolean futureVerbBefore(Cue c) {
        Cue verb = null;
        for (Cue v : cues) {
            if (v.isVerb() && v.head() < c.head() && c.head() - v.head() <= FUTURE_VERB_REACH
                    && (verb == null || v.head() > verb.head())) {
                verb = v;
            }
        }
        if (verb == null || !verb.reading().prefix().contains("س")) {
            return false;
        }
        int from = verb.head() + 1;
        for (int i = from; i < c.head(); i++) {
            if (clauseBreaks.isRelative(tokens.get(i))) {
                return false;
            }
        }
        return !crossesPunct(from, c.head()) && !clauseBreaks.anyBetween(tokens, from, c.head());
    }

    /**
     * Whether a verb in the future that is no event cue, one of the verbs that frame a coming act (modifiers.tsv
     * future-frame: ستشهد، ستستضيف، سيتوجه، ستبدأ), stands a few words before a nominal cue in the same clause
     * («ستستضيف الرياض اجتماعا»، «إنه سيتوجه إلى الرياض لمواصلة مشاوراته»): the act the masdar names is to come.
     */
    private boolean futureWordBefore(Cue c) {
        for (int i = c.head() - 1; i >= Math.max(a, c.head() - FUTURE_VERB_REACH); i--) {
            Token t = tokens.get(i);
            if (!t.isWord() || clauseBreaks.isRelative(t)) {
                return false; // punctuation or a relative clause: the future verb governs another clause
            }
            if (modifiers.isFutureFrame(t)) {
                return !clauseBreaks.anyBetween(tokens, i + 1, c.head());
            }
        }
        return false;
    }

    /**
     * Whether the cue names the act alleged in an accusation (modifiers.tsv accusation): a word of accusing up to
     * {@link #ACCUSATION_REACH} tokens before the cue's last word (the act), its بـ-complement opening between them
     * with no verb before the بـ, the act at most {@link #ALLEGED_REACH} tokens after that بـ, and no clause of its
     * own between («وتتهم واشنطن ولندن وباريس الجيش السوري بشن هجمات بغاز الكلور»، «متهمين بالتخطيط لشن هجمات»).
     * The cue's head stands after the accusation word. An accusation is CAMEO 112, coded by its own cue; what it
     * alleges is not stated as done.
     */
    boolean alleged(Cue c) {
        int act = c.last(); // the cue's last word: «بشن هجمات بغاز الكلور» may end past its head
        if (c.pattern().code().startsWith("112") || joinedByWa(tokens.get(act))) {
            // the accusation itself; a cue joined by و/ف is an act of its own clause or of the sentence's head, not
            // of the charge («إثر اتهام القضاء الأمريكي 14 شخصية رفيعة المستوى بتهم فساد ورشا واعتقال معظمهم»)
            return false;
        }
        int with = -1; // the nearest token at or before the act with a glued بـ (or a بـ standing alone)
        for (int i = act; i >= Math.max(a, act - ALLEGED_REACH) && with < 0; i--) {
            if (i == c.head() && "ب".equals(gluedPreposition(c.reading().prefix())) || withBa(i, act)) {
                with = i;
            }
        }
        if (with < 0) {
            return false;
        }
        for (int i = with; i >= Math.max(a, act - ACCUSATION_REACH); i--) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            String w = t.norm(); // as written, or after و / ف (واتهم، فاتهمه)
            if (modifiers.is(w, Modifiers.Kind.ACCUSATION) || (w.charAt(0) == 'و' || w.charAt(0) == 'ف')
                    && modifiers.is(t.normAfterFirstLetter(), Modifiers.Kind.ACCUSATION)) {
                if (c.head() <= i) {
                    // a cue whose head stands before the accusation and a further word in its complement is the
                    // head's act, done («لتزويد روسيا بكميات كبيرة منها، وسط اتهامات البنتاجون موسكو باستخدام صواريخ»)
                    return false;
                }
                // a cue whose head is joined by و/ف, or after و/ف + a light verb, is of its own clause («بالفساد
                // والرشوى وتم اعتقال معظمهم»)
                boolean headJoined = joinedByWa(c.reading().prefix())
                        || tokens.get(c.head()).norm().startsWith("و") && !c.reading().stem().startsWith("و")
                        || lightVerbJoined(with + 1, act);
                return !headJoined && !verbBetween(i + 1, with) && !gluedBaBetween(i + 1, with)
                        && !crossesPunct(i + 1, act) && !clauseBreaks.anyBetween(tokens, i + 1, act)
                        && !commaAndBetween(i + 1, act + 1) && !relativeOrReportingBetween(i + 1, act);
            }
        }
        return false;
    }

    /**
     * Whether a verb stands between two tokens: the بـ after it is that verb's («اتهامات بالإرهاب لتسعة وعشرين شخصا في
     * ما يتصل بهذا الهجوم»), not the accusation's complement.
     */
    private boolean verbBetween(int from, int to) {
        for (int i = from; i < to && verbAt.length > 0; i++) {
            if (verbAt[i - a] && !tokens.get(i).norm().startsWith("ب")) { // «بشن هجمات»: a verb's form after بـ is its masdar
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word with a glued بـ and the article stands between two tokens: the accusation's complement opened
     * there («اتهامات بالإرهاب لتسعة وعشرين شخصا في ما يتصل بهذا الهجوم»), and a later بـ is another word's. Only
     * with the article: a name the segmenter reads as بـ + stem («وباريس») opens no complement.
     */
    private boolean gluedBaBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            for (Segment s : tokens.get(i).segments()) {
                if (s.prefix().endsWith("بال")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a light verb of the passive joined by و/ف (modifiers.tsv passive-light: «وتم اعتقال معظمهم») stands
     * between two tokens: it opens a clause of its own, whose act was done.
     */
    private boolean lightVerbJoined(int from, int to) {
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).norm();
            if (w.length() > 1 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')
                    && modifiers.is(tokens.get(i).normAfterFirstLetter(), Modifiers.Kind.PASSIVE_LIGHT)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a clitic prefix opens with the conjunction و/ف (وتم، واعتقال), not with وبـ (وبالتخطيط). */
    private static boolean joinedByWa(String prefix) {
        return (prefix.startsWith("و") || prefix.startsWith("ف")) && !prefix.startsWith("ب", 1);
    }

    /** Whether every reading of the token but the unsplit one opens with و/ف: the word is joined by the conjunction. */
    private static boolean joinedByWa(Token t) {
        boolean split = false;
        for (Segment s : t.segments()) {
            if (!s.prefix().isEmpty()) {
                split = true;
                if (!joinedByWa(s.prefix())) {
                    return false;
                }
            }
        }
        return split;
    }

    /**
     * Whether token {@code i} carries a glued بـ (or is a بـ standing alone). The segmenter splits it only off a
     * stem it knows («بالإقدام»، «بتهمة»); right before the act or on it, a word that opens with ب and is no
     * preposition of its own is read as ب + masdar too («بشن هجمات»، «بانطلاق نشاطات»).
     */
    private boolean withBa(int i, int act) {
        Token t = tokens.get(i);
        if (!t.isWord()) {
            return false;
        }
        String w = t.norm();
        if (w.equals("ب")) {
            return true;
        }
        for (Segment s : t.segments()) {
            if ("ب".equals(gluedPreposition(s.prefix()))) {
                return true;
            }
        }
        return act - i <= 1 && w.length() > 2 && w.charAt(0) == 'ب' && !PHRASE_PREPOSITIONS.contains(w)
                && !STANDALONE_PREPS.contains(w);
    }

    /**
     * Whether a verb cue's head stands as its masdar after a standalone preposition («ستدعو إلى عقد اجتماع»): it
     * names an act, like a nominal cue, and a future verb before it puts that act in the future.
     */
    private boolean verbAsMasdar(Cue c) {
        if (!c.isVerb() || !c.reading().prefix().isEmpty() || c.head() <= a) {
            return false;
        }
        Token t = tokens.get(c.head() - 1);
        if (!t.isWord()) {
            return false;
        }
        Segment s = t.segments().get(0);
        return s.prefix().isEmpty() && STANDALONE_PREPS.contains(s.stem());
    }

    /**
     * Whether a masdar cue is what a verb of going on, in the future with سـ, governs: the masdar right after it, or
     * after one preposition (modifiers.tsv continuing-verb: «ستستمر في دعم ومساندة المقاومة الشعبية»، «سنواصل دعم»).
     * A commitment: the act is one still to come. Only the masdar the verb governs («ستواصل الرد على الهجوم التركي»
     * keeps the attack).
     */
    private boolean continuedLater(Cue c) {
        if (c.head() <= a || !(c.isMasdar() || verbAsMasdar(c) || c.isVerb() && c.reading().prefix().isEmpty())) {
            return false; // a verb's bare past form after في or after the subject is its masdar («في دعم»، «الاتحاد الأوروبي دعم»)
        }
        Token t = tokens.get(c.head() - 1);
        if (t.isWord() && STANDALONE_PREPS.contains(t.norm())) {
            // «ستستمر في دعم»: في between the verb and its masdar
            return c.head() - 2 >= a && modifiers.isFutureOf(tokens.get(c.head() - 2), Modifiers.Kind.CONTINUING_VERB);
        }
        // «وسيواصل الاتحاد الأوروبي دعم الجهود»: the verb's subject between, with no preposition, mark or clause of its
        // own («ستواصل الرد على الهجوم»: the attack is no object of the verb)
        for (int i = c.head() - 1; i >= Math.max(a, c.head() - 1 - CONTINUED_SUBJECT_LENGTH); i--) {
            t = tokens.get(i);
            if (!t.isWord() || STANDALONE_PREPS.contains(t.norm()) || clauseBreaks.isRelative(t)) {
                return false;
            }
            if (modifiers.isFutureOf(t, Modifiers.Kind.CONTINUING_VERB)) {
                return !clauseBreaks.anyBetween(tokens, i + 1, c.head());
            }
        }
        return false;
    }

    /** How many words may stand between a word of possibility and the act or the أن it governs (its لـ-subject, a party, an adverb). */
    private static final int POSSIBLE_SUBJECT_REACH = 5;

    /**
     * Whether the cue is what a word of possibility governs (modifiers.tsv {@code possibility}: يمكن، يمكنه، من
     * الممكن، بالإمكان): its أن-clause («أنها يمكن أن تحذو حذو إيران فيما يتعلق بالتوصل لاتفاق»، «ويمكن لهذا الصراع أن
     * يهدد المحادثات») or the masdar right after it («حتى يمكن إيصال المساعدات»). What may (or cannot) be done is not told
     * as done. Only the word's own complement: between the word and the أن or the masdar stand at most a لـ-subject
     * («لأي دولة»، «للقوات العراقية»), a party or an adverb of {@code possibility-between}, so that a verb of saying,
     * knowing or ignoring it governs keeps its object a fact («يمكن القول إن الدولة التركية قبضت»، «لا يمكن تجاهل حقيقة
     * أن روسيا ... وقعت»، «يمكن فهم زيارة الجربا»). An act before the word, or in a relative clause, stays.
     */
    private boolean possible(Cue c) {
        int first = firstWordOf(c);
        if (possibilityGoverns(first)) {
            return true;
        }
        int that = thatClauseOf(c, false);
        if (that <= a || !possibilityGoverns(that) || factWordBetween(that + 1, first)) {
            return false;
        }
        if (!c.isVerb() && c.pattern().kind() != 'P' || verbAsMasdar(c)) {
            return true; // a masdar in the clause («أن تحذو حذو إيران فيما يتعلق بالتوصل لاتفاق»)
        }
        String prefix = c.reading().prefix();
        if (gluedPreposition(prefix) != null && !joinedByWa(prefix)) {
            return true; // a verb's form with a glued لـ/بـ is its masdar («يمكن أن تكون القدرة ... لقصف أهداف»)
        }
        String written = tokens.get(c.head()).norm();
        String bare = written.startsWith(prefix) ? written.substring(prefix.length()) : written;
        boolean present = c.isVerb() ? EventDater.presentTense(c) : writtenPresent(bare);
        // a verb is the possibility's own in the present, right after أن or joined by و to the verb there («يمكن أن
        // يقتلوا»، «أن تستقر وتتنفس»); a past verb or one further on is a clause of its own: «يمكن أن تستمر طوال الصيف
        // ووعد بتعزيز السياج» (the promise was made), «الدور الذي يمكن أن تلعبه إيران عندما يلتقي مع نظيره الروسي»
        return present && (c.head() == that + 1 || joinedByWa(prefix));
    }

    /**
     * Whether a word of ignoring, denying, forgetting, saying or understanding (modifiers.tsv {@code possibility-fact})
     * stands between the possibility's أن and the cue: what it takes is a fact («لا يمكنه أن يغض الطرف عن عمليات هدم
     * الاحتلال الإسرائيلي لمباني الفلسطينيين»: the demolitions were made).
     */
    private boolean factWordBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isWord() && wordAsWritten(tokens.get(k), Modifiers.Kind.POSSIBILITY_FACT)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of possibility stands before token {@code end} with only its subject or an adverb between. */
    private boolean possibilityGoverns(int end) {
        for (int i = end - 1; i >= Math.max(a, end - 1 - POSSIBLE_SUBJECT_REACH); i--) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                return false;
            }
            if (possibilityAt(i)) {
                return subjectOfPossibility(i + 1, end);
            }
        }
        return false;
    }

    private boolean possibilityAt(int i) {
        return wordAsWritten(tokens.get(i), Modifiers.Kind.POSSIBILITY)
                || modifiers.phraseEndsAt(tokens, a, i, Modifiers.Kind.POSSIBILITY);
    }

    /**
     * Whether tokens {@code from} to {@code end} (excluded) are only a party, an adverb of {@code possibility-between},
     * or a لـ-subject: a word with a glued لـ, the word of its construct after it, then words with the article or of a
     * party («لأي دولة»، «لهذا الصراع»، «للدول الأعضاء»).
     */
    private boolean subjectOfPossibility(int from, int end) {
        int k = from;
        while (k < end) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                return false;
            }
            if (inMention.length > 0 && inMention[k - a] || modifiers.is(t, Modifiers.Kind.POSSIBILITY_BETWEEN)) {
                k++;
            } else if (withLam(t) && !(verbAt.length > 0 && verbAt[k - a])) {
                k++;
                if (k < end && plainSubjectWord(k)) {
                    k++;
                }
                while (k < end && (inMention.length > 0 && inMention[k - a] || plainSubjectWord(k)
                        && tokens.get(k).norm().startsWith("ال"))) {
                    k++;
                }
            } else {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code k} may be a word of a subject: no verb, preposition, relative pronoun, أن or reporting word. */
    private boolean plainSubjectWord(int k) {
        Token t = tokens.get(k);
        String w = t.norm();
        return t.isWord() && !(verbAt.length > 0 && verbAt[k - a]) && !STANDALONE_PREPS.contains(w)
                && !clauseBreaks.isRelative(t) && !clauseBreaks.isContentParticle(w) && !modifiers.isReporting(w);
    }

    /**
     * Whether a verb cue in the present tense stands right after the particle قد (modifiers.tsv {@code may-particle}):
     * «مشيرة إلى أن صندوق النقد قد يتعاون مع الحكومة اليونانية» says the act may happen, not that it did. قد before a
     * past verb says it has («وكان الرئيس النيجيري قد التقى بنظيره الأمريكي») and is left asserted. The verb carries no
     * clitic of its own (a و on it opens another clause); the tense is read last, as it builds the verb's forms. A
     * phrase cue lists its verb's inflected forms one by one (يتعاون + مع): its head is present when written so.
     */
    private boolean mayHappen(Cue c) {
        boolean phrase = c.pattern().kind() == 'P';
        if (!c.isVerb() && !phrase || !c.reading().prefix().isEmpty() || c.head() <= a) {
            return false;
        }
        Token before = tokens.get(c.head() - 1);
        if (!before.isWord() || !modifiers.is(before, Modifiers.Kind.MAY_PARTICLE)) {
            return false;
        }
        return phrase ? writtenPresent(tokens.get(c.head()).norm()) : EventDater.presentTense(c);
    }

    /**
     * Whether a phrase cue's written verb is in the present: it opens with ي (يتعاون، يتعاونون), or with تت (تتعاون).
     * A ت alone may open a past of the fifth or sixth form (تعاونت، تظاهروا), an ن a past whose root opens with it
     * (نفذوا), so neither is read as present.
     */
    private static boolean writtenPresent(String w) {
        return w.length() > 2 && (w.charAt(0) == 'ي' || w.charAt(0) == 'ت' && w.charAt(1) == 'ت');
    }

    /** How far (words) before a demanded بـ-masdar the word of demanding may stand, its subject and object between. */
    private static final int DEMAND_REACH = 4;
    /** How far (tokens) before a masdar joined by و the demanded بـ-masdar it is listed with may stand (its object between). */
    private static final int DEMANDED_LIST_REACH = 10;

    /**
     * Whether the cue is the بـ-masdar a word of demanding governs (modifiers.tsv {@code demand}): «وطالب البحرينيون
     * بسحب السفير البحريني لدى طهران»، «مطالبين باعتقال ابن عم الأسد ومحاكمته». The act is asked of someone, not done;
     * the demand is coded by its own cue. So is a masdar joined by و to it, a list comma at most between («بسحب السفير
     * البحريني لدى طهران، وطرد السفير الإيراني في المملكة»).
     */
    private boolean demanded(Cue c) {
        if (c.head() <= a || c.reading() == null) {
            return false;
        }
        String prefix = c.reading().prefix();
        if ("ب".equals(gluedPreposition(prefix))) {
            return demandBefore(c.head());
        }
        return joinedByWa(prefix) && listedWithDemanded(c.head());
    }

    /**
     * Whether a word of demanding stands at most {@link #DEMAND_REACH} words before token {@code at}, no punctuation,
     * relative pronoun or clause break between; as written, after و/ف at most.
     */
    private boolean demandBefore(int at) {
        for (int i = at - 1; i >= Math.max(a, at - DEMAND_REACH); i--) {
            Token t = tokens.get(i);
            if (!t.isWord() || clauseBreaks.isRelative(t)) {
                return false;
            }
            String w = t.norm();
            if (modifiers.is(w, Modifiers.Kind.DEMAND) || w.length() > 1 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')
                    && modifiers.is(t.normAfterFirstLetter(), Modifiers.Kind.DEMAND)) {
                return !clauseBreaks.anyBetween(tokens, i + 1, at);
            }
        }
        return false;
    }

    /**
     * Whether a word with a glued بـ that a word of demanding governs stands at most {@link #DEMANDED_LIST_REACH}
     * tokens before the و-joined token {@code at}, only words and list commas between and no relative pronoun, clause
     * break, reporting verb or other cue: the two are listed as what is demanded. A cue between is what the joined
     * masdar is listed with, the demanded act's object, done («بوقف هدم البيوت ومصادرة الأراضي»: the demolitions
     * and confiscations go on, their stopping is demanded).
     */
    private boolean listedWithDemanded(int at) {
        for (int i = at - 1; i >= Math.max(a, at - DEMANDED_LIST_REACH); i--) {
            Token t = tokens.get(i);
            if (!t.isWord() && !LIST_COMMAS.contains(t.norm()) || t.isWord() && clauseBreaks.isRelative(t)) {
                return false;
            }
            if (t.isWord() && withGluedBa(t) && demandBefore(i)) {
                return !clauseBreaks.anyBetween(tokens, i + 1, at) && !relativeOrReportingBetween(i + 1, at);
            }
            if (cueAt(i) != null) {
                return false; // listed with this act, the object of the demanded one («بوقف هدم البيوت ومصادرة الأراضي»)
            }
        }
        return false;
    }

    /** How far (tokens) before a permitted act's first word the word of permitting may stand, its party and بـ-word between. */
    private static final int PERMITTED_REACH = 12;

    /**
     * Whether a nominal cue is «أي» + the act (modifiers.tsv {@code any}: «اي غارات أمريكية على نظام الأسد ستضر»، «إن
     * أي هجوم أو حتى محاولة هجوم سيجذب الانتباه»، «التصدي لأي محاولة اعتداء»): any act of the kind, supposed, feared or
     * guarded against, none told as done. The word of {@code any} stands right before the cue's first word, or one word
     * of {@code any-between} (محاولة، نوع) between them. Not «أي» + another noun before the act («ولم تتبن أي جهة
     * الهجوم»: the attack happened, the claimant is the "any").
     */
    private boolean anyAct(Cue c) {
        if (c.isVerb() && !verbAsMasdar(c)) {
            return false;
        }
        int first = firstWordOf(c);
        if (first - 1 < a || !tokens.get(first - 1).isWord()) {
            return false;
        }
        Token before = tokens.get(first - 1);
        if (!modifiers.mayBeModifier(before)) {
            return false; // most words before a cue: no word of any kind, known without hashing
        }
        if (modifiers.is(before, Modifiers.Kind.ANY)) {
            return true;
        }
        return first - 2 >= a && modifiers.is(before, Modifiers.Kind.ANY_BETWEEN)
                && tokens.get(first - 2).isWord() && modifiers.is(tokens.get(first - 2), Modifiers.Kind.ANY);
    }

    /**
     * Whether the sentence goes on, after the cue, to say that what it tells is not confirmed: a word of contrast
     * (modifiers.tsv {@code contrast}: لكن، إلا أن) and then a phrase of {@code unconfirmed} (لم تؤكد ذلك، لم يؤكد رسميا،
     * لم يتسن التأكد): «ونقلت محطة «إن تي في» أنّ شرطيًا أيضًا قتل في الاشتباكات، إلا أن ذلك لم يؤكد رسميا»، «وذكرت أخبار في
     * مواقع إسلامية أن أختر منصور ... زار إيران مؤخرا لكن الحركة لم تؤكد ذلك رسميا» (eval/judgments/s21-blind-slice52.tsv
     * item 5). The act is one reported, not told by the article as done.
     */
    private boolean unconfirmedAfter(Cue c) {
        boolean contrast = false;
        for (int i = Math.max(c.head(), c.last()) + 1; i < b; i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            // the word cache answers for most words without hashing them (phraseEndsAt asks its own)
            if (modifiers.is(t, Modifiers.Kind.CONTRAST)
                    || modifiers.phraseEndsAt(tokens, a, i, Modifiers.Kind.CONTRAST)) {
                contrast = true;
            } else if (contrast && modifiers.phraseEndsAt(tokens, a, i, Modifiers.Kind.UNCONFIRMED)) {
                return true;
            }
        }
        return false;
    }

    /** How far (tokens) before an act's first word a masdar of purpose may stand, the act's party or light masdar between (لإجبار طالبان على إجراء محادثات). */
    private static final int PURPOSE_REACH = 4;

    /**
     * Whether the cue is the act a masdar of purpose with لـ aims to start, force, commit, try or block (modifiers.tsv
     * {@code purpose-of-act}): «تصلح كقاعدة لإطلاق المفاوضات بين الفلسطينيين والإسرائيليين»، «ضغطا من باكستان لإجبار
     * طالبان على إجراء محادثات سلام»، «كانوا يخططون لارتكاب اعتداءات في المغرب»، «60 يوما لإعاقة رفع العقوبات». What
     * is named as the aim of another act is not told as done. The لـ-word stands at most {@link #PURPOSE_REACH} tokens
     * before the cue's first word; between them only the words {@link #purposeBetween} allows. A verb cue only as the
     * bare form right after the لـ-word (its masdar: «لعرقلة رفع العقوبات»), not a verb with a clitic or a pronoun of
     * its own («حملات التضامن لإطلاق سراح مناضلين اعتقلهم مناضلون آخرون»: the arrest was made).
     */
    private boolean purposeOfAct(Cue c) {
        boolean verb = c.isVerb() && !verbAsMasdar(c);
        if (verb && !(c.reading().prefix().isEmpty() && c.reading().suffix().isEmpty())) {
            return false; // «وقصفت»، «ستزور»، «اعتقلهم»: a finite verb is an act of its own clause
        }
        int first = firstWordOf(c);
        for (int i = first - 1; i >= Math.max(a, first - (verb ? 1 : PURPOSE_REACH)); i--) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                return false;
            }
            if (modifiers.mayBeModifier(t) && purposeWord(t)) {
                return true;
            }
            if (!purposeBetween(i)) {
                return false;
            }
        }
        return false;
    }

    /** How many words may stand between a decision noun and the لـ-masdar of what it aims at (اتفاقيات طويلة الأمد لتزويد). */
    private static final int DECISION_GAP = 3;

    /**
     * Whether the cue is the act a decision, plan, law or deal aims at (modifiers.tsv {@code decision-noun}, as written,
     * a clitic read off): the cue is a masdar with لـ (a verb only as its bare form, the masdar it is spelled as) at most
     * {@link #DECISION_GAP} words after the noun, only words between (its adjectives or genitive: «قرار بغداد لنقل
     * معسكر الموصل»), no punctuation, relative pronoun or clause break. «وافق على قرار لتزويد مقاتلي المعارضة السورية
     * ... بغطاء جوي»، «تفاوض على صفقة لإطلاق سراحهما»، «وقعتا اتفاقا لتدريب وتجهيز معارضين»: what is approved, negotiated
     * or signed is the decision; the act it aims at is still to come (intended: 033 for aid), not told as done.
     */
    private boolean aimOfDecision(Cue c) {
        if (c.isVerb() && !verbAsMasdar(c) && !(c.reading().prefix().contains("ل") && c.reading().suffix().isEmpty())) {
            return false; // «وقصفت»، «ليطلب»: a finite verb is an act of its own clause
        }
        int first = firstWordOf(c);
        if (!withLam(tokens.get(first))) {
            return false; // most cues: no لـ, nothing more is read
        }
        for (int i = first - 1; i >= Math.max(a, first - 1 - DECISION_GAP); i--) {
            Token t = tokens.get(i);
            if (!t.isWord() || clauseBreaks.isRelative(t)) {
                return false;
            }
            if (decisionNoun(t.norm())) {
                return !clauseBreaks.anyBetween(tokens, i + 1, first);
            }
        }
        return false;
    }

    /** Whether a word as written, after a clitic (و، ف، ب، ل، ك; لل for ل + ال), is a decision noun (قرار، وبقرار، للاتفاق). */
    private boolean decisionNoun(String w) {
        if (modifiers.is(w, Modifiers.Kind.DECISION_NOUN)) {
            return true;
        }
        String rest = w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? w.substring(1) : w;
        if (rest.startsWith("لل") && rest.length() > 4) {
            rest = "ا" + rest.substring(1); // للقرار: ل + القرار
        } else if (rest.length() > 3 && "بلك".indexOf(rest.charAt(0)) >= 0) {
            rest = rest.substring(1);
        }
        return modifiers.is(rest, Modifiers.Kind.DECISION_NOUN);
    }

    /**
     * Whether token {@code i} may stand between a masdar of purpose and its act: a word of a party («لإجبار طالبان»),
     * على after it, a demonstrative («لبدء هذا الغزو»), a word of occurrence (modifiers.tsv {@code event-head}: سلسلة،
     * عملية) or of {@code purpose-between} (a light masdar or a round: «على إجراء محادثات»، «لبدء جولة مفاوضات»). Not
     * another masdar with its own complement («لمحاولة التعرف على مكان احتجاز الرهينة»: the hostage is held).
     */
    private boolean purposeBetween(int i) {
        Token t = tokens.get(i);
        return inMentionAt(i) || "علي".equals(t.norm()) || modifiers.is(t, Modifiers.Kind.DEMONSTRATIVE) // على, normalized
                || hasBareStem(t, Modifiers.Kind.EVENT_HEAD) || hasBareStem(t, Modifiers.Kind.PURPOSE_BETWEEN);
    }

    /** Whether a reading of the word is a masdar of {@code purpose-of-act} with a glued لـ and no pronoun (لإطلاق، ولإجبار). */
    private boolean purposeWord(Token t) {
        for (Segment s : t.segments()) {
            if (s.suffix().isEmpty() && "ل".equals(gluedPreposition(s.prefix()))
                    && modifiers.is(s, Modifiers.Kind.PURPOSE_OF_ACT)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the cue is the act a word of permitting allows (modifiers.tsv {@code permission}): «سمحت تركيا للولايات
     * المتحدة بشن غارات جوية»، «وافقت على السماح للولايات المتحدة باستخدام قاعدة إنجرليك في شن غارات»، «خطة عسكرية تسمح
     * لإسرائيل بغزو مصر». The permission is told; the act permitted is not (it is coded when the article tells it done).
     * The word stands at most {@link #PERMITTED_REACH} tokens before the cue's first word, as written or after و/ف; a
     * word with a glued بـ (its complement) stands after it, at or before the cue's first word; no punctuation, relative
     * pronoun or clause break between, and no other verb cue between the بـ-word and the act, nor a و on a verb cue
     * («سمحت للتحالف باستخدام قواعدها الجوية وقصفت أهدافا»: a clause of its own, done). The act is the بـ-word itself or
     * right after it (the masdar «بشن» governs: «بشن غارات»), or, past it, the purpose of what is permitted, with لـ or after في on it or on the word
     * right before it («باستخدام قاعدة تركية لشن هجمات»): not an act
     * after another preposition («الاتفاق بالسماح باستخدام القاعدة أمكن التوصل إليه بعد المكالمة الهاتفية»: the call
     * was made).
     */
    private boolean permitted(Cue c) {
        int first = firstWordOf(c);
        if (c.isVerb() && !verbAsMasdar(c) && (joinedByWa(c.reading().prefix()) || !c.reading().prefix().contains("ب"))) {
            return false; // a finite verb is an act of its own clause; only a verb's form after بـ is its masdar (بشن)
        }
        int word = -1; // the nearest word of permitting before the act, only words between
        int reach = first - PERMITTED_REACH;
        for (int i = first - 1; i >= Math.max(a, reach) && word < 0; i--) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                int open = insertionOpening(i);
                if (open < 0) {
                    return false;
                }
                reach -= i - open + 1; // the insertion does not count: «القواعد الجوية التركية، ولا سيما قاعدة انجرليك ...، في شن»
                i = open;
                continue;
            }
            if (clauseBreaks.isRelative(t)) {
                return false;
            }
            if (modifiers.mayBeModifier(t) && permissionWord(t)) {
                word = i;
            }
        }
        if (word < 0) {
            return false; // most cues: no word of permitting before them, and nothing more is read
        }
        int ba = -1; // the first word with بـ after the word of permitting
        for (int i = first; i > word; i--) {
            if (withBa(i, first)) {
                ba = i;
            } else if (i < first && ba < 0) {
                Cue other = cueAt(i);
                if (other != null && other != c && other.isVerb()) {
                    return false; // a verb cue between the act and its بـ-word: the act is of that verb's clause
                }
            }
        }
        return ba > 0 && !clauseBreaks.anyBetween(tokens, word + 1, first)
                && (first - ba <= 1 || purposeAt(first) || purposeAt(first - 1) && first - 1 > ba);
    }

    /** How far (tokens) before a cue's first word a masdar of intending may stand with its owner between (عزم الجيش الموالي للرئيس هادي على طرد: 6). */
    private static final int INTENDED_REACH = 8;

    /**
     * Whether a masdar of intending (modifiers.tsv {@code intent-masdar}) governs the cue: it stands at most
     * {@link #INTENDED_REACH} tokens before the cue's first word with only its owner (an actor mention), على or في,
     * and a light masdar (purpose-between: شن، إجراء) between — «أعلنت موغريني اعتزامها زيارة طهران»، «حول عزم الجيش
     * الموالي للرئيس هادي على طرد الحوثيين». Not a cue governed by another masdar after it («لم تقدم إيران أي مؤشر على
     * نيتها تعليق دعمها لحزب الله»: the support is given, its suspension is what is not meant).
     */
    private boolean intendedByMasdar(Cue c) {
        int first = firstWordOf(c);
        for (int i = first - 1; i >= Math.max(a, first - INTENDED_REACH); i--) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                return false;
            }
            if (intentMasdar(t)) {
                return !clauseBreaks.anyBetween(tokens, i + 1, first);
            }
            if (!inMentionAt(i) && !"علي".equals(t.norm()) && !"في".equals(t.norm())
                    && !hasBareStem(t, Modifiers.Kind.PURPOSE_BETWEEN)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a word is a masdar or noun of intending with its owner's pronoun or bare (modifiers.tsv
     * {@code intent-masdar}: اعتزامها، عزمه، نيتهم), as written or after one glued و، ف، ب or ل (بعزمها، وعزمه): what
     * it governs is meant, not done.
     */
    private boolean intentMasdar(Token t) {
        String w = t.norm();
        return modifiers.is(w, Modifiers.Kind.INTENT_MASDAR) || w.length() > 3 && "وفبل".indexOf(w.charAt(0)) >= 0
                && modifiers.is(t.normAfterFirstLetter(), Modifiers.Kind.INTENT_MASDAR);
    }

    /** How many tokens an insertion between two commas may take, its opening word and commas included. */
    private static final int INSERTION_LENGTH = 10;

    /**
     * Where an insertion opens that the comma at {@code comma} closes: the comma before it, at most
     * {@link #INSERTION_LENGTH} tokens back with only words between, the first of them (or the phrase they open) one of
     * modifiers.tsv {@code insertion-opener} («، ولا سيما قاعدة انجرليك في جنوب البلاد،»، «، بما في ذلك ...،»). An
     * example or part named in passing, the sentence goes on past it. -1 when {@code comma} closes no such insertion.
     */
    private int insertionOpening(int comma) {
        if (!isComma(tokens.get(comma))) {
            return -1;
        }
        for (int j = comma - 1; j > a && j >= comma - INSERTION_LENGTH; j--) {
            Token t = tokens.get(j);
            if (t.isWord()) {
                continue;
            }
            if (!isComma(t) || j + 1 >= comma) {
                return -1;
            }
            boolean opener = modifiers.is(tokens.get(j + 1), Modifiers.Kind.INSERTION_OPENER);
            for (int k = j + 2; !opener && k <= Math.min(comma - 1, j + 3); k++) {
                opener = modifiers.phraseLengthEndingAt(tokens, j + 1, k, Modifiers.Kind.INSERTION_OPENER) == k - j;
            }
            return opener ? j : -1;
        }
        return -1;
    }

    private static boolean isComma(Token t) {
        return t.norm().equals("،") || t.norm().equals(",");
    }

    /** Whether a word, as written or after و/ف, is one of permitting (modifiers.tsv {@code permission}). */
    private boolean permissionWord(Token t) {
        return wordAsWritten(t, Modifiers.Kind.PERMISSION);
    }

    /** Whether a word, as written or after و/ف, is one of {@code kind} (سمحت، وسمحت؛ يمكن، ويمكن). */
    private boolean wordAsWritten(Token t, Modifiers.Kind kind) {
        String w = t.norm();
        return modifiers.is(w, kind) || w.length() > 1 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')
                && modifiers.is(t.normAfterFirstLetter(), kind);
    }

    /** Whether token {@code i} opens a purpose or a means: a word with لـ (لشن) or one right after في (في شن). */
    private boolean purposeAt(int i) {
        return withLam(tokens.get(i)) || i > a && "في".equals(tokens.get(i - 1).norm());
    }

    /** Whether a reading of the word carries a glued بـ (بسحب، بالإفراج). */
    private static boolean withGluedBa(Token t) {
        for (Segment s : t.segments()) {
            if ("ب".equals(gluedPreposition(s.prefix()))) {
                return true;
            }
        }
        return false;
    }

    /** How far (words) before the cue the link أن/عدم of an obligation may stand (the act's own object between). */
    private static final int OBLIGED_ACT_REACH = 10;
    /** How many words the one obliged may take between على and the link (دائني اليونان، الحكومة اليمنية الجديدة). */
    private static final int OBLIGED_PARTY_REACH = 4;

    /**
     * Whether the cue is what an obligation lays on someone (modifiers.tsv {@code obligation}): على opening a clause,
     * the one obliged, then أن or عدم and the act, no punctuation, relative pronoun or clause break between — «ترى أن
     * على دائني اليونان عدم التعجل في التوصل إلى اتفاق إنقاذ مع أثينا». What one must (not) do is not done.
     */
    private boolean obliged(Cue c) {
        for (int i = c.head() - 1; i >= Math.max(a, c.head() - OBLIGED_ACT_REACH); i--) {
            Token t = tokens.get(i);
            if (!t.isWord() || clauseBreaks.isRelative(t)) {
                return false;
            }
            if (modifiers.is(t, Modifiers.Kind.OBLIGATION_LINK) && obligationBefore(i)) {
                return !clauseBreaks.anyBetween(tokens, i + 1, c.head());
            }
        }
        return false;
    }

    /**
     * Whether a clause-opening على stands one to {@link #OBLIGED_PARTY_REACH} words before the link at {@code link},
     * only words between and the first of them no word of an adverbial phrase («على الرغم من أن»، «على اعتبار أن»).
     */
    private boolean obligationBefore(int link) {
        for (int j = link - 2; j >= Math.max(a, link - 1 - OBLIGED_PARTY_REACH); j--) {
            Token t = tokens.get(j);
            if (!t.isWord()) {
                return false;
            }
            if (modifiers.is(t, Modifiers.Kind.OBLIGATION)) {
                return opensClause(j) && !modifiers.is(tokens.get(j + 1), Modifiers.Kind.OBLIGATION_ADVERBIAL)
                        && !clauseBreaks.anyBetween(tokens, j + 1, link);
            }
        }
        return false;
    }

    /**
     * Whether the على at {@code j} opens a clause: the sentence's start, after punctuation, with a glued و/ف (وعلى), or
     * after أن/إن («ترى أن على»); after a verb it is that verb's preposition («اتفقوا على أن»).
     */
    private boolean opensClause(int j) {
        if (j == a || tokens.get(j).norm().length() > 3) {
            return true; // وعلى، فعلى
        }
        Token before = tokens.get(j - 1);
        return before.isPunct() || before.isWord() && modifiers.is(before, Modifiers.Kind.OBLIGATION_OPENER);
    }

    String modality(Cue c, ActorMention speaker) {
        if (c.head() - 1 >= a && tokens.get(c.head() - 1).isWord()
                && modifiers.is(tokens.get(c.head() - 1), Modifiers.Kind.LIKENESS)) {
            return "hypothetical"; // «من قتل نفسًا كأنما قتل الناس جميعاً»: a likeness, no act (modifiers.tsv likeness)
        }
        for (int i = c.head() - 1; i >= Math.max(a, c.head() - HYPOTHETICAL_REACH); i--) {
            Token t = tokens.get(i);
            if (c.isVerb() && t.isWord() && clauseBreaks.isRelative(t)) {
                break; // a verb of a relative clause tells its own act: «حتى يتم جلاء التمرد عن كافة المناطق التي استولوا عليها»
            }
            // most words are no word of hypothesis in any reading: passed over on the word cache's fact
            if (t.isWord() && modifiers.mayBeHypothetical(t)
                    && (modifiers.is(t.segments().get(0), Modifiers.Kind.HYPOTHETICAL)
                        || modifiers.is(t, Modifiers.Kind.HYPOTHETICAL))
                    || t.isWord() && modifiers.phraseEndsAt(tokens, a, i, Modifiers.Kind.HYPOTHETICAL)) {
                return "hypothetical";
            }
        }
        if (feared(c)) {
            return "hypothetical"; // what one fears may happen has not happened (يخشى زعماء الدول الخليجية من أن يؤدي رفع العقوبات)
        }
        if (supposed(c)) {
            return "hypothetical"; // «يبدو أن هذا الهجوم نفذه داعش»: a guess at who did it, not the act told as done
        }
        if (reliedOn(c)) {
            return "hypothetical"; // «تعول على ... وقوف دول مجلس التعاون»: an act counted on, expected of another
        }
        if (modalBefore(c)) {
            return "hypothetical"; // an act needed or possible is none done (ترى ضرورة مشاركة دول كبرى في المفاوضات)
        }
        if (possible(c)) {
            return "hypothetical"; // «أنها يمكن أن تحذو حذو إيران ... بالتوصل لاتفاق»: a possibility, no act told as done
        }
        if (mayHappen(c)) {
            return "hypothetical"; // «أن صندوق النقد قد يتعاون مع الحكومة اليونانية»: may cooperate, has not
        }
        if (anyAct(c)) {
            return "hypothetical"; // «اي غارات أمريكية على نظام الأسد ستضر»: any such act, none told as done
        }
        if (purposeOfAct(c)) {
            return "hypothetical"; // «كقاعدة لإطلاق المفاوضات»، «لإجبار طالبان على إجراء محادثات»: an aim, not an act told
        }
        if (aimOfDecision(c)) {
            return "intended"; // «وافق على قرار لتزويد مقاتلي المعارضة بغطاء جوي»: what a decision aims at is still to come
        }
        if (demanded(c)) {
            return "hypothetical"; // «وطالب البحرينيون بسحب السفير البحريني لدى طهران»: asked for, not done
        }
        if (obliged(c)) {
            return "hypothetical"; // «أن على دائني اليونان عدم التعجل في التوصل إلى اتفاق»: a must, not a deed
        }
        if (permitted(c)) {
            return "intended"; // «سمحت تركيا للولايات المتحدة بشن غارات»: the permission is told, the act is still to come
        }
        if (prepared(c)) {
            return "intended"; // an act arranged or authorised is still to come (ويتم حاليا ترتيب لقاء بين ...)
        }
        if (stipulated(c) || providedFor(c) || intendedByIndefiniteRelative(c)) {
            // what an agreement lays down or includes, a visit one means to make (وينص الاتفاق على رفع العقوبات،
            // الاتفاقية شملت تقديم المعونات)
            return "intended";
        }
        if (c.pattern().root().equals("03")) {
            return "intended";
        }
        if (c.reading().prefix().contains("س")) {
            return "intended"; // future سـ, on a verb or on a phrase that opens with one (سيطلب من)
        }
        if (continuedLater(c)) {
            return "intended"; // «أنها ستستمر في دعم ومساندة المقاومة الشعبية»: a commitment to go on, not an act told
        }
        if (!c.isVerb()) {
            for (int i = Math.max(a, c.head() - 3); i < Math.min(b, c.last() + 3); i++) {
                if (tokens.get(i).isWord() && modifiers.is(tokens.get(i), Modifiers.Kind.FUTURE_ADJECTIVE)) {
                    return "intended";
                }
            }
            if (futureRelativeClause(c) || futureVerbBefore(c) || futureWordBefore(c) || futureAdjectiveAfter(c)) {
                return "intended";
            }
        } else if (verbAsMasdar(c) && (futureVerbBefore(c) || futureWordBefore(c))) {
            return "intended"; // «قيادات طالبان ستدعو إلى عقد اجتماع»: the meeting is called for, still to come
        } else if (futureSequel(c)) {
            return "intended"; // «وسيحط أولا في سنغافورة ...، ثم يزور ماليزيا»: the later stop of a trip to come
        } else if (c.reading().prefix().isEmpty() && c.head() > a && modifiers.isFutureFrame(tokens.get(c.head() - 1))) {
            // a verb's past form right after a future verb of framing is its masdar, the future verb's subject or
            // object («سيتخللها عقد قمة ثلاثية»): no past verb follows a future one in the same clause unjoined
            return "intended";
        }
        // the aim of an effort (من أجل إطلاق محادثات، لاستئناف المفاوضات) is no act that took place when it is
        // cooperative; a violent act named as a purpose is mostly a campaign under way
        boolean aimable = COOPERATIVE_ROOTS.contains(c.pattern().root());
        if (aimable && (calledFor(c) || invitedTo(c))) {
            return "intended";
        }
        if (intendedByMasdar(c)) {
            return "intended"; // «أعلنت موغريني اعتزامها زيارة طهران»: a visit announced as meant, not made
        }
        for (int i = c.head() - 1; i >= Math.max(a, c.head() - 4); i--) {
            Token t = tokens.get(i);
            if (!t.isWord() || !modifiers.mayBeModifier(t)) {
                continue;
            }
            for (Segment s : t.segments()) {
                // a word of intent carries no pronoun of its own (بمحض إرادتهما is no أرادت + هما)
                if (s.suffix().isEmpty() && modifiers.is(s, Modifiers.Kind.INTENT)
                        || modifiers.is(s, Modifiers.Kind.PREFERENCE) // «تفضل الوزارة منح قرض»
                        || i == c.head() - 1 && modifiers.is(s, Modifiers.Kind.FUTURE)
                        || aimable && modifiers.is(s, Modifiers.Kind.AIM)) {
                    return "intended";
                }
            }
        }
        if (ruledOut(c)) {
            return "hypothetical"; // «استبعد لقاء روحاني وأوباما»: a meeting ruled out is none held
        }
        if (unconfirmedAfter(c)) {
            return "reported"; // «ذكرت أخبار ... أن أختر منصور ... زار إيران مؤخرا لكن الحركة لم تؤكد ذلك»: a report only
        }
        if (speaker != null && "MED".equals(speaker.role())) {
            return "reported";
        }
        return "asserted";
    }
}
