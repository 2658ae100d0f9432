package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.actors.ActorMention;
import org.marsad.text.Token;

/**
 * The codes of unconventional violence in a sentence (CAMEO 18 ASSAULT, 20 mass violence; session 28, events122 and
 * events126): the bombing that is a killing's subject, the act whose toll a killing is, violence on civilians.
 * {@link SentenceCoder} keeps the calls and records here each act of violence it codes ({@link #coded}).
 */
final class AssaultCodes {
    /** The roots of unconventional violence (CAMEO 18 ASSAULT, 20 mass violence): a killing told as happening in
     *  such an act («مقتل 19 شخصا في تفجير انتحاري») takes its code, not fighting's 19 (session 28, events122). */
    static final Set<String> UNCONVENTIONAL_ROOTS = Set.of("18", "20");

    /** The acts of violence (roots 18, 19, 20) coded so far in the sentence, in text order, with their final code and
     *  agent: what a killing told as an act's toll («ما أسفر عن مقتل») goes back to (session 28, events126). */
    private List<ViolentAct> violentActs;

    /** An act of violence as coded: its cue, its final code and its agent. */
    record ViolentAct(Cue cue, String code, List<ActorMention> agent) {
    }

    /** The sentence's context: its cues and mentions, read when asked. */
    private final SentenceContext s;
    private final List<Token> tokens;
    /** The sentence's first token and the one after its last. */
    private final int a;
    private final int b;
    private final Modifiers modifiers;
    private final ClauseBreaks clauseBreaks;

    AssaultCodes(SentenceContext s) {
        this.s = s;
        this.tokens = s.tokens;
        this.a = s.a;
        this.b = s.b;
        this.modifiers = s.modifiers;
        this.clauseBreaks = s.clauseBreaks;
    }

    /** Records an act of violence (roots 18, 19, 20) as coded: its cue, its final code and its agent. */
    void coded(Cue c, String code, List<ActorMention> agent) {
        if (violentActs == null) {
            violentActs = new ArrayList<>();
        }
        violentActs.add(new ViolentAct(c, code, agent));
    }

    /** How far before a killing the verb telling an act's toll may stand («وأدى تفجير انتحاري استهدف ... إلى مقتل»). */
    private static final int TOLL_REACH = 20;

    /**
     * The act of unconventional violence (18, 20) whose toll the killing {@code c} is: a modifiers.tsv toll-link verb
     * (أسفر، أدى، خلف، أوقع) up to {@link #TOLL_REACH} tokens before the killing (its head a toll-killing word: مقتل،
     * قتل), no punctuation but quotes between; the act is the first act of violence coded between that verb and the
     * killing (its subject: «وأدى تفجير انتحاري ... إلى مقتل»), else the nearest one coded before the verb in the
     * sentence («انفجرت سيارة مفخخة ...، ما أدى إلى مقتل»). Null when there is none, or when that act is no 18 or 20
     * («مظاهرات ومصادمات أدت إلى مقتل»: the clash, 19, did the killing). (session 28, events126)
     */
    ViolentAct tollOf(Cue c) {
        if (violentActs == null || !tollKilling(tokens.get(c.head()).norm())) {
            return null;
        }
        int link = -1;
        for (int i = c.head() - 1; i >= Math.max(a, c.head() - TOLL_REACH); i--) {
            Token t = tokens.get(i);
            if (t.isPunct() && !EventCoder.QUOTES.contains(t.norm())) {
                return null;
            }
            if (t.isWord() && tollLink(t.norm())) {
                link = i;
                break;
            }
        }
        if (link < 0) {
            return null;
        }
        ViolentAct act = null;
        for (ViolentAct v : violentActs) {
            if (v.cue().head() > link && v.cue().head() < c.head()) {
                act = v; // the verb's own subject, between it and the killing
                break;
            }
            if (v.cue().last() < link && (act == null || v.cue().last() > act.cue().last()
                    || v.cue().last() == act.cue().last() && act.agent().isEmpty())) {
                act = v; // the nearest act before the verb (of two on the same words, one with an agent)
            }
        }
        return act != null && UNCONVENTIONAL_ROOTS.contains(act.code().substring(0, 2)) ? act : null;
    }

    /** How far after a killing told first the word tying it to its act may stand («قتل 15 شخصا بينهم نساء وأطفال
     *  الأربعاء عندما فجر انتحاري نفسه»). */
    private static final int TOLL_AFTER_REACH = 15;

    /** How many words after the toll-after word the act's cue may start («في سلسلة تفجيرات»، «في هذه عملية انتحارية»). */
    private static final int TOLL_AFTER_GAP = 3;

    /**
     * The act of unconventional violence named AFTER the killing {@code c} (its head a modifiers.tsv killed-first word:
     * قتل، قتلوا، مقتل) that the killing happened in: a toll-after word (في، جراء، إثر، عندما، حين ...) up to
     * {@link #TOLL_AFTER_REACH} tokens after the killing, with no punctuation but commas and quotes between and no act
     * of fighting (a cue of root 19) between, and right after it (its head within {@link #TOLL_AFTER_GAP} words) a cue
     * of root 18 or 20 («قتل 15 شخصا ... عندما فجر انتحاري نفسه»، «مقتل 32 شخصا في تفجير انتحاري»). Its code and agent
     * are known only once it is coded: SentenceCoder resolves the killing after the sentence's last cue. Null when there
     * is none. (session 29, events127)
     */
    Cue actAfter(Cue c) {
        if (!modifiers.is(tokens.get(c.head()).norm(), Modifiers.Kind.KILLED_FIRST)) {
            return null;
        }
        int end = Math.min(b, c.last() + 1 + TOLL_AFTER_REACH);
        for (int i = c.last() + 1; i < end; i++) {
            Token t = tokens.get(i);
            if (t.isPunct()) {
                if (!t.norm().equals("،") && !t.norm().equals(",") && !EventCoder.QUOTES.contains(t.norm())) {
                    return null;
                }
                continue;
            }
            if (t.isWord() && modifiers.is(t.norm(), Modifiers.Kind.TOLL_ALTERNATIVE)) {
                return null; // «إما في المعارك أو في عمليات القصف أو في عمليات انتحارية»: one of several acts
            }
            Cue at = violentCueAt(i);
            if (at != null && "19".equals(at.pattern().root())) {
                return null; // «قتل ... في غارة»: a strike or a fight did it
            }
            if (!t.isWord() || !modifiers.is(t.norm(), Modifiers.Kind.TOLL_AFTER)) {
                continue;
            }
            for (int k = i + 1; k <= Math.min(b - 1, i + TOLL_AFTER_GAP); k++) {
                if (!tokens.get(k).isWord() || modifiers.is(tokens.get(k).norm(), Modifiers.Kind.TOLL_AFTER_STOP)) {
                    break;
                }
                Cue act = violentCueAt(k);
                if (act != null) {
                    return UNCONVENTIONAL_ROOTS.contains(act.pattern().root()) && !stopWordIn(act) ? act : null;
                }
            }
        }
        return null;
    }

    /** Whether one of the act's own words is a toll-after-stop word («أعمال العنف»: violence in general). */
    private boolean stopWordIn(Cue act) {
        for (int i = 0; i < act.words().size(); i++) {
            if (modifiers.is(tokens.get(act.words().get(i)).norm(), Modifiers.Kind.TOLL_AFTER_STOP)) {
                return true;
            }
        }
        return false;
    }

    /** The cue of an act of violence (18, 19, 20) whose head is token {@code k}, one of 18 or 20 first («هجوم انتحاري»
     *  is 1831 before it is an attack), or null. */
    private Cue violentCueAt(int k) {
        Cue fight = null;
        for (int i = 0; i < s.cues.size(); i++) {
            Cue x = s.cues.get(i);
            if (x.head() != k) {
                continue;
            }
            String root = x.pattern().root();
            if (UNCONVENTIONAL_ROOTS.contains(root)) {
                return x;
            }
            if ("19".equals(root)) {
                fight = x;
            }
        }
        return fight;
    }

    /** The act coded for cue {@code act} (of two on the same words, one with an agent), or null when it was not coded. */
    ViolentAct codedAs(Cue act) {
        ViolentAct found = null;
        if (violentActs != null) {
            for (ViolentAct v : violentActs) {
                if (v.cue() == act && (found == null || found.agent().isEmpty())) {
                    found = v;
                }
            }
        }
        return found;
    }

    /** Whether {@code w}, as written or after one و/ف, is a modifiers.tsv toll-link verb (أسفرت، وأدى، فخلفت). */
    private boolean tollLink(String w) {
        return modifiers.is(w, Modifiers.Kind.TOLL_LINK) || w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')
                && modifiers.is(w.substring(1), Modifiers.Kind.TOLL_LINK);
    }

    /** Whether {@code w}, as written or after one و, is a modifiers.tsv toll-killing word (مقتل، ومقتل، قتل). */
    private boolean tollKilling(String w) {
        return modifiers.is(w, Modifiers.Kind.TOLL_KILLING)
                || w.length() > 3 && w.charAt(0) == 'و' && modifiers.is(w.substring(1), Modifiers.Kind.TOLL_KILLING);
    }

    /** Whether two agents name the same parties (their codes, in order). */
    static boolean sameParties(List<ActorMention> x, List<ActorMention> y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!java.util.Objects.equals(x.get(i).code(), y.get(i).code())) {
                return false;
            }
        }
        return true;
    }

    /** How far after a bare attack its civilian target may stand («هجوم اليوم الجمعة على مسجد للشيعة»). */
    private static final int CIVILIAN_TARGET_REACH = 6;

    /** The roles of an agent that is no state's organ: rebels, insurgents, unidentified armed men, criminals. */
    private static final Set<String> IRREGULAR_ROLES = Set.of("REB", "INS", "UAF", "CRM");

    /** Whether every agent of an attack (none: unidentified) is an irregular armed group (REB, INS, UAF, CRM). */
    static boolean irregularAgents(List<ActorMention> subj) {
        for (int i = 0; i < subj.size(); i++) {
            String role = subj.get(i).role();
            if (role == null || !IRREGULAR_ROLES.contains(role)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a word of modifiers.tsv civilian-target (a mosque, a school, a market, a hotel, worshippers, civilians)
     * stands within {@link #CIVILIAN_TARGET_REACH} tokens after the attack {@code c}, outside any actor mention («جامعة
     * الدول العربية» is the Arab League), with no punctuation but quotes or relative pronoun before it: what the attack
     * hit («الهجوم على جامعة غاريسا»، «هاجموا فندقًا في وسط مالي»). As written, with or without the article, after at
     * most one conjunction and one preposition glued to it (بمسجد، وللمصلين).
     */
    boolean civilianTargetAfter(Cue c) {
        int end = Math.min(b, c.last() + 1 + CIVILIAN_TARGET_REACH);
        for (int i = c.last() + 1; i < end; i++) {
            Token t = tokens.get(i);
            if (t.isPunct() && !CIVILIAN_QUOTES.contains(t.norm()) || t.isWord() && clauseBreaks.isRelativePronoun(t)) {
                return false;
            }
            if (t.isWord() && !s.inMentionAt(i) && civilianWord(t.norm())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CIVILIAN_QUOTES = Set.of("«", "»", "\"", "“", "”");

    /** Whether {@code w}, after at most one و/ف and one ب/ل/ك, is a civilian-target word with or without the article. */
    private boolean civilianWord(String w) {
        if (modifiers.isWithOrWithoutArticle(w, Modifiers.Kind.CIVILIAN_TARGET)) {
            return true;
        }
        String rest = w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? w.substring(1) : w;
        if (rest != w && modifiers.isWithOrWithoutArticle(rest, Modifiers.Kind.CIVILIAN_TARGET)) {
            return true;
        }
        if (rest.length() > 3 && (rest.charAt(0) == 'ب' || rest.charAt(0) == 'ل' || rest.charAt(0) == 'ك')) {
            String bare = rest.substring(1);
            // «للمصلين»: لـ on the article drops its alif
            return modifiers.isWithOrWithoutArticle(bare, Modifiers.Kind.CIVILIAN_TARGET)
                    || bare.startsWith("ل") && modifiers.is(bare.substring(1), Modifiers.Kind.CIVILIAN_TARGET);
        }
        return false;
    }

    /** How many words (adjectives: «التفجير الانتحاري الجبان الذي») may stand between a bombing and its relative pronoun. */
    private static final int BOMBING_ANTECEDENT_GAP = 2;

    /**
     * The bombing (a cue of code 183x: «تفجير انتحاري»، «سيارة مفخخة»، «عبوة ناسفة») that is the subject of the verb cue
     * {@code c} of bare fighting (19): the antecedent of the relative pronoun right before the verb («التفجير الانتحاري
     * الجبان الذي استهدف مسجداً في مقر قوات الطوارئ»), its last word at most {@link #BOMBING_ANTECEDENT_GAP} words before
     * it, the phrase right after the verb («واستهدف تفجير انتحاري مسجدا في مقر قوات الطوارئ»، «وشن انتحاري هجوما»), or the
     * phrase right before it («تفجير انتحاري قتل ثلاثة رجال شرطة»). The act is that bombing (CAMEO 18x),
     * not fighting; null when there is none.
     */
    Cue bombingSubject(Cue c) {
        int before = c.head() - 1;
        if (before >= a && tokens.get(before).isWord() && clauseBreaks.isRelativePronoun(tokens.get(before))) {
            before--; // the relative pronoun
            // a bombing first: «الهجوم الانتحاري الإرهابي الذي قتل» is the suicide attack (1831), not the terrorist act (18)
            for (int pass = 0; pass < 2; pass++) {
                for (int k = before; k >= Math.max(a, before - BOMBING_ANTECEDENT_GAP); k--) {
                    if (!tokens.get(k).isWord()) {
                        break;
                    }
                    Cue b = bombingEndingAt(k);
                    if (b != null && (pass == 1 || b.pattern().code().startsWith("183"))) {
                        return b;
                    }
                }
            }
            return null;
        }
        // (not a bombing joined by و: «من قتل وتفجيرات»، «من تفجير وقتل» name two acts, neither the other's subject)
        Cue after = s.cueAt(c.head() + 1); // VSO: «واستهدف تفجير انتحاري مسجدا في مقر قوات الطوارئ»
        if (after != null && ASSAULT_ROOT.equals(after.pattern().root()) && !after.reading().prefix().startsWith("و")) {
            return after;
        }
        return before >= a && !c.reading().prefix().startsWith("و") ? bombingEndingAt(before) : null;
    }

    /**
     * The bombing right before a masdar of attack (19), its agent: «وشن انتحاري هجوما على مسجد» (a suicide bomber's
     * attack is a suicide bombing); not a masdar with و or a preposition (two acts: «تفجيرات وهجمات»); null otherwise.
     */
    Cue bombingBefore(Cue c) {
        String prefix = c.reading().prefix();
        return c.head() - 1 >= a && (prefix.isEmpty() || prefix.equals("ال")) ? bombingEndingAt(c.head() - 1) : null;
    }

    /** The root of assaults (CAMEO 18): bombings, terrorist acts, abductions, assassinations. */
    private static final String ASSAULT_ROOT = "18";

    /**
     * The cue of a bombing (183x) or another assault (18: «العمل الإرهابي الذي استهدف مسجدا»، «الاعتداء الغاشم والجبان
     * الذي استهدف المصلين»; session 28, events122; not mass violence, 20: «تهجير العراقيين الذين قصفت مدنهم» names
     * the displaced, not the shelling's agent) whose last word is token {@code k}, or null.
     */
    private Cue bombingEndingAt(int k) {
        for (int bi = 0; bi < s.cues.size(); bi++) {
            Cue b = s.cues.get(bi);
            if (b.last() == k && ASSAULT_ROOT.equals(b.pattern().root())) {
                return b;
            }
        }
        return null;
    }
}
