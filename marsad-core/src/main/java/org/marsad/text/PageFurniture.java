package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import org.marsad.dict.TsvFile;

/**
 * Finds where an article's page furniture begins: a site's template line after the article's text, running to the
 * end of it (the writer's other columns «مقالات أخرى للكاتب...», the article's link line «رابط الخبر بصحيفة
 * الوئام: ...», how to text the writer, a wire service's end mark «// انتهى //»), listed in
 * {@code marsad/text/page-furniture.tsv}. The text layer reads the text only up to there: nothing of the furniture
 * is a token, a sentence, a mention or an event, and every offset before it stays as it was (the text is not cut).
 * A marker counts where it begins a word: no Arabic letter, mark or digit right before it (a Latin one may be:
 * «...@gmail.comللتواصل مع الكاتب»). The earliest marker wins.
 */
final class PageFurniture {
    static final String RESOURCE = "marsad/text/page-furniture.tsv";

    private static final PageFurniture DEFAULT = load();

    private final String[] markers;

    PageFurniture(List<String> markers) {
        for (String m : markers) {
            if (m.isEmpty()) {
                throw new IllegalArgumentException("an empty page-furniture marker");
            }
        }
        this.markers = markers.toArray(String[]::new);
    }

    static PageFurniture standard() {
        return DEFAULT;
    }

    private static PageFurniture load() {
        List<String> markers = new ArrayList<>();
        for (TsvFile.Row r : TsvFile.read(RESOURCE, 1, true)) {
            if (r.cols().length != 1) {
                throw r.error("one marker a line, no TAB");
            }
            markers.add(r.col(0));
        }
        return new PageFurniture(markers);
    }

    /** Where the furniture of {@code text} begins: the offset of its earliest marker, or the text's length. */
    int start(String text) {
        int best = text.length();
        for (String m : markers) {
            for (int i = text.indexOf(m); i >= 0 && i < best; i = text.indexOf(m, i + 1)) {
                if (i == 0 || !Tokenizer.isArabicWordChar(text.charAt(i - 1))) {
                    best = i;
                    break;
                }
            }
        }
        return best;
    }
}
