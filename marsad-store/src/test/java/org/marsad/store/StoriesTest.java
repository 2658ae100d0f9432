package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.CodedArticle;
import org.marsad.model.Event;

class StoriesTest {

    /** Jaccard similarity the plain way: two sets, their intersection over their union. */
    private static double jaccard(String a, String b) {
        Set<String> x = new HashSet<>(Arrays.asList(a.split(" ")));
        Set<String> y = new HashSet<>(Arrays.asList(b.split(" ")));
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return both.size() / (double) (x.size() + y.size() - both.size());
    }

    @Test
    void similarityIsTheJaccardOverlapOfTheTermsWords() {
        List<String> texts = List.of(
                "وقع الرئيس الروسي فلاديمير بوتين اتفاقية شراكة استراتيجية مع كيم جونغ أون في بيونغ يانغ",
                "ووقع الرئيس الروسي الاتفاقية مع الزعيم الكوري الشمالي كيم جونغ أون",
                "قصفت الطائرات مواقع في ريف حلب الشمالي",
                "بيونغ يانغ",
                "يانغ");
        for (String a : texts) {
            for (String b : texts) {
                String ta = Stories.terms(a);
                String tb = Stories.terms(b);
                assertEquals(jaccard(ta, tb), Stories.similarity(ta, tb), 1e-12, a + " / " + b);
            }
        }
        assertEquals(0.0, Stories.similarity(Stories.terms("بيونغ يانغ"), ""));
    }

    @Test
    void longTermsAndStoredBytesGiveThePlainJaccardOverlap() {
        // more words than a small table holds, Latin, digits and Arabic mixed: every slot collision path is taken
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            a.append(i == 0 ? "" : " ").append(i % 3 == 0 ? "كلمة" + i : "w" + i);
            if (i % 2 == 0) {
                b.append(b.length() == 0 ? "" : " ").append(i % 3 == 0 ? "كلمة" + i : "w" + i);
            }
        }
        b.append(" اخرى x");
        Stories.TermSet set = Stories.termSet(a.toString());
        assertEquals(jaccard(a.toString(), b.toString()),
                set.similarity(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), 1e-12);
        assertEquals(1.0, set.similarity(a.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), 1e-12);
        assertEquals(0.0, set.similarity(null));
        assertEquals(0.0, set.similarity(new byte[0]));
        assertEquals(0.0, Stories.termSet("").similarity("اب جد".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void termsAreTheWordsTheRegexSplitFound() {
        // sentences of the SaudiNewsNet corpus (/tmp/bench/first10k.jsonl lines 4, 501, 2001), then random strings over
        // letters, digits and numbers of several scripts, marks, punctuation, spaces, pairs and lone surrogates
        List<String> real = List.of(
                "وأكد مسؤول عسكري أميركي في كابل الضربةن وقال ان قوات التحالف الدولية تحقق في الحادث.",
                "السريع الجري يبلغ طوله نحو 8.\u200f1 متر ويغطي معظم أجزاء جسمه شعر بسيط شبيه بالريش مع وجود ذيل طويل",
                "وهذا المخلوق أضخم ديناصور مجنح معروف عاش منذ 125 مليون عام إبان العصر الطباشيري (الكريتاسي).",
                "وبالمقابل، يتم إبراز وتضخيم قدرات العدو على التدمير والفناء، وادعاء سطوته، ونجاح مشروعه.",
                "");
        for (String t : real) {
            assertEquals(reference(t), Stories.terms(t), t);
        }
        String palette = "ابتثجحخدذرسشصضطظعغفقكلمنهويىةءأإآؤئ" + "وال" + "بال" + "لل"
                + "\u064B\u064E\u0650\u0651\u0640" + "٠١٢٣٤٥٦٧٨٩" + "0123456789" + "aZéДж" + "²½Ⅻ" + "      ،.؛:!؟-«»()\"'"
                + "\u200C\u200F\u00A0\u0000";
        String[] astral = {"\uD835\uDC00", "\uD83D\uDE00", "\uD800", "\uDC00", "\uD83E"};
        Random r = new Random(16);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(40);
            for (int j = 0; j < len; j++) {
                if (r.nextInt(12) == 0) {
                    sb.append(astral[r.nextInt(astral.length)]);
                } else {
                    sb.append(palette.charAt(r.nextInt(palette.length())));
                }
            }
            String t = sb.toString();
            assertEquals(reference(t), Stories.terms(t), t);
        }
    }

    /** The old function: the regex split, then the same stemming and length filter. */
    private static String reference(String text) {
        String norm = org.marsad.text.ArabicNormalizer.normalize(text);
        Set<String> out = new LinkedHashSet<>();
        for (String w : norm.split("[^\\p{L}\\p{N}]+")) {
            w = Stories.stem(w); // the stemming itself is unchanged
            if (w.length() >= 2) {
                out.add(w);
            }
        }
        return String.join(" ", out);
    }

    @Test
    void storyTermsOfEventsInOneSentenceAreThatSentencesTerms() {
        // StoryTerms.of makes a sentence's (and an evidence's) terms once for the events that follow each other on it
        // (ingest21): the same as made for each event, also when a sentence comes back after another
        CodedArticle summit = Fixtures.summit("st-1", Fixtures.SUMMIT, "spa");
        List<Event> e = summit.events();
        CodedArticle mixed = new CodedArticle(summit.article(), summit.sentences(), summit.mentions(),
                List.of(e.get(0), e.get(1), e.get(2), e.get(0), e.get(2), e.get(2)), summit.quotes());
        for (CodedArticle c : List.of(summit, mixed, Fixtures.munitions("st-2"), Fixtures.floods("st-3"))) {
            List<StoryTerms> terms = StoryTerms.of(c);
            assertEquals(c.events().size(), terms.size());
            String text = c.article().text();
            for (int i = 0; i < terms.size(); i++) {
                Event x = c.events().get(i);
                String sentence = "";
                for (org.marsad.model.Sentence s : c.sentences()) {
                    if (s.index() == x.sentence()) {
                        sentence = StoryTerms.slice(text, s.span());
                        break;
                    }
                }
                assertEquals(new StoryTerms(Stories.terms(StoryTerms.slice(text, x.evidence())), Stories.terms(sentence)),
                        terms.get(i));
                assertFalse(terms.get(i).sentence().isEmpty());
            }
        }
    }
}
