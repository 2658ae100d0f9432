package org.marsad.eval;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.Pipeline;
import org.marsad.model.Article;
import org.marsad.model.CodedArticle;
import org.marsad.model.Event;

/**
 * Event detection on the Arabic PROTEST / ASSAULT gold sentences (shared/data/arabic-event-gsr):
 * a sentence is detected when Marsad codes at least one event of the mapped roots in it (PROTEST = 14,
 * ASSAULT = 18, 19, 20). {@code yes} is positive, {@code easy no} and {@code difficult no} negative,
 * {@code ambiguous} is left out.
 */
public final class GsrScorer {
    public record Sentence(String id, String eventType, String label, String text) {
    }

    public record Result(String eventType, Prf detection, List<Sentence> missed, List<Sentence> spurious) {
    }

    public static List<Sentence> read(Path csv) throws IOException {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Sentence> out = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(schema).readValues(csv.toFile())) {
            while (it.hasNext()) {
                Map<String, String> row = it.next();
                String text = row.get("text");
                if (text == null || row.get("label") == null) {
                    throw new IOException(csv + ": a row without 'text' or 'label'");
                }
                out.add(new Sentence(row.get("id"), row.get("event_type"), row.get("label").strip(), text));
            }
        }
        return out;
    }

    public static Set<String> roots(String eventType) {
        return switch (eventType) {
            case "PROTEST" -> Set.of("14");
            case "ASSAULT" -> Set.of("18", "19", "20");
            default -> throw new IllegalArgumentException("unknown event type '" + eventType + "'");
        };
    }

    public Result score(Pipeline pipeline, List<Sentence> sentences) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<Sentence> missed = new ArrayList<>();
        List<Sentence> spurious = new ArrayList<>();
        String type = sentences.isEmpty() ? "?" : sentences.get(0).eventType();
        for (Sentence s : sentences) {
            boolean positive = s.label().equals("yes");
            boolean negative = s.label().endsWith("no");
            if (!positive && !negative) {
                continue;
            }
            boolean detected = detects(pipeline, s);
            if (positive && detected) {
                tp++;
            } else if (positive) {
                fn++;
                missed.add(s);
            } else if (detected) {
                fp++;
                spurious.add(s);
            }
        }
        return new Result(type, new Prf(tp, fp, fn), missed, spurious);
    }

    static boolean detects(Pipeline pipeline, Sentence s) {
        Set<String> roots = roots(s.eventType());
        CodedArticle c = pipeline.code(new Article(s.id(), null, null, null, null, s.text()));
        for (Event e : c.events()) {
            if (roots.contains(e.cameoRoot()) && !e.negated() && !e.modality().equals("hypothetical")) {
                return true;
            }
        }
        return false;
    }
}
