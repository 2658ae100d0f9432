package org.marsad.dict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.text.Segment;
import org.marsad.text.StemFacts;
import org.marsad.text.StemSignature;
import org.marsad.text.Token;

/**
 * A trie over normalized word keys, matched against a token stream in one left-to-right pass.
 *
 * <p>A text token matches a key word when one of its clitic readings has that stem: the first word
 * of a phrase may carry any proclitic (و ب ل ك ال ...), later words only the article; no word may
 * carry a pronoun suffix. Punctuation matches itself. This is how "وبالولايات المتحدة" matches the
 * entry "الولايات المتحدة" while "كوريا" is never read as ك + وريا: no entry has the word وريا.
 *
 * @param <V> what an entry maps to
 */
public final class PhraseTrie<V> {
    /**
     * Whether a later word of a phrase may carry this prefix: none or the article. Two comparisons, where a set's
     * look-up hashed the prefix of every reading of every word after a phrase's first (speed40).
     */
    private static boolean laterPrefix(String prefix) {
        return prefix.isEmpty() || prefix.equals("ال");
    }

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>(4);
        /** The {@link StemSignature} bits of the keys of {@link #next}: a word without them continues no entry. */
        long nextSignature;
        List<V> values;
    }

    private final Node<V> root = new Node<>();
    private int size;
    /** Where the analyzer keeps each stem's first-word node (see {@link #attach}); null: look it up. */
    private volatile StemFacts.Slot firstWords;

    /**
     * Lets an analyzer built with {@code facts} find each word's entry node once per distinct word
     * rather than once per token. Call after the last {@link #add}: the answers are kept.
     */
    public void attach(StemFacts facts) {
        firstWords = facts.register(root.next::get);
    }

    public void add(List<String> key, V value) {
        if (key.isEmpty()) {
            return;
        }
        Node<V> n = root;
        for (String w : key) {
            n.nextSignature |= StemSignature.ofExact(w);
            n = n.next.computeIfAbsent(w, k -> new Node<>());
        }
        if (n.values == null) {
            n.values = new ArrayList<>(1);
        }
        if (!n.values.contains(value)) {
            n.values.add(value);
            size++;
        }
    }

    public int size() {
        return size;
    }

    /** A match: tokens [first, end), the values of the entry, and the reading of the first token. */
    public record Match<V>(int first, int end, List<V> values, Segment firstReading) {
    }

    /** The longest match starting at token {@code i}, not crossing {@code limit}; null if none. */
    public Match<V> longestAt(List<Token> tokens, int i, int limit) {
        Token t = tokens.get(i);
        StemFacts.Slot slot = firstWords;
        if (!StemFacts.mayAnswer(slot, t)) {
            return null; // no reading is an entry's first word
        }
        Match<V> best = null;
        for (int si = 0; si < t.segments().size(); si++) {
            Segment s = t.segments().get(si);
            if (!s.suffix().isEmpty()) {
                continue;
            }
            Node<V> n = slot != null ? slot.of(s) : root.next.get(s.stem());
            if (n == null) {
                continue;
            }
            Match<V> m = extend(tokens, i + 1, limit, n, i, s);
            if (m != null && (best == null || m.end() > best.end())) {
                best = m;
            }
        }
        return best;
    }

    /** Whether some entry starts with the key word {@code word}. */
    public boolean hasFirstWord(String word) {
        return root.next.containsKey(word);
    }

    /** False when no reading of {@code t} can be an entry's first word (known without reading them); else true. */
    public boolean mayStartAt(Token t) {
        return StemFacts.mayAnswer(firstWords, t);
    }

    /**
     * The longest match starting at token {@code i} whose first key word is {@code firstWord} (which the token
     * spells through {@code reading}, e.g. an entry that keeps its article, «=الرياض», read in «للرياض»); null if none.
     */
    public Match<V> longestFrom(List<Token> tokens, int i, int limit, String firstWord, Segment reading) {
        Node<V> n = root.next.get(firstWord);
        return n == null ? null : extend(tokens, i + 1, limit, n, i, reading);
    }

    private Match<V> extend(List<Token> tokens, int j, int limit, Node<V> n, int first, Segment firstReading) {
        Match<V> best = n.values == null ? null : new Match<>(first, j, n.values, firstReading);
        if (j >= limit || n.next.isEmpty()) {
            return best;
        }
        Token t = tokens.get(j);
        if (t.newlineBefore() || !StemSignature.mayMatch(t.stemSignature(), n.nextSignature)) {
            return best; // a name never spans a line break; most words continue no entry, known without their readings
        }
        for (int si = 0; si < t.segments().size(); si++) {
            Segment s = t.segments().get(si);
            if (!s.suffix().isEmpty() || !laterPrefix(s.prefix())) {
                continue;
            }
            Node<V> c = n.next.get(s.stem());
            if (c == null) {
                continue;
            }
            Match<V> m = extend(tokens, j + 1, limit, c, first, firstReading);
            if (m != null && (best == null || m.end() > best.end())) {
                best = m;
            }
        }
        return best;
    }
}
