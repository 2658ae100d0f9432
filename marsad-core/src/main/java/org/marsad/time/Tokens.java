package org.marsad.time;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.marsad.text.ArabicNormalizer;
import org.marsad.text.StemFacts;
import org.marsad.text.Token;
import org.marsad.text.TokenKind;
import org.marsad.text.Tokenizer;

/**
 * The tokens of one region of a text, with every lexicon phrase that starts at each token found once
 * up front, so that the patterns only ask questions ("is there a weekday at 5?") and never re-scan.
 *
 * <p>A word may carry proclitics that the data does not list: a conjunction و/ف and then a preposition
 * ب/ل (وأمس، لعام، للعام = ل + العام). They are stripped only when what remains is a known time word,
 * and a hit remembers how many letters it stripped, so that the expression can start after them.
 * The article ال is stripped too, but such a hit is marked {@code definite}: only a pattern that asks for
 * a definite word gets it (الأشهر، التسعة، العامين، الـ24), so الأحد never reads as أحد "one".
 */
final class Tokens {
    /**
     * A phrase of the lexicon found in the text.
     *
     * @param lex      its meaning
     * @param first    the token it starts at
     * @param end      the token after its last one
     * @param strip    proclitic letters stripped from the first token
     * @param definite true when the article ال was stripped to find it
     */
    record Hit(Lex lex, int first, int end, int strip, boolean definite) {
    }

    /**
     * A token made of digits, maybe with proclitics (و2010), the article (الـ24) or an era mark glued
     * to it (1436هـ، 2015م).
     *
     * @param mark {@code 'ه'} (Hijri), {@code 'م'} (Gregorian) or 0
     */
    record Num(int value, int digits, int strip, boolean definite, char mark) {
    }

    /** A spelling of a token to look up: the word itself or the word without some proclitics. */
    private record Form(String text, int strip, boolean definite) {
    }

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final TokenKind[] kinds;
    private final String[] norms;
    private final List<List<Hit>> hits;
    private final Num[] numbers;
    private final int longestPhrase;

    Tokens(String text, int from, int to, Tokenizer tokenizer, TimeLexicon lexicon) {
        this(text, tokenizer.tokenize(text.substring(from, to)), from, lexicon, null); // the tokenizer sees the region only
    }

    /**
     * The tokens of a region that a {@link org.marsad.text.TextAnalyzer} has already cut, their offsets into
     * {@code text} itself: the coder reads each dated sentence's tokens from the analysis instead of cutting the
     * sentence again (the same tokens: the analyzer runs the same tokenizer and drops the same empty words).
     *
     * @param timeWords the analyzer's answer to {@link #mayMatter} (registered by {@link TimeExpressions#attach}), or
     *                  null: a word it rules out starts no phrase and is no number, so it is not spelled out
     */
    Tokens(String text, List<Token> tokens, TimeLexicon lexicon, StemFacts.Slot timeWords) {
        this(text, tokens, 0, lexicon, timeWords);
    }

    private Tokens(String text, List<Token> tokens, int offset, TimeLexicon lexicon, StemFacts.Slot timeWords) {
        this.text = text;
        int n = tokens.size();
        starts = new int[n];
        ends = new int[n];
        kinds = new TokenKind[n];
        norms = new String[n];
        for (int i = 0; i < n; i++) {
            Token tok = tokens.get(i);
            starts[i] = tok.start() + offset;
            ends[i] = tok.end() + offset;
            kinds[i] = tok.kind();
            norms[i] = tok.norm();
        }
        longestPhrase = lexicon.longestPhrase();
        hits = new ArrayList<>(n);
        numbers = new Num[n];
        for (int i = 0; i < n; i++) {
            if (kinds[i] == TokenKind.PUNCT || !StemFacts.mayAnswer(timeWords, tokens.get(i))) {
                hits.add(List.of());
                continue;
            }
            List<Form> forms = forms(norms[i]);
            hits.add(findHits(i, forms, lexicon));
            numbers[i] = parseNumber(forms);
        }
    }

    /**
     * False when no spelling of {@code word} (see {@link #forms}) is the first word of a lexicon phrase nor a
     * number: such a word gets no hit and no number here, whatever follows it. Asked once per distinct word.
     */
    static boolean mayMatter(String word, TimeLexicon lexicon) {
        if (!lexicon.mayEndAsAFirstWord(word) && !hasDigit(word)) {
            return false; // every spelling ends as the word does, and a number needs a digit: most new words stop here
        }
        List<Form> forms = forms(word);
        for (int fi = 0; fi < forms.size(); fi++) {
            if (!lexicon.startingWith(forms.get(fi).text()).isEmpty()) {
                return true;
            }
        }
        return parseNumber(forms) != null;
    }

    int size() {
        return norms.length;
    }

    /** The normalized form of token {@code i}, or "" outside the region. */
    String norm(int i) {
        return i >= 0 && i < norms.length ? norms[i] : "";
    }

    /** True when token {@code i} is a word whose normalized form is {@code word}. */
    boolean isWord(int i, String word) {
        return i >= 0 && i < norms.length && kinds[i] == TokenKind.WORD && norms[i].equals(word);
    }

    boolean isWordToken(int i) {
        return i >= 0 && i < norms.length && kinds[i] == TokenKind.WORD;
    }

    /** True when token {@code i} is one punctuation character out of {@code chars}. */
    boolean isPunct(int i, String chars) {
        return i >= 0 && i < norms.length && kinds[i] == TokenKind.PUNCT && chars.contains(norms[i]);
    }

    /**
     * True when token {@code i} opens a line or a sentence of the text: only spaces and list bullets (* - • ●) stand
     * between it and the text's start, a line break or a full stop.
     */
    boolean opensLine(int i) {
        if (i < 0 || i >= starts.length) {
            return false;
        }
        for (int pos = starts[i] - 1; pos >= 0; pos--) {
            char c = text.charAt(pos);
            if (c == '\n' || c == '.') {
                return true;
            }
            if (!Character.isWhitespace(c) && "*-•●".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Offset in the original text where token {@code i} starts once {@code strip} proclitic letters are cut. */
    int start(int i, int strip) {
        int pos = starts[i];
        for (int k = 0; k < strip && pos < ends[i]; k++) {
            pos += Character.charCount(text.codePointAt(pos));
            while (pos < ends[i] && ArabicNormalizer.isTransparent(text.charAt(pos))) {
                pos++; // a diacritic or tatweel on the proclitic (وَ، لـ) goes with it
            }
        }
        return pos;
    }

    /** Offset in the original text after token {@code i}. */
    int end(int i) {
        return ends[i];
    }

    /** The number token {@code i} is made of, or null. */
    Num number(int i) {
        return i >= 0 && i < numbers.length ? numbers[i] : null;
    }

    /**
     * The longest phrase starting at token {@code i} whose meaning passes {@code want}, among plain
     * ({@code definite == false}) or article-stripped ({@code definite == true}) readings; on a tie the
     * reading that strips fewer proclitic letters wins.
     */
    Hit best(int i, Predicate<Lex> want, boolean definite) {
        if (i < 0 || i >= hits.size()) {
            return null;
        }
        Hit best = null;
        List<Hit> at = hits.get(i);
        for (int k = 0; k < at.size(); k++) { // by index: the lists are of two classes, an iterator would be allocated
            Hit h = at.get(k);
            if (h.definite() != definite || !want.test(h.lex())) {
                continue;
            }
            if (best == null || h.end() > best.end() || h.end() == best.end() && h.strip() < best.strip()) {
                best = h;
            }
        }
        return best;
    }

    /** The longest plain reading of type {@code type} at token {@code i}. */
    <T extends Lex> Hit best(int i, Class<T> type) {
        return anyAt(i) ? best(i, type::isInstance, false) : null; // no predicate made for the many words without hits
    }

    /** Whether any lexicon word or phrase starts at token {@code i} (most words of a text start none). */
    boolean anyAt(int i) {
        return i >= 0 && i < hits.size() && !hits.get(i).isEmpty();
    }

    /**
     * Whether a time expression may start at token {@code i}: every pattern's first word is a word or phrase of the
     * lexicon (a cue, a unit, a month, a weekday, a number word) or a number, both found once per token when the
     * tokens were read (only for words whose stem facts may answer the lexicon).
     */
    boolean mayStartExpression(int i) {
        return anyAt(i) || number(i) != null;
    }

    /** A cue word or phrase of role {@code cue} starting at token {@code i}, or null. */
    Hit cue(int i, Cue cue) {
        return anyAt(i) ? best(i, CUE_TESTS.get(cue.ordinal()), false) : null;
    }

    /**
     * The test of {@link #cue} for each role, by ordinal, made once: a predicate capturing the role, made per call, was
     * 1–2 % of the coder's allocated bytes (BENCHMARKS.md, speed23).
     */
    private static final List<Predicate<Lex>> CUE_TESTS = cueTests();

    private static List<Predicate<Lex>> cueTests() {
        List<Predicate<Lex>> tests = new ArrayList<>();
        for (Cue role : Cue.values()) {
            tests.add(lex -> lex instanceof Lex.CueWord c && c.cue() == role);
        }
        return List.copyOf(tests);
    }

    /** A cue of one of the roles {@code cues} that ends just before token {@code end}, longest first. */
    Hit cueEndingAt(int end, Cue... cues) {
        for (int s = Math.max(0, end - longestPhrase); s < end; s++) {
            List<Hit> at = hits.get(s);
            for (int k = 0; k < at.size(); k++) {
                Hit h = at.get(k);
                if (h.end() == end && !h.definite() && h.lex() instanceof Lex.CueWord c && isOneOf(c.cue(), cues)) {
                    return h;
                }
            }
        }
        return null;
    }

    /** A phrase of type {@code type} (plain reading) that ends just before token {@code end}. */
    <T extends Lex> Hit endingAt(int end, Class<T> type) {
        for (int s = Math.max(0, end - longestPhrase); s < end; s++) {
            List<Hit> at = hits.get(s);
            for (int k = 0; k < at.size(); k++) {
                Hit h = at.get(k);
                if (h.end() == end && !h.definite() && type.isInstance(h.lex())) {
                    return h;
                }
            }
        }
        return null;
    }

    private static boolean isOneOf(Cue c, Cue[] cues) {
        for (Cue x : cues) {
            if (x == c) {
                return true;
            }
        }
        return false;
    }

    /**
     * The spellings of a word to look up, the word itself first: without و/ف, without ب/ل after them
     * (لل + X is ل + الX), and each of those without the article, marked definite.
     */
    private static List<Form> forms(String w) {
        List<Form> out = new ArrayList<>(6);
        out.add(new Form(w, 0, false));
        if (w.length() >= 2 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
            out.add(new Form(w.substring(1), 1, false));
        }
        int bases = out.size(); // the word, and the word without و/ف: read from out, not from a list of their own
        for (int k = 0; k < bases; k++) {
            Form base = out.get(k);
            String b = base.text();
            if (b.length() >= 2 && (b.charAt(0) == 'ب' || b.charAt(0) == 'ل')) {
                out.add(new Form(b.substring(1), base.strip() + 1, false));
                if (b.startsWith("لل") && b.length() >= 4) {
                    out.add(new Form("ا" + b.substring(1), base.strip() + 1, false)); // للعام = ل + العام
                }
            }
        }
        int plain = out.size();
        for (int k = 0; k < plain; k++) {
            Form f = out.get(k);
            if (f.text().startsWith("ال") && f.text().length() >= 3) {
                out.add(new Form(f.text().substring(2), f.strip(), true));
            }
        }
        return out;
    }

    private List<Hit> findHits(int i, List<Form> forms, TimeLexicon lexicon) {
        List<Hit> found = null; // made at the first hit: most words the word cache lets through have none
        for (int fi = 0; fi < forms.size(); fi++) {
            Form f = forms.get(fi);
            // what is left after stripping must be a real word, not a stray letter (به → ه)
            if (f.strip() > 0 && f.text().length() < 2 && !isDigits(f.text())) {
                continue;
            }
            List<TimeLexicon.Phrase> phrases = lexicon.startingWith(f.text());
            for (int pi = 0; pi < phrases.size(); pi++) {
                TimeLexicon.Phrase p = phrases.get(pi);
                if (f.definite() && p.words().size() > 1) {
                    continue; // the article is stripped only from one-word entries
                }
                int end = matchRest(i, p.words());
                if (end > 0) {
                    if (found == null) {
                        found = new ArrayList<>(2);
                    }
                    found.add(new Hit(p.lex(), i, end, f.strip(), f.definite()));
                }
            }
        }
        return found == null ? List.of() : found;
    }

    /** The token after the phrase if words 2.. of {@code words} follow token {@code i}, else -1. */
    private int matchRest(int i, List<String> words) {
        int j = i + 1;
        for (int k = 1; k < words.size(); k++, j++) {
            if (!isWord(j, words.get(k))) {
                return -1;
            }
        }
        return j;
    }

    private static Num parseNumber(List<Form> forms) {
        for (int fi = 0; fi < forms.size(); fi++) { // indexed: no iterator per number (speed40)
            Form f = forms.get(fi);
            String s = f.text();
            char mark = 0;
            if (s.length() > 1 && (s.endsWith("ه") || s.endsWith("م"))) {
                mark = s.charAt(s.length() - 1);
                s = s.substring(0, s.length() - 1);
            }
            if (!s.isEmpty() && s.length() <= 9 && isDigits(s)) {
                return new Num(Integer.parseInt(s), s.length(), f.strip(), f.definite(), mark);
            }
        }
        return null;
    }

    private static boolean hasDigit(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
