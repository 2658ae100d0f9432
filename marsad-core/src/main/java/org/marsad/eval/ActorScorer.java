package org.marsad.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.ActorCodes;
import org.marsad.model.CodedArticle;
import org.marsad.model.Mention;
import org.marsad.model.Span;

/**
 * Actor recognition against hand-annotated mentions (eval/actors/snn-actor-mentions.tsv): a predicted
 * mention with a code matches a gold mention when their spans overlap and their primary codes are
 * equal (RUSGOV counts as RUS). The gold is complete per article, so unmatched predictions are false
 * positives and unmatched gold rows are misses.
 */
public final class ActorScorer {
    public record GoldMention(String articleId, Span span, String text, String code) {
    }

    public record Result(Prf prf, List<String> missed, List<String> spurious) {
    }

    /** Reads the TSV (header and {@code #} comments skipped), grouped by article in file order. */
    public static Map<String, List<GoldMention>> read(Path tsv) throws IOException {
        Map<String, List<GoldMention>> out = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("article_id\t")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 5) {
                    throw new IOException(tsv + ":" + no + ": expected 5 columns");
                }
                out.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new GoldMention(f[0],
                        new Span(Integer.parseInt(f[1]), Integer.parseInt(f[2])), f[3], f[4]));
            }
        }
        return out;
    }

    public Result score(Map<String, List<GoldMention>> gold, Map<String, CodedArticle> coded) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> missed = new ArrayList<>();
        List<String> spurious = new ArrayList<>();
        for (Map.Entry<String, List<GoldMention>> e : gold.entrySet()) {
            CodedArticle c = coded.get(e.getKey());
            if (c == null) {
                throw new IllegalArgumentException("article " + e.getKey() + " was not coded (is it in the corpus?)");
            }
            List<Mention> predicted = new ArrayList<>();
            for (Mention m : c.mentions()) {
                if (m.code() != null && ActorCodes.primary(m.code()) != null) {
                    predicted.add(m);
                }
            }
            boolean[] used = new boolean[predicted.size()];
            for (GoldMention g : e.getValue()) {
                int hit = -1;
                for (int i = 0; i < predicted.size(); i++) {
                    Mention m = predicted.get(i);
                    if (!used[i] && m.span().overlaps(g.span()) && g.code().equals(ActorCodes.primary(m.code()))) {
                        hit = i;
                        break;
                    }
                }
                if (hit >= 0) {
                    used[hit] = true;
                    tp++;
                } else {
                    fn++;
                    missed.add(e.getKey() + " [" + g.span().start() + "," + g.span().end() + ") " + g.text() + " "
                            + g.code());
                }
            }
            for (int i = 0; i < predicted.size(); i++) {
                if (!used[i]) {
                    Mention m = predicted.get(i);
                    // a second prediction inside an already matched gold span is a split, not a new actor
                    boolean inside = false;
                    for (GoldMention g : e.getValue()) {
                        if (g.span().contains(m.span()) && g.code().equals(ActorCodes.primary(m.code()))) {
                            inside = true;
                            break;
                        }
                    }
                    if (!inside) {
                        fp++;
                        spurious.add(e.getKey() + " [" + m.span().start() + "," + m.span().end() + ") " + m.text() + " "
                                + m.code() + " (" + m.entry() + ")");
                    }
                }
            }
        }
        return new Result(new Prf(tp, fp, fn), missed, spurious);
    }
}
