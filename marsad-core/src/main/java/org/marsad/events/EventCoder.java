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
    static final Set<String> QUOTES = Set.of("“", "”", "«", "»", "\"", "„", "'", "‘", "’", ":");
    /** Third-person pronouns on a verb: the resumptive object of a relative clause (التي أطلقها). */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("ه", "ها", "هم", "هما", "هن");
    /** Roots of cooperation whose intent has a code of its own (03x, {@link #intentCode}): meet, cooperate, aid, yield. */
    static final Set<String> COOPERATIVE_ROOTS = Set.of("04", "05", "06", "07", "08");
    /** Roots of violence: assault, fight, mass violence. Their agent is never borrowed (see {@link #BORROWED_AGENTS}). */
    static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");
    /**
     * Roots of a stance taken on what someone did: support, demand, disapprove, reject. The actor in the genitive of the
     * masdar they govern is no subject of theirs (modifiers.tsv act-masdar; session 29, events136).
     */
    static final Set<String> STANCE_ROOTS = Set.of("05", "10", "11", "12");

    final EventPatterns patterns;
    final Modifiers modifiers;
    final CueFinder cueFinder;
    /** Relative pronouns: a masdar's relative clause in the future (المحادثات التي ستجري) makes it an intent. */
    final ClauseBreaks clauseBreaks;
    /** News outlets' names, normalized (actors/outlets.tsv): in quotation marks they are the paper. */
    private final Set<String> outletNames;

    /**
     * The country entry of a state's code (ActorDictionary#country), or null: «بلاده» said by a speaker is re-coded as
     * the speaker's country ({@link SentenceCoder#ownCountryOfSpeaker}).
     */
    final java.util.function.Function<String, org.marsad.actors.ActorEntry> countries;
    /**
     * Adverbs of place, normalized (events/place-adverbs.tsv at and compass: وسط، داخل، غرب، شمالي ...): a place
     * right after one is where, never who ({@link SubjectSearch#inPlacePhrase}).
     */
    final Set<String> placeAdverbs = EventLocator.adverbs("at", "compass");

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
        return code(text, mentions, places, null);
    }

    /**
     * The events and the quotes of an article published on {@code published} (may be null: then no camp of
     * actors/alliances.tsv is known, and an act of force between two of its members stays as read).
     */
    public Coding code(AnalyzedText text, List<ActorMention> mentions,
                       java.util.function.IntFunction<List<PlaceMention>> places, java.time.LocalDate published) {
        List<DraftEvent> out = new ArrayList<>();
        List<DraftQuote> quotes = new ArrayList<>();
        List<Token> tokens = text.tokens();
        List<ActorMention> carried = List.of(); // subject group carried from the sentence before
        boolean carriedSpoke = false;
        int carriedPerson = SentenceContext.NO_PERSON;
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
            // «على صعيد آخر، قالت حركة ... إنها قتلت»: on another matter the last sentence's actor is not in play; only
            // in that sentence (the next ones go back to the story's actors as often as they go on with the new matter)
            int matterFrom = anotherMatterFrom(tokens, a, b);
            boolean anotherMatter = matterFrom >= 0;
            List<ActorMention> inPlay = anotherMatter ? List.of() : carried;
            SentenceCoder sc = new SentenceCoder(new SentenceInput(this, text.text(), tokens, a, b, ms, inPlay, s.index(),
                    places, focus, mostNamed));
            sc.lastPair = pair;
            sc.carriedSpoke = carriedSpoke && !anotherMatter;
            sc.carriedPerson = carriedPerson;
            sc.speakerInPlay = speaker;
            sc.speakerSentence = speakerSentence;
            sc.storyCountry = storyCountry;
            sc.anotherMatter = anotherMatter;
            sc.articleMentions = mentions;
            int from = out.size();
            sc.run(out);
            withoutCampmates(out, from, published);
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
                // «احتفى سفير السعودية لدى الدنمارك ... ببعثة المنتخب السعودي للسهام المشاركة في بطولة العالم»: a story
                // whose lead is about sport is one, however short, for the cues of play (not for the bare countries)
                boolean articleFrame = inSport || anyPlayCue(out, from, tokens, Modifiers.Kind.SPORT_SENSE)
                        && leadAboutSport(text);
                boolean sentenceFrame = sentenceSport;
                out.subList(from, out.size()).removeIf(e -> isPlay(e, tokens, articleFrame, sentenceFrame)
                        || travellersVisit(e, tokens) || comingTogetherIn(e, tokens));
            }
            sc.quotes(quotes);
            // «من جهة أخرى، قامت قوات الاحتلال الإسرائيلي أمس بقمع مسيرة»: the new matter's own subject (its first
            // verb's subject or speaker) goes on, even when none of its acts took it as the subject in play
            List<ActorMention> own = anotherMatter && sc.lastSubject.isEmpty() ? sc.mainVerbSubject(matterFrom) : List.of();
            carriedSpoke = !sc.lastSubject.isEmpty() ? sc.lastSubjectSpoke : !own.isEmpty() ? false : carriedSpoke;
            carriedPerson = !sc.lastSubject.isEmpty() ? sc.lastSubjectPerson
                    : !own.isEmpty() ? SentenceContext.NO_PERSON : carriedPerson;
            carried = !sc.lastSubject.isEmpty() ? sc.lastSubject : !own.isEmpty() ? own : carried;
            pair = sc.lastPair;
            speaker = sc.speakerInPlay;
            speakerSentence = sc.speakerSentence;
        }
        return new Coding(dedupe(out), quotes);
    }

    /** The roots of force between whose parties a camp (actors/alliances.tsv) is read: coerce, assault, fight, mass violence. */
    private static final Set<String> FORCE_ROOTS = Set.of("17", "18", "19", "20");

    /**
     * «معركة الزبداني التي يخوضها الحزب مع قوات النظام السوري»، «المنطقة التي حررها الجيش السوري الحر ستكون من حصة
     * المعارضة السورية»: an act of force the sentence's events {@code from} on read between two members of one camp of
     * a war (actors/alliances.tsv, on the article's day) names no enemy there: the campmate is no target. The agent
     * keeps the act with its target unidentified, unless the same cue has it acting on someone else already.
     */
    private static void withoutCampmates(List<DraftEvent> out, int from, java.time.LocalDate day) {
        if (day == null) {
            return;
        }
        for (int i = from; i < out.size(); i++) {
            DraftEvent e = out.get(i);
            if (e.source() == null || e.target() == null || !FORCE_ROOTS.contains(e.code().substring(0, 2))
                    || !Alliances.sameCamp(e.source(), e.target(), day)) {
                continue;
            }
            boolean otherTarget = false;
            for (int j = from; j < out.size() && !otherTarget; j++) {
                DraftEvent o = out.get(j);
                otherTarget = j != i && o.cue().head() == e.cue().head() && o.source() != null && o.target() != null
                        && java.util.Objects.equals(o.source().code(), e.source().code())
                        && !Alliances.sameCamp(o.source(), o.target(), day);
            }
            if (otherTarget) {
                out.remove(i--);
            } else {
                out.set(i, new DraftEvent(e.sentence(), e.cue(), e.source(), null, e.code(), e.negated(), e.modality(),
                        e.speaker(), Math.min(e.confidence(), 0.4), e.rule() + " campmate"));
            }
        }
    }

    /** The longest topic-shift phrase (modifiers.tsv) is four words, with its و. */
    private static final int TOPIC_SHIFT_WORDS = 4;

    /**
     * Whether the sentence opens with a phrase of another matter (modifiers.tsv topic-shift: «على صعيد آخر»، «من جهة
     * أخرى»): the subject carried from the sentence before is then none of its acts' doers. The token after the
     * phrase, or -1 when the sentence does not open so.
     */
    private int anotherMatterFrom(List<Token> tokens, int a, int b) {
        for (int i = a; i < Math.min(b, a + TOPIC_SHIFT_WORDS); i++) {
            if (modifiers.phraseLengthEndingAt(tokens, a, i, Modifiers.Kind.TOPIC_SHIFT) == i - a + 1) {
                return i + 1;
            }
        }
        return -1;
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

    static boolean isQuote(Token t) {
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
        return anyPlayCue(events, from, tokens, Modifiers.Kind.SPORT_SENSE)
                || anyPlayCue(events, from, tokens, Modifiers.Kind.SPORT_SENSE_HERE);
    }

    /** Whether an event coded from {@code from} on has a cue of {@code kind}. */
    private boolean anyPlayCue(List<DraftEvent> events, int from, List<Token> tokens, Modifiers.Kind kind) {
        for (int i = from; i < events.size(); i++) {
            if (sportSenseCue(events.get(i), tokens, kind)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the article's first sentence is about sport ({@link #teamContext}): its lead tells a story of sport. */
    private boolean leadAboutSport(AnalyzedText text) {
        return !text.sentences().isEmpty() && teamContext(text.tokens(), text.firstToken(text.sentences().get(0).index()),
                text.endToken(text.sentences().get(0).index()));
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
        return modifiers.is(head, kind)
                || e.cue().reading() != null && modifiers.is(e.cue().reading(), kind);
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

    /**
     * Whether the event's cue is the present of the verb of meeting right before «فيها / فيه» (modifiers.tsv
     * comes-together, in-it): a clause describing a place or a thing where others come together («سياسة تجتمع فيها
     * أمريكا، وإيران، وإسرائيل»), not a meeting held.
     */
    private boolean comingTogetherIn(DraftEvent e, List<Token> tokens) {
        if (e.cue() == null || e.cue().head() + 1 >= tokens.size()) {
            return false;
        }
        int head = e.cue().head();
        return modifiers.is(tokens.get(head + 1), Modifiers.Kind.IN_IT)
                && isModifierWord(tokens.get(head), Modifiers.Kind.COMES_TOGETHER);
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
        if (!modifiers.mayBeModifier(t)) {
            return false; // no reading of any kind, the word as written included: most words, known without hashing
        }
        if (modifiers.is(t, kind)) {
            return true;
        }
        List<Segment> readings = t.segments();
        for (int r = 0; r < readings.size(); r++) {
            Segment seg = readings.get(r);
            if (!seg.prefix().isEmpty() && modifiers.is(seg, kind)) {
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
    static boolean bareCountry(ActorMention m) {
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
     * «Any other» is every state the article names, by its name or through its organs, people and parties (all
     * the mentions {@link #focus} counts): a story about Yemen's war names Yemen through «الحوثيين»، «قوات صالح»،
     * «الرئيس اليمني» far more often than the two bare «السعودية» of the coalition that leads it, and its agents
     * with no country («المقاومة»، «القوات») are not Saudi; when a state so named is named as often as the best
     * one by name, the article's country is not known and an agent with no country stays one (unidentified).
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
        if (tie || best == null) {
            return null;
        }
        String story = best.primary();
        for (Map.Entry<String, Integer> named : focus.entrySet()) {
            if (named.getValue() >= bestCount && !named.getKey().equals(story) && stateCode(named.getKey())) {
                return null; // «الحوثيين» ×21, «السعودية» ×2: the article is not about Saudi Arabia
            }
        }
        return best;
    }

    /** A state's (or a region's) primary code: three letters, not a stateless group's (IMG) nor an IGO or NGO. */
    private static boolean stateCode(String primary) {
        return primary.length() == 3 && !primary.equals("IMG");
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

    /**
     * Each thread's token flags for {@link SentenceCoder#run}, a sentence's reused for the next: a sentence coder lives
     * for one sentence of {@link #code} and none runs inside another, so no two use them at once.
     */
    final ThreadLocal<TokenFlags.OfASentence> sentenceFlags = ThreadLocal.withInitial(TokenFlags.OfASentence::new);

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
