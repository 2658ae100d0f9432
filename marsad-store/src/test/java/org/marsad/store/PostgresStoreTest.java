package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @Test
    void passwordsAreNotRepeatedInMessages() {
        assertEquals("jdbc:postgresql://h/db?user=u&password=***&ssl=true",
                PostgresStore.redact("jdbc:postgresql://h/db?user=u&password=s3cret&ssl=true"));
    }
}
