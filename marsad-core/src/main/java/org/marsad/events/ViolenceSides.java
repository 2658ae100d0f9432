package org.marsad.events;

import java.util.List;
import org.marsad.actors.ActorMention;
import org.marsad.text.Segment;
import org.marsad.text.Token;

import static org.marsad.events.EventCoder.QUOTES;
import static org.marsad.events.EventCoder.VIOLENT_ROOTS;
import static org.marsad.events.EventCoder.isQuote;

/**
 * The parties of violence and coercion, which the general subject and target rules get wrong: victims (counted,
 * oblique «قتل فيه»، the indefinite subject of a passive «قتل مدنيون», a relative clause's, citizens held), the killers
 * and attackers (a لـ-attacker «هجوم لمسلحين», the attack a killing happened in: {@link #attackAfter}), the sides of
 * a fight and their backers and allies (جنبا إلى جنب مع), protesters counted, what is struck (a masdar after a violent
 * cue) and a danger named instead of an agent.
 *
 * <p>Each answers a question {@link SentenceCoder#code} asks for roots 14 and 17–20 (or a cue of such a root).
 */
abstract class ViolenceSides extends TargetSearch {
    /** How many indefinite adjectives may follow an indefinite subject before what tells a passive from an active verb. */
    private static final int ADJECTIVE_SKIP = 2;
    /** How far (tokens) after a comma that follows such a subject an object may still come after an aside. */
    private static final int ASIDE_REACH = 10;

    private static final String THREAT_ROOT = "13";
    /** The most words of a phrase of side (modifiers.tsv side: «جنبا إلى جنب مع»). */
    private static final int SIDE_PHRASE_WORDS = 4;

    /** How far (tokens) after a violent cue a masdar may stand as the thing it strikes. */
    private static final int STRUCK_REACH = 5;

    /** How far after a killing its attack noun may stand («قتل مع مسلحين اثنين آخرين في غارة»). */
    private static final int KILLED_IN_REACH = 12;

    /** How many words of the backer's own noun phrase may stand between a phrase of backing and it (طيران وسلاح). */
    private static final int BACKER_GAP = 2;

    ViolenceSides(SentenceInput in) {
        super(in);
    }

    /**
     * Whether an actor stands right after a phrase of fighting on someone's side (modifiers.tsv side: في
     * صفوف، إلى جانب), quote marks aside, or is joined by و to one that does. The same list serves
     * {@link #alliesNamed} (the frame option allies of قاتل، حارب، قتال); this filter reaches every other cue of
     * fighting that is not passive.
     */
    boolean fightingSide(ActorMention m) {
        ActorMention before = m.prefix().startsWith("و") ? actorEndingAt(m.first()) : null;
        if (before != null && fightingSide(before)) {
            return true; // «في صفوف داعش والنصرة»: each of a list of ranks
        }
        int j = m.first() - 1;
        while (j >= a && isQuote(tokens.get(j))) {
            j--;
        }
        return j >= a && modifiers.phraseEndsAt(tokens, a, j, Modifiers.Kind.SIDE);
    }

    /**
     * Whether an actor found for a cue of freeing captives (frame {@code rescue}: حرر رهائن) names the captives
     * themselves — right after the cue's last word («رهائن أتراك») — and not those who held them, named further on
     * («من أيدي حركة بوكو حرام») or in a relative clause on the captives («كانت الحركة المتطرفة تحتجزهم رهائن»).
     */
    boolean rescuedNamed(Cue c, ActorMention m) {
        return m.first() == c.last() + 1;
    }

    boolean backer(ActorMention m, int cueHead) {
        int j = m.first() - 1;
        while (j >= a && isQuote(tokens.get(j))) {
            j--;
        }
        for (int gap = 0; j >= a && gap <= BACKER_GAP; gap++, j--) {
            if (modifiers.phraseEndsAt(tokens, a, j, Modifiers.Kind.BACKER)) {
                return true;
            }
            if (!tokens.get(j).isWord() || j == cueHead || inMentionAt(j)) { // no stream per word (speed38)
                return false;
            }
        }
        return false;
    }

    /**
     * Whether one of the cue's further words (not its head phrase) stands inside the actor mention {@code m}, in a
     * case other than the nominative of a sound masculine plural (-ون، -و in iḍāfa): «منذ أن طرد مقاتلون محليون
     * جماعة الحوثي» names the ones who drove out in the nominative, «في طرد المتمردين» the ones driven out. A nationality
     * right after the further word is that word's own («تستقبل المرضى السعوديين»: the Saudi patients are received).
     */
    boolean inFurtherWord(ActorMention m, Cue c) {
        for (int w : c.words()) {
            if (w >= c.end() && (m.first() <= w && w < m.end()
                    || m.first() == w + 1 && m.why() != null && m.why().startsWith("demonym"))) {
                String norm = tokens.get(w).norm();
                return !norm.endsWith("ون") && !norm.endsWith("و");
            }
        }
        return false;
    }

    /** Whether one of the cue's further words standing before its head lies inside the mention. */
    boolean furtherWordBeforeIn(ActorMention m, Cue c) {
        for (int w : c.words()) {
            if (w < c.head() && m.first() <= w && w < m.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Citizens or nationals named near the cue (مواطنين، المواطنين), or null: the people a state acts on are its own.
     */
    ActorMention citizensNamed(Cue c) {
        for (ActorMention m : mentions) {
            if (m.first() > c.last() && m.first() - c.last() <= 6 && m.form() == ActorMention.Form.AGENT_ONLY
                    && "CVL".equals(m.code())) {
                return m;
            }
        }
        return null;
    }

    /**
     * The ones a one-actor arrest or raid is done to, named only as people (مواطن، مواطنين، الأطفال): never the agent
     * itself («ألقت شرطة محافظة الطائف القبض على مواطن» is the police against a citizen, not against itself). The
     * people word takes the country of the place the sentence names («سلطات الاحتلال اعتقلت ستة مواطنين من مخيم
     * عايدة في بيت لحم»: Palestinians) and its own role; with no place, a country's organ (its government, army,
     * police, intelligence) or the country itself acts on its own civilians (SAUCOP → SAUCVL, over the word «مواطن»),
     * while another agent (a group of no country, a person, a party) gives none: the target stays unidentified.
     */
    ActorMention heldCitizens(ActorMention citizens, ActorMention agent, ActorMention place) {
        String country = place == null ? null : place.primary();
        boolean organ = agent.role() == null || STATE_ROLES.contains(agent.role());
        if (country == null && organ && !agent.primary().startsWith("IMG")) {
            country = agent.primary();
        }
        if (country == null) {
            return null;
        }
        return new ActorMention(citizens.first(), citizens.end(), citizens.span(), country + citizens.code(),
                citizens.type(), citizens.entry(), citizens.nameEn() + " of " + country, citizens.why() + "+agent's country",
                ActorMention.Form.NAMED, citizens.sentence(), citizens.prefix());
    }

    /**
     * The agent of an indefinite masdar of an attack (modifiers.tsv agent-lam: هجوم، غارات، قصف) named after لـ,
     * right after the masdar or after one nisba adjective («قصف مدفعي للحوثيين»، «غارة جوية لقوات التحالف»): that
     * actor and the actors coordinated with it, when it is a party (not a place: «قصف لحلب»).
     */
    List<ActorMention> attackLamAgent(Cue c) {
        Segment r = c.reading();
        if (!r.suffix().isEmpty() || r.hasArticle() || !modifiers.is(r, Modifiers.Kind.AGENT_LAM)) {
            return List.of();
        }
        int at = c.head() + 1;
        if (at < b && nisbaAdjective(tokens.get(at))) {
            at++;
        }
        // «غارات لطيران التحالف»: the لـ is on the party's arms (modifiers.tsv attack-means), the party their genitive
        boolean viaMeans = at < b && lamMeans(tokens.get(at));
        if (viaMeans) {
            at++;
        }
        for (ActorMention m : mentions) {
            if (m.first() < at) {
                continue;
            }
            // (the arms' nationality names their party too: «في غارة لطائرة أمريكية»)
            return m.first() == at && (viaMeans ? genitiveForm(m) : "ل".equals(gluedPreposition(m.prefix())))
                    && (participant(m) || viaMeans && m.form() == ActorMention.Form.ADJECTIVE) && !isPlace(m)
                    ? withCoordinated(m) : List.of();
        }
        return List.of();
    }

    /**
     * The agent's own side named by a phrase of side (modifiers.tsv side: إلى جانب، بجانب، جنبا إلى جنب مع، في صفوف)
     * right after a fighting cue, or after its subject: the first actor right after the phrase and those coordinated
     * with it (empty when the phrase carries a pronoun: «يقاتل إلى جانبه»); null when no such phrase stands there.
     */
    List<ActorMention> alliesNamed(Cue c, int from) {
        int end = sidePhraseEnd(c.end());
        if (end < 0 && from != c.end()) {
            end = sidePhraseEnd(from);
        }
        if (end < 0) {
            return null;
        }
        for (ActorMention m : mentions) {
            if (m.first() >= end) {
                return m.first() == end ? withCoordinated(m) : List.of();
            }
        }
        return List.of();
    }

    /** The token after a phrase of side (modifiers.tsv side) that starts at {@code i}, or -1. */
    private int sidePhraseEnd(int i) {
        if (i >= b || !tokens.get(i).isWord()) {
            return -1;
        }
        if (modifiers.is(tokens.get(i), Modifiers.Kind.SIDE)) {
            return i + 1; // بجانب، بجانبه
        }
        for (int j = i + 1; j < Math.min(b, i + SIDE_PHRASE_WORDS); j++) {
            int n = modifiers.phraseLengthEndingAt(tokens, i, j, Modifiers.Kind.SIDE);
            if (n == j - i + 1) {
                return j + 1;
            }
        }
        return -1;
    }

    /** Whether the mention's first word can be a construct's genitive: no proclitic but the article. */
    private static boolean genitiveForm(ActorMention m) {
        return m.prefix().isEmpty() || m.prefix().equals("ال");
    }

    /**
     * A bare noun of a party's arms with a glued لـ (لطيران، لطائرات، لمقاتلات; modifiers.tsv attack-means, matched as
     * written: no article, no pronoun).
     */
    private boolean lamMeans(Token t) {
        String w = t.norm();
        return t.isWord() && w.length() > 3 && w.charAt(0) == 'ل'
                && modifiers.is(t.normAfterFirstLetter(), Modifiers.Kind.ATTACK_MEANS);
    }

    /** How many words before the subject's actor its head noun of aircraft may stand («طائرات التحالف الذي تقوده الولايات المتحدة»). */
    private static final int AIRCRAFT_REACH = 4;

    /**
     * Whether the act's subject, named before the cue, is a party's aircraft (modifiers.tsv aircraft): a noun of aircraft
     * heading the actor («طيران التحالف قصف»، «طائرات التحالف التي تقوم بقصف»، «الطائرات الحربية التركية بقصف») or
     * inside it, with only words between. The aircraft are the subject here as they are after the verb («قصفت طائرات
     * التحالف», the pattern's further word), and the strike is one from the air.
     */
    boolean aircraftSubject(Cue c, List<ActorMention> subj) {
        return armsSubject(c, subj, Modifiers.Kind.AIRCRAFT);
    }

    /**
     * Whether the act's subject, named before the cue, is a party's artillery or tanks (modifiers.tsv artillery: «المدفعية
     * التركية تقصف مواقع كردية»), read as {@link #aircraftSubject} reads aircraft: the shelling is with artillery (194).
     */
    boolean artillerySubject(Cue c, List<ActorMention> subj) {
        return armsSubject(c, subj, Modifiers.Kind.ARTILLERY);
    }

    /** Whether a noun of arms of the kind (aircraft, artillery) heads or stands inside the subject told before the cue. */
    private boolean armsSubject(Cue c, List<ActorMention> subj, Modifiers.Kind arms) {
        if (subj.isEmpty() || subj.get(0).end() > c.head()) {
            return false;
        }
        ActorMention m = subj.get(0);
        for (int k = m.end() - 1; k >= Math.max(a, m.first() - AIRCRAFT_REACH); k--) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                return false; // «طائرات، والقوات البرية»: the aircraft are another clause's
            }
            if (modifiers.is(t, arms)) {
                return true;
            }
        }
        return false;
    }

    /** How many tokens of a model's designation («إف-16») or of time («أمس») may stand on each side of a nationality. */
    private static final int DESIGNATION_REACH = 3;

    /**
     * The state whose aircraft or artillery, named by a noun of arms (modifiers.tsv aircraft, artillery) and the state's
     * nationality adjective right before a verb of violence, are the verb's subject (SVO): «أن المقاتلات التركية قصفت»،
     * «إن مقاتلات تركية إف-16 قصفت»، «طائرات الأباتشي السعودية تستهدف»، «الدبابات التركية قصفت قرية». No actor dictionary
     * reads such a noun (aircraft are things in the actor gold), so the nationality is only an adjective there and the
     * act had no agent, or took an actor after the verb (the owner of what is hit). The arms are the state's military:
     * the mention returned spans the noun to the adjective, coded the country's MIL; null when the words do not fit.
     * The noun opens its clause: the sentence's start, a punctuation mark, أن/إن, or a verb before it (not the genitive
     * of another noun: «خلال تسليم الطائرة السعودية المساعدات»); the verb has no proclitic (not a clause joined by و)
     * and no object pronoun (a noun told before a verb that repeats it as its object is that object: «المدفعية السورية
     * قصفتها طائرات التحالف»).
     */
    ActorMention armsOfANation(Cue c) {
        if (!c.isVerb() || !c.reading().prefix().isEmpty() || !c.reading().suffix().isEmpty()) {
            return null;
        }
        int i = c.head() - 1;
        for (int gap = 0; i >= a && gap < DESIGNATION_REACH && designationOrTime(i); gap++) {
            i--;
        }
        ActorMention nation = i < a ? null : nationalityEndingAt(i + 1);
        if (nation == null) {
            return null;
        }
        int k = nation.first() - 1;
        for (int gap = 0; k >= a && gap < DESIGNATION_REACH && !armsNoun(tokens.get(k)); gap++) {
            if (!tokens.get(k).isWord() && !designationOrTime(k) || inMention[k - a] || verbAt[k - a]) {
                return null;
            }
            k--;
        }
        if (k < a || !armsNoun(tokens.get(k)) || inMention[k - a] || !opensClause(k)) {
            return null;
        }
        return armsMention(k, nation);
    }

    /**
     * The state whose aircraft or artillery are the subject told right after a verb of violence (VSO), named as
     * {@link #armsOfANation} names them before it: «شنت الطائرات التركية غارات»، «وقصفت مقاتلات تركية مواقع»،
     * «واستهدفت طائرات تركية من طراز إف 16 فجر أمس». Without it the nationality alone was the subject (TUR: the
     * genitive of the verb read as its masdar, or the nationality of an unknown subject) or there was none. The noun
     * follows the verb at once (past at most {@link #DESIGNATION_REACH} tokens of a number or of time) and no actor
     * reads it; the adjective follows the noun within {@link #DESIGNATION_REACH} tokens, words that are neither an
     * actor nor a verb (حربية، الأباتشي) or a designation (إف-16). A proclitic و is no bar here (a verb that opens its
     * clause), nor an object pronoun (the object told before: «قصفتها الطائرات التركية»). Null when the words do not fit.
     */
    ActorMention armsOfANationAfter(Cue c) {
        if (!c.isVerb()) {
            return null;
        }
        int k = c.head() + 1;
        for (int gap = 0; k < b && gap < DESIGNATION_REACH && designationOrTime(k); gap++) {
            k++;
        }
        if (k >= b || !armsNoun(tokens.get(k)) || inMention[k - a]) {
            return null;
        }
        for (int i = k + 1, gap = 0; i < b && gap <= DESIGNATION_REACH; i++, gap++) {
            ActorMention nation = nationalityStartingAt(i);
            if (nation != null) {
                return armsMention(k, nation);
            }
            if (!tokens.get(i).isWord() && !designationOrTime(i) || inMention[i - a] || verbAt[i - a]) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether the place that would stand for an act of violence's unnamed target ({@link #placeActor}: the first
     * place after في or بـ) is named after the cue past a verb joined by و/ف whose act never takes a place for its
     * target (a cue outside {@link #PLACE_AS_TARGET_ROOTS}: support, aid, talks): «وهي تخوض حربا ضد الإرهاب في
     * المنطقة وتدعم الشرعية في اليمن» — the support is for Yemen's government, the war is not against Yemen. A verb of
     * violence, arrest or protest joined so tells more of the same operation and keeps its place («قتل ثلاثة أشخاص
     * وجرح آخرون في مدينة عربين»، «قتل واعتقل 16 شخصا ... في منطقة بنزرت»); a reporting verb («وتبين أنه يقيم في
     * الكويت») is no act and keeps it too.
     */
    boolean placeOfAnotherClause(Cue c, ActorMention place) {
        if (!VIOLENT_ROOTS.contains(c.pattern().root())) {
            return false;
        }
        for (int i = c.last() + 1; i < place.first() && i < b; i++) {
            if (verbAt[i - a] && (tokens.get(i).norm().startsWith("و") || tokens.get(i).norm().startsWith("ف"))) {
                Cue other = cueAt(i);
                if (other != null && other.isVerb() && !PLACE_AS_TARGET_ROOTS.contains(other.pattern().root())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The arms of a nation as an actor: the noun of arms at {@code k} to the adjective after it, coded the country's MIL. */
    private ActorMention armsMention(int k, ActorMention nation) {
        Token noun = tokens.get(k);
        return new ActorMention(k, nation.end(), new org.marsad.model.Span(noun.start(), nation.span().end()),
                nation.primary() + "MIL", nation.type(), nation.entry(), nation.nameEn() + " military",
                nation.why() + "+arms", ActorMention.Form.NAMED, nation.sentence(), noun.segments().get(0).prefix());
    }

    /** The code an act done by a state's arms ({@link #armsOfANation}) takes from the frame, by the noun's kind; or null. */
    String armsCode(Frame f, ActorMention arms) {
        return modifiers.is(tokens.get(arms.first()), Modifiers.Kind.AIRCRAFT) ? f.aircraftCode()
                : f.artilleryCode();
    }

    private boolean armsNoun(Token t) {
        return t.isWord() && (modifiers.is(t, Modifiers.Kind.AIRCRAFT)
                || modifiers.is(t, Modifiers.Kind.ARTILLERY));
    }

    /** A country's nationality adjective (a mention of form ADJECTIVE, as a single country's) ending at token end. */
    private ActorMention nationalityEndingAt(int end) {
        for (ActorMention m : mentions) {
            if (m.end() == end && m.form() == ActorMention.Form.ADJECTIVE && m.code() != null && m.code().length() == 3) {
                return m;
            }
        }
        return null;
    }

    /** A country's nationality adjective (a mention of form ADJECTIVE, as a single country's) starting at token start. */
    private ActorMention nationalityStartingAt(int start) {
        for (ActorMention m : mentions) {
            if (m.first() == start && m.form() == ActorMention.Form.ADJECTIVE && m.code() != null && m.code().length() == 3) {
                return m;
            }
        }
        return null;
    }

    /** A number, a hyphen, a word a hyphen or number follows (إف-16، F 16), or a noun of time (أمس): no clause's word. */
    private boolean designationOrTime(int i) {
        Token t = tokens.get(i);
        if (t.kind() == org.marsad.text.TokenKind.NUMBER || t.isPunct() && t.norm().equals("-")) {
            return true;
        }
        if (!t.isWord() || inMention[i - a] || verbAt[i - a]) {
            return false;
        }
        Token next = i + 1 < b ? tokens.get(i + 1) : null;
        return modifiers.is(t, Modifiers.Kind.TIME_NOUN) || next != null
                && (next.kind() == org.marsad.text.TokenKind.NUMBER || next.isPunct() && next.norm().equals("-"));
    }

    private boolean opensClause(int k) {
        if (k == a) {
            return true;
        }
        Token before = tokens.get(k - 1);
        return !before.isWord() || verbAt[k - 1 - a] || SubjectSearch.CONTENT_PARTICLES.contains(before.norm());
    }

    /**
     * Whether {@code m} is the agent an indefinite masdar of an attack names after لـ («هجمات لحزب العمال»، «قصف
     * مدفعي للحوثيين»; modifiers.tsv agent-lam), as {@link #attackLamAgent} reads it from the masdar's side.
     */
    boolean lamAttacker(ActorMention m) {
        int j = m.first() - 1;
        if (isPlace(m)) {
            return false;
        }
        if (!"ل".equals(gluedPreposition(m.prefix()))) {
            // «إثر غارات لطائرات التحالف»: the party is the genitive of its arms after لـ
            if (!genitiveForm(m) || j <= a || !lamMeans(tokens.get(j))) {
                return false;
            }
            j--;
        }
        if (j > a && nisbaAdjective(tokens.get(j))) {
            j--;
        }
        if (j < a || !tokens.get(j).isWord()) {
            return false;
        }
        for (Segment r : tokens.get(j).segments()) {
            if (r.suffix().isEmpty() && !r.hasArticle() && modifiers.is(r, Modifiers.Kind.AGENT_LAM)) {
                return true;
            }
        }
        return false;
    }

    /** A bare nisba adjective (جوي، مدفعية، انتحاريا): no article, no proclitic, ending in ي، ية or يا. */
    static boolean nisbaAdjective(Token t) {
        if (!t.isWord() || t.segments().get(0).hasArticle() || !t.segments().get(0).prefix().isEmpty()) {
            return false;
        }
        String w = t.norm();
        return w.length() > 2 && (w.endsWith("ي") || w.endsWith("يه") || w.endsWith("يا"));
    }

    /**
     * The token of an attack noun that a killing at {@code c} happened in: «في غارة»، «جراء غارات»
     * (modifiers.tsv {@code killed-in}), in the same clause within {@link #KILLED_IN_REACH} tokens, with no actor
     * between but the victim's own side (an actor of another side there is the object of an active verb: «قتلت
     * القوات الأمريكية زعيم القاعدة في غارة»). -1 if none.
     */
    int attackAfter(Cue c, ActorMention victim) {
        int end = Math.min(b, c.last() + 1 + KILLED_IN_REACH);
        for (int i = c.last() + 1; i < end; i++) {
            Token t = tokens.get(i);
            if (t.isPunct() && !QUOTES.contains(t.norm()) || verbAt[i - a]) {
                return -1;
            }
            Cue attack = cueAt(i);
            if (attack != null && !attack.isVerb() && VIOLENT_ROOTS.contains(attack.pattern().root())) {
                // (not بـ glued to the noun: «قصف قوات النظام لمدن درعا بالبراميل» names the weapon)
                boolean bound = i - 1 >= a && modifiers.is(tokens.get(i - 1), Modifiers.Kind.KILLED_IN);
                return bound && onlySideBetween(c.last() + 1, i, victim) ? i : -1;
            }
        }
        return -1;
    }

    /**
     * Whether every actor starting in [from, to) is of the victim's side (its apposition, its group), or killed
     * with it (after مع: «قياديا كبيرا في تنظيم القاعدة قتل مع مسلحين اثنين آخرين في غارة أمريكية»).
     */
    private boolean onlySideBetween(int from, int to, ActorMention victim) {
        for (ActorMention m : mentions) {
            if (m.first() >= from && m.first() < to && participantOrAgent(m) && m != victim
                    && !java.util.Objects.equals(m.primary(), victim.primary()) && !"مع".equals(prepositionOf(m))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a protest verb is followed right away by a number or a word of counting (modifiers.tsv count:
     * «وتظاهر عشرات الأكراد»، «اعتصم مئات»): a protest verb has no object, so the counted are its subject.
     */
    boolean countedProtesters(Cue c) {
        int i = c.end();
        if (!c.pattern().root().equals("14") || i >= b) {
            return false;
        }
        // past up to three words of an approximate count (modifiers.tsv count-approximate, as written): «وتجمع نحو
        // ثلاثين من هؤلاء الأقرباء»، «تظاهر أكثر من ألف»
        for (int k = 0; k < 3 && i + 1 < b && tokens.get(i).isWord()
                && (modifiers.is(tokens.get(i).norm(), Modifiers.Kind.COUNT_APPROXIMATE)
                || k > 0 && modifiers.is(tokens.get(i).norm(), Modifiers.Kind.COUNT_APPROXIMATE_LINK)); k++) {
            i++;
        }
        Token t = tokens.get(i);
        return t.kind() == org.marsad.text.TokenKind.NUMBER
                || t.isWord() && !t.segments().get(0).hasArticle() // (not الاثنين, Monday)
                && modifiers.is(t.segments().get(0), Modifiers.Kind.COUNT);
    }

    /**
     * Whether the verb cue, one of modifiers.tsv passive-verb (قتل، اختطف ...), is passive though its subject stands
     * before it: the word right after it opens a circumstance, not an object (modifiers.tsv passive-sign, or a
     * preposition glued as بـ: «قتلوا بانفجار»، «قتلوا لدى قصف»), no number or count word follows within
     * {@link #OBJECT_GAP} words (an object after the circumstance: «قتلت في الرمادي 23 عنصرا»), and the verb
     * carries no object pronoun («محاولة رجل أمن قتله دهساً» is active). The subject stands right before the verb, or
     * before the relative pronoun that opens it («هلال الأسد الذي قتل في معارك»): one further back is no sure subject.
     */
    boolean passiveWithSubjectFirst(Cue c, ActorMention subject) {
        int gap = c.head() - subject.end();
        if (gap != 0 && !(gap == 1 && clauseBreaks.isRelativePronoun(tokens.get(c.head() - 1)))) {
            return false;
        }
        int i = c.last() + 1;
        if (!modifiers.is(tokens.get(c.head()), Modifiers.Kind.PASSIVE_VERB)
                || !c.reading().suffix().isEmpty() || i >= b || !tokens.get(i).isWord()) {
            return false;
        }
        Token t = tokens.get(i);
        if (!modifiers.is(t, Modifiers.Kind.PASSIVE_SIGN) && t.segments().get(0).preposition() != 'ب') {
            return false;
        }
        return !numberOrCountIn(i + 1, Math.min(b, i + 1 + OBJECT_GAP));
    }

    /**
     * Whether the verb cue, one of modifiers.tsv passive-verb (قتل، اعتقل ...) with no subject of its own found, is
     * passive: no object pronoun on it, and the word right after it opens a circumstance, not an object (modifiers.tsv
     * passive-sign, a glued بـ or لـ: «اعتقل للاشتباه»، «اعتقلوا خلال المداهمات»), or the clause ends there (the
     * sentence's end, punctuation, أو with the next verb: «قتلوا او اعتقلوا او استسلموا»), with no number or count word
     * within {@link #OBJECT_GAP} words after it; or its first letter carries the damma of the passive («يُعتقَل»). Such
     * a verb names no agent, and none is borrowed for it: the speaker who reports it, the sentence's or the article's
     * subject did not do it («وأوضح أن سائق الشاحنة، وهو بولندي، اعتقل للاشتباه بمساعدته» is no act of the minister).
     */
    boolean passiveWithNoSubject(Cue c) {
        Token head = tokens.get(c.head());
        String prefix = c.reading().prefix();
        String bare = head.norm().startsWith(prefix) ? head.norm().substring(prefix.length()) : head.norm();
        if (!c.reading().suffix().isEmpty() || c.last() != c.head()
                || !modifiers.is(head, Modifiers.Kind.PASSIVE_VERB) && !modifiers.is(bare, Modifiers.Kind.PASSIVE_VERB)) {
            return false;
        }
        if (vowelledPassive(c)) {
            return true;
        }
        int i = c.last() + 1;
        if (i >= b) {
            return true;
        }
        Token t = tokens.get(i);
        if (t.isPunct()) {
            return !QUOTES.contains(t.norm()) && !numberOrCountIn(i + 1, Math.min(b, i + 1 + OBJECT_GAP));
        }
        if (!t.isWord()) {
            return false;
        }
        char preposition = t.segments().get(0).preposition();
        if (!modifiers.is(t, Modifiers.Kind.PASSIVE_SIGN) && !modifiers.is(t, Modifiers.Kind.DISJUNCTION)
                && preposition != 'ب' && preposition != 'ل') {
            return false;
        }
        return !numberOrCountIn(i + 1, Math.min(b, i + 1 + OBJECT_GAP));
    }

    /** Whether a number or a count word (modifiers.tsv count) stands in tokens [from, to): the object's count. */
    private boolean numberOrCountIn(int from, int to) {
        for (int k = from; k < to; k++) {
            Token w = tokens.get(k);
            if (w.kind() == org.marsad.text.TokenKind.NUMBER
                    || w.isWord() && modifiers.is(w.segments().get(0), Modifiers.Kind.COUNT)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the mention after a verb opens with a group of people in the accusative or genitive of a sound
     * masculine plural or dual (شرطيين، المدنيين، امريكيين، المسلحين: -ين where the subject would be -ون or -ان). A
     * proper name may end so (حسين، بوتين، البحرين): only a generic agent or a nationality is read. Not with a
     * number or count word right after it: «وفي بورنو قتل مسلحين ثمانية أشخاص» writes the subject in the
     * accusative, its object after it; nor with لـ soon after it, which may name the object of a masdar whose
     * genitive is its agent («قتل المسلحين للمدنيين»).
     */
    boolean obliqueVictim(Cue c, ActorMention m) {
        if (!modifiers.is(tokens.get(c.head()), Modifiers.Kind.PASSIVE_VERB) || !c.reading().suffix().isEmpty()) {
            // (only acts done to persons, modifiers.tsv passive-verb: «قصف المتمردين في اليمن لمناطق سكنية» is a
            // masdar whose genitive is its agent; and not a verb with its object pronoun: «دون أن يقتله، ولكنّ
            // الصيادين» has its object, the actor after it opens another clause)
            return false;
        }
        return obliquePlural(m);
    }

    /**
     * Whether the actor read as the subject of a verb of violence, between the verb and its further word, is the
     * verb's first object instead: a group in -ين ({@link #obliquePlural}), not the genitive of a number or count
     * word, of a partitive «من» or of a member noun, and the cue not a masdar after a preposition (session 30,
     * events145).
     */
    boolean obliqueObjectBeforeFurtherWord(Cue c, ActorMention m) {
        if (gluedPreposition(c.reading().prefix()) != null || c.head() - 1 >= a
                && (bareWordOf(tokens.get(c.head() - 1), STANDALONE_PREPS)
                    || modifiers.is(tokens.get(c.head() - 1), Modifiers.Kind.MASDAR_GOVERNOR))) {
            return false; // «مع شن مسلحين هجوما»: the masdar's genitive, its agent as often as not
        }
        if (prepositional(m) || memberAt(m) >= 0) {
            return false; // «فتح خمسة عناصر من المتطرفين النار»: the group is in the subject's phrase
        }
        if (m.first() - 1 >= a) {
            Token before = tokens.get(m.first() - 1);
            if (before.kind() == org.marsad.text.TokenKind.NUMBER
                    || before.isWord() && modifiers.is(before.segments().get(0), Modifiers.Kind.COUNT)) {
                return false; // «فجر أربعة انتحاريين أجهزة ناسفة»: the counted noun is its number's genitive
            }
        }
        return obliquePlural(m);
    }

    /**
     * Whether the mention opens with a group of people in the accusative or genitive of a sound masculine plural or
     * dual (-ين where a subject would be -ون or -ان), read as {@link #obliqueVictim} reads it, whatever the verb: such
     * a group after a verb is its object, never its subject («استهدفت حتى الآن المتمردين الأكراد، وبعض مواقع تنظيم
     * داعش»: the Kurdish rebels were targeted; session 30, events145).
     */
    boolean obliquePlural(ActorMention m) {
        String why = m.why();
        if (why == null || !(why.startsWith("agent") || why.startsWith("demonym") || why.startsWith("people"))
                || why.contains("name") || why.contains("alias") || why.contains("person")) {
            return false;
        }
        Token t = tokens.get(m.first());
        String stem = t.isWord() ? t.segments().get(0).stem() : "";
        if (stem.length() < 5 || !stem.endsWith("ين")) {
            return false;
        }
        if (m.end() < b) {
            Token next = tokens.get(m.end());
            if (next.kind() == org.marsad.text.TokenKind.NUMBER
                    || next.isWord() && modifiers.is(next.segments().get(0), Modifiers.Kind.COUNT)) {
                return false;
            }
        }
        for (int i = m.end(); i < Math.min(b, m.end() + OBJECT_GAP); i++) {
            Token w = tokens.get(i);
            if (!w.isWord()) {
                break;
            }
            if (w.segments().get(0).preposition() == 'ل') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a word of killing written as the past (قتل) stands right after a word that governs it as a masdar
     * (modifiers.tsv masdar-governor: «وراء قتل»، «في قضية قتل»، «يريدون قتل») with no proclitic or pronoun on it,
     * and the actor read as its subject follows it at once with the article: that actor is the masdar's genitive,
     * the one killed («تقف وراء قتل المستوطن الإسرائيلي»), not the killer. An indefinite plural there is the
     * masdar's agent and stays («ظاهرة قتل إرهابيين سعوديين أقاربهم»).
     */
    boolean masdarAfterGoverningWord(Cue c, ActorMention m) {
        String stem = c.reading().stem();
        if (c.head() - 1 < a || !c.reading().prefix().isEmpty() || !c.reading().suffix().isEmpty() || stem.isEmpty()
                || stem.charAt(0) == 'ي' || stem.charAt(0) == 'ت' || stem.charAt(0) == 'ن') {
            return false;
        }
        return m.first() == c.end() && tokens.get(m.first()).norm().startsWith("ال")
                && modifiers.is(tokens.get(c.head() - 1), Modifiers.Kind.MASDAR_GOVERNOR);
    }

    /**
     * Whether a past of killing (modifiers.tsv passive-verb, no object pronoun) with its subject right after it is
     * passive: the subject is an indefinite group or person («جندي عراقي»، «شاب فلسطيني»، «شرطي», not a name, no
     * article: the definite subject of news is its agent, «قتلت الشرطة مسلحين»), or one of a group (modifiers.tsv
     * one-of: «أحد المتظاهرين»), and what follows it, past at most
     * {@link #ADJECTIVE_SKIP} indefinite adjectives («ضابط اتحادي»، «جنديان تركيان اضافيان»), opens no object: the
     * sentence's end or punctuation, a word joined by و (a new conjunct: «وأصيب خمسة آخرون»، «وآخر من تنظيم داعش»),
     * or a circumstance (modifiers.tsv passive-sign, vso-passive-sign, a glued بـ) with no number or count word
     * within {@link #OBJECT_GAP} words but after a word of time («بالرصاص يوم 26 يونيو»). A number there is the
     * object of an active verb: «عندما قتل متطرفون بالرصاص 48 مصليا»، «يقتل انتحاري ثلاثة جنود».
     */
    boolean indefiniteSubjectOfPassive(Cue c, ActorMention m) {
        String stem = c.reading().stem();
        String verb = tokens.get(c.head()).norm();
        String prefix = c.reading().prefix();
        String bare = verb.startsWith(prefix) ? verb.substring(prefix.length()) : verb; // (وقتل: قتل)
        if (!modifiers.is(bare, Modifiers.Kind.PASSIVE_VERB) || !c.reading().suffix().isEmpty()
                || stem.isEmpty() || stem.charAt(0) == 'ي' || stem.charAt(0) == 'ت' || stem.charAt(0) == 'ن') {
            return false; // (the present: «يقتل انتحاري ثلاثة جنود» is read as written)
        }
        String why = m.why();
        if (why == null || !(why.startsWith("agent") || why.startsWith("demonym") || why.startsWith("people"))
                || why.contains("name") || why.contains("alias") || why.contains("person")) {
            return false;
        }
        Token first = tokens.get(m.first());
        boolean oneOf = m.first() == c.end() + 1 && modifiers.is(tokens.get(c.end()), Modifiers.Kind.ONE_OF);
        if (m.first() != c.end() && !oneOf || !first.isWord() || first.segments().get(0).preposition() != 0
                || !oneOf && (first.segments().get(0).hasArticle() || !first.segments().get(0).suffix().isEmpty())) {
            return false; // (one of a group, «أحد المتظاهرين»، «أحد منتسبي وزارة الداخلية», is one indefinite person)
        }
        int i = m.end();
        for (int skipped = 0; i < b && skipped < ADJECTIVE_SKIP && indefiniteAdjective(tokens.get(i)); skipped++) {
            i++;
        }
        if (i < b && tokens.get(i).isPunct() && !QUOTES.contains(tokens.get(i).norm())) {
            // the sentence's end, or a comma with no number soon after it («فقتل رجال الأمن، وتفجيرات المساجد»،
            // «بجواز قتل رجال الأمن، متجاهلين»); a number there is the object after an aside («بعد أن قتل انتحاري،
            // يشتبه بأنه ينتمي لتنظيم داعش، 32 شخصًا»)
            return !numberOrCountIn(i + 1, Math.min(b, i + 1 + ASIDE_REACH));
        }
        if (i >= b) {
            return true;
        }
        Token t = tokens.get(i);
        if (!t.isWord()) {
            return false;
        }
        if (t.segments().get(0).prefix().startsWith("و") || t.norm().startsWith("و")
                && modifiers.is(t, Modifiers.Kind.VSO_PASSIVE_SIGN)) {
            return true; // (a word of the list the segmenter leaves whole: وأصيب)
        }
        if (!modifiers.is(t, Modifiers.Kind.PASSIVE_SIGN) && !modifiers.is(t, Modifiers.Kind.VSO_PASSIVE_SIGN)
                && t.segments().get(0).preposition() != 'ب') {
            return false;
        }
        for (int k = i + 1; k < Math.min(b, i + 1 + OBJECT_GAP); k++) {
            Token w = tokens.get(k);
            if (w.isPunct() && !QUOTES.contains(w.norm())) {
                break;
            }
            boolean ofTime = YEAR_WORDS.contains(tokens.get(k - 1).norm())
                    || modifiers.is(tokens.get(k - 1), Modifiers.Kind.VSO_PASSIVE_SIGN);
            if (w.kind() == org.marsad.text.TokenKind.NUMBER && !ofTime
                    || w.isWord() && modifiers.is(w.segments().get(0), Modifiers.Kind.COUNT)
                    || ownedObject(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A noun with its possessive pronoun outside a prepositional phrase (no glued preposition, none right before):
     * the object of an active verb, «قتل مواطن بالعقد الثالث من عمره ابنه» (not «من عمره», the phrase's own).
     */
    private boolean ownedObject(int k) {
        Token w = tokens.get(k);
        if (!w.isWord() || w.segments().get(0).suffix().isEmpty() || w.segments().get(0).preposition() != 0
                || !w.segments().get(0).prefix().isEmpty()) {
            return false;
        }
        String before = tokens.get(k - 1).norm();
        return !(PHRASE_PREPOSITIONS.contains(before) || REFERENCE_PREPOSITIONS.contains(before));
    }

    /** An indefinite nisba adjective (اتحادي، تركيان، اضافيان، سعودية): no article, no glued preposition. */
    private boolean indefiniteAdjective(Token t) {
        if (!t.isWord() || t.segments().get(0).hasArticle() || t.segments().get(0).preposition() != 0
                || !t.segments().get(0).prefix().isEmpty()) {
            return false;
        }
        String n = t.norm();
        return n.length() > 3 && (n.endsWith("ي") || n.endsWith("يان") || n.endsWith("يه") || n.endsWith("يون"));
    }

    /** The act's victim a relative clause on it names (see {@link #actUndergone}): the actor after its verb. */
    List<ActorMention> relativeClauseVictim(Cue c) {
        for (int i = c.last() + 1; i < Math.min(b, c.last() + 4); i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                return List.of();
            }
            if (clauseBreaks.isRelativePronoun(t)) {
                if (!actUndergone(c, i)) {
                    return List.of();
                }
                // after تعرضت its resumptive لها stands before the victim
                boolean lam = i + 2 < b && RESUMPTIVE_LAM.contains(tokens.get(i + 2).norm());
                return participantAt(lam ? i + 3 : i + 2);
            }
        }
        return List.of();
    }

    /**
     * Whether a masdar of a non-violent act (تعزيزات، اجتماع) is what a violent cue a few words before it strikes:
     * right after على / ضد («شنت طائرات التحالف امس غارات جوية على تعزيزات عسكرية»), or right after a violent verb
     * as its object («شنت غارتين استهدفت تعزيزات للحوثيين»). What a strike hits is a thing, not an act of its
     * attacker. A masdar joined by و is one more act of a list («تطهير عرقي وتهجير واستيلاء»), one with a
     * preposition of its own a time or a place (عقب زيارة، خلال اجتماع), so neither is read so.
     */
    boolean struckByViolence(Cue c) {
        if (!c.isMasdar() || VIOLENT_ROOTS.contains(c.pattern().root()) || !c.reading().prefix().isEmpty()
                || c.head() <= a) {
            return false;
        }
        Cue v = null;
        for (Cue o : cues) {
            if (o != c && o.last() < c.head() && (v == null || o.last() > v.last())) {
                v = o;
            }
        }
        if (v == null || !VIOLENT_ROOTS.contains(v.pattern().root()) || c.head() - v.last() > STRUCK_REACH) {
            return false;
        }
        if (v.isVerb() && v.last() == c.head() - 1) {
            return true; // the verb's object
        }
        Token before = tokens.get(c.head() - 1);
        Segment on = before.isWord() ? before.segments().get(0) : null;
        if (on == null || !on.prefix().isEmpty() || !on.stem().equals("علي") && !on.stem().equals("ضد")) {
            return false;
        }
        int from = v.last() + 1;
        for (int i = from; i < c.head() - 1; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || clauseBreaks.isRelative(t)) {
                return false;
            }
            Segment s = t.segments().get(0);
            if (gluedPreposition(s.prefix()) != null || STANDALONE_PREPS.contains(s.stem())) {
                return false; // «هجوم ... في مدينة على ...»: the على is another word's
            }
        }
        return !clauseBreaks.anyBetween(tokens, from, c.head());
    }

    /**
     * Whether a threat cue (root 13) names a danger, not a threat made: its masdar up to three words after a verb
     * of constituting, a copula pronoun or «مصدر» (modifiers.tsv constituting: «يشكل تهديدا»، «تمثل حاليا أخطر
     * تهديد»), with no punctuation between, or a state of things endangered right after a cue of one word (modifiers.tsv
     * endangered: «يهددان أمن واستقرار لبنان»، «تهدد الأمن القومي التركي»; not «حذر من مستقبل»: a warning given).
     */
    boolean dangerNamed(Cue c) {
        if (!THREAT_ROOT.equals(c.pattern().root())) {
            return false;
        }
        if (c.last() == c.end() - 1 && c.end() < b && tokens.get(c.end()).isWord()) {
            String w = tokens.get(c.end()).norm(); // as written, with the article or without (الأمن، أمن)
            if (modifiers.isWithOrWithoutArticle(w, Modifiers.Kind.ENDANGERED)) {
                return true;
            }
        }
        if (!c.isMasdar()) {
            return false;
        }
        for (int i = c.head() - 1; i >= Math.max(a, c.head() - 3); i--) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                return false;
            }
            String w = t.norm(); // as written, or after و / ف (ويشكل، فهو)
            if (modifiers.is(w, Modifiers.Kind.CONSTITUTING) || (w.charAt(0) == 'و' || w.charAt(0) == 'ف')
                    && modifiers.is(t.normAfterFirstLetter(), Modifiers.Kind.CONSTITUTING)) {
                return true;
            }
        }
        return false;
    }

    /** Words at most between a killing and the «من» of its counted victims' group («قتل 18 على الأقل من»). */
    private static final int PARTITIVE_GAP = 3;

    /**
     * The group the counted victims of an act of violence are part of, named after «من» right after the act
     * («قتل 18 على الأقل من مسلحي الحوثي»، «مقتل 34 عنصرا من حزب الله»، «وقتل عنصران من الشرطة التركية»), or null.
     * The count and its noun are no actor of any dictionary, so the act would otherwise have no one it befell and
     * take the place of the sentence: the group is who was hit. At most {@link #PARTITIVE_GAP} words between, no
     * punctuation and no actor among them, a number or a count word among them or a lone dual (else «من» may name the
     * agent: «اعتداء عناصر من شرطة الاحتلال»); the group a coded party, not a place («3 فلسطينيين من غزة»), nor an
     * agent's «من قبل» (no actor starts right after «من» there). Not when the verb's own further word comes after the
     * group («فتح أربعة من مقاتلي داعش النار على»، «شن خمسة من المسلحين هجوما»): the verb has its object there, so it is
     * active and the counted are its subject, the ones who fired — unless the verb's plural form holds its subject.
     */
    ActorMention partitiveVictims(Cue c) {
        for (int i = c.end(); i < b && i <= c.end() + PARTITIVE_GAP; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() && t.kind() != org.marsad.text.TokenKind.NUMBER || startsActor(i)) {
                return null;
            }
            if (i > c.end() && t.norm().equals("من")) {
                if (!numberOrCountIn(c.end(), i) && !(i == c.end() + 1 && indefiniteDual(tokens.get(c.end())))) {
                    return null; // «اعتداء عناصر من شرطة الاحتلال»، «قصف المدن السنّية من قوات بشار»: من of the agent
                }
                if (c.isVerb() && !c.furtherBefore() && c.last() > i
                        && !patterns.hasPluralSubject(c.pattern(), c.reading().stem())) {
                    // «فتح أربعة من مقاتلي داعش النار»: the counted stand before the verb's own object. Not after a
                    // plural form, whose subject is in the verb: «احتجزوا أربعة من الشرطة رهائن» holds the counted
                    return null;
                }
                ActorMention group = actorAt(i + 1);
                return group != null && participant(group) && !isPlace(group) && group.code() != null ? group : null;
            }
        }
        return null;
    }

    /** A dual with no article, counting by itself («عنصران»، «عضوين»). */
    private static boolean indefiniteDual(Token t) {
        String w = t.norm();
        return t.isWord() && !t.segments().get(0).hasArticle() && w.length() > 4 && (w.endsWith("ان") || w.endsWith("ين"));
    }

    private boolean startsActor(int i) {
        return actorAt(i) != null;
    }

    private ActorMention actorAt(int i) {
        for (ActorMention m : mentions) {
            if (m.first() == i) {
                return m;
            }
        }
        return null;
    }
}
