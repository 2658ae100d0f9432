package org.marsad.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    public static ObjectNode event(Event e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", e.id());
        n.put("article_id", e.articleId());
        n.put("sentence", e.sentence());
        n.put("date", e.date());
        n.put("date_precision", e.datePrecision());
        actor(n, "source", e.source());
        actor(n, "target", e.target());
        n.put("cameo_code", e.cameoCode());
        n.put("cameo_root", e.cameoRoot());
        n.put("quad_class", e.quadClass());
        n.put("goldstein", e.goldstein());
        n.put("plover", e.plover());
        n.put("negated", e.negated());
        n.put("modality", e.modality());
        n.put("attributed_to", e.attributedTo());
        Place p = e.location();
        if (p == null) {
            n.putNull("location");
        } else {
            ObjectNode l = n.putObject("location");
            l.put("name", p.name());
            l.put("name_en", p.nameEn());
            l.put("country", p.country());
            l.put("lat", p.lat());
            l.put("lon", p.lon());
            l.put("precision", p.precision());
            if (p.span() != null) {
                span(l, "span", p.span());
            }
        }
        span(n, "evidence", e.evidence());
        n.put("confidence", Math.round(e.confidence() * 100) / 100.0);
        n.put("summary", e.summary());
        n.put("rule", e.rule());
        return n;
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
