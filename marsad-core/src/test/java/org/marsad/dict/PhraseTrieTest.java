package org.marsad.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Pipeline;
import org.marsad.SharedData;
import org.marsad.io.ArticleReader;
import org.marsad.model.Article;
import org.marsad.text.Segment;
import org.marsad.text.Token;

/**
 * The trie passes over a word that continues no entry by its {@link org.marsad.text.StemSignature}: on real news it
 * finds every match a word-by-word comparison with each entry finds, of the same length.
 */
class PhraseTrieTest {
    private static final Pipeline PIPELINE = Pipeline.load();
    /** Entries of several words that SaudiNewsNet articles name, as the dictionaries write them. */
    private static final List<String> ENTRIES = List.of("الولايات المتحده", "الولايات المتحده الامريكيه",
            "مجلس الامن", "مجلس الامن الدولي", "الامم المتحده", "المملكه العربيه السعوديه", "خادم الحرمين الشريفين",
            "وزاره الداخليه", "مجلس الوزراء", "ولي العهد");

    private static PhraseTrie<String> trie() {
        PhraseTrie<String> trie = new PhraseTrie<>();
        for (String e : ENTRIES) {
            trie.add(PhraseKeys.of(e), e);
        }
        return trie;
    }

    /** Whether entry word {@code word} is a reading of token {@code t} as the trie reads it (see {@link PhraseTrie}). */
    private static boolean reads(Token t, String word, boolean first) {
        for (Segment s : t.segments()) {
            if (s.suffix().isEmpty() && (first || s.prefix().isEmpty() || s.prefix().equals("ال"))
                    && s.stem().equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** The end of the longest entry at {@code i}, compared word by word with each entry; -1 if none. */
    private static int longestEnd(List<Token> tokens, int i) {
        int best = -1;
        for (String e : ENTRIES) {
            List<String> words = PhraseKeys.of(e);
            int j = 0;
            while (j < words.size() && i + j < tokens.size() && (j == 0 || !tokens.get(i + j).newlineBefore())
                    && reads(tokens.get(i + j), words.get(j), j == 0)) {
                j++;
            }
            if (j == words.size()) {
                best = Math.max(best, i + j);
            }
        }
        return best;
    }

    @Test
    void findsTheLongestEntryThroughTheClitics() {
        List<Token> tokens = PIPELINE.analyze("وأكد مجلس الأمن الدولي دعمه للمملكة العربية السعودية").tokens();
        assertEquals(4, trie().longestAt(tokens, 1, tokens.size()).end());
        assertEquals(8, trie().longestAt(tokens, 5, tokens.size()).end());
    }

    @Test
    void onRealNewsFindsWhatAWordByWordComparisonFinds() throws Exception {
        Path corpus = SharedData.require("data/saudinewsnet/articles.jsonl.gz");
        PhraseTrie<String> trie = trie();
        int matches = 0;
        for (Article a : ArticleReader.readFirst(corpus, 300)) {
            List<Token> tokens = PIPELINE.analyze(a.text()).tokens();
            for (int i = 0; i < tokens.size(); i++) {
                PhraseTrie.Match<String> m = trie.longestAt(tokens, i, tokens.size());
                assertEquals(longestEnd(tokens, i), m == null ? -1 : m.end(), a.id() + " at " + tokens.get(i).norm());
                matches += m == null ? 0 : 1;
            }
        }
        assertTrue(matches > 300, "matches " + matches);
    }
}
