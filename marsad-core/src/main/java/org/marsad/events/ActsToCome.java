package org.marsad.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Token;
import org.marsad.time.TimeExpression;

/**
 * Acts the article tells as still to come that the coder, reading one clause, took as done. Two general facts of
 * news time, read after coding, when the time stage can date the clause:
 * <ol>
 *   <li>an act whose own clause names a coming time ({@link TimeExpression#coming}: المقبل، القادم، غدا) has not been
 *       done yet: «يزور وزير الخارجية الفرنسي لوران فابيوس إيران الأسبوع المقبل» is an intended visit. A present verb
 *       not in a relative clause (which tells what holds of its antecedent now: «المعارضة ... التي يدعمها الغرب»), or
 *       a masdar of cooperation with the time in its own phrase ({@link EventDater#inMasdarPhrase}); not a past verb,
 *       whose coming date belongs to what it asks for («دعا هولاند روحاني للمجيء إلى باريس في شهر نوفمبر»), nor a
 *       violent masdar (the trial of a bombing is tomorrow, the bombing was done);</li>
 *   <li>an act of cooperation (a visit, a meeting, an agreement: roots 04–08) told by a present verb or a masdar,
 *       between the same parties and of the same intended code as an act an earlier sentence announced as to come,
 *       refers back to that announced act: «وتأتي زيارة الجبير إلى موسكو» after «سيزور موسكو يوم الثلاثاء المقبل»,
 *       «وذكرت أن لافروف يزور قطر» after «سيعقد ... خلال زيارة عمل لقطر يومي الثاني والثالث من أغسطس». Not when a
 *       past verb has told the same act as done before (the visit began: «وصل الجبير إلى موسكو»), nor when the
 *       masdar's own phrase describes it as known (a relative clause on it: «اللقاء الثلاثي الذي جمع ...»; «نتائج
 *       زيارة»), nor when the act's own clause dates it to a day over by publication; a period still running («في
 *       الخريف المقبل» read in August) does not say it was done. An act announced for a day already come («وسيلتقي
 *       كارتر بنتنياهو اليوم») announces nothing: it is under way.</li>
 *   <li>a visit's programme or a meeting still to be held (session 17): a present verb right before «خلالها»
 *       ({@link #plannedDuring}), a present verb of cooperation with a later «كما سـ» ({@link #futureSibling}), a
 *       masdar of cooperation with a future verb of holding after it ({@link #heldLater}); a coming period without a
 *       date («في الأسابيع المقبلة») counts as a coming time of the clause for the first rule.</li>
 * </ol>
 * Such an event takes the modality {@code intended} and the intent code of its root ({@link EventCoder#intentCode}:
 * a visit still to come is 036), as the coder gives an act marked future by سـ.
 */
public final class ActsToCome {
    /** How far after a masdar its verb of holding may stand: «اجتماعا ثلاثياً هو الأول في نوعه بين ... وروسيا سيعقد». */
    private static final int HELD_REACH = 14;
    /** How far from the coming time of the sentence before the meeting it names may stand («... في 27 أغسطس المقبل»). */
    private static final int NAMED_REACH = 10;

    private final EventDater dater;
    private final Modifiers modifiers;

    public ActsToCome(EventDater dater, Modifiers modifiers) {
        this.dater = dater;
        this.modifiers = modifiers;
    }

    /**
     * The events with the acts still to come marked intended; {@code events} in the order of their sentences, as the
     * coder gives them. The same list when nothing changed.
     */
    public List<DraftEvent> mark(List<DraftEvent> events, AnalyzedText text,
                                 IntFunction<List<TimeExpression>> expressions, LocalDate published) {
        if (published == null || events.isEmpty()) {
            return events;
        }
        Set<String> announced = new HashSet<>(); // parties + intent code of acts told as to come, earlier sentences
        Set<String> done = new HashSet<>(); // the same of acts a past verb told as done
        Set<String> announcedHere = new HashSet<>();
        Set<String> doneHere = new HashSet<>();
        List<DraftEvent> out = new ArrayList<>(events.size());
        boolean changed = false;
        int sentence = -1;
        for (DraftEvent e : events) {
            if (e.sentence() != sentence) {
                announced.addAll(announcedHere);
                done.addAll(doneHere);
                announcedHere.clear();
                doneHere.clear();
                sentence = e.sentence();
            }
            DraftEvent d = e;
            String key = key(e);
            if ("asserted".equals(e.modality()) && !e.negated()) {
                // the verb's tense is read last, only for a candidate: it builds the pattern's forms (events30)
                TimeExpression own = dater.ownClauseExpression(e, text, expressions.apply(e.sentence()), published);
                TimeExpression coming = own != null ? own : dater.comingPeriodInClause(e, text,
                        expressions.apply(e.sentence()));
                if (coming != null && coming.coming() && !dater.inRelativeClause(e, text)
                        && (e.cue().isVerb() || key != null && dater.inMasdarPhrase(e, text, coming))
                        && notPast(e)) {
                    d = intended(e, "dated-to-come");
                } else if (e.cue().isVerb() && (plannedDuring(e, text) || key != null && futureSibling(e, text))
                        && !dater.inRelativeClause(e, text) && !dater.inPastPerfectSentence(e, text) && notPast(e)) {
                    d = intended(e, plannedDuring(e, text) ? "planned-during" : "future-sibling");
                } else if (key != null && e.cue().isMasdar() && heldLater(e, text) && !dater.describedAsKnown(e, text)) {
                    d = intended(e, "held-later");
                } else if (key != null && own == null && coming == null && e.cue().isMasdar()
                        && namedAgain(e, text, expressions, published) && !dater.describedAsHeld(e, text)) {
                    d = intended(e, "named-again");
                } else if (key != null && announced.contains(key) && !done.contains(key)
                        && (own == null || !EventDater.overByPublication(own, published))
                        && !(e.cue().isMasdar() && dater.describedAsKnown(e, text)) && notPast(e)) {
                    d = intended(e, "announced-before");
                }
            }
            changed |= d != e;
            if (key != null && "intended".equals(d.modality()) && !d.negated()
                    && (d != e || !overByPublication(e, text, expressions, published))) {
                announcedHere.add(key);
            } else if (key != null && "asserted".equals(d.modality()) && !d.negated() && EventDater.pastTense(d.cue())) {
                doneHere.add(key);
            }
            out.add(d);
        }
        return changed ? EventCoder.dedupe(out) : events;
    }

    /**
     * Whether the act the coder read as intended is dated by its own clause to a day over at publication («وسيلتقي
     * كارتر بنتنياهو اليوم»): it is under way, and the visit named later («الهدف من زيارتي») is the one going on.
     */
    private boolean overByPublication(DraftEvent e, AnalyzedText text, IntFunction<List<TimeExpression>> expressions,
                                      LocalDate published) {
        TimeExpression own = dater.ownClauseExpression(e, text, expressions.apply(e.sentence()), published);
        return own != null && EventDater.overByPublication(own, published);
    }

    /**
     * Whether the present verb cue is followed right away by «خلالها» or «خلاله» (modifiers.tsv {@code during-it}):
     * the programme of a visit or a stay («وصل ... الى طهران في زيارة لمدة يوم واحد يلتقي خلالها مع الرئيس الايراني»،
     * «يقوم ... اليوم بزيارة لموسكو يجري خلالها مباحثات مع الرئيس الروسي»), told on its arrival or before it, is still
     * to come; a past verb there tells what was done during it («ترأس خلالها وفد المملكة»), and so does a sentence
     * opened by the past perfect («وكان قد وصل ... في زيارة إلى الأردن، يجري خلالها مباحثات»: the talks were held).
     */
    private boolean plannedDuring(DraftEvent e, AnalyzedText text) {
        int next = e.cue().end(); // after the head: «يجري خلالها مباحثات» is one cue, its object further on
        return next < text.endToken(e.sentence()) && modifiers.is(text.tokens().get(next),
                Modifiers.Kind.DURING_IT);
    }

    /**
     * Whether a later clause of the same sentence joins the act with a future by «كما» (modifiers.tsv
     * {@code future-sibling}) right before a verb with سـ: «ويلتقي الصيد على هامش الاجتماع رئيس المفوضية الاوروبية
     * ...، كما سيلتقى وزراء خارجية بريطانيا وفرنسا وألمانيا»، «تصل فيدريكا موغيريني إلى المملكة الاثنين ... كما ستزور
     * موغيريني طهران»: the present verb tells the same programme still to come, item by item.
     */
    private boolean futureSibling(DraftEvent e, AnalyzedText text) {
        List<Token> tokens = text.tokens();
        int end = text.endToken(e.sentence());
        for (int i = e.cue().last() + 1; i + 1 < end; i++) {
            if (modifiers.is(tokens.get(i), Modifiers.Kind.FUTURE_SIBLING)
                    && modifiers.isFutureVerb(tokens.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a verb of holding in the future (modifiers.tsv {@code held-verb}: سيعقد، ستجري، ستبدأ) follows the
     * masdar within {@value #HELD_REACH} words, no punctuation between: the masdar is its subject, a meeting still to
     * be held («إن اجتماعا ثلاثياً هو الأول في نوعه بين الولايات المتحدة والمملكة العربية السعودية وروسيا سيعقد
     * لمناقشة هذا الملف»). Not a verb of what the act will bring (ستسهم، سيكون): a visit made may bear fruit later.
     */
    private boolean heldLater(DraftEvent e, AnalyzedText text) {
        List<Token> tokens = text.tokens();
        int end = Math.min(text.endToken(e.sentence()), e.cue().last() + HELD_REACH + 1);
        for (int i = e.cue().last() + 1; i < end; i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                return false; // another clause, or a list of acts
            }
            if (modifiers.isFutureOf(t, Modifiers.Kind.HELD_VERB)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the masdar cue, with the article and no time in its own clause, names again a meeting or visit the
     * sentence right before told with a coming time ({@link TimeExpression#coming}, not over by publication): the same
     * word (by its stem) at most {@value #NAMED_REACH} tokens from that time. «ويبحث الفلسطينيون والعرب مسألة التوجه
     * إلى مجلس الأمن، يوم الأربعاء المقبل في القاهرة أثناء عقد اجتماع للجنة متابعة مبادرة السلام العربية. ويحضر الرئيس
     * الفلسطيني، محمود عباس، شخصيا، الاجتماع الذي يضم فلسطين، والأردن، والبحرين» (eval/judgments/s20-blind-slice46.tsv
     * items 6, 8, 14 ...): the definite «الاجتماع» is next Wednesday's, still to come.
     */
    private boolean namedAgain(DraftEvent e, AnalyzedText text, IntFunction<List<TimeExpression>> expressions,
                               LocalDate published) {
        int s = e.sentence();
        if (s == 0) {
            return false;
        }
        List<Token> tokens = text.tokens();
        Token head = tokens.get(e.cue().head());
        if (!head.isWord() || !head.segments().get(0).hasArticle()) {
            return false;
        }
        String stem = head.stem();
        int first = text.firstToken(s - 1);
        int end = text.endToken(s - 1);
        for (TimeExpression t : expressions.apply(s - 1)) {
            if (!t.coming() || EventDater.overByPublication(t, published)) {
                continue;
            }
            int from = first;
            while (from < end && tokens.get(from).start() < t.start()) {
                from++;
            }
            int to = from;
            while (to < end && tokens.get(to).end() <= t.end()) {
                to++;
            }
            for (int j = Math.max(first, from - NAMED_REACH); j < Math.min(end, to + NAMED_REACH); j++) {
                if ((j < from || j >= to) && tokens.get(j).isWord() && stem.equals(tokens.get(j).stem())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the cue is a masdar or a verb in the present: a past verb tells the act as done. */
    private static boolean notPast(DraftEvent e) {
        return e.cue().isMasdar() || !EventDater.pastTense(e.cue()) && EventDater.presentTense(e.cue());
    }

    /** The event as an act still to come: the intent code of its root, modality intended. */
    private static DraftEvent intended(DraftEvent e, String why) {
        String code = EventCoder.intentCode(e.code().substring(0, 2), e.code());
        return new DraftEvent(e.sentence(), e.cue(), e.source(), e.target(), code, e.negated(), "intended",
                e.speaker(), e.confidence(), e.rule() + " " + why);
    }

    /** The parties (by their primary actor: RUSGOV and RUS are one) and intent code of a cooperative act, or null. */
    private static String key(DraftEvent e) {
        String code = e.code();
        if (code.length() < 2 || e.source() == null || e.target() == null
                || e.source().primary() == null || e.target().primary() == null) {
            return null;
        }
        String root = code.startsWith("03") ? rootOfIntent(code) : code.substring(0, 2);
        if (root == null || !EventCoder.COOPERATIVE_ROOTS.contains(root)) {
            return null;
        }
        return e.source().primary() + "|" + e.target().primary() + "|" + root;
    }

    /** The root an intent code stands for (036 → 04: a visit or meeting to come), or null for other 03 codes. */
    private static String rootOfIntent(String code) {
        for (String root : EventCoder.COOPERATIVE_ROOTS) {
            if (EventCoder.intentCode(root, root).equals(code)) {
                return root;
            }
        }
        return null;
    }
}
