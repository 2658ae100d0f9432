package org.marsad.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.time.LocalDate;
import org.marsad.Pipeline;
import org.marsad.model.ActorCodes;
import org.marsad.model.ActorRef;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.Place;
import org.marsad.model.Quote;
import org.marsad.model.Span;

/**
 * The columns of the job's output tables. Events carry GDELT 2.0's event columns under GDELT's names where
 * Marsad has the field (as {@code marsad export --format gdelt} writes them), then the provenance GDELT lacks.
 * Left out, because they need the whole corpus rather than one article: GDELT's NumMentions, NumSources,
 * NumArticles (Marsad's story clustering, done by the store) and DATEADDED (the time of coding would make
 * re-runs differ).
 */
final class Tables {
    private Tables() {
    }

    /** One event with the article it came from. */
    record EventOf(Event event, Article article) {
        /** As the store's {@code day}: the event's own date when it is a day, else the article's publication date. */
        LocalDate day() {
            if (event.date() != null && event.date().length() == 10) {
                return LocalDate.parse(event.date());
            }
            return article.published();
        }

        String daySource() {
            if (event.date() != null && event.date().length() == 10) {
                return "event";
            }
            return article.published() == null ? null : "published";
        }
    }

    record MentionOf(Mention mention, Article article) {
    }

    record QuoteOf(Quote quote, Article article) {
    }

    static final Columns<EventOf> EVENTS = new Columns<EventOf>()
            // a number made from the event's deterministic id, so that a re-run gives every event the same one
            .add("GlobalEventID", LongType, x -> Long.parseLong(x.event().id().substring(0, 15), 16))
            .add("SQLDATE", IntegerType, x -> x.day() == null ? null
                    : x.day().getYear() * 10000 + x.day().getMonthValue() * 100 + x.day().getDayOfMonth())
            .add("MonthYear", IntegerType, x -> x.day() == null ? null : x.day().getYear() * 100 + x.day().getMonthValue())
            .add("Year", IntegerType, x -> x.day() == null ? null : x.day().getYear())
            .add("FractionDate", DoubleType, x -> x.day() == null ? null
                    : Math.round((x.day().getYear() + x.day().getDayOfYear() / 365.0) * 10000) / 10000.0)
            .add("Actor1Code", StringType, x -> code(x.event().source()))
            .add("Actor1Name", StringType, x -> x.event().source() == null ? null : x.event().source().name())
            .add("Actor1CountryCode", StringType, x -> country(code(x.event().source())))
            .add("Actor1Type1Code", StringType, x -> role(code(x.event().source())))
            .add("Actor2Code", StringType, x -> code(x.event().target()))
            .add("Actor2Name", StringType, x -> x.event().target() == null ? null : x.event().target().name())
            .add("Actor2CountryCode", StringType, x -> country(code(x.event().target())))
            .add("Actor2Type1Code", StringType, x -> role(code(x.event().target())))
            .add("IsRootEvent", IntegerType, x -> x.event().sentence() == 0 ? 1 : 0) // GDELT: found in the lead
            .add("EventCode", StringType, x -> x.event().cameoCode())
            .add("EventBaseCode", StringType, x -> x.event().cameoCode() == null ? null
                    : x.event().cameoCode().substring(0, Math.min(3, x.event().cameoCode().length())))
            .add("EventRootCode", StringType, x -> x.event().cameoRoot())
            .add("QuadClass", IntegerType, x -> x.event().quadClass())
            .add("GoldsteinScale", DoubleType, x -> x.event().goldstein())
            .add("ActionGeo_Type", IntegerType, x -> place(x) == null ? null : "city".equals(place(x).precision()) ? 4 : 1)
            .add("ActionGeo_FullName", StringType, x -> place(x) == null ? null
                    : place(x).nameEn() != null ? place(x).nameEn() : place(x).name())
            .add("ActionGeo_CountryCode", StringType, x -> place(x) == null ? null : place(x).country())
            .add("ActionGeo_Lat", DoubleType, x -> place(x) == null ? null : place(x).lat())
            .add("ActionGeo_Long", DoubleType, x -> place(x) == null ? null : place(x).lon())
            .add("SOURCEURL", StringType, x -> x.article().url())
            // provenance
            .add("MarsadEventID", StringType, x -> x.event().id())
            .add("ArticleID", StringType, x -> x.event().articleId())
            .add("Outlet", StringType, x -> x.article().source())
            .add("Published", DateType, x -> x.article().published() == null ? null : java.sql.Date.valueOf(x.article().published()))
            .add("DateSource", StringType, EventOf::daySource)
            .add("EventDate", StringType, x -> x.event().date())
            .add("EventDatePrecision", StringType, x -> x.event().datePrecision())
            .add("Sentence", IntegerType, x -> x.event().sentence())
            .add("EvidenceStart", IntegerType, x -> x.event().evidence().start())
            .add("EvidenceEnd", IntegerType, x -> x.event().evidence().end())
            .add("EvidenceText", StringType, x -> x.event().evidence().of(x.article().text()))
            .add("Actor1Start", IntegerType, x -> start(x.event().source()))
            .add("Actor1End", IntegerType, x -> end(x.event().source()))
            .add("Actor2Start", IntegerType, x -> start(x.event().target()))
            .add("Actor2End", IntegerType, x -> end(x.event().target()))
            .add("ActionGeo_Name", StringType, x -> place(x) == null ? null : place(x).name())
            .add("ActionGeo_Precision", StringType, x -> place(x) == null ? null : place(x).precision())
            .add("ActionGeo_Start", IntegerType, x -> place(x) == null || place(x).span() == null ? null : place(x).span().start())
            .add("ActionGeo_End", IntegerType, x -> place(x) == null || place(x).span() == null ? null : place(x).span().end())
            // rounded as marsad code prints it
            .add("Confidence", DoubleType, x -> Math.round(x.event().confidence() * 100) / 100.0)
            .add("Modality", StringType, x -> x.event().modality())
            .add("Negated", BooleanType, x -> x.event().negated())
            .add("AttributedTo", StringType, x -> x.event().attributedTo())
            .add("PLOVER", StringType, x -> x.event().plover())
            .add("Summary", StringType, x -> x.event().summary())
            .add("Rule", StringType, x -> x.event().rule())
            .add("CoderVersion", StringType, x -> Pipeline.CODER_VERSION);

    static final Columns<MentionOf> MENTIONS = new Columns<MentionOf>()
            .add("article_id", StringType, x -> x.article().id())
            .add("sentence", IntegerType, x -> x.mention().sentence())
            .add("start", IntegerType, x -> x.mention().span().start())
            .add("end", IntegerType, x -> x.mention().span().end())
            .add("text", StringType, x -> x.mention().text())
            .add("type", StringType, x -> x.mention().type())
            .add("code", StringType, x -> x.mention().code())
            .add("entry", StringType, x -> x.mention().entry())
            .add("name", StringType, x -> x.mention().name())
            .add("why", StringType, x -> x.mention().why())
            .add("coder_version", StringType, x -> Pipeline.CODER_VERSION);

    static final Columns<QuoteOf> QUOTES = new Columns<QuoteOf>()
            .add("article_id", StringType, x -> x.article().id())
            .add("start", IntegerType, x -> x.quote().span().start())
            .add("end", IntegerType, x -> x.quote().span().end())
            .add("text", StringType, x -> x.quote().span().of(x.article().text()))
            .add("speaker_code", StringType, x -> code(x.quote().speaker()))
            .add("speaker_name", StringType, x -> x.quote().speaker() == null ? null : x.quote().speaker().name())
            .add("speaker_start", IntegerType, x -> start(x.quote().speaker()))
            .add("speaker_end", IntegerType, x -> end(x.quote().speaker()))
            .add("verb", StringType, x -> x.quote().verb())
            .add("direct", BooleanType, x -> x.quote().direct())
            .add("coder_version", StringType, x -> Pipeline.CODER_VERSION);

    private static Place place(EventOf x) {
        return x.event().location();
    }

    private static String code(ActorRef a) {
        return a == null ? null : a.code();
    }

    private static Integer start(ActorRef a) {
        Span s = a == null ? null : a.span();
        return s == null ? null : s.start();
    }

    private static Integer end(ActorRef a) {
        Span s = a == null ? null : a.span();
        return s == null ? null : s.end();
    }

    /** GDELT's Actor1CountryCode: the primary code when it is a country (RUSGOV → RUS; IGOUNO has none). */
    private static String country(String code) {
        String primary = ActorCodes.primary(code);
        return primary != null && primary.length() == 3 ? primary : null;
    }

    /** GDELT's Actor1Type1Code: the role after the country (RUSGOV → GOV). */
    private static String role(String code) {
        String role = code != null && code.length() >= 6 ? code.substring(code.length() - 3) : null;
        return role != null && ActorCodes.Roles.isRole(role) ? role : null;
    }
}
