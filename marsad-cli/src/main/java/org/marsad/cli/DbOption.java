package org.marsad.cli;

import org.marsad.store.Store;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by every command that uses the store. */
final class DbOption {
    @Option(names = "--db", paramLabel = "DB", description = {
            "The store: a SQLite file path (created when missing), jdbc:sqlite:FILE, or",
            "jdbc:postgresql://host:port/database?user=...&password=... (default: $MARSAD_DB, else marsad.db",
            "in the working directory)."})
    String db;

    Store open() {
        return Store.open(db);
    }
}
