package org.marsad;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntFunction;
import org.marsad.actors.ActorDictionary;
import org.marsad.actors.ActorMatcher;
import org.marsad.actors.ActorMention;
import org.marsad.actors.RecognizedNames;
import org.marsad.codebook.Codebook;
import org.marsad.events.DraftEvent;
import org.marsad.events.DraftQuote;
import org.marsad.events.EventAssembler;
import org.marsad.events.EventCoder;
import org.marsad.events.ActsToCome;
import org.marsad.events.EventDater;
import org.marsad.events.EventLocator;
import org.marsad.places.PlaceFinder;
import org.marsad.places.PlaceMention;
import org.marsad.events.EventPatterns;
import org.marsad.events.Modifiers;
import org.marsad.model.ActorRef;
import org.marsad.model.Article;
import org.marsad.model.CodedArticle;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.Quote;
import org.marsad.model.Span;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Token;
import org.marsad.text.TextAnalyzer;
import org.marsad.time.TimeExpression;
import org.marsad.time.TimeExpressions;

/**
 * Marsad's heart: {@code CodedArticle code(Article)}. Dictionaries are loaded once by {@link #load()};
 * after that coding does no I/O, holds no mutable state and is safe to call from many threads.
 */
public final class Pipeline {
    /** Bumped whenever coding output may change, and stored with every event so recoding can be traced. */
    public static final String CODER_VERSION = "0.30.0"; // 0.30.0: session 30's rules (bare militants the one armed group the article named before; the genitive of a masdar of doing its doer; «اليوم» meaning nowadays no date; «احتجاجا على» the motive of a recall or walkout, no 14 of its own; an unknown name before a masdar its owner, no pronoun referent; a state's permission to use its bases 062, agreeing to a plan 03; a subjectless speech verb opening the next sentence the carried speaker's; an indefinite plural role noun its verb's subject, an office with its owner's pronoun the owner's country; a -ين plural or a list's last conjunct no subject, كأنما hypothetical; an act «الموجه لـ» no borrowed doer, «ادعاء X» a claim; a group's short form after its full name; «مطالبة» after a comma the sentence's circumstantial; an envoy with its owner's pronoun; a threat nuclear only by its weapon); 0.29.0: session 29's rules (a masdar with glued بـ and its owner's pronoun its agent; an act after «تم/جرى» + masdar borrows only a state organ as doer; a killing told before the bombing it happened in the bombing's toll; «كتب» with a colon or «قائلا» reported speech, a retweet not the retweeter's; an act after «اعتزامها/نيته» intended, a permission read across an insertion; the owner of the positions a strike hits its target; a phone call the caller's act on the one called; a generic role noun before a present verb no doer; bare militants of the group or the place after «من»; a carried speaker a later act's source only under a reporting word, in a quotation or with its side named; the genitive of an act's masdar no subject of a verb of stance; a time after «؛» the clause before, a date after «حتى» not carried on, a month before «العام الماضي» read); 0.28.0: session 28's rules (a masdar's own pronoun its agent, the one after it its object; campmates of a war (alliances.tsv) no enemies of each other; «شكرا» thanks no verb, whose internal affairs no target and «الداخلية» after الشؤون no ministry, those responsible for an act no office-holders; a festival no protest, a counted crowd and a group brought to protest the protesters; a passive arrest no speaker's act, the one after استمرار/مواصلة the doer; suicide and car bombings 1831/1832, attacks of armed groups on civilian places 18, a killing in a bombing or its toll the bombing; a message's sender and receiver, an act named as the object of force no borrowed agent; a strike's own clause of targeting its target, not the scene; a tweet or a post its writer's reported speech; an act of an earlier, undated period no date); 0.27.0: session 27's rules (an actor inside a place phrase after a compass or place adverb, or holding a place, no doer; a protest of a people another state holds against that state (occupied.tsv); page furniture before an article not read; an act a verb of seeming or believing governs hypothetical, a figurative arrival no visit; a condemner no attacker, «ما» after a preposition or quantifier no negation, «ولم تفلح الهجمات» no negated attack; a diplomat's post or another actor's place gives no country to a title; the genitive of invading or destroying the one acted upon); 0.26.0: sessions 25 and 26's rules (an invitation to visit 036, an act on the eve of a visit or after «اليوم ... قبل» to come, a plan's or a text's listed items provided for; a relative verb carrying its object pronoun acts on its antecedent; a relative period or Hijri month of an earlier sentence not carried; support told with a sum of money aid; figurative meetings «تجتمع فيها», a place's owner no guest, a sport delegation's arrival play; «بلادها» of a person sitting in a state's body or of a nationality; page furniture after an article not read; ولم/فلم/ولن/فلن negating, «أو» joining actors, a bombing told as a fighting verb's subject the bombing, an uprising's target after ضد); 0.25.0: session 24's rules (responsibility laid on another no claim; a protest's or an arrest's side after في/بـ near its cue its location; land taken 192, an act after «حتى يتم» still to come; those among a counted group counted with it, an inflected verb carrying its object pronoun no object past its subject, coercion and investigations excepted; a pronoun subject takes no earlier sentence's actor it does not agree with); 0.24.0: session 23's rules (an actor in an adverbial of time no direct object; a sentence on another matter carries its own subject on; an act a word of possibility governs hypothetical; a bare opposition or regime of the war a party named beside it belongs to; what an approved decision or a deal aims at intended, money released aid; people of no country opening a reported clause its subject, a masdar's ـهم not the authorities in play, «حكم الإعدام» no sentencing verb; a homonym place placed by the next place, once for the article, a place inside the subject no target; a group without the article after a definite agent a party of its own, the Arab-international coalition the US-led one; the counted before a verb's own object its doers, an adjective no bar to the owner of what was hit; a homonym place named with another country's nationality adjective or a region after it placed there); 0.23.0: session 22's rules (an act a refusal governs negated, an act counted on hypothetical, «رفض الكشف عن اسمه» no rejection; support whose kind or means is told aid, air strikes on a country of a war on a group of no country no strike on that state; a definite noun no dictionary knows before a state the verb's subject, the peacekeepers' name no act; a sentence on another matter no carried subject, a masdar with a pronoun no nationality as doer, an unknown noun after a preposition's masdar its doer; an act a لـ-masdar of starting or forcing aims at hypothetical, an act called unconfirmed reported; an attribution to a pronoun no speaker further on, organizations referred back by their head nouns as data; a minister the government's, a board or command before a thing it runs no state organ, the people of «الكثير من» the object; what an agreement includes no speaker's act; «فيما يتعلق» no clause break, function words in the segmenter's lexicon; a و-verb the subject of the verb it is joined to); 0.22.0: session 21's rules (a titled man named by a family name that is a nationality adjective no nationality, a given name before a family name, heads of schools, colleges and hospitals, «ضربة قاضية» no judge; ending a detention a release, the subject's own name between commas no object; a demonstration against the owner of what its purpose protests; an agent takes no story country that another state outranks; Europe's leaders, partners, delegations and sources the EU, an indefinite title with a region's adjective nobody's office; «أي» + an act hypothetical, the act a permission allows intended; a body's own meeting no consultation with the actors further on; a dateline's bracketed country no party, a place opening a list of countries no agent's country); 0.21.0: session 20's rules (a tag line closing an article no sentence and no actors; a reporter not the doer of the act it tells; the doer of a relative clause's act not the place or people it is said of; who thanks whom; Saudi ministers in office by given and family name; a meeting named again after its coming date and an act prepared with its subject between still to come; the act condemned past an adverbial of time or of the statement, the act a claim names an event of the claimant); 0.20.0: session 19's rules (a venue or scene governed by في/بـ no party, a one-sided act's fallback place only its own scene, not another joined act's; a state's aircraft or artillery named by its nationality after the verb of violence its military; a subject's apposition between commas no target, the subject before it found; a patient verb's own unknown sufferer no borrowed actor; قد before a present verb and the act a demand asks for hypothetical; princes in office by title, given name and father, parks and halls named after them no person; migrants and refugees arriving no visit; the counted victims' group after «من» the target over the place; an indefinite accusative subject after إنّ/أنّ the reported act's own doer; an obligation «على X أن/عدم» hypothetical); 0.19.0: session 18's rules (a talks' topic and a deal's other party no partners, a party's own ranks and a place after داخل/خارج no target, a party under whose cover or named as the cause no target; سـ + a verb of going on before a masdar intended, what an agreement stipulates and a visit one means to make intended, a cue inside a work's title and aims that meet no event; the one called on not named after what is called for, a war declared the verb's object, an actor after another verb that verb's, the owner of a stance no subject, unnamed sources in a body speaking for it, a verb listed as written taking the subject before it; a state's aircraft or artillery named by its nationality as the subject of violence, artillery 194; a name chain's tail no man of its own, a common word after بن a given name, a ruler's title naming its own man, Gulf given names); 0.18.0: session 17's rules (a phrase verb's relative clause with its subject after the verb, an arrest noun's pronoun the one acted upon and only a coercing organ its fall-back agent; no place as what is confiscated or deported; a speaker named after the act not its doer, «مباحثاتنا» the speaker's, a name after «، و» with its verb opening the next clause; a visit's programme, a meeting still to be held, weeks ahead; an act claimed after «زعم/ادعى أن» alleged; masdar cues written with ة, a place taken 192, hostages rescued 073, a killing masdar after a governing word; a light verb's subject doing its masdar, a masdar spelled as its verb after it, an air strike with its aircraft told before the verb 195; a nationality after a given name a family name, a given name no alias of a family name with the article, «مسقط رأسه» no Muscat); 0.17.0: session 16's rules (acts dated to come and visits announced before; acts prepared, arranged or authorised, «ولا» negating a noun, «لا تزال» no negation; a danger described no threat made; an attack by a party's arms after لـ, the side one fights beside or in the ranks of; victims read as killers, the passive told first with its victim after it, givers after «المقدمة من», «لـA ولـB» addressed; aid received from someone the giver's act; an act alleged in an accusation; Saleh in Yemen's articles, forces loyal to a person, the coalition of the enemy and of the sentence, a title before Saleh's bare name); 0.16.0: session 15's rules (an arrest never done to its own agent, the body the subject belongs to not its target; acts needed, possible, wanted, foiled or awaited, a stance needed about acts done; receptions already told, the wounded and refugees taken in, hostage-taking, standing control; a state's act named by its nationality adjective, bodies and officials added; the coalition and «الثوار» by the article's war, the agent of an attack masdar after لـ, the subject of «تمكن من»; an unknown speaker's pronoun, a later phrase's party, «بلاده» in what a speaker says; criticism suffered «تعرض لانتقادات», agents after «من جانب»); 0.15.0: session 14's rules (a backer or ally in the subject's noun phrase, the one fought after قتال and driven out after طرد; the owner of what is protested or condemned as the target; later steps of a planned trip, visits invited to, meetings ruled out, acts preferred or hoped for; play in sport and counted tourists; me / us on a verb as the quotation's speaker; relative clauses on an act of violence naming its agent or victim; the author of a condemned statement, the trained antecedent; each member of a list of places, the toll after «أسفر عن»; Yemen's Popular Resistance, settlers' home country, clubs named by their city, a named body's patron); 0.14.0: session 13's rules (a group noun + من before the actor, quoted names after a masdar; protests: the reporter, state organs, not against itself; vowelled passives, bare pasts after a preposition, members in the accusative; a strike's object, interviews, meetings called for; the attackers' body not the target, journalists as victims; claims of responsibility; circumstantial participles; acts counted since an event, clause-ending connectives for dates; name words written bare, clubs and things named after a place, place-name homographs with the next word; homonyms near or inside a place of the story, a compass word and a country, «بالإضافة إلى»); 0.13.0: session 12's rules (acts feared, framed or called for; victims before a passive killing verb, clauses after أن with a subject of their own; members of a body; بين in its clause, هنأ by its hamza, standing by; agents two words after من قبل; dates not carried from منذ phrases, past-perfect weeks or ongoing acts; family names after the lineage, rulers' epithets, a title's state after بـ, international bodies; quarters of a city, far homonyms, hamza spellings, names never written with the article); 0.12.0: session 11's argument, recall, precision, date, actor and location rules (attributed attacks, aims, captives, future frames, cable senders, meeting parties, sport words, criticism; history dates of relative clauses, the next weekday of an intended act, starts on another day; heads of bodies, names over their lineage; places of other clauses, adverbs and points of reference); 0.11.0: session 10's second round (a verb cue whose further word is its relative clause's antecedent; countries written with the article not read from a bare word); 0.10.0: session 10's argument, recall, place, actor and date rules; 0.9.0: session 9's recall, actor, argument and date rules; 0.8.0: session 8's event, recall, actor and date rules; 0.7.0: session 7's event, actor and date rules; 0.6.0: session 6's event, actor, date and location rules; 0.5.0: session 5's event, actor and date rules; 0.4.0: session 4's

    private final TextAnalyzer analyzer;
    /** Every word of every dictionary: a word outside it after a title may be a name no dictionary has. */
    private final java.util.Set<String> lexicon;
    /** Which words may close a name's lineage as its family name («عادل بن زيد الطريفي»). */
    private final org.marsad.actors.FamilyNames familyNames;
    private final ActorDictionary actors;
    private final ActorMatcher actorMatcher;
    private final EventCoder eventCoder;
    private final EventAssembler assembler;
    private final EventPatterns patterns;
    private final TimeExpressions times = TimeExpressions.load();
    /** The word cache's answer to "may this word start a time expression?" (see {@link TimeExpressions#attach}). */
    private final org.marsad.text.StemFacts.Slot timeWords;
    private final org.marsad.ner.NerTagger ner = org.marsad.ner.NerTagger.load();
    /** Relative pronouns and clause openers: read once, for the dater and the event coder. */
    private final org.marsad.events.ClauseBreaks clauseBreaks = org.marsad.events.ClauseBreaks.load();
    private final EventDater dater = new EventDater(clauseBreaks);
    private final ActsToCome actsToCome;
    private final PlaceFinder placeFinder = new PlaceFinder();
    private final EventLocator locator = new EventLocator(clauseBreaks);

    private Pipeline(ActorDictionary actors, EventPatterns patterns, Modifiers modifiers, Codebook codebook) {
        this.actors = actors;
        this.patterns = patterns;
        this.actsToCome = new ActsToCome(dater, modifiers);
        // the words the coder knows as words, and with them the words of persons' names (the segmenter's lexicon)
        // (sized for every word at once: both sets are only asked whether they hold a word, so their order is no matter)
        java.util.Set<String> notOfPersons = actors.wordsNotOfPersons();
        java.util.Set<String> patternWords = patterns.words();
        java.util.Set<String> modifierWords = modifiers.words();
        java.util.Set<String> placeWords = org.marsad.places.Gazetteer.load().words();
        java.util.Set<String> actorWords = actors.words();
        int all = notOfPersons.size() + patternWords.size() + modifierWords.size() + placeWords.size();
        java.util.Set<String> knownWords = new java.util.HashSet<>((int) (all / .75f) + 1);
        knownWords.addAll(notOfPersons);
        knownWords.addAll(patternWords);
        knownWords.addAll(modifierWords);
        knownWords.addAll(placeWords);
        java.util.Set<String> lexicon = new java.util.HashSet<>((int) ((all + actorWords.size()) / .75f) + 1);
        lexicon.addAll(knownWords);
        lexicon.addAll(actorWords);
        // the dictionaries' answers about each distinct word, kept on its segments (see StemFacts)
        org.marsad.text.StemFacts stemFacts = new org.marsad.text.StemFacts();
        actors.trie().attach(stemFacts);
        patterns.attach(stemFacts);
        modifiers.attach(stemFacts);
        clauseBreaks.attach(stemFacts);
        this.actorMatcher = new ActorMatcher(actors);
        actorMatcher.attach(stemFacts);
        // a family name after «X بن Y» or a given name is a word neither the coder's words nor the recognizer's
        // frequent ones hold; a word of a person's name only is a family name too («فهد بن عبدالعزيز العواد»)
        java.util.Set<String> frequent = ner.model().lexicon();
        this.familyNames = new org.marsad.actors.FamilyNames(stemFacts,
                stem -> knownWords.contains(stem) || frequent.contains(stem) || actors.isEpithet(stem),
                word -> actors.isGivenName(word) || actors.isCommonGivenName(word));
        actorMatcher.attach(familyNames);
        placeFinder.attach(stemFacts);
        this.timeWords = times.attach(stemFacts);
        // and function words no dictionary holds (خلال، بعد، رغم), for the segmenter only: unknown, «وخلال» would keep no
        // reading و + خلال; not for nameWindows, where a function word after a title («خلال») may come before a name
        java.util.Set<String> functionWords = new java.util.HashSet<>();
        for (org.marsad.dict.TsvFile.Row r : org.marsad.dict.TsvFile.read("marsad/text/function-words.tsv", 1, true)) {
            functionWords.add(org.marsad.text.ArabicNormalizer.normalize(r.col(0).strip()));
        }
        this.analyzer = new TextAnalyzer(w -> lexicon.contains(w) || functionWords.contains(w), true, stemFacts);
        this.lexicon = lexicon;
        this.eventCoder = new EventCoder(patterns, modifiers, clauseBreaks, actors.outletNames(), actors::country);
        this.assembler = new EventAssembler(codebook);
    }

    /** Loads every dictionary shipped in the jar. */
    public static Pipeline load() {
        // The recognizer's model and the gazetteer (each cached once loaded) are read on other threads while this
        // one reads the actor and event dictionaries: a third of the start-up time of every command that codes.
        CompletableFuture<?> ner = CompletableFuture.runAsync(org.marsad.ner.NerTagger::load);
        CompletableFuture<?> places = CompletableFuture.runAsync(org.marsad.places.Gazetteer::load);
        // and the time lexicon (cached too), which the constructor would otherwise read on this thread after the rest
        CompletableFuture<?> times = CompletableFuture.runAsync(TimeExpressions::load);
        // and the event patterns and modifiers, so that this thread reads only the actor dictionary before the
        // constructor (it read all three: the longest of the loads; BENCHMARKS.md, session 26, dict36)
        Codebook codebook = Codebook.load();
        CompletableFuture<EventPatterns> patterns = CompletableFuture.supplyAsync(() -> EventPatterns.load(codebook));
        CompletableFuture<Modifiers> modifiers = CompletableFuture.supplyAsync(Modifiers::load);
        ActorDictionary actors = ActorDictionary.load();
        await(patterns);
        await(modifiers);
        await(ner);
        await(places);
        await(times);
        return new Pipeline(actors, patterns.join(), modifiers.join(), codebook);
    }

    /** Waits for a load on another thread; its failure is thrown here as it was thrown there. */
    private static void await(CompletableFuture<?> load) {
        try {
            load.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    public AnalyzedText analyze(String text) {
        return analyzer.analyze(text);
    }

    public ActorDictionary actors() {
        return actors;
    }

    public EventPatterns patterns() {
        return patterns;
    }

    /** The actor mentions of a text, as the coder sees them (adjectives and agent-only mentions included). */
    public List<ActorMention> mentions(AnalyzedText text, java.time.LocalDate date) {
        return actorMatcher.find(text, date);
    }

    /** As {@link #mentions(AnalyzedText, java.time.LocalDate)}, for an article of outlet {@code source}. */
    public List<ActorMention> mentions(AnalyzedText text, java.time.LocalDate date, String source) {
        return actorMatcher.find(text, date, source);
    }

    /** How many sentences of an article's lead may say which day it calls today («اليوم (الاثنين)»). */
    private static final int LEAD_SENTENCES = 3;

    /**
     * Whether a word of the lead may be a weekday's name: only then can the lead say which day it calls today
     * ({@link TimeExpressions#writtenOn} needs a relative day named with its weekday), so only then are the time
     * expressions of its sentences found before the events' own (most articles name no weekday there: finding them
     * anyway cost a few per cent of the coder).
     */
    private boolean leadNamesAWeekday(AnalyzedText text) {
        int end = text.firstToken(LEAD_SENTENCES);
        for (int i = 0; i < end; i++) {
            Token t = text.tokens().get(i);
            if (t.isWord() && times.mayNameAWeekday(t.norm())) {
                return true;
            }
        }
        return false;
    }
    /** Words before a title's end and after it that the recognizer sees: enough context for its features. */
    private static final int WINDOW_BEFORE = 2;
    private static final int WINDOW_AFTER = 5;

    /**
     * Where the recognizer looks: a window around each title followed by a word no dictionary knows
     * (وزير الخارجية العماني + a name), within its sentence; overlapping windows merged, in text order.
     */
    private List<int[]> nameWindows(AnalyzedText text, List<ActorMention> found) {
        // sized for the text's tokens at once: grown from 64 bits a mention at a time, its copies were ~1.7 % of the
        // coder's allocated bytes (speed20)
        java.util.BitSet covered = new java.util.BitSet(text.tokens().size());
        for (ActorMention m : found) {
            covered.set(m.first(), m.end());
        }
        List<int[]> windows = new ArrayList<>();
        for (ActorMention m : found) {
            if (m.entry() != null && m.entry().kind() == org.marsad.actors.ActorKind.AGENT && m.entry().title()
                    && !"PERS".equals(m.type()) && m.end() < text.tokens().size() && !covered.get(m.end())
                    && text.tokens().get(m.end()).isWord() && text.tokens().get(m.end()).sentence() == m.sentence()
                    && !lexicon.contains(text.tokens().get(m.end()).stem())) {
                int from = Math.max(text.firstToken(m.sentence()), m.end() - WINDOW_BEFORE);
                int end = Math.min(text.endToken(m.sentence()), m.end() + WINDOW_AFTER);
                int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
                if (last != null && from <= last[1] && text.tokens().get(last[0]).sentence() == m.sentence()) {
                    last[1] = Math.max(last[1], end);
                } else {
                    windows.add(new int[] {from, end});
                }
            }
        }
        return windows;
    }

    public CodedArticle code(Article article) {
        return code(article, null, true, null);
    }

    /**
     * As {@link #code(Article)}; with {@code recognizer} false the statistical recognizer is not run (for
     * measuring what it costs: {@code marsad bench}).
     */
    public CodedArticle code(Article article, boolean recognizer) {
        return code(article, null, recognizer, null);
    }

    /**
     * As {@link #code(Article)}, adding the time each stage takes to {@code stages} when it is not null
     * (for {@code marsad bench}; the result is the same).
     */
    public CodedArticle code(Article article, StageTimes stages) {
        return code(article, null, true, stages);
    }

    /** The states the article's named actors belong to (ISO3), which tell which of two same-named places it means. */
    private static java.util.Set<String> countries(List<ActorMention> found) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int mi = 0; mi < found.size(); mi++) { // indexed: no iterator per article (speed40)
            ActorMention m = found.get(mi);
            String p = m.isActor() ? m.primary() : null;
            if (p != null && p.length() == 3) {
                out.add(p);
            }
        }
        return out;
    }

    /** Codes an article whose text {@link #analyze} has analyzed already (ingest analyzes it for deduplication). */
    public CodedArticle code(Article article, AnalyzedText analyzed) {
        return code(article, analyzed, true, null);
    }

    private CodedArticle code(Article article, AnalyzedText analyzed, boolean recognizer, StageTimes stages) {
        long lap = stages == null ? 0 : System.nanoTime();
        AnalyzedText text = analyzed != null ? analyzed : analyzer.analyze(article.text());
        if (stages != null) lap = stages.lap(StageTimes.Stage.TEXT, lap);
        ActorMatcher.Found firstPass = actorMatcher.findFirst(text, article.published(), article.source());
        List<ActorMention> found = firstPass.mentions();
        if (stages != null) lap = stages.lap(StageTimes.Stage.ACTORS, lap);
        // the statistical recognizer runs only around a title followed by a name no dictionary knows
        // (وزير الخارجية العماني + a name): it costs far more than the dictionaries, and that is where the
        // names analysts need are
        List<int[]> windows = recognizer ? nameWindows(text, found) : List.of();
        // the recognizer sees a window of a few words: a person's name cut on its lineage goes on over it; and
        // «ورئيس الاتحاد العربي السعودي للبلياردو»: a word with ل and the article begins no name
        List<org.marsad.ner.NerSpan> names = RecognizedNames.withLineage(text.tokens(),
                RecognizedNames.withoutPrepositionalPersons(text.tokens(), ner.tagRanges(text, windows)), found,
                familyNames);
        // «جامعة الأمير سطام بن عبدالعزيز»، «مطار الملك عبدالعزيز»: a thing named after a person
        // (not-a-person-after.tsv)
        names = RecognizedNames.withoutThingsNamedAfterPersons(names,
                first -> actorMatcher.namesSomethingElse(text, first));
        if (!names.isEmpty()) {
            List<int[]> persons = new ArrayList<>();
            for (org.marsad.ner.NerSpan n : names) {
                if (n.type().equals("PERS")) {
                    persons.add(new int[] {n.firstToken(), n.endToken()});
                }
            }
            found = actorMatcher.findAgain(text, article.published(), article.source(), firstPass, persons);
        }
        if (stages != null) lap = stages.lap(StageTimes.Stage.NAMES, lap);
        java.util.Map<Integer, List<PlaceMention>> placesBySentence = new java.util.HashMap<>();
        java.util.Set<String> articleCountries = countries(found);
        // one reading of a homonym per article: «في قرية دوما» alone where «دوما جنوب نابلس» is said elsewhere
        PlaceFinder.ArticlePlaces articlePlaces = placeFinder.articlePlaces(text, articleCountries);
        java.util.function.IntFunction<List<PlaceMention>> places =
                s -> placesBySentence.computeIfAbsent(s, articlePlaces::find);
        if (stages != null) places = stages.nested(StageTimes.Stage.PLACE, places);
        EventCoder.Coding coding = eventCoder.code(text, ActorMatcher.parties(found), places, article.published());
        if (stages != null) lap = stages.lap(StageTimes.Stage.EVENTS, lap);

        List<Mention> mentions = new ArrayList<>();
        for (ActorMention m : found) {
            if (m.form() == ActorMention.Form.ADJECTIVE || m.why().equals("own-country")) {
                // a nationality adjective on a thing is not an actor mention; «بلاده» is a reference to one
                // (its events carry it as their actor, with its span), not a name
                continue;
            }
            mentions.add(new Mention(m.span(), m.span().of(article.text()), m.type(),
                    m.form() == ActorMention.Form.NAMED ? m.code() : null, m.entry().id(), m.nameEn(), m.why(),
                    m.sentence()));
        }
        // names the recognizer found and no dictionary knows: unresolved actors, for people to review
        // (marsad actors suggest) and to read; they take part in no event
        for (org.marsad.ner.NerSpan n : names) {
            boolean known = false;
            for (ActorMention m : found) {
                if (m.span().overlaps(n.span())) {
                    known = true;
                    break;
                }
            }
            if (!known && !n.type().equals("MISC")) {
                int sentence = text.tokens().get(n.firstToken()).sentence();
                mentions.add(new Mention(n.span(), n.span().of(article.text()), n.type().equals("LOC") ? "LOC" : n.type(),
                        null, "ner:" + n.type(), null, "recognizer", sentence));
            }
        }
        mentions.sort(java.util.Comparator.comparingInt((Mention m) -> m.span().start()));
        if (stages != null) lap = stages.lap(StageTimes.Stage.ACTORS, lap);
        List<Event> events = new ArrayList<>();
        java.util.Map<Integer, List<TimeExpression>> timesBySentence = new java.util.HashMap<>();
        // relative days count from the day the lead says it was written («اليوم (الاثنين)»), which may be before
        // the record's date; what is done by the record's date is still not «to come» for the dater
        java.time.LocalDate[] written = {article.published()};
        IntFunction<List<TimeExpression>> timesOf = sentence -> timesBySentence.computeIfAbsent(sentence, s -> {
            return times.find(article.text(), text.tokens().subList(text.firstToken(s), text.endToken(s)), written[0],
                    timeWords);
        });
        if (!coding.events().isEmpty() && article.published() != null && leadNamesAWeekday(text)) {
            List<TimeExpression> lead = new ArrayList<>();
            for (int s = 0; s < LEAD_SENTENCES && s < text.sentences().size(); s++) {
                lead.addAll(timesOf.apply(s));
            }
            written[0] = TimeExpressions.writtenOn(lead, article.published());
            if (!written[0].equals(article.published())) {
                timesBySentence.clear(); // counted from the wrong day
            }
        }
        // what the time stage dates after publication, or an earlier sentence announced, is still to come
        List<DraftEvent> drafts = actsToCome.mark(coding.events(), text, timesOf, article.published());
        for (DraftEvent d : drafts) {
            EventDater.Dated date = dater.date(d, text, timesOf, article.published());
            if (stages != null) lap = stages.lap(StageTimes.Stage.TIME, lap);
            var place = locator.locate(d, text, places.apply(d.sentence()));
            if (stages != null) lap = stages.lap(StageTimes.Stage.PLACE, lap);
            String attributed = null;
            if (d.speaker() != null && d.speaker() != d.source() && d.speaker().code() != null) {
                attributed = "MED".equals(d.speaker().role()) ? d.speaker().nameEn() : d.speaker().code();
            }
            events.add(assembler.assemble(article.id(), text, d, date, place, attributed));
            if (stages != null) lap = stages.lap(StageTimes.Stage.EVENTS, lap);
        }
        List<Quote> quotes = new ArrayList<>();
        for (DraftQuote q : coding.quotes()) {
            ActorRef speaker = q.speaker() == null ? null
                    : new ActorRef(q.speaker().code(), q.speaker().nameEn(), q.speaker().span());
            String verb = q.verbToken() == null ? null
                    : article.text().substring(text.tokens().get(q.verbToken()).start(),
                            text.tokens().get(q.verbToken()).end());
            quotes.add(new Quote(speaker, new Span(q.start(), q.end()), verb, q.direct()));
        }
        if (stages != null) stages.lap(StageTimes.Stage.EVENTS, lap);
        return new CodedArticle(article, text.sentences(), mentions, events, quotes);
    }
}
