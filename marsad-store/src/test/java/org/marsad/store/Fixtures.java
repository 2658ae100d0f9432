package org.marsad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.model.ActorRef;
import org.marsad.model.Article;
import org.marsad.model.CodedArticle;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.Place;
import org.marsad.model.Quote;
import org.marsad.model.Span;
import org.marsad.text.AnalyzedText;
import org.marsad.text.TextAnalyzer;

/**
 * Real news sentences with codings built by hand (what the coder would output), so that store tests do not
 * depend on the dictionaries. Sentences come from the real text layer.
 */
final class Fixtures {
    /** The text layer without dictionaries: clitics are stripped only where the article ال makes it safe. */
    static final TextAnalyzer ANALYZER = new TextAnalyzer(s -> false);

    static final String SUMMIT = "بيونغ يانغ (وكالات) - وقع الرئيس الروسي فلاديمير بوتين وزعيم كوريا الشمالية كيم جونغ أون "
            + "اليوم، اتفاقية شراكة استراتيجية شاملة، حسبما ذكرت وكالة إنترفاكس الروسية للأنباء. "
            + "ورحبت كوريا الشمالية بالزيارة وبالمفاوضات التي جرت بين الوفدين خلال محادثات استمرت نحو ساعتين. "
            + "وقال بوتين إن الاتفاقية تنص على المساعدة المتبادلة في حال تعرض أي من الطرفين لعدوان."
            + " وأضاف الرئيس الروسي أن بلاده ستواصل تطوير التعاون العسكري والتقني مع كوريا الشمالية، مشيرا إلى أن البلدين "
            + "يرفضان سياسة العقوبات والابتزاز التي تمارسها الولايات المتحدة وحلفاؤها في المنطقة.";

    /** The same story as a wire copy: another dateline, one sentence reworded at the end. */
    static final String SUMMIT_COPY = "موسكو (رويترز) - وقع الرئيس الروسي فلاديمير بوتين وزعيم كوريا الشمالية كيم جونغ أون "
            + "اليوم، اتفاقية شراكة استراتيجية شاملة، حسبما ذكرت وكالة إنترفاكس الروسية للأنباء. "
            + "ورحبت كوريا الشمالية بالزيارة وبالمفاوضات التي جرت بين الوفدين خلال محادثات استمرت نحو ساعتين. "
            + "وقال بوتين إن الاتفاقية تنص على المساعدة المتبادلة في حالة تعرض أحد الطرفين لعدوان."
            + " وأضاف الرئيس الروسي أن بلاده ستواصل تطوير التعاون العسكري والتقني مع كوريا الشمالية، مشيرا إلى أن البلدين "
            + "يرفضان سياسة العقوبات والابتزاز التي تمارسها الولايات المتحدة وحلفاؤها في المنطقة.";

    /** The same text as SUMMIT but with tashkeel, tatweel, other alef forms and other punctuation: an exact duplicate. */
    static final String SUMMIT_VOWELLED = "بيونغ يانغ [وكالات] — وَقَّعَ الرئيـــس الروسي فلاديمير بوتين وزعيم كوريا الشمالية كيم جونغ "
            + "أون اليوم , اتفاقية شراكة استراتيجيةٌ شاملة , حسبما ذكرت وكالة إنترفاكس الروسية للأنباء ؛ "
            + "ورحبت كوريا الشمالية بالزيارة وبالمفاوضات التي جرت بين الوفدين خلال محادثات استمرت نحو ساعتين . "
            + "وقال بوتين إن الاتفاقية تنص على المساعدة المتبادلة في حال تعرض أي من الطرفين لعدوان ."
            + " وأضاف الرئيس الروسي أن بلاده ستواصل تطوير التعاون العسكري والتقني مع كوريا الشمالية، مشيرا إلى أن البلدين "
            + "يرفضان سياسة العقوبات والابتزاز التي تمارسها الولايات المتحدة وحلفاؤها في المنطقة.";

    static final String MUNITIONS = "واشنطن - اتهمت وزارة الدفاع الأمريكية (البنتاغون) روسيا بتلقي ذخائر وصواريخ باليستية من "
            + "كوريا الشمالية لاستخدامها في الحرب على أوكرانيا. وقال المتحدث باسم الوزارة إن واشنطن ستفرض عقوبات جديدة.";

    static final String FLOODS = "الرياض - أعلنت المديرية العامة للدفاع المدني أن الأمطار الغزيرة التي هطلت على منطقة مكة "
            + "المكرمة تسببت في سيول جرفت عددا من السيارات، ودعت السكان إلى البقاء في منازلهم.";

    private Fixtures() {
    }

    static Span span(String text, String part) {
        int i = text.indexOf(part);
        if (i < 0) {
            throw new IllegalArgumentException("not in text: " + part);
        }
        return new Span(i, i + part.length());
    }

    /** The span of {@code part}, or of the text's first character when a variant of the text lacks it. */
    static Span spanOrFirst(String text, String part) {
        return text.contains(part) ? span(text, part) : new Span(0, 1);
    }

    static CodedArticle summit(String id, String text, String source) {
        Article a = new Article(id, "https://example.org/" + id, source, LocalDate.of(2024, 6, 19),
                "روسيا وكوريا الشمالية شراكة استراتيجية شاملة", text);
        AnalyzedText t = ANALYZER.analyze(text);
        List<Mention> mentions = new ArrayList<>();
        mentions.add(new Mention(spanOrFirst(text, "الرئيس الروسي فلاديمير بوتين"), "الرئيس الروسي فلاديمير بوتين", "PERS",
                "RUSGOV", "people:putin", "Vladimir Putin", "title+demonym+person", 0));
        mentions.add(new Mention(spanOrFirst(text, "زعيم كوريا الشمالية كيم جونغ أون"), "زعيم كوريا الشمالية كيم جونغ أون",
                "PERS", "PRKGOV", "people:kim-jong-un", "Kim Jong Un", "title+country+person", 0));
        mentions.add(new Mention(spanOrFirst(text, "وكالة إنترفاكس"), "وكالة إنترفاكس", "ORG", "RUSMED", null, "Interfax",
                "organization", 0));
        ActorRef rus = new ActorRef("RUSGOV", "Vladimir Putin", spanOrFirst(text, "الرئيس الروسي فلاديمير بوتين"));
        ActorRef prk = new ActorRef("PRKGOV", "Kim Jong Un", spanOrFirst(text, "زعيم كوريا الشمالية كيم جونغ أون"));
        Place pyongyang = new Place("بيونغ يانغ", "Pyongyang", "PRK", 39.03, 125.75, "city", spanOrFirst(text, "بيونغ يانغ"));
        Span sign = spanOrFirst(text, "وقع");
        List<Event> events = List.of(
                new Event(id + "-e1", id, 0, "2024-06-19", "day", rus, prk, "057", "05", 1, 8.0, "AGREE", false,
                        "asserted", "Interfax", pyongyang, sign, 0.9, "Russia's government signs agreement with North Korea", "patterns:sign-agreement/svo"),
                new Event(id + "-e2", id, 0, "2024-06-19", "day", prk, rus, "057", "05", 1, 8.0, "AGREE", false,
                        "asserted", "Interfax", pyongyang, sign, 0.9, "North Korea's government signs agreement with Russia", "patterns:sign-agreement/svo"),
                new Event(id + "-e3", id, 2, null, null, rus, null, "030", "03", 1, 4.0, "AGREE", false,
                        "hypothetical", null, null, spanOrFirst(text, "المساعدة المتبادلة"), 0.55, "Russia expresses intent to cooperate", null));
        List<Quote> quotes = List.of(new Quote(new ActorRef("RUSGOV", "Vladimir Putin", spanOrFirst(text, "بوتين إن")),
                spanOrFirst(text, "الاتفاقية تنص على المساعدة المتبادلة"), "قال", false));
        return new CodedArticle(a, t.sentences(), mentions, events, quotes);
    }

    static CodedArticle munitions(String id) {
        String text = MUNITIONS;
        Article a = new Article(id, null, "aawsat", LocalDate.of(2024, 1, 5), null, text);
        AnalyzedText t = ANALYZER.analyze(text);
        ActorRef usa = new ActorRef("USAMIL", "US Department of Defense", span(text, "وزارة الدفاع الأمريكية"));
        ActorRef rus = new ActorRef("RUS", "Russia", span(text, "روسيا"));
        List<Event> events = List.of(new Event(id + "-e1", id, 0, null, null, usa, rus, "112", "11", 3, -2.0, "ACCUSE",
                false, "asserted", null, null, span(text, "اتهمت"), 0.8, "US military accuses Russia", "patterns:accuse/vso"),
                new Event(id + "-e2", id, 1, "2024-01", "month", new ActorRef("USA", "United States", span(text, "واشنطن ستفرض")),
                        rus, "163", "16", 3, -8.0, "SANCTION", false, "intended", null, null, span(text, "ستفرض عقوبات"),
                        0.7, "United States intends to impose sanctions on Russia", "patterns:sanction/svo"));
        return new CodedArticle(a, t.sentences(), List.of(new Mention(span(text, "روسيا"), "روسيا", "GPE", "RUS",
                "countries:RUS", "Russia", "country", 0)), events, List.of());
    }

    /** An article with no events at all. */
    static CodedArticle floods(String id) {
        Article a = new Article(id, null, "spa", null, null, FLOODS);
        return new CodedArticle(a, ANALYZER.analyze(FLOODS).sentences(), List.of(), List.of(), List.of());
    }

    static Incoming incoming(CodedArticle c) {
        AnalyzedText t = ANALYZER.analyze(c.article().text());
        return new Incoming(c, "test-1", Fingerprint.of(t), FullText.terms(t), SourceRecord.of(c.article(), "fixtures.jsonl", 1));
    }
}
