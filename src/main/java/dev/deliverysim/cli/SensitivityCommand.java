package dev.deliverysim.cli;

import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.experiment.sensitivity.SensitivityTable;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.study.SensitivityStudy;
import dev.deliverysim.study.StudyInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sensitivity}: changes each numeric parameter one at a time and ranks the parameters by how
 * much they move one metric ({@link SensitivityStudy}); prints the top of the ranking.
 */
@Command(
    name = "sensitivity",
    mixinStandardHelpOptions = true,
    description = "Change each numeric parameter one at a time (±10%%, ±50%%) — but those defining the work"
        + " (delivery.work.*) unless named with --param — rank the parameters by their effect on one metric, and write sensitivity.csv to results/<name>-sensitivity/ (or --out).",
    footer = {"", "Example:", "  deliverysim sensitivity scenarios/baseline.yaml --metric features_delivered"})
final class SensitivityCommand implements Callable<Integer> {
  private static final String NAME = "sensitivity";

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ExperimentOptions options;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario to analyse.")
  Path scenario;

  @Option(names = "--param", paramLabel = "PATH", description = "Only this parameter (repeatable), e.g. stations[1].servers.")
  List<String> params = new ArrayList<>();

  @Option(names = "--metric", paramLabel = "LABEL",
      description = "Metric to rank by (default: features_delivered; backlog_done_at for a backlog the"
          + " team finishes within the horizon; throughput for a network).")
  String metric;

  @Option(names = "--changes", paramLabel = "PERCENT", split = ",",
      description = "Changes in percent, each applied down and up (default: 10,50).")
  List<Double> changes = new ArrayList<>(List.of(10.0, 50.0));

  @Option(names = "--top", paramLabel = "N", description = "Parameters to print (default: 15); all are in the CSV.")
  int top = 15;

  @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: results/<name>-sensitivity).")
  Path out;

  @Option(names = "--quiet", description = ExperimentOptions.QUIET)
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      return analyse(stdout, err);
    } finally {
      stdout.flush();
      err.flush();
    }
  }

  private int analyse(PrintWriter stdout, PrintWriter err) throws IOException {
    if (top < 1) {
      err.println("deliverysim sensitivity: --top: expected an integer ≥ 1, received: " + top);
      return ExitCodes.BAD_INPUT;
    }
    LoadedScenario loaded = Console.load(scenario, options.overrides(), err);
    if (loaded == null) {
      return ExitCodes.BAD_INPUT;
    }
    Path target = out != null ? out : SensitivityStudy.defaultFolder(loaded);
    if (!Console.usableFolder(NAME, target, err)) {
      return ExitCodes.BAD_INPUT;
    }
    SensitivityStudy.Result r;
    try (Progress progress = Progress.of(loaded.scenario().name() + " sensitivity", quiet, err)) {
      r = SensitivityStudy.run(loaded, new SensitivityStudy.Options(options.threads, params, metric, changes),
          progress, Cancellation.none());
      SensitivityStudy.write(r, target, Console.invocation(spec), progress);
    } catch (StudyInputException e) {
      return Console.printInput(NAME, e, err);
    }
    if (!quiet) {
      stdout.printf(Locale.ROOT, "%s: %d parameters, %d variants × %d replications, seed %d, in %.2f s%n",
          loaded.scenario().name(), r.parameters().size(), r.effects().size(), loaded.scenario().replications(),
          loaded.scenario().seed(), r.wallSeconds());
      stdout.printf(Locale.ROOT, "effect on %s%s, relative to the base (paired 95%% CI)%n%n", r.metric(),
          r.unit().isEmpty() ? "" : " (" + r.unit() + ")");
      new SensitivityTable(stdout).print(r.ranked(), r.fractions(), top, SensitivityStudy.parameterLabels(loaded, r.ranked()));
      if (!r.definitions().isEmpty()) {
        stdout.println("not ranked: " + r.definitions().size() + " numbers that define the work rather than how it is"
            + " done (delivery.work.*: features, tasks per feature, effort, size); name one with --param to rank it");
      }
      stdout.println("results: " + target);
    }
    return ExitCodes.OK;
  }
}
