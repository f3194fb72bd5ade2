package dev.deliverysim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that reads one scenario shares. */
final class ScenarioOptions {
  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
  Path scenario;

  @Option(
      names = "--set",
      paramLabel = "PATH=VALUE",
      description = "Override one value of the scenario, e.g. --set stations[0].servers=2. Repeatable.")
  List<String> sets = new ArrayList<>();

  @Option(names = "--replications", paramLabel = "N", description = "Same as --set run.replications=N.")
  Integer replications;

  @Option(names = "--seed", paramLabel = "SEED", description = "Same as --set run.seed=SEED.")
  Long seed;

  @Option(names = "--stacktrace", description = "Show the stack trace of an internal error.")
  boolean stacktrace;

  /** The overrides in the order they apply: --set first, then the shortcuts. */
  List<String> overrides() {
    return RunOverrides.of(sets, replications, seed);
  }
}
