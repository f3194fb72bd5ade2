package dev.deliverysim.cli;

import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.Scenario;
import dev.deliverysim.study.RunStudy;
import dev.deliverysim.study.StudyInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import dev.deliverysim.report.RunRecord;
import dev.deliverysim.report.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code run}: replicate one scenario ({@link RunStudy}), write its results folder, print a summary table. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Run a scenario's replications in parallel and write summary.json, summary.csv,"
        + " replications.csv, timeseries.csv, finished.csv, charts (PNG and SVG), report.html and"
        + " manifest.json to results/<scenario name>/ (or --out).",
    footer = {"", "Examples:",
        "  deliverysim run scenarios/mm1.yaml",
        "  deliverysim run scenarios/mm1.yaml --replications 50 --set stations[0].servers=2 --out /tmp/mm2"})
final class RunCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
  Path scenarioFile;

  @Mixin ExperimentOptions options;

  @Mixin PrecisionOptions precision;

  @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: results/<scenario name>).")
  Path out;

  @Option(names = "--only-replication", paramLabel = "INDEX",
      description = "Run just this replication (to replay one that failed).")
  Integer onlyReplication;

  @Option(names = "--quiet", description = ExperimentOptions.QUIET)
  boolean quiet;

  @Option(names = "--numbers-only",
      description = "Write the numbers and the manifest only: no timeline, charts or report (for scripts).")
  boolean numbersOnly;

  @Option(names = "--export-history",
      description = "Also write the first replication's pull requests as a team's tools would export them, for"
          + " calibrate to read back: history-stages.csv, history-prs.json (gh pr list), history-git-log.txt (git"
          + " log) and history-jira-changelog.csv. A delivery organisation only.")
  boolean exportHistory;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LoadedScenario loaded = Console.load(scenarioFile, options.overrides(), err);
    if (loaded == null) {
      return ExitCodes.BAD_INPUT;
    }
    Path target = out != null ? out : RunStudy.defaultFolder(loaded);
    if (!Console.usableFolder("run", target, err)) {
      return ExitCodes.BAD_INPUT;
    }
    RunStudy.Result result;
    try (Progress progress = Progress.of(loaded.scenario().name(), quiet, err)) {
      dev.deliverysim.experiment.Precision wanted = precision.precision(loaded.scenario().model().headline());
      if (wanted != null && onlyReplication != null) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "--precision and --only-replication: a replayed replication is one, not a batch");
      }
      result = RunStudy.run(loaded, new RunStudy.Options(options.threads, onlyReplication, numbersOnly, wanted,
          exportHistory),
          progress, Cancellation.none());
      RunStudy.write(result, target, Console.invocation(spec), progress);
    } catch (StudyInputException e) {
      return Console.printInput("run", e, err);
    }
    if (!quiet) {
      Scenario scenario = loaded.scenario();
      if (scenario.body() instanceof Scenario.DeliveryBody delivery) {
        new DeliveryTable(stdout).print(scenario, delivery.delivery(), result.summary(), result.wallSeconds());
      } else {
        new SummaryTable(stdout).print(scenario, result.summary(), result.wallSeconds());
      }
      RunRecord money = RunStudy.money(result);
      if (money != null) {
        new MoneyTable(stdout).print(money, scenario.costs());
      }
      if (result.precision() != null) {
        stdout.println(RunStudy.precisionSentence(result));
      }
      java.util.List<dev.deliverysim.experiment.InputUncertainty.Split> splits = RunStudy.uncertainty(result);
      if (splits != null) {
        dev.deliverysim.report.UncertaintyReport.sentences(splits, scenario.model().headline(), 3)
            .forEach(stdout::println);
      }
      stdout.println(RunReport.verdict(result.run()));
      stdout.println("results: " + target);
    }
    stdout.flush();
    err.flush();
    return ExitCodes.OK;
  }
}
