package org.marsad.model;

import java.util.List;

/** The output of coding one article: its sentences, actor mentions, events and quotes. */
public record CodedArticle(Article article, List<Sentence> sentences, List<Mention> mentions, List<Event> events,
                           List<Quote> quotes) {
    public CodedArticle {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
    }
}
