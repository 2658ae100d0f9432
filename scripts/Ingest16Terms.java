import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import org.marsad.Pipeline;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Token;
import org.marsad.store.FullText;
import org.marsad.text.ArabicNormalizer;

/**
 * ingest16 (BENCHMARKS.md): the coding thread's index document and story terms, the base jar's code against this
 * session's, in one JVM under C1, rounds alternating; CPU-seconds of this thread over the first N records' texts
 * (FullText.terms) and their sentences (story terms), and a check that every output is the same:
 *   javac -cp /tmp/bench/s15-base.jar -d /tmp/X scripts/Ingest16Terms.java
 *   java -Xss4m -XX:TieredStopAtLevel=1 -cp /tmp/bench/s15-base.jar:/tmp/X Ingest16Terms 3000
 * "old" is the base jar's FullText.terms and a copy of its story-terms split (a regex); "new" are copies of
 * this session's FullText.terms (one pass into a char array) and Stories.terms (one scan by code point).
 */
public class Ingest16Terms {
    static String termsOne(AnalyzedText text) {
        List<Token> tokens = text.tokens();
        char[] doc = new char[text.text().length() * 2 + 16];
        int at = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isPunct()) continue;
            String stem = t.stem(); String norm = t.norm();
            boolean both = !norm.equals(stem);
            int need = at + stem.length() + 2 + (both ? norm.length() + 1 : 0);
            if (need > doc.length) doc = java.util.Arrays.copyOf(doc, Math.max(need, doc.length * 2));
            at = put(doc, at, stem);
            if (both) at = put(doc, at, norm);
        }
        String terms = new String(doc, 0, at);
        for (int i = 0; i < at; i++) { char ch = doc[i]; if (ch >= 0x80 && (ch < 0x0600 || ch > 0x06FF) && Character.isUpperCase(ch)) return terms.toLowerCase(Locale.ROOT); }
        return terms;
    }
    static int put(char[] buf, int at, String term) {
        int len = term.length();
        if (len == 0) return at;
        if (at > 0) buf[at++] = ' ';
        term.getChars(0, len, buf, at);
        return at + len;
    }
    // story terms: regex vs scan
    static String storyRegex(String text) {
        String norm = ArabicNormalizer.normalize(text);
        Set<String> out = new LinkedHashSet<>();
        for (String w : norm.split("[^\\p{L}\\p{N}]+")) { w = stem(w); if (w.length() >= 2) out.add(w); }
        return String.join(" ", out);
    }
    static final int WORD_TYPES = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;
    static String storyScan(String text) {
        String norm = ArabicNormalizer.normalize(text);
        Set<String> out = new LinkedHashSet<>();
        int start = -1, n = norm.length();
        for (int i = 0; i < n; ) {
            int cp = norm.codePointAt(i);
            boolean in = (WORD_TYPES >>> Character.getType(cp) & 1) != 0;
            if (in && start < 0) start = i; else if (!in && start >= 0) { add(out, norm.substring(start, i)); start = -1; }
            i += Character.charCount(cp);
        }
        if (start >= 0) add(out, norm.substring(start, n));
        return String.join(" ", out);
    }
    static void add(Set<String> out, String w) { w = stem(w); if (w.length() >= 2) out.add(w); }
    static String stem(String w) {
        for (String p : new String[] {"وال", "بال", "فال", "كال", "لل", "ال"}) if (w.startsWith(p) && w.length() - p.length() >= 2) return w.substring(p.length());
        if ((w.startsWith("و") || w.startsWith("ف")) && w.length() > 3) return w.substring(1);
        return w;
    }
    public static void main(String[] a) throws Exception {
        Pipeline p = Pipeline.load();
        List<AnalyzedText> texts = new ArrayList<>();
        List<String> sents = new ArrayList<>();
        int k = 0;
        for (String line : Files.readAllLines(Path.of("/tmp/bench/first10k.jsonl"))) {
            if (k++ >= Integer.parseInt(a[0])) break;
            String t = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).path("text").asText("");
            if (t.isBlank()) continue;
            AnalyzedText at = p.analyze(t);
            texts.add(at);
            for (var s : at.sentences()) sents.add(t.substring(s.span().start(), s.span().end()));
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < 6; r++) {
            long t0 = cpu.getCurrentThreadCpuTime(); long h0 = 0;
            for (AnalyzedText t : texts) h0 += FullText.terms(t).length();
            long t1 = cpu.getCurrentThreadCpuTime(); long h1 = 0;
            for (AnalyzedText t : texts) h1 += termsOne(t).length();
            long t2 = cpu.getCurrentThreadCpuTime();
            for (String s : sents) h0 += storyRegex(s).length();
            long t3 = cpu.getCurrentThreadCpuTime();
            for (String s : sents) h1 += storyScan(s).length();
            long t4 = cpu.getCurrentThreadCpuTime();
            System.out.printf("round %d: index document old %.3f new %.3f (%.3f) | story terms old %.3f new %.3f (%.3f) | chars %d %d%n", r,
                (t1-t0)/1e9, (t2-t1)/1e9, (double) (t2-t1)/(t1-t0), (t3-t2)/1e9, (t4-t3)/1e9, (double) (t4-t3)/(t3-t2), h0, h1);
        }
        int bad = 0;
        for (AnalyzedText t : texts) { String x = FullText.terms(t); if (!x.equals(termsOne(t))) bad++; }
        for (String s : sents) if (!storyRegex(s).equals(storyScan(s))) bad++;
        System.out.println("texts " + texts.size() + " sentences " + sents.size() + " differing " + bad);
    }
}
