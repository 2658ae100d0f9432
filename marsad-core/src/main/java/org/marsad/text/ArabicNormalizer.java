package org.marsad.text;

import java.text.Normalizer;

/**
 * Normalization of Arabic for matching (never for display): the original text is kept and every
 * token keeps its original offsets, so folding here is free to be aggressive.
 *
 * <ul>
 *   <li>Presentation forms and full-width characters: Unicode NFKC (ﻻ → لا). NFKC is applied only to
 *       those blocks, because on the rest of Arabic it changes nothing we want and costs time.</li>
 *   <li>Tashkeel (fatha, tanween, shadda, sukun ...), superscript alef, Quranic marks and tatweel: removed.</li>
 *   <li>Alef variants أ إ آ ٱ → ا; alef maqsura ى → ي; ta marbuta ة → ه.</li>
 *   <li>Arabic-Indic (٠-٩) and Persian (۰-۹) digits → ASCII digits.</li>
 *   <li>Persian/Urdu letters that news sometimes carries (ک ی) → Arabic (ك ي).</li>
 *   <li>Zero-width and bidi control characters: removed.</li>
 * </ul>
 */
public final class ArabicNormalizer {
    private ArabicNormalizer() {
    }

    /** The normalized form of {@code s}. Returns the same string when nothing changes. */
    public static String normalize(CharSequence s) {
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            int f = fold(c);
            if (f == c) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n);
                out.append(s, 0, i);
            }
            if (f == NFKC) {
                String decomposed = nfkc(c);
                // unassigned code points and noncharacters (U+FDD0..U+FDEF) are their own NFKC: folding them
                // again would recurse for ever (found by TextLayerFuzzTest)
                out.append(isItself(decomposed, c) ? decomposed : normalize(decomposed));
            } else if (f >= 0) {
                out.append((char) f);
            }
        }
        return out == null ? s.toString() : out.toString();
    }

    /**
     * Appends the normalized form of {@code s[from, to)} to {@code out}: the same folding as {@link #normalize},
     * without a string per word (the analyzer looks the word up in its cache by these characters).
     */
    static void normalizeInto(CharSequence s, int from, int to, WordKeys out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            int f = fold(c);
            if (f == c) {
                out.append(c);
            } else {
                appendFolded(c, f, out);
            }
        }
    }

    /**
     * {@link #normalizeInto(CharSequence, int, int, WordKeys)} of an array's characters: the analyzer's, with no
     * interface call per character (C1, as {@code marsad ingest} runs the coder, keeps every one of them).
     */
    static void normalizeInto(char[] s, int from, int to, WordKeys out) {
        for (int i = from; i < to; i++) {
            char c = s[i];
            int f = fold(c);
            if (f == c) {
                out.append(c);
            } else {
                appendFolded(c, f, out);
            }
        }
    }

    /** Appends what {@code c} folds to, {@code f} = {@link #fold}(c) ≠ c: nothing, a character, or its NFKC. */
    private static void appendFolded(char c, int f, WordKeys out) {
        if (f == NFKC) {
            String decomposed = nfkc(c);
            if (isItself(decomposed, c)) {
                out.append(c); // its own NFKC (see normalize): kept as it is
            } else {
                normalizeInto(decomposed, 0, decomposed.length(), out);
            }
        } else if (f >= 0) {
            out.append((char) f);
        }
    }

    private static final int DROP = -1;
    private static final int NFKC = -2;

    /**
     * The NFKC of each character {@link #foldSlowly} decomposes (U+FB50..U+FDFF, U+FE70..U+FEFE, U+FF01..U+FF5E, at
     * {@link #nfkcSlot}), made when first met: a text in presentation forms made two strings per character
     * (BENCHMARKS.md, speed32). Filled racily: a thread that sees null makes the same string again.
     */
    private static final String[] NFKC_OF = new String[(0xFDFF - 0xFB50 + 1) + (0xFEFE - 0xFE70 + 1)
            + (0xFF5E - 0xFF01 + 1)];

    private static int nfkcSlot(char c) {
        if (c <= 0xFDFF) {
            return c - 0xFB50;
        }
        return c <= 0xFEFE ? (0xFDFF - 0xFB50 + 1) + (c - 0xFE70)
                : (0xFDFF - 0xFB50 + 1) + (0xFEFE - 0xFE70 + 1) + (c - 0xFF01);
    }

    /** {@code Normalizer.normalize(String.valueOf(c), NFKC)} of a character {@link #fold} gives {@link #NFKC}. */
    private static String nfkc(char c) {
        int slot = nfkcSlot(c);
        String d = NFKC_OF[slot];
        if (d == null) {
            d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            NFKC_OF[slot] = d;
        }
        return d;
    }

    /** Whether {@code decomposed} is {@code c} alone: the character is its own NFKC. */
    private static boolean isItself(String decomposed, char c) {
        return decomposed.length() == 1 && decomposed.charAt(0) == c;
    }

    /** {@link #foldSlowly} of the Arabic block U+0600..U+06FF, where nearly every character of the text lies. */
    private static final int[] ARABIC_BLOCK = new int[0x100];

    static {
        for (int i = 0; i < ARABIC_BLOCK.length; i++) {
            ARABIC_BLOCK[i] = foldSlowly((char) (0x0600 + i));
        }
    }

    /** The folded character, {@link #DROP} to remove it, or {@link #NFKC} to decompose it. */
    static int fold(char c) {
        if (c < 0x0600) {
            return c;
        }
        return c < 0x0700 ? ARABIC_BLOCK[c - 0x0600] : foldSlowly(c);
    }

    private static int foldSlowly(char c) {
        if (c < 0x0600) {
            return c;
        }
        switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ':
                return 'ا';
            case 'ى', 'ی':
                return 'ي';
            case 'ة':
                return 'ه';
            case 'ک':
                return 'ك';
            case 'ـ': // tatweel
            case '\u0670': // superscript alef
                return DROP;
            default:
                break;
        }
        if (c >= 0x064B && c <= 0x065F) { // tashkeel
            return DROP;
        }
        if (c >= 0x0610 && c <= 0x061A || c >= 0x06D6 && c <= 0x06ED) { // Quranic annotation marks
            return DROP;
        }
        if (c >= 0x0660 && c <= 0x0669) {
            return '0' + (c - 0x0660);
        }
        if (c >= 0x06F0 && c <= 0x06F9) {
            return '0' + (c - 0x06F0);
        }
        if (c >= 0x200B && c <= 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069
                || c == 0xFEFF || c == 0x061C || c == 0x2060) {
            return DROP; // zero-width and bidi controls
        }
        if (c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFE || c >= 0xFF01 && c <= 0xFF5E) {
            return NFKC;
        }
        return c;
    }

    /** True for characters that are removed by normalization and do not separate words. */
    public static boolean isTransparent(char c) {
        return c == 'ـ' || c >= 0x064B && c <= 0x065F || c == 0x0670 || c >= 0x0610 && c <= 0x061A
                || c >= 0x06D6 && c <= 0x06ED || c >= 0x200B && c <= 0x200F || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069 || c == 0xFEFF || c == 0x061C || c == 0x2060;
    }
}
