package org.marsad.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Lucene's ArabicAnalyzer (tokenize, normalize, stop words, light stem) run to the last term: the yardstick. */
final class LuceneArabic {
    private final Analyzer analyzer = new ArabicAnalyzer();

    int analyze(String text) {
        int chars = 0;
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                chars += term.length();
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return chars;
    }
}
