import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.marsad.places.Gazetteer;
import org.marsad.places.PlaceFinder;
import org.marsad.places.PlaceMention;
import org.marsad.text.AnalyzedText;
import org.marsad.text.TextAnalyzer;
import org.marsad.text.Token;

/**
 * Every place the finder reads in a corpus, one a line: the whole first word as written, the place, its country, its
 * precision and the record's index — for diffing two jars' place readings by hand (QUALITY.md, session 10). Records
 * with {@code index % 15 == SKIP} are left out (the judge slice); {@code clitic} keeps only one-word places read
 * through a clitic and not the article (بجدة، فرقة).
 *
 * <pre>
 * java -cp JAR scripts/PlaceMentions.java ../shared/data/saudinewsnet/articles.jsonl.gz SKIP [clitic] > places.tsv
 * </pre>
 */
public class PlaceMentions {
    public static void main(String[] args) throws Exception {
        Gazetteer gazetteer = Gazetteer.load();
        Set<String> lexicon = new HashSet<>(gazetteer.words());
        TextAnalyzer analyzer = new TextAnalyzer(lexicon::contains);
        PlaceFinder finder = new PlaceFinder(gazetteer);
        ObjectMapper json = new ObjectMapper();
        int skip = Integer.parseInt(args[1]);
        boolean cliticOnly = args.length > 2 && args[2].equals("clitic");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new FileInputStream(args[0])), StandardCharsets.UTF_8))) {
            int index = -1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                index++;
                if (index % 15 == skip) {
                    continue;
                }
                JsonNode record = json.readTree(line);
                String text = record.path("text").asText("");
                if (text.isEmpty()) {
                    continue;
                }
                AnalyzedText analyzed = analyzer.analyze(text);
                for (int s = 0; s < analyzed.sentences().size(); s++) {
                    for (PlaceMention m : finder.find(analyzed, s)) {
                        Token first = analyzed.tokens().get(m.firstToken());
                        boolean clitic = m.span().start() > first.start() && !text.startsWith("ال", m.span().start())
                                && m.endToken() - m.firstToken() == 1;
                        if (!cliticOnly || clitic) {
                            System.out.println(text.substring(first.start(), first.end()) + "\t" + m.place().nameEn()
                                    + "\t" + m.place().country() + "\t" + m.place().precision() + "\t" + index);
                        }
                    }
                }
            }
        }
    }
}
