package dev.deliverysim.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code deliverysim} command: the only place that prints to the terminal or exits. */
@Command(
    name = "deliverysim",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Discrete-event simulation of a software delivery pipeline.",
    subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, ValidateCommand.class,
        SensitivityCommand.class, ForecastCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Example:", "  deliverysim run scenarios/mm1.yaml --replications 20"})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true"); // charts are drawn off-screen, also on servers
    System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs the command line with the given streams; returns the exit code. Tests call this. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    return commandLine(out, err).execute(args);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(new Main());
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setExecutionExceptionHandler(new Failures());
    return cmd;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
