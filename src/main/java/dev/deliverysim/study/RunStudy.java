package dev.deliverysim.study;

import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.experiment.LiveRun;
import dev.deliverysim.experiment.ReplicationRunner;
import dev.deliverysim.experiment.Settling;
import dev.deliverysim.experiment.MetricSummary;
import dev.deliverysim.experiment.Summary;
import dev.deliverysim.experiment.TimelineSummary;
import dev.deliverysim.experiment.Watching;
import dev.deliverysim.experiment.calibrate.SimulatedHistory;
import dev.deliverysim.experiment.money.Money;
import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.model.SimulationModel;
import dev.deliverysim.model.Timeline;
import dev.deliverysim.model.delivery.DeliveryModel;
import dev.deliverysim.model.delivery.SimulatedPr;
import dev.deliverysim.model.delivery.StageDef;
import dev.deliverysim.report.FlowCharts;
import dev.deliverysim.report.Manifest;
import dev.deliverysim.report.MoneyReport;
import dev.deliverysim.report.ResultsWriter;
import dev.deliverysim.report.RunFiles;
import dev.deliverysim.report.RunRecord;
import dev.deliverysim.report.RunReport;
import dev.deliverysim.report.StageColours;
import dev.deliverysim.report.SummaryCsv;
import dev.deliverysim.scenario.Assumptions;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * {@code run}: replicate one scenario and summarise it; unless only the numbers are asked for,
 * record the flow over time too (a second pass over the first replications) for its charts.
 */
public final class RunStudy {
  /** Timelines are recorded for at most this many replications: enough for smooth averages. */
  public static final int TIMELINE_REPLICATIONS = 100;
  /** The money of a priced run, as summary.csv has its metrics; written when the scenario has costs. */
  public static final String MONEY_CSV = "money.csv";

  /**
   * @param onlyReplication run just this replication (to replay one that failed), or null for all
   * @param numbersOnly the numbers and the manifest only: no timeline, charts or report
   * @param exportHistory also write the first replication's pull requests as the exports calibrate
   *     reads (a delivery organisation only)
   */
  public record Options(int threads, Integer onlyReplication, boolean numbersOnly, boolean exportHistory) {
    public Options(int threads, Integer onlyReplication, boolean numbersOnly) {
      this(threads, onlyReplication, numbersOnly, false);
    }
  }

  /**
   * @param timeline the flow over time, or null when not recorded (numbers only, or no horizon that
   *     every replication reaches)
   * @param wallSeconds the replications' time, without the timeline's second pass
   * @param history the first replication's merged pull requests when asked for, empty otherwise
   */
  public record Result(LoadedScenario loaded, Options options, RunRecord run, TimelineSummary timeline,
      Instant started, double wallSeconds, List<SimulatedPr> history) {
    public Result {
      history = List.copyOf(history);
    }

    public Result(LoadedScenario loaded, Options options, RunRecord run, TimelineSummary timeline, Instant started,
        double wallSeconds) {
      this(loaded, options, run, timeline, started, wallSeconds, List.of());
    }

    public Scenario scenario() {
      return loaded.scenario();
    }

    public Summary summary() {
      return run.summary();
    }
  }

  private RunStudy() {}

  /** Where results go unless told otherwise: {@code results/<scenario name>}. */
  public static Path defaultFolder(LoadedScenario loaded) {
    return Path.of("results", loaded.scenario().name());
  }

  public static Result run(LoadedScenario loaded, Options options, StudyListener listener,
      Cancellation cancellation) throws StudyInputException {
    Scenario scenario = loaded.scenario();
    Integer only = options.onlyReplication();
    if (only != null && only < 0) {
      throw new StudyInputException("--only-replication: expected an index ≥ 0, received: " + only);
    }
    if (options.exportHistory() && !(scenario.model() instanceof DeliveryModel)) {
      throw new StudyInputException("--export-history: '" + scenario.name() + "' is a queueing network; only a"
          + " delivery organisation has pull requests to export");
    }
    int first = only != null ? only : 0;
    int count = only != null ? 1 : scenario.replications();
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    SimulationModel model = scenario.model();
    ReplicationRunner runner = new ReplicationRunner(options.threads(), cancellation);
    boolean timed = timed(scenario);
    boolean drawn = !options.numbersOnly() && timed;
    // the timeline's second pass is work the person waits for too
    long total = count + (drawn ? Math.min(count, TIMELINE_REPLICATIONS) : 0);
    List<ReplicationResult> results =
        runner.run(model, scenario.seed(), first, count, live(loaded, first, 0, total, listener));
    Summary summary = Summary.of(model.catalog(), results);
    double wall = (System.nanoTime() - t0) / 1e9;
    RunRecord run = new RunRecord(scenario.name(), scenario.description(), scenario.seed(), first,
        model.catalog(), results, summary, scenario.loads(), scenario.outputUnit(), scenario.stages());
    // a timeline needs a common time axis: a horizon that every replication reaches
    TimelineSummary timeline = drawn
        ? timeline(runner, model, scenario, first, count, quiet(loaded, count, total, listener)) : null;
    String growth = timeline == null ? null
        : Settling.growth(timeline, scenario.stop().warmup() / scenario.outputUnit().hours());
    if (growth != null) {
      listener.notice(loaded.input() + ": warning: " + growth);
      run = run.withUnsettled(growth);
    }
    // the same trajectory as replication `first` above, its PRs recorded: a trace never changes a result
    List<SimulatedPr> history = options.exportHistory()
        ? ((DeliveryModel) model).history(scenario.seed(), first) : List.of();
    return new Result(loaded, options, run, timeline, started, wall, history);
  }

  /**
   * The first {@value #TIMELINE_REPLICATIONS} replications run again with their timelines
   * recorded (the same trajectories), snapshots once per output unit — or a hundred over the
   * horizon when that gives fewer than 20 or more than 200.
   */
  private static TimelineSummary timeline(ReplicationRunner runner, SimulationModel model, Scenario scenario,
      int first, int count, Watching watching) {
    double interval = interval(scenario);
    int recorded = Math.min(count, TIMELINE_REPLICATIONS);
    return TimelineSummary.of(runner.timelines(model, scenario.seed(), first, recorded, interval, watching), first,
        scenario.outputUnit());
  }

  /**
   * Progress of {@code loaded}'s replications, after {@code before} of {@code total} done, that
   * also warns — once, from replication {@code watched} — when its work keeps growing.
   */
  static LiveRun live(LoadedScenario loaded, int watched, long before, long total, StudyListener listener) {
    return new LiveRun(loaded.scenario().stop(), watched, before, done -> listener.replications(done, total),
        growth -> listener.notice(loaded.input() + ": warning: " + growth));
  }

  /** Progress only: a second pass over the same trajectories has nothing new to warn of. */
  static LiveRun quiet(LoadedScenario loaded, long before, long total, StudyListener listener) {
    return new LiveRun(loaded.scenario().stop(), -1, before, done -> listener.replications(done, total),
        growth -> {});
  }

  /** Snapshots once per output unit — or a hundred over the horizon when that gives fewer than 20 or more than 200. */
  static double interval(Scenario scenario) {
    double horizon = scenario.stop().horizon();
    double unit = scenario.outputUnit().hours();
    return horizon / unit >= 20 && horizon / unit <= 200 ? unit : horizon / 100;
  }

  /** Whether a timeline can be drawn: a horizon that every replication reaches. */
  static boolean timed(Scenario scenario) {
    return Double.isFinite(scenario.stop().horizon()) && scenario.stop().maxJobs() == 0;
  }

  /**
   * The run priced by its scenario's {@code costs}: the money metrics of every replication,
   * summarised, as a run of their own; null when the scenario has no costs.
   */
  public static RunRecord money(Result result) {
    Scenario scenario = result.scenario();
    if (!Money.priced(scenario)) {
      return null;
    }
    RunRecord run = result.run();
    Money.Priced priced = Money.of(scenario, run.catalog(), run.replications());
    return new RunRecord(run.scenarioName(), run.description(), run.seed(), run.firstReplication(),
        priced.catalog(), priced.replications(), Summary.of(priced.catalog(), priced.replications()),
        List.of(), run.unit(), List.of());
  }

  /** One colour per stage: a delivery organisation's stage list, or a network's stations in order. */
  static StageColours stageColours(Scenario scenario, TimelineSummary timeline) {
    return StageColours.of(!scenario.stages().isEmpty() ? scenario.stages().stream().map(StageDef::name).toList()
        : timeline.states().stream().map(Timeline.State::stage).distinct().toList());
  }

  /** The mean of a network-wide metric, or NaN when the run has none. */
  private static double mean(Summary summary, String metric) {
    return summary.metrics().stream().filter(m -> m.key().name().equals(metric) && m.key().station().isEmpty())
        .mapToDouble(MetricSummary::mean).findFirst().orElse(Double.NaN);
  }

  /** Writes the results folder (numbers, then timeline, charts and report, then the manifest) and swaps it in. */
  public static Path write(Result result, Path target, Invocation invocation, StudyListener listener)
      throws IOException {
    LoadedScenario loaded = result.loaded();
    Scenario scenario = loaded.scenario();
    Manifest manifest = invocation.manifest(loaded.input(), loaded.sources(), loaded.overrides(), scenario.seed(),
        result.run().replications().size(), result.options().threads(), result.started(), result.wallSeconds());
    try (ResultsWriter out = ResultsWriter.create(target)) {
      RunFiles.writeResults(out, result.run());
      RunRecord money = money(result);
      if (money != null) {
        out.text(MONEY_CSV, w -> SummaryCsv.write(money, w));
      }
      if (result.options().exportHistory()) {
        SimulatedHistory history = new SimulatedHistory(result.history(), scenario.units().hoursPerDay());
        out.text(SimulatedHistory.STAGES, history::stagesCsv);
        out.text(SimulatedHistory.GITHUB, history::githubJson);
        out.text(SimulatedHistory.GIT_LOG, history::gitLog);
        out.text(SimulatedHistory.JIRA, history::jiraChangelog);
      }
      if (!result.options().numbersOnly()) {
        List<FlowCharts.Drawn> charts = List.of();
        TimelineSummary timeline = result.timeline();
        if (timeline != null) {
          RunFiles.writeTimeline(out, timeline);
          double warmup = scenario.stop().warmup() / scenario.outputUnit().hours();
          charts = ChartDrawing.draw(() -> FlowCharts.write(out, scenario.name(), timeline, warmup,
              stageColours(scenario, timeline), mean(result.summary(), "cycle_time_p85")), List.of(), listener);
        }
        RunReport.write(out, result.run(), manifest, charts, Assumptions.of(loaded),
            money == null ? null : html -> {
              html.heading("Money, " + scenario.costs().perPeriodUnit());
              MoneyReport.runTable(html, money.summary(), scenario.costs().currency());
            });
      }
      return out.commit(manifest);
    }
  }
}
