package org.marsad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.SharedData;
import org.marsad.io.ArticleReader;
import org.marsad.model.Article;
import org.marsad.text.Segment;
import org.marsad.text.StemFacts;
import org.marsad.text.TextAnalyzer;
import org.marsad.text.Token;

/**
 * The event coder passes over a word before a cue on {@link Modifiers#mayBeAspectVerb} and {@link Modifiers#mayNegate}
 * (the word cache's summary of its readings' answers) before hashing its stems: neither may pass over a word whose
 * readings the old look-ups would have answered (the coded output would change), and both should pass over most.
 */
class ModifierSlotsTest {
    private static Modifiers modifiers;
    private static TextAnalyzer analyzer;

    @BeforeAll
    static void load() {
        modifiers = Modifiers.load();
        StemFacts facts = new StemFacts();
        modifiers.attach(facts);
        analyzer = new TextAnalyzer(modifiers.words()::contains, true, facts);
    }

    /** What aspectSubject asked of each word before: its first reading's stem. */
    private static boolean aspectVerb(Token t) {
        return modifiers.is(t.segments().get(0).stem(), Modifiers.Kind.ASPECT_VERB);
    }

    /** What negated could answer of a word before: some reading's stem a particle or verb of negation. */
    private static boolean negation(Token t) {
        for (Segment s : t.segments()) {
            if (modifiers.is(s.stem(), Modifiers.Kind.NEGATION) || modifiers.is(s.stem(), Modifiers.Kind.NEGATION_VERB)) {
                return true;
            }
        }
        return false;
    }

    /** What modalAt asked of each reading of a word before the cue (speed23 passes over the others first). */
    private static boolean modal(Token t) {
        for (Segment s : t.segments()) {
            if (modifiers.is(s.stem(), Modifiers.Kind.MODAL)) {
                return true;
            }
        }
        return false;
    }

    private static Token word(String sentence, String norm) {
        return analyzer.analyze(sentence).tokens().stream().filter(t -> t.norm().equals(norm)).findFirst()
                .orElseThrow();
    }

    @Test
    void theWordsOfRealSentencesAreAnsweredAndTheOthersPassedOver() {
        // «وواصلت طائرات التحالف غاراتها»، «ونفت الخارجية ما تردد»، «لم يعلن أحد مسؤوليته» (SaudiNewsNet)
        Token continued = word("وواصلت طائرات التحالف غاراتها على مواقع الحوثيين", "وواصلت");
        assertTrue(aspectVerb(continued));
        assertTrue(modifiers.mayBeAspectVerb(continued));
        assertFalse(modifiers.mayBeAspectVerb(word("وواصلت طائرات التحالف غاراتها على مواقع الحوثيين", "طائرات")));
        Token denied = word("ونفت الخارجية ما تردد عن الزيارة", "ونفت");
        assertTrue(negation(denied));
        assertTrue(modifiers.mayNegate(denied));
        Token not = word("لم يعلن أحد مسؤوليته عن الهجوم", "لم");
        assertTrue(modifiers.mayNegate(not));
        assertFalse(modifiers.mayNegate(word("لم يعلن أحد مسؤوليته عن الهجوم", "الهجوم")));
        // «وشدد على ضرورة التعاون مع الرئيس الأسد» (modifiers.tsv modal: ضرورة, after على as written)
        Token need = word("وشدد على ضرورة التعاون مع الرئيس الأسد", org.marsad.text.ArabicNormalizer.normalize("ضرورة"));
        assertTrue(modal(need));
        assertTrue(modifiers.mayBeModal(need));
        assertTrue(modifiers.mayBeModal(word("وأكد بضرورة التعاون", org.marsad.text.ArabicNormalizer.normalize("بضرورة"))));
        assertFalse(modifiers.mayBeModal(word("وشدد على ضرورة التعاون مع الرئيس الأسد", "التعاون")));
    }

    @Test
    void onRealNewsNoWordTheLookUpsAnswerIsPassedOverAndMostWordsAre() throws Exception {
        Path corpus = SharedData.require("data/saudinewsnet/articles.jsonl.gz");
        long words = 0;
        long aspect = 0;
        long negating = 0;
        long passedOver = 0;
        for (Article a : ArticleReader.readFirst(corpus, 300)) {
            for (Token t : analyzer.analyze(a.text()).tokens()) {
                if (!t.isWord()) {
                    continue;
                }
                words++;
                boolean mayAspect = modifiers.mayBeAspectVerb(t);
                boolean mayNegate = modifiers.mayNegate(t);
                assertTrue(mayAspect || !aspectVerb(t), () -> t.norm() + " is an aspect verb but was passed over");
                assertTrue(mayNegate || !negation(t), () -> t.norm() + " negates but was passed over");
                assertTrue(modifiers.mayBeModal(t) || !modal(t), () -> t.norm() + " is modal but was passed over");
                aspect += aspectVerb(t) ? 1 : 0;
                negating += negation(t) ? 1 : 0;
                passedOver += !mayAspect && !mayNegate ? 1 : 0;
            }
        }
        assertTrue(aspect > 20 && negating > 1_000, aspect + " aspect verbs, " + negating + " negating words");
        assertTrue(passedOver > 0.9 * words, passedOver + " of " + words + " passed over");
    }

    /** Whether some reading's stem, or the word as written, is a modifier of any kind (what {@code is} can answer). */
    private static boolean anyKind(Token t) {
        for (Modifiers.Kind kind : Modifiers.Kind.values()) {
            if (modifiers.is(t.norm(), kind)) {
                return true;
            }
            for (Segment s : t.segments()) {
                if (modifiers.is(s.stem(), kind)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void aWordOfNoKindIsPassedOverAndNoWordOfAKind() throws Exception {
        // «نحن في حداد بسبب عمل إرهابي» (SaudiNewsNet): بسبب is a cause-word (modifiers.tsv)
        Token because = word("نحن في حداد بسبب عمل إرهابي", "بسبب");
        assertTrue(modifiers.is(because.norm(), Modifiers.Kind.CAUSE_WORD));
        assertTrue(modifiers.mayBeModifier(because));
        Path corpus = SharedData.require("data/saudinewsnet/articles.jsonl.gz");
        long words = 0;
        long passedOver = 0;
        for (Article a : ArticleReader.readFirst(corpus, 300)) {
            for (Token t : analyzer.analyze(a.text()).tokens()) {
                boolean may = modifiers.mayBeModifier(t);
                assertTrue(may || !anyKind(t), () -> t.norm() + " is a modifier but was passed over");
                words += t.isWord() ? 1 : 0;
                passedOver += t.isWord() && !may ? 1 : 0;
            }
        }
        assertTrue(passedOver > 0.5 * words, passedOver + " of " + words + " passed over");
    }

    /**
     * {@link Modifiers#is(Token, Modifiers.Kind)} answers as the look-up of the token's form as written did, for every
     * kind, while it passes over a word of no kind without the look-up (speed28): the coded output must not change.
     */
    @Test
    void aTokenIsOfAKindExactlyWhenItsFormAsWrittenIs() throws Exception {
        // sentences written for this test: بسبب (cause-word), لم (negation), ضرورة (modal), the rest of no kind or of one
        for (String sentence : new String[] {"وقال الوزير إن الاجتماع تأجل بسبب سوء الأحوال الجوية",
                "ولم تعلن الحكومة موعد الزيارة حتى الآن", "وأكد الرئيس على ضرورة الحوار بين الأطراف"}) {
            for (Token t : analyzer.analyze(sentence).tokens()) {
                for (Modifiers.Kind kind : Modifiers.Kind.values()) {
                    assertEquals(modifiers.is(t.norm(), kind), modifiers.is(t, kind), t.norm() + " " + kind);
                }
            }
        }
        assertTrue(modifiers.is(word("تأجل الاجتماع بسبب الأحوال الجوية", "بسبب"), Modifiers.Kind.CAUSE_WORD));
        assertTrue(modifiers.is(word("لم تعلن الحكومة موعد الزيارة", "لم"), Modifiers.Kind.NEGATION));
        Token weather = analyzer.analyze("تأجل الاجتماع بسبب الأحوال الجوية").tokens().get(4); // الجوية
        assertFalse(modifiers.mayBeModifier(weather)); // passed over: no look-up
        assertFalse(modifiers.is(weather, Modifiers.Kind.CAUSE_WORD));
        Path corpus = SharedData.require("data/saudinewsnet/articles.jsonl.gz");
        for (Article a : ArticleReader.readFirst(corpus, 100)) {
            for (Token t : analyzer.analyze(a.text()).tokens()) {
                for (Modifiers.Kind kind : Modifiers.Kind.values()) {
                    if (modifiers.is(t, kind) != modifiers.is(t.norm(), kind)) {
                        throw new AssertionError(t.norm() + " " + kind + ": " + modifiers.is(t, kind));
                    }
                }
            }
        }
    }

    /**
     * What speed36 reads from the analyzer's facts instead of hashing: a reading's kinds ({@link Modifiers#is(Segment,
     * Modifiers.Kind)}), the after-conjunction kinds of the form as written ({@link Modifiers#isAfterConjunction(Token,
     * Modifiers.Kind)}) and the phrases ending with it ({@link Modifiers#phraseLengthEndingAt}). On real news, numbers
     * and signs included (they carry their facts since speed36), each answers as the string look-up or a Modifiers
     * attached to no analyzer did.
     */
    @Test
    void theFactsOfReadingsAndWholeWordsAnswerAsTheLookUps() throws Exception {
        Modifiers plain = Modifiers.load();
        // «وحمل الوزير الحكومة المسؤولية» (written for this test): وحمل is و + a verb of bearing (modifiers.tsv)
        Token bore = word("وحمل الوزير الحكومة المسؤولية", "وحمل");
        assertTrue(modifiers.isAfterConjunction(bore, Modifiers.Kind.BEARING_VERB));
        assertFalse(modifiers.isAfterConjunction(word("وحمل الوزير الحكومة المسؤولية", "الوزير"),
                Modifiers.Kind.BEARING_VERB));
        Path corpus = SharedData.require("data/saudinewsnet/articles.jsonl.gz");
        long phrases = 0;
        long signs = 0;
        for (Article a : ArticleReader.readFirst(corpus, 100)) {
            java.util.List<Token> tokens = analyzer.analyze(a.text()).tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                signs += t.isWord() ? 0 : 1;
                assertEquals(modifiers.isAfterConjunction(t.norm(), Modifiers.Kind.BEARING_VERB),
                        modifiers.isAfterConjunction(t, Modifiers.Kind.BEARING_VERB), t.norm());
                for (Modifiers.Kind kind : Modifiers.Kind.values()) {
                    for (Segment s : t.segments()) {
                        if (modifiers.is(s, kind) != modifiers.is(s.stem(), kind)) {
                            throw new AssertionError(s + " " + kind + ": " + modifiers.is(s, kind));
                        }
                    }
                    int n = modifiers.phraseLengthEndingAt(tokens, 0, i, kind);
                    if (n != plain.phraseLengthEndingAt(tokens, 0, i, kind)) {
                        throw new AssertionError(t.norm() + " " + kind + ": " + n);
                    }
                    phrases += n > 0 ? 1 : 0;
                }
            }
        }
        assertTrue(phrases > 10, phrases + " phrases");
        assertTrue(signs > 1_000, signs + " numbers and signs");
    }

    /**
     * {@code SpeakerSearch.posting} (session 28, events125: a verb of writing that reports, reporting.tsv kind W) passes
     * over a word on {@link Modifiers#mayPost} before reading its readings, and reads each reading's answer from the
     * facts the analyzer kept (speed39): never a word a reading of which the old look-up of its stem answered.
     */
    @Test
    void aWordIsPassedOverAsNoVerbOfWritingOnlyWhenNoReadingIsOne() throws Exception {
        Modifiers unattached = Modifiers.load(); // no facts: each reading's stem looked up, as posting did before
        // «ومن جهتها كتبت منظمة اطباء بلا حدود على حسابها على تويتر» (EventRulesTest.writingOnAnAccountIsReportedSpeech)
        String sentence = "ومن جهتها كتبت منظمة اطباء بلا حدود على حسابها على تويتر";
        Token wrote = word(sentence, "كتبت");
        assertTrue(modifiers.mayPost(wrote));
        assertTrue(wrote.segments().stream().anyMatch(modifiers::isPosting));
        assertTrue(wrote.segments().stream().anyMatch(unattached::isPosting));
        assertFalse(modifiers.mayPost(word(sentence, org.marsad.text.ArabicNormalizer.normalize("منظمة"))));
        long[] counts = new long[3]; // words, words passed over, readings of a verb of writing
        for (Article a : ArticleReader.readFirst(SharedData.require("data/saudinewsnet/articles.jsonl.gz"), 300)) {
            for (Token t : analyzer.analyze(a.text()).tokens()) {
                boolean may = modifiers.mayPost(t);
                for (Segment s : t.segments()) {
                    boolean before = unattached.isPosting(s);
                    assertEquals(before, modifiers.isPosting(s), () -> t.norm() + " " + s.stem());
                    assertTrue(may || !before, () -> t.norm() + " is a verb of writing but was passed over");
                    counts[2] += before ? 1 : 0;
                }
                counts[0] += t.isWord() ? 1 : 0;
                counts[1] += t.isWord() && !may ? 1 : 0;
            }
        }
        assertTrue(counts[2] > 0, "no verb of writing in 300 articles");
        assertTrue(counts[1] > 0.9 * counts[0], counts[1] + " of " + counts[0] + " words passed over");
    }

    /**
     * reporting.tsv's kinds are one table (speed40): each letter's word is of its kind alone, a verb's kind holds its
     * inflected forms, and V's forms and P's phrases are what {@link Modifiers#isReporting(String)} answers.
     */
    @Test
    void eachReportingKindHoldsTheWordsOfItsLetter() {
        java.util.Map<Modifiers.Reporting, String> examples = new java.util.EnumMap<>(Modifiers.Reporting.class);
        examples.put(Modifiers.Reporting.VERB, "قالت"); // V قال/يقول, inflected
        examples.put(Modifiers.Reporting.PHRASE, "بحسب");
        examples.put(Modifiers.Reporting.WRITING_VERB, "يكتب"); // W كتب/يكتب
        examples.put(Modifiers.Reporting.POST_WORD, "تغريدة");
        examples.put(Modifiers.Reporting.WRITING_OPENER, "قائلا");
        examples.put(Modifiers.Reporting.WRITTEN_ON, "عليها");
        examples.put(Modifiers.Reporting.WRITING_TITLE, "بعنوان");
        examples.put(Modifiers.Reporting.TITLED_BEFORE, "صحيفة");
        examples.put(Modifiers.Reporting.BOOKS_BEFORE, "ثلاثة");
        examples.put(Modifiers.Reporting.REPOST_VERB, "أعادت"); // R أعاد/يعيد, inflected
        examples.put(Modifiers.Reporting.REPOST_MASDAR, "نشر");
        assertEquals(Modifiers.Reporting.values().length, examples.size());
        for (Modifiers.Reporting kind : Modifiers.Reporting.values()) {
            for (Modifiers.Reporting other : Modifiers.Reporting.values()) {
                String word = org.marsad.text.ArabicNormalizer.normalize(examples.get(other));
                assertEquals(kind == other, modifiers.is(word, kind), () -> word + " as " + kind);
            }
        }
        assertTrue(modifiers.isReporting(org.marsad.text.ArabicNormalizer.normalize("قالت")));
        assertTrue(modifiers.isReporting(org.marsad.text.ArabicNormalizer.normalize("بحسب")));
        assertFalse(modifiers.isReporting(org.marsad.text.ArabicNormalizer.normalize("يكتب")));
    }

    /**
     * {@code SpeakerSearch.reposting} (session 29, events131: «أعاد نشر تغريدة») passes over a word on
     * {@link Modifiers#mayRepost} before looking up the word after it (speed40), and a word glued to و/ف is looked up
     * whole: never a word that the look-ups before answered.
     */
    @Test
    void aWordIsPassedOverAsNoVerbOfDoingAgainOnlyWhenNoReadingIsOne() throws Exception {
        // «أعاد نشر تغريدة للناشط علي النعيمي، جاء فيها» (SpeakerSearch.reposting), and the verb after و left whole
        String sentence = "وكان الأمير أعاد نشر تغريدة للناشط علي النعيمي، وأعاد نشر تغريدة أخرى";
        assertTrue(modifiers.mayRepost(word(sentence, "اعاد")));
        assertTrue(modifiers.mayRepost(word(sentence, "واعاد")));
        assertFalse(modifiers.mayRepost(word(sentence, "تغريده")));
        assertFalse(modifiers.mayRepost(word(sentence, "الامير")));
        long[] counts = new long[3]; // words, words passed over, words glued to و/ف of a verb of writing or doing again
        for (Article a : ArticleReader.readFirst(SharedData.require("data/saudinewsnet/articles.jsonl.gz"), 300)) {
            for (Token t : analyzer.analyze(a.text()).tokens()) {
                String w = t.norm();
                boolean glued = false; // to a verb of writing or doing again, as the look-ups before found it
                boolean verbReading = false; // what reposting could read as a verb of doing again
                for (Modifiers.Reporting verb : java.util.List.of(Modifiers.Reporting.WRITING_VERB,
                        Modifiers.Reporting.REPOST_VERB)) {
                    boolean before = (w.startsWith("و") || w.startsWith("ف")) && modifiers.is(w.substring(1), verb);
                    assertEquals(before, modifiers.isAfterConjunction(t, verb), w);
                    glued |= before;
                    verbReading |= before && verb == Modifiers.Reporting.REPOST_VERB;
                }
                for (Segment s : t.segments()) {
                    verbReading |= modifiers.is(s.stem(), Modifiers.Reporting.REPOST_VERB);
                }
                boolean may = modifiers.mayRepost(t);
                assertTrue(may || !verbReading, () -> w + " is a verb of doing again but was passed over");
                counts[0] += t.isWord() ? 1 : 0;
                counts[1] += t.isWord() && !may ? 1 : 0;
                counts[2] += glued ? 1 : 0;
            }
        }
        assertTrue(counts[2] > 0, "no verb of writing or doing again glued to و/ف in 300 articles");
        assertTrue(counts[1] > 0.9 * counts[0], counts[1] + " of " + counts[0] + " words passed over");
    }
}
