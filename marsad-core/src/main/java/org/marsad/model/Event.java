package org.marsad.model;

/**
 * One coded event. Field names follow GDELT where one exists. {@code evidence} and every span are
 * character offsets into the article's original text.
 *
 * @param id            deterministic id: a hash of article id, sentence, codes and evidence
 * @param date          the event's own date as precise as the text fixes it (2024-06-19, 2023-09, 2022), or null
 * @param datePrecision day, month, year, or null
 * @param modality      asserted, intended, reported or hypothetical
 * @param attributedTo  who the article says reported or claimed this (a speaker's code or an outlet's name), or null
 * @param summary       one English line built from the codes and the actors' English names
 * @param rule          which dictionary line and which argument rule produced the event (for maintainers)
 */
public record Event(String id, String articleId, int sentence, String date, String datePrecision,
                    ActorRef source, ActorRef target, String cameoCode, String cameoRoot, int quadClass,
                    double goldstein, String plover, boolean negated, String modality, String attributedTo,
                    Place location, Span evidence, double confidence, String summary,
                    String rule) {
}
