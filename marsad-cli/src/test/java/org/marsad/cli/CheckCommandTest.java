package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad check} as a user runs it: passes on what ingest wrote, fails with a report and status 4 on damage. */
class CheckCommandTest {
    @Test
    void passesOnAnIngestedDatabaseAndReportsDamage(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < IngestCommandTest.TEXTS.size(); i++) {
            lines.add(IngestCommandTest.line("t" + i, IngestCommandTest.TEXTS.get(i)));
        }
        Files.write(dir.resolve("in.jsonl"), lines, StandardCharsets.UTF_8);
        ChildMarsad.Result ingest = ChildMarsad.run(dir, "ingest", "-q", "--db", "c.db", "in.jsonl");
        assertEquals(0, ingest.status(), ingest.err());

        ChildMarsad.Result ok = ChildMarsad.run(dir, "check", "--db", "c.db");
        assertEquals(0, ok.status(), ok.out() + ok.err());
        assertTrue(ok.out().contains("ok    every event has its article"), ok.out());
        assertTrue(ok.out().contains("ok    every article's index entry is the one its text makes"), ok.out());

        // what a half-done delete by hand (foreign keys off) leaves behind
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("c.db")); Statement s = c.createStatement()) {
            s.execute("DELETE FROM articles WHERE id = 't0'");
        }
        ChildMarsad.Result bad = ChildMarsad.run(dir, "check", "--db", "c.db", "--quick");
        assertEquals(CheckCommand.EXIT_INCONSISTENT, bad.status(), bad.out() + bad.err());
        assertTrue(bad.out().contains("FAIL  every event has its article:"), bad.out());
        assertTrue(bad.out().contains("FAIL  every sentence has its article:"), bad.out());

        ChildMarsad.Result missing = ChildMarsad.run(dir, "check", "--db", "nothing-here.db");
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("no such database"), missing.err());
        assertTrue(!Files.exists(dir.resolve("nothing-here.db")), "check created the database it was asked to check");
    }
}
