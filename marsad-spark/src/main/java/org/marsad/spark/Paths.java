package org.marsad.spark;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Checks the job's paths on the driver before anything runs, so that a typo gets one clear line, not a trace. */
final class Paths {
    private Paths() {
    }

    /** What is wrong with the paths, or null. */
    static String problem(Configuration conf, List<String> inputs, String out, boolean overwrite) {
        try {
            for (String in : inputs) {
                Path p = new Path(in);
                FileStatus[] found = p.getFileSystem(conf).globStatus(p);
                if (found == null || found.length == 0) {
                    return "--in " + in + ": no such file or directory";
                }
            }
            Path o = new Path(out);
            FileSystem fs = o.getFileSystem(conf);
            if (!overwrite) {
                for (String table : List.of("events", "mentions", "quotes", "status")) {
                    if (fs.exists(new Path(o, table))) {
                        return "--out " + out + " already holds the table " + table + "/ (--overwrite replaces the tables)";
                    }
                }
            }
            return null;
        } catch (IOException | IllegalArgumentException e) {
            return "cannot check the paths: " + e.getMessage();
        }
    }
}
