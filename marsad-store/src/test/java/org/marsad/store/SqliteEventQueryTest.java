package org.marsad.store;

/** {@link EventQueryContract} on a real SQLite file. */
class SqliteEventQueryTest extends EventQueryContract {
    @Override
    protected Store create() {
        return Store.open(dir.resolve("events.db").toString());
    }
}
