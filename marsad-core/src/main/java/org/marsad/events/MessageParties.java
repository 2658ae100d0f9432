package org.marsad.events;

import java.util.List;
import org.marsad.actors.ActorMention;
import org.marsad.text.Token;

import static org.marsad.events.EventCoder.VIOLENT_ROOTS;
import static org.marsad.events.SentenceContext.STANDALONE_PREPS;
import static org.marsad.events.SentenceContext.gluedPreposition;
import static org.marsad.events.ViolenceSides.nisbaAdjective;

/**
 * The parties a cue's own words name in place of the subject in play (session 28): the sender of a message (after
 * «من»: events123), the one an act named by the object of another act's verb belongs to (after لـ: events123), the
 * group that protests with the لـ of purpose (events120). {@link SentenceCoder} keeps the calls.
 */
final class MessageParties {
    /** The sentence's context: its cues, verbs and the searches over its mentions, read when asked. */
    private final SubjectSearch s;
    private final List<Token> tokens;
    /** The sentence's first token and the one after its last. */
    private final int a;
    private final int b;
    private final List<ActorMention> mentions;
    private final Modifiers modifiers;

    MessageParties(SubjectSearch s) {
        this.s = s;
        this.tokens = s.tokens;
        this.a = s.a;
        this.b = s.b;
        this.mentions = s.mentions;
        this.modifiers = s.modifiers;
    }

    /** How many tokens before a noun of an act the verb of another act whose object it is may stand. */
    private static final int ACT_OBJECT_REACH = 5;

    /**
     * The verb cue of an act of force whose direct object the noun cue {@code c} is («دمرت أرتالا وتعزيزات»، «قصفت
     * القوات حشود»): a verb cue (patterns.tsv V) of fighting, assault or mass violence (roots 18–20) ending at most
     * {@link #ACT_OBJECT_REACH} tokens before it in the same clause, no other verb, punctuation (a comma: «فقتل
     * أحدهما، وتم اعتقال خمسة» opens another clause, measured), nor
     * preposition (a word of its own, «خلال»، «بعد», or glued to a word: «لإجراء») between, and no preposition glued to
     * the noun (the noun may carry و: it is then the object's next conjunct, after a first one); null when there is
     * none. Not a noun of protest («يقتحمون وزارة التعليم احتجاجا»: the protest is the subject's own), nor a verb of
     * another kind: a verb of intending, refusing, meeting or protesting governs its subject's own act («تعتزم روسيا
     * وتونس التوقيع»، «رفضت جنوب افريقيا اعتقال البشير»، «تظاهروا امس احتجاجا»: session 28, events123, measured).
     */
    Cue actOnWhich(Cue c) {
        if (gluedPreposition(c.reading().prefix()) != null) {
            return null;
        }
        for (int k = c.head() - 1; k >= Math.max(a, c.head() - ACT_OBJECT_REACH); k--) {
            Token t = tokens.get(k);
            if (t.isPunct() || t.isWord() && (STANDALONE_PREPS.contains(t.norm())
                    || s.prepositionBetween(k, k + 1) || gluedPreposition(t.segments().get(0).prefix()) != null)) {
                return null;
            }
            for (Cue v : s.cues) {
                if (v != c && v.isVerb() && VIOLENT_ROOTS.contains(v.pattern().root()) && v.last() == k
                        && !v.hasWord(c.head()) && !v.furtherBefore()) {
                    // (not a noun joined by و right after the verb: «عمليات قتل واعتقالات»، «هدم وقتل ومداهمة» list
                    // acts, the verb read on a masdar; the object's next conjunct has a first one before it)
                    return k == c.head() - 1 && c.reading().prefix().startsWith("و") ? null : v;
                }
            }
            if (s.verbAt[k - a]) {
                return null;
            }
        }
        return null;
    }

    /** The party the noun of an act at {@code c} belongs to, after لـ right after it or after one bare nisba adjective. */
    List<ActorMention> lamHolder(Cue c) {
        int at = c.last() + 1;
        if (at < b && nisbaAdjective(tokens.get(at))) {
            at++;
        }
        for (ActorMention m : mentions) {
            if (m.first() < at) {
                continue;
            }
            return m.first() == at && "ل".equals(gluedPreposition(m.prefix())) && s.participant(m) && !s.isPlace(m)
                    ? s.withCoordinated(m) : List.of();
        }
        return List.of();
    }

    /** How many tokens after a message (its adjective between: «رسالة خطية من») its sender's من may stand. */
    private static final int SENDER_GAP = 3;

    /**
     * The sender of the message a cue of frame {@code sender} names (سلم، بعث + رسالة): the party right after «من»
     * at most {@link #SENDER_GAP} tokens after the cue's last word, no punctuation between («سلمه رسالة من الرئيس
     * الإيراني»، «رسالة خطية من أمير دولة الكويت»); empty when there is none.
     */
    List<ActorMention> messageSender(Cue c) {
        for (ActorMention m : mentions) {
            if (m.first() <= c.last()) {
                continue;
            }
            return m.first() - c.last() <= SENDER_GAP && "من".equals(s.prepositionOf(m)) && s.participant(m) && !s.isPlace(m)
                    && !s.crossesPunct(c.last() + 1, m.first()) ? s.withCoordinated(m) : List.of();
        }
        return List.of();
    }

    /**
     * The group of people whose mention ends right before a protest verb carrying the لـ of purpose («من شيوخ العشائر
     * ليتظاهروا»), its role a modifiers.tsv {@code protester-role}; or null.
     */
    ActorMention purposeProtesters(Cue c) {
        if (!c.isVerb() || !SentenceCoder.PROTEST_ROOT.equals(c.pattern().root()) || !c.reading().prefix().endsWith("ل")) {
            return null;
        }
        for (int k = 0; k < mentions.size(); k++) {
            ActorMention m = mentions.get(k);
            if (m.end() == c.head()) {
                String role = m.role();
                return role != null && modifiers.is(role, Modifiers.Kind.PROTESTER_ROLE) ? m : null;
            }
        }
        return null;
    }
}
