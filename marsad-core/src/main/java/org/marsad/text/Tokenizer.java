package org.marsad.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits original text into word, number and punctuation tokens with their offsets.
 *
 * <p>Words are runs of letters and combining marks; tatweel, zero-width and bidi controls inside a
 * word do not split it (they are removed by normalization). A number may carry internal separators
 * between digits (10.5, 1,000, ٢٠٢٤٫٥). Every other non-space character is a punctuation token of its
 * own, so quotes glued to a clitic (لـ”روسيا) come out as three tokens. Tokens carry no segments yet:
 * {@link CliticSegmenter} adds them.
 */
public final class Tokenizer {

    public List<Token> tokenize(String text) {
        TokenSpans spans = scan(text);
        List<Token> tokens = new ArrayList<>(spans.size() + 1);
        boolean newline = false;
        for (int c = 0; c < spans.size(); c++) {
            newline |= spans.newlineBefore[c];
            String surface = text.substring(spans.starts[c], spans.ends[c]);
            TokenKind kind = spans.kinds[c];
            String norm = kind == TokenKind.PUNCT ? surface : ArabicNormalizer.normalize(surface);
            if (kind == TokenKind.WORD && norm.isEmpty()) {
                continue; // only marks or tatweel: nothing to match (a pending line break goes to the next token)
            }
            tokens.add(new Token(tokens.size(), spans.starts[c], spans.ends[c], kind, norm, FixedList.of(), -1, newline));
            newline = false;
        }
        return tokens;
    }

    /**
     * Where the tokens are, before normalization: offsets, kinds and line breaks in parallel arrays, with no
     * object per token. A word whose normalized form turns out empty (only marks or tatweel) is still among
     * them: {@link #tokenize} and {@link TextAnalyzer} drop it, and give its line break to the next token.
     */
    TokenSpans scan(String text) {
        return scan(text, new TokenSpans(text.length() / 5 + 4));
    }

    /** {@link #scan(String)} into {@code spans}, emptied first (a thread's spans, reused from text to text). */
    TokenSpans scan(String text, TokenSpans spans) {
        return scan(text.toCharArray(), text.length(), spans);
    }

    /**
     * {@link #scan(String, TokenSpans)} of the text {@code text[0, n)}, read from an array: the analyzer copies each
     * text into an array it reuses, because under C1 (as {@code marsad ingest} runs the coder) every
     * {@code String.codePointAt} is a call with its own index checks, and the scan makes two or three per character.
     */
    TokenSpans scan(char[] text, int n, TokenSpans spans) {
        return scan(text, 0, n, spans);
    }

    /**
     * {@link #scan(char[], int, TokenSpans)} of {@code text[from, n)}, offsets into the whole text: {@code from} is
     * where a token may begin (after page furniture that ends with a space, {@link PageFurniture}).
     */
    TokenSpans scan(char[] text, int from, int n, TokenSpans spans) {
        spans.clear((n - from) / 5 + 4);
        int i = from;
        boolean newline = false;
        while (i < n) {
            int cp = codePointAt(text, i, n);
            int width = Character.charCount(cp);
            if (cp == ' ' || !isArabicWordChar(cp)
                    && (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || isInvisible(cp))) {
                if (cp == '\n' || cp == '\r' || cp == 0x2029 || cp == 0x2028 || cp == 0x85) {
                    newline = true;
                }
                i += width;
                continue;
            }
            int start = i;
            TokenKind kind;
            if (isWordChar(cp)) {
                boolean sawLetter = false;
                boolean allDigits = true;
                int end = i;
                while (i < n) {
                    int c = codePointAt(text, i, n);
                    if (c == ' ') {
                        break; // how most words end: spares the three Unicode table look-ups of the tests below
                    }
                    int w = Character.charCount(c);
                    if (isWordChar(c)) {
                        if (isDigit(c)) {
                            // keep digits and letters together only when glued (C4, إف16)
                        } else if (isLetter(c)) {
                            sawLetter = true;
                            allDigits = false;
                        }
                        i += w;
                        end = i;
                    } else if (isInvisible(c) && i + w < n && isWordChar(codePointAt(text, i + w, n)) && end == i) {
                        i += w; // zero-width or bidi control inside a word
                    } else if (isNumberSeparator(c) && allDigits && !sawLetter && i + w < n
                            && Character.isDigit(codePointAt(text, i + w, n)) && i > start
                            && Character.isDigit(Character.codePointBefore(text, i))) {
                        i += w; // 10.5, 1,000
                    } else {
                        break;
                    }
                }
                i = end;
                kind = sawLetter ? TokenKind.WORD : TokenKind.NUMBER;
            } else {
                i += width;
                kind = TokenKind.PUNCT;
            }
            spans.add(start, i, kind, newline);
            newline = false;
        }
        return spans;
    }

    /** {@link String#codePointAt} of {@code text[0, n)}: the character itself unless it opens a surrogate pair. */
    private static int codePointAt(char[] text, int i, int n) {
        char c = text[i];
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text[i + 1])) {
            return Character.toCodePoint(c, text[i + 1]);
        }
        return c;
    }

    /** {@link Character#isDigit} and {@link Character#isLetter} of U+0600..U+06FF, read once from those methods. */
    private static final byte[] ARABIC_BLOCK = new byte[0x100];
    private static final byte DIGIT = 1;
    private static final byte LETTER = 2;

    static {
        for (int c = 0x0600; c <= 0x06FF; c++) {
            ARABIC_BLOCK[c - 0x0600] = Character.isDigit(c) ? DIGIT : Character.isLetter(c) ? LETTER : 0;
        }
    }

    private static boolean isDigit(int cp) {
        return cp >= 0x0600 && cp <= 0x06FF ? ARABIC_BLOCK[cp - 0x0600] == DIGIT : Character.isDigit(cp);
    }

    private static boolean isLetter(int cp) {
        return cp >= 0x0600 && cp <= 0x06FF ? ARABIC_BLOCK[cp - 0x0600] == LETTER : Character.isLetter(cp);
    }

    static boolean isWordChar(int cp) {
        if (isArabicWordChar(cp) || Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || cp == 'ـ';
    }

    /**
     * The letters, marks, tatweel and digits of the basic Arabic block (not its punctuation ٪ ٫ ٬ ٭ ۔):
     * the bulk of every text, answered without the Unicode property tables, which profiling showed to
     * cost a tenth of the text layer.
     */
    static boolean isArabicWordChar(int cp) {
        return cp >= 0x0620 && cp <= 0x0669 || cp >= 0x066E && cp <= 0x06D3;
    }

    /** Format characters (zero-width joiners, bidi controls, BOM) that are neither words nor separators. */
    static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.FORMAT;
    }

    private static boolean isNumberSeparator(int cp) {
        return cp == '.' || cp == ',' || cp == '٫' || cp == '٬';
    }
}
