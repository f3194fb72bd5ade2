package dev.deliverysim.cli;

import dev.deliverysim.experiment.ReplicationRunner;
import dev.deliverysim.experiment.Summary;
import dev.deliverysim.model.SimulationModel;
import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.experiment.TimelineSummary;
import dev.deliverysim.report.FlowCharts;
import dev.deliverysim.report.Manifest;
import dev.deliverysim.report.RunReport;
import dev.deliverysim.scenario.Assumptions;
import dev.deliverysim.report.ResultsFolder;
import dev.deliverysim.report.RunRecord;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.Scenario;
import dev.deliverysim.scenario.ScenarioException;
import dev.deliverysim.scenario.ScenarioLoader;
import dev.deliverysim.scenario.tree.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code run}: replicate one scenario, write its results folder, print a summary table. */
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
  /** Timelines are recorded for at most this many replications: enough for smooth averages. */
  static final int TIMELINE_REPLICATIONS = 100;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
  Path scenarioFile;

  @Mixin ExperimentOptions options;

  @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: results/<scenario name>).")
  Path out;

  @Option(names = "--only-replication", paramLabel = "INDEX",
      description = "Run just this replication (to replay one that failed).")
  Integer onlyReplication;

  @Option(names = "--quiet", description = "Print nothing but problems.")
  boolean quiet;

  @Option(names = "--numbers-only",
      description = "Write the numbers and the manifest only: no timeline, charts or report (for scripts).")
  boolean numbersOnly;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LoadedScenario loaded;
    try {
      loaded = ScenarioLoader.load(scenarioFile, options.overrides());
    } catch (ScenarioException e) {
      e.problems().stream().map(Problem::format).forEach(err::println);
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    loaded.warnings().forEach(w -> err.println(w.format()));
    Scenario scenario = loaded.scenario();
    int first = onlyReplication != null ? onlyReplication : 0;
    int count = onlyReplication != null ? 1 : scenario.replications();
    if (first < 0) {
      err.println("deliverysim run: --only-replication: expected an index ≥ 0, received: " + first);
      return ExitCodes.BAD_INPUT;
    }
    ResultsFolder folder =
        OutputFolder.prepare("run", out != null ? out : Path.of("results", scenario.name()), err);
    if (folder == null) {
      err.flush();
      return ExitCodes.BAD_INPUT;
    }

    Instant started = Instant.now();
    long t0 = System.nanoTime();
    SimulationModel model = scenario.model();
    List<ReplicationResult> results;
    try (Progress progress = Progress.of(scenario.name(), quiet)) {
      results = new ReplicationRunner(options.threads).run(model, scenario.seed(), first, count,
          done -> progress.update(done, count));
    }
    Summary summary = Summary.of(model.catalog(), results);
    double wall = (System.nanoTime() - t0) / 1e9;

    RunRecord run = new RunRecord(scenario.name(), scenario.description(), scenario.seed(), first,
        model.catalog(), results, summary, scenario.loads(), scenario.outputUnit());
    Manifest manifest = new Manifest(Version.current(), scenarioFile.toString(),
        loaded.sources().stream().map(s -> new Manifest.Source(s.file(), s.sha256())).toList(),
        options.overrides(), scenario.seed(), count, options.threads,
        List.of(spec.commandLine().getParseResult().originalArgs().toArray(String[]::new)),
        started.toString(), wall, System.getProperty("java.version"));
    folder.writeResults(run);
    if (!numbersOnly) {
      List<FlowCharts.Drawn> charts = List.of();
      // a timeline needs a common time axis: a horizon that every replication reaches
      if (Double.isFinite(scenario.stop().horizon()) && scenario.stop().maxJobs() == 0) {
        TimelineSummary timeline = timeline(model, scenario, first, count);
        folder.writeTimeline(timeline);
        double warmup = scenario.stop().warmup() / scenario.outputUnit().hours();
        charts = Charts.draw(() -> FlowCharts.write(folder.dir(), scenario.name(), timeline, warmup), List.of(), err);
      }
      RunReport.write(folder.dir(), run, manifest, charts, Assumptions.of(scenarioFile, options.overrides()));
    }
    folder.finish(manifest);
    if (!quiet) {
      if (scenario.body() instanceof Scenario.DeliveryBody delivery) {
        new DeliveryTable(stdout).print(scenario, delivery.delivery(), summary, wall);
      } else {
        new SummaryTable(stdout).print(scenario, summary, wall);
      }
      stdout.println("results: " + folder.dir());
    }
    stdout.flush();
    err.flush();
    return ExitCodes.OK;
  }

  /**
   * The first {@value #TIMELINE_REPLICATIONS} replications run again with their timelines
   * recorded (the same trajectories), snapshots once per output unit — or a hundred over the
   * horizon when that gives fewer than 20 or more than 200.
   */
  private TimelineSummary timeline(SimulationModel model, Scenario scenario, int first, int count) {
    double horizon = scenario.stop().horizon();
    double unit = scenario.outputUnit().hours();
    double interval = horizon / unit >= 20 && horizon / unit <= 200 ? unit : horizon / 100;
    int recorded = Math.min(count, TIMELINE_REPLICATIONS);
    return TimelineSummary.of(new ReplicationRunner(options.threads)
        .timelines(model, scenario.seed(), first, recorded, interval), first, scenario.outputUnit());
  }
}
