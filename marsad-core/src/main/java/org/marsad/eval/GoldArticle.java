package org.marsad.eval;

import java.util.List;
import org.marsad.model.Article;

/** A gold article: the article and its hand-coded events. */
public record GoldArticle(Article article, List<GoldEvent> events) {
}
