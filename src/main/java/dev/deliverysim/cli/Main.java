package dev.deliverysim.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code deliverysim} command: the only place that prints to the terminal or exits. */
@Command(
    name = "deliverysim",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Discrete-event simulation of a software delivery pipeline.",
    subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, ValidateCommand.class,
        SensitivityCommand.class, ForecastCommand.class, CalibrateCommand.class, BenchCommand.class,
        ServeCommand.class, OptimizeCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Example:", "  deliverysim run scenarios/mm1.yaml --replications 20"})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Help text width when the terminal's is unknown (piped, or a test). */
  static final int HELP_WIDTH = 120;

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true"); // charts are drawn off-screen, also on servers
    AtomicBoolean finished = new AtomicBoolean();
    // Ctrl-C (SIGINT) runs the shutdown hooks: say what happened to the results instead of nothing
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (!finished.get()) {
        System.err.println("\ndeliverysim: interrupted; nothing unfinished was kept: a results folder is"
            + " replaced only when complete, and a sweep resumes where it stopped when run again");
      }
    }));
    int exit = execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    finished.set(true);
    System.exit(exit);
  }

  /** Runs the command line with the given streams; returns the exit code. Tests call this. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    return commandLine(out, err).execute(args);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(new Main());
    cmd.setOut(out);
    cmd.setErr(new WarningsOnce(err));
    cmd.setExecutionExceptionHandler(new Failures());
    cmd.setParameterExceptionHandler(new UnknownCommand());
    // help as wide as the terminal, so no option or example is cut mid-token; 120 when piped
    cmd.setUsageHelpAutoWidth(true);
    cmd.setUsageHelpWidth(HELP_WIDTH);
    return cmd;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
