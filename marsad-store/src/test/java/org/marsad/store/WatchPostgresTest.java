package org.marsad.store;

/** Watch rules and alerts against a real PostgreSQL server (skipped without one). */
class WatchPostgresTest extends WatchContract {
    @Override
    protected Store create() {
        return Store.open(PostgresServer.get().newDatabase());
    }
}
