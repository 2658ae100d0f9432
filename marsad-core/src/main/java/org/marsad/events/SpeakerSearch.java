package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.actors.ActorMention;
import org.marsad.dict.TsvFile;
import org.marsad.events.Modifiers.Reporting;
import org.marsad.text.Segment;
import org.marsad.text.Token;

/**
 * Who speaks, and the subjects a sentence borrows from its speakers: the reporting verbs ({@link #reportingCues}) and
 * their subjects ({@link #noteSpeaker}: the speaker in play, carried over a few sentences), «بلاده» said by a speaker
 * as the speaker's country ({@link #ownCountryOfSpeaker}), the subject of the sentence's first verb, the agent of a
 * circumstantial participle ({@link #circumstantialSubject}) and its addressee, a possessive pronoun's referent; and
 * the sentence's quotations with their speakers ({@link #quotes}).
 *
 * <p>Writes {@code speakerInPlay} and {@code speakerSentence}, which EventCoder carries to the next sentence, and
 * {@code lastSubject} for a reporting verb's named subject.
 */
abstract class SpeakerSearch extends AgentSearch {
    /** Roots whose acts have victims (coerce, assault, fight, mass violence): «حوادث خطف مواطنين» names the victims. */
    static final Set<String> VICTIM_ROOTS = Set.of("17", "18", "19", "20");

    /** The suffix pronoun of the first person plural («مباحثاتنا»: our talks), as the segmenter splits it. */
    private static final String FIRST_PERSON_PLURAL = "نا";

    /** Words no dictionary knows that may stand between a circumstantial participle and its addressee's nationality. */
    private static final int ADDRESSEE_GAP = 2;

    /** How far (tokens) before a masdar's possessive pronoun its referent may be named in the same clause. */
    private static final int PRONOUN_REACH = 5;

    /** How many sentences on a speaker named by a reporting verb still speaks through subjectless ones (وأشار، وقال). */
    private static final int SPEAKER_SENTENCES = 2;

    /** The roles of reporters (events/reporters.tsv kind role: MED). */
    private static final Set<String> REPORTER_ROLES = new java.util.HashSet<>();

    /** The actor dictionary entries of reporters (events/reporters.tsv kind entry: the Syrian Observatory ...). */
    private static final Set<String> REPORTER_ENTRIES = new java.util.HashSet<>();

    static {
        for (TsvFile.Row r : TsvFile.read("marsad/events/reporters.tsv", 2, true)) {
            switch (r.col(0)) {
                case "role" -> REPORTER_ROLES.add(r.col(1).strip());
                case "entry" -> REPORTER_ENTRIES.add(r.col(1).strip());
                default -> throw r.error("a reporter is a role or an entry, got '" + r.col(0) + "'");
            }
        }
    }

    SpeakerSearch(SentenceInput in) {
        super(in);
    }

    /**
     * Whether the agents found for an act of force (coerce, assault, fight, mass violence) are only the ones who tell
     * of it: every one a reporter (events/reporters.tsv: the media, the Syrian Observatory, unnamed sources ...) that is
     * either borrowed from the context ({@code borrowed}: the speaker, the sentence's or the carried subject) or the
     * subject of one of the sentence's reporting verbs or phrases, taken for the act's own subject («وقال المرصد
     * السوري لحقوق الإنسان "فجر انتحاري نفسه"»: the bomber is an unknown noun the VSO verb has after it). A reporter
     * that is the act's own verb's subject and speaks nowhere in the sentence keeps it.
     */
    boolean onlyReporters(List<ActorMention> subj, boolean borrowed) {
        for (ActorMention m : subj) {
            if (!reporter(m) || !borrowed && !speaksHere(m)) {
                return false;
            }
        }
        return !subj.isEmpty();
    }

    private static boolean reporter(ActorMention m) {
        return m.entry() != null && REPORTER_ENTRIES.contains(m.entry().id())
                || m.role() != null && REPORTER_ROLES.contains(m.role());
    }

    /** Whether the mention is the subject of one of the sentence's reporting verbs, or named after a reporting phrase. */
    private boolean speaksHere(ActorMention m) {
        for (int[] r : reporting) {
            List<ActorMention> sp = speakerOf(r);
            if (sp.contains(m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one who speaks through the reporting cue {@code r} ({@link #reportingCues}: position, 1 for a verb): a verb's
     * subject, else the actor a few words after the phrase («بحسب ما ذكرت وكالة»، «وفقا لبيان صادر عن الوزارة»), but none
     * when the phrase's noun is its owner's by a pronoun ({@link #ownedAttribution}).
     */
    List<ActorMention> speakerOf(int[] r) {
        if (r[1] == 1) {
            return speakerSubject(r[0]);
        }
        return ownedAttribution(r[0]) ? List.of() : after(r[0] + 1, 4, false);
    }

    /**
     * Whether the reporting phrase with no verb at {@code cue} («حسب»، «بحسب»، «وفقا»، «طبقا»; not «حسبما», which a verb
     * follows) is followed by a noun carrying a possessive pronoun: «حسب قوله»، «وفقاً لأجندته الخاصة بعيداً عن الوفود
     * الأوروبية». What is told is according to the one the pronoun refers back to, named before; an actor a few words on
     * («الوفود الأوروبية» after «بعيداً عن») is no speaker. The pronoun is read from the word as written (ه, not the ة
     * that normalization also makes ه) on a word without the article.
     */
    private boolean ownedAttribution(int cue) {
        int i = cue + 1;
        if (i >= b || !tokens.get(i).isWord() || inMention[i - a] || tokens.get(cue).norm().endsWith("ما")) {
            return false;
        }
        Token w = tokens.get(i);
        String norm = w.norm();
        String bare = norm.startsWith("و") || norm.startsWith("ف") ? norm.substring(1) : norm;
        if (bare.startsWith("ال") || bare.startsWith("لل") || bare.length() < 4) {
            return false;
        }
        if (norm.endsWith("ها") || norm.endsWith("هم") || norm.endsWith("هما") || norm.endsWith("هن")) {
            return true;
        }
        int last = w.end() - 1;
        while (last > w.start() && (text.charAt(last) >= '\u064B' && text.charAt(last) <= '\u0652'
                || text.charAt(last) == '\u0640')) {
            last--; // tashkeel and tatweel
        }
        return text.charAt(last) == 'ه';
    }

    /**
     * The agent of a circumstantial participle: the speaker named by the nearest reporting verb before it in the
     * sentence; with no reporting verb before it, the subject of the sentence's first verb. None when that verb's
     * subject is a pronoun: an actor after أن / بأن is the subject of what was said («وأكد بأن اليمن يتطلع ...
     * مشيرا بأن طهران إذا ارادت ... مطالبا الحوثيين»: Tehran demands nothing), not the speaker; nor is the subject
     * carried from the sentence before (tried on slice i%19==15: as often wrong, «لندن» of a quotation, as right).
     */
    List<ActorMention> circumstantialSubject(Cue c) {
        List<ActorMention> best = List.of();
        boolean reported = false;
        for (int[] r : reporting) {
            if (r[1] == 1 && r[0] < c.head()) {
                reported = true;
                List<ActorMention> sp = subject(r[0], r[0] + 1, true);
                best = !sp.isEmpty() && sp.get(0).end() <= c.head()
                        && !contentParticleBetween(r[0] + 1, sp.get(0).first()) ? sp : List.of();
            }
        }
        if (!reported) {
            best = sentenceSubjectAt < c.head() && !sentenceSubject.isEmpty()
                    && sentenceSubject.get(0).end() <= c.head() ? sentenceSubject : List.of();
        }
        return best;
    }

    /**
     * Whether the masdar cue {@code c} is a circumstantial participle by its place: its head, as written with no
     * proclitic and ending in ة (modifiers.tsv {@code hal-after-comma}: مطالبة), stands right after a comma. The masdar's
     * form is also the feminine active participle, which there tells what the one who spoke did as well («وأشارت إلى أن
     * القدس بحاجة ... لردع ومحاسبة إسرائيل على عدوانها ...، مطالبة الدول كافة ومؤسسات الأمم المتحدة باتخاذ ما يلزم»): it is
     * read as a patterns.tsv {@code hal} cue, its agent the speaker, never the actor nearest before it. Session 30,
     * events146.
     */
    boolean circumstantialAfterComma(Cue c) {
        int h = c.head();
        if (c.isVerb() || c.pattern().kind() != 'N' || h - 1 < a || !c.reading().prefix().isEmpty()
                || !c.reading().suffix().isEmpty()) {
            return false;
        }
        Token before = tokens.get(h - 1);
        Token t = tokens.get(h);
        if (!before.isPunct() || !before.norm().equals("،") && !before.norm().equals(",")
                || !modifiers.is(t.norm(), Modifiers.Kind.HAL_AFTER_COMMA)) {
            return false;
        }
        return CueFinder.writtenWithTa(text, t, null); // مطالبة, not «مطالبه» (his demands): ة folds to ه
    }

    /**
     * The one a circumstantial participle with no preposition in its frame addresses: its direct object, right
     * after it (and its further words) or named by a nationality after at most {@value #ADDRESSEE_GAP} words no
     * dictionary knows («داعياً القوى السياسية اللبنانية»), with no preposition, punctuation or أن before it.
     */
    List<ActorMention> addressee(Cue c) {
        int from = c.last() + 1;
        for (ActorMention m : mentions) {
            if (m.first() < from) {
                continue;
            }
            if (m.first() - from > ADDRESSEE_GAP || prepositionOf(m) != null) {
                return List.of();
            }
            for (int k = from; k < m.first(); k++) {
                if (tokens.get(k).isPunct() || CONTENT_PARTICLES.contains(tokens.get(k).norm())) {
                    return List.of();
                }
            }
            return withCoordinated(m);
        }
        return List.of();
    }

    private boolean contentParticleBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (CONTENT_PARTICLES.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    List<ActorMention> firstVerbSubject(List<Cue> cues) {
        int first = Integer.MAX_VALUE;
        List<ActorMention> best = List.of();
        for (int ci = 0; ci < cues.size(); ci++) {
            Cue c = cues.get(ci);
            if (c.isVerb() && c.head() < first && !c.furtherBefore()) { // not a relative clause on a noun
                List<ActorMention> s = subject(c.head(), c.end(), true);
                if (!s.isEmpty() && participant(s.get(0))) {
                    first = c.head();
                    best = s;
                }
            }
        }
        for (int ri = 0; ri < reporting.size(); ri++) {
            int[] r = reporting.get(ri);
            if (r[1] == 1 && r[0] < first) {
                List<ActorMention> s = subject(r[0], r[0] + 1, true);
                if (!s.isEmpty() && participant(s.get(0))) {
                    first = r[0];
                    best = s;
                }
            }
        }
        sentenceSubjectAt = first;
        return best;
    }

    /**
     * The subject of the sentence's first verb, the verb at or after {@code from}: a verb cue's (not one in a relative
     * clause on a noun), a reporting verb's speaker, a light verb's or a verb of going on whose object is a masdar cue
     * («قامت قوات الاحتلال بقمع مسيرة»), or the first word's when it may be a verb and a party follows it right away
     * («وجه وزير الدفاع الإسرائيلي تهديدا»); none when that first verb's subject is no named party («قالت مصادر في
     * حضرموت إن ...»: not the subject of a verb in what they said) or a counted one («قتل عنصر من حزب العمال»: the
     * one killed). EventCoder carries it on from a sentence that opens on another matter.
     */
    List<ActorMention> mainVerbSubject(int from) {
        int first = Integer.MAX_VALUE;
        List<ActorMention> best = List.of();
        for (int ci = 0; ci < cues.size(); ci++) {
            Cue c = cues.get(ci);
            int verb = c.isVerb() ? (c.furtherBefore() ? -1 : c.head()) : Math.max(lightVerb(c), aspectVerb(c));
            if (verb >= from && verb < first) {
                first = verb;
                best = !c.isVerb() ? governingVerbSubject(verb, c.head())
                        : verb == firstDoneVerb ? firstDoneVerbSubject : subject(c.head(), c.end(), true);
            }
        }
        for (int ri = 0; ri < reporting.size(); ri++) {
            int[] r = reporting.get(ri);
            if (r[1] == 1 && r[0] >= from && r[0] < first) {
                first = r[0];
                best = speakerSubject(r[0]);
            }
        }
        int opening = from;
        while (opening < b && tokens.get(opening).isPunct()) {
            opening++;
        }
        if (opening < first && opening + 1 < b && mayBeVerb(opening)) {
            best = after(opening + 1, 0, true);
        }
        return !best.isEmpty() && participant(best.get(0)) && !counted(best.get(0)) ? best : List.of();
    }

    /** A word that may be a verb: no article, no preposition on it, no particle, no word of time, in no mention. */
    private boolean mayBeVerb(int i) {
        Token t = tokens.get(i);
        Segment s = t.segments().get(0);
        return t.isWord() && !inMention[i - a] && !s.hasArticle() && s.preposition() == 0
                && !CONTENT_PARTICLES.contains(t.norm()) && !PHRASE_PREPOSITIONS.contains(t.norm())
                && !modifiers.is(t, Modifiers.Kind.TIME_NOUN);
    }

    /**
     * The referent of a masdar's possessive pronoun named in its own clause: the nearest actor before it, within
     * {@link #PRONOUN_REACH} tokens, not governed by a preposition, with no clause break between (a comma before
     * a verb, a verb joined by و). An actor governed by a preposition is passed over («في إحدى زياراته
     * للأردن» after «نوري المالكي»), a nearer one that is not ends the search.
     */
    List<ActorMention> pronounReferent(Cue c) {
        if (c.head() - 1 >= a && clauseBreaks.isRelativePronoun(tokens.get(c.head() - 1))) {
            return List.of(); // «السوريين الذين سلحتهم الولايات المتحدة»: a resumptive object, the subject follows
        }
        for (int k = mentions.size() - 1; k >= 0; k--) {
            ActorMention m = mentions.get(k);
            if (m.end() > c.head()) {
                continue;
            }
            if (c.head() - m.end() > PRONOUN_REACH || crossesPunct(m.end(), c.head())) {
                return List.of();
            }
            if (!prepositional(m)) {
                return participant(m) ? List.of(m) : List.of();
            }
        }
        return List.of();
    }

    /** How far (tokens) before its chain's first word the owner of a masdar read as a bare past may be named. */
    private static final int OWNER_REACH = 12;

    /** Quote marks a masdar's owner may stand across («إيران ستبقى معزولة بسبب دعمها»; not the colon). */
    private static final Set<String> OWNER_QUOTES = Set.of("“", "”", "«", "»", "\"", "„");

    /**
     * The owner, so the agent, of a masdar read as a verb's bare past with a third-person pronoun
     * ({@link #ownerMasdar}): the nearest actor before its chain's first word ({@link #ownerMasdarStart}) that agrees
     * with the pronoun ({@link #agreesWithPronoun}), within {@link #OWNER_REACH} tokens, not governed by a preposition
     * unless it stands right before («وجهت اللوم إلى الرئيس الجنوب أفريقي جاكوب زوما لرفضه»); the search stops at
     * أن / إن, a reporting verb and punctuation other than quote marks and a comma before a و-opener («إيران ستبقى
     * معزولة بسبب دعمها للإرهاب، وبسبب دعمها لتجارة السلاح ودعمها للحوثيين»: Iran, not Kerry who said it). Empty when
     * none. Session 28, events117.
     */
    List<ActorMention> masdarOwner(Cue c) {
        int start = ownerMasdarStart(c.head(), c.reading());
        if (start < 0) {
            return List.of();
        }
        String pronoun = c.reading().suffix();
        int stop = start;
        for (int k = mentions.size() - 1; k >= 0; k--) {
            ActorMention m = mentions.get(k);
            if (m.end() > start) {
                continue;
            }
            if (start - m.end() > OWNER_REACH) {
                return List.of();
            }
            for (int i = stop - 1; i >= m.end(); i--) {
                if (ownerBarrier(i)) {
                    return List.of();
                }
            }
            stop = Math.min(stop, m.first());
            boolean adjacent = true;
            for (int i = m.end(); i < start; i++) {
                adjacent &= tokens.get(i).isPunct() && OWNER_QUOTES.contains(tokens.get(i).norm());
            }
            if (!participant(m) || !adjacent && prepositional(m) || !agreesWithPronoun(m, pronoun)) {
                continue;
            }
            return List.of(m);
        }
        return List.of();
    }

    /** Whether token {@code i} ends the search for a masdar's owner: أن/إن, a reporting verb, punctuation (above). */
    private boolean ownerBarrier(int i) {
        Token t = tokens.get(i);
        if (t.isPunct()) {
            if (OWNER_QUOTES.contains(t.norm())) {
                return false;
            }
            boolean listComma = LIST_COMMAS.contains(t.norm()) && i + 1 < b && tokens.get(i + 1).isWord()
                    && tokens.get(i + 1).norm().startsWith("و") && modifiers.mayBeModifier(tokens.get(i + 1))
                    && modifiers.is(tokens.get(i + 1), Modifiers.Kind.OWNER_MASDAR_OPENER);
            return !listComma;
        }
        if (!t.isWord()) {
            return true;
        }
        if (CONTENT_PARTICLES.contains(t.norm()) || t.norm().equals("ان")) {
            return true;
        }
        List<Segment> readings = t.segments();
        for (int r = 0; r < readings.size(); r++) {
            if (modifiers.isReporting(readings.get(r))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an actor may be what a third-person pronoun refers to: ها a state, an organization, a feminine noun or a
     * plural of things (إيران، دولة الإمارات، القوات), not a person nor a plural of people; ه a person, an office-holder,
     * an organization or a masculine noun (زوما، الرئيس، الجيش، العراق), not a feminine one nor a plural; هم a plural of
     * people or a body (الحوثيين، حزب الله), not a named person nor a country; هما anyone. Read from the actor's type
     * and the ending of its first word.
     */
    boolean agreesWithPronoun(ActorMention m, String pronoun) {
        String head = tokens.get(m.first()).norm();
        boolean feminine = head.endsWith("ه") || head.endsWith("ات");
        boolean humanPlural = head.endsWith("ين") || head.endsWith("ون");
        boolean person = "PERS".equals(m.type()) || "AGENT".equals(m.type()) && m.entry() != null && m.entry().title();
        boolean country = "GPE".equals(m.type()) && m.why().startsWith("name") || "LOC".equals(m.type());
        switch (pronoun) {
            case "ها":
                return person ? head.endsWith("ه") : !humanPlural || "ORG".equals(m.type());
            case "ه":
                if (person) {
                    return !head.endsWith("ه");
                }
                if (country) {
                    return head.startsWith("ال") && !feminine;
                }
                return !feminine && !humanPlural;
            case "هم":
                return !country && !("PERS".equals(m.type()) && !humanPlural) && !(person && !humanPlural);
            default:
                return true;
        }
    }

    /** The nearest actor before token {@code pos} (within {@code reach} tokens) not governed by a preposition. */
    List<ActorMention> nearestBefore(int pos, int reach) {
        for (int k = mentions.size() - 1; k >= 0; k--) {
            ActorMention m = mentions.get(k);
            if (m.end() > pos) {
                continue;
            }
            if (pos - m.end() > reach) {
                break;
            }
            if (participant(m) && !prepositional(m)) {
                return List.of(m);
            }
        }
        return List.of();
    }

    /**
     * «بلاده / بلادنا» (ActorMatcher's {@code own-country}, the country of the last person or agent of a state named
     * before it) in what the reporting verb {@code reporting[r]} says is the speaker's country: «وقال "إن بلاده ترى
     * ضرورة مشاركة دول كبرى"» after «من جانبه أبان وزير الخارجية الإيطالي» is Italy, not the Syria of «وإبعاد بشار
     * الأسد» named in between. The speaker is the verb's own subject, or, when nothing but the particle, a
     * preposition, a word of time or the noun «بلاده» is the genitive of stands between the verb and «بلاده» (وقال
     * "إن بلاده"، وأكد حرص بلاده، لافتا إلى أن بلاده), the last speaker named (at most {@link #SPEAKER_SENTENCES}
     * sentences before) if the subject in play is of no other state; a word the dictionaries do not know there is a
     * speaker of its own («وقال طاهر إن بلاده»: unchanged). A person or agent of a state named between the verb
     * and «بلاده», not governed by a preposition, may be the one it belongs to («قال إن الرئيس الأمريكي أكد دعم
     * بلاده»): unchanged, as is a «بلاده» with no reporting verb before it in its clause (the congratulation cables:
     * «... رئيس الإكوادور بمناسبة ذكرى يوم الاستقلال لبلاده», the congratulated).
     */
    void ownCountryOfSpeaker(int r) {
        int[] rv = reporting.get(r);
        if (rv[1] != 1) {
            return;
        }
        int end = b;
        for (int n = r + 1; n < reporting.size(); n++) {
            if (reporting.get(n)[1] == 1) {
                end = reporting.get(n)[0];
                break;
            }
        }
        for (int k = 0; k < mentions.size(); k++) {
            ActorMention own = mentions.get(k);
            if (own.first() <= rv[0] || own.first() >= end || !"own-country".equals(own.why())) {
                continue;
            }
            ActorMention speaker = speakerOf(rv[0], own);
            if (speaker == null || speaker.primary().equals(own.code())) {
                continue;
            }
            org.marsad.actors.ActorEntry country = countries.apply(speaker.primary());
            if (country != null) {
                mentions.set(k, new ActorMention(own.first(), own.end(), own.span(), country.code(), own.type(),
                        country, country.nameEn(), own.why(), own.form(), own.sentence(), own.prefix()));
            }
        }
    }

    /** The speaker of the reporting verb at {@code verb} that «بلاده» ({@code own}) belongs to, or null. */
    private ActorMention speakerOf(int verb, ActorMention own) {
        List<ActorMention> subj = subject(verb, verb + 1, true);
        ActorMention speaker = null;
        int from = verb + 1;
        if (!subj.isEmpty() && subj.get(0).end() <= own.first() && subj.get(0) != own) {
            speaker = subj.get(0);
            from = subj.get(subj.size() - 1).end();
        } else {
            for (int k = verb + 1; k < own.first() - 1; k++) {
                Token w = tokens.get(k);
                if (w.isPunct() || inMention[k - a]) {
                    continue;
                }
                if (!speakerless(w)) {
                    return null; // «وقال طاهر إن بلاده»: a speaker no dictionary knows
                }
            }
            // the last speaker named, not merely the subject in play (the last event's subject: a masdar's
            // «دعم بلاده» makes its own), when the two are of one state
            speaker = speakerInPlay != null && sentence - speakerSentence <= SPEAKER_SENTENCES ? speakerInPlay : null;
            List<ActorMention> inPlay = lastSubject.isEmpty() ? carried : lastSubject;
            if (speaker != null && !inPlay.isEmpty() && inPlay.get(0).primary() != null
                    && !inPlay.get(0).primary().equals(speaker.primary())) {
                // the subject in play is another state's: a verb the coder does not count as reporting may have
                // named a new speaker («وأكد شكري التزام مصر»), so neither is sure
                return null;
            }
        }
        if (speaker == null || !speaker.isActor() || speaker.primary() == null || speaker.primary().length() != 3
                || !("PERS".equals(speaker.type()) || "AGENT".equals(speaker.type()) || "GPE".equals(speaker.type()))) {
            return null;
        }
        for (ActorMention m : mentions) {
            if (m.first() >= from && m.end() <= own.first() && m != own && m.isActor() && m.primary() != null
                    && ("PERS".equals(m.type()) || "AGENT".equals(m.type())) && !prepositional(m)) {
                return null; // «قال إن الرئيس الأمريكي أكد دعم بلاده»: his, perhaps
            }
        }
        return speaker;
    }

    /**
     * A word that may stand between a reporting verb and what it says without being its subject: the particle, a
     * preposition or a phrase of one, a word of time, one that may stand between a subject and its verb (أيضا).
     */
    private boolean speakerless(Token w) {
        Segment s = w.segments().get(0);
        return CONTENT_PARTICLES.contains(w.norm()) || BARE_REPORTING_WORDS.contains(w.norm())
                || PHRASE_PREPOSITIONS.contains(w.norm()) || s.preposition() != 0
                || SUBJECT_GAP.contains(w.norm())
                || modifiers.is(w, Modifiers.Kind.TIME_NOUN);
    }

    void noteSpeaker(int[] r) {
        if (r[1] != 1) {
            return;
        }
        List<ActorMention> subj = speakerSubject(r[0]);
        if (!subj.isEmpty() && participant(subj.get(0))) {
            lastSubject = subj;
            lastSubjectSpoke = true;
            lastSubjectPerson = personOf(tokens.get(r[0]).stem());
            lastSubjectAt = r[0];
            speakerInPlay = subj.get(0);
            speakerSentence = sentence;
        } else if (r[0] + 1 < b && tokens.get(r[0] + 1).isWord() && !inMention[r[0] + 1 - a]
                && !speakerless(tokens.get(r[0] + 1))) {
            // «وأكد شكري التزام مصر»: perhaps a speaker no dictionary knows (or the verb's object: «وأكد حرص
            // بلاده»); the one named before no longer speaks for sure
            speakerInPlay = null;
        }
    }

    /**
     * The subject of the reporting verb at {@code verb} as the one who speaks: the verb's subject, but the mention of
     * unnamed sources itself when the subject found is the body they are in («وقالت مصادر في المقاومة الشعبية إن ...»,
     * SubjectSearch.bodyOfSources). The body is the verb's subject, yet not the speaker in play nor the agent of the
     * clause it reports: on the cut sentences of the corpus the acts told after «إن» whose own subject was missed
     * («إن الحوثيين والموالين لصالح شنوا هجمات») were the sources' enemies', not their body's; only the pronoun on
     * أنّ is the body (SubjectSearch.sourcesOfPronoun).
     */
    List<ActorMention> speakerSubject(int verb) {
        List<ActorMention> subj = subject(verb, verb + 1, true);
        for (int mi = 0; mi < mentions.size(); mi++) {
            ActorMention m = mentions.get(mi);
            if (m.first() == verb + 1) {
                return !subj.isEmpty() && m != subj.get(0) && m.form() == ActorMention.Form.AGENT_ONLY
                        && bodyOfSources(m) == subj.get(0) ? List.of(m) : subj;
            }
        }
        return subj;
    }

    /**
     * Direct quotes: text between quote marks that a reporting verb introduces, or that is long
     * enough to be speech (a quoted term such as “شراكة استراتيجية شاملة” is not a quote).
     * The speaker is the subject of the nearest reporting verb before it, else the subject in play.
     */
    void quotes(List<DraftQuote> out) {
        int i = a;
        while (i < b) {
            Token t = tokens.get(i);
            if (!t.isPunct() || !isOpening(t.norm())) {
                i++;
                continue;
            }
            int close = -1;
            for (int j = i + 1; j < b; j++) {
                if (tokens.get(j).isPunct() && closes(t.norm(), tokens.get(j).norm())) {
                    close = j;
                    break;
                }
            }
            if (close < 0) {
                break;
            }
            int words = 0;
            for (int j = i + 1; j < close; j++) {
                if (tokens.get(j).isWord()) {
                    words++;
                }
            }
            int[] verb = null;
            for (int[] r : reporting) {
                if (r[0] < i && i - r[0] <= 12) {
                    verb = r;
                }
            }
            boolean isName = false;
            for (int mi = 0; mi < mentions.size(); mi++) {
                ActorMention m = mentions.get(mi);
                if (m.first() <= i + 1 && m.end() >= close) {
                    isName = true; // «حزب الله», الزعيم «كيم جونج أون»: a name in quotes is not a quotation
                }
            }
            if (!isName && (words >= 3 && verb != null || words >= 6)) {
                ActorMention speaker = null;
                if (verb != null) {
                    List<ActorMention> sp = verb[1] == 1 ? subject(verb[0], verb[0] + 1, true) : List.of();
                    speaker = sp.isEmpty() ? null : sp.get(0);
                    if (speaker != null && speaker.first() > i) {
                        speaker = null; // the "subject" found lies inside the quotation
                    }
                }
                // the subject in play speaks only when nothing stands between the verb and the quotation
                // (وأضاف: "..."); a name the dictionaries do not know (وتابع بارز "...") is someone else
                if (speaker == null && (verb == null || bareReporting(verb[0], i))) {
                    speaker = !lastSubject.isEmpty() ? lastSubject.get(0) : carried.isEmpty() ? null : carried.get(0);
                }
                out.add(new DraftQuote(speaker, tokens.get(i + 1).start(), tokens.get(close - 1).end(),
                        verb == null ? null : verb[0], true));
            }
            i = close + 1;
        }
    }

    /** Only punctuation and the particles إن / أن / قائلا between a reporting verb and a quotation. */
    private boolean bareReporting(int verb, int quote) {
        for (int k = verb + 1; k < quote; k++) {
            Token t = tokens.get(k);
            if (t.isWord() && !BARE_REPORTING_WORDS.contains(t.norm())) {
                return false;
            }
        }
        return true;
    }

    private boolean closes(String open, String q) {
        return switch (open) {
            case "«" -> q.equals("»");
            case "\"" -> q.equals("\"");
            default -> q.equals("”") || q.equals("“");
        };
    }

    /**
     * Whether the sentence itself names the party of the speaker carried from before ({@code speaker}) before the cue:
     * the same actor, or its bare country («وغيرت تركيا من موقفها ... وشنت غارات» after a Turkish official spoke). The
     * narrator then tells that party's own act, and the carried speaker stands for it as the sentence's subject would.
     */
    boolean namesSpeakerParty(Cue c, ActorMention speaker) {
        String code = speaker.code();
        if (code == null) {
            return false;
        }
        for (ActorMention m : mentions) {
            if (m.end() <= c.head() && m.code() != null
                    && (m.code().equals(code) || m.code().length() == 3 && code.startsWith(m.code()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person a verb's form tells (its stem, without و/ف): {@link #SHE} for a past in ت («قالت»، «أكدت»), {@link #HE} for
     * a present in ي or a bare past («قال»، «يقول»، «أضاف»); {@link #NO_PERSON} for a plural or dual («قالوا»، «قالا»،
     * «يقولون») and a form in ت that may be either (تابع، تقول).
     */
    static int personOf(String stem) {
        if (stem.length() < 3 || stem.endsWith("ا") || stem.endsWith("ون") || stem.endsWith("ان")) {
            return NO_PERSON;
        }
        if (stem.endsWith("ت")) {
            return SHE;
        }
        return stem.charAt(0) == 'ت' ? NO_PERSON : HE;
    }

    /**
     * Whether a subjectless verb that opens its sentence goes on with the acts of the speaker carried from before
     * («وقال الرئيس ...» then «وأشاد بمقاتلي المقاومة الشعبية»، «كما دعا إلى ...»): the cue's verb is the sentence's
     * first word (a glued و/ف, or an opener of modifiers.tsv {@code speaker-act-opener} before it: ثم، كما، وقد), one of
     * modifiers.tsv {@code speaker-act} (he) or {@code speaker-act-her} (she) in the person of the speaker's own
     * reporting verb, not written as a passive, and a preposition follows it right away: no noun phrase that could be
     * its own subject stands before its object («وأشاد الوزير بـ»، «وتحتل دول بريكس» are not it). The narrator then
     * tells what the speaker did next; the carried speaker is its doer. (session 30, events139)
     */
    boolean continuesSpeaker(Cue c, List<ActorMention> speaker) {
        if (!c.isVerb() || carriedPerson == NO_PERSON) {
            return false;
        }
        for (ActorMention m : speaker) {
            if (!java.util.Objects.equals(m.code(), speaker.get(0).code())) {
                return false; // a singular verb's doer is one party (a name and its title may be two mentions of it)
            }
        }
        int i = a;
        while (i < c.head() && (tokens.get(i).isPunct()
                || tokens.get(i).isWord() && modifiers.is(tokens.get(i).norm(), Modifiers.Kind.SPEAKER_ACT_OPENER))) {
            i++;
        }
        if (i != c.head()) {
            return false;
        }
        Token t = tokens.get(i);
        if (vowelledPassive(c) || i + 1 >= b || !tokens.get(i + 1).isWord()) {
            return false;
        }
        Token next = tokens.get(i + 1);
        if (asWritten(t, carriedPerson == SHE ? Modifiers.Kind.SPEAKER_ACT_HER : Modifiers.Kind.SPEAKER_ACT)
                && (modifiers.is(next.norm(), Modifiers.Kind.SPEAKER_ACT_PREPOSITION)
                    || next.segments().get(0).preposition() != 0)) {
            return true;
        }
        if (carriedPerson != HE) {
            return false;
        }
        // a verb of he before its direct object: a feminine noun with the article (الحكومة) cannot be its subject,
        // nor a country's bare name the object of a visit («ثم يزور ماليزيا»)
        if (asWritten(t, Modifiers.Kind.SPEAKER_ACT_DIRECT) && next.norm().startsWith("ال")
                && text.charAt(next.end() - 1) == 'ة' && !next.norm().equals("الله")) {
            return true;
        }
        if (asWritten(t, Modifiers.Kind.SPEAKER_ACT_VISIT)) {
            for (ActorMention m : mentions) {
                if (m.first() == i + 1 && m.isActor() && m.code() != null && m.code().length() == 3) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The word as written, or after one glued و/ف, is of the kind. */
    private boolean asWritten(Token t, Modifiers.Kind kind) {
        String w = t.norm();
        return modifiers.is(w, kind)
                || (w.startsWith("و") || w.startsWith("ف")) && modifiers.is(t.normAfterFirstLetter(), kind);
    }

    /**
     * Whether the speech of a speaker named in an earlier sentence goes on at the cue: a reporting word of this sentence
     * stands before it («وأضاف أن ...»، «وتابع: ...»، «مشيرا إلى أن»), or the cue is inside a quotation — one opened
     * before it in this sentence and not closed, or one opened in a sentence before that closes after it («... سنشن
     * عملية قريبا»»). Otherwise the sentence is the narrator's: a new paragraph of narration, a sentence with its own
     * subject, an act told after the quote was closed; the speaker carried from before is none of its doers.
     */
    boolean speechGoesOn(Cue c) {
        for (int[] r : reporting) {
            if (r[0] < c.head()) {
                return true;
            }
        }
        boolean open = false;
        int straight = 0;
        for (int i = a; i < c.head(); i++) {
            Token t = tokens.get(i);
            if (!t.isPunct()) {
                continue;
            }
            switch (t.norm()) {
                case "«", "“" -> open = true;
                case "»", "”" -> open = false;
                case "\"" -> straight++;
                default -> { }
            }
        }
        if (open || straight % 2 == 1) {
            return true;
        }
        int straightAfter = 0;
        for (int i = c.end(); i < b; i++) {
            if (tokens.get(i).isPunct() && tokens.get(i).norm().equals("\"")) {
                straightAfter++;
            }
        }
        for (int i = c.end(); i < b; i++) {
            Token t = tokens.get(i);
            if (!t.isPunct()) {
                continue;
            }
            switch (t.norm()) {
                case "»", "”" -> {
                    return true; // a quotation opened in a sentence before closes after the cue
                }
                case "«", "“" -> {
                    return false;
                }
                case "\"" -> {
                    return straight == 0 && straightAfter % 2 == 1;
                }
                default -> { }
            }
        }
        return false;
    }

    List<int[]> reportingCues(boolean[] cueToken) {
        List<int[]> out = new ArrayList<>();
        for (int i = a; i < b; i++) {
            if (cueToken[i - a] || !tokens.get(i).isWord()) {
                continue;
            }
            if (!modifiers.mayReport(tokens.get(i))) {
                if (posting(i)) {
                    out.add(new int[] {i, 1});
                } else if (reposting(i)) {
                    out.add(new int[] {i + 1, 0}); // the post's author is named after it, if at all
                    i++;
                }
                continue;
            }
            for (int si = 0; si < tokens.get(i).segments().size(); si++) {
                Segment s = tokens.get(i).segments().get(si);
                if (s.suffix().isEmpty() && modifiers.isReporting(s)
                        && (s.prefix().isEmpty() || s.prefix().equals("و") || s.prefix().equals("ف")
                        || s.prefix().equals("ب") || s.prefix().equals("ل"))) {
                    boolean verb = !(s.stem().startsWith("حسب") || s.stem().startsWith("وفق")
                            || s.stem().startsWith("طبق") || s.stem().startsWith("نقل") && s.stem().endsWith("ا"));
                    out.add(new int[] {i, verb ? 1 : 0});
                    break;
                }
            }
        }
        return out;
    }

    /** How far (tokens) after a verb of writing a word of a post, a colon or a «قائلا» may follow. */
    private static final int POST_REACH = 10;

    /**
     * Whether the word at {@code i} is a verb of writing (reporting.tsv kind W: كتب; with no pronoun on it, bare or
     * after و/ف) that reports: within {@value #POST_REACH} tokens, with no punctuation between but commas and
     * brackets, follows a word of a post or where it is posted (kind A: تغريدة، حسابه، تويتر: «كتب ... في تغريدة على
     * حسابه الرسمي», session 28, events125), a colon or a word that opens what is written (kind Q: قائلا، يقول: «وكتب
     * وزير الشؤون الاجتماعية ... القصبي: «...»», session 29, events131), or a quote mark right after a writer named
     * right after the verb («وكتب الفالح «...»»), or أن right before one; a word of kind T before it (بعنوان) is a
     * title, no report; quote marks right after a word of kind M (صحيفة) hold a name and are passed over. Not with a word of kind N right after it
     * («كتب عليها: «...»»: the passive, what is written on a thing) nor a word of kind B or a number right before it
     * («ثلاثة كتب»: books).
     */
    private boolean posting(int i) {
        if (!modifiers.mayPost(tokens.get(i))) {
            return false; // most words: no reading is a verb of writing, known without reading them (speed39)
        }
        boolean verb = false;
        for (Segment s : tokens.get(i).segments()) {
            verb |= s.suffix().isEmpty() && modifiers.isPosting(s)
                    && (s.prefix().isEmpty() || s.prefix().equals("و") || s.prefix().equals("ف"));
        }
        verb |= modifiers.isAfterConjunction(tokens.get(i), Reporting.WRITING_VERB); // «وكتب» unsegmented
        if (!verb) {
            return false;
        }
        if (i + 1 < b && modifiers.is(tokens.get(i + 1).norm(), Reporting.WRITTEN_ON)) {
            return false;
        }
        if (i > a && (modifiers.is(tokens.get(i - 1).norm(), Reporting.BOOKS_BEFORE) || isNumber(tokens.get(i - 1)))) {
            return false;
        }
        for (int k = i + 1; k < b && k <= i + POST_REACH; k++) {
            Token t = tokens.get(k);
            String n = t.norm();
            if (t.isPunct()) {
                if (n.equals(":")) {
                    return true;
                }
                if (WRITER_GAP_PUNCT.contains(n)) {
                    continue;
                }
                if (isOpening(n) && k > i + 1 && modifiers.is(tokens.get(k - 1).norm(), Reporting.TITLED_BEFORE)) {
                    int close = closingOf(k); // «كتبت صحيفة «لو موند» ...»: the quote marks hold its name
                    if (close < 0) {
                        return false;
                    }
                    k = close;
                    continue;
                }
                // «وكتب الفالح «...»»: a quote mark right after the writer named right after the verb
                return isOpening(n) && k > i + 1 && inMention[i + 1 - a] && inMention[k - 1 - a];
            }
            if (k + 1 < b && SAYING_THAT.contains(n) && tokens.get(k + 1).isPunct() && isOpening(tokens.get(k + 1).norm())) {
                return true; // «كتبت مجلة «فرانس فوتبول»، أن «...»»
            }
            if (modifiers.is(n, Reporting.WRITING_TITLE)) {
                return false; // «كتب مقالا بعنوان: «...»»: a title follows, not what he says
            }
            if (modifiers.is(n, Reporting.POST_WORD) || (n.startsWith("و") || n.startsWith("ب") || n.startsWith("ف"))
                    && modifiers.is(n.substring(1), Reporting.POST_WORD) || modifiers.is(n, Reporting.WRITING_OPENER)) {
                return true;
            }
        }
        return false;
    }

    /** أن (as normalized) right before an opening quote mark after كتب: what is written follows. */
    private static final Set<String> SAYING_THAT = Set.of("ان", "بان");

    /** The closing quote mark of the one opening at {@code k} within the sentence, or -1. */
    private int closingOf(int k) {
        String open = tokens.get(k).norm();
        for (int j = k + 1; j < b; j++) {
            if (tokens.get(j).isPunct() && closes(open, tokens.get(j).norm())) {
                return j;
            }
        }
        return -1;
    }

    /** Punctuation that may stand between كتب and its post word or colon: «كتب المحلل السياسي، ماجد بهاء الدين، قائلاً». */
    private static final Set<String> WRITER_GAP_PUNCT = Set.of("،", ",", "(", ")");

    private static boolean isNumber(Token t) {
        String n = t.norm();
        if (n.isEmpty()) {
            return false;
        }
        for (int k = 0; k < n.length(); k++) {
            if (!Character.isDigit(n.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the word at {@code i} is a verb of doing again (reporting.tsv kind R: أعاد/يعيد, bare or after و/ف, no
     * pronoun on it) and a masdar of posting (kind S: نشر، تغريد) follows it: a retweet, «أعاد نشر تغريدة للناشط علي
     * النعيمي، جاء فيها "..."». The one who retweets is not the author: the masdar is read as a reporting phrase whose
     * speaker is the actor named a few words after it, if any (session 29, events131).
     */
    private boolean reposting(int i) {
        if (!modifiers.mayRepost(tokens.get(i))) {
            return false; // most words: no reading is a verb of doing again, known without reading them (speed40)
        }
        if (i + 1 >= b || !tokens.get(i + 1).isWord() || !modifiers.is(tokens.get(i + 1).norm(), Reporting.REPOST_MASDAR)) {
            return false;
        }
        for (Segment s : tokens.get(i).segments()) {
            if (s.suffix().isEmpty() && modifiers.is(s.stem(), Reporting.REPOST_VERB)
                    && (s.prefix().isEmpty() || s.prefix().equals("و") || s.prefix().equals("ف"))) {
                return true;
            }
        }
        return modifiers.isAfterConjunction(tokens.get(i), Reporting.REPOST_VERB); // «وأعاد» unsegmented
    }

    /**
     * Whether the speaker borrowed as an act's agent is named after the act: «اللقاء الثلاثي ... بعقدة التمسك
     * بالأسد، وبوغدانوف رد على تصريح» (a later clause's speaker), «أكد ... خلال المحادثات النووية مع ايران» (a
     * party of the act itself, read as the reporting verb's subject). What is reported follows its speaker; an
     * attribution after the act («بحسب ما اعلنت الوكالة») stays; the speaker still attributes the act, he only
     * does not do it.
     */
    boolean namedAfterAct(ActorMention speaker, Cue c) {
        return speaker.first() > c.last() && !attributionAfter(speaker, c);
    }

    /**
     * Whether a reporting phrase with no verb (reporting.tsv kind P: «بحسب ما اعلنت الوكالة»، «وفقا لـ») stands
     * between the act and its speaker, with و or as written.
     */
    private boolean attributionAfter(ActorMention speaker, Cue c) {
        for (int i = c.last() + 1; i < speaker.first() && i < b; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && (modifiers.is(t.norm(), Reporting.PHRASE)
                    || t.norm().startsWith("و") && modifiers.is(t.normAfterFirstLetter(), Reporting.PHRASE))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A masdar cue with the first person plural on it as its agent, «مباحثاتنا»، «لقائنا»: the talks are ours, the
     * ones who speak (not the actor named before it nor a party named later in the sentence). Not an act done to
     * persons, whose pronoun is the one it befalls («قتلنا»).
     */
    boolean ourOwnAct(Cue c) {
        return !c.isVerb() && c.reading().suffix().equals(FIRST_PERSON_PLURAL)
                && !VICTIM_ROOTS.contains(c.pattern().root());
    }

    /** The one who says «we» of the act {@code c}: a named speaker before it that is no country, or none. */
    List<ActorMention> ourSpeaker(ActorMention speaker, Cue c) {
        return speaker != null && participant(speaker) && !"GPE".equals(speaker.type())
                && speaker.end() <= c.head() ? List.of(speaker) : List.of();
    }
}
