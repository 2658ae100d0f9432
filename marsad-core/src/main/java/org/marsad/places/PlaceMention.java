package org.marsad.places;

import org.marsad.model.Place;
import org.marsad.model.Span;

/**
 * A place named in a sentence.
 *
 * @param span        the name in the original text, without a glued proclitic (لسنغافورة → سنغافورة)
 * @param place       the resolved place; its {@code span} is {@code span} and its {@code name} the characters there
 * @param firstToken  index of the first token of the name
 * @param endToken    index after the last token of the name
 * @param preposition the place preposition that governs the name: {@link #FI} في, {@link #BI} ب, {@link #ILA} إلى,
 *                    {@link #LI} ل, {@link #MIN} من, or {@link #NONE}. It is read through head nouns such as
 *                    مدينة، العاصمة، مطار ("في مطار القاهرة" → في for Cairo).
 */
public record PlaceMention(Span span, Place place, int firstToken, int endToken, char preposition) {
    public static final char FI = 'ف';
    public static final char BI = 'ب';
    public static final char ILA = 'إ';
    /** The clitic ل: before a place it mostly means "to" (زيارة لسنغافورة), like إلى. */
    public static final char LI = 'ل';
    public static final char MIN = 'م';
    public static final char NONE = 0;
}
