package org.marsad.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Place names as a trie over key words ({@link PlaceNames#key}): one step per word, so matching
 * text costs a hash lookup per token and reading, whatever the size of the gazetteer.
 * Immutable once built.
 */
final class NameTrie {
    /**
     * @param next   the following words of longer names
     * @param places the places whose name ends here, best first; empty when only longer names pass here
     */
    record Node(Map<String, Node> next, List<GazetteerPlace> places) {
        Node child(String word) {
            return next.get(word);
        }
    }

    private NameTrie() {
    }

    /** Collects names, then freezes them into immutable {@link Node}s. Not thread-safe. */
    static final class Builder {
        private final Draft root = new Draft();
        private final java.util.Set<String> words = new java.util.HashSet<>();
        private int names;

        void add(List<String> key, GazetteerPlace place) {
            Draft d = root;
            for (String word : key) {
                d = d.next.computeIfAbsent(word, w -> new Draft());
            }
            if (!d.places.contains(place)) {
                d.places.add(place);
                names++;
            }
        }

        int names() {
            return names;
        }

        /** Freezes the names; {@link #words()} then holds every word of every name (each step of the trie). */
        Node build(Comparator<GazetteerPlace> best) {
            return root.freeze(best, words);
        }

        /** The words of the names, collected by {@link #build} as it passes them (no second walk of the frozen trie). */
        java.util.Set<String> words() {
            return java.util.Collections.unmodifiableSet(words);
        }
    }

    private static final class Draft {
        final Map<String, Draft> next = new HashMap<>();
        final List<GazetteerPlace> places = new ArrayList<>(1);

        Node freeze(Comparator<GazetteerPlace> best, java.util.Set<String> words) {
            Map<String, Node> frozen = Map.of(); // most nodes end a name and have no children
            if (!next.isEmpty()) {
                Map<String, Node> children = new HashMap<>(next.size() * 2);
                next.forEach((w, d) -> {
                    words.add(w);
                    children.put(w, d.freeze(best, words));
                });
                frozen = Map.copyOf(children);
            }
            places.sort(best);
            return new Node(frozen, List.copyOf(places));
        }
    }
}
