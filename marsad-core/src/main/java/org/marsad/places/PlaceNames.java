package org.marsad.places;

import java.util.ArrayList;
import java.util.List;
import org.marsad.text.ArabicNormalizer;

/**
 * The two things every part of the gazetteer must agree on: how a name becomes a lookup key, and
 * which raw GeoNames names are good enough to ship.
 */
final class PlaceNames {
    /** Longer names in GeoNames are descriptions ("جزيرة أبوظبي وجزر داخلية اخرى"), not names news uses. */
    static final int MAX_WORDS = 4;

    private PlaceNames() {
    }

    /**
     * The lookup key of a name: its words, each normalized and without a leading article ال when
     * at least two letters remain. That is the actor dictionary's convention and mirrors what
     * {@link org.marsad.text.CliticSegmenter} offers for a text word, so "القاهرة" and "قاهرة" both
     * become [قاهره] and match "القاهرة", "بالقاهرة", "للقاهرة".
     */
    static List<String> key(String name) {
        String norm = ArabicNormalizer.normalize(name);
        List<String> words = new ArrayList<>(2);
        int n = norm.length();
        for (int i = 0; i < n; ) {
            while (i < n && Character.isWhitespace(norm.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(norm.charAt(i))) {
                i++;
            }
            if (i > start) {
                boolean article = norm.startsWith("ال", start) && i - start >= 4;
                words.add(norm.substring(article ? start + 2 : start, i));
            }
        }
        return words;
    }

    /** The key as one string, words separated by a space (for maps and stoplists). */
    static String keyString(String name) {
        return String.join(" ", key(name));
    }

    /**
     * A raw GeoNames or mledoze name, cleaned for display and matching, or null when it is not a
     * usable Arabic name. Cleaning: a parenthetical is dropped ("ميانمار (بورما)"); of a
     * Wikipedia-style "City، Region" only the city is kept; diacritics, tatweel and bidi marks are
     * removed (matching ignores them anyway). Rejected:
     * <ul>
     *   <li>anything but Arabic letters and spaces: Persian, Urdu, Sindhi or Kurdish letters (ڤ ڪ ڊ ۍ ...), the
     *       zero-width non-joiner of Persian typography (رام‌الله), Latin, digits, punctuation;</li>
     *   <li>a letter three times in a row (ااالخرطوم, تووومبا): typos;</li>
     *   <li>a one-letter word (د مشق): a broken name;</li>
     *   <li>more than {@value #MAX_WORDS} words;</li>
     *   <li>a one-word name of fewer than three letters (بن Bonn, ام Hamme, اب Ibb): every such string is
     *       also a frequent Arabic word. The few real ones news needs (قم Qom) come from the reviewed supplement.</li>
     * </ul>
     */
    static String clean(String raw) {
        String s = raw;
        s = s.replaceAll("\\([^)]*\\)", " ");
        int comma = indexOfAny(s, "،,");
        if (comma >= 0) {
            s = s.substring(0, comma);
        }
        if (s.indexOf('\u200C') >= 0 || s.indexOf('\u200D') >= 0) {
            return null; // Persian typography: the name is Persian
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                b.append(' ');
            } else if (isArabicLetter(c)) {
                b.append(c);
            } else if (!ArabicNormalizer.isTransparent(c)) {
                return null;
            }
        }
        String cleaned = b.toString().trim().replaceAll(" +", " ");
        if (cleaned.isEmpty() || hasTripleLetter(ArabicNormalizer.normalize(cleaned))) {
            return null;
        }
        String[] words = cleaned.split(" ");
        if (words.length > MAX_WORDS) {
            return null;
        }
        for (String w : words) {
            if (w.length() < 2) {
                return null;
            }
        }
        List<String> key = key(cleaned);
        if (key.size() == 1 && key.get(0).length() < 3) {
            return null;
        }
        return cleaned;
    }

    /** The 28 letters, hamza forms, ta marbuta and alef maqsura; nothing Persian or Urdu. */
    static boolean isArabicLetter(char c) {
        return c >= 'ء' && c <= 'غ' || c >= 'ف' && c <= 'ي' || c == 'ٱ';
    }

    private static boolean hasTripleLetter(String s) {
        for (int i = 2; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c == s.charAt(i - 1) && c == s.charAt(i - 2)) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
