package org.marsad.events;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.marsad.actors.ActorMention;
import org.marsad.places.PlaceMention;
import org.marsad.text.Token;

/**
 * What {@link EventCoder} hands the coding of one sentence: the article's text and tokens, the sentence's bounds
 * {@code a}..{@code b} and mentions, what runs on from earlier sentences, and the article-wide facts. One value passed
 * down the chain of concern classes ({@link SentenceContext} ... {@link SentenceCoder}), so that each constructor need
 * not repeat the list.
 *
 * @param coder     the article's coder, whose dictionaries and per-thread working state the sentence reads
 * @param text      the article's text, which the tokens' offsets index
 * @param mentions  the actors named in the sentence
 * @param carried   the subject carried from the sentences before
 * @param sentence  the sentence's index in the article
 * @param places    the places named in a sentence, by its index
 * @param focus     mentions per actor in the whole article ({@link EventCoder#focus})
 * @param mostNamed the highest count in {@code focus}
 */
record SentenceInput(EventCoder coder, String text, List<Token> tokens, int a, int b, List<ActorMention> mentions,
                     List<ActorMention> carried, int sentence, IntFunction<List<PlaceMention>> places,
                     Map<String, Integer> focus, int mostNamed) {
}
