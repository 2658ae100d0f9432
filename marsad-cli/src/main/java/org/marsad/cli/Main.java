package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code marsad} command. */
@Command(name = "marsad", mixinStandardHelpOptions = true, version = "marsad 0.1.0",
        description = {"Marsad (مرصد): Arabic news to political event data (CAMEO), every record traceable to its evidence.",
                "",
                "Exit status: 0 success; 1 error; 2 bad usage; 3 finished but some input was skipped (see stderr);",
                "4 'marsad check' found the database inconsistent."},
        subcommands = {CodeCommand.class, IngestCommand.class, SearchCommand.class, StatsCommand.class, CheckCommand.class,
                ExportCommand.class,
                RecodeCommand.class, ReclusterCommand.class, WatchCommand.class, AlertsCommand.class, EvalCommand.class,
                ActorsCommand.class, DemoCommand.class, ServeCommand.class, BenchCommand.class, NerCommand.class,
                LoadFixtureCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit status when a run finished but skipped some input. */
    public static final int EXIT_SKIPPED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        if (BatchJit.isBatchJob(args)) {
            BatchJit.keepC2Out(); // what the launcher's -XX:TieredStopAtLevel=1 does, for `java -jar marsad.jar ingest|recode`
        }
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            line.getErr().println("marsad: " + ex.getMessage());
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
