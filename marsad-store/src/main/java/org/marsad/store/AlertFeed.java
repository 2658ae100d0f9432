package org.marsad.store;

import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.marsad.model.Event;

/**
 * Alerts as an Atom 1.0 feed (RFC 4287), for feed readers and for the web server's {@code /alerts.atom}.
 * Written with an XML stream writer, which escapes every text and attribute; characters XML 1.0 cannot carry
 * at all (control characters, half surrogate pairs) are replaced with U+FFFD. Article text never becomes markup.
 */
public final class AlertFeed {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    /**
     * @param title   the feed's title
     * @param id      the feed's permanent id (a URI: {@code urn:marsad:alerts}, or the feed's URL)
     * @param selfUrl the feed's own URL, or null
     */
    public record Info(String title, String id, String selfUrl) {
        public static final Info DEFAULT = new Info("Marsad alerts", "urn:marsad:alerts", null);
    }

    private AlertFeed() {
    }

    /** Writes the feed of {@code alerts} (newest first, as {@link Store#alerts} gives them). */
    public static void write(List<Alert> alerts, Info info, Writer out) {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(ATOM);
            element(x, "title", info.title());
            element(x, "id", info.id());
            if (info.selfUrl() != null) {
                link(x, "self", info.selfUrl(), "application/atom+xml");
            }
            String updated = alerts.stream().map(a -> a.updatedAt()).filter(u -> u != null).max(String::compareTo)
                    .orElse(Instant.EPOCH.toString());
            element(x, "updated", updated);
            x.writeStartElement("author");
            element(x, "name", "Marsad");
            x.writeEndElement();
            element(x, "generator", "Marsad");
            for (Alert a : alerts) {
                entry(x, a);
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new StoreException("writing the alert feed", e);
        }
    }

    private static void entry(XMLStreamWriter x, Alert a) throws XMLStreamException {
        Event e = a.event();
        x.writeStartElement("entry");
        element(x, "id", "urn:marsad:alert:" + a.id());
        element(x, "title", "[" + a.ruleTitle() + "] " + (e.summary() != null ? e.summary()
                : code(e.source() == null ? null : e.source().code()) + " → " + code(e.target() == null ? null
                : e.target().code()) + " " + e.cameoCode()));
        element(x, "updated", a.updatedAt() == null ? Instant.EPOCH.toString() : a.updatedAt());
        if (a.createdAt() != null) {
            element(x, "published", a.createdAt());
        }
        if (a.url() != null && (a.url().startsWith("http://") || a.url().startsWith("https://"))) {
            link(x, "alternate", a.url(), null);
        }
        x.writeStartElement("category");
        x.writeAttribute("term", clean(a.rule()));
        x.writeAttribute("label", clean(a.ruleTitle()));
        x.writeEndElement();
        x.writeStartElement("category");
        x.writeAttribute("term", clean("cameo:" + e.cameoCode()));
        x.writeEndElement();
        String summary = String.format(Locale.ROOT, "%s → %s, CAMEO %s (quad class %d, Goldstein %.1f); %d mentions, "
                        + "%d sources, %d articles; article %s%s", code(e.source() == null ? null : e.source().code()),
                code(e.target() == null ? null : e.target().code()), e.cameoCode(), e.quadClass(), e.goldstein(),
                a.numMentions(), a.numSources(), a.numArticles(), a.articleId(),
                a.published() == null ? "" : " (" + a.published() + ")");
        element(x, "summary", summary);
        x.writeStartElement("content");
        x.writeAttribute("type", "text");
        x.writeCharacters(clean(summary + "\n\n" + a.evidence() + (a.sentence() != null && !a.sentence().equals(a.evidence())
                ? "\n\n" + a.sentence() : "")));
        x.writeEndElement();
        x.writeEndElement();
    }

    private static String code(String c) {
        return c == null ? "?" : c;
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(clean(text));
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
        x.writeStartElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", clean(href));
        if (type != null) {
            x.writeAttribute("type", type);
        }
        x.writeEndElement();
    }

    /** The text with every character XML 1.0 cannot hold replaced by U+FFFD. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (b != null) {
                    b.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            ok = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
            if (!ok && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(ok ? c : '\uFFFD');
            }
        }
        return b == null ? s : b.toString();
    }
}
