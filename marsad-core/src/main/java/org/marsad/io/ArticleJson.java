package org.marsad.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.marsad.model.Article;

/** Reads one article from a JSON object: {@code {"id", "url", "source", "published", "title", "text"}}. */
public final class ArticleJson {
    private ArticleJson() {
    }

    /** @throws IllegalArgumentException naming the field when the object is not a valid article */
    public static Article fromJson(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) {
            throw new IllegalArgumentException("field 'text' is missing");
        }
        if (!text.isTextual()) {
            throw new IllegalArgumentException("field 'text' must be a string");
        }
        if (Article.hasNoText(text.asText())) {
            throw new IllegalArgumentException("field 'text' is empty");
        }
        String tooLong = Article.tooLong(text.asText());
        if (tooLong != null) {
            throw new IllegalArgumentException("field 'text': " + tooLong);
        }
        return new Article(str(node, "id"), str(node, "url"), str(node, "source"), date(node), str(node, "title"),
                text.asText());
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual() || v.isNumber()) {
            return v.asText();
        }
        throw new IllegalArgumentException("field '" + field + "' must be a string");
    }

    private static LocalDate date(JsonNode node) {
        String s = str(node, "published");
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            // accept full timestamps too (2024-06-19T10:00:00Z): the date part is what we need
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("field 'published' is not a date (YYYY-MM-DD): " + abbreviate(s));
        }
    }

    static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    static final ObjectMapper MAPPER = new ObjectMapper();
}
