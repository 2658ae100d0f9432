package org.marsad.model;

import java.time.LocalDate;

/**
 * One news article as read from input. Only {@code text} is required; a missing
 * {@code published} date leaves relative dates unresolved, never guessed.
 */
public record Article(String id, String url, String source, LocalDate published, String title, String text) {
    public Article {
        if (text == null) {
            throw new IllegalArgumentException("article text is required");
        }
        if (id == null || id.isBlank()) {
            id = ArticleIds.fromContent(text);
        }
    }
}
