package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.marsad.dict.TsvFile;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Token;

/**
 * Connectives that open a new clause (حيث، لكن، بينما، بعد أن ...), read from
 * {@code marsad/events/clause-breaks.tsv}. A time expression separated from an event's cue by one of them
 * belongs to another clause's event. Semicolons break clauses too. Relative pronouns (column 2 {@code relative})
 * open a clause for the event whose cue follows them: see {@link #relativeBefore}.
 */
public final class ClauseBreaks {
    private final List<String[]> phrases = new ArrayList<>();
    /** The phrases that end a place's clause too: all but column 2 {@code dates-only} (حيث، وذلك). */
    private final List<String[]> placePhrases = new ArrayList<>();
    /** A set, not a list: asked of every word the cue finder reads around a cue (a list's scan was 2 % of the coder). */
    private final java.util.Set<String> relatives = new java.util.HashSet<>();
    /** The relative pronouns of people only (الذين، اللواتي): a masdar never takes one. */
    private final java.util.Set<String> peopleRelatives = new java.util.HashSet<>();
    private final List<String> had = new ArrayList<>();
    private final List<String> hadParticles = new ArrayList<>();
    private final List<String> hadContent = new ArrayList<>();
    private final List<String> pastNegations = new ArrayList<>();
    private final List<String> commaClauses = new ArrayList<>();
    /** Column 2 {@code time-back}: punctuation after which a time without a date is the clause before's («؛»). */
    private final java.util.Set<String> timeBacks = new java.util.HashSet<>();
    /** Column 2 {@code until}: a word after which a date ends a span («وحتى فجر امس»). */
    private final java.util.Set<String> untils = new java.util.HashSet<>();
    private final List<String[]> headlines = new ArrayList<>();
    private final java.util.Set<String> habitualWords = new java.util.HashSet<>();
    private final List<String[]> sequences = new ArrayList<>();
    private final List<String> sinceWords = new ArrayList<>();
    private final List<String> afterWords = new ArrayList<>();
    private final List<String> sinceTimes = new ArrayList<>();
    private final java.util.Set<String> firstsOfAPeriod = new java.util.HashSet<>();
    private final java.util.Set<String> presentGovernors = new java.util.HashSet<>();
    private final java.util.Set<String> occurrences = new java.util.HashSet<>();
    private final java.util.Set<String> presentStates = new java.util.HashSet<>();
    private final List<String> openerLeads = new ArrayList<>();
    /** Column 2 {@code no-break}: a break word and the word after it that make it no connective («فيما يتعلق»). */
    private final List<String[]> noBreaks = new ArrayList<>();
    /** Forms of verbs of outcome («أسفر»، «أدى»، «نتج») → the prepositions they take before what resulted. */
    private final java.util.Map<String, java.util.Set<String>> outcomeVerbs = new java.util.HashMap<>();
    private final java.util.Set<String> resultNouns = new java.util.HashSet<>();

    private ClauseBreaks() {
    }

    public static ClauseBreaks load() {
        ClauseBreaks b = new ClauseBreaks();
        for (TsvFile.Row r : TsvFile.read("marsad/events/clause-breaks.tsv", 1, true)) {
            String[] words = org.marsad.dict.TsvFile.SPACES.split(ArabicNormalizer.normalize(r.col(0).strip()));
            String kind = r.opt(1);
            if ("relative".equals(kind)) {
                b.relatives.add(words[0]);
            } else if ("relative-people".equals(kind)) {
                b.relatives.add(words[0]);
                b.peopleRelatives.add(words[0]);
            } else if ("had".equals(kind)) {
                b.had.add(words[0]);
            } else if ("had-particle".equals(kind)) {
                b.hadParticles.add(words[0]);
            } else if ("had-content".equals(kind)) {
                b.hadContent.add(words[0]);
            } else if ("past-negation".equals(kind)) {
                b.pastNegations.add(words[0]);
            } else if ("comma-clause".equals(kind)) {
                b.commaClauses.add(words[0]);
            } else if ("until".equals(kind)) {
                b.untils.add(words[0]);
            } else if ("time-back".equals(kind)) {
                b.timeBacks.add(words[0]);
            } else if ("headline".equals(kind)) {
                b.headlines.add(words);
            } else if ("habitual".equals(kind)) {
                b.habitualWords.add(words[0]);
            } else if ("sequence".equals(kind)) {
                b.sequences.add(words);
                b.phrases.add(words);
                b.placePhrases.add(words);
            } else if ("no-break".equals(kind)) {
                b.noBreaks.add(words);
            } else if ("dates-only".equals(kind)) {
                b.phrases.add(words);
            } else if ("since".equals(kind)) {
                b.sinceWords.add(words[0]);
            } else if ("after".equals(kind)) {
                b.afterWords.add(words[0]);
            } else if ("first-since".equals(kind)) {
                b.firstsOfAPeriod.add(words[0]);
            } else if ("since-time".equals(kind)) {
                b.sinceTimes.add(words[0]);
            } else if ("present-governor".equals(kind)) {
                b.presentGovernors.addAll(VerbForms.present(words[0].split("/")[1]));
            } else if ("going-on-masdar".equals(kind)) {
                b.presentGovernors.add(words[0]); // a masdar has no tense: it governs as the present does
            } else if ("present-state".equals(kind)) {
                b.presentStates.addAll(VerbForms.present(words[0].split("/")[1]));
            } else if ("results-of".equals(kind)) {
                b.resultNouns.add(words[0]);
            } else if ("opener-lead".equals(kind)) {
                b.openerLeads.add(words[0]);
            } else if ("occurrence".equals(kind)) {
                String[] forms = words[0].split("/");
                b.occurrences.addAll(VerbForms.past(forms[0]));
                b.occurrences.addAll(VerbForms.present(forms[1]));
            } else if ("outcome".equals(kind)) {
                if (words.length != 2) {
                    throw r.error("an outcome row is past/present and its preposition");
                }
                String[] forms = words[0].split("/");
                java.util.Set<String> all = new java.util.HashSet<>(VerbForms.past(forms[0]));
                all.addAll(VerbForms.present(forms[1]));
                for (String form : all) {
                    b.outcomeVerbs.computeIfAbsent(form, k -> new java.util.HashSet<>()).add(words[1]);
                }
            } else if (kind != null) {
                throw r.error("unknown kind " + kind);
            } else {
                b.phrases.add(words);
                b.placePhrases.add(words);
            }
        }
        return b;
    }

    /** Whether a clause break starts at any token in [from, to) (token indexes of one sentence). */
    public boolean anyBetween(List<Token> tokens, int from, int to) {
        return anyBetween(tokens, from, to, phrases);
    }

    /**
     * Whether a clause break that ends a place's clause (all but column 2 {@code dates-only}: «حيث» links its clause to
     * the place before it) starts at any token in [from, to): a place on the other side is another clause's
     * («غارات للتحالف على محافظة لحج، فيما سيطرت اللجان الشعبية على مناطق في تعز»).
     */
    public boolean placeBreakBetween(List<Token> tokens, int from, int to) {
        return anyBetween(tokens, from, to, placePhrases);
    }

    private boolean anyBetween(List<Token> tokens, int from, int to, List<String[]> breaks) {
        for (int i = from; i < to; i++) {
            if (startsAt(tokens, i, to, breaks)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a normalized word opens a content clause (column 2 {@code had-content}: أن، إن، بأن). */
    public boolean isContentParticle(String norm) {
        return hadContent.contains(norm);
    }

    /** Whether a normalized word is a relative pronoun (column 2 {@code relative}: الذي، التي، الذين ...). */
    public boolean isRelativePronoun(String norm) {
        return relatives.contains(norm);
    }

    /**
     * {@link #isRelativePronoun(String)} of the token's form as written: a word no reading of which is one (most words)
     * answered on one bit of its word cache entry, the others from its whole-word reading's facts, without hashing the
     * form (the cue finder asks it of every word of its windows: 1.1 % of the coding thread, JFR, speed36).
     */
    public boolean isRelativePronoun(Token t) {
        org.marsad.text.StemFacts.Slot slot = relativeSlot;
        if (slot == null) {
            return isRelativePronoun(t.norm());
        }
        return slot.mayAnswer(t) && slot.ofNorm(t) != null;
    }

    /** Where an analyzer keeps whether a stem is a relative pronoun (see {@link #attach}); null: not attached. */
    private volatile org.marsad.text.StemFacts.Slot relativeSlot;

    /**
     * Lets an analyzer built with {@code facts} keep, once per distinct word, whether it is a relative pronoun and
     * whether it starts a clause-breaking phrase.
     */
    public void attach(org.marsad.text.StemFacts facts) {
        relativeSlot = facts.register(stem -> relatives.contains(stem) ? Boolean.TRUE : null);
        java.util.Set<String> firstWords = new java.util.HashSet<>();
        for (String[] p : phrases) {
            firstWords.add(p[0]);
        }
        phraseStartSlot = facts.register(stem -> firstWords.contains(stem) ? Boolean.TRUE : null);
    }

    /**
     * Where an analyzer keeps whether a stem is the first word of a clause-breaking phrase ({@link #phrases}, of which
     * the place and sequence phrases are part): a word whose no reading is one starts none, known without comparing
     * it with each phrase's first word, which {@code startsAt} did at every word it was asked of (1.2 % of the coding
     * thread, JFR, BENCHMARKS.md speed24). Null: not attached.
     */
    private volatile org.marsad.text.StemFacts.Slot phraseStartSlot;

    /**
     * False when no reading of {@code t} is a relative pronoun, its whole form included (the unsegmented word is one
     * of its readings): then {@link #isRelativePronoun} is false for its form, known without hashing it. The cue
     * finder asks it of the words it reads around each cue, where the set look-up was 1.4 % of the coding thread
     * (JFR, BENCHMARKS.md speed23, speed24). Else true.
     */
    public boolean mayBeRelativePronoun(Token t) {
        return org.marsad.text.StemFacts.mayAnswer(relativeSlot, t);
    }

    /** Whether the token is a relative pronoun of people only (الذين، اللواتي), also after و: it never follows an act. */
    public boolean isPeopleRelative(Token t) {
        String w = t.norm();
        return peopleRelatives.contains(w) || w.startsWith("و") && peopleRelatives.contains(t.normAfterFirstLetter());
    }

    /** Whether the token is a relative pronoun, also after و (الذي، التي، والتي ...). */
    public boolean isRelative(Token t) {
        String w = t.norm();
        return isRelativePronoun(t) || w.startsWith("و") && isRelativePronoun(t.normAfterFirstLetter());
    }

    /**
     * The index of the relative pronoun right before token {@code head} (the cue is the verb of a relative
     * clause: «البشير الذي يرفض»), or -1; {@code first} is the sentence's first token.
     */
    public int relativeBefore(List<Token> tokens, int head, int first) {
        return head - 1 >= first && isRelativePronoun(tokens.get(head - 1)) ? head - 1 : -1;
    }

    /**
     * Whether the sentence opens with the past perfect («وكانت المملكة قد أطلقت») and its قد stands before token
     * {@code head} with no أن between (what it reports has its own time): the sentence tells what happened before
     * the story. {@code first} is the sentence's first token. Without قد, a past verb cue ({@code pastVerbCue}) after
     * the opening كان is the past perfect too («وكانت القوات التركية شنت سلسلة جديدة من الضربات»، «وكان الشهيد الجابري
     * تعرض لإطلاق نار»), when no أن and no clause break stand between. كان may follow a leading كما («كما كانت التقت»).
     */
    public boolean pastPerfectBefore(List<Token> tokens, int head, int first, boolean pastVerbCue) {
        int opener = first;
        if (opener < head && openerLeads.contains(tokens.get(opener).norm())) {
            opener++;
        }
        if (head <= opener || !had.contains(tokens.get(opener).norm())) {
            return false;
        }
        boolean particle = false;
        boolean content = false;
        for (int i = opener + 1; i < head; i++) {
            String n = tokens.get(i).norm();
            if (hadParticles.contains(n)) {
                particle = true;
            } else if (hadContent.contains(n)) {
                if (particle) {
                    return false;
                }
                content = true;
            }
        }
        return particle || pastVerbCue && !content && !anyBetween(tokens, opener + 1, head);
    }

    /** Whether the sentence starting at token {@code first} repeats the headline («رابط الخبر بصحيفة الوئام: ...»). */
    public boolean headlineAt(List<Token> tokens, int first) {
        for (String[] h : headlines) {
            if (org.marsad.dict.PhraseKeys.normsAt(tokens, first, h, 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of habit (column 2 {@code habitual}: يوميا، يومية، شهريا، مرارا) stands within {@value #HABIT_REACH}
     * words after the cue whose words run from {@code head} to {@code last}, with no punctuation or clause break between
     * («غارات جوية يومية»، «بحث مسألة الصحافي يوميًا»): the event recurs, it is not one act of a day.
     */
    public boolean habitualAfter(List<Token> tokens, int head, int last, int end) {
        for (int i = head + 1; i < end && i <= last + HABIT_REACH; i++) {
            Token t = tokens.get(i);
            if (t.isPunct() || startsAt(tokens, i, end)) {
                return false;
            }
            if (t.isWord() && oneOf(t, habitualWords)) {
                return true;
            }
        }
        return false;
    }

    /** How many words after a cue a word of habit may stand (the cue's object or adjective between). */
    private static final int HABIT_REACH = 3;

    /** Whether a past negation (لم) stands right before token {@code head}: a present form after it is the past. */
    public boolean pastNegationBefore(List<Token> tokens, int head, int first) {
        return head - 1 >= first && pastNegations.contains(tokens.get(head - 1).norm());
    }

    /**
     * Whether a verb of going on or doing (column 2 {@code present-governor}) in the present tense governs the masdar
     * at token {@code head}: it stands within {@value #GOVERNOR_REACH} words before it, with no punctuation or
     * clause break between and no لم before it («وتتواصل غارات الطائرات»، «يكثف المتمردون هجومهم»), or the masdar of a
     * verb of going on (column 2 {@code going-on-masdar}: «مشيراً إلى مواصلة بلاده دعم جهود الأمم المتحدة»). The masdar
     * then tells what goes on.
     */
    public boolean presentGovernorBefore(List<Token> tokens, int head, int first) {
        for (int i = head - 1; i >= first && i >= head - GOVERNOR_REACH; i--) {
            Token t = tokens.get(i);
            if (t.isPunct() || startsAt(tokens, i, head)) {
                return false;
            }
            if (t.isWord() && presentGovernor(t)) {
                return !pastNegationBefore(tokens, i, first);
            }
        }
        return false;
    }

    /**
     * Whether a noun of the outcome of an act (column 2 {@code results-of}: نتائج، نتيجة) stands right
     * before the masdar at token {@code head}: «واستمع المجلس إلى نتائج زيارة ... الأمير محمد بن سلمان ... لمصر» reports
     * a visit that is over, not one of the day the report is heard.
     */
    public boolean resultsBefore(List<Token> tokens, int head, int first) {
        return head - 1 >= first && tokens.get(head - 1).isWord() && oneOf(tokens.get(head - 1), resultNouns);
    }

    /**
     * Whether the masdar at token {@code head} is what an act resulted in (column 2 {@code outcome}): a verb of outcome
     * and its preposition right before it, «ذلك» possibly between («ما أسفر عن مقتل 15 عنصرا»، «مما أدى إلى مقتل 11
     * شخصا»، «ونتج عنه استشهاد عشرة»). The masdar reports the act's toll, not a situation known before.
     */
    public boolean outcomeBefore(List<Token> tokens, int head, int first) {
        int prep = head - 1;
        if (prep - 1 < first || !tokens.get(prep).isWord()) {
            return false;
        }
        int verb = prep - 1;
        if (tokens.get(verb).norm().equals("ذلك") && verb - 1 >= first) {
            verb--;
        }
        Token v = tokens.get(verb);
        if (!v.isWord()) {
            return false;
        }
        String w = v.norm();
        java.util.Set<String> preps = outcomeVerbs.get(w);
        boolean joined = false;
        if (preps == null && (w.startsWith("و") || w.startsWith("ف"))) {
            preps = outcomeVerbs.get(v.normAfterFirstLetter());
            joined = w.startsWith("و");
        }
        return preps != null && preps.contains(tokens.get(prep).norm()) && !ofAnActReferredTo(tokens, verb, first, joined);
    }

    /** How many tokens back a relative pronoun may open the clause an outcome verb is joined to. */
    private static final int OUTCOME_RELATIVE_REACH = 12;

    /**
     * Whether the outcome verb at {@code verb} tells the toll of an act named in a relative clause («بعد الاعتداء الذي
     * وقع أول من أمس شرق العاصمة، وأسفر عن مقتل مهندس»، «بهجوم سوسة الذي أسفر عن مقتل 38 سائحًا»): it is right after the
     * relative pronoun, or joined by و to a clause a relative pronoun opened. Such an act is one the sentence refers to,
     * told before, and so is its toll.
     */
    private boolean ofAnActReferredTo(List<Token> tokens, int verb, int first, boolean joined) {
        if (verb - 1 >= first && isRelative(tokens.get(verb - 1))) {
            return true;
        }
        for (int i = verb - 1; joined && i >= Math.max(first, verb - OUTCOME_RELATIVE_REACH); i--) {
            Token t = tokens.get(i);
            if (t.isPunct() && !t.norm().equals("،") && !t.norm().equals(",") && !t.norm().equals("(")
                    && !t.norm().equals(")")) {
                return false;
            }
            if (isRelative(t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word is a present form of a governing verb, with or without و/ف (the segmenter may keep them). */
    private boolean presentGovernor(Token t) {
        return oneOf(t, presentGovernors);
    }

    /** Whether the word is one of {@code forms}, with or without و/ف (the segmenter may keep them, or split بـ off). */
    private static boolean oneOf(Token t, java.util.Set<String> forms) {
        String w = t.norm();
        return forms.contains(w)
                || (w.startsWith("و") || w.startsWith("ف")) && forms.contains(t.normAfterFirstLetter())
                || t.segments().stream().anyMatch(g -> forms.contains(g.stem()));
    }

    /**
     * Whether the sentence starting at token {@code first} opens (after punctuation and a leading كما, column 2
     * {@code opener-lead}) with the present tense of a verb of a standing claim, demand, charge or state (column 2
     * {@code present-state}: «وتطالب فيتنام وماليزيا ... بالسيادة»، «وتتهم واشنطن ... الجيش السوري بشن هجمات»، «ويقضي
     * الاتفاق برفع العقوبات»), and the cue at token {@code head} is or follows it: the sentence tells what holds, not an act of
     * the day the sentences before it told of. The cue may be that verb itself.
     */
    public boolean presentStateOpener(List<Token> tokens, int head, int first) {
        int i = first;
        while (i < head && tokens.get(i).isPunct()) {
            i++;
        }
        if (i < head && openerLeads.contains(tokens.get(i).norm())) {
            i++;
        }
        return i <= head && tokens.get(i).isWord() && oneOf(tokens.get(i), presentStates);
    }

    /**
     * The first token of the connective of sequence (column 2 {@code sequence}: بعد أن، بعدما، قبل أن، منذ أن) that opens
     * the clause of token {@code head}, or -1: the nearest clause break, semicolon or coordinated clause («، وأقدمت»)
     * before it, within its sentence, must be one. A comma alone does not end the clause: «بعدما شن أندرس بريفيك،
     * اليميني المتطرف ...، هجومه» is one; a relative pronoun does («قبل أن يتمكنوا من دخول القاعدة ... الهجوم، الذي
     * جاء في أعقاب تفجير»). The clause's act lies before or after the main clause's.
     */
    public int sequenceStart(List<Token> tokens, int head, int first) {
        for (int i = head - 1; i >= first; i--) {
            if (isRelative(tokens.get(i)) || coordinatedClauseAt(tokens, i, head)) {
                return -1;
            }
            for (String[] p : sequences) {
                if (i + p.length <= head && org.marsad.dict.PhraseKeys.normsAt(tokens, i, p, 0)) {
                    return i;
                }
            }
            if (startsAt(tokens, i, head)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The token of the preposition of since (column 2 {@code since}: منذ) that heads a noun phrase running on to token
     * {@code exprFirst}, the first token of a time expression, or -1: it stands at most {@value #SINCE_REACH} tokens
     * before, with a word between (منذ right before a date already makes it a start), and no punctuation or clause
     * break between («منذ تسلمه مهامه في فبراير»، «منذ الثورة الخمينية عام 1979»). منذ أن is a connective of
     * sequence, not this preposition; منذ before a word of the time of day (column 2 {@code since-time}: «منذ الساعات
     * الأولى من صباح الأحد») heads a time phrase, not an event's. {@code first} is the sentence's first token.
     */
    public int sincePhraseStart(List<Token> tokens, int exprFirst, int first) {
        return phraseStart(tokens, exprFirst, first, sinceWords);
    }

    /** Whether {@code t} is a word of the first act of a period (column 2 {@code first-since}: أول، الأولى). */
    public boolean isFirstOfAPeriod(Token t) {
        return firstsOfAPeriod.contains(t.norm());
    }

    /**
     * Whether token {@code i} is the preposition of since (column 2 {@code since}: منذ) heading a noun phrase: not منذ أن
     * (a connective of sequence) nor منذ before a word of the time of day (column 2 {@code since-time}). Whether the
     * phrase is a time (منذ عقود، منذ 2003) the caller tells from its time expressions. {@code end} ends the sentence.
     */
    public boolean sinceHeadAt(List<Token> tokens, int i, int end) {
        return i + 1 < end && sinceWords.contains(tokens.get(i).norm())
                && !sinceTimes.contains(tokens.get(i + 1).norm()) && !startsAt(tokens, i, end, sequences);
    }

    /**
     * The token of the preposition of sequence (column 2 {@code after}: بعد، عقب، إثر) that heads a noun phrase running
     * on to token {@code exprFirst}, the first token of a time expression, or -1, read as {@link #sincePhraseStart}:
     * «في ثاني تقدم تحققه بعد إحكامها السيطرة على مدينة عدن الجنوبية الشهر الماضي». The date is the named earlier
     * event's, not the sentence's own act's.
     */
    public int afterPhraseStart(List<Token> tokens, int exprFirst, int first) {
        return phraseStart(tokens, exprFirst, first, afterWords);
    }

    /** A head of {@code heads} within {@value #SINCE_REACH} tokens before a date, a word between, no time-of-day word after it. */
    private int phraseStart(List<Token> tokens, int exprFirst, int first, List<String> heads) {
        int i = headBefore(tokens, exprFirst, first, SINCE_REACH, t -> heads.contains(t.norm()));
        return i >= 0 && i < exprFirst - 1 && !sinceTimes.contains(tokens.get(i + 1).norm()) ? i : -1;
    }

    /**
     * The relative pronoun (الذي، التي ...) whose clause holds token {@code exprFirst}, the first token of a time
     * expression, or -1: it stands at most {@value #RELATIVE_REACH} tokens before, with no punctuation or clause break
     * between («أدان التفجير الذي وقع يوم الاثنين»، «الهجوم الذي اوقع 32 قتيلا ومئة جريح في سوروتش قبيل ظهر
     * الاثنين»). Such a date is the antecedent's, told in passing. {@code first} is the sentence's first token.
     */
    public int relativeClauseStart(List<Token> tokens, int exprFirst, int first) {
        return headBefore(tokens, exprFirst, first, RELATIVE_REACH, this::isRelative);
    }

    /**
     * The nearest token before {@code exprFirst}, at most {@code reach} tokens back and not before {@code first}, that
     * is {@code head}, with no punctuation or clause break between; else -1.
     */
    private int headBefore(List<Token> tokens, int exprFirst, int first, int reach, Predicate<Token> head) {
        for (int i = exprFirst - 1; i >= first && i >= exprFirst - reach; i--) {
            Token t = tokens.get(i);
            if (t.isPunct() || startsAt(tokens, i, exprFirst)) {
                return -1;
            }
            if (head.test(t)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the word is a form of a verb of occurring or carrying out (column 2 {@code occurrence}: وقع، جرى، نفذ ...),
     * also with و/ف or an object pronoun («نفذها»، «شهدتها»).
     */
    public boolean isOccurrence(Token t) {
        String w = t.norm();
        return occurrences.contains(w)
                || (w.startsWith("و") || w.startsWith("ف")) && occurrences.contains(t.normAfterFirstLetter())
                || t.segments().stream().anyMatch(g -> occurrences.contains(g.stem()))
                || OBJECT_PRONOUNS.stream().anyMatch(p -> w.endsWith(p) && w.length() > p.length() + 1
                        && occurrences.contains(w.substring(0, w.length() - p.length())));
    }

    /** The object pronouns a relative clause's verb bears for its antecedent («التي نفذها»، «التي شهدتها»). */
    private static final List<String> OBJECT_PRONOUNS = List.of("ها", "هم", "هما", "ه");

    /** How many tokens a relative clause may run before its date (its verb, subject, object, victims and place). */
    private static final int RELATIVE_REACH = 10;

    /** How many tokens a since phrase may run before its date (منذ، a masdar, its agent, object and في). */
    private static final int SINCE_REACH = 8;

    /**
     * Whether token {@code i} is a comma followed, before {@code limit}, by a word that opens with a comma-clause
     * proclitic (و) and no article: read on the written form, so that a verb the segmenter leaves whole («، وأقدمت»)
     * counts as well as one it splits («، وسعت»).
     */
    private boolean coordinatedClauseAt(List<Token> tokens, int i, int limit) {
        Token t = tokens.get(i);
        if (i + 1 >= limit || !t.isPunct() || !(t.norm().equals("،") || t.norm().equals(","))) {
            return false;
        }
        Token w = tokens.get(i + 1);
        String n = w.norm();
        return w.isWord() && n.length() > 2 && commaClauses.stream()
                .anyMatch(p -> n.startsWith(p) && !n.startsWith(p + "ال"));
    }

    /** How many words before a masdar its governing verb may stand (the verb, its subject of two words). */
    private static final int GOVERNOR_REACH = 3;

    /** Whether the token is a word of column 2 {@code until} («حتى»، «وحتى»): a date right after it ends a span. */
    public boolean isUntil(Token t) {
        return t.isWord() && untils.contains(t.norm());
    }

    /**
     * Whether the token is punctuation of column 2 {@code time-back} («؛»): a time without a date right after it
     * qualifies the clause before it («هجوماً على السعودية وقطر؛ إبان توليه رئاسة مجلس الوزراء»).
     */
    public boolean isTimeBack(Token t) {
        return t.isPunct() && (timeBacks.contains(t.norm()));
    }

    /**
     * Whether, in [from, to), a comma is followed by a word whose proclitic (column 2 {@code comma-clause}: و) opens
     * a coordinated clause, the word bearing no article («، وقتل ضابطا شرطة ... امس»; not «، والإمارات»). A date
     * after the cue beyond it is the new clause's.
     */
    public boolean commaClauseBetween(List<Token> tokens, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            Token t = tokens.get(i);
            if (t.isPunct() && (t.norm().equals("،") || t.norm().equals(","))) {
                Token w = tokens.get(i + 1);
                if (w.isWord() && commaClauses.contains(w.segments().get(0).prefix())
                        && !w.segments().get(0).stem().isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean startsAt(List<Token> tokens, int i, int limit) {
        return startsAt(tokens, i, limit, phrases);
    }

    private boolean startsAt(List<Token> tokens, int i, int limit, List<String[]> phrases) {
        Token t = tokens.get(i);
        if (t.isPunct()) {
            String n = t.norm();
            return n.equals("؛") || n.equals(";");
        }
        if (!org.marsad.text.StemFacts.mayAnswer(phraseStartSlot, t)) {
            return false; // no phrase of these (all are among phrases') starts with any reading of the word
        }
        for (String[] p : phrases) {
            if (i + p.length <= limit && org.marsad.dict.PhraseKeys.normsAt(tokens, i, p, 0)) {
                return !noBreakAt(tokens, i);
            }
        }
        return false;
    }

    /**
     * Whether a phrase of column 2 {@code no-break} starts at {@code i}, its first word read bare or with the
     * conjunction و («وفيما يتعلق»): the break word there is no connective («فيما يتعلق بالتوصل لاتفاق»: as regards).
     * Its words past the caller's limit count: the word after the break word tells what the break word is.
     */
    private boolean noBreakAt(List<Token> tokens, int i) {
        String first = tokens.get(i).norm();
        for (String[] q : noBreaks) {
            if ((first.equals(q[0]) || first.equals("و" + q[0])) && org.marsad.dict.PhraseKeys.normsAt(tokens, i, q, 1)) {
                return true;
            }
        }
        return false;
    }
}
