package dev.deliverysim.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options every command that runs experiments shares (a picocli mixin). */
final class ExperimentOptions {
  /** What {@code --quiet} means, for every command alike. */
  static final String QUIET = "Print nothing but problems: no progress bar, no table.";

  @Option(names = "--set", paramLabel = "PATH=VALUE",
      description = "Override a scenario value, e.g. --set stations[0].servers=2; applies to every run. Repeatable.")
  List<String> sets = new ArrayList<>();

  @Option(names = "--replications", paramLabel = "N", description = "Same as --set run.replications=N.")
  Integer replications;

  @Option(names = "--seed", paramLabel = "SEED", description = "Same as --set run.seed=SEED.")
  Long seed;

  @Spec(Spec.Target.MIXEE) CommandSpec command;

  int threads = Runtime.getRuntime().availableProcessors();

  /** Checked as it is read, for every command at once: a usage error, exit code 2. */
  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: all cores). Results do not depend on it.")
  void setThreads(int n) {
    if (n < 1) {
      throw new ParameterException(command.commandLine(), "--threads: expected an integer ≥ 1, received: " + n);
    }
    threads = n;
  }

  @Option(names = "--stacktrace", description = "Show the stack trace of an internal error.")
  boolean stacktrace;

  /** The overrides, in the order they apply: --set first, then the shortcuts. */
  List<String> overrides() {
    return RunOverrides.of(sets, replications, seed);
  }
}
