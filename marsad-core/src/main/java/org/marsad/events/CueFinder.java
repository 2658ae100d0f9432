package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.dict.PhraseTrie;
import org.marsad.text.Segment;
import org.marsad.text.StemSignature;
import org.marsad.text.Token;

/**
 * Finds the event cues of a sentence: at each token, the best pattern whose head matches one of the
 * token's clitic readings and whose further words follow within the clause. A pattern with further
 * words beats a bare head (وقع + اتفاقية beats a bare وقع), more further words beat fewer, a longer
 * head beats a shorter one, and the file order breaks ties. Tokens used by one cue start no other.
 */
final class CueFinder {
    /** The code of a claim of responsibility, whose further word (هجوم، تفجير) names the act claimed. */
    private static final String CLAIM_CODE = "015";
    /** How far (in tokens) after the head the further words of a cue may be. */
    static final int WINDOW = 12;
    private static final Set<String> LATER_PREFIXES = Set.of("", "ال");

    /** How many words (adjectives: «الاتفاق النووي الذي») may stand between a verb's further words before it and
     *  the relative pronoun, and between two of those further words. */
    static final int ANTECEDENT_GAP = 2;

    private final EventPatterns patterns;
    /** Relative pronouns (events/clause-breaks.tsv): a verb right after one may have its further words before it. */
    private final org.marsad.events.ClauseBreaks relatives;
    /** The light verbs (modifiers.tsv light-verb) whose بـ-complement may be a masdar spelled like a verb's past. */
    private final Modifiers modifiers;

    /** How far (in tokens) before a masdar glued to بـ its light verb may stand (as EventCoder.ASPECT_REACH). */
    static final int LIGHT_VERB_REACH = 14;

    /**
     * Each thread's working state of {@link #find}, reused from sentence to sentence: the two word flags, the clause
     * breaks and the best cue were five objects per sentence, about 7 % of the coder's allocated bytes (BENCHMARKS.md,
     * speed19). {@code find} calls nothing that calls it again, so one per thread serves.
     */
    private final ThreadLocal<Work> work = ThreadLocal.withInitial(Work::new);

    CueFinder(EventPatterns patterns, org.marsad.events.ClauseBreaks relatives, Modifiers modifiers) {
        this.patterns = patterns;
        this.relatives = relatives;
        this.modifiers = modifiers;
    }

    /** One thread's reusable working state of {@link #find}. */
    private final class Work {
        final TokenFlags used = new TokenFlags();
        final TokenFlags heads = new TokenFlags();
        final ClauseBreaks breaks = new ClauseBreaks(relatives);
        final Best best = new Best(breaks);
    }

    /**
     * @param text      the text the tokens' offsets index (read only for a head that must keep its written hamza)
     * @param inMention for tokens [a, b): true inside an actor mention. A mention counts as one word
     *                  of the window (وقع الرئيس الروسي فلاديمير بوتين وزعيم كوريا الشمالية ... اتفاقية)
     */
    List<Cue> find(CharSequence text, List<Token> tokens, int a, int b, boolean[] inMention) {
        List<Cue> cues = new ArrayList<>();
        Work w = work.get();
        boolean[] used = w.used.cleared(b - a);
        boolean[] heads = w.heads.cleared(b - a); // the words that head a cue found so far
        w.breaks.reset(tokens, a, b);
        Best best = w.best; // emptied per word
        best.reset(text, tokens, a, b, inMention, heads);
        for (int i = a; i < b; i++) {
            Token t = tokens.get(i);
            if (used[i - a] || !t.isWord() || !patterns.mayCue(t)) {
                continue;
            }
            best.clear();
            // no reading heads a verb pattern: none of the three verb readings below has one to consider (speed40)
            boolean verbal = patterns.mayBeVerb(t);
            for (int ri = 0; ri < t.segments().size(); ri++) {
                Segment r = t.segments().get(ri);
                if (!verbal) {
                    // only noun patterns: «بدعمها» as a masdar and «بقصف» after a light verb are verbs' bare pasts
                } else if (verbProclitics(r.prefix())) {
                    List<Pattern> verbs = patterns.verb(r);
                    for (int pi = 0; pi < verbs.size(); pi++) {
                        best.consider(i, i + 1, verbs.get(pi), r);
                    }
                } else if (ownerMasdarAfterGluedPreposition(r) && lamObjectAfter(tokens, i, b)) {
                    // «اتهمت السعودية إيران بدعمها للحوثيين»: no verb follows بـ, so the bare past with a pronoun is
                    // the masdar with its owner's (modifiers.tsv owner-masdar-proclitic; session 29, events128)
                    List<Pattern> verbs = patterns.verb(r);
                    for (int pi = 0; pi < verbs.size(); pi++) {
                        Pattern p = verbs.get(pi);
                        if (patterns.isBarePast(p, r.stem()) && !EventCoder.VIOLENT_ROOTS.contains(p.root())
                                && !p.root().equals("17")) {
                            best.consider(i, i + 1, p, r);
                        }
                    }
                } else if (masdarAfterLightVerb(tokens, a, i, r, w.breaks)) {
                    // «تقوم بقصف»، «قاموا بقتل»: the masdar of a first-measure verb is spelled as its bare past
                    List<Pattern> verbs = patterns.verb(r);
                    for (int pi = 0; pi < verbs.size(); pi++) {
                        if (patterns.isBarePast(verbs.get(pi), r.stem()) && !patterns.supportsANounCue(verbs.get(pi))) {
                            best.consider(i, i + 1, verbs.get(pi), r);
                        }
                    }
                }
                List<Pattern> nouns = patterns.noun(r);
                for (int pi = 0; pi < nouns.size(); pi++) {
                    best.consider(i, i + 1, nouns.get(pi), r);
                }
            }
            PhraseTrie.Match<Pattern> m = patterns.phrases().longestAt(tokens, i, b);
            if (m != null) {
                for (Pattern p : m.values()) {
                    best.consider(i, m.end(), p, m.firstReading());
                }
            }
            if (best.cue != null) {
                cues.add(best.cue);
                heads[i - a] = true;
                List<Integer> cueWords = best.cue.words();
                for (int wk = 0; wk < cueWords.size(); wk++) { // indexed: no iterator per cue (speed32)
                    int k = cueWords.get(wk);
                    // a claim's further word is the act claimed («وتبنت حركة طالبان الهجوم»): an event of its own,
                    // whose cue it may head (AgentSearch.claimant gives it the claimant as its agent)
                    used[k - a] = k == i || !CLAIM_CODE.equals(best.cue.pattern().code());
                }
            }
        }
        best.reset(null, null, 0, 0, null, null); // the thread keeps no article's text or tokens
        w.breaks.reset(null, 0, 0);
        return cues;
    }

    /**
     * Whether reading {@code r} is a word glued to بـ (modifiers.tsv {@code owner-masdar-proclitic}: بدعمها، وبرفضه)
     * carrying a third-person pronoun ({@link CueConstruction#OWNER_PRONOUNS}): read as a verb's bare past it is the
     * masdar with its owner's pronoun (CueConstruction.ownerMasdar). Session 29, events128.
     */
    private boolean ownerMasdarAfterGluedPreposition(Segment r) {
        return !r.prefix().isEmpty() && r.prefix().charAt(r.prefix().length() - 1) == 'ب'
                && CueConstruction.OWNER_PRONOUNS.contains(r.suffix())
                && modifiers.is(r.prefix(), Modifiers.Kind.OWNER_MASDAR_PROCLITIC);
    }

    /**
     * Whether the word after token {@code i} carries a glued لـ (لليمن، للأفغان): the object of a masdar whose pronoun
     * is its agent («بدعمها لليمن»); a masdar with بـ and no such object mostly carries its object's pronoun («يتهمون
     * أنقرة بأنها لا تبذل جهودا كافية لمكافحة تنظيم داعش وحتى بدعمه سرا»: Ankara supports it). Session 29, events128.
     */
    private static boolean lamObjectAfter(List<Token> tokens, int i, int b) {
        if (i + 1 >= b || !tokens.get(i + 1).isWord()) {
            return false;
        }
        List<Segment> readings = tokens.get(i + 1).segments();
        for (int ri = 0; ri < readings.size(); ri++) {
            if ("ل".equals(SentenceContext.gluedPreposition(readings.get(ri).prefix()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether reading {@code r} of token {@code i} is a bare word glued to بـ (after و/ف at most: بقصف، وبقتل) that a
     * light verb before it in the same clause takes as its complement: «طائرات التحالف التي تقوم بقصف أهداف»، «مسلحي
     * داعش قاموا بقتل». No verb follows a preposition, so a verb's bare past there is the masdar it is also the form of
     * (قصف، قتل، خطف); the event coder then takes the light verb's subject as its agent. Asked only of the readings with
     * that prefix; the look back is at most {@link #LIGHT_VERB_REACH} tokens and stops at a clause break or punctuation
     * other than a comma.
     */
    private boolean masdarAfterLightVerb(List<Token> tokens, int a, int i, Segment r, ClauseBreaks breaks) {
        String prefix = r.prefix();
        int n = prefix.length();
        if (n == 0 || prefix.charAt(n - 1) != 'ب' || n > 2 || n == 2 && prefix.charAt(0) != 'و' && prefix.charAt(0) != 'ف'
                || !r.suffix().isEmpty() || patterns.verb(r).isEmpty()) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(a, i - LIGHT_VERB_REACH); k--) {
            Token t = tokens.get(k);
            if (breaks.at(k) || t.isPunct() && !t.norm().equals("،") && !t.norm().equals(",")) {
                return false;
            }
            if (t.isWord() && modifiers.mayBeModifier(t) && modifiers.is(t.segments().get(0), Modifiers.Kind.LIGHT_VERB)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code prefix} is proclitics a verb may carry: a conjunction (و، ف), then the future's سـ or the lam of
     * purpose, each optional ("", و، ف، س، وس، فس، ل، ول، فل). Read from its characters: asked of every reading of
     * every word that may cue, where a set look-up was 1 % of the coding thread (JFR, BENCHMARKS.md speed15).
     */
    static boolean verbProclitics(String prefix) {
        int i = 0;
        if (i < prefix.length() && (prefix.charAt(i) == 'و' || prefix.charAt(i) == 'ف')) {
            i++;
        }
        if (i < prefix.length() && (prefix.charAt(i) == 'س' || prefix.charAt(i) == 'ل')) {
            i++;
        }
        return i == prefix.length();
    }

    /**
     * The highest-scoring cue at one word (the first of equals, in the order considered). A cue's score depends on
     * its pattern and head alone, so a candidate that could not score higher is not completed: completing is the
     * search for its further words and the cue's word list. One per sentence, {@link #clear}ed at each word: most
     * words of a sentence are tried, and most candidates lack a further word, so neither this nor the further
     * words' ends ({@link #ends}) is allocated per word or per candidate; nor per sentence: each thread's
     * {@link Work} keeps one, {@link #reset} for each sentence.
     */
    private final class Best {
        CharSequence text;
        List<Token> tokens;
        int a;
        int b;
        boolean[] inMention;
        final ClauseBreaks breaks;
        boolean[] heads;
        Cue cue;
        int score = -1;
        /** Where each further word of the candidate being completed ends, or -1 for a glued preposition. */
        private int[] ends = new int[4];

        /*
         * The window of the first further word after one head and reading (the words it may be at, in order), shared
         * by the candidates at that head: a head like دعا has twenty patterns, and each looked at the same dozen words
         * for a clause break, the head's word again, a verb of bearing and a mention's continuation (speed36). None
         * of that depends on the pattern but the stop at a relative pronoun (masdars of violence), kept as an index.
         */
        private int windowHead = -1;
        private int windowEnd;
        private Segment windowReading;
        /** The positions of the window, in order; their stem signatures (more than WINDOW when mentions span words). */
        private int[] windowAt = new int[2 * WINDOW];
        private long[] windowSignature = new long[2 * WINDOW];
        private int windowSize;
        /** The index in {@link #windowAt} of the first relative pronoun (a masdar of violence stops there), or the size. */
        private int windowRelative;

        Best(ClauseBreaks breaks) {
            this.breaks = breaks;
        }

        /** Starts a sentence: tokens [a, b) of {@code tokens}, the flags by token - a. */
        void reset(CharSequence text, List<Token> tokens, int a, int b, boolean[] inMention, boolean[] heads) {
            this.text = text;
            this.tokens = tokens;
            this.a = a;
            this.b = b;
            this.inMention = inMention;
            this.heads = heads;
            clear();
        }

        void clear() {
            cue = null;
            score = -1;
            windowHead = -1;
            windowReading = null;
        }

        /**
         * Fills the window of the first further word after {@code [head, end)} read as {@code reading} (see
         * {@link #windowAt}): the words {@link #complete}'s search for it examines, up to where it stops whatever the
         * pattern (a clause break, the head's word again after و, a verb of bearing; {@link #WINDOW} words counted).
         */
        private void window(int head, int end, Segment reading) {
            if (windowHead == head && windowEnd == end && windowReading == reading) {
                return;
            }
            windowHead = head;
            windowEnd = end;
            windowReading = reading;
            int n = 0;
            int relative = -1;
            int counted = 0;
            for (int j = end; j < b && counted < WINDOW; j++) {
                if (breaks.at(j)) {
                    break;
                }
                if (relative < 0 && breaks.relativeAt(j)) {
                    relative = n;
                }
                if (j > head && repeatsHead(tokens.get(j), reading)) {
                    break;
                }
                if (j > head && breaks.bearingAt(j)) {
                    break;
                }
                boolean continuesMention = j > a && inMention[j - a] && inMention[j - 1 - a] && j > end;
                if (!continuesMention) {
                    counted++;
                }
                if (n == windowAt.length) {
                    windowAt = java.util.Arrays.copyOf(windowAt, 2 * n);
                    windowSignature = java.util.Arrays.copyOf(windowSignature, 2 * n);
                }
                windowAt[n] = j;
                windowSignature[n] = tokens.get(j).stemSignature();
                n++;
            }
            windowSize = n;
            windowRelative = relative < 0 ? n : relative;
        }

        void consider(int head, int end, Pattern p, Segment reading) {
            int s = score(p, head, end);
            if (s > score && (!p.frame().writtenHamza() || writtenWithHamza(text, tokens.get(head)))
                    && (!p.frame().writtenTa() || writtenWithTa(text, tokens.get(head), reading))) {
                Cue c = complete(head, end, p, reading);
                if (c == null) {
                    c = antecedentCue(tokens, head, end, p, reading, a, heads);
                }
                if (c != null) {
                    cue = c;
                    score = s;
                }
            }
        }

        /** The cue with its further words located, or null when they are not all there. */
        private Cue complete(int head, int end, Pattern p, Segment reading) {
            if (p.frame().objectFurther() && OBJECT_PRONOUNS.contains(reading.suffix())) {
                // «المساعدات التي تقدمه المملكة لشعب اليمن، فيما بادل المصابون ... شكرهم»: a verb carrying its object
                // pronoun has its object; a further word of the frame object is none of its own (session 20, events72).
                // As the antecedent of a relative clause («الحرب التي أعلنها») it is still read, by antecedentCue
                return null;
            }
            int pos = end;
            int last = end - 1;
            List<Pattern.Word> further = p.further();
            // the cue's word list is only built once all further words are found (most patterns tried at a word
            // lack one)
            if (ends.length < further.size()) {
                ends = new int[further.size()];
            }
            for (int fi = 0; fi < further.size(); fi++) {
                Pattern.Word w = further.get(fi);
                boolean bare = w.barePreposition();
                // a further word after a bare preposition is the word it is glued to (حكم + ب + سجن: «بالسجن»), not
                // one further on: the preposition is looked for on that word (not «بتأييد الحكم بسجنه»'s first ب)
                Pattern.Word gluedTo = bare && fi + 1 < further.size() ? further.get(fi + 1) : null;
                long signature = w.firstSlotSignature();
                int found = -1;
                if (fi == 0) {
                    // the first further word: over the head's window, worked out once for all its candidates
                    window(head, end, reading);
                    int size = p.kind() == 'N' && EventCoder.VIOLENT_ROOTS.contains(p.root()) ? windowRelative : windowSize;
                    for (int k = 0; k < size; k++) {
                        int j = windowAt[k];
                        if ((bare || StemSignature.mayMatch(windowSignature[k], signature))
                                && matchesAt(tokens, j, w, bare, b)
                                && (gluedTo == null || matchesAt(tokens, j, gluedTo, gluedTo.barePreposition(), b))
                                && !(p.frame().objectFurther() && !bare && inPhraseOfItsOwn(tokens, j))) {
                            found = j + w.length() - 1;
                            break;
                        }
                    }
                }
                int counted = 0;
                for (int j = pos; fi > 0 && j < b && found < 0 && counted < WINDOW; j++) {
                    if (breaks.at(j) || breaks.relativeAt(j) && p.kind() == 'N'
                            && EventCoder.VIOLENT_ROOTS.contains(p.root())) {
                        // the further words of a masdar of violence (its qualifiers: هجمات + إرهابي*، انفجار + سيار*)
                        // describe it before a relative clause on it; past the relative pronoun they are the clause's
                        // own («الهجمات التي شنها تنظيم داعش الإرهابي»). Not every masdar: «قمة + جمعت/بين» is
                        // written for the relative clause on the summit
                        break;
                    }
                    if (j > head && repeatsHead(tokens.get(j), reading)) {
                        // «دعم إيران للنظام السوري ودعم الميليشيات ... ماديا»: past the same word joined by و, the
                        // further words are that one's (session 22, events83)
                        break;
                    }
                    if (j > head && breaks.bearingAt(j)) {
                        // «واعلنت منظمة التحرير انها تحمل حكومة نتانياهو المسؤولية»، «أعلن مصدر عسكري، محملا تنظيم
                        // القاعدة المسؤولية»: past a verb of bearing or laying (modifiers.tsv bearing-verb) the further
                        // word is that verb's object, not the cue's (session 24, events99)
                        break;
                    }
                    boolean continuesMention = j > a && inMention[j - a] && inMention[j - 1 - a] && j > pos;
                    if (!continuesMention) {
                        counted++;
                    }
                    // most words of the window are no alternative of the word's first slot: passed over on one field
                    if ((bare || StemSignature.mayMatch(tokens.get(j).stemSignature(), signature))
                            && matchesAt(tokens, j, w, bare, b)
                            && (gluedTo == null || matchesAt(tokens, j, gluedTo, gluedTo.barePreposition(), b))
                            && !(p.frame().objectFurther() && !bare && inPhraseOfItsOwn(tokens, j))) {
                        found = j + w.length() - 1;
                    }
                }
                if (found < 0) {
                    return null;
                }
                if (bare) {
                    // the preposition is glued to the next word (أشاد + ب: بدعم), which stays free for other cues
                    pos = found;
                    ends[fi] = -1;
                    continue;
                }
                ends[fi] = found;
                pos = found + 1;
                last = found;
            }
            List<Integer> words = new ArrayList<>(end - head + 2 * further.size());
            for (int k = head; k < end; k++) {
                words.add(k);
            }
            for (int fi = 0; fi < further.size(); fi++) {
                for (int k = ends[fi] - further.get(fi).length() + 1; ends[fi] >= 0 && k <= ends[fi]; k++) {
                    words.add(k);
                }
            }
            return new Cue(head, end, last, p, reading, List.copyOf(words));
        }
    }

    /**
     * Whether token {@code j} is, as written or after و/ف, a bare form of a verb of bearing (modifiers.tsv
     * bearing-verb), not one of loading followed by بـ («وهي محملة بمئات المقاتلين»: loaded with, no burden laid).
     */
    private boolean bearingVerb(List<Token> tokens, int j, int limit) {
        Token t = tokens.get(j);
        if (!t.isWord()) {
            return false;
        }
        // the form as written asked on the word cache's fact first: most words are no modifier of any kind
        if (!(modifiers.is(t, Modifiers.Kind.BEARING_VERB)
                || modifiers.isAfterConjunction(t, Modifiers.Kind.BEARING_VERB))) {
            return false;
        }
        if (j + 1 < limit) {
            for (Segment s : tokens.get(j + 1).segments()) {
                if (s.preposition() == 'ب') {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether token {@code t} is the head's word again after و (a reading with و first and the head's stem). */
    private static boolean repeatsHead(Token t, Segment head) {
        for (int si = 0; si < t.segments().size(); si++) {
            Segment s = t.segments().get(si);
            if (!s.prefix().isEmpty() && s.prefix().charAt(0) == 'و' && s.stem().equals(head.stem())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the token's own characters carry a hamza (أ ئ ؤ ء) that normalizing folds or keeps: «هنأ» is the verb
     * (congratulated), «هنا» the adverb (here). Read only for the few patterns marked {@code hamza}.
     */
    private static boolean writtenWithHamza(CharSequence text, Token t) {
        for (int i = t.start(); i < t.end(); i++) {
            char ch = text.charAt(i);
            if (ch == 'أ' || ch == 'ئ' || ch == 'ؤ' || ch == 'ء') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a head whose stem ends in ه (normalized ة) was written with ة, or with ت before a pronoun (مصادرتها): «مصادره»
     * as written is مصادر + ه (his sources), not مصادرة (confiscation). Read only for the few patterns marked {@code ta};
     * a head of another ending (مظاهرات) passes.
     */
    static boolean writtenWithTa(CharSequence text, Token t, Segment reading) {
        String stem = reading == null ? t.norm() : reading.stem();
        if (!stem.endsWith("ه") || reading != null && !reading.suffix().isEmpty()) {
            return true;
        }
        for (int i = t.end() - 1; i >= t.start(); i--) {
            char ch = text.charAt(i);
            if (!org.marsad.text.ArabicNormalizer.isTransparent(ch)) {
                return ch == 'ة';
            }
        }
        return false;
    }

    /**
     * The word at {@code j} is governed by a preposition of its own (a word before it: «في حربه»، «خلال الحرب»; or
     * بـ / لـ on its first reading): it heads another phrase, so it is no verb's direct object (patterns.tsv object).
     */
    private static boolean inPhraseOfItsOwn(List<Token> tokens, int j) {
        if (tokens.get(j).segments().get(0).preposition() != 0) {
            return true;
        }
        Token before = tokens.get(j - 1);
        if (!before.isWord()) {
            return false;
        }
        for (Segment s : before.segments()) {
            if (s.suffix().isEmpty() && (s.prefix().isEmpty() || s.prefix().equals("و") || s.prefix().equals("ف"))
                    && (SentenceContext.STANDALONE_PREPS.contains(s.stem())
                        || SentenceContext.PHRASE_PREPOSITIONS.contains(s.stem()))) {
                return true;
            }
        }
        return false;
    }

    /** Patterns with more further words, then longer heads, win. */
    private static int score(Pattern p, int head, int end) {
        int further = p.further().size();
        return (further > 0 ? 1000 : 0) + further * 100 + (end - head) * 10;
    }

    /** Third-person object pronouns on a verb (فرضتها، أبرمه، شنوهم، وقعاهما): the resumptive of a relative clause. */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("ه", "ها", "هم", "هما");

    /**
     * A verb cue whose further words are the antecedent of the relative clause the verb opens: «العقوبات التي
     * فرضتها الولايات المتحدة على روسيا» is فرض + عقوبات, «الاتفاق النووي الذي أبرمته إيران مع القوى الكبرى» أبرم +
     * اتفاق; its subject follows the verb (VSO), its target the pattern's prepositions. The verb carries the object
     * pronoun that refers back to the antecedent (فرضتها، أبرمه): without one the antecedent is the verb's subject
     * («طائرات التحالف التي قصفت دفاعات الحوثيين») or the verb passive (الاتفاق الذي أبرم). The further words stand in
     * order before the relative pronoun, at most {@link #ANTECEDENT_GAP} words (adjectives) before it and between
     * them, no punctuation; not a word that heads a cue of its own (a masdar, الغارات التي شنتها الطائرات, codes the
     * clause itself with its agent), nor a glued preposition (حث + على). Returns null when the verb has none such.
     */
    private Cue antecedentCue(List<Token> tokens, int head, int end, Pattern p, Segment reading, int a,
                              boolean[] heads) {
        List<Pattern.Word> further = p.further();
        // most candidates fail here, at the first test: a verb reading with no pronoun
        if (reading.suffix().isEmpty() || p.kind() != 'V' || further.isEmpty() || head - 1 <= a
                || !OBJECT_PRONOUNS.contains(reading.suffix()) || !relatives.isRelative(tokens.get(head - 1))) {
            return null;
        }
        int[] starts = new int[further.size()];
        int pos = head - 2; // the last word the further word before may end on
        for (int fi = further.size() - 1; fi >= 0; fi--) {
            Pattern.Word w = further.get(fi);
            if (w.barePreposition()) {
                return null;
            }
            int found = -1;
            for (int j = pos - w.length() + 1; j >= a && j >= pos - w.length() + 1 - ANTECEDENT_GAP; j--) {
                if (!tokens.get(j + w.length() - 1).isWord()) {
                    break; // «الغارات الجوية، التي تقودها»: a comma ends the search
                }
                if (matchesAt(tokens, j, w, false, head)) {
                    found = j;
                    break;
                }
            }
            if (found < 0 || heads[found - a]) {
                return null;
            }
            starts[fi] = found;
            pos = found - 1;
        }
        List<Integer> words = new ArrayList<>();
        for (int k = head; k < end; k++) {
            words.add(k);
        }
        for (int fi = 0; fi < starts.length; fi++) {
            for (int k = starts[fi]; k < starts[fi] + further.get(fi).length(); k++) {
                words.add(k);
            }
        }
        return new Cue(head, end, end - 1, p, reading, List.copyOf(words));
    }

    /**
     * {@link #clauseBreak} of the sentence's tokens, each asked at most once: every candidate cue of a sentence looks
     * for its further words over the same dozen tokens, and each look compared the token with ten strings again.
     */
    private final class ClauseBreaks {
        private static final byte UNKNOWN = 0;
        private static final byte NO = 1;
        private static final byte YES = 2;
        /** No clause break, but a relative pronoun (الذي، التي): the end of a masdar's own words. */
        private static final byte RELATIVE = 3;
        private List<Token> tokens;
        private int a;
        private int size;
        private final org.marsad.events.ClauseBreaks relatives;
        /** By token - a, the first {@link #size} this sentence's; kept from sentence to sentence (see {@link Work}). */
        private byte[] known = new byte[0];
        /**
         * By token - a, {@link #bearingVerb} of the sentence's tokens, each asked at most once (YES, NO or UNKNOWN): every
         * candidate cue asked it again of the same words of its window, a hash look-up of the form and, after و/ف, of
         * a substring each time (2.4 % of the coding thread, JFR, BENCHMARKS.md speed33).
         */
        private byte[] bearing = new byte[0];
        /**
         * Whether this sentence's {@link #stamp} has been taken: when first asked (most sentences complete no cue).
         * An entry of {@link #known} or {@link #bearing} holds {@code stamp << 2 | kind}, so an entry of an earlier
         * sentence reads UNKNOWN without the arrays being cleared per sentence (2.4 % of the coding thread in the
         * fill, JFR, BENCHMARKS.md speed40).
         */
        private boolean cleared;
        /** This sentence's stamp, 1..{@link #LAST_STAMP}; the arrays are cleared when it comes round again. */
        private int stamp;
        /** The most entries any sentence used since the arrays were last cleared. */
        private int dirty;
        private static final int LAST_STAMP = 63;

        ClauseBreaks(org.marsad.events.ClauseBreaks relatives) {
            this.relatives = relatives;
        }

        /** Starts a sentence: tokens [a, b) of {@code tokens}. */
        void reset(List<Token> tokens, int a, int b) {
            this.tokens = tokens;
            this.a = a;
            this.size = b - a;
            cleared = false;
        }

        boolean at(int j) {
            return kind(j) == YES;
        }

        boolean relativeAt(int j) {
            return kind(j) == RELATIVE;
        }

        /** Whether token {@code j} is a verb of bearing ({@link CueFinder#bearingVerb}), the sentence's end its limit. */
        boolean bearingAt(int j) {
            clearOnce();
            int e = bearing[j - a] & 0xFF;
            if (e >>> 2 == stamp) {
                return (e & 3) == YES;
            }
            boolean yes = bearingVerb(tokens, j, a + size);
            bearing[j - a] = (byte) (stamp << 2 | (yes ? YES : NO));
            return yes;
        }

        private void clearOnce() {
            if (!cleared) {
                int renewed = TokenFlags.renewedLength(known.length, size);
                if (renewed > 0) {
                    known = new byte[renewed];
                    bearing = new byte[renewed];
                    stamp = 1;
                    dirty = size;
                } else if (stamp == LAST_STAMP) {
                    dirty = Math.max(dirty, size);
                    java.util.Arrays.fill(known, 0, dirty, UNKNOWN);
                    java.util.Arrays.fill(bearing, 0, dirty, UNKNOWN);
                    stamp = 1;
                    dirty = size;
                } else {
                    stamp++;
                    dirty = Math.max(dirty, size);
                }
                cleared = true;
            }
        }

        private byte kind(int j) {
            clearOnce();
            int e = known[j - a] & 0xFF;
            if (e >>> 2 == stamp) {
                return (byte) (e & 3);
            }
            Token t = tokens.get(j);
            byte k = clauseBreak(t) ? YES : t.isWord() && relatives.isRelativePronoun(t) ? RELATIVE : NO;
            known[j - a] = (byte) (stamp << 2 | k);
            return k;
        }
    }

    /**
     * Further words of a cue stay in its clause: they never cross a full stop, colon or semicolon, nor the
     * complementizer أن/إن/بأن that opens a clause of its own («أكد أوباما أن إيران أبدت استعدادا»: the
     * readiness is Iran's, not a «أكد استعداده» of Obama's).
     */
    private static boolean clauseBreak(Token t) {
        if (!t.isPunct()) {
            String n = t.norm();
            return n.length() <= 3 && (n.equals("ان") || n.equals("بان") || n.equals("وان"));
        }
        String p = t.norm();
        return p.equals(".") || p.equals(":") || p.equals("؛") || p.equals(";") || p.equals("!") || p.equals("?")
                || p.equals("؟");
    }

    /** @param bare {@link Pattern.Word#barePreposition}() of w */
    private static boolean matchesAt(List<Token> tokens, int j, Pattern.Word w, boolean bare, int limit) {
        if (j + w.length() > limit) {
            return false;
        }
        if (bare) {
            Token t = tokens.get(j);
            for (Pattern.Alt alt : w.slots().get(0)) {
                if (t.norm().equals(alt.stem())) {
                    return true; // لـ written apart
                }
                for (int si = 0; si < t.segments().size(); si++) {
                    Segment s = t.segments().get(si);
                    if (!s.prefix().isEmpty() && s.preposition() == alt.stem().charAt(0)) {
                        return true;
                    }
                }
            }
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            Token t = tokens.get(j + k);
            boolean ok = false;
            for (int si = 0; si < t.segments().size(); si++) {
                Segment s = t.segments().get(si);
                // most readings have no prefix: asked first, it spares the set look-up (a call chain under C1)
                if ((k == 0 || s.prefix().isEmpty() || LATER_PREFIXES.contains(s.prefix())) && w.matches(k, s.stem())) {
                    ok = true;
                    break;
                }
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
