package org.marsad.store;

import java.time.LocalDate;
import org.marsad.model.Event;

/**
 * What a watch rule raised: one alert per story (clustered event) and rule, whose counts follow the story's as
 * more reports of it arrive.
 *
 * @param id          the alert's id (0 for alerts a rule test would raise, which are not stored)
 * @param rule        the rule's name
 * @param ruleTitle   the rule's title
 * @param storyId     the story (clustered event)
 * @param eventEid    the stored event that first matched (GlobalEventID)
 * @param event       that event
 * @param evidence    the evidence text, as the article wrote it
 * @param sentence    the sentence the evidence is in
 * @param numMentions mentions of the story (GDELT NumMentions)
 * @param numSources  distinct outlets reporting it
 * @param numArticles input records (articles and their exact duplicates) reporting it
 * @param readAt      when it was marked read, or null while unread
 */
public record Alert(long id, String rule, String ruleTitle, long storyId, long eventEid, Event event, String articleId,
                    String url, String outlet, LocalDate published, String evidence, String sentence, int numMentions,
                    int numSources, int numArticles, String createdAt, String updatedAt, String readAt) {

    public boolean read() {
        return readAt != null;
    }
}
