package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The store contract against a real PostgreSQL server (started by {@link PostgresServer}; skipped without one). */
class PostgresStoreTest extends StoreContract {
    private String url;

    @Override
    protected Store create() {
        url = PostgresServer.get().newDatabase();
        return Store.open(url);
    }

    @Override
    protected Store reopen() {
        return Store.open(url);
    }

    /** Schema 7 changed the near-duplicate signature: a database of schema 6 has its articles signed again on open. */
    @Test
    void aSchema6DatabaseHasItsArticlesSignedAgain() throws Exception {
        String old = PostgresServer.get().newDatabase();
        try (Connection c = DriverManager.getConnection(old)) {
            Migrations.migrate(c, "postgres", conn -> { }, 6);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO articles (id, content_hash, text, minhash, coder_version, added_at) "
                        + "VALUES ('old-1', 'h', 'نص قديم', '\\x00', '0.0.1', '2024-01-01T00:00:00Z')");
            }
        }
        try (Store store = Store.open(old)) {
            assertEquals(Migrations.latest(), store.schemaVersion()); // (PostgreSQL's text index is left as it was)
        }
        try (Connection c = DriverManager.getConnection(old); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT a.minhash, (SELECT COUNT(*) FROM lsh_buckets WHERE article_rid = a.rid), "
                     + "(SELECT COUNT(*) FROM rederive) FROM articles a WHERE a.id = 'old-1'")) {
            assertTrue(rs.next());
            assertArrayEquals(MinHash.toBytes(MinHash.signature(List.of("نص", "قديم"))), rs.getBytes(1));
            assertEquals(MinHash.BANDS, rs.getInt(2));
            assertEquals(0, rs.getInt(3));
        }
    }

    @Test
    void passwordsAreNotRepeatedInMessages() {
        assertEquals("jdbc:postgresql://h/db?user=u&password=***&ssl=true",
                PostgresStore.redact("jdbc:postgresql://h/db?user=u&password=s3cret&ssl=true"));
    }
}
