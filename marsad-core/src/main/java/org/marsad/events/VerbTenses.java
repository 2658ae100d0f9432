package org.marsad.events;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.marsad.text.ArabicNormalizer;

/**
 * The inflected past and present forms of a verb cue's pattern head («past/present», واصل/يواصل), made once per head.
 * {@link EventDater#presentTense} and {@link EventDater#pastTense} are asked several times per event (by the dater and
 * {@link ActsToCome}), and built both sets of 10–36 forms each time: 1–2 % of the coder's allocated bytes and about
 * 1 % of its time (BENCHMARKS.md, speed23). The heads are those of patterns.tsv, so the map stays small.
 */
final class VerbTenses {
    /**
     * The forms of one head: {@code past} always; {@code present} null when the head has no present form (one form, or
     * «-» after the slash) or more than two forms; {@code bare} the head's bare past as written in patterns.tsv,
     * normalized (دعم: told from its inflected forms by TargetSearch's object pronoun).
     */
    record Forms(Set<String> past, Set<String> present, String bare) {
    }

    private static final ConcurrentHashMap<String, Forms> BY_HEAD = new ConcurrentHashMap<>();

    private VerbTenses() {
    }

    /** The forms of a verb cue's pattern head, or null for a masdar or an unread cue (no reading). */
    static Forms of(Cue cue) {
        if (!cue.isVerb() || cue.reading() == null) {
            return null;
        }
        return BY_HEAD.computeIfAbsent(cue.pattern().cue(), VerbTenses::forms);
    }

    /** The forms of a pattern cue «past/present + further words» (the head before « + »). */
    static Forms forms(String patternCue) {
        String[] forms = patternCue.split("\\+")[0].strip().split("/");
        String bare = ArabicNormalizer.normalize(forms[0].strip());
        Set<String> past = Set.copyOf(VerbForms.past(bare));
        Set<String> present = forms.length != 2 || forms[1].strip().equals("-") ? null
                : Set.copyOf(VerbForms.present(ArabicNormalizer.normalize(forms[1].strip())));
        return new Forms(past, present, bare);
    }
}
