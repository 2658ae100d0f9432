package org.marsad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The speed yardstick of {@code marsad bench --baseline lucene}: Lucene's ArabicAnalyzer (tokenize,
 * normalize, stop words, light stemming; no coding) run over the same texts in the same process, so
 * the coder's speed can be quoted as a ratio measured in one run on a shared, noisy machine.
 */
final class LuceneBaseline implements AutoCloseable {
    static final String NAME = "lucene-arabic-analyzer";

    /** Thread-safe: Lucene keeps one reusable token stream per thread. */
    private final Analyzer analyzer = new ArabicAnalyzer();

    /** Runs the analyzer over {@code text}, reading every term; returns the number of terms. */
    int analyze(String text) {
        int terms = 0;
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms += term.length() > 0 ? 1 : 0;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String reader does not fail
        }
        return terms;
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
