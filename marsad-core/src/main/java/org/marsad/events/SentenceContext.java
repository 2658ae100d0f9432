package org.marsad.events;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.actors.ActorMention;
import org.marsad.places.PlaceMention;
import org.marsad.text.Segment;
import org.marsad.text.Token;

import static org.marsad.events.EventCoder.QUOTES;

/**
 * The sentence being coded, and what every concern of its coding reads: its tokens and token range, its actor
 * mentions (and which tokens they cover: {@code inMention}), the subject carried from the sentence before, the speaker
 * in play, the last pair of parties, its cues and reporting verbs ({@code verbAt}), the article's focus; and the small
 * token predicates all concerns use: prepositions (glued, standing alone, the one a mention stands after:
 * {@link #prepositionOf}, {@link #prepositional}), punctuation and clause boundaries ({@link #crossesPunct}), blessings
 * said in passing ({@link #asides}), gaps of only words or only a list's commas ({@link #gapIs}).
 *
 * <p>Decides nothing about an event. A predicate goes here when two or more concerns ask it; one that only one concern asks
 * goes to that concern. The chain this is the base of is described in package-info.
 */
abstract class SentenceContext {
    static final Set<String> STANDALONE_PREPS = Set.of("علي", "ضد", "مع", "الي", "عن", "من", "في", "بين",
            "ل", "ب", "تجاه", "حيال", "نحو", "لدي", "عبر", "بحق");
    private static final Set<String> CLOSING_QUOTES = Set.of("»", "”");

    /** Prepositions whose phrase holds no subject of the verb before it (see SentenceCoder#prepositionBetween). */
    static final Set<String> PHRASE_PREPOSITIONS = Set.of("في", "علي", "الي", "عن", "ضد", "مع", "بين", "منذ",
            "بعد", "قبل", "خلال", "اثر", "عقب", "حول", "بشان", "جراء", "تجاه", "حيال", "عبر", "لدي");

    /** The commas of a list (X، وY، وZ): allowed between coordinated actors. */
    static final Set<String> LIST_COMMAS = Set.of("،", ",");

    /** Dashes that set a blessing said in passing apart («- حفظه الله -»; the tatweel ـ is dropped by the tokenizer). */
    private static final Set<String> DASHES = Set.of("-", "–", "—");

    /** {@link SentenceCoder}'s token flags before its {@code run} sets them: one empty array, not two per sentence. */
    private static final boolean[] NO_TOKENS = new boolean[0];

    /** بها، به: the resumptive pronoun after قام/يقوم in a relative clause. */
    static final Set<String> RESUMPTIVE_BA = Set.of("بها", "به", "بهما", "بهم");

    /** The article's text, which the tokens' offsets index. */
    final String text;
    final List<Token> tokens;
    final int a;
    final int b;
    final List<ActorMention> mentions;
    final List<ActorMention> carried;
    final int sentence;
    List<ActorMention> lastSubject = List.of();
    /** Whether {@link #lastSubject} was set by a reporting verb (its speaker), not by an event verb. */
    boolean lastSubjectSpoke;
    /** Whether {@link #carried} is a speaker named by a reporting verb of an earlier sentence. */
    boolean carriedSpoke;
    /**
     * The person of the reporting verb that made {@link #lastSubject} a speaker, as its form tells it: {@link #HE}
     * («قال»، «يقول»), {@link #SHE} («قالت»), or {@link #NO_PERSON} (a plural or dual, a form that does not tell).
     */
    int lastSubjectPerson;
    /** {@link #lastSubjectPerson} of the speaker carried from an earlier sentence ({@link #carriedSpoke}). */
    int carriedPerson;
    static final int NO_PERSON = 0;
    static final int HE = 1;
    static final int SHE = 2;
    /**
     * The subject of the last reporting verb that named one, in this sentence or one before (sentence
     * {@link #speakerSentence}): who speaks on through «وأضاف»، «وأكد حرص بلاده» ({@link #ownCountryOfSpeaker}).
     */
    ActorMention speakerInPlay;
    int speakerSentence = -1;
    /** The two parties of the last bilateral event in the article, for «الجانبين / الطرفين». */
    List<ActorMention> lastPair = List.of();
    /** Token index of the verb whose subject is {@link #lastSubject}. */
    int lastSubjectAt = -1;
    /** The subject of the sentence's first verb (event or reporting): the agent of its subjectless nominal events. */
    List<ActorMention> sentenceSubject = List.of();
    int sentenceSubjectAt = -1;
    /**
     * The first verb cue that reached its doer and the subject found for it (none for «قتل مسلحان من مليشيات
     * الحوثي»: those counted are the ones killed): SpeakerSearch.mainVerbSubject reads it.
     */
    int firstDoneVerb = -1;
    List<ActorMention> firstDoneVerbSubject = List.of();

    /** Tokens that are event or reporting verbs: a comma before one opens a new clause (see {@link #crossesPunct}). */
    boolean[] verbAt = NO_TOKENS;
    /** Tokens inside an actor mention. */
    boolean[] inMention = NO_TOKENS;
    /**
     * Tokens of a blessing said in passing («- حفظه الله -»): no part of the clause, so no gap between its words.
     * Found when first asked ({@link #blessingTokens}): most sentences have no cue and are never searched.
     */
    private boolean[] aside;
    private boolean asideFound;
    /** The sentence's cues, in text order. */
    List<Cue> cues = List.of();

    final java.util.function.IntFunction<List<PlaceMention>> places;
    /** Mentions per actor in the whole article (see {@link EventCoder#focus}). */
    final Map<String, Integer> focus;
    /** The highest count in {@link #focus}: how often the article names the actor it is about. */
    final int mostNamed;

    List<int[]> reporting = List.of();

    /**
     * Whether the sentence opens another matter (modifiers.tsv topic-shift: «من جهة أخرى»): the groups the article named
     * before it are not its bare militants' (see {@link ActorIdentity#located}).
     */
    boolean anotherMatter;
    /** The country the article is about (see {@link EventCoder#storyCountry}), or null. */
    ActorMention storyCountry;
    /** Every actor mention of the article, in text order: a lone title refers back to its holder ({@link #titleHolder}). */
    List<ActorMention> articleMentions = List.of();

    /** The coder's own, for the sentence's rules (see EventCoder). */
    final EventPatterns patterns;
    final Modifiers modifiers;
    final CueFinder cueFinder;
    final ClauseBreaks clauseBreaks;
    final java.util.function.Function<String, org.marsad.actors.ActorEntry> countries;
    final Set<String> placeAdverbs;
    final ThreadLocal<TokenFlags.OfASentence> sentenceFlags;

    SentenceContext(SentenceInput in) {
        EventCoder coder = in.coder();
        this.text = in.text();
        this.places = in.places();
        this.focus = in.focus();
        this.mostNamed = in.mostNamed();
        this.tokens = in.tokens();
        this.a = in.a();
        this.b = in.b();
        this.mentions = in.mentions();
        this.carried = in.carried();
        this.sentence = in.sentence();
        this.patterns = coder.patterns;
        this.modifiers = coder.modifiers;
        this.cueFinder = coder.cueFinder;
        this.clauseBreaks = coder.clauseBreaks;
        this.countries = coder.countries;
        this.placeAdverbs = coder.placeAdverbs;
        this.sentenceFlags = coder.sentenceFlags;
    }

    boolean isOpening(String q) {
        return q.equals("“") || q.equals("«") || q.equals("\"") || q.equals("„") || q.equals("”");
    }

    /** The actor mention that ends right before token {@code i}, or null. */
    ActorMention actorEndingAt(int i) {
        for (ActorMention m : mentions) {
            if (m.end() == i) {
                return m;
            }
        }
        return null;
    }

    boolean participant(ActorMention m) {
        return m.isActor() && !"MED".equals(m.role());
    }

    /** A country or a city standing for it (not a person, agent or organization). */
    boolean isPlace(ActorMention m) {
        return "GPE".equals(m.type()) && m.why().equals("name") || "LOC".equals(m.type());
    }

    /** The cue whose head is token {@code i}, or null (a sentence has few cues: a look through them). */
    Cue cueAt(int i) {
        for (int k = 0; k < cues.size(); k++) {
            if (cues.get(k).head() == i) {
                return cues.get(k);
            }
        }
        return null;
    }

    /** Whether token {@code i} is inside one of the sentence's actor mentions. */
    boolean inMentionAt(int i) {
        for (int k = 0; k < mentions.size(); k++) { // indexed: asked per word by ViolenceSides.backer (speed38)
            ActorMention m = mentions.get(k);
            if (m.first() <= i && i < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word, or its stem after clitics («ببرقية»، «وبعث»), is a modifier of {@code kind}. */
    boolean hasStem(Token t, Modifiers.Kind kind) {
        if (modifiers.is(t, kind)) {
            return true;
        }
        for (org.marsad.text.Segment s : t.segments()) {
            if (modifiers.is(s, kind)) {
                return true;
            }
        }
        return false;
    }

    boolean participantOrAgent(ActorMention m) {
        return participant(m) || m.form() == ActorMention.Form.AGENT_ONLY;
    }

    /**
     * A verb of doing at {@code i} with its resumptive pronoun (شنها، نفذته) or followed by بها / به. The clitic
     * segmenter leaves a two-letter stem whole (شنه), so a final ه on an unsplit word is tried as the pronoun too.
     */
    boolean doingVerbWithResumptive(int i) {
        String w = tokens.get(i).norm();
        if (w.length() == 3 && w.charAt(2) == 'ه' && modifiers.is(w.substring(0, 2), Modifiers.Kind.DOING_VERB)) {
            return true; // «في قصف شنه الحوثيون»
        }
        for (Segment s : tokens.get(i).segments()) {
            if (modifiers.is(s, Modifiers.Kind.DOING_VERB) && s.prefix().isEmpty()
                    && (s.suffix().equals("ه") || s.suffix().equals("ها")
                    || i + 1 < b && s.suffix().isEmpty() && RESUMPTIVE_BA.contains(tokens.get(i + 1).norm()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A free-standing preposition or adverb of time/place (في، بعد، خلال، ضد ...) among the tokens [from, to).
     * Not من (partitive: «تظاهر عشرات من أعضاء المنظمة») nor نحو ("about": «قتل نحو 30 مواطنا»).
     */
    boolean prepositionBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (PHRASE_PREPOSITIONS.contains(tokens.get(i).norm())) {
                return true;
            }
        }
        return false;
    }

    /** Only words that agree like adjectives (no preposition, no conjunction, no punctuation) between two tokens. */
    boolean adjectivesBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || STANDALONE_PREPS.contains(t.norm())) {
                return false;
            }
            String prefix = t.segments().get(0).prefix();
            if (!prefix.isEmpty() && !prefix.equals("ال")) {
                return false;
            }
        }
        return true;
    }

    /** Whether a reading of the word is one of {@code stems} with no pronoun and at most و/ف before it (وخلال، فعبر). */
    boolean bareWordOf(Token t, Set<String> stems) {
        for (int si = 0; si < t.segments().size(); si++) {
            Segment s = t.segments().get(si);
            if (s.suffix().isEmpty() && stems.contains(s.stem())
                    && (s.prefix().isEmpty() || s.prefix().equals("و") || s.prefix().equals("ف"))) {
                return true;
            }
        }
        return false;
    }

    /** The preposition that governs a mention: glued (لروسيا، بموسكو), standalone (على، مع، إلى), or on the masdar before it (بدعم كوريا). */
    String prepositionOf(ActorMention m) {
        String glued = gluedPreposition(m.prefix());
        if (glued != null) {
            return glued;
        }
        int i = m.first() - 1;
        while (i >= a && tokens.get(i).isPunct() && QUOTES.contains(tokens.get(i).norm())) {
            i--;
        }
        // the word right before the name, past the quotation marks that open it («ضد تنظيم ” داعش ”»); not past
        // one that closes a quotation before the name («لتهديد" اسرائيل»: the masdar's ل is the quotation's)
        int nearest = beforeOpeningQuotes(m.first() - 1);
        if (i > a && tokens.get(i).kind() == org.marsad.text.TokenKind.NUMBER) {
            i--; // على 18 طالبا سودانيا
        }
        if (i - 1 > a && partOf(i)) {
            // «اعتدى متظاهرون أتراك على مجموعة من السياح الكوريين الجنوبيين»: the preposition governs the
            // group (modifiers.tsv partitive, count) whose people the actor after من names
            String onGroup = gluedPreposition(tokens.get(i - 1).segments().get(0).prefix());
            if (onGroup != null) {
                return onGroup; // لعدد من المعتقلين
            }
            i -= 2;
        }
        if (i < a) {
            return null;
        }
        Token t = tokens.get(i);
        for (Segment s : t.segments()) {
            if (STANDALONE_PREPS.contains(s.stem()) && (s.prefix().isEmpty() || s.prefix().equals("و")
                    || s.prefix().equals("ف"))) {
                return s.stem();
            }
        }
        if (conjoinedPreposition(t) != null) {
            return conjoinedPreposition(t); // «ومع الحكومة الألمانية»
        }
        // a masdar carrying the preposition: بدعم كوريا، للسياسات الروسية
        if (t.isWord() && i == nearest) {
            String p = gluedPreposition(t.segments().get(0).prefix());
            if (p != null) {
                return p;
            }
            // a preposition, then one noun: على مواقع حزب العمال، ضد أهداف الدولة الإسلامية
            if (i - 1 >= a && tokens.get(i - 1).isWord() && !t.segments().get(0).hasArticle()) {
                for (Segment s : tokens.get(i - 1).segments()) {
                    if (STANDALONE_PREPS.contains(s.stem()) && (s.prefix().isEmpty() || s.prefix().equals("و"))) {
                        return s.stem();
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether the word at {@code i} is the partitive من after a noun of a group or a count of people (modifiers.tsv
     * partitive, count: مجموعة من، عدد من، عشرات من), with no pronoun on it.
     */
    private boolean partOf(int i) {
        Token t = tokens.get(i);
        Token part = tokens.get(i - 1);
        if (!t.isWord() || !t.norm().equals("من") || !part.isWord() || part.segments().size() != 1) {
            return false;
        }
        Segment s = part.segments().get(0);
        return s.suffix().isEmpty() && (modifiers.is(s, Modifiers.Kind.PARTITIVE)
                || modifiers.is(s, Modifiers.Kind.COUNT));
    }

    /**
     * The index of the token at or before {@code i} past the quotation marks that open a quoted name («لقتال
     * «داعش»»، «ضد تنظيم ” داعش ”»): a « or „ always opens; a straight or curly one opens when the word after it
     * is written against it and the one before it is not (in «لتهديد" اسرائيل» it closes a quotation).
     */
    int beforeOpeningQuotes(int i) {
        while (i >= a && tokens.get(i).isPunct() && opensQuote(i)) {
            i--;
        }
        return i;
    }

    private boolean opensQuote(int i) {
        String q = tokens.get(i).norm();
        if (q.equals("«") || q.equals("„")) {
            return true;
        }
        if (!q.equals("\"") && !q.equals("“") && !q.equals("”")) {
            return false;
        }
        Token t = tokens.get(i);
        boolean gluedAfter = i + 1 < tokens.size() && tokens.get(i + 1).start() == t.end();
        boolean gluedBefore = i > 0 && tokens.get(i - 1).end() == t.start();
        return gluedAfter && !gluedBefore || !gluedAfter && !gluedBefore; // «” داعش ”»: spaced both sides
    }

    boolean prepositional(ActorMention m) {
        if (gluedPreposition(m.prefix()) != null) {
            return true;
        }
        int i = m.first() - 1;
        while (i >= a && tokens.get(i).isPunct() && QUOTES.contains(tokens.get(i).norm())) {
            i--;
        }
        if (i < a) {
            return false;
        }
        return bareWordOf(tokens.get(i), STANDALONE_PREPS) || conjoinedPreposition(tokens.get(i)) != null;
    }

    /**
     * A preposition with و or ف that the segmenter keeps whole, because the word is also another one (ومع، وفي
     * "loyal", ومن، وعن، وضد): the preposition, or null.
     */
    static String conjoinedPreposition(Token t) {
        String w = t.norm();
        if (!t.isWord() || w.length() < 3 || w.length() > 5 || w.charAt(0) != 'و' && w.charAt(0) != 'ف') {
            return null; // the prepositions have two to four letters
        }
        String rest = t.normAfterFirstLetter();
        return STANDALONE_PREPS.contains(rest) ? rest : null;
    }

    static String gluedPreposition(String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            char ch = prefix.charAt(i);
            if (ch == 'ب') {
                return "ب";
            }
            if (ch == 'ل' && !(i > 0 && prefix.charAt(i - 1) == 'ا')) {
                return "ل";
            }
            if (ch == 'ك') {
                return "ك";
            }
        }
        return null;
    }

    boolean gapIs(int from, int to, Set<String> allowed) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (aside(i)) {
                continue;
            }
            if (t.isPunct() ? !QUOTES.contains(t.norm()) && !allowed.contains(t.norm()) : !allowed.contains(t.norm())) {
                return false;
            }
        }
        return from <= to;
    }

    /** The first list comma followed by a word with و in [from, to), or {@code to}. */
    int listGoesOn(int from, int to) {
        for (int i = Math.max(from, a); i + 1 < to; i++) {
            if (tokens.get(i).isPunct() && LIST_COMMAS.contains(tokens.get(i).norm()) && tokens.get(i + 1).isWord()
                    && tokens.get(i + 1).segments().get(0).prefix().startsWith("و")) {
                return i;
            }
        }
        return to;
    }

    /**
     * Whether only words stand in [from, to), but for the closing quotation mark of a name right at {@code from}
     * («33 مسلحا من مسلحي «داعش» قتلوا»): no punctuation, no opening quotation mark (a quote opens another's words).
     */
    boolean wordsOnly(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!tokens.get(i).isWord() && !(i == from && CLOSING_QUOTES.contains(tokens.get(i).norm()))) {
                return false;
            }
        }
        return true;
    }

    /** Punctuation other than quote marks between two tokens (commas count). */
    boolean anyPunct(int from, int to) {
        return punctBetween(from, to, Set.of());
    }

    /**
     * Whether a word of matter (modifiers.tsv {@code matter}: على) stands in [from, to), not as the start of an
     * adverbial (على هامش): after a symmetric act (agree, meet, sign) it opens what the
     * parties agree or meet on (اتفق الزعيمان على أن قرار الشعب اليوناني ...، اتفقا على دعم حكومة العراق), never
     * a partner. (After violence على names the target: الغارات على قواعده.)
     */
    boolean matterBetween(int from, int to) {
        for (int i = Math.max(from, a); i < to && i < b; i++) {
            if (tokens.get(i).isWord() && modifiers.is(tokens.get(i), Modifiers.Kind.MATTER)
                    && !(i + 1 < b && modifiers.phraseEndsAt(tokens, a, i + 1, Modifiers.Kind.ADVERBIAL))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tokens of each blessing said in passing (modifiers.tsv blessing: «خادم الحرمين الشريفين الملك سلمان بن
     * عبدالعزيز آل سعود - حفظه الله - الرئيس اليمني»، «وصل - بحفظ الله ورعايته - خادم الحرمين»), with the dashes
     * around it; null when the sentence has none.
     */
    private boolean[] blessings() {
        boolean[] out = null;
        for (int i = a; i < b; i++) {
            int words = tokens.get(i).isWord() ? modifiers.phraseLengthEndingAt(tokens, a, i, Modifiers.Kind.BLESSING) : 0;
            if (words == 0) {
                continue;
            }
            int first = i - words + 1;
            if (out == null) {
                out = new boolean[b - a];
            }
            int last = i;
            if (first > a && DASHES.contains(tokens.get(first - 1).norm()) && last + 1 < b
                    && DASHES.contains(tokens.get(last + 1).norm())) {
                first--;
                last++;
            }
            for (int k = first; k <= last; k++) {
                out[k - a] = true;
            }
        }
        return out;
    }

    /** The sentence's {@link #blessings}, found on the first call. */
    private boolean[] blessingTokens() {
        if (!asideFound) {
            aside = blessings();
            asideFound = true;
        }
        return aside;
    }

    /** Whether token {@code i} is part of a blessing said in passing. */
    private boolean aside(int i) {
        boolean[] blessed = blessingTokens();
        return blessed != null && i >= a && i < b && blessed[i - a];
    }

    /** How many tokens of blessings lie in [from, to). */
    int asides(int from, int to) {
        if (blessingTokens() == null) {
            return 0;
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            if (aside(i)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Punctuation other than quote marks and list commas between two tokens. A comma before a verb
     * («ستقاطع القمة، وانتقد الولايات المتحدة») or a verb joined by و/ف opens a new clause whose actors
     * are not this one's.
     */
    boolean crossesPunct(int from, int to) {
        if (punctBetween(from, to, LIST_COMMAS)) {
            return true;
        }
        for (int i = Math.max(from, a); i < to && i < b; i++) {
            if (verbAt.length == 0) {
                break;
            }
            if (i + 1 < to && i + 1 < b && verbAt[i + 1 - a] && tokens.get(i).isPunct()
                    && LIST_COMMAS.contains(tokens.get(i).norm())) {
                return true;
            }
            // «زار المنطقة ورفض زيارة دمشق»: a verb joined by و/ف opens a clause of its own
            if (i > from && verbAt[i - a] && (tokens.get(i).norm().startsWith("و") || tokens.get(i).norm().startsWith("ف"))) {
                return true;
            }
        }
        return false;
    }

    boolean punctBetween(int from, int to, Set<String> allowed) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isPunct() && !aside(i) && !QUOTES.contains(t.norm()) && !allowed.contains(t.norm())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a reading of {@code t} has a stem of {@code kind} and no pronoun (للتحضير، تمهيدا، ترتيبات). */
    boolean hasBareStem(Token t, Modifiers.Kind kind) {
        if (!modifiers.mayBeModifier(t)) {
            return false;
        }
        for (Segment s : t.segments()) {
            if (s.suffix().isEmpty() && modifiers.is(s, kind)) {
                return true;
            }
        }
        return false;
    }

    Cue verbCueAt(int i) {
        for (int ci = 0; ci < cues.size(); ci++) {
            Cue v = cues.get(ci);
            if (v.isVerb() && v.head() == i) {
                return v;
            }
        }
        return null;
    }
}
