package org.marsad.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.io.CodedArticleJson;
import org.marsad.model.ActorCodes;
import org.marsad.model.ActorRef;
import org.marsad.model.Event;
import org.marsad.model.Place;

/**
 * Writes stored events for other tools: GDELT 2.0 event-table columns (tab-separated), Marsad's own fields as
 * CSV, or JSON Lines. Every format keeps the provenance GDELT lacks: the article, the evidence offsets, the
 * confidence, the modality, negation and the coder version. Written with Jackson, never by hand.
 */
public final class Exporter {
    public enum Format {
        /** GDELT 2.0 event columns where Marsad has the field, then provenance columns; tab-separated with a header. */
        GDELT,
        /** Marsad's event fields (DESIGN.md names), flattened; comma-separated with a header. */
        CSV,
        /** One JSON object per event: the event as {@code marsad code} prints it, plus what the store knows. */
        JSONL
    }

    /**
     * The GDELT columns written, in GDELT's order, then Marsad's. Notes: ActionGeo_CountryCode and the
     * actors' country codes are ISO 3166-1 alpha-3 (GDELT's geography uses FIPS 10-4); NumMentions, NumSources and
     * NumArticles are those of the event's story (its clustered event: every report of it across articles and
     * outlets, see {@link Stories}), one mention per carrying input record; StoryID names the story; SQLDATE is the article's publication date when the event has no day of its
     * own, and DateSource says which.
     */
    public static final List<String> GDELT_COLUMNS = List.of("GlobalEventID", "SQLDATE", "MonthYear", "Year",
            "FractionDate", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code", "Actor2Code",
            "Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "IsRootEvent", "EventCode", "EventBaseCode",
            "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long",
            "DATEADDED", "SOURCEURL",
            "MarsadEventID", "ArticleID", "DateSource", "EventDate", "EventDatePrecision", "EvidenceStart",
            "EvidenceEnd", "Confidence", "Modality", "Negated", "AttributedTo", "PLOVER", "CoderVersion", "StoryID");

    public static final List<String> CSV_COLUMNS = List.of("event_id", "global_event_id", "article_id", "sentence",
            "date", "date_precision", "day", "day_source", "source_code", "source_name", "source_start", "source_end",
            "target_code", "target_name", "target_start", "target_end", "cameo_code", "cameo_root", "quad_class",
            "goldstein", "plover", "negated", "modality", "attributed_to", "location_name", "location_name_en",
            "location_country", "location_lat", "location_lon", "location_precision", "evidence_start", "evidence_end",
            "confidence", "summary", "rule", "coder_version", "published", "url", "outlet", "num_articles", "num_sources",
            "num_mentions", "story_id");

    private static final DateTimeFormatter DATEADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Exporter() {
    }

    /** Writes the events that pass {@code filter}; returns how many. */
    public static long write(Store store, Filter filter, Format format, Writer out) throws IOException {
        long[] n = {0};
        try {
            if (format == Format.JSONL) {
                ObjectMapper mapper = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                store.events(filter, row -> {
                    try {
                        out.write(mapper.writeValueAsString(json(row)));
                        out.write('\n');
                        n[0]++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                return n[0];
            }
            boolean gdelt = format == Format.GDELT;
            CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setColumnSeparator(gdelt ? '\t' : ',');
            for (String c : gdelt ? GDELT_COLUMNS : CSV_COLUMNS) {
                schema.addColumn(c);
            }
            CsvMapper mapper = new CsvMapper();
            mapper.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            // quote only values that need it (a separator, quote or line break inside): GDELT readers expect bare fields
            mapper.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
            try (SequenceWriter w = mapper.writer(schema.build()).writeValues(out)) {
                store.events(filter, row -> {
                    try {
                        w.write(gdelt ? gdelt(row) : csv(row));
                        n[0]++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            return n[0];
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static Map<String, Object> gdelt(EventRow r) {
        Event e = r.event();
        Map<String, Object> m = new LinkedHashMap<>();
        LocalDate day = r.day() == null ? null : LocalDate.parse(r.day());
        m.put("GlobalEventID", r.eid());
        m.put("SQLDATE", day == null ? null : day.toString().replace("-", ""));
        m.put("MonthYear", day == null ? null : day.toString().substring(0, 7).replace("-", ""));
        m.put("Year", day == null ? null : day.getYear());
        m.put("FractionDate", day == null ? null
                : String.format(Locale.ROOT, "%.4f", day.getYear() + day.getDayOfYear() / 365.0));
        actor(m, "Actor1", e.source());
        actor(m, "Actor2", e.target());
        m.put("IsRootEvent", e.sentence() == 0 ? 1 : 0); // GDELT: found in the lead
        m.put("EventCode", e.cameoCode());
        m.put("EventBaseCode", e.cameoCode() == null ? null : e.cameoCode().substring(0, Math.min(3, e.cameoCode().length())));
        m.put("EventRootCode", e.cameoRoot());
        m.put("QuadClass", e.quadClass());
        m.put("GoldsteinScale", e.goldstein());
        m.put("NumMentions", r.numMentions());
        m.put("NumSources", r.numSources());
        m.put("NumArticles", r.numArticles());
        Place p = e.location();
        m.put("ActionGeo_Type", p == null ? null : "city".equals(p.precision()) ? 4 : 1);
        m.put("ActionGeo_FullName", p == null ? null : p.nameEn() != null ? p.nameEn() : p.name());
        m.put("ActionGeo_CountryCode", p == null ? null : p.country());
        m.put("ActionGeo_Lat", p == null ? null : p.lat());
        m.put("ActionGeo_Long", p == null ? null : p.lon());
        m.put("DATEADDED", r.addedAt() == null ? null : DATEADDED.format(Instant.parse(r.addedAt())));
        m.put("SOURCEURL", r.url());
        m.put("MarsadEventID", e.id());
        m.put("ArticleID", e.articleId());
        m.put("DateSource", r.daySource());
        m.put("EventDate", e.date());
        m.put("EventDatePrecision", e.datePrecision());
        m.put("EvidenceStart", e.evidence().start());
        m.put("EvidenceEnd", e.evidence().end());
        m.put("Confidence", round(e.confidence()));
        m.put("Modality", e.modality());
        m.put("Negated", e.negated() ? 1 : 0);
        m.put("AttributedTo", e.attributedTo());
        m.put("PLOVER", e.plover());
        m.put("CoderVersion", r.coderVersion());
        m.put("StoryID", r.storyId() == 0 ? null : r.storyId());
        return m;
    }

    private static void actor(Map<String, Object> m, String prefix, ActorRef a) {
        String code = a == null ? null : a.code();
        m.put(prefix + "Code", code);
        m.put(prefix + "Name", a == null ? null : a.name());
        String primary = ActorCodes.primary(code);
        m.put(prefix + "CountryCode", primary != null && primary.length() == 3 ? primary : null);
        String role = code != null && code.length() >= 6 ? code.substring(code.length() - 3) : null;
        m.put(prefix + "Type1Code", role != null && ActorCodes.Roles.isRole(role) ? role : null);
    }

    static Map<String, Object> csv(EventRow r) {
        Event e = r.event();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event_id", e.id());
        m.put("global_event_id", r.eid());
        m.put("article_id", e.articleId());
        m.put("sentence", e.sentence());
        m.put("date", e.date());
        m.put("date_precision", e.datePrecision());
        m.put("day", r.day());
        m.put("day_source", r.daySource());
        for (String side : List.of("source", "target")) {
            ActorRef a = side.equals("source") ? e.source() : e.target();
            m.put(side + "_code", a == null ? null : a.code());
            m.put(side + "_name", a == null ? null : a.name());
            m.put(side + "_start", a == null || a.span() == null ? null : a.span().start());
            m.put(side + "_end", a == null || a.span() == null ? null : a.span().end());
        }
        m.put("cameo_code", e.cameoCode());
        m.put("cameo_root", e.cameoRoot());
        m.put("quad_class", e.quadClass());
        m.put("goldstein", e.goldstein());
        m.put("plover", e.plover());
        m.put("negated", e.negated());
        m.put("modality", e.modality());
        m.put("attributed_to", e.attributedTo());
        Place p = e.location();
        m.put("location_name", p == null ? null : p.name());
        m.put("location_name_en", p == null ? null : p.nameEn());
        m.put("location_country", p == null ? null : p.country());
        m.put("location_lat", p == null ? null : p.lat());
        m.put("location_lon", p == null ? null : p.lon());
        m.put("location_precision", p == null ? null : p.precision());
        m.put("evidence_start", e.evidence().start());
        m.put("evidence_end", e.evidence().end());
        m.put("confidence", round(e.confidence()));
        m.put("summary", e.summary());
        m.put("rule", e.rule());
        m.put("coder_version", r.coderVersion());
        m.put("published", r.published() == null ? null : r.published().toString());
        m.put("url", r.url());
        m.put("outlet", r.outlet());
        m.put("num_articles", r.numArticles());
        m.put("num_sources", r.numSources());
        m.put("num_mentions", r.numMentions());
        m.put("story_id", r.storyId());
        return m;
    }

    static ObjectNode json(EventRow r) {
        ObjectNode n = CodedArticleJson.event(r.event());
        n.put("global_event_id", r.eid());
        n.put("day", r.day());
        n.put("day_source", r.daySource());
        n.put("coder_version", r.coderVersion());
        n.put("published", r.published() == null ? null : r.published().toString());
        n.put("url", r.url());
        n.put("outlet", r.outlet());
        n.put("num_articles", r.numArticles());
        n.put("num_sources", r.numSources());
        n.put("num_mentions", r.numMentions());
        n.put("story_id", r.storyId());
        return n;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
