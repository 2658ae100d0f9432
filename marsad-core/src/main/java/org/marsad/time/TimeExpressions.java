package org.marsad.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.marsad.text.StemFacts;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;

/**
 * Finds the time expressions of Arabic news text and resolves them against the publication date.
 *
 * <p>The words come from the data files under {@code marsad/time/} (month names in the Gulf, Levant and
 * Maghreb sets, Hijri months, weekdays, number words, units, relative days, cue words); the classes of
 * this package only say how they combine. See the package documentation for what is understood and the
 * conventions used.
 *
 * <p>Thread-safe: the instance is immutable and {@link #find} keeps its state on the stack.
 */
public final class TimeExpressions {
    private static final class Holder {
        static final TimeExpressions INSTANCE = new TimeExpressions(TimeLexicon.load());
    }

    private final TimeLexicon lexicon;
    private final Tokenizer tokenizer = new Tokenizer(); // stateless
    private final List<Pattern> patterns = List.of(new RelativeDays(), new Weekdays(), new NamedDates(),
            new NumericDates(), new Years(), new Periods(), new Durations(), new Seasons(), new VaguePast());

    /** The weekdays' names, normalized. */
    /** An array: {@link #mayNameAWeekday} is asked of the lead's words of every article, and a list's iterator was allocated each time. */
    private final String[] weekdayNames;

    private TimeExpressions(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        this.weekdayNames = lexicon.lastWords(Lex.WeekdayName.class).toArray(new String[0]);
    }

    /**
     * Whether a normalized word may be a weekday's name (also with a clitic before it, والاثنين): a cheap test on
     * words already at hand, before looking for time expressions where only a weekday would matter.
     */
    public boolean mayNameAWeekday(String word) {
        for (String name : weekdayNames) {
            if (word.endsWith(name)) {
                return true;
            }
        }
        return false;
    }

    /** The patterns the scanner tries, in its order (for tests of what may start where). */
    List<Pattern> patterns() {
        return patterns;
    }

    /** The shared instance; the data files are read from the classpath on first use. */
    public static TimeExpressions load() {
        return Holder.INSTANCE;
    }

    /**
     * The time expressions inside {@code text[from, to)}, in text order, not overlapping (where two
     * readings overlap the longer one wins).
     *
     * @param published the publication date that relative expressions count from; if null they are
     *                  still found but their value is null
     * @return expressions whose offsets index {@code text} itself
     */
    public List<TimeExpression> find(String text, int from, int to, LocalDate published) {
        Objects.requireNonNull(text, "text");
        Objects.checkFromToIndex(from, to, text.length());
        Tokens tokens = new Tokens(text, from, to, tokenizer, lexicon);
        return List.copyOf(new Scanner(tokens, new Reference(published), patterns).run());
    }

    /**
     * As {@link #find(String, int, int, LocalDate)} for the region that {@code tokens} cover, with the tokens a
     * {@link org.marsad.text.TextAnalyzer} cut from {@code text} (offsets into {@code text}): nothing is tokenized
     * twice.
     */
    public List<TimeExpression> find(String text, List<Token> tokens, LocalDate published) {
        return find(text, tokens, published, null);
    }

    /**
     * As {@link #find(String, List, LocalDate)}, passing over the words that {@code timeWords} (the slot
     * {@link #attach} registered on the analyzer's stem facts) says start no time phrase and are no number: most
     * words of a dated sentence, whose spellings without their proclitics were otherwise made and looked up one by
     * one.
     *
     * @param timeWords may be null (every word is looked up)
     */
    public List<TimeExpression> find(String text, List<Token> tokens, LocalDate published, StemFacts.Slot timeWords) {
        Objects.requireNonNull(text, "text");
        return List.copyOf(new Scanner(new Tokens(text, tokens, lexicon, timeWords), new Reference(published), patterns)
                .run());
    }

    /**
     * Registers the word cache's question "may this word matter to the time expressions?" (see {@link
     * Tokens#mayMatter}) and returns its slot for {@link #find(String, List, LocalDate, StemFacts.Slot)}. The answer
     * is asked of every reading's stem; the unsegmented word is always one of a word's readings, so a word whose
     * readings all say no says no as written.
     */
    public StemFacts.Slot attach(StemFacts facts) {
        return facts.register(word -> Tokens.mayMatter(word, lexicon) ? Boolean.TRUE : null);
    }

    /**
     * The day a text was written, from the time expressions of its lead (found counting from {@code published}): the
     * first relative day it names with its weekday («اليوم (الاثنين)»، «أمس الأحد») says which day it calls today.
     * When that is before {@code published} the record was dated after it was written (a feed's or crawler's date),
     * and that day is returned; otherwise {@code published} (also when the first such day fits it: a later one that
     * does not is another story's). In SaudiNewsNet 2015, 53 of the 147 articles of i%15==4 that say «اليوم + weekday»
     * name an earlier day than their date.
     */
    public static LocalDate writtenOn(List<TimeExpression> lead, LocalDate published) {
        for (TimeExpression t : lead) {
            if (t.today() != null) {
                return published != null && t.today().isBefore(published) ? t.today() : published;
            }
        }
        return published;
    }
}
