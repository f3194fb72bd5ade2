package dev.deliverysim.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every command that runs experiments shares (a picocli mixin). */
final class ExperimentOptions {
  @Option(names = "--set", paramLabel = "PATH=VALUE",
      description = "Override a scenario value, e.g. --set stations[0].servers=2; applies to every run. Repeatable.")
  List<String> sets = new ArrayList<>();

  @Option(names = "--replications", paramLabel = "N", description = "Same as --set run.replications=N.")
  Integer replications;

  @Option(names = "--seed", paramLabel = "SEED", description = "Same as --set run.seed=SEED.")
  Long seed;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: all cores). Results do not depend on it.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--stacktrace", description = "Show the stack trace of an internal error.")
  boolean stacktrace;

  /** The overrides, in the order they apply: --set first, then the shortcuts. */
  List<String> overrides() {
    return RunOverrides.of(sets, replications, seed);
  }
}
