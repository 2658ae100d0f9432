package org.marsad.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.marsad.model.Sentence;
import org.marsad.model.Span;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Token;

/**
 * Arabic full-text search on Marsad's own tokens. The database engines (SQLite FTS5, PostgreSQL text
 * search) only split our index documents on spaces: all the Arabic work happens here, the same way for
 * documents and queries, so وبالمفاوضات is indexed as مفاوضات (its preferred stem) and وبالمفاوضات (its
 * normalized form), and a query for مفاوضات or المفاوضات finds it. Names keep their letters: the clitic
 * segmenter strips clitics only, and prefers the whole word when no reading is known (بوتين, كوريا).
 *
 * <p>Snippets are cut from the article's original text by token offsets, never from an index document,
 * and are returned as plain text plus highlight offsets: article text is untrusted and never becomes markup.
 */
public final class FullText {
    private FullText() {
    }

    /** The index document of a text: for each word or number its preferred stem, plus its normalized form if different. */
    public static String terms(AnalyzedText text) {
        return pass(text, false).terms();
    }

    /**
     * A text's index document ({@link #terms}) and its {@link Fingerprint} ({@link Fingerprint#of}: the content hash of
     * its normalized words and their MinHash signature), the same values, made in one pass over its tokens: an ingest
     * needs both for every article, on the coding thread (its longest job, BENCHMARKS.md ingest20), where two passes
     * each read every token's normalized form, and the content hash went through a list, a joined string and its UTF-8
     * copy (ingest21).
     */
    record Indexed(String terms, Fingerprint fingerprint) {
    }

    /** {@link #terms} and {@link Fingerprint#of} of a text, in one pass over its tokens. */
    static Indexed withFingerprint(AnalyzedText text) {
        return pass(text, true);
    }

    private static Indexed pass(AnalyzedText text, boolean fingerprint) {
        // written into a char array, its case checked there, and made a string once: this runs for every article on
        // the coding thread, and under C1 a StringBuilder (an append per term and per space, then String.charAt over
        // the document) cost more. Each token's stem is read once: it is three references away (ingest16's JFR)
        List<Token> tokens = text.tokens();
        int n = tokens.size();
        char[] doc = new char[text.text().length() * 2 + 16];
        int at = 0;
        // the fingerprint's words: the UTF-8 bytes of the normalized words joined by spaces (what is hashed), and
        // each word's hash for the signature; a word's characters are read back from the document, where they are
        byte[] words = fingerprint ? new byte[text.text().length() * 2 + 16] : null;
        int bytes = 0;
        long[] wordHashes = fingerprint ? new long[n] : null;
        int count = 0;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (t.isPunct()) {
                continue;
            }
            String stem = t.stem();
            String norm = t.norm();
            boolean both = !norm.equals(stem);
            int need = at + stem.length() + 2 + (both ? norm.length() + 1 : 0);
            if (need > doc.length) {
                doc = java.util.Arrays.copyOf(doc, Math.max(need, doc.length * 2));
            }
            at = put(doc, at, stem);
            if (both) {
                at = put(doc, at, norm);
            }
            if (fingerprint) {
                int len = norm.length(); // its characters end at {@code at} either way (none written when empty)
                if (bytes + 1 + 3 * len > words.length) {
                    words = java.util.Arrays.copyOf(words, Math.max(bytes + 1 + 3 * len, words.length * 2));
                }
                if (count > 0) {
                    words[bytes++] = ' ';
                }
                bytes = utf8(doc, at - len, at, words, bytes);
                wordHashes[count++] = MinHash.wordHash(norm);
            }
        }
        String terms = new String(doc, 0, at);
        terms = hasFoldableCapital(doc, at) ? terms.toLowerCase(Locale.ROOT) : terms; // once: terms are separated by spaces
        return new Indexed(terms, fingerprint
                ? new Fingerprint(Sha256.hex(words, bytes), MinHash.signature(wordHashes, count)) : null);
    }

    /**
     * Writes {@code chars[from, to)} as UTF-8 at {@code at} and returns where it ends: the bytes
     * {@code String.getBytes(UTF_8)} gives, half a surrogate pair included (a '?', as the JDK replaces it).
     */
    static int utf8(char[] chars, int from, int to, byte[] out, int at) {
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(chars[i + 1])) {
                int cp = Character.toCodePoint(c, chars[++i]);
                out[at++] = (byte) (0xF0 | cp >> 18);
                out[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | cp & 0x3F);
            } else {
                out[at++] = '?';
            }
        }
        return at;
    }

    /** Writes a term at {@code at}, after a space unless it is the first; an empty term is not written. */
    private static int put(char[] doc, int at, String term) {
        int len = term.length();
        if (len == 0) {
            return at;
        }
        if (at > 0) {
            doc[at++] = ' ';
        }
        term.getChars(0, len, doc, at);
        return at + len;
    }

    /**
     * The index document cut to what a PostgreSQL tsvector can hold: its lexemes and their positions take at
     * most 1 MB, counted here as PostgreSQL stores them (each distinct term's UTF-8 bytes aligned to 2, a
     * 2-byte count, 2 bytes per occurrence up to 256). Once {@code maxBytes} is spent, occurrences that would
     * cost more are left out. Only an enormous article reaches it.
     */
    static String withinTsvectorBytes(String terms, int maxBytes) {
        if (terms.length() * 6L <= maxBytes) {
            return terms; // cannot exceed: a term of n characters and its space cost at most 3n + 5 bytes
        }
        java.util.Map<String, Integer> occurrences = new java.util.HashMap<>();
        long bytes = 0;
        StringBuilder sb = new StringBuilder(terms.length());
        for (String t : terms.split(" ")) {
            Integer n = occurrences.get(t);
            long cost = n == null ? (t.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1) / 2 * 2 + 4
                    : n < 256 ? 2 : 0;
            if (bytes + cost > maxBytes) {
                continue;
            }
            bytes += cost;
            occurrences.put(t, n == null ? 1 : n + 1);
            append(sb, t);
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String term) {
        if (term.isEmpty()) {
            return;
        }
        if (sb.length() > 0) {
            sb.append(' ');
        }
        sb.append(term);
    }

    /**
     * Terms (one, or a document of them) in lower case when they hold a non-ASCII capital (Ä, É, Д): SQLite's
     * 'ascii' tokenizer folds the case of ASCII letters only, and documents and queries must meet (PostgreSQL
     * lowers every letter itself). Arabic has no case, so almost every text is returned as it is.
     */
    static String foldCase(String terms) {
        return hasFoldableCapital(terms.toCharArray(), terms.length()) ? terms.toLowerCase(Locale.ROOT) : terms;
    }

    /** True when {@code chars[0, length)} hold a non-ASCII capital, which SQLite's 'ascii' tokenizer would not fold. */
    private static boolean hasFoldableCapital(char[] chars, int length) {
        // an index document is almost all Arabic letters, and this runs over every one of its characters on the
        // coding thread: the block U+0600–U+06FF has no capitals (FullTextTest checks each), so its characters skip
        // Character.isUpperCase's table look-up (JFR of an ingest of 10,000 records under C1: the look-ups were 19 of
        // the coding thread's 673 samples, 5 of 694 with this test first)
        for (int i = 0; i < length; i++) {
            char ch = chars[i];
            if (ch >= 0x80 && (ch < 0x0600 || ch > 0x06FF) && Character.isUpperCase(ch)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A parsed query: every word must match (AND); a word matches a document term equal to its preferred
     * stem or its normalized form (OR).
     */
    public record Query(String text, List<List<String>> words) {
        public Query {
            words = words.stream().map(List::copyOf).toList();
        }

        public static Query parse(String text, Function<String, AnalyzedText> analyzer) {
            List<List<String>> words = new ArrayList<>();
            Set<Set<String>> seen = new java.util.HashSet<>();
            for (Token t : analyzer.apply(text).tokens()) {
                if (t.isPunct()) {
                    continue;
                }
                Set<String> alternatives = new LinkedHashSet<>();
                alternatives.add(t.stem());
                alternatives.add(t.norm());
                alternatives.removeIf(String::isEmpty);
                if (!alternatives.isEmpty() && seen.add(alternatives)) {
                    words.add(List.copyOf(alternatives));
                }
            }
            return new Query(text, words);
        }

        public boolean isEmpty() {
            return words.isEmpty();
        }

        /** The FTS5 MATCH expression: each term a quoted string (quotes doubled), bound as a parameter. */
        public String fts5() {
            return join(" AND ", " OR ", t -> '"' + foldCase(t).replace("\"", "\"\"") + '"');
        }

        /** The PostgreSQL tsquery text (for {@code to_tsquery('simple', ?)}): each term a quoted lexeme. */
        public String tsquery() {
            return join(" & ", " | ", t -> "'" + t.replace("\\", "\\\\").replace("'", "''") + "'");
        }

        private String join(String and, String or, Function<String, String> quote) {
            List<String> groups = new ArrayList<>();
            for (List<String> alts : words) {
                groups.add("(" + String.join(or, alts.stream().map(quote).toList()) + ")");
            }
            return String.join(and, groups);
        }

        /** Which query word (index into {@link #words}) a token matches, or -1. */
        int match(Token t) {
            String stem = t.stem().toLowerCase(Locale.ROOT);
            String norm = t.norm().toLowerCase(Locale.ROOT);
            for (int i = 0; i < words.size(); i++) {
                for (String alt : words.get(i)) {
                    String a = alt.toLowerCase(Locale.ROOT);
                    if (a.equals(stem) || a.equals(norm)) {
                        return i;
                    }
                }
            }
            return -1;
        }
    }

    /**
     * A piece of an article's original text around the query's words.
     *
     * @param text       the characters of the article from {@code start}, unchanged
     * @param start      offset of the snippet in the article's text
     * @param highlights the matched words, as offsets into {@code text}
     */
    public record Snippet(String text, int start, List<Span> highlights) {
        public Snippet {
            highlights = List.copyOf(highlights);
        }

        /** The snippet with every highlight between plain brackets, for terminals and plain text. */
        public String bracketed() {
            StringBuilder sb = new StringBuilder(text.length() + highlights.size() * 2);
            int at = 0;
            for (Span h : highlights) {
                sb.append(text, at, h.start()).append('[').append(text, h.start(), h.end()).append(']');
                at = h.end();
            }
            return sb.append(text, at, text.length()).toString();
        }
    }

    /**
     * The best snippet of at most about {@code maxChars} characters: the sentence holding the most
     * distinct query words (the first such), cut around its first match when it is too long.
     */
    public static Snippet snippet(AnalyzedText text, Query query, int maxChars) {
        List<Token> tokens = text.tokens();
        int[] matched = new int[tokens.size()];
        int bestSentence = -1;
        int bestCount = 0;
        int sentence = -1;
        Set<Integer> distinct = new java.util.HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.sentence() != sentence) {
                sentence = t.sentence();
                distinct.clear();
            }
            matched[i] = t.isPunct() ? -1 : query.match(t);
            if (matched[i] >= 0 && distinct.add(matched[i]) && distinct.size() > bestCount) {
                bestCount = distinct.size();
                bestSentence = sentence;
            }
        }
        int from;
        int to;
        int anchor; // a character the window must include
        if (bestSentence < 0) {
            from = 0;
            to = text.sentences().isEmpty() ? text.text().length() : text.sentences().get(0).span().end();
            anchor = 0;
        } else {
            Span s = sentenceSpan(text, bestSentence);
            from = s.start();
            to = s.end();
            anchor = from;
            for (int i = text.firstToken(bestSentence); i < text.endToken(bestSentence); i++) {
                if (matched[i] >= 0) {
                    anchor = tokens.get(i).start();
                    break;
                }
            }
        }
        if (to - from > maxChars) {
            // a window around the anchor, a quarter of it before, moved to token boundaries
            int wFrom = Math.max(from, anchor - maxChars / 4);
            int wTo = Math.min(to, wFrom + maxChars);
            from = wFrom;
            to = wTo;
            for (Token t : tokens) {
                if (t.end() > from) {
                    from = Math.max(from, t.start());
                    break;
                }
            }
            int lastEnd = from;
            for (Token t : tokens) {
                if (t.start() >= from && t.end() <= to) {
                    lastEnd = t.end();
                }
            }
            to = Math.max(lastEnd, Math.min(to, from + 1));
        }
        List<Span> highlights = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (matched[i] >= 0 && t.start() >= from && t.end() <= to) {
                highlights.add(new Span(t.start() - from, t.end() - from));
            }
        }
        String raw = text.text().substring(from, to);
        int lead = 0; // trim whitespace but keep offsets consistent
        while (lead < raw.length() && Character.isWhitespace(raw.charAt(lead))) {
            lead++;
        }
        int trail = raw.length();
        while (trail > lead && Character.isWhitespace(raw.charAt(trail - 1))) {
            trail--;
        }
        int shift = lead;
        List<Span> shifted = highlights.stream().map(h -> new Span(h.start() - shift, h.end() - shift)).toList();
        return new Snippet(raw.substring(lead, trail), from + lead, shifted);
    }

    private static Span sentenceSpan(AnalyzedText text, int index) {
        for (Sentence s : text.sentences()) {
            if (s.index() == index) {
                return s.span();
            }
        }
        throw new IllegalArgumentException("no sentence " + index);
    }
}
