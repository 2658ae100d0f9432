import java.security.MessageDigest;
import java.sql.*;
/**
 * MD5 of every (term, document, column, offset) of an ingest's full-text index file (DB-fts), to compare two builds'
 * databases beyond scripts/ingest-digest.sql's document sizes: the sqlite3 shell 3.40 cannot open a
 * contentless_delete FTS5 table, the jar's SQLite can (BENCHMARKS.md, ingest21):
 *   javac -cp marsad-cli/target/marsad.jar -d /tmp/fd scripts/FtsDigest.java
 *   java -cp marsad-cli/target/marsad.jar:/tmp/fd FtsDigest X.db-fts
 */
public class FtsDigest {
    public static void main(String[] a) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + a[0]); Statement s = c.createStatement()) {
            s.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, 'article_fts', 'instance')");
            MessageDigest md = MessageDigest.getInstance("MD5");
            long n = 0;
            try (ResultSet r = s.executeQuery("SELECT term, doc, col, offset FROM temp.v")) {
                while (r.next()) {
                    md.update((r.getString(1) + "\t" + r.getLong(2) + "\t" + r.getString(3) + "\t" + r.getLong(4) + "\n").getBytes("UTF-8"));
                    n++;
                }
            }
            System.out.println(n + " instances " + java.util.HexFormat.of().formatHex(md.digest()));
        }
    }
}
