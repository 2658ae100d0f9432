package org.marsad.store;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.marsad.Pipeline;
import org.marsad.model.Article;
import org.marsad.model.CodedArticle;
import org.marsad.model.Event;
import org.marsad.model.Sentence;
import org.marsad.text.AnalyzedText;

/**
 * ingest21 (BENCHMARKS.md, "Ingest speed"): the coding thread's non-coding work, the base's code against this
 * branch's, in one JVM, rounds alternating; CPU-seconds of this thread over the first N records, and a check that
 * every output is the same. "old" is the two passes the base made, Fingerprint.of and FullText.terms (the latter
 * the branch's, which is the base's loop), and the base's StoryTerms.of (its loop, copied here); "new" is
 * FullText.withFingerprint and this branch's StoryTerms.of.
 *   javac -cp JAR -d /tmp/X scripts/Ingest21Pass.java
 *   java -Xss4m -XX:TieredStopAtLevel=1 -cp JAR:/tmp/X org.marsad.store.Ingest21Pass 3000 8
 * (package org.marsad.store: the one-pass method is package-private)
 */
public class Ingest21Pass {
    static List<StoryTerms> storyOld(CodedArticle coded) {
        String text = coded.article().text();
        List<StoryTerms> out = new ArrayList<>(coded.events().size());
        for (Event x : coded.events()) {
            out.add(new StoryTerms(Stories.terms(StoryTerms.slice(text, x.evidence())),
                    Stories.terms(sentenceText(text, coded.sentences(), x.sentence()))));
        }
        return out;
    }
    static String sentenceText(String text, List<Sentence> sentences, int index) {
        for (Sentence s : sentences) if (s.index() == index) return StoryTerms.slice(text, s.span());
        return "";
    }

    public static void main(String[] a) throws Exception {
        int limit = Integer.parseInt(a[0]);
        int rounds = Integer.parseInt(a[1]);
        Pipeline p = Pipeline.load();
        List<AnalyzedText> texts = new ArrayList<>();
        List<CodedArticle> codings = new ArrayList<>();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        int k = 0;
        List<String> before = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("/tmp/bench/all.jsonl"))) {
            if (k++ >= limit) break;
            var node = json.readTree(line);
            String t = node.path("text").asText("");
            if (t.isBlank()) continue;
            Article art = new Article(node.path("id").asText("x" + k), null, null, null, null, t);
            AnalyzedText at = p.analyze(t);
            FullText.Indexed ix = FullText.withFingerprint(at); // before coding, as the ingest now does
            before.add(ix.terms() + "|" + ix.fingerprint().contentHash() + Arrays.toString(ix.fingerprint().minhash()));
            texts.add(at);
            codings.add(p.code(art, at));
        }
        int bad = 0;
        for (int i = 0; i < texts.size(); i++) {
            AnalyzedText t = texts.get(i);
            Fingerprint f = Fingerprint.of(t);
            String old = FullText.terms(t) + "|" + f.contentHash() + Arrays.toString(f.minhash()); // after coding, as the base
            if (!old.equals(before.get(i))) bad++;
            if (!storyOld(codings.get(i)).equals(StoryTerms.of(codings.get(i)))) bad++;
        }
        System.out.println("texts " + texts.size() + " differing " + bad);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] sum = new double[4];
        for (int r = 0; r < rounds; r++) {
            boolean oldFirst = r % 2 == 0;
            double[] s = new double[4];
            long h = 0;
            for (int pass = 0; pass < 2; pass++) {
                boolean old = (pass == 0) == oldFirst;
                long t0 = cpu.getCurrentThreadCpuTime();
                if (old) { for (AnalyzedText t : texts) { h += Fingerprint.of(t).minhash()[0]; h += FullText.terms(t).length(); } }
                else { for (AnalyzedText t : texts) { FullText.Indexed ix = FullText.withFingerprint(t); h += ix.fingerprint().minhash()[0]; h += ix.terms().length(); } }
                long t1 = cpu.getCurrentThreadCpuTime();
                if (old) { for (CodedArticle c : codings) h += storyOld(c).size(); }
                else { for (CodedArticle c : codings) h += StoryTerms.of(c).size(); }
                long t2 = cpu.getCurrentThreadCpuTime();
                s[old ? 0 : 1] = (t1 - t0) / 1e9;
                s[old ? 2 : 3] = (t2 - t1) / 1e9;
            }
            for (int i = 0; i < 4; i++) sum[i] += s[i];
            System.out.printf(Locale.ROOT, "round %d (%s first): fingerprint+terms old %.3f new %.3f (%.3f) | story terms old %.3f new %.3f (%.3f) | %d%n",
                r, oldFirst ? "old" : "new", s[0], s[1], s[1] / s[0], s[2], s[3], s[3] / s[2], h);
        }
        System.out.printf(Locale.ROOT, "all rounds: fingerprint+terms old %.3f new %.3f (%.3f) | story terms old %.3f new %.3f (%.3f)%n",
            sum[0], sum[1], sum[1] / sum[0], sum[2], sum[3], sum[3] / sum[2]);
    }
}
