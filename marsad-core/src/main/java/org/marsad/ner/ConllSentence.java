package org.marsad.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of a CoNLL-style NER file: tokens and their BIO tags.
 *
 * @param tokens the tokens as the file writes them
 * @param tags   one tag per token
 */
public record ConllSentence(List<String> tokens, List<String> tags) {
    public ConllSentence {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        if (tokens.size() != tags.size()) {
            throw new IllegalArgumentException(tokens.size() + " tokens but " + tags.size() + " tags");
        }
    }

    public int size() {
        return tokens.size();
    }

    /**
     * Reads {@code token TAG} lines (the tag is the last space-separated field, the token everything
     * before it), a blank line between sentences. The format is two columns and no quoting, so a
     * CSV library would add configuration rather than remove code; a malformed line is an error
     * naming the file and line.
     */
    public static List<ConllSentence> read(Path file) throws IOException {
        List<ConllSentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int no = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                no++;
                String s = line.strip();
                if (s.isEmpty()) {
                    if (!tokens.isEmpty()) {
                        out.add(new ConllSentence(tokens, tags));
                        tokens.clear();
                        tags.clear();
                    }
                    continue;
                }
                int sp = Math.max(s.lastIndexOf(' '), s.lastIndexOf('\t'));
                if (sp <= 0) {
                    throw new IOException(file + ":" + no + ": expected 'token TAG', got '" + line + "'");
                }
                tokens.add(s.substring(0, sp).strip());
                tags.add(s.substring(sp + 1));
            }
        }
        if (!tokens.isEmpty()) {
            out.add(new ConllSentence(tokens, tags));
        }
        return out;
    }
}
