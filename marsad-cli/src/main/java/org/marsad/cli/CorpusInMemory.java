package org.marsad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.io.ArticleReader;
import org.marsad.io.ArticleSink;
import org.marsad.io.InputProblem;
import org.marsad.model.Article;

/** A corpus file read into memory for measurements (bench, load fixture): bad records are left out. */
final class CorpusInMemory {
    private CorpusInMemory() {
    }

    /** The first {@code limit} articles of {@code file} (JSON Lines, .gz ok). */
    static List<Article> read(Path file, int limit) {
        List<Article> articles = new ArrayList<>();
        new ArticleReader().read(List.of(file), new ArticleSink() {
            @Override
            public void article(Article a, String f, long line) {
                if (articles.size() < limit) {
                    articles.add(a);
                }
            }

            @Override
            public void problem(InputProblem p) {
            }
        });
        return articles;
    }
}
