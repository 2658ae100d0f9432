package org.marsad.store;

/**
 * A clustered event: the reports of one real-world event across articles (see {@link Stories} for when two
 * events are one story), with GDELT's counts.
 *
 * @param day         the first event's date (or its article's publication date), as clustered on
 * @param sourceKey   the source actor's primary code ('' when unidentified)
 * @param targetKey   the target actor's primary code ('' when unidentified)
 * @param firstEvent  the eid of the first event in the story
 * @param numMentions events in the story, once for every input record carrying them (NumMentions)
 * @param numSources  distinct outlets among those records (NumSources)
 * @param numArticles input records carrying the story (NumArticles)
 */
public record Story(long id, String day, String sourceKey, String targetKey, String cameoCode, String cameoRoot,
                    long firstEvent, int numMentions, int numSources, int numArticles) {
}
