package org.marsad.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.io.ArticleJson;
import org.marsad.io.ArticleReader;
import org.marsad.model.Article;

/**
 * The real Arabic texts the benchmarks run over: the first articles of SaudiNewsNet when the development
 * data (../shared) is beside the checkout, else the seed article bundled with marsad-cli.
 */
final class Texts {
    static final String SNN = "data/saudinewsnet/articles.jsonl.gz";

    private Texts() {
    }

    /**
     * @param corpus "auto" (SaudiNewsNet when found, else the seed article), "seed", or a JSON Lines file
     * @param limit  at most this many articles
     */
    static List<Article> load(String corpus, int limit) {
        List<Article> articles;
        String name;
        if (corpus.equals("seed") || (corpus.equals("auto") && saudiNewsNet() == null)) {
            articles = List.of(seed());
            name = "the seed article (marsad-cli/src/main/resources/marsad/demo/seed-article.json)";
        } else {
            Path file = corpus.equals("auto") ? saudiNewsNet() : Path.of(corpus);
            articles = ArticleReader.readFirst(file, limit);
            name = file.toString();
        }
        long bytes = bytes(articles);
        System.err.printf("[marsad-bench] corpus: %s, %d articles, %d bytes of UTF-8 text (%.3f MB)%n", name,
                articles.size(), bytes, bytes / 1e6);
        return articles;
    }

    static long bytes(List<Article> articles) {
        long bytes = 0;
        for (Article a : articles) {
            bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
        }
        return bytes;
    }

    /** ../shared's SaudiNewsNet, looked for from the working directory, or null. */
    static Path saudiNewsNet() {
        String shared = System.getProperty("marsad.shared");
        List<Path> candidates = new ArrayList<>();
        if (shared != null) {
            candidates.add(Path.of(shared));
        }
        candidates.add(Path.of("..", "shared"));
        candidates.add(Path.of("..", "..", "shared"));
        for (Path dir : candidates) {
            Path f = dir.resolve(SNN);
            if (Files.isRegularFile(f)) {
                return f.toAbsolutePath().normalize();
            }
        }
        return null;
    }

    static Article seed() {
        try (InputStream in = Texts.class.getResourceAsStream("/marsad/bench/seed-article.json")) {
            if (in == null) {
                throw new IllegalStateException("seed-article.json is missing from the benchmark jar");
            }
            return ArticleJson.fromJson(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
