package org.marsad.store;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.marsad.model.ActorCodes;
import org.marsad.text.ArabicNormalizer;

/**
 * When two coded events report the same real-world event (GDELT's "one event, many mentions"): the same dyad
 * of primary actors (RUS for RUSGOV), the same or compatible CAMEO codes, dates at most one day apart (the
 * event's own date, else its article's publication date; a month or a year only equal to itself), and similar
 * evidence: the normalized words of the evidence, or of its sentence, overlap by {@value #MIN_SIMILARITY} or
 * more (Jaccard).
 */
final class Stories {
    /** The least Jaccard overlap of evidence (or sentence) words for two events to be one story. */
    static final double MIN_SIMILARITY = 0.3;

    /** Roots that describe one event from different angles: an assault, a fight and mass violence. */
    private static final Set<String> VIOLENCE = Set.of("18", "19", "20");

    private Stories() {
    }

    /** The actor side of the cluster key: the primary code, or '' for an unidentified side. */
    static String key(String code) {
        String p = ActorCodes.primary(code);
        return p == null ? "" : p;
    }

    /** The date an event is clustered on: its own date, else its article's publication date, else ''. */
    static String clusterDate(String eventDate, LocalDate published) {
        if (eventDate != null && !eventDate.isBlank()) {
            return eventDate;
        }
        return published == null ? "" : published.toString();
    }

    /** The first and last story day a date may join ({@code [d-1, d+1]} for a day, the date itself otherwise). */
    static String[] window(String date) {
        if (date.length() == 10) {
            try {
                LocalDate d = LocalDate.parse(date);
                return new String[] {d.minusDays(1).toString(), d.plusDays(1).toString()};
            } catch (DateTimeParseException e) {
                return new String[] {date, date};
            }
        }
        return new String[] {date, date};
    }

    /**
     * True when two CAMEO codes may describe one event: the same root; two violent roots (18, 19, 20); or an
     * intent and the act it announces (033 provide aid / 07, 031 / 06, 032 / 05, 034 / 08, 036 / 04).
     */
    static boolean compatible(String codeA, String codeB) {
        String a = actRoot(codeA);
        String b = actRoot(codeB);
        if (a == null || b == null) {
            return false;
        }
        return a.equals(b) || VIOLENCE.contains(a) && VIOLENCE.contains(b);
    }

    /** The root of a code, with intents (03x) mapped to the root of the act they announce. */
    static String actRoot(String code) {
        if (code == null || code.length() < 2) {
            return null;
        }
        if (code.startsWith("03") && code.length() >= 3) {
            switch (code.charAt(2)) {
                case '1': return "06";
                case '2': return "05";
                case '3': return "07";
                case '4': return "08";
                case '6': return "04";
                default: break;
            }
        }
        return code.substring(0, 2);
    }

    /** Normalized words (letters and digits) with the article and common proclitics stripped, space-separated. */
    static String terms(String text) {
        if (text == null) {
            return "";
        }
        String norm = ArabicNormalizer.normalize(text);
        Set<String> out = new LinkedHashSet<>();
        // the words are the maximal runs of letters and numbers (what splitting on [^\p{L}\p{N}]+ gave, by code
        // point): one scan instead of the regex, which was half of this function on an ingest's coding thread
        int start = -1;
        int n = norm.length();
        for (int i = 0; i < n; ) {
            int cp = norm.codePointAt(i);
            boolean inWord = isWordCodePoint(cp);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                addStemmed(out, norm.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            addStemmed(out, norm.substring(start, n));
        }
        return String.join(" ", out);
    }

    /** The general categories of regex's \p{L} and \p{N}: the five letter and the three number categories. */
    private static final int WORD_TYPES = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;

    static boolean isWordCodePoint(int cp) {
        return (WORD_TYPES >>> Character.getType(cp) & 1) != 0;
    }

    private static void addStemmed(Set<String> out, String word) {
        String w = stem(word);
        if (w.length() >= 2) {
            out.add(w);
        }
    }

    static String stem(String w) {
        for (String p : new String[] {"وال", "بال", "فال", "كال", "لل", "ال"}) {
            if (w.startsWith(p) && w.length() - p.length() >= 2) {
                return w.substring(p.length());
            }
        }
        if ((w.startsWith("و") || w.startsWith("ف")) && w.length() > 3) {
            return w.substring(1);
        }
        return w;
    }

    /** Jaccard similarity of two {@link #terms} strings. */
    static double similarity(String a, String b) {
        return termSet(a).similarity(b.getBytes(StandardCharsets.UTF_8));
    }

    /** The words of a {@link #terms} string, split once for comparing it with many stories. */
    static TermSet termSet(String terms) {
        return new TermSet(terms);
    }

    /**
     * The distinct words of one {@link #terms} string as UTF-8 bytes, in an open-addressed hash table, compared with
     * other terms given as UTF-8 bytes. A story's terms are compared with every event of its dyad and days, the
     * costliest part of clustering at ingest: read from the database as bytes they are neither decoded into a
     * {@code String} nor cut into one {@code String} per word (JFR of the writer thread: the decoding, the words'
     * substrings and their hash look-ups were a quarter of its Java samples).
     */
    static final class TermSet {
        private final byte[][] table; // a power of two long, at most half full; null marks a free slot
        private final int size;

        private TermSet(String terms) {
            String[] words = terms.isEmpty() ? new String[0] : terms.split(" ");
            table = new byte[Integer.highestOneBit(Math.max(1, words.length)) * 4][];
            int n = 0;
            for (String w : words) {
                byte[] b = w.getBytes(StandardCharsets.UTF_8);
                int slot = slot(b, 0, b.length);
                if (table[slot] == null) {
                    table[slot] = b;
                    n++;
                }
            }
            size = n;
        }

        /**
         * Jaccard similarity of these words and those of a {@link #terms} string in UTF-8 (null or empty: none). Its
         * words are distinct ({@link #terms} keeps each once), so they are counted as they are read, without a set of
         * their own; a space byte is never part of another character's UTF-8 sequence.
         */
        double similarity(byte[] other) {
            if (size == 0 || other == null || other.length == 0) {
                return 0;
            }
            int inter = 0;
            int count = 0;
            int from = 0;
            while (from <= other.length) {
                int end = from;
                while (end < other.length && other[end] != ' ') {
                    end++;
                }
                count++;
                if (table[slot(other, from, end)] != null) {
                    inter++;
                }
                from = end + 1;
            }
            return inter / (double) (size + count - inter);
        }

        /** The slot holding bytes {@code [from, to)} of {@code b}, or the free slot where they would go. */
        private int slot(byte[] b, int from, int to) {
            int h = 1;
            for (int i = from; i < to; i++) {
                h = 31 * h + b[i];
            }
            int mask = table.length - 1;
            for (int i = (h ^ (h >>> 16)) & mask; ; i = (i + 1) & mask) {
                byte[] t = table[i];
                if (t == null || Arrays.equals(t, 0, t.length, b, from, to)) {
                    return i;
                }
            }
        }
    }
}
