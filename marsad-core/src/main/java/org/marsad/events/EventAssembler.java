package org.marsad.events;

import java.util.Locale;
import org.marsad.actors.ActorMention;
import org.marsad.codebook.CameoCode;
import org.marsad.codebook.Codebook;
import org.marsad.model.ActorRef;
import org.marsad.model.ArticleIds;
import org.marsad.model.Event;
import org.marsad.model.Place;
import org.marsad.model.Span;
import org.marsad.text.AnalyzedText;

/**
 * Turns a {@link DraftEvent} into the published {@link Event}: codebook values (name, Goldstein, quad
 * class, PLOVER), evidence span, a deterministic id and the one-line English summary.
 */
public final class EventAssembler {
    /** Evidence longer than this is cut down to the cue itself. */
    private static final int MAX_EVIDENCE = 240;
    /** The codebook's filler in a code's name, left out of summaries (compiled once: a summary is made per event). */
    private static final java.util.regex.Pattern NOT_SPECIFIED =
            java.util.regex.Pattern.compile(",\\s*not specified below"); // (Pattern alone is our cue pattern)

    private final Codebook codebook;

    public EventAssembler(Codebook codebook) {
        this.codebook = codebook;
    }

    public Event assemble(String articleId, AnalyzedText text, DraftEvent d, EventDater.Dated dated,
                          Place place, String attributedTo) {
        String date = dated == null ? null : dated.value();
        String precision = dated == null ? null : dated.precision();
        String rule = dated != null && dated.carried() ? d.rule() + "; date from sentence " + dated.fromSentence() : d.rule();
        CameoCode cc = lookup(d.code());
        Span cue = new Span(text.tokens().get(d.cue().head()).start(), text.tokens().get(d.cue().last()).end());
        int start = cue.start();
        int end = cue.end();
        for (ActorMention m : new ActorMention[] {d.source(), d.target()}) {
            if (m != null) {
                start = Math.min(start, m.span().start());
                end = Math.max(end, m.span().end());
            }
        }
        Span sentence = text.sentences().get(d.sentence()).span();
        Span evidence = new Span(Math.max(start, sentence.start()), Math.min(end, sentence.end()));
        if (evidence.length() > MAX_EVIDENCE || evidence.start() > cue.start() || evidence.end() < cue.end()) {
            evidence = cue;
        }
        ActorRef source = ref(d.source());
        ActorRef target = ref(d.target());
        String id = ArticleIds.sha1(articleId + "|" + d.sentence() + "|" + evidence.start() + "|" + evidence.end() + "|"
                + source.code() + "|" + target.code() + "|" + d.code()).substring(0, 16);
        String summary = summary(d, cc, date, attributedTo);
        return new Event(id, articleId, d.sentence(), date, precision, source, target, d.code(), cc.root(),
                cc.quadClass(), cc.goldstein(), cc.plover(), d.negated(), d.modality(), attributedTo, place, evidence,
                d.negated() ? d.confidence() * 0.5 : d.confidence(), summary, rule);
    }

    /** The codebook entry, falling back to the parent code for a 4-digit code the codebook lacks. */
    private CameoCode lookup(String code) {
        CameoCode cc = codebook.get(code);
        for (String c = code; cc == null && c.length() > 2; c = c.substring(0, c.length() - 1)) {
            cc = codebook.get(c.substring(0, c.length() - 1));
        }
        if (cc == null) {
            throw new IllegalStateException("CAMEO code " + code + " is not in the codebook");
        }
        return cc;
    }

    /** An unidentified side (null) is kept as an actor with no code: "a bomb exploded in Baghdad" has no known attacker. */
    private static ActorRef ref(ActorMention m) {
        return m == null ? UNIDENTIFIED : new ActorRef(m.code(), m.nameEn(), m.span());
    }

    static final ActorRef UNIDENTIFIED = new ActorRef(null, "unidentified", null);

    static String summary(DraftEvent d, CameoCode cc, String date, String attributedTo) {
        StringBuilder s = new StringBuilder();
        s.append(d.negated() ? "NOT: " : "");
        ActorRef src = ref(d.source());
        ActorRef tgt = ref(d.target());
        s.append(src.name()).append(src.code() == null ? "" : " (" + src.code() + ")").append(" → ");
        s.append(tgt.name()).append(tgt.code() == null ? "" : " (" + tgt.code() + ")").append(": ");
        s.append(NOT_SPECIFIED.matcher(cc.name().strip()).replaceAll("")).append(" [").append(d.code()).append(']');
        if (date != null) {
            s.append(", ").append(date);
        }
        if (!d.modality().equals("asserted")) {
            s.append(" (").append(d.modality().toLowerCase(Locale.ROOT)).append(')');
        }
        if (attributedTo != null) {
            s.append(", according to ").append(attributedTo);
        }
        return s.toString();
    }
}
