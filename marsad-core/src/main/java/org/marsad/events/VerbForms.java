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
    // Strings are joined with concat, not `+`: javac compiles `+` to an invokedynamic whose first call makes method
    // handles and, for each new shape of arguments, classes with the JDK's bytecode writer; the dictionaries' load
    // (which inflects every verb of patterns.tsv here) ran a dozen such first calls, with the C2 compiler then compiling
    // that writer beside it (BENCHMARKS.md, speed27). The loaders' other first `+` are written the same way.
    private VerbForms() {
    }

    static Set<String> past(String p) {
        Set<String> f = new LinkedHashSet<>();
        f.add(p);
        char last = p.charAt(p.length() - 1);
        boolean weak = last == 'ا' || last == 'ي';
        String base = weak ? p.substring(0, p.length() - 1) : p;
        f.add(base.concat("ت"));   // she did / I did
        f.add(base.concat("تا"));  // the two (f) did
        f.add(base.concat("وا"));  // they did
        f.add(p.concat("ا"));      // the two (m) did
        f.add(p.concat("ن"));      // they (f) did
        f.add(p.concat("نا"));     // we did
        f.add(p.concat("تم"));     // you (pl) did
        if (weak) {
            f.add(base.concat("يا"));
            f.add(p.concat("ت"));
            f.add(p.concat("وا"));
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
            f.add(person.concat(base));
            f.add(person.concat(base).concat("ون"));
            f.add(person.concat(base).concat("ان"));
            f.add(person.concat(base).concat("ين"));
            f.add(person.concat(base).concat("وا"));
            f.add(person.concat(base).concat("ا"));
            f.add(person.concat(base).concat("ن"));
            if (weak) {
                f.add(person.concat(cut));          // jussive: لم يدع
                f.add(person.concat(cut).concat("ون"));
                f.add(person.concat(cut).concat("وا"));
                f.add(person.concat(cut).concat("ين"));
                f.add(person.concat(cut).concat("ان"));
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
        f.add(base.concat("وا"));
        f.add(base.concat("تا"));
        f.add(p.concat("ن"));
        // not the dual past p + ا: «قصفا عنيفا شنته طائرات» is the accusative masdar (قصفًا), not "the two shelled"
        if (weak) {
            f.add(base.concat("يا"));
            f.add(p.concat("وا"));
        }
        if (q.length() >= 2 && q.charAt(0) == 'ي') {
            String stem = q.substring(1);
            char end = stem.charAt(stem.length() - 1);
            String cut = end == 'و' || end == 'ي' || end == 'ا' ? stem.substring(0, stem.length() - 1) : stem;
            for (String person : new String[] {"ي", "ت"}) {
                for (String b : new String[] {stem, cut}) {
                    f.add(person.concat(b).concat("ون"));
                    f.add(person.concat(b).concat("وا"));
                    f.add(person.concat(b).concat("ان"));
                }
            }
        }
        return f;
    }
}
