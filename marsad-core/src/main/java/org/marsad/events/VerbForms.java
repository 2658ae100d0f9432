package org.marsad.events;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Generates the inflected forms of a verb from its 3rd person masculine singular past and present
 * (normalized). Arabic verbs inflect by affixes around a stem, with two regular irregularities that
 * news text needs: verbs ending in a weak letter (دعا/يدعو، رمى/يرمي) drop it before some suffixes and
 * in the jussive (لم يدع), and the present takes the person prefixes ي ت ن (not ا: see {@link #present}).
 */
final class VerbForms {
    private VerbForms() {
    }

    static Set<String> past(String p) {
        Set<String> f = new LinkedHashSet<>();
        f.add(p);
        char last = p.charAt(p.length() - 1);
        boolean weak = last == 'ا' || last == 'ي';
        String base = weak ? p.substring(0, p.length() - 1) : p;
        f.add(base + "ت");   // she did / I did
        f.add(base + "تا");  // the two (f) did
        f.add(base + "وا");  // they did
        f.add(p + "ا");      // the two (m) did
        f.add(p + "ن");      // they (f) did
        f.add(p + "نا");     // we did
        f.add(p + "تم");     // you (pl) did
        if (weak) {
            f.add(base + "يا");
            f.add(p + "ت");
            f.add(p + "وا");
        }
        return f;
    }

    static Set<String> present(String q) {
        Set<String> f = new LinkedHashSet<>();
        if (q.length() < 2 || q.charAt(0) != 'ي') {
            f.add(q);
            return f;
        }
        String base = q.substring(1);
        char last = base.charAt(base.length() - 1);
        boolean weak = last == 'و' || last == 'ي' || last == 'ا';
        String cut = weak ? base.substring(0, base.length() - 1) : base;
        // not the first person singular (أ + stem): unvocalized, it is far more often a noun or an elative than
        // "I do" (أصل origin, من أصل; أنه that he; أشهر months; أقدم oldest; أعد prepared; اثنين two), and
        // where it is the verb (أشكر، أدين in a quotation) its "I" is no actor the coder can name. Verbs whose
        // past begins with alef (أعلن، اتهم، استقبل) keep that spelling through their past.
        for (String person : new String[] {"ي", "ت", "ن"}) {
            f.add(person + base);
            f.add(person + base + "ون");
            f.add(person + base + "ان");
            f.add(person + base + "ين");
            f.add(person + base + "وا");
            f.add(person + base + "ا");
            f.add(person + base + "ن");
            if (weak) {
                f.add(person + cut);          // jussive: لم يدع
                f.add(person + cut + "ون");
                f.add(person + cut + "وا");
                f.add(person + cut + "ين");
                f.add(person + cut + "ان");
            }
        }
        return f;
    }

    /**
     * The forms whose subject the verb itself carries as a plural or dual (زاروا، اتفقا، يقتلون، تلتقيان): in
     * standard Arabic a verb before its subject is singular, so the actor right after such a form is not its subject.
     */
    static Set<String> pluralSubject(String p, String q) {
        Set<String> f = new LinkedHashSet<>();
        char last = p.charAt(p.length() - 1);
        boolean weak = last == 'ا' || last == 'ي';
        String base = weak ? p.substring(0, p.length() - 1) : p;
        f.add(base + "وا");
        f.add(base + "تا");
        f.add(p + "ن");
        // not the dual past p + ا: «قصفا عنيفا شنته طائرات» is the accusative masdar (قصفًا), not "the two shelled"
        if (weak) {
            f.add(base + "يا");
            f.add(p + "وا");
        }
        if (q.length() >= 2 && q.charAt(0) == 'ي') {
            String stem = q.substring(1);
            char end = stem.charAt(stem.length() - 1);
            String cut = end == 'و' || end == 'ي' || end == 'ا' ? stem.substring(0, stem.length() - 1) : stem;
            for (String person : new String[] {"ي", "ت"}) {
                for (String b : new String[] {stem, cut}) {
                    f.add(person + b + "ون");
                    f.add(person + b + "وا");
                    f.add(person + b + "ان");
                }
            }
        }
        return f;
    }
}
