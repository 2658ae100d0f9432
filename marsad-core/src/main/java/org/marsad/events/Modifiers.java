package org.marsad.events;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.marsad.dict.TsvFile;
import org.marsad.dict.TsvFile.Row;
import org.marsad.text.ArabicNormalizer;

/**
 * Negation, future, intent and conditional words ({@code marsad/events/modifiers.tsv}) and reporting
 * cues ({@code marsad/events/reporting.tsv}).
 */
public final class Modifiers {
    public enum Kind { NEGATION, NEGATION_VERB, FUTURE, INTENT, HYPOTHETICAL, FUTURE_ADJECTIVE, TEAM_CONTEXT, EVENT_HEAD,
        LIKENESS,
        GOVERNING_MASDAR, COUNT, ASPECT_VERB, NOT_FUTURE, MATTER, ADVERBIAL, THING_SUBJECT, TARGET_NOUN, KILLED_IN,
        PASSIVE_LIGHT, DENIAL, AT_RECEPTION, DOING_VERB, BACKER, RELATION, TIME_NOUN, BEHALF, BLESSING,
        ATTRIBUTION, AIM, TEAM_CONTEXT_AMBIGUOUS, CAPTIVE, FUTURE_FRAME, SENDING_VERB, SENT_TEXT, IN_IT,
        BRINGS_TOGETHER, FEAR, LIKELIHOOD, APPEAL, APPEAL_TO, PASSIVE_SIGN, PASSIVE_VERB, MEMBER,
        PARTITIVE, INTERVIEW, AFFILIATION, CLAIM, CONDEMN_VERB, DEMONSTRATIVE, DISJUNCTION, EXCEPTION, EXCEPTABLE, SPORT_SENSE, SPORT_SENSE_HERE, TRAVELLER, SEQUEL,
        INVITATION, AUTHOR, UNDERGO_VERB, PREFERENCE, BELONGING, MODAL, AGENT_LAM, ATTACK_MEANS, ABLE_VERB,
        ABLE_PREPOSITION, TOPIC, AGENT_PHRASE, AGENT_PHRASE_OF_ACT, CONSTITUTING, ENDANGERED, SIDE, NOT_NEGATION, RELATIVE_MA,
        PREPARATION, PREPARATION_OBJECT, EVE, VSO_PASSIVE_SIGN, ONE_OF, ACCUSATION, ALLEGATION,
        DURING_IT, FUTURE_SIBLING, HELD_VERB, LIGHT_VERB, MASDAR_GOVERNOR, AIRCRAFT, ARTILLERY, TALKS_TOPIC, DEAL_NOUN,
        RANKS, PLACE_ADVERB, CONTINUING_VERB, WORK_TITLE, TITLE_PRONOUN, ABSTRACT_PARTY, STIPULATION, STANCE_NOUN,
        CAUSE_WORD, COVER_PHRASE, SOURCE_NOUN, MAY_PARTICLE, DEMAND, OBLIGATION, OBLIGATION_OPENER, OBLIGATION_LINK,
        OBLIGATION_ADVERBIAL, OBJECT_ADVERBIAL, OBJECT_ADVERBIAL_HEAD, OBJECT_ADVERBIAL_END, ANY, ANY_BETWEEN, PERMISSION,
        MEETING_NOUN, MEETING_CHAIR, MEETING_PARTNER, REFUSAL, RELIANCE, DISCLOSURE, IDENTITY_NOUN, PURPOSE_OF_ACT,
        PURPOSE_BETWEEN, CONTRAST, UNCONFIRMED, TOPIC_SHIFT, INCLUSION, PROVISION_NOUN, TIME_PREPOSITION, TIME_UNIT,
        POSSIBILITY, POSSIBILITY_BETWEEN, POSSIBILITY_FACT, OPPOSITION_NOUN, REGIME_NOUN, DECISION_NOUN, MONEY_NOUN,
        FROZEN, AMOUNT_WORD, BEARING_VERB, TERRITORY_NOUN, TERRITORY_SHARE, AMONG, COMES_TOGETHER, BEFORE_TODAY, TODAY,
        CONTROLLER, SUPPOSITION, ARRIVAL_GOAL, TIME_THAT, POSTED_NOUN, NOT_OBJECT_LAM, OWNER_MASDAR_OPENER, OWNER_MASDAR_PROCLITIC,
        PRETEND_VERB, PRETEND_SIGN, PRETEND_NOT, AFFAIRS_NOUN, AFFAIRS_ADJECTIVE, AFFAIRS_IN,
        RESPONSIBLE_NOUN, CULPRIT_PREP, CULPRIT_BETWEEN, CULPRIT_ACT, FESTIVAL_NOUN, FESTIVAL_SIGN, COUNT_APPROXIMATE,
        COUNT_APPROXIMATE_LINK, PROTESTER_ROLE, ASPECT_MASDAR, CIVILIAN_TARGET, TOLL_LINK, TOLL_KILLING, TARGETING_VERB,
        PASSIVE_DOER_ROLE, KILLED_FIRST, TOLL_AFTER, TOLL_AFTER_STOP, TOLL_ALTERNATIVE, INTENT_MASDAR, INSERTION_OPENER, OWNER_LINK,
        GENERIC_ROLE, MILITANT_NOUN, MILITANT_ANAPHOR, ACT_MASDAR, DOER_MASDAR, MOTIVE_ADVERBIAL, MOTIVE_ACT, NAME_TITLE,
        SPEAKER_ACT, SPEAKER_ACT_HER, SPEAKER_ACT_OPENER, SPEAKER_ACT_PREPOSITION, SPEAKER_ACT_DIRECT, SPEAKER_ACT_VISIT,
        PLURAL_ROLE, OWNED_OFFICE,
        DIRECTED_PARTICIPLE,
        HAL_AFTER_COMMA,
        OWNED_ROLE }

    /**
     * Each word's kinds, an {@code EnumSet} each: its test is one bit of a field, where a {@code HashSet<Kind>} was a
     * second hash look-up (its table, its node) after the word's (speed28).
     */
    private final Map<String, Set<Kind>> words = new HashMap<>();
    /** The inflected forms of the verbs listed past/present (استبعد/يستبعد), by kind: a verb, not an adjective beside it. */
    private final Map<String, Set<Kind>> verbWords = new HashMap<>();
    /** Reporting verbs' forms (reporting.tsv kind V) and reporting phrases (kind P), normalized: a stem that reports. */
    private final Set<String> reportingForms = new HashSet<>();

    /**
     * reporting.tsv's kinds, by their letter in its first column: the words of each, normalized (a verb's kind holds
     * all its inflected forms, listed past/present; every other kind its words as written), asked by
     * {@link #is(String, Reporting)}.
     */
    public enum Reporting {
        /** V: a reporting verb, all its forms (قال/يقول). */
        VERB('V'),
        /** P: a reporting phrase with no verb (حسب، بحسب، وفقا، نقلا). */
        PHRASE('P'),
        /** W: a verb of writing, all its forms (كتب): it reports only with a post word or a colon after it. */
        WRITING_VERB('W'),
        /** A: a word of a post or where it is posted (تغريدة، حسابه، تويتر). */
        POST_WORD('A'),
        /** Q: a word after كتب that makes it report, a colon's (قائلا، يقول). */
        WRITING_OPENER('Q'),
        /** N: a word right after كتب that makes it no writer's report (كتب عليها). */
        WRITTEN_ON('N'),
        /** T: a word between كتب and its colon that announces a title or a label (بعنوان). */
        WRITING_TITLE('T'),
        /** M: a word whose name follows in quote marks after كتب (صحيفة «لو موند»). */
        TITLED_BEFORE('M'),
        /** B: a word right before كتب that makes it the noun «books» (ثلاثة كتب). */
        BOOKS_BEFORE('B'),
        /** R: a verb of doing again, all its forms (أعاد/يعيد): «أعاد نشر» is a retweet. */
        REPOST_VERB('R'),
        /** S: a masdar of posting after a kind-R verb (نشر، تغريد). */
        REPOST_MASDAR('S');

        private final char letter;

        Reporting(char letter) {
            this.letter = letter;
        }

        /** Whether the kind's cues are verbs listed past/present, inflected by the loader. */
        boolean isVerb() {
            return this == VERB || this == WRITING_VERB || this == REPOST_VERB;
        }

        static Reporting ofLetter(String letter) {
            for (Reporting k : values()) {
                if (letter.length() == 1 && letter.charAt(0) == k.letter) {
                    return k;
                }
            }
            return null;
        }
    }

    /** reporting.tsv's words, normalized, by kind. */
    private final Map<Reporting, Set<String>> reporting = new java.util.EnumMap<>(Reporting.class);
    /**
     * Of each verb kind, its forms with و or ف glued on (وكتب، فأعاد), which the segmenter leaves whole: the word itself
     * is looked up, where its substring after the first letter was made and hashed (speed40).
     */
    private final Map<Reporting, Set<String>> afterConjunctionForms = new java.util.EnumMap<>(Reporting.class);
    /** The forms of the verbs of writing (kind W), read for every word that may post: the set itself, no map look-up. */
    private final Set<String> postingForms;
    /** Multiword modifiers (في حال), normalized words, by their last word (one look-up a token). */
    private final Map<String, java.util.List<Phrase>> phrasesByLastWord = new HashMap<>();
    /** The kinds whose words are also asked after و or ف ({@link #isAfterConjunction}). */
    private static final Set<Kind> ASKED_AFTER_CONJUNCTION = java.util.EnumSet.of(Kind.BEARING_VERB);
    /**
     * و or ف on each word of 3 or more letters of a kind in {@link #ASKED_AFTER_CONJUNCTION} (وحمل، فتحمل), with its
     * kinds of those: a whole word to look up, where the coder made the word without its first letter for every word
     * opening with و or ف in its windows (a substring each, 4 % of the bytes the coder allocated: speed34).
     */
    private final Map<String, Set<Kind>> afterConjunction = new HashMap<>();

    private record Phrase(Kind kind, String[] words) {
    }

    private Modifiers() {
        for (Reporting k : Reporting.values()) {
            reporting.put(k, new HashSet<>());
            afterConjunctionForms.put(k, new HashSet<>());
        }
        postingForms = reporting.get(Reporting.WRITING_VERB);
    }

    public static Modifiers load() {
        Modifiers m = new Modifiers();
        for (Row r : TsvFile.read("marsad/events/modifiers.tsv", 2, true)) {
            Kind kind;
            try {
                kind = Kind.valueOf(r.col(0).toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw r.error("unknown modifier kind '" + r.col(0) + "'");
            }
            for (String w : TsvFile.names(r.col(1))) {
                String n = ArabicNormalizer.normalize(w.strip());
                if (n.contains("/")) {
                    // past/present of a verb (واصل/يواصل): all its inflected forms, as for the event cues
                    String[] pp = n.split("/");
                    if (pp.length != 2) {
                        throw r.error("a verb is past/present, got '" + w + "'");
                    }
                    Set<String> forms = new HashSet<>(VerbForms.past(pp[0].strip()));
                    forms.addAll(VerbForms.present(pp[1].strip()));
                    for (String form : forms) {
                        m.words.computeIfAbsent(form, k -> java.util.EnumSet.noneOf(Kind.class)).add(kind);
                        m.verbWords.computeIfAbsent(form, k -> java.util.EnumSet.noneOf(Kind.class)).add(kind);
                    }
                } else if (n.contains(" ")) {
                    String[] words = org.marsad.dict.TsvFile.SPACES.split(n);
                    m.phrasesByLastWord.computeIfAbsent(words[words.length - 1], k -> new java.util.ArrayList<>())
                            .add(new Phrase(kind, words));
                } else {
                    m.words.computeIfAbsent(n, k -> java.util.EnumSet.noneOf(Kind.class)).add(kind);
                }
            }
        }
        for (Row r : TsvFile.read("marsad/events/reporting.tsv", 2, true)) {
            Reporting kind = Reporting.ofLetter(r.col(0));
            if (kind == null) {
                throw r.error("kind must be V, P, W, A, Q, N, T, M, B, R or S, got '" + r.col(0) + "'");
            }
            String cue = r.col(1);
            Set<String> words = m.reporting.get(kind);
            if (kind.isVerb()) {
                String[] pp = cue.split("/");
                if (pp.length != 2) {
                    throw r.error("a verb cue is past/present, got '" + cue + "'");
                }
                words.addAll(VerbForms.past(ArabicNormalizer.normalize(pp[0].strip())));
                words.addAll(VerbForms.present(ArabicNormalizer.normalize(pp[1].strip())));
            } else {
                words.add(ArabicNormalizer.normalize(cue.strip())); // as written
            }
        }
        for (Reporting kind : Reporting.values()) {
            for (String form : kind.isVerb() ? m.reporting.get(kind) : Set.<String>of()) {
                m.afterConjunctionForms.get(kind).add("و" + form);
                m.afterConjunctionForms.get(kind).add("ف" + form);
            }
        }
        m.reportingForms.addAll(m.reporting.get(Reporting.VERB));
        m.reportingForms.addAll(m.reporting.get(Reporting.PHRASE));
        for (Map.Entry<String, Set<Kind>> e : m.words.entrySet()) {
            if (e.getKey().length() >= 3) {
                for (Kind k : e.getValue()) {
                    if (ASKED_AFTER_CONJUNCTION.contains(k)) {
                        m.afterConjunction.computeIfAbsent("و" + e.getKey(), x -> java.util.EnumSet.noneOf(Kind.class)).add(k);
                        m.afterConjunction.computeIfAbsent("ف" + e.getKey(), x -> java.util.EnumSet.noneOf(Kind.class)).add(k);
                    }
                }
            }
        }
        return m;
    }

    public boolean is(String normalizedWord, Kind kind) {
        Set<Kind> k = words.get(normalizedWord);
        return k != null && k.contains(kind);
    }

    /** Whether the word as written is of the kind, with the article or without (الأمن، أمن). */
    public boolean isWithOrWithoutArticle(String normalizedWord, Kind kind) {
        return is(normalizedWord, kind) || normalizedWord.startsWith("ال") && is(normalizedWord.substring(2), kind);
    }

    /**
     * Whether the word is و or ف on a word of 3 or more letters of the kind: {@code is(w.substring(1), kind)} for such
     * a word, without making the substring. Only for the kinds in {@link #ASKED_AFTER_CONJUNCTION}.
     */
    public boolean isAfterConjunction(String normalizedWord, Kind kind) {
        if (!ASKED_AFTER_CONJUNCTION.contains(kind)) {
            throw new IllegalArgumentException(kind + " is not kept after a conjunction");
        }
        Set<Kind> k = afterConjunction.get(normalizedWord);
        return k != null && k.contains(kind);
    }

    /**
     * As {@link #isAfterConjunction(String, Kind)} for the token's form as written: a word that is no such form (most
     * words) answered on one bit of its word cache entry, one that may be read from its whole-word reading's facts,
     * without hashing it (the cue finder asks it of every word of its windows: 0.6 % of the coding thread, speed36).
     */
    public boolean isAfterConjunction(org.marsad.text.Token t, Kind kind) {
        if (afterConjunctionSlot == null) {
            return isAfterConjunction(t.norm(), kind);
        }
        if (!ASKED_AFTER_CONJUNCTION.contains(kind)) {
            throw new IllegalArgumentException(kind + " is not kept after a conjunction");
        }
        return formOf(afterConjunctionSlot, t, kind);
    }

    /** Whether the kinds {@code slot} keeps for the token's form as written hold {@code kind}; its bit first. */
    private static boolean formOf(org.marsad.text.StemFacts.Slot slot, org.marsad.text.Token t, Kind kind) {
        if (!slot.mayAnswer(t)) {
            return false;
        }
        Set<Kind> k = slot.ofNorm(t);
        return k != null && k.contains(kind);
    }

    /**
     * As {@link #is(String, Kind)} for the token's form as written, a word of no kind at all (most words) answered
     * without hashing it ({@link #mayBeModifier}): the event coder asks this of many words around each cue, and the
     * map's look-up of each was 3-4 % of the coding thread (JFR, BENCHMARKS.md speed28).
     */
    public boolean is(org.marsad.text.Token t, Kind kind) {
        org.marsad.text.StemFacts.Slot slot = anyKindSlot;
        // the form's kinds kept on its whole-word reading (speed36): the map's look-up of the form, hashing its
        // string, was 1.5 % of the coding thread after the word's bit had let it through (JFR)
        return slot == null ? is(t.norm(), kind) : formOf(slot, t, kind);
    }

    /**
     * As {@link #is(String, Kind)} for the reading's stem, read from the facts the analyzer kept on the reading when
     * it carries them (a word's readings do), else looked up.
     */
    public boolean is(org.marsad.text.Segment s, Kind kind) {
        org.marsad.text.StemFacts.Slot slot = anyKindSlot;
        Set<Kind> k = slot != null ? slot.of(s) : words.get(s.stem());
        return k != null && k.contains(kind);
    }

    /** Whether the word is an inflected form of a verb listed past/present under {@code kind} (استبعد/يستبعد). */
    public boolean isVerbForm(String normalizedWord, Kind kind) {
        Set<Kind> k = verbWords.get(normalizedWord);
        return k != null && k.contains(kind);
    }

    /**
     * Whether the word is a verb in the future: سـ (after و or ف) on a present form of the third person or the
     * first plural (ستجري، سيعقد، سنبحث), unless the word is one of the {@code not-future} verbs whose root opens
     * with those letters (سيطرت "took control"). Read only where a verb is expected, after a relative pronoun:
     * nouns open with the same letters (سياسة، سيارة، سنوات).
     */
    public boolean isFutureVerb(org.marsad.text.Token t) {
        String w = t.norm();
        if (w.startsWith("و") || w.startsWith("ف")) {
            w = w.substring(1);
        }
        if (w.length() < 4 || w.charAt(0) != 'س' || "يتن".indexOf(w.charAt(1)) < 0) {
            return false;
        }
        for (org.marsad.text.Segment s : t.segments()) {
            if (is(s.stem(), Kind.NOT_FUTURE)) {
                return false;
            }
        }
        return !is(w, Kind.NOT_FUTURE);
    }

    /**
     * Whether the word is a future (سـ) of one of the {@code future-frame} verbs (ستشهد، وسيتوجه): the present form
     * after the clitics must be listed, so nouns that open with the same letters (سيارة، سنوات) never answer.
     */
    public boolean isFutureFrame(org.marsad.text.Token t) {
        return isFutureOf(t, Kind.FUTURE_FRAME);
    }

    /** Whether the word is a future (سـ) of one of the verbs of {@code kind} listed past/present (سيعقد، ستجري). */
    public boolean isFutureOf(org.marsad.text.Token t, Kind kind) {
        String w = t.norm();
        int at = w.startsWith("و") || w.startsWith("ف") ? 1 : 0;
        if (w.length() < at + 4 || w.charAt(at) != 'س' || "يتن".indexOf(w.charAt(at + 1)) < 0) {
            return false; // most words: no allocation; سـ only before the prefix of an imperfect (not سكان: س + كان)
        }
        return is(w.substring(at + 1), kind);
    }

    /** Whether a multiword modifier of {@code kind} (في حال) ends at token {@code i} (words as written, normalized). */
    public boolean phraseEndsAt(java.util.List<org.marsad.text.Token> tokens, int from, int i, Kind kind) {
        return phraseLengthEndingAt(tokens, from, i, kind) > 0;
    }

    /** The number of words of a multiword modifier of {@code kind} that ends at token {@code i} (from {@code from} on), or 0. */
    public int phraseLengthEndingAt(java.util.List<org.marsad.text.Token> tokens, int from, int i, Kind kind) {
        org.marsad.text.Token last = tokens.get(i);
        if (!org.marsad.text.StemFacts.mayAnswer(phraseEndSlot, last)) {
            return 0; // no multiword modifier ends with this word: known without hashing it (asked of every word of a sentence)
        }
        // the phrases ending with the form as written, kept on its whole-word reading (speed36): not hashed per token
        org.marsad.text.StemFacts.Slot slot = phraseEndSlot;
        java.util.List<Phrase> ending = slot != null ? slot.ofNorm(last) : phrasesByLastWord.get(last.norm());
        if (ending == null) {
            return 0;
        }
        for (Phrase phrase : ending) {
            if (phrase.kind() != kind) {
                continue;
            }
            String[] p = phrase.words();
            int start = i - p.length + 1;
            if (start >= from && org.marsad.dict.PhraseKeys.normsAt(tokens, start, p, 0)) {
                return p.length;
            }
        }
        return 0;
    }

    public boolean isReporting(String stem) {
        return reportingForms.contains(stem);
    }

    /**
     * Whether a reading's stem is a form of a verb of writing (reporting.tsv kind W: كتب), read from the facts the
     * analyzer kept on the reading when it carries them, else looked up.
     */
    public boolean isPosting(org.marsad.text.Segment s) {
        org.marsad.text.StemFacts.Slot slot = postingSlot;
        return slot != null ? slot.of(s) != null : postingForms.contains(s.stem());
    }

    /**
     * False when no reading of {@code t} is a form of a verb of writing (known without reading them); else true. The
     * event coder asks it of every word of a sentence that is no reporting verb (SpeakerSearch.posting), where
     * hashing each reading's stem was 2.5 % of the coding thread (JFR, BENCHMARKS.md speed39).
     */
    public boolean mayPost(org.marsad.text.Token t) {
        // «وكتب»، «فكتب»: the segmenter leaves them whole, so no reading carries the verb (events131)
        return org.marsad.text.StemFacts.mayAnswer(postingSlot, t) || isAfterConjunction(t, Reporting.WRITING_VERB);
    }

    /**
     * False when no reading of {@code t} is a form of a verb of doing again (reporting.tsv kind R: أعاد), nor is the
     * word one glued to و or ف; else true. Asked first of every word that is no reporting verb nor a verb of writing
     * (SpeakerSearch.reposting), where the next word's look-up among the masdars of posting was 1.4 % of the coding
     * thread (JFR, BENCHMARKS.md speed40).
     */
    public boolean mayRepost(org.marsad.text.Token t) {
        return org.marsad.text.StemFacts.mayAnswer(repostSlot, t) || isAfterConjunction(t, Reporting.REPOST_VERB);
    }

    /**
     * Whether a word is و or ف glued to a form of a verb of {@code verbKind} (W or R), left whole by the segmenter
     * («وكتب»، «وأعاد»).
     */
    public boolean isAfterConjunction(org.marsad.text.Token t, Reporting verbKind) {
        return afterConjunctionForms.get(verbKind).contains(t.norm());
    }

    /**
     * Whether a normalized word is one of reporting.tsv's words of {@code kind} (a verb's kind: any of its forms),
     * as written.
     */
    public boolean is(String normalizedWord, Reporting kind) {
        return reporting.get(kind).contains(normalizedWord);
    }

    private volatile org.marsad.text.StemFacts.Slot reportingSlot;

    private volatile org.marsad.text.StemFacts.Slot teamSlot;

    private volatile org.marsad.text.StemFacts.Slot denialSlot;

    private volatile org.marsad.text.StemFacts.Slot postingSlot;

    private volatile org.marsad.text.StemFacts.Slot repostSlot;

    private volatile org.marsad.text.StemFacts.Slot phraseEndSlot;

    private volatile org.marsad.text.StemFacts.Slot hypotheticalSlot;

    private volatile org.marsad.text.StemFacts.Slot aspectVerbSlot;

    private volatile org.marsad.text.StemFacts.Slot negationSlot;

    private volatile org.marsad.text.StemFacts.Slot modalSlot;

    /**
     * A stem's kinds (its set in {@link #words}), or null when it is a word of no kind: most words are none, and
     * {@link #is} hashed each (speed24); the set itself since speed36 ({@link #is(org.marsad.text.Token, Kind)}).
     */
    private volatile org.marsad.text.StemFacts.Slot anyKindSlot;

    /** A stem's kinds in {@link #afterConjunction} (it is و or ف on such a word), or null. */
    private volatile org.marsad.text.StemFacts.Slot afterConjunctionSlot;

    /**
     * Lets an analyzer built with {@code facts} keep whether each word is a reporting verb, a word of denial, the last
     * word of a multiword modifier, and whether a word of sport (team-context) or the last word of such a phrase, a
     * verb of writing.
     */
    public void attach(org.marsad.text.StemFacts facts) {
        reportingSlot = facts.register(stem -> reportingForms.contains(stem) ? Boolean.TRUE : null);
        denialSlot = facts.register(stem -> is(stem, Kind.DENIAL) ? Boolean.TRUE : null);
        // the whole word is one of its readings, so a word whose no reading ends a phrase ends none as written either
        phraseEndSlot = facts.register(phrasesByLastWord::get); // the phrases ending with the stem, or null
        hypotheticalSlot = facts.register(stem -> is(stem, Kind.HYPOTHETICAL) ? Boolean.TRUE : null);
        aspectVerbSlot = facts.register(stem -> is(stem, Kind.ASPECT_VERB) ? Boolean.TRUE : null);
        negationSlot = facts.register(stem -> is(stem, Kind.NEGATION) || is(stem, Kind.NEGATION_VERB) ? Boolean.TRUE
                : null);
        teamSlot = facts.register(stem -> is(stem, Kind.TEAM_CONTEXT) || is(stem, Kind.TEAM_CONTEXT_AMBIGUOUS)
                || endsPhraseOf(stem, Kind.TEAM_CONTEXT) ? Boolean.TRUE : null);
        modalSlot = facts.register(stem -> is(stem, Kind.MODAL) ? Boolean.TRUE : null);
        anyKindSlot = facts.register(words::get); // the stem's kinds, or null
        afterConjunctionSlot = facts.register(afterConjunction::get);
        postingSlot = facts.register(stem -> postingForms.contains(stem) ? Boolean.TRUE : null); // speed39
        repostSlot = facts.register(stem -> is(stem, Reporting.REPOST_VERB) ? Boolean.TRUE : null); // speed40
    }

    /**
     * Whether a multiword modifier of the kind ends with this word: a loop, where a stream over an empty list was made
     * for each new word the analyzer met (2 % of the bytes the coder allocated: speed34).
     */
    private boolean endsPhraseOf(String lastWord, Kind kind) {
        java.util.List<Phrase> phrases = phrasesByLastWord.get(lastWord);
        if (phrases != null) {
            for (int i = 0; i < phrases.size(); i++) {
                if (phrases.get(i).kind() == kind) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * False when no reading of {@code t} is a word of any kind, its whole form included (the unsegmented word is one
     * of its readings): then {@link #is} is false for its form and for each reading's stem, known without hashing
     * them. The event coder asks {@code is} of many words around each cue, and its hash look-ups (the key string's
     * memory, then the map's) were 3-4 % of the coding thread (JFR, BENCHMARKS.md speed23, speed24). Else true.
     */
    public boolean mayBeModifier(org.marsad.text.Token t) {
        return org.marsad.text.StemFacts.mayAnswer(anyKindSlot, t);
    }

    /**
     * False when {@code t} is no word of sport (team-context or team-context-ambiguous), with or without its clitics,
     * and ends no such phrase: known without
     * reading its readings (the unsegmented word is one of them, so its whole form is asked too). Else true.
     */
    public boolean mayBeTeamContext(org.marsad.text.Token t) {
        return org.marsad.text.StemFacts.mayAnswer(teamSlot, t);
    }

    /**
     * False when no reading of {@code t} is a word of hypothesis (hypothetical), its whole form included (the
     * unsegmented word is one of its readings): known without hashing it. The event coder asks it of up to
     * {@code HYPOTHETICAL_REACH} words before every cue. Else true.
     */
    public boolean mayBeHypothetical(org.marsad.text.Token t) {
        return org.marsad.text.StemFacts.mayAnswer(hypotheticalSlot, t);
    }

    /**
     * False when no reading of {@code t} is a verb of going on or stepping up (aspect-verb), known without hashing
     * them. The event coder asks it of up to {@code ASPECT_REACH} words before every masdar cue. Else true.
     */
    public boolean mayBeAspectVerb(org.marsad.text.Token t) {
        return org.marsad.text.StemFacts.mayAnswer(aspectVerbSlot, t);
    }

    /**
     * False when no reading of {@code t} is a particle or verb of negation (negation, negation-verb), known without
     * hashing them. The event coder asks it of the four words before every cue. Else true.
     */
    public boolean mayNegate(org.marsad.text.Token t) {
        return org.marsad.text.StemFacts.mayAnswer(negationSlot, t);
    }

    /**
     * False when no reading of {@code t} is a word of necessity or possibility (modal), known without reading them.
     * The event coder asks it of the words before every cue. Else true.
     */
    public boolean mayBeModal(org.marsad.text.Token t) {
        return org.marsad.text.StemFacts.mayAnswer(modalSlot, t);
    }

    /** As {@link #isReporting(String)}, for a reading whose answer the analyzer may have kept. */
    public boolean isReporting(org.marsad.text.Segment s) {
        org.marsad.text.StemFacts.Slot slot = reportingSlot;
        return slot != null ? slot.of(s) != null : reportingForms.contains(s.stem());
    }

    /**
     * False when no reading of {@code t} has a stem of denial (known without reading them; the event coder asks it of
     * every word of a sentence with a cue); else true.
     */
    public boolean mayDeny(org.marsad.text.Token t) {
        return org.marsad.text.StemFacts.mayAnswer(denialSlot, t);
    }

    /** False when no reading of {@code t} is a reporting verb (known without reading them); else true. */
    public boolean mayReport(org.marsad.text.Token t) {
        return org.marsad.text.StemFacts.mayAnswer(reportingSlot, t);
    }

    /** Kinds whose nouns are matched as written and kept out of the segmenter's lexicon (they would re-segment other words). */
    private static final Set<Kind> AS_WRITTEN = java.util.EnumSet.of(Kind.THING_SUBJECT, Kind.TARGET_NOUN, Kind.KILLED_IN,
            Kind.PASSIVE_SIGN, Kind.VSO_PASSIVE_SIGN, Kind.PASSIVE_VERB, Kind.INTERVIEW, Kind.DEMONSTRATIVE, // ذلك would split كذلك
            Kind.DISJUNCTION, Kind.EXCEPTION, // as written: أو، إلا، سوى are words of their own
            Kind.TARGETING_VERB, // as written, the relative clause of an act of force: «غارات ... استهدفت»
            Kind.OWNER_LINK, // as written between a target noun and its owner: «الخاصة بالمسلحين»
            Kind.ASPECT_MASDAR, // as written with its proclitic: استمرار in the lexicon would re-read باستمرار (the adverb)
            Kind.PRETEND_VERB, Kind.PRETEND_SIGN, Kind.PRETEND_NOT, // as written after the cue: «أنها»، «العشرات» split no other word
            Kind.FESTIVAL_NOUN, Kind.FESTIVAL_SIGN, // as written around a protest noun: «تظاهرة ثقافية»
            Kind.HAL_AFTER_COMMA, // as written, read only on a masdar cue's head right after a comma: «، مطالبة الدول»
            Kind.GENERIC_ROLE, // as written with the article, read only right before a present verb cue: «والمستثمر يحتج»
            Kind.NAME_TITLE, // as written with the article, read only between a verb and a masdar cue or right after a verb cue
            // as written: read only on the first words of a sentence after a speaker («وأشاد بـ»، «كما دعا إلى»)
            Kind.SPEAKER_ACT, Kind.SPEAKER_ACT_HER, Kind.SPEAKER_ACT_OPENER, Kind.SPEAKER_ACT_PREPOSITION,
            Kind.SPEAKER_ACT_DIRECT, Kind.SPEAKER_ACT_VISIT,
            Kind.PROTESTER_ROLE, Kind.PASSIVE_DOER_ROLE, // role codes, no Arabic word
            Kind.COUNT_APPROXIMATE, Kind.COUNT_APPROXIMATE_LINK, // as written between a protest verb and its count: «نحو»، «ما يزيد عن»
            Kind.SPORT_SENSE, Kind.SPORT_SENSE_HERE, Kind.TRAVELLER, // sport-sense(-here): a cue's head (its reading the cue lexicon gives); traveller: as written
            Kind.ATTACK_MEANS, Kind.CONSTITUTING, Kind.ENDANGERED, Kind.SIDE, // as written: استقرار in the lexicon would re-read لاستقرار
            Kind.ACCUSATION, // as written with its pronouns (اتهمه، بتهمة): no stem the segmenter should learn
            Kind.MASDAR_GOVERNOR, // as written with its proclitic (بجواز): وراء would re-read other words
            Kind.ALLEGATION, // as written (مزاعم، ادعاءات), as accusation
            Kind.AIRCRAFT, // as written with the article (الطائرات، طيران): a noun heading the subject
            Kind.ARTILLERY, // as written with the article (المدفعية، الدبابات), as aircraft
            // as written: read only after سـ (ستستمر) or right before « (فيلما، بعنوان), a subject or مع's party (هدف)
            Kind.CONTINUING_VERB, Kind.WORK_TITLE, Kind.TITLE_PRONOUN, Kind.ABSTRACT_PARTY,
            // as written: read only around a clause-opening على (وعلى، أن على ... عدم)
            Kind.OBLIGATION, Kind.OBLIGATION_OPENER, Kind.OBLIGATION_LINK, Kind.OBLIGATION_ADVERBIAL,
            // as written: read only around a cue of refusing (رفض الكشف عن هويته) or a verb of counting on (تعول على)
            Kind.REFUSAL, Kind.RELIANCE, Kind.DISCLOSURE, Kind.IDENTITY_NOUN,
            // as written: read only right before a masdar cue, beside each other (الاتفاقية شملت تقديم)
            Kind.INCLUSION, Kind.PROVISION_NOUN,
            // as written, with و: read only before an actor in the direct object's place (بعد توصل ايران، بعد ساعات)
            Kind.TIME_PREPOSITION, Kind.TIME_UNIT,
            // read only on an agent mention's segments (المعارضة، القوات النظامية), words the agent dictionary gives the
            // segmenter already: نظام in the lexicon would re-read other words (التنظيم)
            Kind.OPPOSITION_NOUN, Kind.REGIME_NOUN, Kind.POSTED_NOUN, Kind.MILITANT_NOUN, Kind.MILITANT_ANAPHOR,
            // as written: read only on an agent mention's word (نواب، مسؤولون) and the word right after it (خارجيته)
            Kind.PLURAL_ROLE, Kind.OWNED_OFFICE, Kind.OWNED_ROLE,
            // as written: read only right before a لـ-masdar cue (قرار لتزويد) or around a release (أفرج عن 200 مليون دولار)
            Kind.DECISION_NOUN, Kind.MONEY_NOUN, Kind.FROZEN, Kind.AMOUNT_WORD,
            // as written: read only right after the على of a cue of seizing (استولى على مساحات واسعة من الأراضي)
            Kind.TERRITORY_NOUN, Kind.TERRITORY_SHARE,
            // as written: read only on a meeting verb's head right before فيها / فيه (سياسة تجتمع فيها)
            Kind.COMES_TOGETHER,
            // as written: read only right before a cooperative masdar cue and the three words before (اليوم الجمعة قبل زيارتها)
            Kind.BEFORE_TODAY, Kind.TODAY,
            // as written: read only right before an actor a verb's subject is sought among (تحت سيطرة، لسيطرة)
            Kind.CONTROLLER,
            // as written: read only right after the genitive of a genobj masdar (غزو العراق لصالح)
            Kind.NOT_OBJECT_LAM,
            // as written: read only right before a verb cue's bare past carrying a pronoun (بسبب دعمها، بعد رفضه)
            Kind.OWNER_MASDAR_OPENER,
            // as written: read only on the proclitics of a verb cue's bare past carrying a pronoun (بدعمها، وبرفضه)
            Kind.OWNER_MASDAR_PROCLITIC,
            // as written: read only on the words right before a target (في الشؤون الداخلية لمملكة البحرين)
            Kind.AFFAIRS_NOUN, Kind.AFFAIRS_ADJECTIVE, Kind.AFFAIRS_IN,
            // as written: read only on an agent mention's last word and the words right after it (المسؤولين عن دخول)
            Kind.RESPONSIBLE_NOUN, Kind.CULPRIT_PREP, Kind.CULPRIT_BETWEEN, Kind.CULPRIT_ACT,
            // as written, with or without the article and one proclitic: read only after a bare attack (على مسجد، فندقا)
            Kind.CIVILIAN_TARGET,
            // as written (verbs past/present, and the killing's head): read only before a killing cue (مما أسفر عن مقتل)
            Kind.TOLL_LINK, Kind.TOLL_KILLING,
            // as written: read only on a killing cue's head and the words after it (قتل ... عندما فجر انتحاري نفسه)
            Kind.KILLED_FIRST, Kind.TOLL_AFTER, Kind.TOLL_AFTER_STOP, Kind.TOLL_ALTERNATIVE,
            // as written: read only on a protest noun cue's head (احتجاجا); CAMEO codes, no Arabic word
            Kind.MOTIVE_ADVERBIAL, Kind.MOTIVE_ACT,
            // as written: read only right after a noun cue (الاتهام الموجه لنتنياهو، التهم المنسوبة إليه)
            Kind.DIRECTED_PARTICIPLE);

    /** Every modifier and reporting word (the clitic segmenter's lexicon). */
    public java.util.Set<String> words() {
        java.util.Set<String> all = new HashSet<>();
        for (Map.Entry<String, Set<Kind>> e : words.entrySet()) {
            if (!AS_WRITTEN.containsAll(e.getValue())) {
                all.add(e.getKey()); // thing-subject, target nouns, killed-in and passive words are matched as written: no clitic reading
            }
        }
        all.addAll(reportingForms);
        return all;
    }
}
