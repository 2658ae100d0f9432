package org.marsad.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.marsad.codebook.CameoCode;
import org.marsad.codebook.Codebook;
import org.marsad.io.CodedArticleJson;
import org.marsad.model.Article;
import org.marsad.model.CodedArticle;
import org.marsad.model.Event;
import org.marsad.store.Counts;
import org.marsad.store.EventRow;
import org.marsad.store.SourceRecord;
import org.marsad.store.Stats;

/** The API's JSON shapes. Field names follow {@code marsad code}'s output (snake_case). */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final List<String> QUADS = List.of("", "verbal cooperation", "material cooperation", "verbal conflict",
            "material conflict");

    private final Codebook codebook;

    Json(Codebook codebook) {
        this.codebook = codebook;
    }

    ObjectNode event(Event e) {
        ObjectNode n = CodedArticleJson.event(e);
        n.put("cameo_name", cameoName(e));
        n.put("quad_name", quadName(e));
        return n;
    }

    private String cameoName(Event e) {
        CameoCode c = e.cameoCode() == null ? null : codebook.get(e.cameoCode());
        return c == null ? null : c.name();
    }

    private static String quadName(Event e) {
        return e.quadClass() >= 1 && e.quadClass() <= 4 ? QUADS.get(e.quadClass()) : null;
    }

    /** A stored event as one JSON object, streamed: {@link #event}'s fields, then where and how it was stored. */
    void writeRow(JsonGenerator g, EventRow r) throws IOException {
        Event e = r.event();
        g.writeStartObject();
        CodedArticleJson.writeEventFields(g, e);
        g.writeStringField("cameo_name", cameoName(e));
        g.writeStringField("quad_name", quadName(e));
        g.writeNumberField("global_event_id", r.eid());
        g.writeStringField("day", r.day());
        g.writeStringField("day_source", r.daySource());
        g.writeStringField("published", r.published() == null ? null : r.published().toString());
        g.writeStringField("url", r.url());
        g.writeStringField("outlet", r.outlet());
        g.writeNumberField("num_articles", r.numArticles());
        g.writeNumberField("num_sources", r.numSources());
        g.writeStringField("coder_version", r.coderVersion());
        g.writeEndObject();
    }

    ObjectNode article(CodedArticle c, List<SourceRecord> sources, List<String> copies) {
        ObjectNode o = CodedArticleJson.toJson(c, null);
        Article a = c.article();
        ObjectNode art = MAPPER.createObjectNode();
        art.put("id", a.id());
        art.put("title", a.title());
        art.put("url", a.url());
        art.put("source", a.source());
        art.put("published", a.published() == null ? null : a.published().toString());
        art.put("text", a.text());
        o.set("article", art);
        ArrayNode events = o.putArray("events");
        for (Event e : c.events()) {
            events.add(event(e));
        }
        ArrayNode src = o.putArray("sources");
        for (SourceRecord s : sources) {
            ObjectNode n = src.addObject();
            n.put("input_id", s.inputId());
            n.put("url", s.url());
            n.put("source", s.source());
            n.put("published", s.published() == null ? null : s.published().toString());
            n.put("title", s.title());
        }
        ArrayNode cp = o.putArray("copies");
        copies.forEach(cp::add);
        return o;
    }

    static ObjectNode articleSummary(Counts.Article a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", a.id());
        n.put("title", a.title());
        n.put("url", a.url());
        n.put("source", a.source());
        n.put("published", a.published() == null ? null : a.published().toString());
        n.put("duplicate_of", a.duplicateOf());
        n.put("events", a.events());
        return n;
    }

    static ObjectNode actor(Counts.Actor a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("code", a.code());
        n.put("name", a.name());
        n.put("events", a.events());
        n.put("as_source", a.asSource());
        n.put("as_target", a.asTarget());
        n.put("mean_goldstein", round(a.meanGoldstein()));
        return n;
    }

    static ObjectNode dyad(Counts.Dyad d) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("source", d.source());
        n.put("target", d.target());
        n.put("source_name", d.sourceName());
        n.put("target_name", d.targetName());
        n.put("events", d.events());
        n.put("mean_goldstein", round(d.meanGoldstein()));
        return n;
    }

    static ObjectNode place(Counts.Place p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("name", p.name());
        n.put("name_en", p.nameEn());
        n.put("country", p.country());
        n.put("lat", p.lat());
        n.put("lon", p.lon());
        n.put("events", p.events());
        n.put("mean_goldstein", round(p.meanGoldstein()));
        return n;
    }

    static ObjectNode stats(Stats s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("articles", s.articles());
        n.put("exact_duplicates", s.exactDuplicates());
        n.put("near_duplicates", s.nearDuplicates());
        n.put("events", s.events());
        n.put("mentions", s.mentions());
        n.put("quotes", s.quotes());
        n.put("sources", s.sources());
        n.put("inputs", s.inputs());
        n.put("first_published", s.firstPublished() == null ? null : s.firstPublished().toString());
        n.put("last_published", s.lastPublished() == null ? null : s.lastPublished().toString());
        n.put("runs", s.runs());
        n.put("schema_version", s.schemaVersion());
        return n;
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static ObjectNode error(int status, String message) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("status", status);
        n.put("error", message);
        return n;
    }
}
