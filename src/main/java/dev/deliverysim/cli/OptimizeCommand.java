package dev.deliverysim.cli;

import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.study.OptimizeStudy;
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
 * {@code optimize}: the cheapest setting of the levers that meets a target with stated confidence,
 * or the best within a budget ({@link OptimizeStudy}).
 */
@Command(
    name = "optimize",
    mixinStandardHelpOptions = true,
    description = "Find the cheapest setting of one or more levers that meets a target with stated"
        + " confidence (or the best within --budget), on common random numbers, and write optimize.csv,"
        + " frontier.png/.svg, report.html and manifest.json to results/<scenario>-optimize/ (or --out).",
    footer = {"", "Example:",
        "  deliverysim optimize scenarios/small-team.yaml --target 'cycle_time_p85<=1w'"
            + " --lever 'delivery.teams[devs].headcount=4:10'"})
final class OptimizeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ExperimentOptions options;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
  Path scenario;

  @Option(names = "--target", required = true, paramLabel = "METRIC<=VALUE",
      description = "What a setting must achieve: METRIC<=VALUE or METRIC>=VALUE, a time or rate with its"
          + " unit (cycle_time_p85<=5d, features_delivered>=4/w).")
  String target;

  @Option(names = "--lever", required = true, paramLabel = "PATH=FROM:TO[:STEP]",
      description = "A lever and its values, cheapest first (as for --set: delivery.teams[devs].headcount=6:14,"
          + " or a list 2,4,8). Repeat for several: every combination is run.")
  List<String> levers = new ArrayList<>();

  @Option(names = "--budget", paramLabel = "AMOUNT",
      description = "Find the best setting that costs at most this (the scenario's spending per period when it"
          + " has costs, else the sum of the lever values) instead of the cheapest meeting the target.")
  Double budget;

  @Option(names = "--confidence", paramLabel = "P", defaultValue = "0.95",
      description = "Confidence that the answer meets the target, or is the best (default: ${DEFAULT-VALUE}).")
  double confidence;

  @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: results/<scenario>-optimize).")
  Path out;

  @Option(names = "--quiet", description = ExperimentOptions.QUIET)
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LoadedScenario loaded = Console.load(scenario, options.overrides(), err);
    if (loaded == null) {
      return ExitCodes.BAD_INPUT;
    }
    Path folder = out != null ? out : OptimizeStudy.defaultFolder(loaded);
    if (!Console.usableFolder("optimize", folder, err)) {
      return ExitCodes.BAD_INPUT;
    }
    OptimizeStudy.Result result;
    try (Progress progress = Progress.of(loaded.scenario().name() + " optimize", quiet, err)) {
      result = OptimizeStudy.run(loaded, new OptimizeStudy.Options(options.threads, target, levers, budget, confidence),
          progress, Cancellation.none());
      OptimizeStudy.write(result, folder, Console.invocation(spec), progress);
    } catch (StudyInputException e) {
      return Console.printInput("optimize", e, err);
    }
    if (!quiet) {
      stdout.println(OptimizeStudy.answer(result));
      stdout.printf(Locale.ROOT, "%d settings run × %d replications, seed %d, in %.2f s; %s.%n",
          result.points().size(), loaded.scenario().replications(), loaded.scenario().seed(), result.wallSeconds(),
          result.method());
      stdout.println("results: " + folder);
    }
    stdout.flush();
    err.flush();
    return ExitCodes.OK;
  }
}
