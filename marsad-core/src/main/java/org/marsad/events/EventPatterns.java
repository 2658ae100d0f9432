package org.marsad.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.codebook.Codebook;
import org.marsad.dict.PhraseKeys;
import org.marsad.dict.PhraseTrie;
import org.marsad.dict.TsvFile;
import org.marsad.dict.TsvFile.Row;
import org.marsad.text.ArabicNormalizer;

/**
 * The event cue dictionary ({@code marsad/events/patterns.tsv}, format in docs/DICTIONARIES.md),
 * compiled at load: verb heads are expanded into their person/number/gender forms, single-word noun
 * heads go into a map, multi-word heads into a {@link PhraseTrie}. Immutable and thread-safe.
 */
public final class EventPatterns {
    private final Map<String, List<Pattern>> verbForms = new HashMap<>();
    private final Map<String, List<Pattern>> nounForms = new HashMap<>();
    private final PhraseTrie<Pattern> phrases = new PhraseTrie<>();
    private final Set<String> words = new HashSet<>();
    /** Per verb pattern (by identity: each pattern is one line), its first person plural forms. */
    private final Map<Pattern, Set<String>> firstPersonPlural = new java.util.IdentityHashMap<>();
    /** The bare past of each verb pattern (قتل for قتل/يقتل). */
    private final Map<Pattern, String> pastForm = new java.util.IdentityHashMap<>();
    /** Per verb pattern, the forms that carry a plural or dual subject (VerbForms#pluralSubject). */
    private final Map<Pattern, Set<String>> pluralSubject = new java.util.IdentityHashMap<>();
    /**
     * The verb patterns whose further word is itself a noun cue's head (فرض + حصار, شن + هجوم*): the verb only
     * supports the noun that names the act (see {@link #supportsANounCue}).
     */
    private final Set<Pattern> supportsNounCue = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private int count;
    /** « + » between a cue's head and each further word, compiled once. */
    private static final java.util.regex.Pattern FURTHER = java.util.regex.Pattern.compile("\\s\\+\\s");

    private EventPatterns() {
    }

    public static EventPatterns load(Codebook codebook) {
        EventPatterns p = new EventPatterns();
        for (Row r : TsvFile.read("marsad/events/patterns.tsv", 4, true)) {
            p.add(r, codebook);
        }
        p.markSupportVerbs();
        return p;
    }

    /** Fills {@link #supportsNounCue} once every noun head is known. */
    private void markSupportVerbs() {
        // the noun heads in order: the keys a prefix begins are the ones from its ceiling on (one look-up, not a scan)
        java.util.TreeSet<String> heads = new java.util.TreeSet<>(nounForms.keySet());
        for (Pattern p : pastForm.keySet()) {
            for (Pattern.Word w : p.further()) {
                for (Pattern.Alt alt : w.slots().get(0)) {
                    String first = alt.prefix() ? heads.ceiling(alt.stem()) : null;
                    boolean cue = alt.prefix() ? first != null && first.startsWith(alt.stem())
                            : nounForms.containsKey(alt.stem());
                    if (cue) {
                        supportsNounCue.add(p);
                    }
                }
            }
        }
    }

    /**
     * Whether verb pattern {@code p}'s further word is a noun cue of its own (فرض + حصار: «قامت القوات الأمنية بفرض
     * حصار خانق»): the noun names the act, and the verb's masdar after a light verb is not read as a cue that would
     * take the noun's words from it.
     */
    public boolean supportsANounCue(Pattern p) {
        return supportsNounCue.contains(p);
    }

    private void add(Row r, Codebook codebook) {
        String code = r.col(0);
        if (!codebook.contains(code)) {
            throw r.error("CAMEO code '" + code + "' is not in the codebook");
        }
        String kindCol = r.col(1);
        if (kindCol.length() != 1 || "VNP".indexOf(kindCol.charAt(0)) < 0) {
            throw r.error("kind must be V, N or P, got '" + kindCol + "'");
        }
        char kind = kindCol.charAt(0);
        String cue = r.col(2);
        String[] parts = FURTHER.split(cue);
        List<Pattern.Word> further = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            List<List<Pattern.Alt>> slots = new ArrayList<>();
            for (String slot : TsvFile.SPACES.split(parts[i].strip())) {
                List<Pattern.Alt> alts = new ArrayList<>();
                for (String alt : slot.split("/")) {
                    String a = alt.strip();
                    boolean prefix = a.endsWith("*");
                    if (prefix) {
                        a = a.substring(0, a.length() - 1);
                    }
                    List<String> key = PhraseKeys.of(a);
                    if (key.size() != 1) {
                        throw r.error("a slot alternative must be one word, got '" + alt + "' in cue '" + cue + "'");
                    }
                    alts.add(new Pattern.Alt(key.get(0), prefix));
                    words.add(key.get(0));
                }
                slots.add(List.copyOf(alts));
            }
            further.add(new Pattern.Word(List.copyOf(slots)));
        }
        Pattern p = new Pattern(code, kind, cue, List.copyOf(further), frame(r, r.col(3)),
                r.file().concat(":").concat(Integer.toString(r.line()))); // no `+`: see VerbForms.past
        String head = parts[0].strip();
        if (kind == 'V') {
            String[] pp = head.split("/");
            if (pp.length != 2) {
                throw r.error("a verb head is past/present, e.g. زار/يزور; got '" + head + "'");
            }
            for (String f : VerbForms.past(ArabicNormalizer.normalize(pp[0].strip()))) {
                put(verbForms, f, p);
            }
            String past = ArabicNormalizer.normalize(pp[0].strip());
            // «-» for the present: only the past names the event (اتفق/-: يتفق مع is mostly "is consistent with")
            String present = pp[1].strip().equals("-") ? "" : ArabicNormalizer.normalize(pp[1].strip());
            if (!present.isEmpty()) {
                for (String f : VerbForms.present(present)) {
                    put(verbForms, f, p);
                }
            }
            // we-forms (ندعم، دعمنا): not أ + present, which is also the past of form-VIII verbs (أتهم = اتهم)
            Set<String> we = new HashSet<>();
            // not for a past ending in alef: «دعانا» is "he invited us" (we invited is دعونا), its نا the object
            if (!past.endsWith("ا")) {
                we.add(past + "نا");
            }
            if (present.length() > 1 && present.charAt(0) == 'ي') {
                we.add("ن" + present.substring(1));
            }
            firstPersonPlural.put(p, Set.copyOf(we));
            pastForm.put(p, past);
            pluralSubject.put(p, Set.copyOf(VerbForms.pluralSubject(past, present)));
        } else {
            for (String form : head.split("/")) {
                List<String> key = PhraseKeys.of(form.strip());
                if (key.size() == 1) {
                    put(nounForms, key.get(0), p);
                } else {
                    phrases.add(key, p);
                }
                words.addAll(key);
            }
        }
        count++;
    }

    /**
     * Whether {@code form} is verb pattern {@code p}'s bare past (قتل، قصف), the form a verb of the first measure
     * shares with its masdar.
     */
    public boolean isBarePast(Pattern p, String form) {
        return form.equals(pastForm.get(p));
    }

    /** Whether {@code form} is the first person plural (ندعم، دعمنا) of verb pattern {@code p}. */
    public boolean isFirstPersonPlural(Pattern p, String form) {
        Set<String> we = firstPersonPlural.get(p);
        return we != null && we.contains(form);
    }

    /**
     * Whether a reading of verb pattern {@code p} carries a first-person object pronoun: ني («دعاني»، «استقبلني»),
     * نا on a present («تهاجمنا»، «يدعونا»), or نا on a past ending in alef («دعانا»). Not نا on another past
     * («استقبلنا»، «التقينا»): there it is as often "we" as "us", and the whole form reads as "we".
     */
    public boolean isFirstPersonObject(Pattern p, String stem, String suffix) {
        String past = pastForm.get(p);
        if (past == null) {
            return false;
        }
        if (suffix.equals("ني")) {
            return true;
        }
        if (suffix.equals("نا")) {
            return !stem.equals(past) || past.endsWith("ا");
        }
        return suffix.isEmpty() && past.endsWith("ا") && stem.equals(past + "نا");
    }

    /** Whether {@code form} carries a plural or dual subject (زاروا، اتفقا، يقتلون) of verb pattern {@code p}. */
    public boolean hasPluralSubject(Pattern p, String form) {
        Set<String> plural = pluralSubject.get(p);
        return plural != null && plural.contains(form);
    }

    private void put(Map<String, List<Pattern>> map, String form, Pattern p) {
        map.computeIfAbsent(form, k -> new ArrayList<>(2)).add(p);
        words.add(form);
    }

    private static Frame frame(Row r, String s) {
        if (s.isEmpty() || s.equals("-")) {
            return Frame.DEFAULT;
        }
        boolean sym = false;
        boolean visit = false;
        boolean host = false;
        boolean noSource = false;
        boolean self = false;
        boolean genObj = false;
        boolean content = false;
        boolean passive = false;
        boolean patient = false;
        boolean hamza = false;
        boolean hal = false;
        boolean owner = false;
        boolean allies = false;
        boolean received = false;
        boolean ta = false;
        boolean rescue = false;
        boolean noPlace = false;
        boolean object = false;
        boolean sender = false;
        String verbal = null;
        String place = null;
        String aircraft = null;
        String artillery = null;
        String money = null;
        String civilian = null;
        String caller = null;
        List<String> preps = new ArrayList<>();
        List<String> call = new ArrayList<>();
        for (String opt : s.split(",")) {
            String o = opt.strip();
            switch (o) {
                case "sym" -> sym = true;
                case "visit" -> visit = true;
                case "host" -> host = true;
                case "nosrc" -> noSource = true;
                case "self" -> self = true;
                case "genobj" -> genObj = true;
                case "content" -> content = true;
                case "passive" -> passive = true;
                case "patient" -> patient = true;
                case "hamza" -> hamza = true;
                case "hal" -> hal = true;
                case "owner" -> owner = true;
                case "allies" -> allies = true;
                case "received" -> received = true;
                case "ta" -> ta = true;
                case "rescue" -> rescue = true;
                case "noplace" -> noPlace = true;
                case "object" -> object = true;
                case "sender" -> sender = true;
                default -> {
                    if (o.startsWith("place=")) {
                        place = o.substring(6);
                        continue;
                    }
                    if (o.startsWith("aircraft=")) {
                        aircraft = o.substring(9);
                        continue;
                    }
                    if (o.startsWith("money=")) {
                        money = o.substring(6);
                        continue;
                    }
                    if (o.startsWith("civilians=")) {
                        civilian = o.substring(10);
                        continue;
                    }
                    if (o.startsWith("caller=")) {
                        caller = o.substring(7);
                        if (!caller.equals("subject") && !caller.equals("named")) {
                            throw r.error("caller= takes subject or named, not '" + caller + "'");
                        }
                        continue;
                    }
                    if (o.startsWith("artillery=")) {
                        artillery = o.substring(10);
                        continue;
                    }
                    if (o.startsWith("call=")) {
                        for (String prep : o.substring(5).split("/")) {
                            call.add(ArabicNormalizer.normalize(prep.strip()));
                        }
                        continue;
                    }
                    if (o.startsWith("verbal=")) {
                        verbal = o.substring(7);
                        continue;
                    }
                    if (!o.startsWith("tgt=")) {
                        throw r.error("unknown frame option '" + o + "'");
                    }
                    for (String prep : o.substring(4).split("/")) {
                        preps.add(ArabicNormalizer.normalize(prep.strip()));
                    }
                }
            }
        }
        return new Frame(sym, visit, host, List.copyOf(preps), noSource, self, genObj, content, verbal, passive, patient,
                hamza, hal, owner, allies, received, ta, place, rescue, noPlace, aircraft, artillery, List.copyOf(call), object, money, civilian,
                sender, caller);
    }

    public List<Pattern> verb(String form) {
        return verbForms.getOrDefault(form, List.of());
    }

    public List<Pattern> noun(String form) {
        return nounForms.getOrDefault(form, List.of());
    }

    private volatile org.marsad.text.StemFacts.Slot verbSlot;
    private volatile org.marsad.text.StemFacts.Slot nounSlot;

    /** Lets an analyzer built with {@code facts} keep each word's cue patterns (see {@link org.marsad.text.StemFacts}). */
    public void attach(org.marsad.text.StemFacts facts) {
        verbSlot = facts.register(verbForms::get);
        nounSlot = facts.register(nounForms::get);
        phrases.attach(facts);
    }

    /** False when no cue can start at {@code t} (known without reading its readings); else true. */
    boolean mayCue(org.marsad.text.Token t) {
        return org.marsad.text.StemFacts.mayAnswer(verbSlot, t) || org.marsad.text.StemFacts.mayAnswer(nounSlot, t)
                || phrases.mayStartAt(t);
    }

    /**
     * False when no reading of {@code t} heads a verb pattern ({@link #verb} is empty for each), known without reading
     * them; else true.
     */
    boolean mayBeVerb(org.marsad.text.Token t) {
        return org.marsad.text.StemFacts.mayAnswer(verbSlot, t);
    }

    /** The verb patterns whose head is this reading's stem. */
    List<Pattern> verb(org.marsad.text.Segment s) {
        org.marsad.text.StemFacts.Slot slot = verbSlot;
        List<Pattern> p = slot != null ? slot.of(s) : verbForms.get(s.stem());
        return p == null ? List.of() : p;
    }

    /** The noun patterns whose head is this reading's stem. */
    List<Pattern> noun(org.marsad.text.Segment s) {
        org.marsad.text.StemFacts.Slot slot = nounSlot;
        List<Pattern> p = slot != null ? slot.of(s) : nounForms.get(s.stem());
        return p == null ? List.of() : p;
    }

    public PhraseTrie<Pattern> phrases() {
        return phrases;
    }

    /** Every normalized word of every entry (the clitic segmenter's lexicon). */
    public java.util.Set<String> words() {
        return java.util.Collections.unmodifiableSet(words);
    }

    public int size() {
        return count;
    }
}
