package org.marsad.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class WatchSqliteTest extends WatchContract {
    @TempDir
    Path dir;

    @Override
    protected Store create() {
        return Store.open(dir.resolve("marsad.db").toString());
    }
}
