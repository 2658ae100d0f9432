package org.marsad.store;

/** {@link EventQueryContract} on a real PostgreSQL server (started by {@link PostgresServer}; skipped without one). */
class PostgresEventQueryTest extends EventQueryContract {
    @Override
    protected Store create() {
        return Store.open(PostgresServer.get().newDatabase());
    }
}
