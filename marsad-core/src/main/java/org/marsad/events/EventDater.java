package org.marsad.events;

import java.util.List;
import java.util.function.IntFunction;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Token;
import org.marsad.time.TimeExpression;
import org.marsad.time.TimeKind;

/**
 * Gives an event its own date from the time expressions of its clause, or of the sentences just before it
 * (never a guess from nothing):
 * <ul>
 *   <li>an ANCHOR ("بعد تسعة أشهر على استقبال ...") dates the event whose cue follows it closely;</li>
 *   <li>otherwise the POINT expression nearest to the cue within the cue's clause (اليوم، أمس، الثلاثاء
 *       الماضي، في 2022): an expression on the other side of a clause break (حيث، لكن، بعد أن, a colon;
 *       {@link ClauseBreaks}) dates that clause's event, not this one;</li>
 *   <li>when the clause fixes no date, the date the text gave last, in one of the {@value #CARRY_SENTENCES}
 *       sentences before: news carries the lead's date over the sentences that go on telling the same
 *       story («قال الوزير أمس ...» then «وأضاف أن ...»). The record says so: its {@code rule} ends with
 *       "date from sentence N". A date that ended more than {@value #CARRY_MAX_AGE_DAYS} days before publication is
 *       history the text recalls, not its news, and is not carried;</li>
 *   <li>an event whose sentence gives, before it but in another clause, a date that is history («واعتقل محمد علان ... في
 *       نوفمبر من العام الماضي، حيث تم تمديد الاعتقال الاداري له») takes no carried date: the sentence has gone back
 *       to another time;</li>
 *   <li>a week, a month or a year named relative to publication («الأسبوع الماضي»، «هذا الشهر»، «العام الجاري») or a
 *       Hijri month («شهر رمضان»), told last in a sentence before ({@link TimeExpression#namesAPeriod}), is a period
 *       the sentence's own act took place in, not the day the story goes on telling: the event takes no carried date,
 *       neither that period nor a day named earlier in that sentence (most often the day the period's act was
 *       reported), nor an earlier sentence's. A named month («أواخر يوليو»، «في يونيو») or a year in figures is
 *       carried as before;</li>
 *   <li>a date in a relative clause that tells a fact about its antecedent in passing («الخطبة التي ألقاها أمس») is
 *       not carried to the sentences after it; one whose verb is of occurring («الهجوم الذي وقع مساء السبت») is;</li>
 *   <li>nor is a date inside a phrase headed by منذ («أول هجوم كبير تشنه منذ إعلان وفاة زعيمها الملا عمر الأسبوع
 *       الماضي»: the start of a period), nor a week or a month of a sentence that opens with the past perfect («وكان
 *       الجبير قد التقى لافروف في الدوحة الأسبوع الماضي»: what came before the story); an earlier date may be;</li>
 *   <li>an event told in a relative clause («البشير الذي وجهت له المحكمة اتهامات») is background: only a date
 *       inside that clause dates it, never the main clause's or a carried one;</li>
 *   <li>an event of a clause opened by a connective of sequence («بعد أن أبرمت واشنطن اتفاقا»، بعدما، قبل أن، منذ أن)
 *       happened before or after the main clause's act: it takes the main clause's date of its own sentence, when
 *       there is one, and never a carried one;</li>
 *   <li>a sentence that opens with the past perfect («وكانت المملكة قد أطلقت تصريحات»، without قد for a past verb cue:
 *       «وكانت القوات التركية شنت سلسلة جديدة من الضربات») tells what happened before the story: its events take no
 *       carried date;</li>
 *   <li>a present-tense verb (يواصلون هجماتهم، تحث روسيا), not after لم, tells what goes on: it takes no carried
 *       date; so does a masdar such a verb of going on or doing governs («وتتواصل غارات الطائرات»، «يكثف المتمردون
 *       هجومهم»: clause-breaks.tsv {@code present-governor});</li>
 *   <li>a sentence that opens with the present tense of a verb of a standing claim, demand, charge or state («وتطالب
 *       فيتنام ... بالسيادة»، «وتتهم واشنطن ... الجيش السوري بشن هجمات»، «ويقضي الاتفاق برفع العقوبات»: clause-breaks.tsv
 *       {@code present-state}) tells what holds: its events take no carried date;</li>
 *   <li>a masdar after a noun of the outcome of an act («واستمع المجلس إلى نتائج زيارة ...»: clause-breaks.tsv
 *       {@code results-of}) tells an act that is over when it is reported: it takes no carried date;</li>
 *   <li>an event whose clause gives it a time without a date (قبل أيام، مؤخرا، خلال الأيام القليلة الماضية، منذ
 *       سنوات) or a start more than a month old (منذ آب) takes no carried date: its time is its own, not the day
 *       the sentences before told of;</li>
 *   <li>nor does an event whose clause names its start on another day than the carried one («وشنت تركيا ... منذ نحو
 *       أسبوعين»، «ومنذ الاثنين ضاعف حزب العمال هجماته»): it runs over the days since;</li>
 *   <li>a finished act of a line that repeats the headline («رابط الخبر ...: نتنياهو يطلب») takes the lead's date,
 *       the first date of the article's first sentences: a headline tells the lead's news in the present;</li>
 *   <li>an act told as a habit («غارات جوية يومية»، «بحث المسألة يوميًا»: clause-breaks.tsv {@code habitual}) recurs:
 *       it takes no carried date;</li>
 *   <li>a hypothetical act («إذا توصلت روسيا وإيران ... إلى اتفاق»، «لو كان هناك تسليح») has not happened: only a date
 *       of its own clause dates it, never one carried from the sentences before, which tell what did happen;</li>
 *   <li>a finished act (not intended) whose clause's date lies after publication gets no date;</li>
 *   <li>a list of dates (في 2009 و2010) dates the event by its earliest;</li>
 *   <li>SINCE expressions ("منذ 24 عاماً") date the start of a state, not an event, and are not used; so is a date
 *       inside a phrase headed by منذ («منذ تسلمه مهامه في فبراير») for an event outside that phrase.</li>
 * </ul>
 * An event with no date in its clause or the sentences before gets none: the store falls back to the
 * publication date for timelines, but the record says the text did not fix it.
 */
public final class EventDater {
    /** How close (in characters) after an anchor expression the anchored event's cue must start. */
    private static final int ANCHOR_REACH = 30;
    /** How many sentences back a date is carried. */
    static final int CARRY_SENTENCES = 5;
    /**
     * How old (in days before publication) a date may be and still be carried to later sentences: news carries
     * its peg, days or weeks old. On i%15==4, 22 of 25 sampled events that took an older carried date had it
     * wrong (session 5).
     */
    static final int CARRY_MAX_AGE_DAYS = 31;
    /**
     * How many tokens after a masdar cue a relative pronoun may stand and still have the masdar as its antecedent (the
     * masdar, up to two adjectives, the pronoun): «الانتفاضة الشعبية التي أنهت عهد مبارك عام 2011»، «الغزو العراقي الغاشم
     * التي مرت بها الكويت عام 1990» date the uprising and the invasion.
     */
    private static final int MASDAR_ANTECEDENT_REACH = 3;
    /**
     * How many tokens after a masdar cue a time may stand and still be the masdar's own (the doer with a title of
     * three or four words, a preposition and a place between: slices i%31 9–12, session 16).
     */
    private static final int MASDAR_TIME_REACH = 8;

    private final ClauseBreaks breaks;

    public EventDater(ClauseBreaks breaks) {
        this.breaks = breaks;
    }

    /**
     * An event's date.
     *
     * @param value        ISO value as precise as the text fixes it (2024-06-19, 2023-09, 2022)
     * @param precision    day, month or year
     * @param fromSentence the earlier sentence the date was carried from, or -1 when the event's own clause fixes it
     */
    public record Dated(String value, String precision, int fromSentence) {
        public boolean carried() {
            return fromSentence >= 0;
        }
    }

    /**
     * The date of {@code e}, or null. {@code expressions} gives the time expressions of a sentence by its index
     * (the event's own and the ones before it); {@code published} (may be null) is the article's date: a date
     * later than publication never dates an event reported as done: it is not carried — «تصويت يجريه في نهاية
     * سبتمبر» dates the vote to come, not what the next sentence says already happened — and when it is the date
     * of the event's own clause the event gets none («دعا هولاند روحاني للمجيء إلى باريس في شهر نوفمبر» dates
     * the visit to come, not the invitation; «معركة كوباني في اكتوبر» read in July is last October's).
     */
    public Dated date(DraftEvent e, AnalyzedText text, IntFunction<List<TimeExpression>> expressions,
                      java.time.LocalDate published) {
        boolean intended = "intended".equals(e.modality());
        String today = published == null || intended ? null : published.toString();
        int relative = breaks.relativeBefore(text.tokens(), e.cue().head(), text.firstToken(e.sentence()));
        if (!intended && presentTense(e.cue())
                && !breaks.pastNegationBefore(text.tokens(), e.cue().head(), text.firstToken(e.sentence()))
                && sinceInClause(e, text, expressions.apply(e.sentence()))) {
            return null; // a state that goes on since a start the clause tells: no day of it is its date
        }
        Dated own = ownDate(e, text, expressions.apply(e.sentence()), relative, published);
        int sequence = relative >= 0 ? -1
                : breaks.sequenceStart(text.tokens(), e.cue().head(), text.firstToken(e.sentence()));
        if (own == null && sequence >= 0) {
            own = mainClauseDate(e, text, expressions.apply(e.sentence()), sequence);
        }
        if (own != null && today != null && after(own.value(), today)) {
            return null; // the clause dates something to come, not this finished act
        }
        if (own == null && !intended && breaks.headlineAt(text.tokens(), text.firstToken(e.sentence()))) {
            return leadDate(e.sentence(), expressions, today, published);
        }
        if (own != null || relative >= 0 || "hypothetical".equals(e.modality()) || undatedOwnTime(e, text, expressions.apply(e.sentence()), published)
                || breaks.pastPerfectBefore(text.tokens(), e.cue().head(), text.firstToken(e.sentence()),
                        pastTense(e.cue()))
                || sequence >= 0
                || !intended && presentTense(e.cue())
                        && !breaks.pastNegationBefore(text.tokens(), e.cue().head(), text.firstToken(e.sentence()))
                || !intended && e.cue().isMasdar()
                        && breaks.presentGovernorBefore(text.tokens(), e.cue().head(), text.firstToken(e.sentence()))
                || !intended && breaks.presentStateOpener(text.tokens(), e.cue().head(), text.firstToken(e.sentence()))
                || e.cue().isMasdar() && breaks.resultsBefore(text.tokens(), e.cue().head(), text.firstToken(e.sentence()))
                || breaks.habitualAfter(text.tokens(), e.cue().head(), e.cue().last(), text.endToken(e.sentence()))
                || sinceAnEventInClause(e, text, expressions.apply(e.sentence()))) {
            return own;
        }
        if (historyBeforeCue(e, text, expressions.apply(e.sentence()), published)
                || historyOfAntecedentAfterCue(e, text, expressions.apply(e.sentence()), published)) {
            return null;
        }
        for (int s = e.sentence() - 1; s >= 0 && s >= e.sentence() - CARRY_SENTENCES; s--) {
            List<TimeExpression> before = expressions.apply(s);
            for (int i = before.size() - 1; i >= 0; i--) {
                TimeExpression t = before.get(i);
                if (carriable(t, today, published) && !toldInPassing(text, s, t) && !afterAnotherEvent(text, s, t)
                        && !startOfAPeriod(text, s, t) && !pastPerfectBackground(text, s, t)) {
                    if (t.namesAPeriod() || endOfASpan(text, s, t)) {
                        return null; // «الأسبوع الماضي»، «هذا الشهر»، «شهر رمضان»، «وحتى فجر امس»: a period, not the story's day
                    }
                    Dated carried = value(t, s);
                    return startOfAnotherDay(e, text, expressions.apply(e.sentence()), carried.value()) ? null : carried;
                }
            }
        }
        return null;
    }

    /**
     * The time expression that dates the event's own clause (as {@link #date} reads it: nothing carried from the
     * sentences before, no main clause's date borrowed), or null. {@link ActsToCome} reads it to tell an act named
     * as still to come, or dated by a day over at publication, from the rest.
     */
    TimeExpression ownClauseExpression(DraftEvent e, AnalyzedText text, List<TimeExpression> sentenceExpressions,
                                       java.time.LocalDate published) {
        int relative = breaks.relativeBefore(text.tokens(), e.cue().head(), text.firstToken(e.sentence()));
        int k = ownExpression(e, text, sentenceExpressions, relative, published);
        if (k < 0 || sentenceExpressions.get(k).kind() == TimeKind.ANCHOR) {
            return k < 0 ? null : sentenceExpressions.get(k);
        }
        return earliestOfList(text.text(), sentenceExpressions, k); // «اليوم وغدًا»: from today, not all to come
    }

    /**
     * A time to come without a date in the event's own clause («في الأسابيع المقبلة»، «خلال الأيام القليلة القادمة»:
     * {@link TimeKind#VAGUE} and {@link TimeExpression#coming}), not one in a relative clause between it and the cue;
     * null when none. {@link #ownClauseExpression} reads only dated expressions, so {@link ActsToCome} asks for this
     * one when the clause has no date of its own.
     */
    TimeExpression comingPeriodInClause(DraftEvent e, AnalyzedText text, List<TimeExpression> sentenceExpressions) {
        for (TimeExpression t : sentenceExpressions) {
            if (t.kind() == TimeKind.VAGUE && t.coming() && sameClause(text, e, t) && !relativeBetween(text, e, t)) {
                return t;
            }
        }
        return null;
    }

    /**
     * Whether the expression stands within the masdar's own phrase: at most {@value #MASDAR_TIME_REACH} tokens after
     * its cue («زيارة عادل الجبير وزير الخارجية السعودي إلى موسكو الثلاثاء القادم»، «لقاء الجبير مع نظيره الروسي لافروف
     * غدًا») or right before it. Further on, the coming time is another clause's («وفي بيان مشترك صدر بعد اجتماع وزير
     * الطاقة الروسي ... بينوا أن ... في العام القادم»: the meeting is done, the better market is to come).
     */
    boolean inMasdarPhrase(DraftEvent e, AnalyzedText text, TimeExpression t) {
        List<Token> tokens = text.tokens();
        int from = firstTokenFrom(tokens, text.firstToken(e.sentence()), text.endToken(e.sentence()), t.start());
        return from > e.cue().last() ? from - e.cue().last() <= MASDAR_TIME_REACH : from < e.cue().head()
                && e.cue().head() - firstTokenFrom(tokens, from, e.cue().head(), t.end()) <= 1;
    }

    /**
     * Whether the event's sentence opens with the past perfect before its cue («وكان قد وصل ... إلى عمان امس الثلاثاء،
     * في زيارة إلى الأردن، يجري خلالها مباحثات»): background the story has moved on from, not a programme to come.
     */
    boolean inPastPerfectSentence(DraftEvent e, AnalyzedText text) {
        return breaks.pastPerfectBefore(text.tokens(), e.cue().head(), text.firstToken(e.sentence()), false);
    }

    /**
     * Whether the masdar's own phrase tells the act as one the article knows, not the one it announces: a relative
     * clause on it («اللقاء الثلاثي الذي جمع وزير الخارجية السعودي بنظيره الروسي»، «محادثات السلام (التي تجري حاليا»),
     * a noun of its outcome before it («نتائج زيارة»), or a past perfect opening its sentence.
     */
    boolean describedAsKnown(DraftEvent e, AnalyzedText text) {
        return describedAsKnown(e, text, false);
    }

    /**
     * As {@link #describedAsKnown}, but a relative clause in the present on the masdar describes what it is, not that
     * it was held: «الاجتماع الذي يضم فلسطين، والأردن، والبحرين» is the meeting of those members, still to come when it
     * was announced so; «الاجتماع الذي عقد» was held.
     */
    boolean describedAsHeld(DraftEvent e, AnalyzedText text) {
        return describedAsKnown(e, text, true);
    }

    private boolean describedAsKnown(DraftEvent e, AnalyzedText text, boolean presentDescribes) {
        List<Token> tokens = text.tokens();
        int first = text.firstToken(e.sentence());
        if (breaks.pastPerfectBefore(tokens, e.cue().head(), first, false)
                || breaks.resultsBefore(tokens, e.cue().head(), first)) {
            return true;
        }
        int end = Math.min(text.endToken(e.sentence()), e.cue().last() + MASDAR_ANTECEDENT_REACH + 1);
        for (int i = e.cue().last() + 1; i < end; i++) {
            if (breaks.isRelative(tokens.get(i)) && !(presentDescribes && i + 1 < text.endToken(e.sentence())
                    && tokens.get(i + 1).isWord() && ModalityRules.opensAsPresent(tokens.get(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the cue stands in a relative clause (after الذي، التي ... of its sentence). */
    boolean inRelativeClause(DraftEvent e, AnalyzedText text) {
        return breaks.relativeBefore(text.tokens(), e.cue().head(), text.firstToken(e.sentence())) >= 0;
    }

    /**
     * Whether the expression's period is over by the publication day («اليوم»، «أمس»، «يوم الإثنين الماضي»): what
     * it dates was done by then. A period still running («في الخريف المقبل» read in August: this year) is not.
     */
    static boolean overByPublication(TimeExpression t, java.time.LocalDate published) {
        return t.value() != null && published != null
                && !org.marsad.time.IsoDates.lastDay(t.value()).isAfter(published);
    }

    /**
     * Whether the cue's clause names the start of what it tells (a SINCE expression with a date: «وشنت تركيا عددا من
     * الغارات الجوية ... منذ نحو أسبوعين»، «ومنذ الاثنين ضاعف حزب العمال الكردستاني هجماته»، «صدت منذ الاثنين
     * محاولتين») on another day than the one carried to it: the act runs over the days since then, so the day an
     * earlier sentence names is not its date. A start on the carried day itself («أعلنت السلطات حالة الطوارئ منذ
     * أمس» after a sentence of yesterday) agrees with it and keeps it. A start older than
     * {@value #CARRY_MAX_AGE_DAYS} days already stopped the carry ({@link #undatedOwnTime}).
     */
    private boolean startOfAnotherDay(DraftEvent e, AnalyzedText text, List<TimeExpression> sentenceExpressions,
                                      String carried) {
        for (TimeExpression t : sentenceExpressions) {
            if (t.kind() == TimeKind.SINCE && t.value() != null && !t.value().equals(carried)
                    && sameClause(text, e, t) && !relativeBetween(text, e, t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the last date before the cue in its own sentence (in another clause: the cue's own would have dated it)
     * is history («... عام 1099م حيث اقتحم الصليبيون مدينة القدس ...»): the sentence has gone back to another time, so
     * a news day carried over it from the sentences before would date the wrong story.
     */
    private boolean historyBeforeCue(DraftEvent e, AnalyzedText text, List<TimeExpression> sentenceExpressions,
                                     java.time.LocalDate published) {
        int cueStart = text.tokens().get(e.cue().head()).start();
        TimeExpression last = null;
        for (TimeExpression t : sentenceExpressions) {
            if (t.end() <= cueStart && t.kind() == TimeKind.POINT && t.value() != null
                    && !toldInPassing(text, e.sentence(), t)) {
                last = t;
            }
        }
        return last != null && history(last.value(), published);
    }

    /**
     * Whether the cue's clause goes on, after the cue, into a relative clause that dates its antecedent in history
     * ({@link #antecedentHistory}: «وقد قتل آنذاك خمسة جنود أفغان ... بصاروخ اطلقته قوة ايساف ... التي انهت في ديسمبر
     * الماضي مهمتها القتالية»): the sentence tells another time than the news, so no news day is carried to it either.
     */
    private boolean historyOfAntecedentAfterCue(DraftEvent e, AnalyzedText text, List<TimeExpression> sentenceExpressions,
                                                java.time.LocalDate published) {
        int cueEnd = text.tokens().get(e.cue().last()).end();
        for (TimeExpression t : sentenceExpressions) {
            if (t.start() >= cueEnd && t.kind() == TimeKind.POINT && t.value() != null
                    && antecedentHistory(text, e, t, published) && sameClause(text, e, t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * For an event of a clause opened by a connective of sequence at token {@code connective}, the date of the main
     * clause before it, in the same sentence (the nearest before the connective, no clause break between): news tells
     * the act just before or after the main one in one breath («اعتقلت قوات الاحتلال، اليوم، شابا بعد أن داهمت
     * منزله»), so it shares its day. Only a day: a month or a year of the main clause («تم عقد صفقة بشأنها منتصف العام
     * 2010، بعد أن اشترطت»، «في الأسبوع الماضي، وبعد أن كانت واشنطن اتهمت») spans more than the act just before it.
     * Null if the main clause has no day.
     */
    private Dated mainClauseDate(DraftEvent e, AnalyzedText text, List<TimeExpression> sentenceExpressions,
                                 int connective) {
        List<Token> tokens = text.tokens();
        int connectiveStart = tokens.get(connective).start();
        for (int k = sentenceExpressions.size() - 1; k >= 0; k--) {
            TimeExpression t = sentenceExpressions.get(k);
            if (t.end() > connectiveStart || t.kind() != TimeKind.POINT || t.value() == null) {
                continue;
            }
            int from = firstTokenFrom(tokens, text.firstToken(e.sentence()), connective, t.end());
            return t.precision() != org.marsad.time.DatePrecision.DAY || breaks.anyBetween(tokens, from, connective)
                    ? null : value(t, -1);
        }
        return null;
    }

    /**
     * The date of the article's lead, for an event of a line that repeats the headline: the first date of the first
     * {@value #CARRY_SENTENCES} sentences before it, by the rules a carried date follows (past, not history).
     */
    private static Dated leadDate(int headline, IntFunction<List<TimeExpression>> expressions, String today,
                                  java.time.LocalDate published) {
        for (int s = 0; s < headline && s < CARRY_SENTENCES; s++) {
            for (TimeExpression t : expressions.apply(s)) {
                if (carriable(t, today, published)) {
                    return value(t, s);
                }
            }
        }
        return null;
    }

    /**
     * Whether the cue's clause gives the event a time of its own without a date: «انسحب قبل أيام من أحد البرامج»،
     * «تعرضت لهجمات خلال الأيام القليلة الماضية» ({@link TimeKind#VAGUE}), or a state begun more than
     * {@value #CARRY_MAX_AGE_DAYS} days ago («منذ آب»، «منذ العام 2009»). Such an event is not on the day the sentences
     * before it told of, so no date is carried to it (a start read after publication, «منذ آب/أغسطس» in July, is
     * last year's). A recent start is left alone: «أعلنت السلطات حالة الطوارئ منذ
     * أمس» is yesterday's, the day carried from the sentence before. An expression in a relative clause between it and
     * the cue («الاتفاق الذي وقع قبل أيام») tells the antecedent's time, not the cue's.
     */
    private boolean undatedOwnTime(DraftEvent e, AnalyzedText text, List<TimeExpression> sentenceExpressions,
                                   java.time.LocalDate published) {
        for (TimeExpression t : sentenceExpressions) {
            boolean ownTime = t.kind() == TimeKind.VAGUE
                    || startOfPeriod(text, e, t) // «نقلت ثلاث طائرات مساعدات منذ إعادة فتح المطار الأربعاء»: days since
                    || t.kind() == TimeKind.SINCE && t.value() != null && (history(t.value(), published)
                            || published != null && after(t.value(), published.toString())); // منذ آب read in July
            if (ownTime && (sameClause(text, e, t) || t.kind() == TimeKind.VAGUE && reachesBack(text, e, t))
                    && !relativeBetween(text, e, t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code t}, after the cue, stands right after punctuation of clause-breaks.tsv {@code time-back} («؛») with
     * no other clause break between the cue and that punctuation: «فقد شن في مقابلة تلفزيونية هجوماً على السعودية
     * وقطر؛ إبان توليه رئاسة مجلس الوزراء» — the tenure is the attack's time (session 29, dates17).
     */
    private boolean reachesBack(AnalyzedText text, DraftEvent e, TimeExpression t) {
        List<Token> tokens = text.tokens();
        int end = text.endToken(e.sentence());
        int from = e.cue().last() + 1;
        if (t.start() < tokens.get(e.cue().last()).end()) {
            return false;
        }
        int exprFirst = firstTokenFrom(tokens, from, end, t.start());
        int mark = exprFirst - 1;
        return mark >= from && exprFirst < end && breaks.isTimeBack(tokens.get(mark))
                && !breaks.anyBetween(tokens, from, mark) && !breaks.commaClauseBetween(tokens, from, mark);
    }

    /**
     * Whether the cue's clause holds منذ heading the noun phrase of an event with no date («وتأتي هذه الحادثة ضمن عدد من
     * حوادث الاختطاف التي رصدها ناشطون يمنيون منذ توغل الحوثيين ... في تعز»، «لعب الجنيد دورا مهما في تعز منذ توغل
     * الحوثيين»): what the clause tells is counted over the period since that event, and the event after منذ came before
     * the story; neither is on the day the sentences before told of, so no date is carried to it. A منذ that opens a
     * time expression (منذ عقود، منذ 2003، منذ بداية العام) is the time the expressions already read. An act told as the
     * first since (clause-breaks.tsv {@code first-since}: «الزيارة الأولى التي يقوم بها كارتر إلى العراق منذ تسلمه
     * مهامه»، «أول شخص يتم اعتقاله منذ مقتل طفل») is one act on one day, and keeps the carry.
     */
    private boolean sinceAnEventInClause(DraftEvent e, AnalyzedText text, List<TimeExpression> sentenceExpressions) {
        List<Token> tokens = text.tokens();
        int start = text.firstToken(e.sentence());
        int end = text.endToken(e.sentence());
        for (int i = start; i < end; i++) {
            if (!breaks.sinceHeadAt(tokens, i, end) || insideAnExpression(tokens.get(i + 1), sentenceExpressions)) {
                continue;
            }
            int from = Math.min(i, e.cue().last() + 1);
            int to = Math.max(i, e.cue().head());
            boolean firstSince = false; // «أول زيارة ... منذ»، «الزيارة الأولى التي يقوم بها كارتر ... منذ تسلمه مهامه»: one act
            for (int k = Math.max(start, Math.min(i, e.cue().head() - 1)); k < to && !firstSince; k++) {
                firstSince = breaks.isFirstOfAPeriod(tokens.get(k));
            }
            if (!firstSince && !breaks.anyBetween(tokens, from, to)
                    && (i < e.cue().head() || !breaks.commaClauseBetween(tokens, from, to))) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code w} lies inside one of the expressions. */
    private static boolean insideAnExpression(Token w, List<TimeExpression> expressions) {
        for (TimeExpression t : expressions) {
            if (w.start() >= t.start() && w.start() < t.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the cue's clause tells when a state began (a SINCE expression: «ويشن التحالف منذ 26 مارس حملة»،
     * «يسيطرون على صنعاء منذ بدء هجومهم»).
     */
    private boolean sinceInClause(DraftEvent e, AnalyzedText text, List<TimeExpression> sentenceExpressions) {
        for (TimeExpression t : sentenceExpressions) {
            if ((t.kind() == TimeKind.SINCE || startOfPeriod(text, e, t)) && sameClause(text, e, t)
                    && !relativeBetween(text, e, t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code t} is a date inside a phrase headed by منذ that does not tell the event («أول زيارة لكارتر إلى بغداد
     * منذ تسلمه مهامه في فبراير/شباط الماضي»، «أول مسؤول عراقي يستقبل وزير دفاع إيراني منذ الثورة الخمينية عام
     * 1979»): for this event it is the start of a period, read as منذ فبراير would be (a SINCE expression), not its
     * date; nor does the event take a date carried from the sentences before, however recent the start: what it tells
     * is counted over the period («ونقلت ثلاث طائرات مساعدات إلى اليمن منذ إعادة فتح مطار عدن الأربعاء الماضي», not on
     * the day an earlier sentence names). An event whose cue lies inside the phrase («منذ سيطرة الحوثيين على صنعاء في
     * سبتمبر») keeps it as a date.
     */
    private boolean startOfPeriod(AnalyzedText text, DraftEvent e, TimeExpression t) {
        if (t.kind() != TimeKind.POINT) {
            return false;
        }
        List<Token> tokens = text.tokens();
        int first = text.firstToken(e.sentence());
        int end = text.endToken(e.sentence());
        int exprFirst = firstTokenFrom(tokens, first, end, t.start());
        int since = breaks.sincePhraseStart(tokens, exprFirst, first);
        int head = e.cue().head();
        return since >= 0 && !(head > since && head < exprFirst);
    }

    /** Whether a relative pronoun stands between the cue and the expression. */
    private boolean relativeBetween(AnalyzedText text, DraftEvent e, TimeExpression t) {
        List<Token> tokens = text.tokens();
        int first = text.firstToken(e.sentence());
        int end = text.endToken(e.sentence());
        int cueStart = tokens.get(e.cue().head()).start();
        int cueEnd = tokens.get(e.cue().last()).end();
        for (int i = first; i < end; i++) {
            Token w = tokens.get(i);
            boolean between = t.end() <= cueStart ? w.start() >= t.end() && w.end() <= cueStart
                    : w.start() >= cueEnd && w.end() <= t.start();
            if (between && breaks.isRelative(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code t}, an expression of sentence {@code s}, lies in a relative clause that tells a fact about its
     * antecedent in passing («خطبة الجمعة التي ألقاها أمس»، «السباق الذي سينتهي في نوفمبر 2016»، «الاتفاق الذي ابرمته
     * إيران ... في 14 يوليو»): that date is not the story the sentences after it go on telling, so it is not carried;
     * an earlier date of the same sentence may be. A clause whose verb is one of occurring or carrying out
     * (clause-breaks.tsv {@code occurrence}: «الهجوم الذي وقع مساء السبت»، «العملية التي جرت في 11 يوليو») dates the
     * antecedent act itself, the story's, and carries.
     */
    private boolean toldInPassing(AnalyzedText text, int s, TimeExpression t) {
        List<Token> tokens = text.tokens();
        int first = text.firstToken(s);
        int exprFirst = firstTokenFrom(tokens, first, text.endToken(s), t.start());
        int relative = breaks.relativeClauseStart(tokens, exprFirst, first);
        return relative >= 0 && !breaks.isOccurrence(tokens.get(relative + 1));
    }

    /**
     * Whether {@code t}, an expression of sentence {@code s}, lies in a noun phrase headed by a preposition of sequence
     * (clause-breaks.tsv {@code after}: «في ثاني تقدم تحققه بعد إحكامها السيطرة على مدينة عدن الجنوبية الشهر
     * الماضي»): it dates the earlier event the phrase names, not the story the sentences after it go on telling, so it
     * is not carried; an earlier date of the same sentence may be. Only a date coarser than a day (a week, a month):
     * a day in such a phrase is most often the day of the sentence's own act too, told in sequence («واصابت اثنين من
     * ابنائه بعد دهمها فجر امس منزله»، «قال ... عقب لقائه الرئيس سلام أمس»; tune slices: 6 of 8 such days were).
     */
    private boolean afterAnotherEvent(AnalyzedText text, int s, TimeExpression t) {
        if (t.precision() == org.marsad.time.DatePrecision.DAY) {
            return false;
        }
        List<Token> tokens = text.tokens();
        int first = text.firstToken(s);
        return breaks.afterPhraseStart(tokens, firstTokenFrom(tokens, first, text.endToken(s), t.start()), first) >= 0;
    }

    /**
     * Whether {@code t}, an expression of sentence {@code s}, stands right after a word of clause-breaks.tsv {@code until}
     * («في الفترة من 7 يوليو الماضي، وحتى الخامس من الشهر الجاري»، «منذ 23 أيلول 2014، وحتى فجر امس»): the end of a span
     * the sentence counts over, so the sentences after it tell the tally, not one day (session 29, dates17).
     */
    private boolean endOfASpan(AnalyzedText text, int s, TimeExpression t) {
        List<Token> tokens = text.tokens();
        int first = text.firstToken(s);
        int exprFirst = firstTokenFrom(tokens, first, text.endToken(s), t.start());
        return exprFirst > first && breaks.isUntil(tokens.get(exprFirst - 1));
    }

    /**
     * Whether {@code t}, an expression of sentence {@code s}, lies in a noun phrase headed by منذ (clause-breaks.tsv
     * {@code since}: «قتل 23 شخصا أمس ... في هجوم انتحاري ... هو أول هجوم كبير تشنه منذ إعلان وفاة زعيمها الملا عمر
     * الأسبوع الماضي»): it dates the start of a period the sentence counts from, not the story the sentences after it
     * go on telling, so it is not carried; an earlier date of the same sentence (أمس) may be.
     */
    private boolean startOfAPeriod(AnalyzedText text, int s, TimeExpression t) {
        List<Token> tokens = text.tokens();
        int first = text.firstToken(s);
        return breaks.sincePhraseStart(tokens, firstTokenFrom(tokens, first, text.endToken(s), t.start()), first) >= 0;
    }

    /**
     * Whether {@code t}, a week or a month of sentence {@code s}, lies in a sentence that opens with the past perfect
     * ({@link ClauseBreaks#pastPerfectBefore}: «وكان الجبير قد التقى لافروف في الدوحة الأسبوع الماضي»، «وكان رئيس مجلس
     * النواب العراقي أعلن الشهر الماضي»): such a sentence tells what happened before the story, so its date is not
     * carried to the sentences after it, which go back to the story; an earlier sentence's date may be. Only a date
     * coarser than a day: «وكان مسؤولون ... قد قالوا أمس» is the news peg of wire copy, and the sentences after it often
     * go on telling that day.
     */
    private boolean pastPerfectBackground(AnalyzedText text, int s, TimeExpression t) {
        if (t.precision() == org.marsad.time.DatePrecision.DAY) {
            return false;
        }
        List<Token> tokens = text.tokens();
        int first = text.firstToken(s);
        return breaks.pastPerfectBefore(tokens, firstTokenFrom(tokens, first, text.endToken(s), t.start()), first, true);
    }

    /**
     * Whether {@code t}, after the event's cue, lies in a relative clause opened after the cue and told in passing (its
     * verb not one of occurring, as in {@link #toldInPassing}) and dates history: «اعتقلت حماس ... التي قمعت بقسوة في 2009 الحركات المتطرفة»، «أطلع مجلس الوزراء ... على ...
     * مجالات التعاون التي أعلن عنها في قمة كامب ديفيد في 14 مايو 2015». The clause tells when its antecedent came to
     * be, long before the news the main clause reports. A recent date of such a clause is left to the cue: it is as
     * often the main clause's own, read across a relative clause that ends without a comma («قتلوا خلال قتال جماعات
     * إسلامية في مدينة بنغازي التي مزّقتها الحرب يوم الاثنين»).
     */
    private boolean antecedentHistory(AnalyzedText text, DraftEvent e, TimeExpression t, java.time.LocalDate published) {
        if (!history(t.value(), published)) {
            return false;
        }
        List<Token> tokens = text.tokens();
        int first = text.firstToken(e.sentence());
        int exprFirst = firstTokenFrom(tokens, first, text.endToken(e.sentence()), t.start());
        int relative = breaks.relativeClauseStart(tokens, exprFirst, first);
        if (relative <= e.cue().last() // the cue's own clause
                || e.cue().isMasdar() && relative - e.cue().last() <= MASDAR_ANTECEDENT_REACH) {
            return false; // «الانتفاضة الشعبية التي أنهت عهد مبارك عام 2011»: the clause dates the masdar, its antecedent
        }
        Token verb = tokens.get(relative + 1);
        return !breaks.isOccurrence(verb) && !presentPrefix(verb);
    }

    /**
     * Whether the word opens with the present prefix ي (after و/ف): a relative clause in the present («المتهمون الذين
     * ينفون جميعا التهم المنسوبة إليهم في 2012») tells what holds now, so a past date after it is the main clause's.
     */
    private static boolean presentPrefix(Token verb) {
        String w = verb.norm();
        int at = w.length() > 1 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? 1 : 0;
        return w.length() > at + 2 && w.charAt(at) == 'ي';
    }

    /** Whether a date of another sentence may be carried to an event: a past point that is not history. */
    private static boolean carriable(TimeExpression t, String today, java.time.LocalDate published) {
        return t.value() != null && t.kind() == TimeKind.POINT && (today == null || !after(t.value(), today))
                && !history(t.value(), published);
    }

    /**
     * Whether the cue is a verb in the present tense (يواصلون، تحث، يقاتلون): what goes on, not the act the dated
     * sentences before it told of. The pattern's head is «past/present» (واصل/يواصل).
     */
    static boolean presentTense(Cue cue) {
        VerbTenses.Forms forms = VerbTenses.of(cue); // the head's forms, made once (speed23)
        if (forms == null || forms.present() == null) {
            return false;
        }
        String stem = cue.reading().stem();
        return forms.present().contains(stem) && !forms.past().contains(stem);
    }

    /** Whether the cue is a verb in the past tense (شنت، تعرض، ألقت), by the pattern's «past/present» head. */
    static boolean pastTense(Cue cue) {
        VerbTenses.Forms forms = VerbTenses.of(cue); // the head's forms, made once (speed23)
        if (forms == null) {
            return false;
        }
        String stem = cue.reading().stem();
        return forms.past().contains(stem) && (forms.present() == null || !forms.present().contains(stem));
    }

    /**
     * Whether an ISO date of any precision (2015-06-07, 2015-02, 2012) ended more than {@value #CARRY_MAX_AGE_DAYS}
     * days before publication: history the text recalls (the 2012 peace talks, the minister «في فبراير الماضي»
     * taking office), not the news the sentences after it go on telling, so it is not carried; an earlier date
     * of the same sentences may be («ووصل كارتر صباح الخميس ...، هي الاولى منذ توليه منصبه في فبراير الماضي»).
     */
    private static boolean history(String value, java.time.LocalDate published) {
        if (published == null) {
            return false;
        }
        return org.marsad.time.IsoDates.lastDay(value).isBefore(published.minusDays(CARRY_MAX_AGE_DAYS));
    }

    /** Whether an ISO date of any precision (2015-09, 2016) lies wholly after the day {@code today}. */
    private static boolean after(String value, String today) {
        return value.compareTo(today.substring(0, Math.min(today.length(), value.length()))) > 0;
    }

    /**
     * The nearest date of the cue's clause; {@code relative} is the relative pronoun the cue follows, or -1. A weekday
     * named alone after an intended act's cue («ويتوقع أن يمثل أمام المحكمة يوم الاثنين») is the next one, on or after
     * publication, not the last: the act is to come (a weekday before the cue, «أعلن الأحد أنه سيزور», is the day the
     * intent was said, which the gold dates it by). A date after the cue in a relative clause that tells a fact about
     * its antecedent in passing is the antecedent's, not the cue's, when it is history ({@link #antecedentHistory}).
     */
    private Dated ownDate(DraftEvent e, AnalyzedText text, List<TimeExpression> sentenceExpressions, int relative,
                          java.time.LocalDate published) {
        int best = ownExpression(e, text, sentenceExpressions, relative, published);
        if (best < 0) {
            return null;
        }
        TimeExpression nearest = sentenceExpressions.get(best);
        if (nearest.kind() == TimeKind.ANCHOR) {
            return value(nearest, -1);
        }
        int cueEnd = text.tokens().get(e.cue().last()).end();
        if ("intended".equals(e.modality()) && nearest.start() >= cueEnd && nearest.ahead() != null) {
            return new Dated(nearest.ahead().toString(), "day", -1); // «سيزور الرئيس ... يوم الأحد»: the Sunday to come
        }
        return value(earliestOfList(text.text(), sentenceExpressions, best), -1);
    }

    /** The index of the expression that dates the cue's own clause (an anchor before it, else the nearest), or -1. */
    private int ownExpression(DraftEvent e, AnalyzedText text, List<TimeExpression> sentenceExpressions, int relative,
                              java.time.LocalDate published) {
        List<Token> tokens = text.tokens();
        int clauseStart = relative < 0 ? 0 : tokens.get(relative).start();
        int cueStart = tokens.get(e.cue().head()).start();
        int cueEnd = tokens.get(e.cue().last()).end();
        int best = -1;
        int bestDist = Integer.MAX_VALUE;
        for (int k = 0; k < sentenceExpressions.size(); k++) {
            TimeExpression t = sentenceExpressions.get(k);
            if (t.value() == null || t.start() < clauseStart) {
                continue;
            }
            if (t.kind() == TimeKind.ANCHOR) {
                if (t.end() <= cueStart && cueStart - t.end() <= ANCHOR_REACH) {
                    return k;
                }
                continue;
            }
            if (t.start() >= cueEnd && t.kind() == TimeKind.POINT && antecedentHistory(text, e, t, published)) {
                break; // the dates after it are further into the antecedent's clause («بدأت في 16 يناير 1991 وانتهت ...»)
            }
            if (t.kind() != TimeKind.POINT || startOfPeriod(text, e, t)) {
                continue;
            }
            int dist = t.end() <= cueStart ? cueStart - t.end() : t.start() >= cueEnd ? t.start() - cueEnd : 0;
            if (dist < bestDist && sameClause(text, e, t)) {
                best = k;
                bestDist = dist;
            }
        }
        return best;
    }

    /**
     * The earliest date of the list of dates joined by و that the expression at {@code k} belongs to: «أصدرت
     * المحكمة في 2009 و2010 مذكرات اعتقال» began in 2009, «أمس وأمس الأول» the day before yesterday.
     */
    private static TimeExpression earliestOfList(String text, List<TimeExpression> expressions, int k) {
        int first = k;
        while (first > 0 && joinedByAnd(text, expressions.get(first - 1), expressions.get(first))) {
            first--;
        }
        int last = k;
        while (last + 1 < expressions.size() && joinedByAnd(text, expressions.get(last), expressions.get(last + 1))) {
            last++;
        }
        TimeExpression earliest = expressions.get(k);
        for (int i = first; i <= last; i++) {
            if (expressions.get(i).value().compareTo(earliest.value()) < 0) {
                earliest = expressions.get(i);
            }
        }
        return earliest;
    }

    /** Whether {@code b} follows {@code a} with only و between them, both dating points. */
    private static boolean joinedByAnd(String text, TimeExpression a, TimeExpression b) {
        return a.kind() == TimeKind.POINT && b.kind() == TimeKind.POINT && a.value() != null && b.value() != null
                && b.start() >= a.end() && text.substring(a.end(), b.start()).strip().equals("و");
    }

    /**
     * Whether no clause break lies between the expression and the event's cue. A date AFTER the cue is also
     * cut off by a comma + و that opens a coordinated clause («منفذ الهجوم الانتحاري في سوروتش، وقتل ضابطا شرطة
     * ... امس»: yesterday is the police officers' killing, not the attack); a date before the cue is shared by
     * the clauses that follow it («التقى الوزير أمس نظيره، وبحث معه»).
     */
    private boolean sameClause(AnalyzedText text, DraftEvent e, TimeExpression t) {
        List<Token> tokens = text.tokens();
        int first = text.firstToken(e.sentence());
        int end = text.endToken(e.sentence());
        int from;
        int to;
        if (t.end() <= tokens.get(e.cue().head()).start()) {
            from = firstTokenFrom(tokens, first, end, t.end());
            to = e.cue().head();
        } else {
            from = e.cue().last() + 1;
            to = from;
            while (to < end && tokens.get(to).end() <= t.start()) {
                to++;
            }
        }
        return !breaks.anyBetween(tokens, from, to)
                && (t.end() <= tokens.get(e.cue().head()).start() || !breaks.commaClauseBetween(tokens, from, to));
    }

    /** The first token of [from, limit) that starts at or after character {@code offset}; {@code limit} if none. */
    private static int firstTokenFrom(List<Token> tokens, int from, int limit, int offset) {
        int i = from;
        while (i < limit && tokens.get(i).start() < offset) {
            i++;
        }
        return i;
    }

    private static Dated value(TimeExpression t, int fromSentence) {
        return new Dated(t.value(), t.precision().name().toLowerCase(java.util.Locale.ROOT), fromSentence);
    }
}
