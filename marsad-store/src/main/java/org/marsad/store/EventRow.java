package org.marsad.store;

import java.time.LocalDate;
import org.marsad.model.Event;

/**
 * A stored event with what exports need around it.
 *
 * @param eid         the database's numeric event id (GDELT's GlobalEventID)
 * @param day         the event's own date when it is a day, else its article's publication date (null when neither)
 * @param daySource   {@code event} or {@code published}
 * @param numArticles how many input records carry this event's story (its clustered event), or when it has not
 *                    been clustered, this article or a near-duplicate of it
 * @param numSources  how many distinct outlets among them
 * @param storyId     the story (clustered event) it belongs to, or 0 when it has not been clustered
 * @param numMentions GDELT NumMentions: the story's mentions (or numArticles when not clustered)
 */
public record EventRow(long eid, Event event, String coderVersion, String day, String daySource, LocalDate published,
                       String url, String outlet, String addedAt, int numArticles, int numSources,
                       long storyId, int numMentions) {
}
