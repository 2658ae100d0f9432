package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchSqliteTest extends WatchContract {
    @TempDir
    Path dir;

    @Override
    protected Store create() {
        return Store.open(dir.resolve("marsad.db").toString());
    }

    @Test
    void eventsStoredBeforeStoriesAreClusteredByRecluster() throws Exception {
        store.close();
        Path old = dir.resolve("v2.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old)) {
            Migrations.migrate(c, "sqlite", conn -> { }, 2);
            try (Statement s = c.createStatement()) {
                for (String id : List.of("old-1", "old-2")) {
                    s.executeUpdate("INSERT INTO articles (id, content_hash, text, published, minhash, coder_version, added_at) "
                            + "VALUES ('" + id + "', 'h" + id + "', 'وقع الرئيس الروسي اتفاقية', '2024-06-19', x'00', '0.0.1', "
                            + "'2024-01-01T00:00:00Z')");
                    s.executeUpdate("INSERT INTO article_sources (article_id, source_key, source, added_at) VALUES ('" + id
                            + "', 'k', 'outlet-" + id + "', '2024-01-01T00:00:00Z')");
                    s.executeUpdate("INSERT INTO events (id, article_id, ord, sentence, day, source_code, target_code, "
                            + "cameo_code, cameo_root, quad_class, goldstein, negated, evidence_start, evidence_end, "
                            + "confidence, coder_version) VALUES ('e', '" + id + "', 0, 0, '2024-06-19', 'RUSGOV', 'PRKGOV', "
                            + "'057', '05', 1, 8.0, 0, 0, 3, 0.9, '0.0.1')");
                }
            }
        }
        store = Store.open(old.toString());
        List<EventRow> rows = new ArrayList<>();
        store.events(Filter.ALL, rows::add);
        assertEquals(0, rows.get(0).storyId()); // not clustered yet: the export counts as before
        assertEquals(2, store.recluster());
        rows.clear();
        store.events(Filter.ALL, rows::add);
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).storyId() != 0);
        assertEquals(rows.get(0).storyId(), rows.get(1).storyId());
        assertEquals(2, rows.get(0).numMentions());
        assertEquals(2, rows.get(0).numSources());
    }
}
