package org.marsad.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.marsad.model.ActorRef;
import org.marsad.model.CodedArticle;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.Place;
import org.marsad.model.Quote;
import org.marsad.model.Sentence;
import org.marsad.model.Span;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Token;

/** Writes a {@link CodedArticle} as the JSON object of DESIGN.md ("Coded article"), one line per article. */
public final class CodedArticleJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CodedArticleJson() {
    }

    public static String toLine(CodedArticle c) {
        return toLine(c, null);
    }

    /** @param tokens when not null, a {@code tokens} array is added (span, text, norm, stem) for inspection */
    public static String toLine(CodedArticle c, AnalyzedText tokens) {
        try {
            return MAPPER.writeValueAsString(toJson(c, tokens));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode toJson(CodedArticle c, AnalyzedText analyzed) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("article_id", c.article().id());
        if (c.article().published() != null) {
            o.put("published", c.article().published().toString());
        }
        ArrayNode sentences = o.putArray("sentences");
        for (Sentence s : c.sentences()) {
            ObjectNode n = sentences.addObject();
            n.put("index", s.index());
            span(n, "span", s.span());
        }
        if (analyzed != null) {
            ArrayNode tokens = o.putArray("tokens");
            for (Token t : analyzed.tokens()) {
                ObjectNode n = tokens.addObject();
                span(n, "span", new Span(t.start(), t.end()));
                n.put("text", analyzed.text().substring(t.start(), t.end()));
                n.put("norm", t.norm());
                n.put("stem", t.stem());
                n.put("sentence", t.sentence());
            }
        }
        ArrayNode mentions = o.putArray("mentions");
        for (Mention m : c.mentions()) {
            ObjectNode n = mentions.addObject();
            span(n, "span", m.span());
            n.put("text", m.text());
            n.put("type", m.type());
            n.put("code", m.code());
            n.put("entry", m.entry());
            n.put("name", m.name());
            n.put("why", m.why());
            n.put("sentence", m.sentence());
        }
        ArrayNode events = o.putArray("events");
        for (Event e : c.events()) {
            events.add(event(e));
        }
        ArrayNode quotes = o.putArray("quotes");
        for (Quote q : c.quotes()) {
            ObjectNode n = quotes.addObject();
            actor(n, "speaker", q.speaker());
            span(n, "span", q.span());
            n.put("text", q.span().of(c.article().text()));
            n.put("verb", q.verb());
            n.put("direct", q.direct());
        }
        return o;
    }

    /** An event as a JSON object (built from {@link #writeEventFields}, so both shapes always agree). */
    public static ObjectNode event(Event e) {
        try (TokenBuffer b = new TokenBuffer(MAPPER, false)) {
            b.writeStartObject();
            writeEventFields(b, e);
            b.writeEndObject();
            return MAPPER.readTree(b.asParser());
        } catch (IOException x) {
            throw new UncheckedIOException("cannot build an event's JSON", x);
        }
    }

    /**
     * Writes an event's fields into the object {@code g} has open: the server streams its event lists this way,
     * with no tree per event (building 200 events as trees was a tenth of a dyad request's CPU).
     */
    public static void writeEventFields(JsonGenerator g, Event e) throws IOException {
        g.writeStringField("id", e.id());
        g.writeStringField("article_id", e.articleId());
        g.writeNumberField("sentence", e.sentence());
        g.writeStringField("date", e.date());
        g.writeStringField("date_precision", e.datePrecision());
        writeActor(g, "source", e.source());
        writeActor(g, "target", e.target());
        g.writeStringField("cameo_code", e.cameoCode());
        g.writeStringField("cameo_root", e.cameoRoot());
        g.writeNumberField("quad_class", e.quadClass());
        g.writeNumberField("goldstein", e.goldstein());
        g.writeStringField("plover", e.plover());
        g.writeBooleanField("negated", e.negated());
        g.writeStringField("modality", e.modality());
        g.writeStringField("attributed_to", e.attributedTo());
        Place p = e.location();
        if (p == null) {
            g.writeNullField("location");
        } else {
            g.writeObjectFieldStart("location");
            g.writeStringField("name", p.name());
            g.writeStringField("name_en", p.nameEn());
            g.writeStringField("country", p.country());
            writeNumberOrNull(g, "lat", p.lat());
            writeNumberOrNull(g, "lon", p.lon());
            g.writeStringField("precision", p.precision());
            if (p.span() != null) {
                writeSpan(g, "span", p.span());
            }
            g.writeEndObject();
        }
        writeSpan(g, "evidence", e.evidence());
        g.writeNumberField("confidence", Math.round(e.confidence() * 100) / 100.0);
        g.writeStringField("summary", e.summary());
        g.writeStringField("rule", e.rule());
    }

    private static void writeActor(JsonGenerator g, String field, ActorRef a) throws IOException {
        if (a == null) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeStringField("code", a.code());
        g.writeStringField("name", a.name());
        writeSpan(g, "span", a.span());
        g.writeEndObject();
    }

    private static void writeSpan(JsonGenerator g, String field, Span s) throws IOException {
        if (s == null) {
            g.writeNullField(field); // an unidentified actor has no span
            return;
        }
        g.writeArrayFieldStart(field);
        g.writeNumber(s.start());
        g.writeNumber(s.end());
        g.writeEndArray();
    }

    private static void writeNumberOrNull(JsonGenerator g, String field, Double v) throws IOException {
        if (v == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, v);
        }
    }

    private static void actor(ObjectNode parent, String field, ActorRef a) {
        if (a == null) {
            parent.putNull(field);
            return;
        }
        ObjectNode n = parent.putObject(field);
        n.put("code", a.code());
        n.put("name", a.name());
        span(n, "span", a.span());
    }

    private static void span(ObjectNode parent, String field, Span s) {
        if (s == null) {
            parent.putNull(field); // an unidentified actor has no span
            return;
        }
        ArrayNode a = parent.putArray(field);
        a.add(s.start());
        a.add(s.end());
    }
}
