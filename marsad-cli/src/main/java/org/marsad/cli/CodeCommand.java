package org.marsad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.Pipeline;
import org.marsad.io.ArticleReader;
import org.marsad.io.ArticleSink;
import org.marsad.io.CodedArticleJson;
import org.marsad.io.InputProblem;
import org.marsad.model.Article;
import org.marsad.model.CodedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Code articles into events: one JSON object per article (DESIGN.md, \"Coded article\"). Input: JSON Lines (.jsonl, .ndjson, .gz), a single JSON article (.json), plain text (.txt: one article per file), directories of such files, or standard input (JSON Lines) when no path or '-' is given. Bad input (malformed JSON, invalid UTF-8, missing or empty text, huge lines) is reported on stderr with file and line, skipped, and the run goes on; the exit status is then 3."})
final class CodeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", description = "Files or directories to read; '-' or nothing for stdin.")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write JSON Lines here instead of stdout.")
    Path out;

    @Option(names = "--tokens", description = "Also print every token (span, text, normalized form, stem).")
    boolean tokens;

    @Option(names = {"-q", "--quiet"}, description = "Do not print the summary line on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        Pipeline pipeline = Pipeline.load();
        PrintStream err = Io.stderr();
        int[] counts = new int[3]; // read, coded, skipped
        try (Writer w = Io.writer(out)) {
            ArticleSink sink = new ArticleSink() {
                @Override
                public void article(Article a, String file, long line) {
                    counts[0]++;
                    try {
                        CodedArticle c = pipeline.code(a);
                        w.write(CodedArticleJson.toLine(c, tokens ? pipeline.analyze(a.text()) : null));
                        w.write('\n');
                        counts[1]++;
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    } catch (RuntimeException e) {
                        counts[2]++;
                        err.println("marsad: " + file + (line > 0 ? ":" + line : "") + ": article " + a.id()
                                + " could not be coded (" + e + "): skipped");
                    }
                }

                @Override
                public void problem(InputProblem p) {
                    counts[0]++;
                    counts[2]++;
                    err.println("marsad: " + p + (p.message().endsWith("skipped") ? "" : ": skipped"));
                }
            };
            ArticleReader reader = new ArticleReader();
            List<Path> files = new ArrayList<>();
            boolean stdin = paths.isEmpty();
            for (Path p : paths) {
                if (p.toString().equals("-")) {
                    stdin = true;
                } else {
                    files.add(p);
                }
            }
            reader.read(files, sink);
            if (stdin) {
                reader.readJsonLines(System.in, "<stdin>", sink);
            }
        }
        if (!quiet) {
            err.printf("marsad code: %d read, %d coded, %d skipped%n", counts[0], counts[1], counts[2]);
        }
        return counts[2] > 0 ? Main.EXIT_SKIPPED : 0;
    }
}
