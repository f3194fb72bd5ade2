package dev.deliverysim.study;

import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.experiment.LiveRun;
import dev.deliverysim.experiment.InputUncertainty;
import dev.deliverysim.experiment.Precision;
import dev.deliverysim.experiment.ReplicationRunner;
import dev.deliverysim.experiment.Settling;
import dev.deliverysim.experiment.MetricSummary;
import dev.deliverysim.experiment.Summary;
import dev.deliverysim.experiment.TimelineSummary;
import dev.deliverysim.experiment.Watching;
import dev.deliverysim.experiment.calibrate.SimulatedHistory;
import dev.deliverysim.experiment.money.Money;
import dev.deliverysim.experiment.money.PricedComparison;
import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.model.SimulationModel;
import dev.deliverysim.model.Timeline;
import dev.deliverysim.model.delivery.DeliveryModel;
import dev.deliverysim.model.delivery.SimulatedPr;
import dev.deliverysim.model.delivery.StageDef;
import dev.deliverysim.report.FlowCharts;
import dev.deliverysim.report.Manifest;
import dev.deliverysim.report.MoneyReport;
import dev.deliverysim.report.PrecisionReport;
import dev.deliverysim.report.ResultsWriter;
import dev.deliverysim.report.UncertaintyReport;
import dev.deliverysim.report.RunFiles;
import dev.deliverysim.report.RunRecord;
import dev.deliverysim.report.RunReport;
import dev.deliverysim.report.StageColours;
import dev.deliverysim.report.SummaryCsv;
import dev.deliverysim.scenario.Assumptions;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.ParameterWords;
import dev.deliverysim.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
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
  public record Options(int threads, Integer onlyReplication, boolean numbersOnly, Precision precision,
      boolean exportHistory) {
    /** A fixed number of replications: the scenario's. */
    public Options(int threads, Integer onlyReplication, boolean numbersOnly) {
      this(threads, onlyReplication, numbersOnly, null, false);
    }
  }

  /**
   * @param timeline the flow over time, or null when not recorded (numbers only, or no horizon that
   *     every replication reaches)
   * @param wallSeconds the replications' time, without the timeline's second pass
   * @param precision how a run to a target precision ended; null for a fixed number of replications
   * @param history the first replication's merged pull requests when asked for, empty otherwise
   */
  public record Result(LoadedScenario loaded, Options options, RunRecord run, TimelineSummary timeline,
      Instant started, double wallSeconds, Precision.Reached precision, List<SimulatedPr> history) {
    public Result {
      history = List.copyOf(history);
    }

    public Result(LoadedScenario loaded, Options options, RunRecord run, TimelineSummary timeline, Instant started,
        double wallSeconds) {
      this(loaded, options, run, timeline, started, wallSeconds, null, List.of());
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
    List<ReplicationResult> results;
    Precision.Reached reached = null;
    long total;
    if (options.precision() != null && only == null) {
      Precision precision = options.precision();
      CompareStudy.checkMetrics(precision.metrics(), model, "--precision-metric");
      List<ReplicationResult> so = new ArrayList<>();
      reached = precision.run(count, perDraw(scenario), (from, more) -> {
        int before = so.size();
        so.addAll(runner.run(model, scenario.seed(), from, more,
            live(loaded, from == 0 ? 0 : -1, before, before + more, listener)));
      }, () -> relativeHalfWidths(summarise(scenario, model, so), precision.metrics()));
      results = so;
      total = results.size() + (drawn ? Math.min(results.size(), TIMELINE_REPLICATIONS) : 0);
    } else {
      // the timeline's second pass is work the person waits for too
      total = count + (drawn ? Math.min(count, TIMELINE_REPLICATIONS) : 0);
      results = runner.run(model, scenario.seed(), first, count, live(loaded, first, 0, total, listener));
    }
    Summary summary = summarise(scenario, model, results);
    double wall = (System.nanoTime() - t0) / 1e9;
    RunRecord run = new RunRecord(scenario.name(), scenario.description(), scenario.seed(), first,
        model.catalog(), results, summary, scenario.loads(), scenario.outputUnit(), scenario.stages());
    // a timeline needs a common time axis: a horizon that every replication reaches
    TimelineSummary timeline = drawn ? timeline(runner, model, scenario, first, results.size(),
        quiet(loaded, results.size(), total, listener)) : null;
    String growth = timeline == null ? null
        : Settling.growth(timeline, scenario.stop().warmup() / scenario.outputUnit().hours());
    if (growth != null) {
      listener.notice(loaded.input() + ": warning: " + growth);
      run = run.withUnsettled(growth);
    }
    // the same trajectory as replication `first` above, its PRs recorded: a trace never changes a result
    List<SimulatedPr> history = options.exportHistory()
        ? ((DeliveryModel) model).history(scenario.seed(), first) : List.of();
    return new Result(loaded, options, run, timeline, started, wall, reached, history);
  }

  /**
   * The replications summarised; with uncertain inputs, each mean's interval from the outer draws'
   * means ({@link InputUncertainty}), since replications sharing a draw are not independent.
   */
  static Summary summarise(Scenario scenario, SimulationModel model, List<ReplicationResult> results) {
    Summary summary = Summary.of(model.catalog(), results);
    return scenario.uncertainty().present()
        ? InputUncertainty.withDrawIntervals(summary, model.catalog(), results, perDraw(scenario)) : summary;
  }

  /** Replications per outer draw of the uncertain inputs: 1 without any. */
  static int perDraw(Scenario scenario) {
    return scenario.uncertainty().present() ? scenario.uncertainty().perDraw() : 1;
  }

  /** Each metric split into the spread due to the uncertain inputs and the noise; null without uncertain inputs. */
  public static List<InputUncertainty.Split> uncertainty(Result result) {
    Scenario scenario = result.scenario();
    return scenario.uncertainty().present() && result.options().onlyReplication() == null
        ? InputUncertainty.of(result.run().catalog(), result.run().replications(), perDraw(scenario)) : null;
  }

  /** The headline metrics' labels of the run's scenario. */
  static List<String> headline(Result result) {
    return result.scenario().model().headline();
  }

  /** How a run to a target precision ended, in a sentence. */
  public static String precisionSentence(Result result) {
    return PrecisionReport.sentence(result.precision(), result.run().catalog(), false);
  }

  /** Each metric's relative half-width in {@code summary}: the gauge of a run to a target precision. */
  static java.util.Map<String, Double> relativeHalfWidths(Summary summary, List<String> metrics) {
    java.util.Map<String, Double> widths = new java.util.LinkedHashMap<>();
    for (String metric : metrics) {
      widths.put(metric, summary.get(metric).relativeHalfWidth());
    }
    return widths;
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
        priced.catalog(), priced.replications(), PricedComparison.summary(priced, perDraw(scenario)),
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
      if (result.precision() != null) {
        out.text(PrecisionReport.CSV, w -> PrecisionReport.csv(result.precision(), w));
      }
      List<InputUncertainty.Split> splits = uncertainty(result);
      if (splits != null) {
        out.text(UncertaintyReport.CSV, w -> UncertaintyReport.csv(splits, w));
        out.text(UncertaintyReport.DRAWS_CSV, w -> UncertaintyReport.draws(scenario.uncertainty(), scenario.seed(),
            result.run().replications().size(), w));
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
        RunReport.write(out, result.run(), ParameterWords.scenarioLabel(loaded.tree(), scenario.name()), manifest,
            charts, Assumptions.of(loaded), html -> {
              if (result.precision() != null) {
                html.paragraph(precisionSentence(result));
              }
              if (splits != null) {
                UncertaintyReport.section(html, scenario.uncertainty(), splits, headline(result));
              }
              if (money != null) {
                html.heading("Money, " + scenario.costs().perPeriodUnit());
                MoneyReport.runTable(html, money.summary(), scenario.costs().currency());
              }
            });
      }
      return out.commit(manifest);
    }
  }
}
