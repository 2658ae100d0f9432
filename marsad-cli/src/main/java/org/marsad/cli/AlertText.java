package org.marsad.cli;

import java.io.PrintStream;
import org.marsad.model.Event;
import org.marsad.store.Alert;

/** How alerts are printed on a terminal: one heading line, then the evidence and, when longer, its sentence. */
final class AlertText {
    private AlertText() {
    }

    static String heading(Alert a) {
        Event e = a.event();
        String day = e.date() != null ? e.date() : a.published() != null ? a.published().toString() : "-";
        return String.format(java.util.Locale.ROOT, "%s%s [%s] %s %s → %s %s (%s) | story %d: %d mentions, %d sources, "
                        + "%d articles | article %s%s",
                a.id() == 0 ? "" : "#" + a.id() + " ", a.read() || a.id() == 0 ? "" : "(unread)", a.rule(), day,
                code(e.source() == null ? null : e.source().code()), code(e.target() == null ? null : e.target().code()),
                e.cameoCode(), e.summary() == null ? "" : e.summary(), a.storyId(), a.numMentions(), a.numSources(),
                a.numArticles(), a.articleId(), a.url() == null ? "" : " " + a.url()).replace("  ", " ").strip();
    }

    static void print(PrintStream out, Alert a) {
        out.println(heading(a));
        out.println("    evidence: " + oneLine(a.evidence()));
        if (a.sentence() != null && !a.sentence().strip().equals(a.evidence().strip())) {
            out.println("    sentence: " + oneLine(a.sentence()));
        }
    }

    private static String code(String c) {
        return c == null ? "?" : c;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
