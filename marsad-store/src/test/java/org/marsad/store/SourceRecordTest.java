package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;

class SourceRecordTest {
    /** The key as stores written before it was computed with the record: SHA-256 of id, url and outlet. */
    private static String storedKey(String id, String url, String source) throws Exception {
        String joined = (id == null ? "" : id) + '\u0000' + (url == null ? "" : url) + '\u0000'
                + (source == null ? "" : source);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256", "SUN")
                .digest(joined.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
    }

    @Test
    void theKeyMadeWithTheRecordIsTheKeyStoredBefore() throws Exception {
        Article a = new Article("saudinewsnet-2015-07-21-1", "http://www.okaz.com.sa/new/Issues/20150721/Con20150721783373.htm",
                "okaz", LocalDate.of(2015, 7, 21), "خادم الحرمين يستقبل", "نص");
        assertEquals(storedKey(a.id(), a.url(), a.source()), SourceRecord.of(a, "articles.jsonl", 1).key());
        assertEquals(storedKey("x", null, null), new SourceRecord("x", null, null, null, null, "<stdin>", 0).key());
        // the line and file do not make a different record
        assertEquals(SourceRecord.of(a, "a.jsonl", 1).key(), SourceRecord.of(a, "b.jsonl", 9).key());
    }

    @Test
    void aRecordNeedsAKey() {
        assertThrows(NullPointerException.class, () -> new SourceRecord("x", null, null, null, null, "f", 0, null));
    }
}
