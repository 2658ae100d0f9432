package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    protected Store create() {
        return Store.open(dir.resolve("marsad.db").toString());
    }

    @Override
    protected Store reopen() {
        return Store.open("jdbc:sqlite:" + dir.resolve("marsad.db"));
    }

    @Test
    void theFileIsInWalModeSoReadersGoOnWhileOneProcessWrites() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("marsad.db"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            assertTrue(rs.next());
            assertEquals("wal", rs.getString(1));
        }
    }

    @Test
    void aDatabaseFromANewerMarsadIsRefused() throws Exception {
        store.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("marsad.db"));
             Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO schema_version VALUES (99, 'from the future', '2099-01-01T00:00:00Z')");
        }
        StoreException e = assertThrows(StoreException.class, this::reopen);
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
        store = Store.open(dir.resolve("other.db").toString()); // for @AfterEach
    }

    @Test
    void aMissingDirectoryIsAClearError() {
        StoreException e = assertThrows(StoreException.class, () -> Store.open(dir.resolve("no/such/dir/x.db").toString()));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertTrue(Files.exists(dir.resolve("marsad.db")));
    }
}
