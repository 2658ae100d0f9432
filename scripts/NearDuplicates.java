import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.marsad.Pipeline;
import org.marsad.store.MinHash;
import org.marsad.text.Token;

/**
 * How well the shipped near-duplicate signature (MinHash.signature: one-permutation, densified) finds the pairs of a
 * corpus whose exact Jaccard similarity of 3-word shingles is at least MinHash.THRESHOLD, beside the classic MinHash
 * of 120 independent hash functions (the signature before schema 7, written out here as the reference), and what each
 * costs. Both go through the same LSH banding (MinHash.bands) and threshold; a pair is flagged when its later article
 * meets the earlier in a band and their estimate reaches the threshold. Every flagged pair is then checked against
 * the exact Jaccard of its shingle sets.
 *
 * <pre>
 * java -Xmx4g -XX:TieredStopAtLevel=1 -cp marsad-cli/target/marsad.jar scripts/NearDuplicates.java \
 *     ../shared/data/saudinewsnet/articles.jsonl.gz
 * </pre>
 */
public class NearDuplicates {
    interface Signer {
        int[] sign(List<String> words);
    }

    public static void main(String[] args) throws Exception {
        Pipeline pipeline = Pipeline.load();
        ObjectMapper json = new ObjectMapper();
        List<List<String>> docs = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(new FileInputStream(args[0])),
                StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String text = json.readTree(line).path("text").asText("");
                if (!text.isEmpty()) {
                    List<String> words = new ArrayList<>();
                    for (Token t : pipeline.analyze(text).tokens()) {
                        if (!t.isPunct()) {
                            words.add(t.norm()); // as Fingerprint.words
                        }
                    }
                    docs.add(words);
                }
            }
        }
        Signer shipped = MinHash::signature;
        Signer classic = NearDuplicates::classic;
        for (int round = 1; round <= 3; round++) { // alternating, in one JVM: the ratio is what to read
            double c = seconds(docs, classic);
            double s = seconds(docs, shipped);
            System.out.printf("round %d: signing %,d texts: classic %.2f s, shipped %.2f s (%.3fx)%n", round, docs.size(), c, s, s / c);
        }
        List<long[]> shingles = new ArrayList<>();
        for (List<String> w : docs) {
            shingles.add(shingles(w));
        }
        Map<String, Set<Long>> flagged = new HashMap<>();
        List<int[]> cs = new ArrayList<>();
        List<int[]> ss = new ArrayList<>();
        for (List<String> w : docs) {
            cs.add(classic(w));
            ss.add(MinHash.signature(w));
        }
        flagged.put("classic", flagged(cs));
        flagged.put("shipped", flagged(ss));
        Set<Long> union = new HashSet<>(flagged.get("classic"));
        union.addAll(flagged.get("shipped"));
        Set<Long> truePairs = new HashSet<>();
        double[] error = new double[2];
        for (long pair : union) {
            int a = (int) (pair >>> 32);
            int b = (int) pair;
            double exact = jaccard(shingles.get(a), shingles.get(b));
            if (exact >= MinHash.THRESHOLD) {
                truePairs.add(pair);
            }
            error[0] += Math.abs(MinHash.similarity(cs.get(a), cs.get(b)) - exact);
            error[1] += Math.abs(MinHash.similarity(ss.get(a), ss.get(b)) - exact);
        }
        System.out.printf("pairs flagged by either: %,d, of which %,d have exact Jaccard >= %.1f%n", union.size(),
                truePairs.size(), MinHash.THRESHOLD);
        int i = 0;
        for (String name : List.of("classic", "shipped")) {
            Set<Long> f = flagged.get(name);
            long right = f.stream().filter(truePairs::contains).count();
            System.out.printf("%-8s flagged %,d: %,d true (precision %.4f, recall within the union %.4f), mean |estimate - exact| %.4f%n",
                    name, f.size(), right, right / (double) f.size(), right / (double) truePairs.size(), error[i++] / union.size());
        }
    }

    private static double seconds(List<List<String>> docs, Signer signer) {
        long start = System.nanoTime();
        long sink = 0;
        for (List<String> w : docs) {
            sink += signer.sign(w)[0];
        }
        if (sink == 42) {
            System.out.print("");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Each 3-word shingle as a 64-bit FNV-1a hash of its characters (for the exact Jaccard: what a shingle is). */
    private static long[] shingles(List<String> words) {
        int n = Math.max(1, words.size() - MinHash.SHINGLE + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 0xCBF29CE484222325L;
            for (int w = i; w < Math.min(words.size(), i + MinHash.SHINGLE); w++) {
                String word = words.get(w);
                for (int c = 0; c < word.length(); c++) {
                    h = (h ^ word.charAt(c)) * 0x100000001B3L;
                }
                h = (h ^ ' ') * 0x100000001B3L;
            }
            out[i] = h;
        }
        return out;
    }

    /** The classic signature: per hash function (SplitMix64 of the shingle hash and a seed), the least value. */
    private static int[] classic(List<String> words) {
        int[] sig = new int[MinHash.PERMUTATIONS];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        for (long h : shingles(words)) {
            for (int p = 0; p < MinHash.PERMUTATIONS; p++) {
                int v = (int) (mix(h ^ SEEDS[p]) >>> 33);
                if (v < sig[p]) {
                    sig[p] = v;
                }
            }
        }
        return sig;
    }

    private static final long[] SEEDS = new long[MinHash.PERMUTATIONS];

    static {
        long s = 0x6D61727361644CL;
        for (int i = 0; i < SEEDS.length; i++) {
            s = mix(s + 0x9E3779B97F4A7C15L);
            SEEDS[i] = s;
        }
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Pairs (earlier << 32 | later) that meet in a band and whose estimate reaches the threshold. */
    private static Set<Long> flagged(List<int[]> sigs) {
        Map<Long, List<Integer>> buckets = new HashMap<>();
        Set<Long> pairs = new HashSet<>();
        for (int d = 0; d < sigs.size(); d++) {
            long[] keys = MinHash.bands(sigs.get(d));
            Set<Integer> candidates = new HashSet<>();
            for (int b = 0; b < keys.length; b++) {
                List<Integer> bucket = buckets.computeIfAbsent(keys[b] * 31 + b, k -> new ArrayList<>());
                candidates.addAll(bucket);
                bucket.add(d);
            }
            for (int c : candidates) {
                if (MinHash.similarity(sigs.get(d), sigs.get(c)) >= MinHash.THRESHOLD) {
                    pairs.add(((long) c << 32) | d);
                }
            }
        }
        return pairs;
    }

    private static double jaccard(long[] a, long[] b) {
        Set<Long> x = new HashSet<>();
        for (long v : a) {
            x.add(v);
        }
        Set<Long> y = new HashSet<>();
        for (long v : b) {
            y.add(v);
        }
        int both = 0;
        for (long v : x) {
            if (y.contains(v)) {
                both++;
            }
        }
        return both / (double) (x.size() + y.size() - both);
    }
}
