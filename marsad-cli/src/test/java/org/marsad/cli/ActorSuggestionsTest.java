package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.Pipeline;
import org.marsad.ner.SuggestCues;
import org.marsad.store.Counts;

/** The ranking of `marsad actors suggest` over stored rows as the store returns them, with the shipped data files. */
class ActorSuggestionsTest {
    private final Map<String, String> articles = new HashMap<>();
    private final ActorSuggestions suggestions = new ActorSuggestions(Pipeline.load(), SuggestCues.load(),
            id -> articles.getOrDefault(id, ""));

    /** A stored row of one name seen {@code n} times, its sentence being the whole article {@code text}. */
    private Counts.Unresolved row(String id, String text, String name, String type, String code, int n, String near) {
        articles.put(id, text);
        int at = text.indexOf(name);
        assertTrue(at >= 0, name);
        Counts.Sample s = new Counts.Sample(id, 0, text.length(), at, at + name.length());
        return new Counts.Unresolved(name, type, code, n, n, id, 0, text.length(), near, List.of(s));
    }

    @Test
    void aPersonWithAndWithoutTheChainOfBinIsOneCandidateWithItsCountrysRoleCode() {
        List<ActorSuggestions.Candidate> ranked = suggestions.rank(List.of(
                row("a1", "حضر اللقاء وزير الثقافة والإعلام الدكتور عادل بن زيد الطريفي والسفير.", "عادل بن زيد الطريفي",
                        "PERS", null, 3, "SAUGOV×4 EGY×3 SAU×2"),
                row("a2", "وقال وزير الثقافة عادل الطريفي إن الحكومة ماضية.", "عادل الطريفي", "PERS", null, 2, "SAUGOV×1")),
                List.of("PERS", "ORG"), 3);
        assertEquals(1, ranked.size());
        ActorSuggestions.Candidate c = ranked.get(0);
        assertEquals(5, c.mentions);
        assertEquals("عادل بن زيد الطريفي", c.name());
        // EGY×3 is the most frequent other country, but SAU's codes together outweigh it
        assertEquals("SAUGOV", c.proposal());
        assertEquals(1.0, c.support(), 1e-9);
    }

    @Test
    void aNameCutAfterBinIsNoCandidateAndOneInsideAnAirportsNameRanksBelowAMinister() {
        List<ActorSuggestions.Candidate> ranked = suggestions.rank(List.of(
                row("b1", "وصل إلى مطار الملك عبدالعزيز الدولي بجدة وفد رسمي.", "عبدالعزيز الدولي", "PERS", null, 6,
                        "SAUGOV×6"),
                row("b2", "نوه الأمير متعب بن بقدرات القوات.", "متعب بن", "PERS", null, 9, "SAUGOV×9"),
                row("b3", "وقال وزير الإسكان ماجد الحقيل إن الوزارة ستطلق المشروع.", "ماجد الحقيل", "PERS", null, 6,
                        "SAU×4 SAUGOV×2")),
                List.of("PERS"), 3);
        assertEquals(List.of("ماجد الحقيل", "عبدالعزيز الدولي"), ranked.stream().map(ActorSuggestions.Candidate::name).toList());
        assertEquals(1.0, ranked.get(1).namedAfterShare, 1e-9);
        assertEquals(0.0, ranked.get(0).namedAfterShare, 1e-9);
    }

    @Test
    void sportCuesAndScatteredCodesRankAFederationBelowAnEnvoyNamedAsOften() {
        List<ActorSuggestions.Candidate> ranked = suggestions.rank(List.of(
                row("c1", "فاز الفريق في مباراة الدوري بعد قرار الفيفا بشأن اللاعب.", "الفيفا", "ORG", null, 6,
                        "ESP×1 BRA×1 ARG×1"),
                row("c2", "التقى المبعوث الأممي إسماعيل ولد الشيخ أحمد وزير الخارجية اليمني لبحث المفاوضات.",
                        "إسماعيل ولد الشيخ أحمد", "PERS", null, 6, "YEMGOV×6")),
                List.of("PERS", "ORG"), 3);
        assertEquals("إسماعيل ولد الشيخ أحمد", ranked.get(0).name());
        assertTrue(ranked.get(1).cueScore < 0, "sport cues: " + ranked.get(1).cueScore);
        assertTrue(ranked.get(1).support() < 0.5, "scattered codes: " + ranked.get(1).support());
    }
}
