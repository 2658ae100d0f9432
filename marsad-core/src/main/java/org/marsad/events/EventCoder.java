package org.marsad.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.actors.ActorMention;
import org.marsad.model.Sentence;
import org.marsad.places.PlaceMention;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Segment;
import org.marsad.text.Token;

/**
 * Codes the events of an analyzed article from its cues and actor mentions. Pure and thread-safe.
 *
 * <p>Per sentence: find the cues ({@link CueFinder}); for each, find the subject (SVO: an actor right
 * before a verb; VSO: the first actor after it; for a masdar, the actor in iḍāfa right after it or a
 * nationality adjective: الغزو الروسي), coordinated actors (بوتين وكيم), and the target (the direct
 * object, or the actor introduced by the pattern's prepositions, also through a masdar: بدعم كوريا);
 * then apply the frame (symmetric, visit, host, self), negation and modality. A subject the sentence
 * does not name is the speaker of its reporting verb or the subject carried from the sentence before.
 */
public final class EventCoder {
    private static final Set<String> STANDALONE_PREPS = Set.of("علي", "ضد", "مع", "الي", "عن", "من", "في", "بين",
            "ل", "ب", "تجاه", "حيال", "نحو", "لدي", "عبر", "بحق");
    private static final Set<String> CLOSING_QUOTES = Set.of("»", "”");
    private static final Set<String> QUOTES = Set.of("“", "”", "«", "»", "\"", "„", "'", "‘", "’", ":");
    /** Words that may stand between a subject and its verb (روسيا قد وقعت). */
    private static final Set<String> SUBJECT_GAP = Set.of("قد", "لقد", "ايضا", "بدوره", "بدورها", "بدورهم", "كذلك",
            "اليوم", "امس", "من", "جهته", "جهتها", "جانبه", "جانبها", "ناحيته", "ناحيتها",
            ")", "("); // «(داعش) يعتقل»: a name in parentheses
    private static final int OBJECT_GAP = 4;
    /** How many indefinite adjectives may follow an indefinite subject before what tells a passive from an active verb. */
    private static final int ADJECTIVE_SKIP = 2;
    /** How far (tokens) after a comma that follows such a subject an object may still come after an aside. */
    private static final int ASIDE_REACH = 10;
    /** How far after the thing a protest is against its owner may stand (Frame.owner): «على "التصريحات العدائية" لعدد من المسؤولين». */
    private static final int OWNER_REACH = 6;
    /** Third-person pronouns on a verb: the resumptive object of a relative clause (التي أطلقها). */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("ه", "ها", "هم", "هما", "هن");
    /** Dual nouns that refer back to the two parties of a bilateral event. */
    private static final Set<String> TWO_SIDES = Set.of("جانبين", "جانبان", "طرفين", "طرفان", "بلدين", "بلدان");
    private static final Set<String> BARE_REPORTING_WORDS = Set.of("ان", "بان", "قائلا", "قائله", "مضيفا", "مؤكدا",
            "ل", "له", "لها", "لهم");
    /** Roles of actors that are not the state: a state's own such actors can be its counterparts. */
    private static final Set<String> NON_STATE_ROLES = Set.of("REB", "OPP", "CVL", "REF", "CRM", "SEP", "INS", "UAF",
            "PTY", "LAB", "EDU", "REL", "BUS", "MED", "NGO");
    private static final Set<String> RESUMPTIVE = Set.of("له", "لها", "لهم", "عليه", "عليها", "عليهم", "ضده", "ضدها",
            "معه", "معها", "منه", "منها", "فيه", "فيها", "اليه", "اليها", "به", "بها");
    private static final Set<String> REFERENCE_PREPOSITIONS = Set.of("في", "عن", "علي", "من", "منذ", "بعد", "قبل",
            "خلال", "اثر", "عقب", "ضد", "حول", "بشان", "جراء");
    /** Prepositions whose phrase holds no subject of the verb before it (see SentenceCoder#prepositionBetween). */
    private static final Set<String> PHRASE_PREPOSITIONS = Set.of("في", "علي", "الي", "عن", "ضد", "مع", "بين", "منذ",
            "بعد", "قبل", "خلال", "اثر", "عقب", "حول", "بشان", "جراء", "تجاه", "حيال", "عبر", "لدي");
    /** How far (tokens) a masdar may be from the verb whose subject it borrows as its agent. */
    private static final int NOMINAL_REACH = 10;
    /** How far (tokens) before a cue a conditional particle makes it hypothetical (عما إذا كان الاتفاق الذي ... تشن إسرائيل). */
    private static final int HYPOTHETICAL_REACH = 14;
    /** How far (tokens) after a verb of denial its complement may reach (ونفى المندوب الدائم للمملكة لدى الجامعة العربية، إجراء أي مسؤول سعودي زيارة). */
    private static final int DENIAL_REACH = 15;
    /** How far (tokens) before a cue a word of accusing may stand (وتتهم واشنطن ولندن وباريس الجيش السوري بشن هجمات). */
    private static final int ACCUSATION_REACH = 10;
    /** How far (tokens) after the بـ of an accusation's complement the act alleged may stand (بالإقدام علي اختطاف). */
    private static final int ALLEGED_REACH = 3;
    /** How many words may stand between a word of fearing and the أن of what is feared (ويخشى زعماء الدول الخليجية من أن). */
    private static final int FEAR_GAP = 5;
    /** How far (tokens) after the أن of what is feared a cue may stand in that clause (تخشى أن تفسر السلطات الإثيوبية زيارة أوباما بمثابة ترخيص لقمع). */
    private static final int FEARED_REACH = 10;
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
     * How far (tokens) before a cue a word of necessity or possibility may stand, a subject or a masdar with its own
     * subject between (كان بإمكان حماس اغتيال، ترى ضرورة مشاركة دول كبرى في المفاوضات). Six took in an act the
     * needed one is about: «ضرورة التعامل بشكل فعال مع قضية استخدام السلاح الكيماوي في سوريا».
     */
    private static final int MODAL_REACH = 5;
    /** The clitics a word of necessity or possibility may carry: a conjunction, بـ or لـ (بضرورة، بإمكان، لضرورة). */
    private static final Set<String> MODAL_CLITICS = Set.of("", "و", "ف", "ب", "ل", "وب", "ول", "فب");
    /** Roots whose events may have one identified side only: protest, coerce, assault, fight, mass violence. */
    private static final Set<String> ONE_SIDED_ROOTS = Set.of("14", "17", "18", "19", "20");
    /** DISAPPROVE: criticize, condemn, accuse; what it is aimed at may be a statement or an act named by its author. */
    private static final String DISAPPROVAL_ROOT = "11";
    private static final String THREAT_ROOT = "13";
    /** The most words of a phrase of side (modifiers.tsv side: «جنبا إلى جنب مع»). */
    private static final int SIDE_PHRASE_WORDS = 4;
    /** How far past the object's start a phrase of authorship may end (التصريحات الطائفية التي صدرت عن). */
    private static final int AUTHOR_PHRASE_REACH = 6;
    /** Roots whose acts have victims (coerce, assault, fight, mass violence): «حوادث خطف مواطنين» names the victims. */
    private static final Set<String> VICTIM_ROOTS = Set.of("17", "18", "19", "20");
    /** CAMEO's root of fighting with small arms or force (قاتل، حارب، قتال; also قتل, whose frame is passive). */
    private static final String FIGHT_ROOT = "19";
    /** Words of a masdar's genitive that may stand between it and a victim act joined to it by و (احتلال المدن اليمنية وقتل). */
    private static final int JOINED_MASDAR_GAP = 3;
    /** Roots of cooperation whose intent has a code of its own (03x, {@link #intentCode}): meet, cooperate, aid, yield. */
    static final Set<String> COOPERATIVE_ROOTS = Set.of("04", "05", "06", "07", "08");
    /** How far (tokens) after a violent cue a masdar may stand as the thing it strikes. */
    private static final int STRUCK_REACH = 5;
    /** Roots of violence: assault, fight, mass violence. Their agent is never borrowed (see {@link #BORROWED_AGENTS}). */
    static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");
    /** Coercion and force (CAMEO 17–20): the acts whose object a journalist can be ({@code coercedPerson}). */
    private static final Set<String> COERCIVE_ROOTS = Set.of("17", "18", "19", "20");
    /** The free prepositions a word of affiliation takes its body with (ينتمون إلى تنظيم داعش). */
    private static final Set<String> AFFILIATION_PREPS = Set.of("ل", "الي"); // normalized: إلى is الي
    /**
     * Argument rules that borrow an agent from outside the cue's own construction. A masdar's possessive pronoun
     * («هجماتهم»، «مقتله»، «تدميرها») is one: it is as often the one who suffers the act as the one who does it,
     * and the subject in play, which stands for it, is often neither.
     */
    private static final Set<String> BORROWED_AGENTS = Set.of("speaker", "sentence-subject", "main-verb-subject",
            "carried-subject", "nearest-actor", "topic", "pronoun");
    /** The suffix pronoun of the first person plural («مباحثاتنا»: our talks), as the segmenter splits it. */
    private static final String FIRST_PERSON_PLURAL = "نا";
    /** Roles that act for a state: its government, armed forces, police and intelligence. */
    private static final Set<String> STATE_ROLES = Set.of("GOV", "MIL", "COP", "SPY");
    /** A state's organs that arrest, try and deport: its organs of force and its courts. */
    private static final Set<String> COERCING_ROLES = Set.of("GOV", "MIL", "COP", "SPY", "JUD");
    /** The root of protests (CAMEO 14): acts of the governed, which the one who reports them rarely does. */
    private static final String PROTEST_ROOT = "14";
    /** Words before a number that make it a year (normalized). */
    private static final Set<String> YEAR_WORDS = Set.of("عام", "العام", "سنه", "السنه", "وعام", "منذ", "في");
    private static final int TARGET_REACH = 15;
    /** How far before a cue with «فيها» its sent text may stand, and how far before the text the verb of sending. */
    private static final int TEXT_REACH = 12;
    private static final int SENDER_REACH = 25;
    /** How many words (a relative pronoun, an adjective) may stand between a meeting noun and the verb that brought its parties together. */
    private static final int BRINGS_TOGETHER_REACH = 2;
    /** أن / إن (normalized, with و ف ل ب): they open a clause whose subject follows them. */
    /** Words no dictionary knows that may stand between a circumstantial participle and its addressee's nationality. */
    private static final int ADDRESSEE_GAP = 2;
    private static final Set<String> CONTENT_PARTICLES = Set.of("ان", "وان", "فان", "لان", "بان");
    /** How a killing's victims were found: they are the target of the attack it happened in. */
    private static final Set<String> KILLINGS = Set.of("killed-in", "counted-victims", "objective-genitive",
            "subject-before-passive", "vowelled-passive", "oblique-victims");
    /** How far after a killing its attack noun may stand («قتل مع مسلحين اثنين آخرين في غارة»). */
    private static final int KILLED_IN_REACH = 12;
    /** Words that may stand between a noun of what is hit and its owner (مواقع تابعة للقوات، مواقع لتنظيم داعش). */
    private static final int OWNER_LINKS = 2;
    /** How far (tokens) after a cue «من قبل X» may name its agent (دعم جوي وبحري وبري من قبل قوات التحالف). */
    private static final int PASSIVE_AGENT_REACH = 8;
    /** How far (tokens) before a masdar a verb of going on may govern it, and how many words after its subject. */
    private static final int ASPECT_REACH = 14;
    private static final int ASPECT_GAP = 5;
    /** How far (tokens) before a masdar's possessive pronoun its referent may be named in the same clause. */
    private static final int PRONOUN_REACH = 5;
    /** How far after a relative clause's verb its subject may start («الذي يعارضه بشدة الاتحاد الأوروبي»). */
    private static final int RELATIVE_SUBJECT_GAP = 3;
    /** The words a clause after أن / إن may give its own subject before its verb («إن مسلحاً من ولاية ألاباما فتح»). */
    private static final int CLAUSE_SUBJECT_REACH = 4;
    /** How far (tokens) before إنّ / أنّ the reporting verb whose unknown subject stands between may be («وقال سميع الحق، إنه»). */
    private static final int SPEAKER_NAME_REACH = 6;
    /** How many sentences on a speaker named by a reporting verb still speaks through subjectless ones (وأشار، وقال). */
    private static final int SPEAKER_SENTENCES = 2;
    /** How many words of the backer's own noun phrase may stand between a phrase of backing and it (طيران وسلاح). */
    private static final int BACKER_GAP = 2;
    /** How many words of the subject's noun phrase may stand between it and a participle of belonging (من منظمة الطفولة). */
    private static final int PATRON_HEAD_GAP = 3;
    /**
     * How many words of the backer's own noun phrase may stand between a phrase of backing and an actor before a verb
     * (جهات إقليمية مثل، التحالف الذي تقوده): the reach within which that actor is the backer, not the verb's subject.
     */
    private static final int BACKED_SUBJECT_REACH = 4;
    /** Words of the noun phrase a phrase of behalf (باسمه واسم شعب وحكومة المملكة) may hold before the actor it names. */
    private static final int BEHALF_GAP = 3;
    /** How many agreeing words may stand between a noun of membership and «في» before its body (قائدا كبيرا في). */
    private static final int MEMBER_ADJECTIVES = 2;
    /**
     * How many words after a nominal cue the relative pronoun of its clause may stand (adjectives, a genitive, مع and
     * the other party: «اجتماع كيري مع لافروف الذي سيشارك»; 4 since session 14, events30).
     */
    private static final int RELATIVE_GAP = 4;

    private final EventPatterns patterns;
    private final Modifiers modifiers;
    private final CueFinder cueFinder;
    /** Relative pronouns: a masdar's relative clause in the future (المحادثات التي ستجري) makes it an intent. */
    private final ClauseBreaks clauseBreaks;
    /** News outlets' names, normalized (actors/outlets.tsv): in quotation marks they are the paper. */
    private final Set<String> outletNames;

    /**
     * The country entry of a state's code (ActorDictionary#country), or null: «بلاده» said by a speaker is re-coded as
     * the speaker's country ({@link SentenceCoder#ownCountryOfSpeaker}).
     */
    private final java.util.function.Function<String, org.marsad.actors.ActorEntry> countries;

    public EventCoder(EventPatterns patterns, Modifiers modifiers, ClauseBreaks clauseBreaks, Set<String> outletNames) {
        this(patterns, modifiers, clauseBreaks, outletNames, code -> null);
    }

    public EventCoder(EventPatterns patterns, Modifiers modifiers, ClauseBreaks clauseBreaks, Set<String> outletNames,
                      java.util.function.Function<String, org.marsad.actors.ActorEntry> countries) {
        this.countries = countries;
        this.patterns = patterns;
        this.modifiers = modifiers;
        this.clauseBreaks = clauseBreaks;
        this.cueFinder = new CueFinder(patterns, clauseBreaks, modifiers);
        this.outletNames = Set.copyOf(outletNames);
    }

    /** The events and the quotes of an article. */
    public record Coding(List<DraftEvent> events, List<DraftQuote> quotes) {
    }

    public Coding code(AnalyzedText text, List<ActorMention> mentions,
                       java.util.function.IntFunction<List<PlaceMention>> places) {
        List<DraftEvent> out = new ArrayList<>();
        List<DraftQuote> quotes = new ArrayList<>();
        List<Token> tokens = text.tokens();
        List<ActorMention> carried = List.of(); // subject group carried from the sentence before
        List<ActorMention> pair = List.of(); // the two parties of the last bilateral event: «الجانبين» refers to them
        ActorMention speaker = null; // the last reporting verb's named subject (SentenceCoder.speakerInPlay)
        int speakerSentence = -1;
        Map<String, Integer> focus = focus(mentions);
        int mostNamed = focus.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        ActorMention storyCountry = storyCountry(mentions, focus);
        Boolean sport = null; // whether the article is about sport (sportArticle), looked up when first needed
        int m0 = 0;
        for (Sentence s : text.sentences()) {
            int a = text.firstToken(s.index());
            int b = text.endToken(s.index());
            List<ActorMention> ms = new ArrayList<>();
            while (m0 < mentions.size() && mentions.get(m0).sentence() < s.index()) {
                m0++;
            }
            for (int k = m0; k < mentions.size() && mentions.get(k).sentence() == s.index(); k++) {
                if (!quotedOutlet(tokens, mentions.get(k))) {
                    ms.add(mentions.get(k));
                }
            }
            if (anyBareCountry(ms)) {
                boolean team = teamContext(tokens, a, b);
                if (!team && sport == null) {
                    sport = sportArticle(text); // once per article, and only when a sentence names a bare country
                }
                if (team || Boolean.TRUE.equals(sport)) {
                    // «تلتقي المكسيك مع بنما في نصف النهائي»: in sport a country's name is its team
                    ms.removeIf(EventCoder::bareCountry);
                }
            }
            SentenceCoder sc = new SentenceCoder(text.text(), tokens, a, b, ms, carried, s.index(), places, focus,
                    mostNamed);
            sc.lastPair = pair;
            sc.speakerInPlay = speaker;
            sc.speakerSentence = speakerSentence;
            sc.storyCountry = storyCountry;
            sc.articleMentions = mentions;
            int from = out.size();
            sc.run(out);
            if (out.size() > from) {
                boolean sentenceSport = false;
                boolean inSport = false;
                if (anyPlayCue(out, from, tokens)) {
                    sentenceSport = teamContext(tokens, a, b);
                    if (!sentenceSport && sport == null) {
                        sport = sportArticle(text);
                    }
                    inSport = sentenceSport || Boolean.TRUE.equals(sport);
                }
                // «خطف الفريق القطري بطاقة العبور»، «يلتقي المنتخب البنمي نظيره الأمريكي»: play, not politics;
                // «استقبلت أكثر من 113 ألف سائح سعودي»: travellers counted, not a state's visit
                boolean articleFrame = inSport;
                boolean sentenceFrame = sentenceSport;
                out.subList(from, out.size()).removeIf(e -> isPlay(e, tokens, articleFrame, sentenceFrame)
                        || travellersVisit(e, tokens));
            }
            sc.quotes(quotes);
            carried = sc.lastSubject.isEmpty() ? carried : sc.lastSubject;
            pair = sc.lastPair;
            speaker = sc.speakerInPlay;
            speakerSentence = sc.speakerSentence;
        }
        return new Coding(dedupe(out), quotes);
    }

    /**
     * A news outlet's name in quotation marks is the paper's title, not a party: «الشرق الأوسط» is Asharq
     * Al-Awsat, not the Middle East, in its bylines («القاهرة - «الشرق الأوسط»:»), its interviews («قال لـ«الشرق
     * الأوسط»»، «أجرت «الشرق الأوسط» الحوار مع كيري») and its quotations, and «الرياض» the daily, not the capital.
     * A paper that interviews someone or is quoted is the reporter, not a participant of what it reports.
     */
    private boolean quotedOutlet(List<Token> tokens, ActorMention m) {
        if (m.first() == 0 || m.end() >= tokens.size() || !isQuote(tokens.get(m.first() - 1))
                || !isQuote(tokens.get(m.end()))) {
            return false;
        }
        StringBuilder name = new StringBuilder(); // rare: only a name between quotation marks gets here
        for (int i = m.first(); i < m.end(); i++) {
            name.append(i > m.first() ? " " : "").append(tokens.get(i).norm());
        }
        return outletNames.contains(name.toString());
    }

    private static boolean isQuote(Token t) {
        return t.isPunct() && QUOTES.contains(t.norm()) && !t.norm().equals(":");
    }

    private static boolean anyBareCountry(List<ActorMention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            if (bareCountry(mentions.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Roles of actors that bear arms: their attack or abduction in a story about sport is still one. */
    private static final Set<String> ARMED_ROLES = Set.of("MIL", "COP", "SPY", "REB", "INS", "UAF");

    /** Whether an event coded from {@code from} on has a cue of kind sport-sense(-here) (a word of play in sport). */
    private boolean anyPlayCue(List<DraftEvent> events, int from, List<Token> tokens) {
        for (int i = from; i < events.size(); i++) {
            if (sportSenseCue(events.get(i), tokens, Modifiers.Kind.SPORT_SENSE)
                    || sportSenseCue(events.get(i), tokens, Modifiers.Kind.SPORT_SENSE_HERE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the event, in a sentence or article about sport, is play and no political act: its cue is a word of
     * sport-sense (modifiers.tsv: snatching a win, attacking, fighting for a title, meeting a team, arriving for a
     * match) and neither party bears arms (an armed group's attack on a team bus stays an attack). Meeting and arriving
     * (sport-sense-here) are play only when their own sentence is about sport ({@code sentenceFrame}); the others
     * also in an article about sport ({@code articleFrame}).
     */
    private boolean isPlay(DraftEvent e, List<Token> tokens, boolean articleFrame, boolean sentenceFrame) {
        boolean play = articleFrame && sportSenseCue(e, tokens, Modifiers.Kind.SPORT_SENSE)
                || sentenceFrame && sportSenseCue(e, tokens, Modifiers.Kind.SPORT_SENSE_HERE);
        return play && !armed(e.source()) && !armed(e.target());
    }

    private boolean sportSenseCue(DraftEvent e, List<Token> tokens, Modifiers.Kind kind) {
        if (e.cue() == null) {
            return false;
        }
        Token head = tokens.get(e.cue().head());
        return modifiers.is(head.norm(), kind)
                || e.cue().reading() != null && modifiers.is(e.cue().reading().stem(), kind);
    }

    private static boolean armed(ActorMention m) {
        String role = m == null ? null : m.role();
        return role != null && ARMED_ROLES.contains(role); // Set.of rejects a null look-up
    }

    /**
     * Whether the event is a visit (042 made, 043 hosted) whose visitor is private travellers (modifiers.tsv,
     * traveller: سائح، سياح، زوار): tourism figures, not a visit between states or their agents.
     */
    private boolean travellersVisit(DraftEvent e, List<Token> tokens) {
        ActorMention visitor = e.code().startsWith("042") ? e.source() : e.code().startsWith("043") ? e.target() : null;
        return visitor != null && visitor.first() < tokens.size()
                && isModifierWord(tokens.get(visitor.first()), Modifiers.Kind.TRAVELLER);
    }

    /** How many sentences of an article must speak of sport for the whole article to be about sport. */
    private static final int SPORT_SENTENCES = 3;

    /**
     * Whether at least {@link #SPORT_SENTENCES} sentences of the article have a word of sport, and one of them is about
     * sport by itself ({@link #teamContext}): the article is about sport, and a country or a city named in any of its
     * sentences is a team («وتلتقي ليبيا مع رواندا» in a report on the qualifiers; «نادي باريس»، «اتلتيكو مدريد»).
     * Ambiguous words count towards the three, but alone they make no frame: a novel's «البطل» three times is no sport.
     */
    private boolean sportArticle(AnalyzedText text) {
        int n = 0;
        boolean clear = false;
        for (Sentence s : text.sentences()) {
            int weight = sportWords(text.tokens(), text.firstToken(s.index()), text.endToken(s.index()));
            clear |= weight >= CLEAR_SPORT;
            if (weight > 0 && ++n >= SPORT_SENTENCES && clear) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence is about sport: it has a word of sport (modifiers.tsv, team-context), or two where one is
     * a word as often of something else (team-context-ambiguous: «من كبار اللاعبين في السوق»، «الرئيس الدوري»).
     */
    private boolean teamContext(List<Token> tokens, int a, int b) {
        return sportWords(tokens, a, b) >= CLEAR_SPORT;
    }

    /** What {@link #sportWords} gives for a word of sport that means nothing else; an ambiguous one counts 1. */
    private static final int CLEAR_SPORT = 2;

    /**
     * The weight of the words of sport in the sentence, up to {@link #CLEAR_SPORT}: that for a word of team-context,
     * 1 for each of team-context-ambiguous. Stops as soon as the sentence is known to be about sport.
     */
    private int sportWords(List<Token> tokens, int a, int b) {
        int weight = 0;
        for (int i = a; i < b && weight < CLEAR_SPORT; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || !modifiers.mayBeTeamContext(t)) {
                continue;
            }
            if (isModifierWord(t, Modifiers.Kind.TEAM_CONTEXT) || modifiers.phraseEndsAt(tokens, a, i, Modifiers.Kind.TEAM_CONTEXT)) {
                return CLEAR_SPORT;
            }
            if (isModifierWord(t, Modifiers.Kind.TEAM_CONTEXT_AMBIGUOUS)) {
                weight++;
            }
        }
        return weight;
    }

    /** The word is of {@code kind} as written or with its clitics off (للمباراة، والمنتخب). */
    private boolean isModifierWord(Token t, Modifiers.Kind kind) {
        if (modifiers.is(t.norm(), kind)) {
            return true;
        }
        List<Segment> readings = t.segments();
        for (int r = 0; r < readings.size(); r++) {
            Segment seg = readings.get(r);
            if (!seg.prefix().isEmpty() && modifiers.is(seg.stem(), kind)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A country, its capital or a nationality named without a role: a state, or in sport its team. A nationality
     * adjective is one even when the act it qualifies gives it a role (state-acts.tsv): «هجوم كوري كاسح» in sport is a
     * team's attack, not an army's.
     */
    private static boolean bareCountry(ActorMention m) {
        return m.entry() != null && (m.role() == null || m.form() == ActorMention.Form.ADJECTIVE)
                && (m.entry().kind() == org.marsad.actors.ActorKind.DEMONYM
                    || m.entry().kind() == org.marsad.actors.ActorKind.FIXED && "GPE".equals(m.type()));
    }

    /** How often the article names each actor (by primary code): the most named is what the article is about. */
    private static Map<String, Integer> focus(List<ActorMention> mentions) {
        Map<String, Integer> counts = new HashMap<>();
        for (ActorMention m : mentions) {
            if (m.primary() != null && m.form() != ActorMention.Form.AGENT_ONLY) {
                counts.merge(m.primary(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * The country the article is about: the country (named by its name or a nationality) the article names
     * most, at least twice and more often than any other; its first mention stands for it. Null when none or a tie.
     */
    private static ActorMention storyCountry(List<ActorMention> mentions, Map<String, Integer> focus) {
        ActorMention best = null;
        int bestCount = 1;
        boolean tie = false;
        Set<String> seen = new java.util.HashSet<>();
        for (ActorMention m : mentions) {
            if (!bareCountry(m) || m.primary() == null || !seen.add(m.primary())) {
                continue;
            }
            int n = focus.getOrDefault(m.primary(), 0);
            if (n > bestCount) {
                best = m;
                bestCount = n;
                tie = false;
            } else if (n == bestCount) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** One event per (sentence, source, target, code): the first, which has the most direct evidence. */
    static List<DraftEvent> dedupe(List<DraftEvent> events) {
        Set<String> seen = new LinkedHashSet<>();
        List<DraftEvent> out = new ArrayList<>();
        for (DraftEvent e : events) {
            String key = e.sentence() + "|" + (e.source() == null ? null : e.source().code()) + "|"
                    + (e.target() == null ? null : e.target().code()) + "|" + e.code();
            if (seen.add(key)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Words that make a following masdar a time adverbial (normalized). */
    private static final Set<String> TIME_ADVERBIALS = Set.of("خلال", "اثناء", "ابان", "عقب", "لدي", "طوال");

    /** Conditional particles: the content of a threat (إذا استخدمت إيران ...). */
    private static final Set<String> CONDITIONALS = Set.of("اذا", "لو", "حال"); // normalized; not ان: إن (if) and أن (that) fold together

    /** The commas of a list (X، وY، وZ): allowed between coordinated actors. */
    private static final Set<String> LIST_COMMAS = Set.of("،", ",");
    private static final Set<String> BRACKETS = Set.of("(", ")");

    /** Dashes that set a blessing said in passing apart («- حفظه الله -»; the tatweel ـ is dropped by the tokenizer). */
    private static final Set<String> DASHES = Set.of("-", "–", "—");

    /** {@link SentenceCoder}'s token flags before its {@code run} sets them: one empty array, not two per sentence. */
    private static final boolean[] NO_TOKENS = new boolean[0];
    /**
     * Each thread's token flags for {@link SentenceCoder#run}, a sentence's reused for the next: a sentence coder lives
     * for one sentence of {@link #code} and none runs inside another, so no two use them at once.
     */
    private final ThreadLocal<TokenFlags.OfASentence> sentenceFlags = ThreadLocal.withInitial(TokenFlags.OfASentence::new);

    /** The coding of one sentence; holds the per-sentence working state. */
    private final class SentenceCoder {
        /** The article's text, which the tokens' offsets index. */
        final String text;
        final List<Token> tokens;
        final int a;
        final int b;
        final List<ActorMention> mentions;
        final List<ActorMention> carried;
        final int sentence;
        List<ActorMention> lastSubject = List.of();
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
        /** The victims of a killing, by the token of the attack noun it happened in («قتل X في غارة»); made when first needed. */
        private Map<Integer, List<ActorMention>> victimsAt;
        final java.util.function.IntFunction<List<PlaceMention>> places;
        /** Mentions per actor in the whole article (see {@link EventCoder#focus}). */
        final Map<String, Integer> focus;
        /** The highest count in {@link #focus}: how often the article names the actor it is about. */
        final int mostNamed;

        SentenceCoder(String text, List<Token> tokens, int a, int b, List<ActorMention> mentions,
                      List<ActorMention> carried, int sentence, java.util.function.IntFunction<List<PlaceMention>> places,
                      Map<String, Integer> focus, int mostNamed) {
            this.text = text;
            this.places = places;
            this.focus = focus;
            this.mostNamed = mostNamed;
            this.tokens = tokens;
            this.a = a;
            this.b = b;
            this.mentions = mentions;
            this.carried = carried;
            this.sentence = sentence;
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
        }

        /**
         * The agent of a circumstantial participle: the speaker named by the nearest reporting verb before it in the
         * sentence; with no reporting verb before it, the subject of the sentence's first verb. None when that verb's
         * subject is a pronoun: an actor after أن / بأن is the subject of what was said («وأكد بأن اليمن يتطلع ...
         * مشيرا بأن طهران إذا ارادت ... مطالبا الحوثيين»: Tehran demands nothing), not the speaker; nor is the subject
         * carried from the sentence before (tried on slice i%19==15: as often wrong, «لندن» of a quotation, as right).
         */
        private List<ActorMention> circumstantialSubject(Cue c) {
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
         * The one a circumstantial participle with no preposition in its frame addresses: its direct object, right
         * after it (and its further words) or named by a nationality after at most {@value #ADDRESSEE_GAP} words no
         * dictionary knows («داعياً القوى السياسية اللبنانية»), with no preposition, punctuation or أن before it.
         */
        private List<ActorMention> addressee(Cue c) {
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

        private List<ActorMention> firstVerbSubject(List<Cue> cues) {
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
         * The referent of a masdar's possessive pronoun named in its own clause: the nearest actor before it, within
         * {@link #PRONOUN_REACH} tokens, not governed by a preposition, with no clause break between (a comma before
         * a verb, a verb joined by و). An actor governed by a preposition is passed over («في إحدى زياراته
         * للأردن» after «نوري المالكي»), a nearer one that is not ends the search.
         */
        private List<ActorMention> pronounReferent(Cue c) {
            if (c.head() - 1 >= a && clauseBreaks.isRelativePronoun(tokens.get(c.head() - 1).norm())) {
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

        /**
         * A phrase cue (patterns.tsv P: verb forms listed as written, «عارضت»، «يعارض») right after a relative pronoun
         * and carrying an object pronoun: «الذي عارضته». The pronoun repeats the antecedent, the clause's object.
         */
        private boolean phraseOpensRelativeClause(Cue c) {
            return c.pattern().kind() == 'P' && !c.reading().suffix().isEmpty() && c.head() - 1 >= a
                    && clauseBreaks.isRelativePronoun(tokens.get(c.head() - 1).norm());
        }

        /** The antecedent of a relative clause opened by a phrase cue, its object when it is an actor. */
        private List<ActorMention> relativeObject(Cue c, List<ActorMention> subj) {
            ActorMention antecedent = relativeAntecedent(c.head());
            return antecedent != null && !subj.contains(antecedent) ? List.of(antecedent) : List.of();
        }

        /**
         * A masdar whose genitive is its object (patterns.tsv genobj: اعتقال، محاكمة، ترحيل) carries that object as its
         * pronoun: «حتى ترحيله»، «أعيد اعتقاله»، «الأمم المتحدة بقانونية محاكمته» name the one deported, arrested or
         * tried, never the agent. The actor named before it in its clause is that object, not the agent; the subject
         * in play is the agent only when it is a state's organ, the ones who arrest, try and deport («رفضت محكمة
         * الجنايات إخلاء سبيل 3 ... في أولى جلسات محاكمتهم»), not a group or person the story is about («ولكن جاءت
         * فترة احتجازهم» of the militants).
         */
        private boolean objectPronoun(Cue c, Frame f) {
            return c.isMasdar() && f.genitiveObject();
        }

        /** A state's organ that arrests, tries or deports: its government, forces, police, intelligence or courts. */
        private boolean coercingOrgan(ActorMention m) {
            return m.role() != null && COERCING_ROLES.contains(m.role()) && !membershipNoun(m);
        }

        /** The nearest actor before token {@code pos} (within {@code reach} tokens) not governed by a preposition. */
        private List<ActorMention> nearestBefore(int pos, int reach) {
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
        private void ownCountryOfSpeaker(int r) {
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
                    || SUBJECT_GAP.contains(w.norm()) || modifiers.is(w.norm(), Modifiers.Kind.TIME_NOUN);
        }

        private void noteSpeaker(int[] r) {
            if (r[1] != 1) {
                return;
            }
            List<ActorMention> subj = subject(r[0], r[0] + 1, true);
            if (!subj.isEmpty() && participant(subj.get(0))) {
                lastSubject = subj;
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

        private List<int[]> reporting = List.of();

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
                for (ActorMention m : mentions) {
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

        private boolean isOpening(String q) {
            return q.equals("“") || q.equals("«") || q.equals("\"") || q.equals("„") || q.equals("”");
        }

        private boolean closes(String open, String q) {
            return switch (open) {
                case "«" -> q.equals("»");
                case "\"" -> q.equals("\"");
                default -> q.equals("”") || q.equals("“");
            };
        }

        private List<int[]> reportingCues(boolean[] cueToken) {
            List<int[]> out = new ArrayList<>();
            for (int i = a; i < b; i++) {
                if (cueToken[i - a] || !tokens.get(i).isWord() || !modifiers.mayReport(tokens.get(i))) {
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

        private void code(Cue c, List<int[]> reporting, List<DraftEvent> out) {
            Pattern p = c.pattern();
            Frame f = p.frame();
            if (c.isVerb() && thingSubject(c)) {
                return; // «وصل إنتاج السعودية إلى»: production arrived somewhere; Saudi Arabia neither acts nor is visited
            }
            if (struckByViolence(c)) {
                return; // «شنت طائرات التحالف غارات جوية على تعزيزات عسكرية»: the reinforcements are what is struck
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
            // the speaker: subject of the nearest reporting cue before the event cue (or حسبما ذكرت X after it)
            ActorMention speaker = null;
            int bestDist = Integer.MAX_VALUE;
            for (int[] r : reporting) {
                List<ActorMention> sp = r[1] == 1 ? subject(r[0], r[0] + 1, true) : after(r[0] + 1, 4, false);
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
            List<ActorMention> ownAfterPronoun = List.of();
            List<ActorMention> speakerAsObject = List.of();
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
                boolean targetFirst = subj.isEmpty();
                // «وقال طاهر إنه يناشد الرئيس اليمني»: a verb whose subject is the pronoun of a speaker no dictionary
                // knows has no subject after it either; the actor there is its object
                boolean unknownSpeaker = subj.isEmpty() && pronounSubject(c.head()) && unknownSpeakerOfPronoun(c.head());
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
                } else if (!subj.isEmpty() && subj.get(0).first() > c.head()
                        && patterns.hasPluralSubject(p, c.reading().stem())) {
                    // «19 شخصا قتلوا بينهم مدنيون»، «التقوا الرئيس»: a verb before its subject is singular, so the
                    // actor after a plural or dual form is not its subject (the subject is in the verb)
                    subj = List.of();
                }
                how = "verb-subject";
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
            } else if (f.circumstantial()) {
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
            } else if (f.genitiveObject() && relativeClauseAgent(c).isEmpty() || passiveLight) {
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
            } else if (subj.isEmpty() && !f.noSource() && c.isVerb() && (unknownSubjectBefore(c) || countedProtesters(c)
                    || unknownSubjectAfter(c) || pronounSubject(c.head()) && unknownSpeakerOfPronoun(c.head()))) {
                // «قال هاموند إن المهاجرين من أفريقيا يهددون»، «وأبان أن المركز وقع مذكرة»: the clause has a subject
                // of its own that no dictionary knows; the speaker or the subject in play is not it
                how = "unknown-subject";
            } else if (subj.isEmpty() && !f.noSource() && !f.circumstantial()) {
                List<ActorMention> near = how.equals("purpose") ? nearestBefore(c.head(), 10) : List.of();
                // «وتم اعتقاله»: after the light verb of the passive the pronoun is the one acted upon, not the agent
                boolean agentPronoun = !c.isVerb() && !c.reading().suffix().isEmpty() && !passiveLight;
                List<ActorMention> referent = agentPronoun && lastSubject.isEmpty() && !objectPronoun(c, f)
                        ? pronounReferent(c) : List.of();
                // a speaker named after the act does not do it; of the fall-backs only the sentence's own subjects may
                boolean laterSpeaker = speaker != null && bestDist <= 12 && participant(speaker) && namedAfterAct(speaker, c);
                if (agentPronoun && ourOwnAct(c)) {
                    subj = ourSpeaker(speaker, c);
                    how = "first-person";
                    conf = 0.6;
                } else if (!near.isEmpty()) {
                    subj = near; // دفع بيونج يانج إلى ... لتزويد روسيا
                    conf = 0.7;
                } else if (how.equals("purpose") && !lastSubject.isEmpty()) {
                    subj = lastSubject;
                    conf = 0.7;
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
                        && !c.reading().hasArticle() && !governedByPreposition(c)) {
                    // only an indefinite masdar standing free: «منذ توقيع الاتفاقية»، «في المفاوضات» refer to
                    // events whose parties the nearest name does not tell
                    subj = nearestBefore(c.head(), 8); // وأدلى هاموند بهذه التصريحات خلال زيارة لسنغافورة
                    how = "nearest-actor";
                    conf = 0.5;
                } else if (!lastSubject.isEmpty() && (c.isVerb() || c.head() - lastSubjectAt <= NOMINAL_REACH
                        && !(c.reading().hasArticle() && governedByPreposition(c)))) {
                    subj = lastSubject;
                    how = "sentence-subject";
                    conf = 0.6;
                } else if (!c.isVerb() && !sentenceSubject.isEmpty()
                        && Math.abs(sentenceSubjectAt - c.head()) <= NOMINAL_REACH) {
                    subj = sentenceSubject; // في زيارة هي الأولى إلى كوريا الشمالية ... وقع الرئيس الروسي
                    how = "main-verb-subject";
                    conf = 0.6;
                } else if (c.isVerb() && topic(c) != null) {
                    // «النائب الروسي أليكسيس بوشكوف الذي يترأس لجنة الشؤون الدولية يدعو لفرض عقوبات»: the
                    // sentence opens with its topic, and a verb with no subject of its own says what it does
                    subj = List.of(topic(c));
                    how = "topic";
                    conf = 0.6;
                } else if (!carried.isEmpty() && !laterSpeaker && (c.isVerb() || adverbial(c)) && aboutIt(carried)) {
                    // لكنه خلال زيارة لجنوب أفريقيا ...: the visit of the one the text is about
                    subj = carried;
                    how = "carried-subject";
                    conf = 0.5;
                }
            }
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
            if (!c.isVerb() && (subj.isEmpty() && !f.noSource() || BORROWED_AGENTS.contains(how))
                    || masdarSpelledAsVerb(c)) {
                List<ActorMention> doer = lightVerbSubject(c);
                if (!doer.isEmpty()) {
                    subj = doer; // «قامت قوات الأمن باعتقال»: modifiers.tsv light-verb
                    how = "light-verb";
                    conf = 0.7;
                }
            }
            if (masdarSpelledAsVerb(c) && !how.equals("light-verb")) {
                return; // «ويقوم بطرد آلاف من العمال»: no light verb's subject named, the act is referred to
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
            List<ActorMention> patient = speakerAsObject.isEmpty() ? managedObject : speakerAsObject;
            List<ActorMention> befallen = !c.isVerb() && VIOLENT_ROOTS.contains(p.root()) && !f.patient()
                    ? relativeClauseVictim(c) : List.of();
            if (!befallen.isEmpty()) {
                // «الهجمات الإرهابية الأخيرة التي تعرضت لها المملكة»، «الغارات التي استهدفت تنظيم داعش»: the relative
                // clause on the act names the one it befell; whoever else the sentence names did not do it to them
                // (a masdar: the speaker as the object of a verb, above, never reaches here)
                patient = befallen;
                subj = subj.stream().filter(m -> !befallen.contains(m)).toList();
                how = subj.isEmpty() ? "relative-victim" : how;
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
            if (subj.size() == 1 && twoSides(subj.get(0))) {
                subj = lastPair; // رفض الجانبين ...: the two parties of the bilateral event before
                how = "two-sides";
            }
            List<ActorMention> targets = patient.isEmpty() ? target(c, objectFrom, f, subj) : patient;
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
            boolean victimsOfKilling = false;
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
            // (not a receiver: «وتسلمت مصر الأسبوع الماضي دفعة جديدة من مقاتلات» told in passing is no subject the
            // next sentence's pronoun goes on with: «أنه اتفق مع شكري» is still Kerry)
            if (!subj.isEmpty() && !f.received() && (c.isVerb() && how.equals("verb-subject") && !c.furtherBefore()
                    || how.equals("masdar-genitive") && participant(subj.get(0)) || how.equals("lam-agent")
                    || how.equals("able-verb"))) {
                lastSubject = subj;
                lastSubjectAt = c.head();
            }
            if (targets.isEmpty() && f.targetInContent() && !subj.isEmpty()) {
                targets = threatened(c, subj); // هددت المملكة ... إذا استخدمت إيران; تهدد: لن نترك أمريكيا
            }
            boolean negated = negated(c);
            String modality = modality(c, speaker);
            String code = p.code();
            String rule = p.line() + " " + how + (victimsOfKilling ? " killed-in" : "");
            if (f.verbalCode() != null && individuals(subj) && individuals(targets)) {
                code = f.verbalCode(); // هاجم أردوغان نتنياهو: two politicians attack each other in words
                rule += " verbal";
            }
            if (modality.equals("intended") && !p.root().equals("03")) {
                code = intentCode(p.root(), code);
            }
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
            if (targets.stream().anyMatch(m -> backer(m, c.head()))) {
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
            if (f.circumstantial() && f.targetPreps().isEmpty()) {
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
                    ActorMention place = allies != null ? null : placeActor();
                    if (place != null && VIOLENT_ROOTS.contains(p.root()) && !subj.isEmpty() && foreignState(subj.get(0), place)
                            && (!aboutIt(List.of(place)) || namesStatelessGroup())) {
                        // «شن الجيش التركي غارات على مواقع ... في شمال العراق»: a state's force abroad strikes someone
                        // there (here the PKK), not the country it is in, unless the story is about that country's war
                        // (the coalition's strikes in a story about Yemen hit Yemenis) and the sentence names no armed
                        // group of no country («الضربات الجوية الأميركية في سوريا» in a sentence about ISIS hit ISIS, not
                        // Syria); the place stays the location
                        place = null;
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
                for (ActorMention x : side) {
                    for (ActorMention y : other) {
                        pair(c, x, y, code, negated, modality, speaker, conf, rule, out);
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
                if (x.primary().length() == 3 && y.primary().length() == 3) {
                    lastPair = List.of(x, y);
                }
                out.add(new DraftEvent(sentence, c, x, y, code, negated, modality, speaker, conf, rule));
                out.add(new DraftEvent(sentence, c, y, x, code, negated, modality, speaker, conf, rule));
            }
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

        /**
         * Whether an actor stands right after a phrase of fighting on someone's side (modifiers.tsv side: في
         * صفوف، إلى جانب), quote marks aside, or is joined by و to one that does. The same list serves
         * {@link #alliesNamed} (the frame option allies of قاتل، حارب، قتال); this filter reaches every other cue of
         * fighting that is not passive.
         */
        private boolean fightingSide(ActorMention m) {
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
         * An actor after a phrase of backing (modifiers.tsv backer: «المدعومة من التحالف»، «بدعم من التحالف»), right
         * after it or after up to {@link #BACKER_GAP} words of the backer's own noun phrase («مدعومة من طيران وسلاح
         * التحالف»), backs the agent before it: never the one that agent's act is done to. Not when the cue at
         * {@code cueHead} stands between them («المدعومة من الخارج هاجمت الجيش»: the army is the one attacked), nor
         * across punctuation or another actor.
         */
        private boolean backer(ActorMention m, int cueHead) {
            int j = m.first() - 1;
            while (j >= a && isQuote(tokens.get(j))) {
                j--;
            }
            for (int gap = 0; j >= a && gap <= BACKER_GAP; gap++, j--) {
                if (modifiers.phraseEndsAt(tokens, a, j, Modifiers.Kind.BACKER)) {
                    return true;
                }
                int at = j;
                if (!tokens.get(j).isWord() || j == cueHead
                        || mentions.stream().anyMatch(o -> o.first() <= at && at < o.end())) {
                    return false;
                }
            }
            return false;
        }

        /**
         * Where a phrase of backing or alliance (modifiers.tsv backer: «المدعومون من»، «المتحالفة مع») opens when the
         * actor {@code m} stands in it: right after it or after up to {@link #BACKED_SUBJECT_REACH} words of the
         * backer's own noun phrase («من جهات إقليمية مثل إيران»، «مع التحالف الذي تقوده السعودية»), with no punctuation
         * between but a quotation mark around the name; -1 when it does not.
         */
        private int backingPhraseBefore(ActorMention m) {
            int j = m.first() - 1;
            while (j >= a && isQuote(tokens.get(j))) {
                j--;
            }
            for (int gap = 0; j >= a && gap <= BACKED_SUBJECT_REACH; gap++, j--) {
                int length = modifiers.phraseLengthEndingAt(tokens, a, j, Modifiers.Kind.BACKER);
                if (length > 0) {
                    return j - length + 1;
                }
                if (!tokens.get(j).isWord()) {
                    return -1;
                }
            }
            return -1;
        }

        /**
         * Whether one of the cue's further words (not its head phrase) stands inside the actor mention {@code m}, in a
         * case other than the nominative of a sound masculine plural (-ون، -و in iḍāfa): «منذ أن طرد مقاتلون محليون
         * جماعة الحوثي» names the ones who drove out in the nominative, «في طرد المتمردين» the ones driven out. A nationality
         * right after the further word is that word's own («تستقبل المرضى السعوديين»: the Saudi patients are received).
         */
        private boolean inFurtherWord(ActorMention m, Cue c) {
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
        private boolean furtherWordBeforeIn(ActorMention m, Cue c) {
            for (int w : c.words()) {
                if (w < c.head() && m.first() <= w && w < m.end()) {
                    return true;
                }
            }
            return false;
        }

        /** The actor mention that ends right before token {@code i}, or null. */
        private ActorMention actorEndingAt(int i) {
            for (ActorMention m : mentions) {
                if (m.end() == i) {
                    return m;
                }
            }
            return null;
        }

        /**
         * The token after the actors of a phrase of behalf that opens at {@code from} (within {@link #BEHALF_GAP} words:
         * «باسمه واسم شعب وحكومة المملكة»), or {@code from} when none does.
         */
        private int behalfEnd(int from) {
            int end = from;
            for (ActorMention m : mentions) {
                if (m.first() >= end && m.first() <= end + BEHALF_GAP + 2 && onBehalfOf(m)) {
                    end = m.end();
                } else if (m.first() > end + BEHALF_GAP + 2) {
                    break;
                }
            }
            return end;
        }

        /**
         * An actor in a phrase of behalf (modifiers.tsv behalf: «باسمه واسم شعب وحكومة المملكة»، «نيابة عن خادم
         * الحرمين الشريفين»), right after it or after up to {@link #BEHALF_GAP} words of its noun phrase (other actors
         * coordinated with it among them): the side the one who acts speaks for, never the one the act is done to.
         * Not across punctuation.
         */
        private boolean onBehalfOf(ActorMention m) {
            int j = m.first() - 1;
            for (int gap = 0; j >= a && gap <= BEHALF_GAP; gap++, j--) {
                if (modifiers.phraseEndsAt(tokens, a, j, Modifiers.Kind.BEHALF)) {
                    return true;
                }
                if (!tokens.get(j).isWord()) {
                    return false;
                }
            }
            return false;
        }

        /**
         * Agents without a country (المتظاهرون، الشرطة، مسلحون) take the country of the place the sentence
         * names (في بيروت → LBN): "protesters in Beirut" are Lebanese protesters for event data purposes.
         */
        private List<ActorMention> located(List<ActorMention> group) {
            List<ActorMention> out = null;
            for (int i = 0; i < group.size(); i++) {
                ActorMention m = group.get(i);
                if (m.form() != ActorMention.Form.AGENT_ONLY) {
                    continue;
                }
                if (namedByRelation(m)) {
                    // «لدعم حلفائها في المنطقة، خاصة حزب الله في لبنان»، «وأيد حلفاء غربيون ... الاجراءات التركية»:
                    // allies are not of the place the sentence names nor of the story's country; they stay uncoded
                    if (out == null) {
                        out = new ArrayList<>(group);
                    }
                    out.set(i, null);
                    continue;
                }
                ActorMention known = locatedMentions == null ? null : locatedMentions.get(m);
                if (known != null) {
                    // the same agent in another cue of the sentence: located once (its place does not change)
                    if (out == null) {
                        out = new ArrayList<>(group);
                    }
                    out.set(i, known);
                    continue;
                }
                ActorMention holder = titleHolder(m);
                if (holder != null) {
                    // «بعث ... الملك سلمان بن عبدالعزيز ببرقية تهنئة للرئيس التونسي. وأعرب الملك ... عن أصدق التهاني»:
                    // the lone title is the one who bears it in the article, not an agent of the story's country
                    if (out == null) {
                        out = new ArrayList<>(group);
                    }
                    ActorMention named = new ActorMention(m.first(), m.end(), m.span(), holder.code(), holder.type(),
                            holder.entry(), holder.nameEn(), m.why() + "+holder", ActorMention.Form.NAMED, m.sentence(),
                            m.prefix());
                    if (locatedMentions == null) {
                        locatedMentions = new java.util.IdentityHashMap<>();
                    }
                    locatedMentions.put(m, named);
                    out.set(i, named);
                    continue;
                }
                ActorMention place = genitivePlace(m);
                if (place == null) {
                    place = placeActor();
                }
                String why = "+place";
                if (place == null && storyCountry != null) {
                    // «وتقاتل القوات النظامية التنظيم»، «مواقع للحوثيين وقوات صالح» with no place named: an army, an
                    // opposition, a party's forces are those of the country the article is about
                    place = storyCountry;
                    why = "+story";
                }
                if (place == null) {
                    continue;
                }
                if (out == null) {
                    out = new ArrayList<>(group);
                }
                ActorMention located = new ActorMention(m.first(), m.end(), m.span(), place.primary() + m.code(), m.type(),
                        m.entry(), m.nameEn() + " in " + place.nameEn(), m.why() + why,
                        ActorMention.Form.NAMED, m.sentence(), m.prefix());
                if (locatedMentions == null) {
                    locatedMentions = new java.util.IdentityHashMap<>();
                }
                locatedMentions.put(m, located);
                out.set(i, located);
            }
            if (out == null) {
                return group;
            }
            out.removeIf(java.util.Objects::isNull);
            return out;
        }

        /**
         * The actor a lone title with its article (الملك، الرئيس، الأمير) refers back to, or null: the last mention before
         * it in the article that names a person and opens with the same title («الملك سلمان بن عبدالعزيز»، «للرئيس الباجي
         * قايد السبسي»), preferring one not governed by a preposition (the one who acted over the one addressed). News
         * names the holder in full first and then by the title alone. Not a body: «القوات»، «الشرطة»، «النظام» alone are
         * as often another side's as the one named before.
         */
        private ActorMention titleHolder(ActorMention m) {
            if (m.end() - m.first() != 1) {
                return null;
            }
            String title = titleStem(tokens.get(m.first()), true);
            if (title == null) {
                return null;
            }
            ActorMention holder = null;
            ActorMention addressed = null; // one with a preposition glued to it (للملك): the addressee of what was done
            ActorMention before = null;
            boolean beforeAddressed = false;
            for (ActorMention o : articleMentions) {
                if (o.first() >= m.first()) {
                    break;
                }
                // (an apposition right after a mention has its role: «للملك محمد السادس ملك المملكة المغربية»)
                boolean isAddressed = gluedPreposition(o.prefix()) != null
                        || before != null && before.end() == o.first() && beforeAddressed;
                if (o.form() == ActorMention.Form.NAMED && "PERS".equals(o.type()) && o.end() - o.first() >= 2
                        && title.equals(titleStem(tokens.get(o.first()), false))) {
                    if (isAddressed) {
                        addressed = o;
                    } else {
                        holder = o;
                    }
                }
                before = o;
                beforeAddressed = isAddressed;
            }
            // «بعث ... الملك سلمان ... ببرقية تهنئة للملك محمد السادس ... وأعرب الملك»: the one who wrote, not the one written to
            return holder != null ? holder : addressed;
        }

        /** The stem of a title word without its article or preposition; with {@code lone}, only a word with its article and no suffix. */
        private static String titleStem(Token t, boolean lone) {
            for (Segment r : t.segments()) {
                if (r.suffix().isEmpty() && (!lone || r.hasArticle())) {
                    return org.marsad.dict.PhraseKeys.stripArticle(r.stem());
                }
            }
            return null;
        }

        /** An agent named by its relation to another party (modifiers.tsv relation: حلفاؤها، شركاء). */
        private boolean namedByRelation(ActorMention m) {
            for (Segment s : tokens.get(m.first()).segments()) {
                if (modifiers.is(s.stem(), Modifiers.Kind.RELATION)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The country of a place in genitive right after an agent: شرطة دبي، مجلس محافظة الأنبار (a head noun
         * such as محافظة may stand between). Closer than a place the sentence names with في.
         */
        private ActorMention genitivePlace(ActorMention agent) {
            for (PlaceMention pm : places.apply(sentence)) {
                if (pm.preposition() == PlaceMention.NONE && pm.firstToken() >= agent.end() - 1
                        && pm.endToken() > agent.end() && pm.firstToken() <= agent.end() + 1 && !crossesPunct(agent.end(), pm.firstToken())
                        && pm.place().country() != null) {
                    return new ActorMention(pm.firstToken(), pm.endToken(), pm.span(), pm.place().country(), "GPE",
                            null, pm.place().nameEn(), "place", ActorMention.Form.NAMED, sentence, "");
                }
            }
            return null;
        }

        private ActorMention placeActor;
        private boolean placeLooked;
        /** Agents of this sentence already given a country by {@link #located}. */
        private Map<ActorMention, ActorMention> locatedMentions; // made when first needed
        /** The country the article is about (see {@link EventCoder#storyCountry}), or null. */
        ActorMention storyCountry;
        /** Every actor mention of the article, in text order: a lone title refers back to its holder ({@link #titleHolder}). */
        List<ActorMention> articleMentions = List.of();

        /** The country of the first place introduced by في / بـ in the sentence, as an actor; or null. */
        private ActorMention placeActor() {
            if (!placeLooked) {
                placeLooked = true;
                for (PlaceMention pm : places.apply(sentence)) {
                    if (pm.preposition() == PlaceMention.FI || pm.preposition() == PlaceMention.BI) {
                        String iso3 = pm.place().country();
                        placeActor = new ActorMention(pm.firstToken(), pm.endToken(), pm.span(), iso3, "GPE", null,
                                pm.place().nameEn(), "place", ActorMention.Form.NAMED, sentence, "");
                        break;
                    }
                }
            }
            return placeActor;
        }

        /**
         * Two different actors: different states, or two sectors of one state that both carry a role
         * (YEMGOV and YEMREB fight each other; PRKGOV and PRK are the same side). A visit is always
         * between different states.
         */
        private boolean distinctActors(ActorMention x, ActorMention y, boolean visit) {
            if (x.primary() == null || y.primary() == null) {
                return x != y && !x.code().equals(y.code()); // role-only agents: different roles are different actors
            }
            if (!x.primary().equals(y.primary())) {
                return true;
            }
            if (visit) {
                return false;
            }
            if (x.role() != null && y.role() != null) {
                return !x.role().equals(y.role());
            }
            // the state itself (TUR, «قصف تركي») against its own rebels or people (TURREB) — not against its
            // own government (PRK and PRKGOV are one side)
            String role = x.role() != null ? x.role() : y.role();
            return role != null && NON_STATE_ROLES.contains(role);
        }

        /**
         * Whether the mention is a state's government, army, police or intelligence (not its country or people). A lone
         * noun of membership (modifiers.tsv member: «أعضاء»، «مسؤول») is not one by itself: the agents dictionary gives it
         * a government's role by default, but whose members they are is told by what follows («أعضاء منظمة معادية
         * للزنوج»).
         */
        private boolean stateOrgan(ActorMention m) {
            return m.role() != null && STATE_ROLES.contains(m.role()) && !membershipNoun(m);
        }

        private boolean membershipNoun(ActorMention m) {
            if (m.end() - m.first() != 1 || !tokens.get(m.first()).isWord()) {
                return false;
            }
            return modifiers.is(tokens.get(m.first()).segments().get(0).stem(), Modifiers.Kind.MEMBER);
        }

        private boolean participant(ActorMention m) {
            return m.isActor() && !"MED".equals(m.role());
        }

        /**
         * A person named by a media title (agents.tsv MED title: صحافي، مراسل; not an outlet) as the object of an act of
         * coercion or force (roots 17–20): a journalist reports nothing when he is arrested or killed, he is the
         * victim («إيران تحتجز ... مراسل «واشنطن بوست»»، «اعتقلت الصحافي في وكالة الأنباء اليمنية»). His
         * nationality adjective gives the country (صحافي أميركي, USAMED).
         */
        private boolean coercedPerson(ActorMention m, Cue c) {
            return m.isActor() && "MED".equals(m.role()) && m.entry() != null && m.entry().title()
                    && COERCIVE_ROOTS.contains(c.pattern().root());
        }

        /** The subject of a verb at {@code head}: SVO (an actor right before it) or VSO (the first actor after). */
        private List<ActorMention> subject(int head, int end, boolean verb) {
            return subject(head, end, verb, false);
        }

        private List<ActorMention> subject(int head, int end, boolean verb, boolean conjoined) {
            if (pronounSubject(head)) {
                // وإنها اعتقلت مواطنين: the subject is the pronoun on إنّ; what follows the verb is its object. Its
                // referent is the subject in play, unless the reporting verb before it names a speaker no dictionary knows
                return unknownSpeakerOfPronoun(head) ? List.of() : !lastSubject.isEmpty() ? lastSubject : carried;
            }
            // نوري المالكي الذي اتهم السعودية: the antecedent of the relative pronoun is the subject
            if (head - 1 >= a && clauseBreaks.isRelativePronoun(tokens.get(head - 1).norm())) {
                List<ActorMention> own = after(end, 3, true);
                if (!own.isEmpty() && resumptive(head, own.get(0).first())) {
                    return own; // البشير الذي وجهت له المحكمة اتهامات: the verb has its own subject
                }
                ActorMention antecedent = antecedentOf(head - 1);
                if (antecedent != null && participantOrAgent(antecedent)) {
                    return List.of(antecedent);
                }
            }
            // SVO: an actor ending right before the verb, not governed by a preposition (not before a verb joined by
            // و: «المعارضة التي ترفض داعش وتقاتلها»، the actor closes the clause before, as its object — unless the verb
            // of that clause already has its object as a pronoun, see objectPronounVerbBefore)
            for (int k = mentions.size() - 1; k >= 0; k--) {
                ActorMention m = mentions.get(k);
                if (m.end() > head) {
                    continue;
                }
                if (!gapIs(m.end(), head, SUBJECT_GAP) || !participantOrAgent(m)
                        || prepositional(m) && (memberAt(m) < 0 || !wordsOnly(m.end(), head))) {
                    // (not «قائدا كبيرا في البحرية السعودية زار»: the member's body is the subject; but not past a
                    // quotation mark: «وأوضح مسؤول في الشرطة «لقد احتجزوا» quotes the speaker on what others did)
                    break;
                }
                List<ActorMention> group = new ArrayList<>();
                group.add(m);
                // coordinated subjects before it: روسيا وكوريا الشمالية ترتبطان
                ActorMention cur = m;
                for (int j = k - 1; j >= 0 && cur.prefix().startsWith("و"); j--) {
                    ActorMention prev = mentions.get(j);
                    if (!gapIs(prev.end(), cur.first(), Set.of()) || !participantOrAgent(prev)) {
                        break;
                    }
                    group.add(0, prev);
                    cur = prev;
                }
                if (prepositional(group.get(0)) && memberAt(group.get(0)) < 0) {
                    break; // المهاجرين من أفريقيا والشرق الأوسط يهددون: the list is governed by من
                }
                if (conjoined && (!objectPronounVerbBefore(group.get(0).first()) || ownSubjectAfter(head, end))) {
                    break;
                }
                int backing = backingPhraseBefore(group.get(0));
                if (backing >= 0) {
                    // «فالمتمردون المدعومون من جهات إقليمية مثل إيران يقصفون المدنيين»، «القوى الانفصالية الجنوبية
                    // المتحالفة مع التحالف الذي تقوده السعودية اعتقلت قياديا»: the actor before the verb stands in a
                    // phrase of backing or alliance (modifiers.tsv backer) of the subject's noun phrase; the head noun
                    // before that phrase is the subject, none when no dictionary knows it. A phrase that opens the
                    // clause («وبدعم من ... تمكن المقاتلون») leaves the subject to be found after the verb
                    ActorMention headNoun = actorEndingAt(backing);
                    if (headNoun != null && participantOrAgent(headNoun)) {
                        return List.of(headNoun);
                    }
                    if (backing > a && tokens.get(backing - 1).isWord()) {
                        return List.of();
                    }
                    break;
                }
                return group;
            }
            List<ActorMention> vso = after(end, 3, true);
            if (!vso.isEmpty() && accusativeMember(vso.get(0)) && !counted(vso.get(0))) {
                // «واعتقل قياديا في الحركة»: a member in the accusative after the verb is its object, and so is the
                // body it stands for; the subject is the one in the verb (before the verb, after إنّ, the accusative
                // is the subject: «إن قائدا كبيرا في البحرية السعودية زار», read above). Not when counted: after a
                // number the accusative only names what is counted («قتل 15 عنصرا من تنظيم داعش»), read below
                return List.of();
            }
            return vso;
        }

        /**
         * Whether the noun of membership an actor stands for (see {@link #memberAt}) ends in the alef of the indefinite
         * accusative (قياديا، مسؤولا، عنصرا): its listed form less that alef is a member form too (قيادي).
         */
        private boolean accusativeMember(ActorMention m) {
            int i = memberAt(m);
            if (i < 0 || tokens.get(i).kind() == org.marsad.text.TokenKind.NUMBER) {
                return false;
            }
            String stem = tokens.get(i).segments().get(0).stem();
            return stem.length() > 2 && stem.charAt(stem.length() - 1) == 'ا'
                    && modifiers.is(stem.substring(0, stem.length() - 1), Modifiers.Kind.MEMBER);
        }

        /**
         * Whether a verb cue carries a third-person object pronoun (تدعمهم، تستضيفهم، احتجزتهم) and stands right after
         * an actor with no relative pronoun between: an indefinite noun's clause of description («مقاتلين تدعمهم
         * الولايات المتحدة»), whose pronoun repeats that noun as the object. Its subject is taken only when it follows
         * at once: a perfect verb with a pronoun reads like a masdar with a possessive («شكره لسعادة مدير عام الخطوط
         * السعودية»), whose next actor is no subject.
         */
        private boolean objectPronounOn(Cue c) {
            // not after و/ف: «تدخل ايران في العراق ودعمها» is a masdar with its possessive, joined to the one before
            return c.isVerb() && c.reading().prefix().isEmpty() && OBJECT_PRONOUNS.contains(c.reading().suffix())
                    && !captiveAt(c.end()) && pronounAntecedent(c.head()) != null;
        }

        /**
         * Whether the word at {@code i} is a noun of captivity (modifiers.tsv captive): after a verb of holding it is
         * the state of the object («كانت الحركة المتطرفة تحتجزهم رهائن»), so it is no subject standing after the verb.
         */
        private boolean captiveAt(int i) {
            return i < b && tokens.get(i).isWord() && modifiers.is(tokens.get(i).norm(), Modifiers.Kind.CAPTIVE);
        }

        /** The actor ending right before a verb (past agreeing adjectives), as the object its pronoun repeats, or null. */
        private ActorMention pronounAntecedent(int head) {
            if (head - 1 < a || !tokens.get(head - 1).isWord() || clauseBreaks.isRelativePronoun(tokens.get(head - 1).norm())) {
                return null;
            }
            ActorMention m = antecedentOf(head);
            return m != null && participantOrAgent(m) ? m : null; // «مقاتلين تدعمهم»: an agent with no country yet
        }

        /** Third-person object pronouns a verb may carry (تقوده، تقودها، يدعمهم، يدعمهما). */
        private static final Set<String> OBJECT_PRONOUNS = Set.of("ه", "ها", "هم", "هما");
        /** Proclitics a verb may carry; an article or a preposition (لدعمه، بقيادتها) makes the word a noun. */
        private static final Set<String> VERB_PREFIXES = Set.of("", "و", "ف", "س", "وس", "فس");

        /**
         * Whether the word right before {@code first} reads as an imperfect verb with an object pronoun (تقوده،
         * يؤيدها): then the actor at {@code first} cannot be its object and is its VSO subject, which a verb joined to
         * it by و shares («لتحالف تقوده الولايات المتحدة ويقصف التنظيم»: the US shells the organization). Only the
         * imperfect, whose ي or ت sets it apart: a perfect verb with a pronoun reads like a noun with a possessive
         * (سلمهم، نشاطه، مقرها), and a preposition takes pronouns too (يسيطر عليها تنظيم الدولة). A stem ending in ه
         * is a noun with ة before the pronoun (قيادته).
         */
        private boolean objectPronounVerbBefore(int first) {
            if (first - 1 < a || !tokens.get(first - 1).isWord()) {
                return false;
            }
            for (Segment s : tokens.get(first - 1).segments()) {
                if (OBJECT_PRONOUNS.contains(s.suffix()) && VERB_PREFIXES.contains(s.prefix())
                        && (s.stem().startsWith("ي") || s.stem().startsWith("ت")) && !s.stem().endsWith("ه")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The و-verb carries an object pronoun itself and an actor follows it: that actor is its own VSO subject
         * («غارات تقودها السعودية وتدعمها الولايات المتحدة»: the US backs them, not Saudi Arabia the US).
         */
        private boolean ownSubjectAfter(int head, int end) {
            return OBJECT_PRONOUNS.contains(tokens.get(head).segments().get(0).suffix()) && !after(end, 3, true).isEmpty();
        }

        /**
         * Whether the verb cue was read with the conjunction و (وتقاتلها، واعتقلت): it goes on from a clause before,
         * whose subject it shares. Not ف, which also opens the predicate of «أما X فـ» («أما كليمكين فاتهم روسيا»:
         * the topic is the subject).
         */
        private static boolean conjoined(Cue c) {
            return c.isVerb() && c.reading().prefix().startsWith("و");
        }

        /** Words of an adverbial of place that may stand between a VSO subject and its object. */
        private static final Set<String> PLACE_PREPOSITIONS = Set.of("في", "ب", "لدي");
        /** How many tokens an adverbial between a VSO subject and its object may take. */
        private static final int ADVERBIAL_REACH = 10;

        /**
         * A title no dictionary ties to a country (فخامة الرئيس), followed right away, with no punctuation, by one to
         * three words of a name nobody knows (ماكي سال) and then by a title with a country: that title is the first
         * one's apposition and names who it is («فخامة الرئيس ماكي سال رئيس جمهورية السنغال» is SENGOV). Null otherwise.
         */
        private ActorMention namedInApposition(ActorMention m) {
            if (m.form() != ActorMention.Form.AGENT_ONLY || m.entry() == null || !m.entry().title()) {
                return null; // a title, which names one person (الرئيس), not a group (السكان)
            }
            for (ActorMention n : mentions) {
                if (n.first() < m.end()) {
                    continue;
                }
                boolean title = n.why() != null && (n.why().startsWith("agent") || n.why().startsWith("title"));
                return n.first() > m.end() && bareNameWords(m.end(), n.first()) && title && participant(n)
                        && n.code() != null && !n.prefix().startsWith("و") && !prepositional(n) ? n : null;
            }
            return null;
        }

        /** How many words of a name no dictionary knows may stand between a title and its apposition. */
        private static final int UNKNOWN_NAME_WORDS = 3;

        /** At most {@link #UNKNOWN_NAME_WORDS} bare words (no article, no clitic: a name) in [from, to). */
        private boolean bareNameWords(int from, int to) {
            if (to - from > UNKNOWN_NAME_WORDS) {
                return false;
            }
            for (int i = from; i < to; i++) {
                Token t = tokens.get(i);
                if (!t.isWord() || !t.segments().get(0).prefix().isEmpty() || STANDALONE_PREPS.contains(t.norm())) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Where a VSO verb's object may start, after its subject ends at {@code from}: past the subject's appositions
         * (titles and names right after it with its code, or titles no dictionary ties to a country: «استقبل خادم
         * الحرمين الشريفين الملك سلمان ... معالي وزير الدفاع الأمريكي») and, when {@code adverbial}, past an adverbial
         * of place and time closed by a comma («التقى بحاح ...، أمس في مقر الحكومة اليمنية المؤقت في الرياض، أنور
         * قرقاش»؛ «استقبل أمير دولة قطر ... في قصره مساء أول من أمس، وزير الخارجية»). The adverbial holds a place
         * preposition (في، بـ، لدى) and none of the verb's target prepositions, no event or reporting verb, and no actor
         * but in a phrase of place (مقر الحكومة اليمنية، بالرياض).
         */
        private int objectStart(ActorMention subject, int from, Frame f, boolean adverbial) {
            int i = from;
            for (ActorMention m : mentions) {
                if (m.end() <= i || m.first() < i) {
                    continue;
                }
                boolean apposition = m.first() == i && !prepositional(m) && !m.prefix().startsWith("و")
                        && (m.form() == ActorMention.Form.AGENT_ONLY || m.code() != null && m.code().equals(subject.code()));
                if (!apposition) {
                    break;
                }
                i = m.end();
            }
            if (!adverbial) {
                return i;
            }
            int start = i < b && tokens.get(i).isPunct() && LIST_COMMAS.contains(tokens.get(i).norm()) ? i + 1 : i;
            boolean placePreposition = false;
            for (int k = start; k < Math.min(b, start + ADVERBIAL_REACH); k++) {
                Token t = tokens.get(k);
                if (t.isPunct()) {
                    boolean closes = LIST_COMMAS.contains(t.norm()) && k > start && placePreposition;
                    return closes ? k + 1 : i;
                }
                if (verbAt.length > 0 && verbAt[k - a]) {
                    return i;
                }
                String glued = gluedPreposition(t.segments().get(0).prefix());
                String prep = STANDALONE_PREPS.contains(t.norm()) ? t.norm() : glued;
                if (prep != null && f.targetPreps().contains(prep)) {
                    return i; // «رحب الائتلاف بقرار مجلس الأمن»: a phrase with a target preposition holds the target
                }
                if (prep != null && PLACE_PREPOSITIONS.contains(prep)) {
                    placePreposition = true;
                }
                for (ActorMention m : mentions) {
                    if (m.first() == k) {
                        String of = prepositionOf(m);
                        if (of == null || !PLACE_PREPOSITIONS.contains(of) || of.equals("ب") && !isPlace(m)) {
                            return i;
                        }
                    }
                }
            }
            return i;
        }

        /**
         * VSO with the target's prepositional phrase first: «وصل إلى القاهرة أمير دولة الكويت»، «اجتمع بالرئيس
         * الأمريكي وزير الخارجية». The verb's frame says which prepositions introduce its target; an actor right after
         * the verb with one of them is that target, and the actor right after it (no preposition, no punctuation) is
         * the subject. A city after بـ is where, not with whom, and ends the search.
         */
        private List<ActorMention> subjectAfterTargetPhrase(Cue c, Frame f) {
            if (f.targetPreps().isEmpty()) {
                return List.of();
            }
            for (ActorMention m : mentions) {
                if (m.first() < c.end()) {
                    continue;
                }
                if (m.first() - c.end() > 1 || crossesPunct(c.end(), m.first())) {
                    return List.of();
                }
                String prep = prepositionOf(m);
                if (prep == null || !f.targetPreps().contains(prep) || prep.equals("ب") && "LOC".equals(m.type())
                        || !participant(m)) {
                    return List.of();
                }
                List<ActorMention> target = withCoordinated(m);
                return after(target.get(target.size() - 1).end(), 3, true); // not after ومع: one more target
            }
            return List.of();
        }

        /**
         * A resumptive pronoun between a relative clause's verb and the actor after it (الذي وجهت له
         * المحكمة، الذي اتهمته واشنطن) shows that actor is the verb's own subject; without one
         * (المالكي الذي اتهم السعودية) the actor is the object and the antecedent the subject.
         */
        private boolean resumptive(int head, int actorStart) {
            Token verb = tokens.get(head);
            if (!verb.segments().get(0).suffix().isEmpty()) {
                return true;
            }
            for (int i = head + 1; i < actorStart; i++) {
                if (RESUMPTIVE.contains(tokens.get(i).norm())) {
                    return true;
                }
            }
            return false;
        }

        /** إنها، أنه، لكنهم ... (possibly with قد) right before the verb: a pronoun is the subject. */
        private boolean pronounSubject(int head) {
            int i = particleBefore(head);
            if (i < a || !tokens.get(i).isWord()) {
                return false;
            }
            String w = tokens.get(i).norm();
            for (String particle : new String[] {"ان", "وان", "فان", "لان", "لكن", "ولكن"}) {
                if (w.startsWith(particle) && w.length() > particle.length()) {
                    String pronoun = w.substring(particle.length());
                    if (pronoun.equals("ه") || pronoun.equals("ها") || pronoun.equals("هم") || pronoun.equals("هما")
                            || pronoun.equals("هن")) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The token where a particle before the verb at {@code head} would stand: right before it, or before قد / لقد. */
        private int particleBefore(int head) {
            int i = head - 1;
            if (i >= a && (tokens.get(i).norm().equals("قد") || tokens.get(i).norm().equals("لقد"))) {
                i--;
            }
            return i;
        }

        /**
         * Whether the pronoun on إنّ / أنّ that is the subject of the verb at {@code head} ({@link #pronounSubject})
         * stands for a speaker no dictionary knows: «وقال سميع الحق، إنه دعا الرئيس الجديد للحركة»، «وقال طاهر إنه يناشد
         * الرئيس اليمني». The nearest reporting verb before the particle, at most {@link #SPEAKER_NAME_REACH} tokens
         * before it with no other verb between, has its own subject there — words before the particle, the first of
         * them no preposition or phrase of one (أشار إلى أنه، قال في بيان إنه، أكد لي أنه), no word that may stand
         * between a subject and its verb (ذكر أيضا أنه، أضاف أمس أنه) nor a noun of time — and none of those words is
         * in an actor mention (a speaker the dictionaries know is already the subject in play: {@link #noteSpeaker}).
         * Then the subject in play or the one carried from the sentence before is someone else, and so is an actor
         * after the verb: the verb's subject is unknown.
         */
        private boolean unknownSpeakerOfPronoun(int head) {
            int particle = particleBefore(head);
            int verb = -1;
            for (int[] r : reporting) {
                if (r[1] == 1 && r[0] < particle) {
                    verb = r[0];
                }
            }
            if (verb < 0 || particle - verb > SPEAKER_NAME_REACH) {
                return false;
            }
            int first = -1;
            for (int k = verb + 1; k < particle; k++) {
                if (verbAt[k - a] || inMention[k - a]) {
                    return false;
                }
                if (first < 0 && tokens.get(k).isWord()) {
                    first = k;
                }
            }
            if (first < 0) {
                return false; // «وقال إنه»: the speaker is the subject in play
            }
            Token w = tokens.get(first);
            Segment s = w.segments().get(0);
            return !(PHRASE_PREPOSITIONS.contains(w.norm()) || PHRASE_PREPOSITIONS.contains(s.stem())
                    || s.preposition() != 0 || SUBJECT_GAP.contains(w.norm()) || BARE_REPORTING_WORDS.contains(w.norm())
                    || modifiers.is(w.norm(), Modifiers.Kind.TIME_NOUN));
        }

        /**
         * Citizens or nationals named near the cue (مواطنين، المواطنين), or null: the people a state acts on are its own.
         */
        private ActorMention citizensNamed(Cue c) {
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
        private ActorMention heldCitizens(ActorMention citizens, ActorMention agent, ActorMention place) {
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

        /** «الجانبين / الطرفين / البلدين» alone, when a bilateral event before gave two parties. */
        private boolean twoSides(ActorMention m) {
            return m.form() == ActorMention.Form.AGENT_ONLY && lastPair.size() == 2 && m.end() - m.first() == 1
                    && TWO_SIDES.contains(tokens.get(m.first()).norm().replaceFirst("^(و|ف|ب|ل)?ال", ""));
        }

        /** A country or a city after a preposition of place (في موسكو، بالرياض، لدى): where an act happens. */
        private boolean whereItHappens(ActorMention m) {
            String of = prepositionOf(m);
            return isPlace(m) && of != null && PLACE_PREPOSITIONS.contains(of);
        }

        /** A country or a city standing for it (not a person, agent or organization). */
        private boolean isPlace(ActorMention m) {
            return "GPE".equals(m.type()) && m.why().equals("name") || "LOC".equals(m.type());
        }

        /**
         * A masdar followed by two actors each with لـ (or لـ then إلى): the first is the agent, the
         * second the one the act is directed to (زيارة لولي العهد لمصر). Not when the second is joined to the first by و:
         * then both are the ones addressed.
         */
        private List<ActorMention> lamAgent(Cue c) {
            ActorMention first = null;
            for (ActorMention m : mentions) {
                if (m.first() <= c.last()) {
                    continue;
                }
                if (m.first() - c.last() > 4 && first == null) {
                    return List.of();
                }
                String prep = prepositionOf(m);
                if (first == null) {
                    if (!"ل".equals(prep) || !participant(m) || isPlace(m)) {
                        return List.of();
                    }
                    first = m;
                } else {
                    // (not a second لـ joined by و: «خالص التعازي والمواساة لخادم الحرمين الشريفين ولذوي الشهداء وللشعب
                    // السعودي» lists the ones addressed; the first of them is no agent)
                    return ("ل".equals(prep) || "الي".equals(prep)) && participant(m) && m.first() - first.end() <= 2
                            && !m.prefix().startsWith("و") ? List.of(first) : List.of();
                }
            }
            return List.of();
        }

        /**
         * The agent of an indefinite masdar of an attack (modifiers.tsv agent-lam: هجوم، غارات، قصف) named after لـ,
         * right after the masdar or after one nisba adjective («قصف مدفعي للحوثيين»، «غارة جوية لقوات التحالف»): that
         * actor and the actors coordinated with it, when it is a party (not a place: «قصف لحلب»).
         */
        private List<ActorMention> attackLamAgent(Cue c) {
            Segment r = c.reading();
            if (!r.suffix().isEmpty() || r.hasArticle() || !modifiers.is(r.stem(), Modifiers.Kind.AGENT_LAM)) {
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
        private List<ActorMention> alliesNamed(Cue c, int from) {
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
            if (modifiers.is(tokens.get(i).norm(), Modifiers.Kind.SIDE)) {
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
                    && modifiers.is(w.substring(1), Modifiers.Kind.ATTACK_MEANS);
        }

        /**
         * Whether {@code m} is the agent an indefinite masdar of an attack names after لـ («هجمات لحزب العمال»، «قصف
         * مدفعي للحوثيين»; modifiers.tsv agent-lam), as {@link #attackLamAgent} reads it from the masdar's side.
         */
        private boolean lamAttacker(ActorMention m) {
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
                if (r.suffix().isEmpty() && !r.hasArticle() && modifiers.is(r.stem(), Modifiers.Kind.AGENT_LAM)) {
                    return true;
                }
            }
            return false;
        }

        /** A bare nisba adjective (جوي، مدفعية، انتحاريا): no article, no proclitic, ending in ي، ية or يا. */
        private static boolean nisbaAdjective(Token t) {
            if (!t.isWord() || t.segments().get(0).hasArticle() || !t.segments().get(0).prefix().isEmpty()) {
                return false;
            }
            String w = t.norm();
            return w.length() > 2 && (w.endsWith("ي") || w.endsWith("يه") || w.endsWith("يا"));
        }

        /**
         * The agent of a passive or of a masdar, named after a two-word phrase of modifiers.tsv agent-phrase (من قبل،
         * على يد / أيدي) or agent-phrase-of-act (من جانب) in the cue's clause
         * (within {@link #PASSIVE_AGENT_REACH} tokens of its last word, before any punctuation, colon or other
         * cue: «لزيارة ساركوزي: الأولى استقباله من قبل رئيس الجمهورية» names who received him, not who visited).
         */
        private List<ActorMention> passiveAgent(Cue c, Frame f) {
            // «من جانب» names the agent only of a masdar or of a verb read as passive or suffered: after an active
            // verb or a fixed phrase it is "on the part of" a noun in between («استدعت سفيرها ... بعد ما وصفته بتكرار
            // التصريحات العدائية من جانب مسؤولين إيرانيين»، «يصر دائنو اليونان على "تعاون جيد جدا" من جانب أثينا»)
            boolean actedUpon = c.pattern().kind() == 'N' || f.passive() || f.patient();
            int end = Math.min(b - 2, c.last() + PASSIVE_AGENT_REACH);
            for (int i = c.last() + 1; i < end; i++) {
                Token t = tokens.get(i);
                if (t.isPunct() && (!QUOTES.contains(t.norm()) || t.norm().equals(":")) || verbAt[i - a]
                        || cueAt(i) != null && !c.words().contains(i)) {
                    return List.of();
                }
                if (modifiers.phraseEndsAt(tokens, i, i + 1, Modifiers.Kind.AGENT_PHRASE)
                        || actedUpon && modifiers.phraseEndsAt(tokens, i, i + 1, Modifiers.Kind.AGENT_PHRASE_OF_ACT)) {
                    int name = i + 2;
                    while (name < b && tokens.get(name).isPunct() && QUOTES.contains(tokens.get(name).norm())) {
                        name++; // من قبل «النصرة»
                    }
                    for (ActorMention m : mentions) {
                        if (m.end() <= name) {
                            continue; // (a mention may open with the phrase's own noun: «من جانب المعارضة التركية»)
                        }
                        if (m.first() >= name + ATTRIBUTED_NOUN_GAP || anyPunct(name, m.first())) {
                            return List.of();
                        }
                        if (participant(m)) {
                            // «هجمات من قبل اللجان الشعبية للحوثيين»: an agent noun with no country of its own may
                            // stand before the actor it belongs to, as after a phrase of attribution
                            return withCoordinated(m);
                        }
                    }
                    return List.of();
                }
            }
            return List.of();
        }

        /**
         * The subject of a verb of going on or stepping up (modifiers.tsv aspect-verb) whose object the masdar at
         * {@code c} is: the verb stands at most {@link #ASPECT_REACH} tokens before it, in the same clause (a comma
         * only inside the subject's own words: «جددت طائرات التحالف العربي الذي تقوده السعودية، غاراتها»), and at
         * most {@link #ASPECT_GAP} words (من، a relative clause) stand between its subject and the masdar.
         */
        private List<ActorMention> aspectSubject(Cue c) {
            int verb = governingVerb(c.head(), Modifiers.Kind.ASPECT_VERB);
            return verb < 0 ? List.of() : governingVerbSubject(verb, c.head());
        }

        /**
         * The subject of a light verb (modifiers.tsv light-verb: قام/يقوم) whose بـ-complement the masdar at {@code c}
         * is: «قامت قوات الأمن السعودية باعتقال خمسة من عناصر تنظيم داعش» is the forces' arrest. The بـ is glued on the
         * masdar itself; the verb stands before it in the same clause, its subject between them (VSO) or before it,
         * as for the verbs of going on ({@link #governingVerbSubject}). Not a masdar with the article: «قام بالعمل
         * نفسه» names an act already told.
         */
        private List<ActorMention> lightVerbSubject(Cue c) {
            if (c.reading().hasArticle() || !"ب".equals(gluedPreposition(c.reading().prefix()))) {
                return List.of();
            }
            int verb = governingVerb(c.head(), Modifiers.Kind.LIGHT_VERB);
            return verb < 0 || negatedWord(verb) ? List.of()
                    : governingVerbSubject(verb, c.head());
        }

        /**
         * Whether the verb cue at {@code c} carries a glued بـ: no verb does, so it is the masdar a first-measure verb
         * shares with its bare past, found only as a light verb's complement («تقوم بقصف»، «قاموا بقتل»: CueFinder).
         * Its agent is the light verb's subject, never a word the verb's own frame would read as its subject.
         */
        private boolean masdarSpelledAsVerb(Cue c) {
            return c.isVerb() && "ب".equals(gluedPreposition(c.reading().prefix()));
        }

        /**
         * Whether a negation (modifiers.tsv negation) stands in the two words before token {@code i}: «ضمان عدم قيام
         * حركة الشباب ... بأعمال عنف» asks that no violence be done. The act then stays as the base reads it (referred to).
         */
        private boolean negatedWord(int i) {
            for (int k = i - 1; k >= Math.max(a, i - 2); k--) {
                if (tokens.get(k).isWord() && modifiers.is(tokens.get(k).norm(), Modifiers.Kind.NEGATION)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Where the verb of managing (modifiers.tsv able-verb) stands that governs the act at {@code c} through one of
         * its prepositions (able-preposition) right before it: «تمكنت المقاومة الشعبية من قتل»، «الثوار تمكنوا من
         * قتل»; -1 when there is none.
         */
        private int ableVerb(Cue c) {
            int preposition = c.head() - 1;
            return preposition > a && tokens.get(preposition).isWord()
                    && modifiers.is(tokens.get(preposition).norm(), Modifiers.Kind.ABLE_PREPOSITION)
                    ? governingVerb(preposition, Modifiers.Kind.ABLE_VERB) : -1;
        }

        /**
         * The verb of {@code kind} (aspect-verb, able-verb) that governs what starts at {@code object}: at most
         * {@link #ASPECT_REACH} tokens before it in the same clause; -1 when there is none.
         */
        private int governingVerb(int object, Modifiers.Kind kind) {
            for (int k = object - 1; k >= Math.max(a, object - ASPECT_REACH); k--) {
                Token t = tokens.get(k);
                if (verbAt[k - a] || t.isPunct() && !LIST_COMMAS.contains(t.norm())) {
                    return -1; // another clause: its verb or its sentence punctuation comes first
                }
                if (t.isWord() && (kind != Modifiers.Kind.ASPECT_VERB || modifiers.mayBeAspectVerb(t))
                        && modifiers.is(t.segments().get(0).stem(), kind)) {
                    return k;
                }
            }
            return -1;
        }

        /**
         * The subject of the governing verb at {@code verb} whose object starts at {@code object}: a named party, at
         * most {@link #ASPECT_GAP} words before the object, with no prepositional phrase between.
         */
        private List<ActorMention> governingVerbSubject(int verb, int object) {
            if (pronounSubject(verb)) {
                return List.of(); // «لكنهم يواصلون هجماتهم»: the subject is a pronoun, its referent is not named here
            }
            List<ActorMention> s = subject(verb, verb + 1, true);
            if (s.isEmpty() || !participant(s.get(0)) || s.get(s.size() - 1).end() > object) {
                return List.of();
            }
            int from = s.get(0).first() > verb ? s.get(s.size() - 1).end() : verb + 1;
            // the masdar is the verb's object only with no prepositional phrase before it: not «بدأت تركيا
            // عمليات ضد داعش في أعقاب تفجير»، «تستأنف فرنسا وإيران علاقات طبيعية بعد توقيع الاتفاق»
            return object - from <= ASPECT_GAP && !prepositionBetween(from, object) ? s : List.of();
        }

        /** Whether the sentence names an armed group that belongs to no country (IMG: ISIS, al-Qaeda). */
        private boolean namesStatelessGroup() {
            for (ActorMention m : mentions) {
                if (m.primary() != null && m.primary().startsWith("IMG")) {
                    return true;
                }
            }
            return false;
        }

        /** A state, its government or its forces (not its rebels or people), of another country than {@code place}. */
        private boolean foreignState(ActorMention m, ActorMention place) {
            String role = m.role();
            boolean state = role == null ? bareCountry(m) : STATE_ROLES.contains(role);
            return state && m.primary() != null && !m.primary().equals(place.primary());
        }

        /**
         * Whether the mention stands in the genitive of a noun of what an attack hits (modifiers.tsv
         * {@code target-noun}): right after it («أهداف داعش»، «ومواقع وحواجز التنظيم»), or after at most two words
         * that tie an owner to it — a لـ word, تابعة, a nisba adjective — and quotation marks («مواقع لتنظيم ” داعش”»،
         * «مواقع تابعة للقوات السورية»، «مواقع عسكرية للحوثيين»). A preposition or other punctuation ends the look.
         */
        private boolean ownsWhatIsHit(ActorMention m) {
            int words = 0;
            for (int i = m.first() - 1; i >= a && words <= OWNER_LINKS; i--) {
                Token t = tokens.get(i);
                if (t.isPunct()) {
                    if (!QUOTES.contains(t.norm()) || t.norm().equals(":")) {
                        return false;
                    }
                    continue;
                }
                String w = t.norm();
                String bare = w.startsWith("و") ? w.substring(1) : w;
                String noLam = bare.startsWith("ل") ? bare.substring(1) : bare; // «الضربات التركية لقواعد داعش»
                if (modifiers.is(w, Modifiers.Kind.TARGET_NOUN) || modifiers.is(bare, Modifiers.Kind.TARGET_NOUN)
                        || modifiers.is(noLam, Modifiers.Kind.TARGET_NOUN)) {
                    return true;
                }
                if (!(w.startsWith("ل") || bare.startsWith("تابع") || bare.startsWith("التابع")
                        || bare.endsWith("ية") || bare.endsWith("يه") || bare.endsWith("ي"))) {
                    return false;
                }
                words++;
            }
            return false;
        }

        /**
         * The token of an attack noun that a killing at {@code c} happened in: «في غارة»، «جراء غارات»
         * (modifiers.tsv {@code killed-in}), in the same clause within {@link #KILLED_IN_REACH} tokens, with no actor
         * between but the victim's own side (an actor of another side there is the object of an active verb: «قتلت
         * القوات الأمريكية زعيم القاعدة في غارة»). -1 if none.
         */
        private int attackAfter(Cue c, ActorMention victim) {
            int end = Math.min(b, c.last() + 1 + KILLED_IN_REACH);
            for (int i = c.last() + 1; i < end; i++) {
                Token t = tokens.get(i);
                if (t.isPunct() && !QUOTES.contains(t.norm()) || verbAt[i - a]) {
                    return -1;
                }
                Cue attack = cueAt(i);
                if (attack != null && !attack.isVerb() && VIOLENT_ROOTS.contains(attack.pattern().root())) {
                    // (not بـ glued to the noun: «قصف قوات النظام لمدن درعا بالبراميل» names the weapon)
                    boolean bound = i - 1 >= a && modifiers.is(tokens.get(i - 1).norm(), Modifiers.Kind.KILLED_IN);
                    return bound && onlySideBetween(c.last() + 1, i, victim) ? i : -1;
                }
            }
            return -1;
        }

        /**
         * The one whose thing the cue's target preposition governs ({@link Frame#owner}): a protest is against whoever
         * said, decided or did what it protests. The preposition right after the cue (or its subject) governs a word
         * that is no actor; the first actor after that word in the same phrase (no punctuation but quotation marks,
         * no verb, no other preposition, no و) is its owner when it is that word's nationality adjective («احتجاجا على
         * الغارات الجوية التركية»), its genitive («احتجاجا على تصريحات خامنئي») or comes with لـ («احتجاجا على
         * "التصريحات العدائية" لعدد من المسؤولين الايرانيين»). The genitive of an act done to someone (a masdar of
         * coercion or violence: «احتجاجا على قتل سليمان الأسد») is its victim, not the one protested against.
         */
        private ActorMention ownerOfComplement(int from, int reach, Frame f) {
            if (from >= reach || !tokens.get(from).isWord()) {
                return null;
            }
            Token p = tokens.get(from);
            int thing;
            if (f.targetPreps().contains(p.norm())) {
                thing = from + 1; // على، ضد
            } else if (gluedPreposition(p.segments().get(0).prefix()) != null
                    && f.targetPreps().contains(gluedPreposition(p.segments().get(0).prefix()))) {
                thing = from; // بالاتفاق
            } else {
                return null;
            }
            while (thing < reach && tokens.get(thing).isPunct() && QUOTES.contains(tokens.get(thing).norm())) {
                thing++;
            }
            if (thing >= reach || !tokens.get(thing).isWord() || verbAt[thing - a]) {
                return null;
            }
            Cue act = cueAt(thing);
            boolean doneToSomeone = act != null && (act.pattern().frame().genitiveObject()
                    || COERCIVE_ROOTS.contains(act.pattern().root()));
            if (act != null && act.pattern().frame().symmetric()) {
                return null; // «احتجاجا على الاتفاق النووي الإيراني»: an agreement or talks have two sides; one named is not its owner
            }
            int i = thing + 1;
            for (ActorMention m : mentions) {
                if (m.end() <= thing) {
                    continue;
                }
                if (m.first() <= thing || m.first() >= reach || m.first() - thing > OWNER_REACH) {
                    return null; // an actor at the word itself is the preposition's own target, not an owner
                }
                for (; i < m.first(); i++) {
                    if (!phraseGoesOn(i)) {
                        return null;
                    }
                }
                // a nationality adjective names the doer of an act (الغارات الجوية التركية), not of a thing that is no
                // act (الاتفاق النووي الإيراني: what it is about); a city or region qualifying the thing tells where
                boolean adjective = m.form() == ActorMention.Form.ADJECTIVE && act != null;
                if (!participant(m) && !(adjective && m.code() != null && !"MED".equals(m.role())) || "LOC".equals(m.type())) {
                    return null;
                }
                String prep = prepositionOf(m);
                if ("من".equals(prep) && ofGroup(m.first() - 1)) {
                    // «لعدد من المسؤولين»: the group's own preposition (none: «تصريحات عدد من المسؤولين») is the actor's
                    prep = gluedPreposition(tokens.get(m.first() - 2).segments().get(0).prefix());
                }
                return adjective || "ل".equals(prep) || prep == null && !doneToSomeone && !m.prefix().startsWith("و")
                        ? m : null;
            }
            return null;
        }

        /**
         * The state's organ that did the act a cue takes as its direct object, named by the act's nationality adjective
         * (a role on an adjective: state-acts.tsv): «دانت الحكومة العراقية الغارات الجوية التركية» condemns Turkey's forces,
         * «رفض التدخل الإيراني» Iran's government. The act stands right at {@code from} (past quotation marks), right after
         * the cue or after a word with the article (not in construct after a noun), with no proclitic but the article,
         * and only agreeing words with the article stand between it and the adjective; null otherwise.
         */
        private ActorMention doerOfObjectAct(Cue c, int from, int reach) {
            int thing = from;
            while (thing < reach && tokens.get(thing).isPunct() && QUOTES.contains(tokens.get(thing).norm())) {
                thing++;
            }
            if (thing >= reach || !tokens.get(thing).isWord() || verbAt[thing - a]) {
                return null;
            }
            if (thing > c.last() + 1 && thing - 1 >= a && tokens.get(thing - 1).isWord()
                    && !tokens.get(thing - 1).segments().get(0).hasArticle()) {
                return null; // «مصادقة كنيست الاحتلال الإسرائيلي»: after a noun in construct the act is its genitive
            }
            for (ActorMention m : mentions) {
                if (m.end() <= thing) {
                    continue;
                }
                if (m.first() <= thing || m.first() >= reach || m.form() != ActorMention.Form.ADJECTIVE || m.role() == null) {
                    return null;
                }
                // «الغارات الجوية التركية»: the act and its agreeing words have the article and nothing else glued on
                // (not «مصادقة كنيست الاحتلال الإسرائيلي», «حول العدوان الهندي»); «غارات تركية»: the noun right before
                if (m.first() == thing + 1 && plainWord(tokens.get(thing))) {
                    return m;
                }
                for (int i = thing; i < m.first(); i++) {
                    if (!withPlainArticle(tokens.get(i))) {
                        return null;
                    }
                }
                return m.first() - thing <= OBJECT_ACT_WORDS ? m : null;
            }
            return null;
        }

        /** How many words the act a cue takes as its object may span before its nationality adjective (القصف المدفعي الجوي). */
        private static final int OBJECT_ACT_WORDS = 3;

        /** A word whose first reading has the article and no other proclitic (الغارات، الجوية). */
        private static boolean withPlainArticle(Token t) {
            return t.isWord() && t.segments().get(0).prefix().equals("ال");
        }

        /** A word whose first reading has no proclitic (غارات). */
        private static boolean plainWord(Token t) {
            return t.isWord() && t.segments().get(0).prefix().isEmpty();
        }

        /**
         * Whether token {@code i} keeps a noun phrase going: a word that is no verb, no preposition but لـ or the
         * partitive من, no و; a quotation mark; a relative pronoun whose verb carries the pronoun of the thing, and that
         * verb («بالتصريحات العدائية التي أطلقها مرشد إيران»: the actor after it is its subject, the thing's author —
         * not «التي استهدفت إيران», whose actor is the object).
         */
        private boolean phraseGoesOn(int i) {
            Token t = tokens.get(i);
            if (t.isPunct()) {
                return QUOTES.contains(t.norm()) && !t.norm().equals(":");
            }
            if (t.isWord() && clauseBreaks.isRelativePronoun(t.norm())) {
                return i + 1 < b && carriesObjectPronoun(tokens.get(i + 1));
            }
            if (i - 1 >= a && tokens.get(i - 1).isWord() && clauseBreaks.isRelativePronoun(tokens.get(i - 1).norm())) {
                return carriesObjectPronoun(t);
            }
            if (!t.isWord() || verbAt[i - a]) {
                return false;
            }
            String prefix = t.segments().get(0).prefix();
            String glued = gluedPreposition(prefix);
            if (prefix.startsWith("و") || prefix.startsWith("ف") || glued != null && !glued.equals("ل")) {
                return false;
            }
            return !STANDALONE_PREPS.contains(t.norm()) || ofGroup(i);
        }

        /** A word read with a pronoun of the third person on it (أطلقها، أصدره): a relative clause's resumptive object. */
        private static boolean carriesObjectPronoun(Token t) {
            if (!t.isWord()) {
                return false;
            }
            for (Segment s : t.segments()) {
                if (OBJECT_PRONOUNS.contains(s.suffix())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Token {@code i} is the partitive من after a noun of a group or a count (modifiers.tsv partitive, count: عدد
         * من، لعدد من) in any of its readings: unlike {@link #partOf}, a word the segmenter also reads whole (لعدد).
         */
        private boolean ofGroup(int i) {
            if (i - 1 < a || !tokens.get(i).isWord() || !tokens.get(i).norm().equals("من") || !tokens.get(i - 1).isWord()) {
                return false;
            }
            for (Segment s : tokens.get(i - 1).segments()) {
                if (s.suffix().isEmpty() && (modifiers.is(s.stem(), Modifiers.Kind.PARTITIVE)
                        || modifiers.is(s.stem(), Modifiers.Kind.COUNT))) {
                    return true;
                }
            }
            return false;
        }

        /** The cue whose head is token {@code i}, or null (a sentence has few cues: a look through them). */
        private Cue cueAt(int i) {
            for (int k = 0; k < cues.size(); k++) {
                if (cues.get(k).head() == i) {
                    return cues.get(k);
                }
            }
            return null;
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
         * Whether the clause أن / إن opens names a subject of its own that no dictionary knows, before the verb cue (قد
         * aside): a definite noun outside every actor mention right before it («إن المهاجرين يهددون»، «أن المركز
         * وقع»), or a phrase of up to {@link #CLAUSE_SUBJECT_REACH} words with no verb and no actor, whose first word
         * carries no pronoun («قال المرصد ... إن نحو ألف سوري بدأوا اعتصاما»، «قالت الشرطة الأمريكية إن مسلحاً من ولاية ألاباما فتح
         * النار»). A first word with a pronoun is the speaker's own («قال تنظيم داعش إنّ مقاتليه هاجموا»، «أعلنت أن
         * طائراتها المقاتلة شنت»): the speaker stays the agent.
         */
        private boolean unknownSubjectBefore(Cue c) {
            int i = c.head() - 1;
            if (i >= a && (tokens.get(i).norm().equals("قد") || tokens.get(i).norm().equals("لقد"))) {
                i--;
            }
            int k = i;
            while (k >= a && i - k < CLAUSE_SUBJECT_REACH && tokens.get(k).isWord() && !verbAt[k - a] && !inMention[k - a]
                    && !CONTENT_PARTICLES.contains(tokens.get(k).norm())) {
                k--;
            }
            if (k < a || k == i || !CONTENT_PARTICLES.contains(tokens.get(k).norm())) {
                return false;
            }
            Segment first = tokens.get(k + 1).segments().get(0);
            return k + 1 == i ? !inMention[i - a] && first.hasArticle() : first.suffix().isEmpty();
        }

        /**
         * Whether a definite noun outside every actor mention stands right after a verb cue whose target follows a
         * preposition (frame {@code target-prep}): «وناقش الدكتور الربيعة مع المسؤول الأممي»، «وأشادت «مقلد»
         * بمشاركة الطلاب»، «وينفذ الطيران التركي غارات». Such a verb takes no direct object, so the noun is its own
         * VSO subject, one the dictionaries do not know: the subject carried from the sentence before, the
         * sentence's subject or the speaker is not it (and a nationality right after the noun, «وينفذ الطيران التركي
         * غارات», makes that nationality the subject: see the verb branch of {@code code}). Not a noun of time (modifiers.tsv time-noun: «اجتمع الاثنين
         * مع»), a word of the cue itself (ألقى القبض), nor after a plural or dual verb or one with an object pronoun
         * (their subject is in the verb).
         */
        /**
         * The sender of the cable or letter whose content a cue with no subject of its own gives: the cue stands
         * right before «فيها / فيه» (modifiers.tsv in-it), a sent text (sent-text: برقية، رسالة) stands before it in
         * the sentence, and a verb of sending (sending-verb: بعث، أرسل) before that; its subject is the sender
         * («كما بعث نائب خادم الحرمين الشريفين ... برقية مماثلة للرئيس ... عبر فيها عن أبلغ التهاني»). Not a text
         * received (تلقى برقية من): only a verb of sending tells that the one before the text sent it.
         */
        private List<ActorMention> senderOfText(Cue c) {
            int next = c.head() + 1;
            if (next >= b || !modifiers.is(tokens.get(next).norm(), Modifiers.Kind.IN_IT)) {
                return List.of();
            }
            for (int j = c.head() - 1; j >= a && j >= c.head() - TEXT_REACH; j--) {
                if (!hasStem(tokens.get(j), Modifiers.Kind.SENT_TEXT)) {
                    continue;
                }
                for (int v = j - 1; v >= a && v >= j - SENDER_REACH; v--) {
                    if (hasStem(tokens.get(v), Modifiers.Kind.SENDING_VERB)) {
                        List<ActorMention> s = subject(v, v + 1, true);
                        return !s.isEmpty() && s.get(s.size() - 1).end() <= j ? s : List.of();
                    }
                }
                return List.of();
            }
            return List.of();
        }

        /**
         * The first party of a meeting named by a noun that a verb of bringing together follows (modifiers.tsv
         * brings-together: «لقاء جمع»، «المباحثات التي جمعت»، «لقاء تاريخي جمع»): the verb's object, right after it.
         * Nothing when a preposition follows the verb («جمع بين»: the parties are read as a pair) or a pronoun is
         * on it («لقاء جمعه»: the pronoun is a party no name tells here).
         */
        private List<ActorMention> meetingParties(Cue c) {
            for (int i = c.end(); i < b && i <= c.end() + BRINGS_TOGETHER_REACH; i++) {
                Token t = tokens.get(i);
                if (!t.isWord()) {
                    return List.of();
                }
                if (modifiers.is(t.norm(), Modifiers.Kind.BRINGS_TOGETHER)) {
                    return after(i + 1, 0, true);
                }
            }
            return List.of();
        }

        /** Whether the word, or its stem after clitics («ببرقية»، «وبعث»), is a modifier of {@code kind}. */
        private boolean hasStem(Token t, Modifiers.Kind kind) {
            if (modifiers.is(t.norm(), kind)) {
                return true;
            }
            for (org.marsad.text.Segment s : t.segments()) {
                if (modifiers.is(s.stem(), kind)) {
                    return true;
                }
            }
            return false;
        }

        private boolean unknownSubjectAfter(Cue c) {
            return unknownSubjectAt(c) >= 0;
        }

        /** The token of the unknown subject {@link #unknownSubjectAfter} sees, or -1. */
        private int unknownSubjectAt(Cue c) {
            if (c.pattern().frame().targetPreps().isEmpty() || !c.reading().suffix().isEmpty()
                    || patterns.hasPluralSubject(c.pattern(), c.reading().stem())) {
                return -1;
            }
            int i = c.head() + 1;
            boolean quoted = i < b && isOpening(tokens.get(i).norm());
            if (quoted) {
                i++; // a name in quotation marks: «وأشادت «مقلد»»
            }
            if (i >= b || inMention[i - a] || !tokens.get(i).isWord() || c.words().contains(i)
                    || modifiers.is(tokens.get(i).norm(), Modifiers.Kind.TIME_NOUN)) {
                return -1;
            }
            return quoted || tokens.get(i).segments().get(0).prefix().equals("ال") ? i : -1;
        }

        /** The nationality adjective (a mention of form ADJECTIVE: التركي، السعودية) that starts at token i, if any. */
        private List<ActorMention> nationalityOf(int i) {
            for (ActorMention m : mentions) {
                if (m.first() == i && m.form() == ActorMention.Form.ADJECTIVE) {
                    return List.of(m);
                }
            }
            return List.of();
        }

        /**
         * Whether a protest verb is followed right away by a number or a word of counting (modifiers.tsv count:
         * «وتظاهر عشرات الأكراد»، «اعتصم مئات»): a protest verb has no object, so the counted are its subject.
         */
        private boolean countedProtesters(Cue c) {
            int i = c.end();
            if (!c.pattern().root().equals("14") || i >= b) {
                return false;
            }
            Token t = tokens.get(i);
            return t.kind() == org.marsad.text.TokenKind.NUMBER
                    || t.isWord() && !t.segments().get(0).hasArticle() // (not الاثنين, Monday)
                    && modifiers.is(t.segments().get(0).stem(), Modifiers.Kind.COUNT);
        }

        /**
         * Whether the verb cue, one of modifiers.tsv passive-verb (قتل، اختطف ...), is passive though its subject stands
         * before it: the word right after it opens a circumstance, not an object (modifiers.tsv passive-sign, or a
         * preposition glued as بـ: «قتلوا بانفجار»، «قتلوا لدى قصف»), no number or count word follows within
         * {@link #OBJECT_GAP} words (an object after the circumstance: «قتلت في الرمادي 23 عنصرا»), and the verb
         * carries no object pronoun («محاولة رجل أمن قتله دهساً» is active). The subject stands right before the verb, or
         * before the relative pronoun that opens it («هلال الأسد الذي قتل في معارك»): one further back is no sure subject.
         */
        private boolean passiveWithSubjectFirst(Cue c, ActorMention subject) {
            int gap = c.head() - subject.end();
            if (gap != 0 && !(gap == 1 && clauseBreaks.isRelativePronoun(tokens.get(c.head() - 1).norm()))) {
                return false;
            }
            int i = c.last() + 1;
            if (!modifiers.is(tokens.get(c.head()).norm(), Modifiers.Kind.PASSIVE_VERB)
                    || !c.reading().suffix().isEmpty() || i >= b || !tokens.get(i).isWord()) {
                return false;
            }
            Token t = tokens.get(i);
            if (!modifiers.is(t.norm(), Modifiers.Kind.PASSIVE_SIGN) && t.segments().get(0).preposition() != 'ب') {
                return false;
            }
            return !numberOrCountIn(i + 1, Math.min(b, i + 1 + OBJECT_GAP));
        }

        /** Whether a number or a count word (modifiers.tsv count) stands in tokens [from, to): the object's count. */
        private boolean numberOrCountIn(int from, int to) {
            for (int k = from; k < to; k++) {
                Token w = tokens.get(k);
                if (w.kind() == org.marsad.text.TokenKind.NUMBER
                        || w.isWord() && modifiers.is(w.segments().get(0).stem(), Modifiers.Kind.COUNT)) {
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
        private boolean obliqueVictim(Cue c, ActorMention m) {
            if (!modifiers.is(tokens.get(c.head()).norm(), Modifiers.Kind.PASSIVE_VERB) || !c.reading().suffix().isEmpty()) {
                // (only acts done to persons, modifiers.tsv passive-verb: «قصف المتمردين في اليمن لمناطق سكنية» is a
                // masdar whose genitive is its agent; and not a verb with its object pronoun: «دون أن يقتله، ولكنّ
                // الصيادين» has its object, the actor after it opens another clause)
                return false;
            }
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
                        || next.isWord() && modifiers.is(next.segments().get(0).stem(), Modifiers.Kind.COUNT)) {
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
        private boolean indefiniteSubjectOfPassive(Cue c, ActorMention m) {
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
            boolean oneOf = m.first() == c.end() + 1 && modifiers.is(tokens.get(c.end()).norm(), Modifiers.Kind.ONE_OF);
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
                    && modifiers.is(t.norm(), Modifiers.Kind.VSO_PASSIVE_SIGN)) {
                return true; // (a word of the list the segmenter leaves whole: وأصيب)
            }
            if (!modifiers.is(t.norm(), Modifiers.Kind.PASSIVE_SIGN) && !modifiers.is(t.norm(), Modifiers.Kind.VSO_PASSIVE_SIGN)
                    && t.segments().get(0).preposition() != 'ب') {
                return false;
            }
            for (int k = i + 1; k < Math.min(b, i + 1 + OBJECT_GAP); k++) {
                Token w = tokens.get(k);
                if (w.isPunct() && !QUOTES.contains(w.norm())) {
                    break;
                }
                boolean ofTime = YEAR_WORDS.contains(tokens.get(k - 1).norm())
                        || modifiers.is(tokens.get(k - 1).norm(), Modifiers.Kind.VSO_PASSIVE_SIGN);
                if (w.kind() == org.marsad.text.TokenKind.NUMBER && !ofTime
                        || w.isWord() && modifiers.is(w.segments().get(0).stem(), Modifiers.Kind.COUNT)
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

        /** A number (14، تسعة، عشرات; modifiers.tsv count) right before the mention: «14 جنديا»، «تسعة متمردين». */
        private boolean counted(ActorMention m) {
            int member = ofMembers(m) && !describedByRelative(m) ? memberAt(m) : -1;
            if (member >= 0 && (tokens.get(member).kind() == org.marsad.text.TokenKind.NUMBER
                    || modifiers.is(tokens.get(member).segments().get(0).stem(), Modifiers.Kind.COUNT))) {
                return true; // «22 من ميليشيات الحوثي»
            }
            int i = (member >= 0 ? member : m.first()) - 1; // «33 مسلحا من مسلحي داعش»
            if (i < a) {
                return false;
            }
            Token t = tokens.get(i);
            if (t.kind() == org.marsad.text.TokenKind.NUMBER) {
                // not a year: «عام 2004 مسلحون إرهابيون يقتحمون»
                return i == a || !YEAR_WORDS.contains(tokens.get(i - 1).norm());
            }
            return t.isWord() && modifiers.is(t.segments().get(0).stem(), Modifiers.Kind.COUNT);
        }

        /** The actor a relative pronoun right before {@code head} refers to (X in «X الذي V»), or null. */
        private ActorMention relativeAntecedent(int head) {
            if (head - 1 < a || !clauseBreaks.isRelativePronoun(tokens.get(head - 1).norm())) {
                return null;
            }
            ActorMention m = antecedentOf(head - 1);
            return m != null && participant(m) ? m : null;
        }

        /** How many agreeing adjectives may stand between an antecedent and its relative pronoun. */
        private static final int ANTECEDENT_ADJECTIVES = 3;

        /**
         * The mention a relative pronoun at {@code pronoun} refers to: the last one before it, past agreeing
         * adjectives and nationality adjectives («حركة الشباب المجاهدين الإسلامية الصومالية التي شنت»), or null.
         */
        private ActorMention antecedentOf(int pronoun) {
            if (pronoun - 1 >= a && LIST_COMMAS.contains(tokens.get(pronoun - 1).norm())) {
                pronoun--; // حسن روحاني، الذي التقى
            }
            for (int k = mentions.size() - 1; k >= 0; k--) {
                ActorMention m = mentions.get(k);
                if (m.end() > pronoun) {
                    continue;
                }
                if (pronoun - m.end() > ANTECEDENT_ADJECTIVES || !adjectivesBetween(m.end(), pronoun)) {
                    return null;
                }
                if (m.form() == ActorMention.Form.ADJECTIVE) {
                    continue; // الصومالية in «حركة الشباب الصومالية التي»
                }
                return m;
            }
            return null;
        }

        /** The first actor starting within {@code gap} tokens from {@code from}, with coordinated followers. */
        private List<ActorMention> after(int from, int gap, boolean noPreposition) {
            for (ActorMention m : mentions) {
                if (m.first() < from) {
                    continue;
                }
                if (m.first() - from - asides(from, m.first()) > gap || crossesPunct(from, m.first())) {
                    return List.of();
                }
                if (!participantOrAgent(m) && !(m.isActor() && !noPreposition)) {
                    continue;
                }
                int member = noPreposition ? memberAt(m) : -1;
                if (noPreposition && (prepositional(m) && member < 0
                        || prepositionBetween(from, member >= 0 ? member : m.first()))) {
                    return List.of(); // «اعتقل بعد أحداث السفارة الأميركية»: the embassy is inside a phrase after بعد
                }
                if (m.form() == ActorMention.Form.AGENT_ONLY) {
                    // رئيس منظمة الطاقة الذرية الإيرانية علي أكبر صالحي: a title the dictionary could not tie to a
                    // country, then the person's name in apposition — the person is the actor
                    for (ActorMention n : mentions) {
                        if (n.first() >= m.end() && n.first() - m.end() <= 5 && "PERS".equals(n.type())
                                && n.isActor() && !anyPunct(m.end(), n.first())) { // not past a comma: that is the next actor
                            return withCoordinated(n);
                        }
                    }
                }
                return withCoordinated(m);
            }
            return List.of();
        }

        private List<ActorMention> withCoordinated(ActorMention m) {
            List<ActorMention> group = new ArrayList<>();
            group.add(m);
            ActorMention cur = m;
            for (ActorMention n : mentions) {
                if (n.first() < cur.end()) {
                    continue;
                }
                // بوتين وكيم; a list with commas: ميركل، وهولاند، وتسيبراس
                if (n.prefix().startsWith("و") && gapIs(cur.end(), n.first(), LIST_COMMAS) && participantOrAgent(n)
                        && !subjectOfNextClause(cur, n)) {
                    group.add(n);
                    cur = n;
                } else if (n.first() >= cur.end()) {
                    break;
                }
            }
            return group;
        }

        /**
         * Whether {@code n}, joined by a comma and و to the list ending at {@code prev}, is rather the subject of a new
         * clause: a verb follows it at once («في اللقاء الثلاثي ... بعقدة التمسك بالأسد، وبوغدانوف رد على تصريح»: Bogdanov
         * answered; he was no party of the meeting). A list of the one acted upon ends before its verb.
         */
        private boolean subjectOfNextClause(ActorMention prev, ActorMention n) {
            int next = n.end();
            return next < b && next - a < verbAt.length && verbAt[next - a] && punctBetween(prev.end(), n.first(), Set.of());
        }

        private boolean participantOrAgent(ActorMention m) {
            return participant(m) || m.form() == ActorMention.Form.AGENT_ONLY;
        }

        /**
         * The agent named in a relative clause on the masdar: الزيارة التي قام بها بوتين، العملية العسكرية
         * التي أطلقتها روسيا — relative pronoun within three words, then a verb (and بها), then the actor; further
         * on (past the masdar's genitive) only after a verb of doing with the act's pronoun. None when the clause tells
         * whom the act befell ({@link #actUndergone}).
         */
        private List<ActorMention> relativeClauseAgent(Cue c) {
            for (int i = c.last() + 1; i < Math.min(b, c.last() + 1 + RELATIVE_REACH); i++) {
                Token t = tokens.get(i);
                if (!t.isWord()) {
                    return List.of();
                }
                if (clauseBreaks.isRelativePronoun(t.norm())) {
                    if (i > c.last() + 3 && !(i + 1 < b && doingVerbWithResumptive(i + 1) && noCueBetween(c, i))) {
                        // «غارات الطائرات بدون طيار التي تشنها الولايات المتحدة»: past the masdar's own genitive, only
                        // a verb of doing with the act's pronoun says the clause is on the act
                        return List.of();
                    }
                    if (actUndergone(c, i)) {
                        return List.of(); // «الغارات التي استهدفت تنظيم داعش»: the actor is the one the act befalls
                    }
                    for (ActorMention m : mentions) {
                        if (m.first() > i + 1 && m.first() <= i + 3 && participant(m) && !prepositional(m)) {
                            return withCoordinated(m);
                        }
                    }
                    return List.of();
                }
                if (i > c.last() + 3) {
                    continue; // the genitive after the masdar: no verb of doing of its own
                }
                if (asyndeticRelative(c, i)) {
                    // «غارات شنها طيران التحالف»، «زيارة يقوم بها أوباما»: after an indefinite noun the relative clause
                    // has no pronoun; a verb of doing with its resumptive pronoun (شنها، بها) opens it
                    return participantAt(i + 1 < b && RESUMPTIVE_BA.contains(tokens.get(i + 1).norm()) ? i + 2 : i + 1);
                }
            }
            return List.of();
        }

        /** The participant (with those coordinated with it) whose mention opens at token {@code from}, with no preposition. */
        private List<ActorMention> participantAt(int from) {
            for (ActorMention m : mentions) {
                if (m.first() == from && participant(m) && !prepositional(m)) {
                    return withCoordinated(m);
                }
            }
            return List.of();
        }

        /** How many words after a masdar the relative pronoun of a clause on it may stand: its genitive between. */
        private static final int RELATIVE_REACH = 6;

        /** No other cue's head between the cue's last word and token {@code i}: the clause there is on that cue's act. */
        private boolean noCueBetween(Cue c, int i) {
            for (Cue o : cues) {
                if (o.head() > c.last() && o.head() < i) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The relative clause opened at {@code rel} on an act of violence tells whom it befell, not who did it: its
         * verb is one of undergoing (modifiers.tsv undergo-verb: «التي تعرضت لها المملكة»، «التي شهدتها تركيا»), or a
         * verb with no pronoun for the act, whose subject the act itself is («الغارات التي استهدفت تنظيم داعش»،
         * «التفجيرات الإرهابية التي ضربت بغداد»); a verb of doing is the agent's even with its pronoun left out
         * («الاعتداءات التي تقوم ميليشيات الحوثي»).
         */
        private boolean actUndergone(Cue c, int rel) {
            int v = rel + 1;
            if (v >= b || !tokens.get(v).isWord()) {
                return false;
            }
            boolean violent = VIOLENT_ROOTS.contains(c.pattern().root());
            boolean pronoun = false;
            for (Segment s : tokens.get(v).segments()) {
                if (modifiers.is(s.stem(), Modifiers.Kind.UNDERGO_VERB) && s.prefix().isEmpty()) {
                    return violent;
                }
                if (modifiers.is(s.stem(), Modifiers.Kind.DOING_VERB)) {
                    return false;
                }
                pronoun |= OBJECT_PRONOUNS.contains(s.suffix()); // شنها، نفذته: the antecedent's
            }
            String w = tokens.get(v).norm();
            // a two-letter stem is left whole (شنه): a final ه is the pronoun too; so is one after a preposition
            // («التي قامت بها»، «التي يتصدى لها الجيش المصري»: the army acts on the attacks)
            return violent && !pronoun && !w.endsWith("ه") && !w.endsWith("ها") && !w.endsWith("هم")
                    && !(v + 1 < b && (RESUMPTIVE_BA.contains(tokens.get(v + 1).norm())
                        || RESUMPTIVE_LAM.contains(tokens.get(v + 1).norm())));
        }

        /** The act's victim a relative clause on it names (see {@link #actUndergone}): the actor after its verb. */
        private List<ActorMention> relativeClauseVictim(Cue c) {
            for (int i = c.last() + 1; i < Math.min(b, c.last() + 4); i++) {
                Token t = tokens.get(i);
                if (!t.isWord()) {
                    return List.of();
                }
                if (clauseBreaks.isRelativePronoun(t.norm())) {
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

        /** How many tokens after an act of violence a phrase of attribution may stand (past its place and time). */
        private static final int ATTRIBUTION_REACH = 20;

        /**
         * The agent a phrase of attribution (modifiers.tsv attribution: نسب إلى، ينسب إلى) names after the cue, in its
         * sentence: «قتل ثلاثة جنود أتراك ... في أحدث هجوم ينسب إلى متمردين من حزب العمال الكردستاني» (the rebels'
         * party, past the agent noun with no country), «هجوم سوروتش ... نسب الى تنظيم داعش». Only up to the next act of
         * violence (the attribution after it is that act's), and none when no actor follows the phrase.
         */
        private List<ActorMention> attributedAgent(Cue c) {
            int reach = Math.min(b, c.last() + ATTRIBUTION_REACH);
            for (Cue o : cues) {
                if (o.head() > c.last() && o.head() < reach && VIOLENT_ROOTS.contains(o.pattern().root())
                        && !happenedIn(o)) {
                    reach = o.head(); // «قتلهما رداً على هجوم سوروتش ... نسب الى تنظيم داعش»: that attack is the one attributed
                }
            }
            for (int j = c.last() + 1; j < reach; j++) {
                if (!modifiers.phraseEndsAt(tokens, a, j, Modifiers.Kind.ATTRIBUTION)) {
                    continue;
                }
                for (ActorMention m : mentions) {
                    if (m.first() <= j) {
                        continue;
                    }
                    if (m.first() > j + ATTRIBUTED_NOUN_GAP || anyPunct(j + 1, m.first())) {
                        return List.of();
                    }
                    if (participant(m)) {
                        return withCoordinated(m);
                    }
                }
                return List.of();
            }
            return List.of();
        }

        /**
         * The claimant of an act whose cue stands right after the words of a claim (modifiers.tsv claim): after «مسؤوليته
         * عن», the subject of the claim verb (the 015 cue أعلن/اعترف + مسؤولية that ends where the phrase begins); after
         * تبنى/يتبنى, the actor named between the verb and the act («وتبنى حزب العمال الكردستاني مقتل»), or the verb's
         * own subject when the act follows it at once («الذي تبنى هجوما انتحاريا»); a demonstrative may stand before the
         * act (modifiers.tsv demonstrative: «مسؤوليتها عن هذا التفجير»). None when the claim is negated («ولم تعلن أي
         * جهة مسؤوليتها عن الهجوم»).
         */
        private List<ActorMention> claimant(Cue c) {
            int act = c.head();
            if (act - 1 > a && modifiers.is(tokens.get(act - 1).norm(), Modifiers.Kind.DEMONSTRATIVE)) {
                act--; // «مسؤوليتها عن هذا التفجير»: the act pointed back to
            }
            int before = act - 1;
            if (before <= a || !tokens.get(before).isWord()) {
                return List.of();
            }
            int phrase = modifiers.phraseLengthEndingAt(tokens, a, before, Modifiers.Kind.CLAIM);
            if (phrase > 0) {
                int first = before - phrase + 1;
                for (Cue o : cues) {
                    if (o.last() == first && o.head() < first && o.pattern().code().equals(CLAIM_CODE) && !negated(o)) {
                        List<ActorMention> claimant = subject(o.head(), o.head() + 1, true);
                        return claimant.isEmpty() || !participant(claimant.get(0)) ? List.of() : claimant;
                    }
                }
                return List.of();
            }
            if (claimVerbAt(before)) {
                List<ActorMention> claimant = negationBefore(before) ? List.of() : subject(before, before + 1, true);
                return claimant.isEmpty() || !participant(claimant.get(0)) || claimant.get(0).first() > before
                        ? List.of() : claimant; // SVO or a relative clause's antecedent; an actor after it is its object
            }
            for (ActorMention m : mentions) {
                if (m.end() == act && m.first() > a && claimVerbAt(m.first() - 1) && participant(m)
                        && !negationBefore(m.first() - 1)) {
                    return withCoordinated(m); // VSO: the claimant between the verb and the act
                }
            }
            return List.of();
        }

        /** The CAMEO code of a claim of responsibility (patterns.tsv: أعلن/اعترف/تبنى + مسؤولية). */
        private static final String CLAIM_CODE = "015";

        /** A verb of claiming (modifiers.tsv claim, تبنى/يتبنى) at {@code i}, bare or with و / ف. */
        private boolean claimVerbAt(int i) {
            if (!tokens.get(i).isWord()) {
                return false;
            }
            for (Segment s : tokens.get(i).segments()) {
                if (s.suffix().isEmpty() && (s.prefix().isEmpty() || s.prefix().equals("و") || s.prefix().equals("ف"))
                        && modifiers.is(s.stem(), Modifiers.Kind.CLAIM)) {
                    return true;
                }
            }
            return false;
        }

        /** A negation particle (modifiers.tsv negation) one or two words before token {@code i}. */
        private boolean negationBefore(int i) {
            for (int k = i - 1; k >= Math.max(a, i - 2); k--) {
                if (tokens.get(k).isWord() && modifiers.is(tokens.get(k).norm(), Modifiers.Kind.NEGATION)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * An act of violence that tells what an earlier act happened in or by: after a preposition of killing in
         * (modifiers.tsv killed-in: «في أحدث هجوم») or with بـ glued to it («بانفجار عبوة»، «بهجمات نسبت إلى»).
         */
        private boolean happenedIn(Cue o) {
            String prefix = o.reading().prefix();
            return prefix.equals("ب") || prefix.equals("وب")
                    || o.head() - 1 >= a && modifiers.is(tokens.get(o.head() - 1).norm(), Modifiers.Kind.KILLED_IN);
        }

        /** متمردين من حزب العمال: the words an agent noun with no country and its من take before the actor. */
        private static final int ATTRIBUTED_NOUN_GAP = 3;

        /** بها، به: the resumptive pronoun after قام/يقوم in a relative clause. */
        private static final Set<String> RESUMPTIVE_BA = Set.of("بها", "به", "بهما", "بهم");
        /** لها، له: the resumptive pronoun after a verb of undergoing (تعرضت لها). */
        private static final Set<String> RESUMPTIVE_LAM = Set.of("لها", "له", "لهما", "لهم");

        /**
         * A verb of doing (modifiers.tsv doing-verb) at {@code i}, after the indefinite masdar {@code c} (no article, no
         * pronoun), carrying its resumptive pronoun (شنها، نفذته) or followed by بها / به.
         */
        private boolean asyndeticRelative(Cue c, int i) {
            if (!c.isMasdar() || c.reading().hasArticle() || !c.reading().suffix().isEmpty()) {
                return false;
            }
            return doingVerbWithResumptive(i);
        }

        /**
         * A verb of doing at {@code i} with its resumptive pronoun (شنها، نفذته) or followed by بها / به. The clitic
         * segmenter leaves a two-letter stem whole (شنه), so a final ه on an unsplit word is tried as the pronoun too.
         */
        private boolean doingVerbWithResumptive(int i) {
            String w = tokens.get(i).norm();
            if (w.length() == 3 && w.charAt(2) == 'ه' && modifiers.is(w.substring(0, 2), Modifiers.Kind.DOING_VERB)) {
                return true; // «في قصف شنه الحوثيون»
            }
            for (Segment s : tokens.get(i).segments()) {
                if (modifiers.is(s.stem(), Modifiers.Kind.DOING_VERB) && s.prefix().isEmpty()
                        && (s.suffix().equals("ه") || s.suffix().equals("ها")
                        || i + 1 < b && s.suffix().isEmpty() && RESUMPTIVE_BA.contains(tokens.get(i + 1).norm()))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A masdar governed by a preposition (في اغتيال، عن اختطاف، بالهجوم، منذ الغزو) names an event
         * the sentence is about something else in relation to — an investigation, a charge, a date —
         * rather than reporting it.
         */
        private boolean governedByPreposition(Cue c) {
            if (gluedPreposition(c.reading().prefix()) != null) {
                return true;
            }
            int i = c.head() - 1;
            if (i < a || !tokens.get(i).isWord()) {
                return false;
            }
            String w = tokens.get(i).norm();
            return REFERENCE_PREPOSITIONS.contains(w);
        }

        /**
         * A free-standing preposition or adverb of time/place (في، بعد، خلال، ضد ...) among the tokens [from, to).
         * Not من (partitive: «تظاهر عشرات من أعضاء المنظمة») nor نحو ("about": «قتل نحو 30 مواطنا»).
         */
        private boolean prepositionBetween(int from, int to) {
            for (int i = from; i < to; i++) {
                if (PHRASE_PREPOSITIONS.contains(tokens.get(i).norm())) {
                    return true;
                }
            }
            return false;
        }

        /** Only words that agree like adjectives (no preposition, no conjunction, no punctuation) between two tokens. */
        private boolean adjectivesBetween(int from, int to) {
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

        /** A masdar with the lam of purpose (لتزويد، لدعم), not governed by another word. */
        private boolean purpose(Cue c) {
            String prefix = c.reading().prefix();
            return prefix.equals("ل") || prefix.equals("ول") || prefix.equals("فل");
        }

        /**
         * The coordinated actors after بين within eight tokens of the cue: بين إيران والولايات المتحدة. Not past a clause
         * break: «المحادثات مقررة في 30 يوليو لكن المشاورات مستمرة بين أفغانستان وباكستان» — the parties after لكن are
         * the consultations', not the talks' (whose date, 30 July, would otherwise date the consultations).
         */
        private List<ActorMention> between(Cue c) {
            for (int i = c.last() + 1; i < Math.min(b, c.last() + 9); i++) {
                Token t = tokens.get(i);
                if (t.isPunct() && !QUOTES.contains(t.norm())) {
                    return List.of();
                }
                if (t.norm().equals("بين") || t.norm().equals("وبين")) {
                    if (clauseBreaks.anyBetween(tokens, c.last() + 1, i)) {
                        return List.of();
                    }
                    for (ActorMention m : mentions) {
                        if (m.first() == i + 1 && participant(m)) {
                            return withCoordinated(m);
                        }
                    }
                    return List.of();
                }
            }
            return List.of();
        }

        /** The cue is marked bilateral: محادثات ثنائية، قمة مشتركة، بين البلدين / الجانبين / الطرفين. */
        private boolean bilateral(Cue c) {
            for (int i = c.last() + 1; i < Math.min(b, c.last() + 4); i++) {
                Token t = tokens.get(i);
                if (!t.isWord()) {
                    continue;
                }
                for (Segment s : t.segments()) {
                    String w = s.stem();
                    if (w.startsWith("ثنائي") || w.startsWith("مشترك") || w.equals("بلدين") || w.equals("جانبين")
                            || w.equals("طرفين")) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The actor in iḍāfa after a masdar (زيارة الرئيس الروسي), or its nationality adjective (الغزو الروسي). */
        private List<ActorMention> genitive(Cue c) {
            List<ActorMention> rel = relativeClauseAgent(c);
            if (!rel.isEmpty()) {
                return rel;
            }
            for (ActorMention m : mentions) {
                if (m.first() < c.end()) {
                    continue;
                }
                if (m.form() == ActorMention.Form.ADJECTIVE && m.first() > c.last() + 1 && m.first() <= c.last() + 3
                        && adjectivesBetween(c.last() + 1, m.first())) {
                    return List.of(m); // قصف جوي تركي، الغارات الجوية الأمريكية: the nationality after the adjectives
                }
                if (m.first() != c.end() && !(m.first() == c.last() + 1 && c.last() >= c.end())) {
                    return List.of();
                }
                if (prepositional(m) || m.prefix().startsWith("و")) {
                    return List.of();
                }
                if (m.form() == ActorMention.Form.ADJECTIVE || participant(m)) {
                    return withCoordinated(m);
                }
                if (twoSides(m)) {
                    return lastPair; // رفض الجانبين: the two parties of the bilateral event before
                }
                return List.of();
            }
            return List.of();
        }

        /** The targets: the actor introduced by one of the frame's prepositions, else the direct object. */
        private List<ActorMention> target(Cue c, int from, Frame f, List<ActorMention> subj) {
            // a phrase of behalf right after the subject does not count («وأعرب الملك باسمه واسم شعب وحكومة المملكة العربية
            // السعودية، عن أصدق التهاني وأطيب التمنيات بالصحة والسعادة لفخامته»: the one addressed is as far past it)
            // a verb's further word after its subject's title chain (بعث الأمير ...، ولي ولي العهد، ...، وزير الدفاع برقية
            // شكر لجلالة الملك): the one addressed follows the cue's words. Not for violence, whose target stands near
            // the verb: further on it is another attack's («فجر انتحاري مركبة ... في سلسلة هجمات تضمنت هجوما على قاعدة»)
            int start = c.isVerb() && c.last() >= from && !VIOLENT_ROOTS.contains(c.pattern().root())
                    ? c.last() + 1 : behalfEnd(from);
            int reach = Math.min(b, start + TARGET_REACH);
            reach = Math.min(b, reach + asides(from, reach));
            if (subj.size() > 1 && subj.get(0).first() > c.head()) {
                // «أدانت الأردن والبحرين ... وأسبانيا، والأمانة العامة لمجلس التعاون، الجريمة»: the list of agents
                // goes on after a comma with و; what follows it is one more of them, never the one acted upon
                reach = Math.min(reach, listGoesOn(from, reach));
            }
            ActorMention owner = f.owner() ? ownerOfComplement(from, reach, f) : null;
            if (owner != null) {
                // before any actor further on with a preposition: «احتجاجا على الغارات الجوية التركية على أهداف
                // لحزب العمال الكردستاني» is against Turkey, whose raids they are, not against their target
                return withCoordinated(owner);
            }
            // a verb's or a verbal form's (patterns.tsv P) only: after a masdar the act is its genitive, whose
            // adjective is the masdar's own doer («عمليات هدم الاحتلال الإسرائيلي لمباني الفلسطينيين»)
            // (nor a verb's form read as its masdar: «عمليات هدم الاحتلال الإسرائيلي»)
            ActorMention doer = (c.isVerb() || c.pattern().kind() == 'P') && !eventHeadBefore(c) && !prepositionBefore(c)
                    && !f.symmetric() && !VIOLENT_ROOTS.contains(c.pattern().root()) ? doerOfObjectAct(c, from, reach) : null;
            if (doer != null) {
                // «دانت الحكومة العراقية الغارات التركية»: the one condemned is the state whose forces raided
                return withCoordinated(doer);
            }
            if (!f.targetPreps().isEmpty() || !c.isVerb()) {
                // a city with بـ is where it happens, not with whom («لقاءه بالرياض»، «اجتماعها بالقاهرة»): بـ before
                // a person or a state may be the partner (التقى بالرئيس), before a city it is "in"
                for (ActorMention m : mentions) {
                    if (m.first() < from || subj.contains(m) || onBehalfOf(m) || patronOfSubject(m, subj, c)) {
                        continue;
                    }
                    if (m.first() >= reach) {
                        break;
                    }
                    String prep = prepositionOf(m);
                    if (prep != null && f.targetPreps().contains(prep) && laterCueTakes(c, from, m, prep)) {
                        break; // «بلقاء الجبير وأمير قطر ...، قبل التوجه الى اللقاء المقرر مع وزراء مجلس التعاون»
                    }
                    if (prep != null && (f.targetPreps().contains(prep) || !c.isVerb() && prep.equals("ل"))
                            && !opposed(m, from) && !(prep.equals("ب") && "LOC".equals(m.type())) && !agentsBody(m, c)
                            && (participant(m) || coercedPerson(m, c)
                                || m.form() == ActorMention.Form.ADJECTIVE && indirect(m, from))) {
                        return withCoordinated(m);
                    }
                    ActorMention head = prep != null && f.targetPreps().contains(prep) ? namedInApposition(m) : null;
                    if (head != null) {
                        return withCoordinated(head); // مع فخامة الرئيس ماكي سال رئيس جمهورية السنغال
                    }
                }
            }
            // the direct object: the first actor after the subject (or verb), without a preposition
            for (ActorMention m : mentions) {
                if (m.first() < from || subj.contains(m) || onBehalfOf(m) || patronOfSubject(m, subj, c)) {
                    continue;
                }
                if (m.first() - from - asides(from, m.first()) > OBJECT_GAP || m.first() >= reach || crossesPunct(from, m.first())
                        || f.symmetric() && matterBetween(from, m.first())) {
                    break;
                }
                if (!participant(m) && !coercedPerson(m, c)) {
                    ActorMention head = prepositional(m) ? null : namedInApposition(m);
                    if (head != null) {
                        return withCoordinated(head); // استقبل ... فخامة الرئيس ماكي سال رئيس جمهورية السنغال
                    }
                    continue;
                }
                if (c.isVerb() && whereItHappens(m) && !VIOLENT_ROOTS.contains(c.pattern().root())) {
                    continue; // «التقى الجبير اليوم في موسكو لافروف»: the city is where they met; the object follows it
                }
                if (prepositional(m) || indirect(m, from)) {
                    break; // لمحاربة تنظيم الدولة: the genitive of a masdar with a preposition is not the object
                }
                return withCoordinated(m);
            }
            if (DISAPPROVAL_ROOT.equals(c.pattern().root())) {
                List<ActorMention> author = authorOfObject(from, reach, subj);
                if (!author.isEmpty()) {
                    return author;
                }
            }
            if (VIOLENT_ROOTS.contains(c.pattern().root())) {
                // «قصف طائرات التحالف بشكل مكثف تمركزات ومواقع وحواجز التنظيم في دير الزور»: the owner of the
                // positions hit, further away than a direct object, is the target (not the place it happens in)
                for (ActorMention m : mentions) {
                    if (m.first() < from || subj.contains(m) || onBehalfOf(m) || patronOfSubject(m, subj, c)) {
                        continue;
                    }
                    if (m.first() >= reach || crossesPunct(from, m.first())) {
                        break;
                    }
                    if (participant(m) && ownsWhatIsHit(m)) {
                        return withCoordinated(m);
                    }
                }
            }
            // the beneficiary with لـ: أكد دعمه لروسيا، قدم مساعدات لليمن
            for (ActorMention m : mentions) {
                if (m.first() < from || subj.contains(m) || onBehalfOf(m) || patronOfSubject(m, subj, c)) {
                    continue;
                }
                if (m.first() >= Math.min(reach, from + OBJECT_GAP + 2) || crossesPunct(from, m.first())) {
                    break;
                }
                if (opposed(m, from) || agentsBody(m, c)) {
                    break; // «تدعم أي جهود للتصدي لتنظيم داعش»: the one opposed is no beneficiary
                }
                if (participant(m) && "ل".equals(gluedPreposition(m.prefix()))) {
                    return withCoordinated(m);
                }
            }
            return List.of();
        }

        /**
         * The author of what a disapproval is aimed at, named after a phrase of authorship (modifiers.tsv author) that
         * closes the object's relative clause or participle: «استنكرت الأمانة العامة لمنظمة التعاون الإسلامي التصريحات
         * التي أدلى بها نائب رئيس الجمهورية العراقية»، «ندد بالتصريحات العدائية التي صدرت عن مسؤولين ايرانيين». The
         * phrase ends at most {@link #AUTHOR_PHRASE_REACH} words past the object's start (the noun, its adjectives, the
         * relative pronoun and the verb), with no punctuation but a comma before it, and the author follows it at once.
         */
        private List<ActorMention> authorOfObject(int from, int reach, List<ActorMention> subj) {
            int end = Math.min(reach, from + AUTHOR_PHRASE_REACH + asides(from, reach));
            for (int j = from; j < end; j++) {
                Token t = tokens.get(j);
                if (t.isPunct() && !LIST_COMMAS.contains(t.norm())) {
                    return List.of();
                }
                if (!t.isWord() || !modifiers.phraseEndsAt(tokens, from, j, Modifiers.Kind.AUTHOR)) {
                    continue;
                }
                for (ActorMention m : mentions) {
                    if (m.first() <= j) {
                        continue;
                    }
                    return m.first() == j + 1 && participant(m) && !subj.contains(m) ? withCoordinated(m) : List.of();
                }
                return List.of();
            }
            return List.of();
        }

        /**
         * A threat names whom it threatens in its content when no object does (frame {@code content}): the
         * first actor of a condition (هددت المملكة بردة فعل إذا استخدمت إيران ...) or of the words after a
         * colon (تهدد: لن نترك أمريكياً), within the sentence. An indefinite nationality noun (أمريكياً، "an
         * American") counts; a nationality adjective on a thing (شبه الجزيرة الكورية) does not.
         */
        private List<ActorMention> threatened(Cue c, List<ActorMention> subj) {
            int from = -1;
            for (int i = c.last() + 1; i < b && from < 0; i++) {
                Token t = tokens.get(i);
                if (t.isPunct() && t.norm().equals(":") && i == c.last() + 1) {
                    from = i + 1;
                } else if (t.isWord() && CONDITIONALS.contains(t.stem()) && t.segments().get(0).prefix().isEmpty()) {
                    from = i + 1;
                }
            }
            if (from < 0) {
                return List.of();
            }
            for (ActorMention m : mentions) {
                if (m.first() < from || subj.stream().anyMatch(x -> x.primary() != null && x.primary().equals(m.primary()))) {
                    continue;
                }
                if (participant(m) || m.form() == ActorMention.Form.ADJECTIVE && m.primary() != null
                        && !tokens.get(m.first()).segments().get(0).hasArticle() && tokens.get(m.end() - 1).norm().endsWith("ا")) {
                    return List.of(m);
                }
            }
            return List.of();
        }

        /**
         * A masdar in a time adverbial (خلال زيارة، أثناء محادثات، عقب لقاء) with no agent of its own: it
         * is an act of the clause's subject, the one the text is about.
         */
        private boolean adverbial(Cue c) {
            int i = c.head() - 1;
            if (i < a || !tokens.get(i).isWord()) {
                return false;
            }
            return bareWordOf(tokens.get(i), TIME_ADVERBIALS);
        }

        /** Whether a reading of the word is one of {@code stems} with no pronoun and at most و/ف before it (وخلال، فعبر). */
        private boolean bareWordOf(Token t, Set<String> stems) {
            for (Segment s : t.segments()) {
                if (s.suffix().isEmpty() && stems.contains(s.stem())
                        && (s.prefix().isEmpty() || s.prefix().equals("و") || s.prefix().equals("ف"))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The word at {@code i} can be a genitive: a word with no preposition, glued or standing alone, and not the
         * verb of doing that opens a relative clause naming the agent («في قصف شنه الحوثيون»).
         */
        private boolean genitiveFollows(int i) {
            if (i >= b || !tokens.get(i).isWord() || STANDALONE_PREPS.contains(tokens.get(i).norm())
                    || doingVerbWithResumptive(i)) {
                return false;
            }
            return gluedPreposition(tokens.get(i).segments().get(0).prefix()) == null;
        }

        /**
         * The cue's verb is written with a damma on its stem's first letter (قُتل، أُعدم، فقُتلوا): the passive of the
         * past, spelled out. Not on a present's prefix (يُهاجم، تُطلق are active too). Reads the token's own characters:
         * normalization drops the vowels.
         */
        private boolean vowelledPassive(Cue c) {
            String stem = c.reading().stem();
            if (stem.isEmpty() || stem.charAt(0) == 'ي' || stem.charAt(0) == 'ت' || stem.charAt(0) == 'ن') {
                return false;
            }
            Token t = tokens.get(c.head());
            int letters = c.reading().prefix().length() + 1; // the proclitics' letters and the stem's first
            for (int i = t.start(); i < t.end(); i++) {
                char ch = text.charAt(i);
                if (ch >= '\u064B' && ch <= '\u0652' || ch == '\u0640') {
                    if (letters == 0 && ch == '\u064F') {
                        return true;
                    }
                    continue; // a vowel, shadda or tatweel: no letter
                }
                if (letters == 0) {
                    return false; // the stem's second letter, no damma before it
                }
                letters--;
            }
            return false;
        }

        /**
         * A preposition governs the cue's word: glued to it (لقصف، بقتل) or standing right before it, alone or after
         * و/ف (عبر خطف، وبعد طرد; {@link #PHRASE_PREPOSITIONS}, which leave out من, also the pronoun "who": «من
         * قتل»). No verb follows a preposition, so the bare past there is the masdar it is also the form of.
         */
        private boolean prepositionBefore(Cue c) {
            if (!patterns.isBarePast(c.pattern(), c.reading().stem()) || !c.reading().suffix().isEmpty()
                    || c.reading().hasArticle() || c.last() >= c.end() || !genitiveFollows(c.end())) {
                // ليقتل is a verb (the lam of purpose), قتلهم a verb with its object; «بالضرب» has no genitive;
                // a cue with further words takes its object there, its genitive is the agent («مع شن مسلحين
                // هجوما»); and a preposition after it («لقصف بدبابات تركية») opens no genitive
                return false;
            }
            if (gluedPreposition(c.reading().prefix()) != null) {
                return true;
            }
            int i = c.head() - 1;
            if (i < a || !tokens.get(i).isWord() || !c.reading().prefix().isEmpty()) {
                return false;
            }
            return bareWordOf(tokens.get(i), PHRASE_PREPOSITIONS);
        }

        /**
         * Whether a victim act's bare past joined by و (وقتل) comes right after another act named by a masdar and at most
         * {@link #JOINED_MASDAR_GAP} words of its genitive: it is that masdar's fellow, a masdar too, and what follows
         * it its genitive, the victim («تفجير المساجد وقتل رجال الأمن»، «تدمير اليمن وقتل الشعب»، «لضرب وقتل النساء»).
         * The act before is a masdar when its pattern is a noun's (N) or it carries the article or a glued preposition;
         * a verb before («قصفت ... وقتلت») makes a verb of the second too, and so does a verb between them.
         */
        private boolean joinedToMasdar(Cue c) {
            if (!c.reading().prefix().equals("و") || !patterns.isBarePast(c.pattern(), c.reading().stem())
                    || !c.reading().suffix().isEmpty() || c.last() >= c.end() || !genitiveFollows(c.end())) {
                return false;
            }
            for (Cue o : cues) {
                if (o == c || o.end() > c.head() || c.head() - o.end() > JOINED_MASDAR_GAP) {
                    continue;
                }
                boolean masdar = o.pattern().kind() == 'N' || o.reading().hasArticle()
                        || gluedPreposition(o.reading().prefix()) != null;
                if (!masdar) {
                    continue;
                }
                boolean plain = true;
                for (int i = o.end(); i < c.head(); i++) {
                    plain &= tokens.get(i).isWord() && (verbAt.length == 0 || !verbAt[i - a]);
                }
                if (plain) {
                    return true;
                }
            }
            return false;
        }

        /** A noun of occurrence right before the cue (حوادث، عمليات; modifiers.tsv, event-head). */
        private boolean eventHeadBefore(Cue c) {
            int i = c.head() - 1;
            if (i < a || !tokens.get(i).isWord() || !c.reading().prefix().isEmpty()) {
                return false;
            }
            List<Segment> readings = tokens.get(i).segments();
            for (int r = 0; r < readings.size(); r++) {
                if (modifiers.is(readings.get(r).stem(), Modifiers.Kind.EVENT_HEAD)) {
                    return true;
                }
            }
            return false;
        }

        /** The subject in play: the last event verb's subject in this sentence, else the one carried from before. */
        private List<ActorMention> subjectInPlay() {
            return lastSubject.isEmpty() ? carried : lastSubject;
        }

        /**
         * Whether a masdar of receiving stands in «في» after a verb of being or finding (modifiers.tsv
         * {@code at-reception}: «وكان في استقبالهم ... خادم الحرمين الشريفين»، «حيث وجد في استقباله مسؤولين»):
         * the idiom names the one received in the masdar's genitive and the host after it.
         */
        private boolean atReception(Cue c) {
            int fi = c.head() - 1;
            if (fi - 1 < a || !tokens.get(fi).norm().equals("في") || !tokens.get(fi - 1).isWord()) {
                return false;
            }
            return modifiers.is(tokens.get(fi - 1).norm(), Modifiers.Kind.AT_RECEPTION);
        }

        /**
         * The word right before the cue is the light verb of the passive (modifiers.tsv passive-light: تم، يتم، سيتم,
         * with or without و/ف): the cue is its masdar, acted upon («تم قتل متمردين»، «وتم اعتقاله»).
         */
        private boolean passiveLightBefore(Cue c) {
            int i = c.head() - 1;
            if (i < a || !tokens.get(i).isWord() || !c.reading().prefix().isEmpty()) {
                return false;
            }
            for (Segment s : tokens.get(i).segments()) {
                if (modifiers.is(s.stem(), Modifiers.Kind.PASSIVE_LIGHT)) {
                    return true;
                }
            }
            String w = tokens.get(i).norm();
            return (w.startsWith("و") || w.startsWith("ف")) && modifiers.is(w.substring(1), Modifiers.Kind.PASSIVE_LIGHT);
        }

        /** Words that may open a sentence before its topic (وكان، إن، ثم ...), normalized. */
        private static final Set<String> TOPIC_OPENERS = Set.of("كان", "وكان", "كانت", "وكانت", "ان", "وان", "ثم",
                "كما", "فيما", "بينما", "لكن", "ولكن", "اما", "واما");

        /**
         * The actor a sentence opens with (after at most one opener such as وكانت or إن), when it is a
         * participant not governed by a preposition and stands before the cue: the topic of a nominal sentence.
         */
        private ActorMention topic(Cue c) {
            for (ActorMention m : mentions) {
                if (m.first() >= c.head()) {
                    return null;
                }
                int start = a;
                if (start < m.first() && TOPIC_OPENERS.contains(tokens.get(start).norm())) {
                    start++;
                }
                return m.first() == start && participant(m) && !prepositional(m) ? m : null;
            }
            return null;
        }

        /**
         * The group holds the actor the article names most (a tie counts): the one a sentence that names no
         * subject of its own goes on about. A subject carried from the sentence before is borrowed only then;
         * when that subject was a side actor, a verb with no named subject has, far more often, one the
         * dictionaries do not know («ووصلت الطائرة السعودية»، «والدة الأسير ... تعتصم»، «وكان ميسي قد حل ضيفا»).
         */
        private boolean aboutIt(List<ActorMention> group) {
            for (ActorMention m : group) {
                if (m.primary() != null && focus.getOrDefault(m.primary(), 0) >= mostNamed) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the speaker borrowed as an act's agent is named after the act: «اللقاء الثلاثي ... بعقدة التمسك
         * بالأسد، وبوغدانوف رد على تصريح» (a later clause's speaker), «أكد ... خلال المحادثات النووية مع ايران» (a
         * party of the act itself, read as the reporting verb's subject). What is reported follows its speaker; an
         * attribution after the act («بحسب ما اعلنت الوكالة») stays; the speaker still attributes the act, he only
         * does not do it.
         */
        private boolean namedAfterAct(ActorMention speaker, Cue c) {
            return speaker.first() > c.last() && !attributionAfter(speaker, c);
        }

        /**
         * Whether a reporting phrase with no verb (reporting.tsv kind P: «بحسب ما اعلنت الوكالة»، «وفقا لـ») stands
         * between the act and its speaker, with و or as written.
         */
        private boolean attributionAfter(ActorMention speaker, Cue c) {
            for (int i = c.last() + 1; i < speaker.first() && i < b; i++) {
                Token t = tokens.get(i);
                if (t.isWord() && (modifiers.isReportingPhrase(t.norm())
                        || t.norm().startsWith("و") && modifiers.isReportingPhrase(t.norm().substring(1)))) {
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
        private boolean ourOwnAct(Cue c) {
            return !c.isVerb() && c.reading().suffix().equals(FIRST_PERSON_PLURAL)
                    && !VICTIM_ROOTS.contains(c.pattern().root());
        }

        /** The one who says «we» of the act {@code c}: a named speaker before it that is no country, or none. */
        private List<ActorMention> ourSpeaker(ActorMention speaker, Cue c) {
            return speaker != null && participant(speaker) && !"GPE".equals(speaker.type())
                    && speaker.end() <= c.head() ? List.of(speaker) : List.of();
        }

        /** A verb cue in the first person plural (ندعم، قدمنا; EventPatterns#isFirstPersonPlural). */
        private boolean firstPerson(Cue c) {
            return c.isVerb() && patterns.isFirstPersonPlural(c.pattern(), c.reading().stem());
        }

        /** Whether the verb cue carries "me" or "us" as its object (دعاني، تهاجمنا، دعانا). */
        private boolean firstPersonObject(Cue c) {
            return c.isVerb() && patterns.isFirstPersonObject(c.pattern(), c.reading().stem(), c.reading().suffix());
        }

        /** True for a non-empty group of individuals: named persons or single office-holders (الرئيس، الوزير). */
        private boolean individuals(List<ActorMention> group) {
            if (group.isEmpty()) {
                return false;
            }
            for (ActorMention m : group) {
                boolean officeHolder = m.entry() != null && m.entry().kind() == org.marsad.actors.ActorKind.AGENT
                        && m.entry().title();
                if (!"PERS".equals(m.type()) && !officeHolder) {
                    return false;
                }
            }
            return true;
        }

        /** The preposition that governs a mention: glued (لروسيا، بموسكو), standalone (على، مع، إلى), or on the masdar before it (بدعم كوريا). */
        private String prepositionOf(ActorMention m) {
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
            return s.suffix().isEmpty() && (modifiers.is(s.stem(), Modifiers.Kind.PARTITIVE)
                    || modifiers.is(s.stem(), Modifiers.Kind.COUNT));
        }

        /** The mention is the genitive of a word with a glued preposition (بدعم كوريا، لمحاربة داعش). */
        private boolean indirect(ActorMention m, int from) {
            int before = beforeOpeningQuotes(m.first() - 1);
            return gluedPreposition(m.prefix()) == null && before >= a && tokens.get(before).isWord()
                    && gluedPreposition(tokens.get(before).segments().get(0).prefix()) != null
                    || opposed(m, from);
        }

        /**
         * The index of the token at or before {@code i} past the quotation marks that open a quoted name («لقتال
         * «داعش»»، «ضد تنظيم ” داعش ”»): a « or „ always opens; a straight or curly one opens when the word after it
         * is written against it and the one before it is not (in «لتهديد" اسرائيل» it closes a quotation).
         */
        private int beforeOpeningQuotes(int i) {
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

        /**
         * The mention is the object of a masdar of opposing right before it (modifiers.tsv governing-masdar), a
         * word after the cue's own (from {@code from} on): with a preposition glued to the masdar or standing
         * before it (لمحاربة داعش، في مواجهة تنظيم داعش، دعم مكافحة الإرهاب), or with the لـ the masdar takes its
         * object with (للتصدي لتنظيم داعش). It is that masdar's, never the target of the cue before it: «تدعم
         * أي جهود للتصدي لتنظيم داعش» supports the efforts, not ISIS.
         */
        /**
         * The mention is the body the cue's agents belong to: after a word of affiliation (modifiers.tsv affiliation)
         * with its لـ or إلى, when the agents stand between the cue and it, after a verb of doing with a resumptive
         * pronoun (هجوم نفذه) or after «من قبل» / «على يد»: «هجوم انتحاري نفذه مسلحون يعتقد بانتمائهم لتنظيم «القاعدة
         * في جزيرة العرب»». The preposition is the affiliation's, so the attackers' body is never the target through
         * it. Not the victims' body: «تمديد الاعتقال الاداري له ... بتهمة الانتماء لتنظيم الجهاد الاسلامي».
         */
        private boolean agentsBody(ActorMention m, Cue c) {
            int word = affiliationWord(m);
            if (word < 0 || word <= c.head()) {
                return false;
            }
            // from the cue's head: its own words may name the agents past the verb of doing («هجوم نفذه مسلحون»)
            for (int i = c.head() + 1; i < word; i++) {
                Token t = tokens.get(i);
                if (t.isPunct() && !QUOTES.contains(t.norm())) {
                    return false; // another clause
                }
                String w = t.norm();
                String next = tokens.get(i + 1).norm();
                if (doingVerbWithResumptive(i) || w.equals("من") && next.equals("قبل")
                        || w.equals("علي") && (next.equals("يد") || next.equals("ايدي"))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The token of the word of affiliation (modifiers.tsv affiliation) whose لـ or إلى governs the mention, or -1:
         * «بانتمائهم لتنظيم «القاعدة»»، «ينتمون إلى تنظيم داعش»، «المنتمين لداعش».
         */
        private int affiliationWord(ActorMention m) {
            return governingWord(m, Modifiers.Kind.AFFILIATION);
        }

        /**
         * The token of a word of {@code kind} whose لـ or إلى governs the mention (glued to it, to its one noun, or
         * written apart before it), or -1.
         */
        private int governingWord(ActorMention m, Modifiers.Kind kind) {
            int i = beforeOpeningQuotes(m.first() - 1); // the word before the name, past its opening quotes
            String glued = gluedPreposition(m.prefix());
            if (glued != null) {
                if (!"ل".equals(glued)) {
                    return -1; // بانتمائهم لداعش: i is the word of affiliation
                }
            } else if (i > a && tokens.get(i).isWord() && AFFILIATION_PREPS.contains(tokens.get(i).norm())) {
                i = i - 1; // ينتمون إلى «داعش»
            } else if (i > a && tokens.get(i).isWord()) {
                // the preposition on the name's one noun (بانتمائهم لتنظيم «القاعدة») or before it (ينتمون إلى تنظيم داعش)
                Segment noun = tokens.get(i).segments().get(0);
                if ("ل".equals(gluedPreposition(noun.prefix()))) {
                    i = i - 1;
                } else if (!noun.hasArticle() && noun.prefix().isEmpty() && i - 1 > a && tokens.get(i - 1).isWord()
                        && AFFILIATION_PREPS.contains(tokens.get(i - 1).norm())) {
                    i = i - 2;
                } else {
                    return -1;
                }
            } else {
                return -1;
            }
            if (i < a || !tokens.get(i).isWord()) {
                return -1;
            }
            for (Segment seg : tokens.get(i).segments()) {
                if (modifiers.is(seg.stem(), kind)) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * Whether the actor {@code m} is the body the subject belongs to or is loyal to, named in the subject's own noun
         * phrase after a participle of belonging (modifiers.tsv belonging: «قتل ناشطو الحركة التابعة لتنظيم القاعدة، 148
         * شخصا»، «استعادت قوات المقاومة الشعبية الموالية للرئيس اليمني ... السيطرة»): the subject's parent or patron, on
         * its side, never the one its act is done to. The participle follows a subject mention at once or after up to
         * {@link #PATRON_HEAD_GAP} words of its phrase opened by من («مسؤولون من منظمة الطفولة التابعة للأمم المتحدة»),
         * with no punctuation, no other actor and not the cue between. After the object the same words name the object's owner
         * («غارات على مواقع تابعة لداعش»), which stays the target.
         */
        private boolean patronOfSubject(ActorMention m, List<ActorMention> subj, Cue c) {
            if (subj.isEmpty()) {
                return false;
            }
            int w = governingWord(m, Modifiers.Kind.BELONGING);
            if (w < 0) {
                return false;
            }
            for (ActorMention s : subj) {
                if (s.end() > w || w - s.end() > PATRON_HEAD_GAP || c.head() >= s.end() && c.head() < w) {
                    continue;
                }
                // words between are the subject's own only after من (of, from: the body or the place it is of);
                // other words there are the object («قصفت القوات التركية مواقع تابعة لحزب العمال»، «ضد أهداف تابعة لداعش»)
                boolean phrase = w == s.end() || tokens.get(s.end()).norm().equals("من");
                for (int j = s.end(); j < w && phrase; j++) {
                    int at = j;
                    phrase = tokens.get(j).isWord() && mentions.stream().noneMatch(o -> o.first() <= at && at < o.end());
                }
                if (phrase) {
                    return true;
                }
            }
            return false;
        }

        private boolean opposed(ActorMention m, int from) {
            int i = beforeOpeningQuotes(m.first() - 1); // «لقتال «داعش»»: the masdar before the quoted name
            String prep = gluedPreposition(m.prefix());
            if (i < from || i <= a || !tokens.get(i).isWord() || prep != null && !prep.equals("ل")) {
                return false;
            }
            List<Segment> readings = tokens.get(i).segments();
            for (int r = 0; r < readings.size(); r++) {
                Segment seg = readings.get(r);
                // a nationality or a country after a bare one may say whose it is (مقاتلة سورية, a Syrian fighter jet)
                if (modifiers.is(seg.stem(), Modifiers.Kind.GOVERNING_MASDAR) && (gluedPreposition(seg.prefix()) != null
                        || m.form() != ActorMention.Form.ADJECTIVE && !isPlace(m))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The token of the noun of membership (modifiers.tsv member: قائد، قيادي، مسؤول، عضو، عنصر، مسلح) that an actor
         * governed by a free-standing «في» or partitive «من» belongs to, or -1: «قائدا كبيرا في البحرية السعودية زار
         * مدينة عدن»، «وتبنى مسؤول في التنظيم المتطرف ... التفجير»، «قتل مسلحان من مليشيات الحوثي». After «من» a number or
         * a word of counting is such a noun too («22 من ميليشيات الحوثي»، «عشرات من داعش»). The persons are the body's,
         * and no dictionary names them, so the body stands for them, as «مسؤول عراقي» does for an Iraqi official. At most
         * {@value #MEMBER_ADJECTIVES} agreeing words between the noun and the preposition (كبيرا، بارز، رفيع); not a place
         * («مسؤول في سوريا» is no Syrian official, «مسلحين من سوريا» came from there).
         */
        private int memberAt(ActorMention m) {
            int fi = m.first() - 1;
            if (fi - 1 < a || isPlace(m) || "GPE".equals(m.type()) || !tokens.get(fi).isWord()) {
                return -1;
            }
            String prep = tokens.get(fi).norm();
            boolean partitive = prep.equals("من");
            if (!partitive && !prep.equals("في")) {
                return -1;
            }
            for (int i = fi - 1; i >= a && i >= fi - 1 - MEMBER_ADJECTIVES; i--) {
                Token t = tokens.get(i);
                if (partitive && i == fi - 1 && t.kind() == org.marsad.text.TokenKind.NUMBER) {
                    return i;
                }
                if (!t.isWord()) {
                    return -1;
                }
                Segment s = t.segments().get(0);
                if (t.segments().size() == 1 && s.suffix().isEmpty()
                        && (s.prefix().isEmpty() || s.prefix().equals("و"))
                        && (modifiers.is(s.stem(), Modifiers.Kind.MEMBER)
                            || partitive && i == fi - 1 && modifiers.is(s.stem(), Modifiers.Kind.COUNT))) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * Whether a relative pronoun follows an actor, past at most {@value #MEMBER_ADJECTIVES} words: the clause it opens
         * says what the actor did («اعتقلت ثلاثة من المتطرفين اليهود الذين اقتحموا الأقصى»: they stormed it, they were
         * not its victims).
         */
        private boolean describedByRelative(ActorMention m) {
            for (int i = m.end(); i < b && i <= m.end() + MEMBER_ADJECTIVES; i++) {
                if (!tokens.get(i).isWord()) {
                    return false;
                }
                if (clauseBreaks.isRelativePronoun(tokens.get(i).norm())) {
                    return true;
                }
            }
            return false;
        }

        /** Whether an actor stands for its members named before it («مسلحان من مليشيات الحوثي»): see {@link #memberAt}. */
        private boolean ofMembers(ActorMention m) {
            return prepositional(m) && memberAt(m) >= 0;
        }

        private boolean prepositional(ActorMention m) {
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
        private static String conjoinedPreposition(Token t) {
            String w = t.norm();
            if (!t.isWord() || w.length() < 3 || w.length() > 5 || w.charAt(0) != 'و' && w.charAt(0) != 'ف') {
                return null; // the prepositions have two to four letters
            }
            String rest = w.substring(1);
            return STANDALONE_PREPS.contains(rest) ? rest : null;
        }

        private static String gluedPreposition(String prefix) {
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

        private boolean gapIs(int from, int to, Set<String> allowed) {
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
        private int listGoesOn(int from, int to) {
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
        private boolean wordsOnly(int from, int to) {
            for (int i = from; i < to; i++) {
                if (!tokens.get(i).isWord() && !(i == from && CLOSING_QUOTES.contains(tokens.get(i).norm()))) {
                    return false;
                }
            }
            return true;
        }

        /** Punctuation other than quote marks between two tokens (commas count). */
        private boolean anyPunct(int from, int to) {
            return punctBetween(from, to, Set.of());
        }

        /**
         * Whether a word of matter (modifiers.tsv {@code matter}: على) stands in [from, to), not as the start of an
         * adverbial (على هامش): after a symmetric act (agree, meet, sign) it opens what the
         * parties agree or meet on (اتفق الزعيمان على أن قرار الشعب اليوناني ...، اتفقا على دعم حكومة العراق), never
         * a partner. (After violence على names the target: الغارات على قواعده.)
         */
        private boolean matterBetween(int from, int to) {
            for (int i = Math.max(from, a); i < to && i < b; i++) {
                if (tokens.get(i).isWord() && modifiers.is(tokens.get(i).norm(), Modifiers.Kind.MATTER)
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
        private int asides(int from, int to) {
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
         * Whether another cue of the sentence stands between the cue {@code c} (its parties end at {@code from}) and the
         * actor {@code m} after the preposition {@code prep}, past punctuation, and takes a party with that preposition
         * itself, as a verb or a masdar after a preposition (its own clause or phrase, not c's object: «عقد الملك ...، مساء
         * الاثنين، جلسة مباحثات رسمية مع الرئيس فرانسوا هولاند» keeps Hollande): then the phrase is that later cue's.
         * «وبدأ كيري نهاره بلقاء الجبير وأمير قطر تميم بن حمد آل ثاني، قبل التوجه الى اللقاء المقرر مع وزراء مجلس التعاون
         * الخليجي»: the ministers are the later meeting's party, not the Emir's; «ويلتقي اليوم وزير الخارجية الأميركي جون
         * كيري بنظرائه الخليجيين، كما يعقد وزير الخارجية الروسي سيرغي لافروف مباحثات مع أمير دولة قطر»: Kerry does not
         * meet the Emir.
         */
        private boolean laterCueTakes(Cue c, int from, ActorMention m, String prep) {
            for (Cue o : cues) {
                if (o.head() > c.last() && o.head() >= from && o.head() < m.first() && !c.words().contains(o.head())
                        && (o.isVerb() || gluedPreposition(o.reading().prefix()) != null || o.head() - 1 >= a
                            && PHRASE_PREPOSITIONS.contains(tokens.get(o.head() - 1).norm()))
                        && o.pattern().frame().targetPreps().contains(prep) && punctBetween(from, o.head(), Set.of())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Punctuation other than quote marks and list commas between two tokens. A comma before a verb
         * («ستقاطع القمة، وانتقد الولايات المتحدة») or a verb joined by و/ف opens a new clause whose actors
         * are not this one's.
         */
        private boolean crossesPunct(int from, int to) {
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

        private boolean punctBetween(int from, int to, Set<String> allowed) {
            for (int i = from; i < to; i++) {
                Token t = tokens.get(i);
                if (t.isPunct() && !aside(i) && !QUOTES.contains(t.norm()) && !allowed.contains(t.norm())) {
                    return true;
                }
            }
            return false;
        }

        private boolean negated(Cue c) {
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
                    if (near && modifiers.is(s.stem(), Modifiers.Kind.NEGATION) && !negationIdiomAt(i + 1)
                            || modifiers.is(s.stem(), Modifiers.Kind.NEGATION_VERB)) {
                        return true;
                    }
                }
            }
            return denied(c);
        }

        /**
         * Whether token {@code i}, right after لا or ما, makes the pair an idiom and no negation (modifiers.tsv
         * {@code not-negation}): «ولا سيما الهجمات التي شنها تنظيم داعش» (especially), «ما زالت الغارات مستمرة» (still).
         */
        private boolean negationIdiomAt(int i) {
            return i < b && tokens.get(i).isWord() && modifiers.is(tokens.get(i).norm(), Modifiers.Kind.NOT_NEGATION);
        }

        /**
         * Whether the cue is an act being prepared, arranged, planned or authorised (modifiers.tsv {@code preparation},
         * followed by a word with لـ; {@code preparation-object}, a cooperative act its object right after it): «ويتم حاليا ترتيب
         * لقاء بين الائتلاف السوري والمسؤول العسكري الأميركي»، «أعطى وزراء مالية منطقة اليورو الضوء الأخضر لفتح
         * مفاوضات». The act is still to come, an intent (036 for a meeting); the preparing is no act of its own here.
         * The act stands at most {@link #PREPARED_REACH} words after the word, no punctuation, relative pronoun or
         * clause break between.
         */
        private boolean prepared(Cue c) {
            if (c.isVerb()) {
                return false;
            }
            int first = c.head();
            for (int w : c.words()) {
                first = Math.min(first, w); // a phrase cue's head may be its last word
            }
            for (int i = first - 1; i >= Math.max(a, first - PREPARED_REACH); i--) {
                Token t = tokens.get(i);
                if (!t.isWord() || clauseBreaks.isRelative(t)) {
                    return false;
                }
                // arranging a coercive act is orchestrating it (قام بترتيب اعتقال ميخائيل كودوركوفسكي: he was arrested)
                boolean objectRightAfter = i == first - 1 && COOPERATIVE_ROOTS.contains(c.pattern().root())
                        && hasBareStem(t, Modifiers.Kind.PREPARATION_OBJECT);
                boolean lamAfter = hasBareStem(t, Modifiers.Kind.PREPARATION)
                        || modifiers.phraseEndsAt(tokens, a, i, Modifiers.Kind.PREPARATION);
                if (objectRightAfter || lamAfter && withLam(tokens.get(i + 1))) {
                    return !clauseBreaks.anyBetween(tokens, i + 1, first);
                }
            }
            return false;
        }

        /** Whether a reading of {@code t} has a stem of {@code kind} and no pronoun (للتحضير، تمهيدا، ترتيبات). */
        private boolean hasBareStem(Token t, Modifiers.Kind kind) {
            for (Segment s : t.segments()) {
                if (s.suffix().isEmpty() && modifiers.is(s.stem(), kind)) {
                    return true;
                }
            }
            return false;
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
                if (i > a && tokens.get(i - 1).isWord() && modifiers.is(tokens.get(i - 1).norm(), Modifiers.Kind.NEGATION)) {
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
            int that = -1;
            for (int i = c.head() - 1; i >= Math.max(a, c.head() - FEARED_REACH); i--) {
                Token t = tokens.get(i);
                if (!t.isWord()) {
                    return false; // punctuation: the cue is in another clause than any أن before it
                }
                if (clauseBreaks.isContentParticle(t.norm())) {
                    that = i;
                    break;
                }
            }
            if (that < 0 || clauseBreaks.anyBetween(tokens, that + 1, c.head()) || relativeOrReportingBetween(that + 1, c.head())
                    || topicBetween(that + 1, c.head())) {
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
                    if (!s.hasArticle() && modifiers.is(s.stem(), Modifiers.Kind.FEAR)
                            || modifiers.is(s.stem(), Modifiers.Kind.LIKELIHOOD)) {
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
                if (t.isWord() && (modifiers.is(t.norm(), Modifiers.Kind.TOPIC)
                        || t.norm().startsWith("و") && modifiers.is(t.norm().substring(1), Modifiers.Kind.TOPIC))) {
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
            int first = c.head();
            for (int w : c.words()) {
                first = Math.min(first, w); // a phrase cue's head may be its last word (أعمال إرهابية)
            }
            if (first <= a || !tokens.get(first - 1).isWord()) {
                return false;
            }
            String w = tokens.get(first - 1).norm();
            // with a glued preposition too («بضرورة التصدي بحزم لتلك الأعمال الإرهابية»), which the analyzer leaves on it
            return modifiers.is(w, Modifiers.Kind.DEMONSTRATIVE)
                    || w.length() > 3 && gluedPreposition(w.substring(0, 1)) != null
                        && modifiers.is(w.substring(1), Modifiers.Kind.DEMONSTRATIVE);
        }

        /** Whether token {@code i} is a word of necessity or possibility: bare or after a conjunction, بـ or لـ, or a phrase (لا بد). */
        private boolean modalAt(int i) {
            for (Segment s : tokens.get(i).segments()) {
                if (s.suffix().isEmpty() && !s.hasArticle() && MODAL_CLITICS.contains(s.prefix())
                        && modifiers.is(s.stem(), Modifiers.Kind.MODAL)) {
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
            if (i > a && tokens.get(i).isWord() && modifiers.is(tokens.get(i).norm(), Modifiers.Kind.APPEAL_TO)) {
                i--;
            } else if (!c.reading().prefix().contains("ل")) {
                return false;
            }
            if (i < a || !tokens.get(i).isWord()) {
                return false;
            }
            for (Segment s : tokens.get(i).segments()) {
                if ((s.prefix().isEmpty() || s.prefix().equals("و") || s.prefix().equals("ف")) && s.suffix().isEmpty()
                        && modifiers.is(s.stem(), Modifiers.Kind.APPEAL)) {
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
                    && modifiers.is(tokens.get(c.head() - 1).norm(), Modifiers.Kind.APPEAL_TO))) {
                return false;
            }
            for (int i = c.head() - 1; i >= Math.max(a, c.head() - INVITATION_REACH); i--) {
                Token t = tokens.get(i);
                if (!t.isWord() && !BRACKETS.contains(t.norm()) || clauseBreaks.isRelative(t)) {
                    return false; // a bracket glosses a name: «لقيادة الحركة (حماس) لزيارة موسكو»
                }
                for (Segment s : t.segments()) {
                    if (modifiers.is(s.stem(), Modifiers.Kind.INVITATION) || modifiers.is(s.stem(), Modifiers.Kind.APPEAL)) {
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
            if (before != null && before.isWord() && modifiers.is(before.norm(), Modifiers.Kind.SEQUEL)) {
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
                        || modifiers.is(t.norm(), Modifiers.Kind.FUTURE) || modifiers.is(t.norm(), Modifiers.Kind.INTENT)) {
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

        private Cue verbCueAt(int i) {
            for (Cue v : cues) {
                if (v.isVerb() && v.head() == i) {
                    return v;
                }
            }
            return null;
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

        /** Which tokens of the sentence are words of denial (see {@link #denied}); made when first needed. */
        private boolean[] denialWords;

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
                        && modifiers.is(s.stem(), Modifiers.Kind.DENIAL)
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
            for (int[] r : reporting) {
                if (r[0] >= from && r[0] < to) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the word right after a verb cue is a noun of a thing or an amount (modifiers.tsv
         * {@code thing-subject}: إنتاج، صادرات، أسعار، الاتصالات): that noun is the verb's subject, so the verb tells
         * what became of the thing, and the actor in its genitive (إنتاج السعودية) is neither agent nor object.
         */
        private boolean thingSubject(Cue c) {
            int i = c.end();
            if (i >= b || !tokens.get(i).isWord() || c.words().contains(i)) {
                return false; // «بعث رسالة»، «تجري اتصالات»: the thing is the cue's own object
            }
            String w = tokens.get(i).norm();
            return modifiers.is(w, Modifiers.Kind.THING_SUBJECT)
                    || w.startsWith("ال") && modifiers.is(w.substring(2), Modifiers.Kind.THING_SUBJECT);
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
                    if (modifiers.isFutureVerb(next) || modifiers.is(next.norm(), Modifiers.Kind.FUTURE)
                            || modifiers.is(next.norm(), Modifiers.Kind.INTENT)) {
                        return true;
                    }
                    // «التي من المزمع أن»، «التي من المقرر»
                    return i + 2 < b && tokens.get(i + 2).isWord()
                            && modifiers.is(tokens.get(i + 2).norm(), Modifiers.Kind.INTENT);
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
         * Whether a masdar of a non-violent act (تعزيزات، اجتماع) is what a violent cue a few words before it strikes:
         * right after على / ضد («شنت طائرات التحالف امس غارات جوية على تعزيزات عسكرية»), or right after a violent verb
         * as its object («شنت غارتين استهدفت تعزيزات للحوثيين»). What a strike hits is a thing, not an act of its
         * attacker. A masdar joined by و is one more act of a list («تطهير عرقي وتهجير واستيلاء»), one with a
         * preposition of its own a time or a place (عقب زيارة، خلال اجتماع), so neither is read so.
         */
        private boolean struckByViolence(Cue c) {
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
        private boolean dangerNamed(Cue c) {
            if (!THREAT_ROOT.equals(c.pattern().root())) {
                return false;
            }
            if (c.last() == c.end() - 1 && c.end() < b && tokens.get(c.end()).isWord()) {
                String w = tokens.get(c.end()).norm(); // as written, with the article or without (الأمن، أمن)
                if (modifiers.is(w, Modifiers.Kind.ENDANGERED)
                        || w.startsWith("ال") && modifiers.is(w.substring(2), Modifiers.Kind.ENDANGERED)) {
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
                        && modifiers.is(w.substring(1), Modifiers.Kind.CONSTITUTING)) {
                    return true;
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
        private boolean alleged(Cue c) {
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
                        && modifiers.is(w.substring(1), Modifiers.Kind.ACCUSATION)) {
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
                        && modifiers.is(w.substring(1), Modifiers.Kind.PASSIVE_LIGHT)) {
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
         * Whether a meeting masdar (root 04: لقاء) is an interview, an adjective of the press or broadcasting right
         * after it (modifiers.tsv interview: «عبر لقاء تلفزيوني»، «في لقاء صحفي»): the one interviewed met no party.
         */
        private boolean interview(Cue c) {
            if (!c.isMasdar() || !c.pattern().root().equals("04") || c.end() >= b) {
                return false;
            }
            Token t = tokens.get(c.end());
            if (!t.isWord()) {
                return false;
            }
            String w = t.norm();
            return modifiers.is(w, Modifiers.Kind.INTERVIEW)
                    || w.startsWith("ال") && modifiers.is(w.substring(2), Modifiers.Kind.INTERVIEW);
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

        private String modality(Cue c, ActorMention speaker) {
            for (int i = c.head() - 1; i >= Math.max(a, c.head() - HYPOTHETICAL_REACH); i--) {
                Token t = tokens.get(i);
                // most words are no word of hypothesis in any reading: passed over on the word cache's fact
                if (t.isWord() && modifiers.mayBeHypothetical(t)
                        && (modifiers.is(t.segments().get(0).stem(), Modifiers.Kind.HYPOTHETICAL)
                            || modifiers.is(t.norm(), Modifiers.Kind.HYPOTHETICAL))
                        || t.isWord() && modifiers.phraseEndsAt(tokens, a, i, Modifiers.Kind.HYPOTHETICAL)) {
                    return "hypothetical";
                }
            }
            if (feared(c)) {
                return "hypothetical"; // what one fears may happen has not happened (يخشى زعماء الدول الخليجية من أن يؤدي رفع العقوبات)
            }
            if (modalBefore(c)) {
                return "hypothetical"; // an act needed or possible is none done (ترى ضرورة مشاركة دول كبرى في المفاوضات)
            }
            if (prepared(c)) {
                return "intended"; // an act arranged or authorised is still to come (ويتم حاليا ترتيب لقاء بين ...)
            }
            if (c.pattern().root().equals("03")) {
                return "intended";
            }
            if (c.reading().prefix().contains("س")) {
                return "intended"; // future سـ, on a verb or on a phrase that opens with one (سيطلب من)
            }
            if (!c.isVerb()) {
                for (int i = Math.max(a, c.head() - 3); i < Math.min(b, c.last() + 3); i++) {
                    if (tokens.get(i).isWord() && modifiers.is(tokens.get(i).norm(), Modifiers.Kind.FUTURE_ADJECTIVE)) {
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
            for (int i = c.head() - 1; i >= Math.max(a, c.head() - 4); i--) {
                Token t = tokens.get(i);
                if (!t.isWord()) {
                    continue;
                }
                for (Segment s : t.segments()) {
                    // a word of intent carries no pronoun of its own (بمحض إرادتهما is no أرادت + هما)
                    if (s.suffix().isEmpty() && modifiers.is(s.stem(), Modifiers.Kind.INTENT)
                            || modifiers.is(s.stem(), Modifiers.Kind.PREFERENCE) // «تفضل الوزارة منح قرض»
                            || i == c.head() - 1 && modifiers.is(s.stem(), Modifiers.Kind.FUTURE)
                            || aimable && modifiers.is(s.stem(), Modifiers.Kind.AIM)) {
                        return "intended";
                    }
                }
            }
            if (ruledOut(c)) {
                return "hypothetical"; // «استبعد لقاء روحاني وأوباما»: a meeting ruled out is none held
            }
            if (speaker != null && "MED".equals(speaker.role())) {
                return "reported";
            }
            return "asserted";
        }
    }

    /** A cooperative act announced for the future is an intent (03x); a future conflictual act keeps its code. */
    static String intentCode(String root, String code) {
        return switch (root) {
            case "04" -> "036";
            case "05" -> "032";
            case "06" -> "031";
            case "07" -> "033";
            case "08" -> "035";
            case "01", "02" -> code;
            default -> code;
        };
    }
}
