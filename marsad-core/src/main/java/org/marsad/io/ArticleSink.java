package org.marsad.io;

import org.marsad.model.Article;

/** Receives what {@link ArticleReader} reads: good articles and problems, in input order. */
public interface ArticleSink {
    void article(Article article, String file, long line);

    void problem(InputProblem problem);
}
