package dev.deliverysim.study;

import dev.deliverysim.report.OverTimeChart;
import dev.deliverysim.model.Timeline;
import dev.deliverysim.experiment.PairedTimeline;
import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.experiment.MetricDifference;
import dev.deliverysim.experiment.PairedComparison;
import dev.deliverysim.experiment.InputUncertainty;
import dev.deliverysim.experiment.Precision;
import dev.deliverysim.experiment.ReplicationRunner;
import dev.deliverysim.experiment.Summary;
import dev.deliverysim.experiment.money.PricedComparison;
import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.model.SimulationModel;
import dev.deliverysim.report.ComparisonCsv;
import dev.deliverysim.report.CompareAnswer;
import dev.deliverysim.report.CompareReport;
import dev.deliverysim.report.FlowCharts;
import dev.deliverysim.report.ForestChart;
import dev.deliverysim.report.Manifest;
import dev.deliverysim.report.PrecisionReport;
import dev.deliverysim.report.ResultsWriter;
import dev.deliverysim.report.RunRecord;
import dev.deliverysim.scenario.Assumptions;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.ParameterWords;
import dev.deliverysim.scenario.Scenario;
import dev.deliverysim.scenario.tree.Spelling;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code compare}: runs a base scenario and its variants on the same seeds and replications
 * (common random numbers) and measures each metric's paired difference with its 95% interval.
 */
public final class CompareStudy {
  /** Each priced variant's paired differences in money, written when the base has {@code costs}. */
  public static final String MONEY_CSV = "money-comparison.csv";

  /** @param metrics the labels to headline; empty for the scenario kind's usual ones */
  /** @param precision run replications in batches to this precision (null: the base's number) */
  public record Options(int threads, List<String> metrics, Precision precision) {
    public Options {
      metrics = List.copyOf(metrics);
    }

    public Options(int threads, List<String> metrics) {
      this(threads, metrics, null);
    }
  }

  /**
   * @param runs the base first, then each variant, each summarised as a run
   * @param byVariant each variant's paired differences from the base, by variant name
   * @param headline the metrics worth a line
   * @param overTime each variant's throughput minus the base's, period by period (variants measured
   *     over the base's window; none without a horizon)
   * @param money each scenario priced by its {@code costs}, paired like the metrics;
   *     {@link PricedComparison#NONE} when the base has none
   * @param precision how a comparison run to a target precision ended; null for a fixed number
   */
  public record Result(List<LoadedScenario> loaded, Options options, List<RunRecord> runs,
      Map<String, List<MetricDifference>> byVariant, List<String> headline, Map<String, PairedTimeline> overTime,
      PricedComparison money, Instant started, double wallSeconds, Precision.Reached precision) {
    public Result {
      loaded = List.copyOf(loaded);
      runs = List.copyOf(runs);
      byVariant = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byVariant));
      headline = List.copyOf(headline);
      overTime = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(overTime));
    }

    public Scenario base() {
      return loaded.get(0).scenario();
    }

    /**
     * Each variant's answer, by name: what moved most and at what price ({@link CompareAnswer}),
     * throughput set aside when both base and variant deliver what comes in with capacity to spare.
     */
    public Map<String, String> answers() {
      String baseCap = CompareAnswer.demandCap(base(), runs.get(0).summary());
      Map<String, String> answers = new LinkedHashMap<>();
      for (int v = 1; v < loaded.size(); v++) {
        String name = loaded.get(v).scenario().name();
        boolean capped = baseCap != null && CompareAnswer.demandCap(loaded.get(v).scenario(), runs.get(v).summary()) != null;
        answers.put(name, CompareAnswer.answer(base().name(), name, shown(loaded.get(0), loaded.get(0)),
            shown(loaded.get(v), loaded.get(0)), byVariant.get(name), headline, capped ? baseCap : null, money,
            base().outputUnit()));
      }
      return answers;
    }
  }

  private CompareStudy() {}

  /**
   * A scenario as an answer names it: its {@code label}, else its name — followed, for a variant
   * made by {@code --set-variant}, by what it sets in words: "hire (Developers (headcount) = 7)".
   */
  static String shown(LoadedScenario scenario, LoadedScenario base) {
    String label = ParameterWords.scenarioLabel(scenario.tree(), scenario.scenario().name());
    if (scenario == base) {
      return label;
    }
    if (label.equals(ParameterWords.scenarioLabel(base.tree(), base.scenario().name()))) {
      label = scenario.scenario().name(); // the base's label, inherited: it would call both the same
    }
    ParameterWords words = ParameterWords.of(scenario);
    List<String> settings = new ArrayList<>();
    for (String assignment : scenario.overrides()) {
      int eq = assignment.indexOf('=');
      String path = eq > 0 ? assignment.substring(0, eq).strip() : "";
      if (eq > 0 && !base.overrides().contains(assignment) && !path.equals("name") && !path.equals("label")
          && !path.startsWith("run.")) {
        settings.add(words.setting(path, assignment.substring(eq + 1).strip()));
      }
    }
    return settings.isEmpty() ? label : label + " (" + String.join(", ", settings) + ")";
  }

  /** Where results go unless told otherwise: {@code results/<base name>-compare}. */
  /**
   * results/compare-BASE-vs-V1+V2: named after the whole comparison, so comparing the base with
   * other variants never replaces an earlier comparison. A name too long for a folder keeps its
   * start and ends with a hash of the whole.
   */
  public static Path defaultFolder(List<LoadedScenario> loaded) {
    String name = "compare-" + loaded.get(0).scenario().name() + "-vs-" + String.join("+",
        loaded.subList(1, loaded.size()).stream().map(l -> l.scenario().name()).toList());
    if (name.length() > 120) {
      name = name.substring(0, 110) + "-" + String.format(java.util.Locale.ROOT, "%08x", name.hashCode());
    }
    return Path.of("results", name);
  }

  /** A variant runs with the base's {@code --set} overrides, on the base's seed and number of replications. */
  public static List<String> variantOverrides(List<String> sets, Scenario base) {
    List<String> overrides = new ArrayList<>(sets);
    overrides.add("run.replications=" + base.replications());
    overrides.add("run.seed=" + base.seed());
    return overrides;
  }

  /**
   * A variant measured over another window (horizon, warm-up) mixes that into its differences; a
   * variant without the base's costs (or in another currency or period) is left out of the money.
   */
  public static List<String> warnings(List<LoadedScenario> loaded) {
    Scenario b = loaded.get(0).scenario();
    List<String> warnings = new ArrayList<>();
    for (LoadedScenario l : loaded.subList(1, loaded.size())) {
      Scenario v = l.scenario();
      if (v.stop().horizon() != b.stop().horizon() || v.stop().warmup() != b.stop().warmup()) {
        warnings.add("warning: " + v.name() + " is measured over another window than " + b.name()
            + " (horizon or warm-up differ): its differences mix the change with the window");
      }
      if (b.costs().present() && !v.costs().perPeriodUnit().equals(b.costs().perPeriodUnit())) {
        warnings.add("warning: " + v.name() + (v.costs().present() ? " prices in " + v.costs().perPeriodUnit()
            + ", " + b.name() + " in " + b.costs().perPeriodUnit() : " has no costs section")
            + ": it is left out of the money comparison");
      }
    }
    return warnings;
  }

  /** Runs the base (first) and every variant, the same replications each, and pairs them. */
  public static Result run(List<LoadedScenario> loaded, Options options, StudyListener listener,
      Cancellation cancellation) throws StudyInputException {
    Scenario base = loaded.get(0).scenario();
    List<String> headline = options.metrics().isEmpty() ? base.model().headline() : options.metrics();
    checkMetrics(options.metrics(), base.model());
    for (LoadedScenario l : loaded.subList(1, loaded.size())) {
      if (l.scenario().uncertainty().present() && RunStudy.perDraw(l.scenario()) != RunStudy.perDraw(base)) {
        throw new StudyInputException(l.scenario().name() + " draws its uncertain inputs for "
            + RunStudy.perDraw(l.scenario()) + " replication(s) at a time and " + base.name() + " for "
            + RunStudy.perDraw(base) + ": a comparison pairs draw by draw, so give them the same"
            + " uncertainty.replications_per_draw");
      }
    }
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    ReplicationRunner runner = new ReplicationRunner(options.threads(), cancellation);
    List<SimulationModel> models = new ArrayList<>();
    List<List<ReplicationResult>> results = new ArrayList<>();
    for (LoadedScenario l : loaded) {
      models.add(l.scenario().model());
      results.add(new ArrayList<>());
    }
    // a fixed count knows its timelines' second pass up front: the bar counts it too
    boolean fixed = options.precision() == null;
    Precision.Batch batch = (from, count) -> {
      long total = (long) loaded.size() * (count + (fixed ? timelineRuns(base, count) : 0));
      for (int i = 0; i < loaded.size(); i++) {
        long before = (long) i * count;
        results.get(i).addAll(runner.run(models.get(i), base.seed(), from, count,
            RunStudy.live(loaded.get(i), from == 0 ? 0 : -1, before, total, listener)));
      }
    };
    Precision.Reached reached = null;
    if (options.precision() == null) {
      batch.run(0, base.replications());
    } else {
      checkMetrics(options.precision().metrics(), models.get(0), "--precision-metric");
      reached = options.precision().run(base.replications(), RunStudy.perDraw(base), batch,
          () -> relativeHalfWidths(models, paired(base, results), options.precision().metrics()));
    }
    List<List<ReplicationResult>> pairs = paired(base, results);
    Map<String, List<MetricDifference>> byVariant = new LinkedHashMap<>();
    for (int v = 1; v < loaded.size(); v++) {
      byVariant.put(loaded.get(v).scenario().name(), PairedComparison.of(
          models.get(0).catalog(), pairs.get(0), models.get(v).catalog(), pairs.get(v)));
    }
    int n = results.get(0).size();
    long timelines = (long) loaded.size() * timelineRuns(base, n);
    Map<String, PairedTimeline> overTime = overTime(runner, loaded, models, n, listener,
        fixed ? (long) loaded.size() * n : 0, (fixed ? (long) loaded.size() * n : 0) + timelines);
    PricedComparison money = PricedComparison.of(loaded.stream().map(LoadedScenario::scenario).toList(),
        models.stream().map(SimulationModel::catalog).toList(), results);
    double wall = (System.nanoTime() - t0) / 1e9;
    List<RunRecord> runs = new ArrayList<>();
    for (int i = 0; i < loaded.size(); i++) {
      Scenario s = loaded.get(i).scenario();
      runs.add(new RunRecord(s.name(), s.description(), s.seed(), 0, models.get(i).catalog(), results.get(i),
          RunStudy.summarise(base, models.get(i), results.get(i)), s.loads(), s.outputUnit(), s.stages()));
    }
    return new Result(loaded, options, runs, byVariant, headline, overTime, money, started, wall, reached);
  }

  /**
   * What is paired: each replication — or, when the base has uncertain inputs, each outer draw's
   * mean over its replications, since replications sharing a draw are not independent. Variants
   * see the base's draws when they share its inputs (the draw streams are keyed by the input's
   * path and the draw), so the pairs are pairs of the same draw.
   */
  static List<List<ReplicationResult>> paired(Scenario base, List<List<ReplicationResult>> results) {
    int k = RunStudy.perDraw(base);
    return k == 1 ? results : results.stream().map(r -> InputUncertainty.drawMeans(r, k)).toList();
  }

  /** How a comparison run to a target precision ended, in a sentence. */
  public static String precisionSentence(Result result) {
    return PrecisionReport.sentence(result.precision(), result.runs().get(0).catalog(), true);
  }

  /**
   * The gauge of a comparison run to a target precision: for each metric, the widest over the
   * variants of its paired difference's 95% half-width relative to the base's mean — the
   * half-width of the relative change {@code comparison.csv} reports.
   */
  static Map<String, Double> relativeHalfWidths(List<SimulationModel> models, List<List<ReplicationResult>> results,
      List<String> metrics) {
    Map<String, Double> widths = new LinkedHashMap<>();
    metrics.forEach(m -> widths.put(m, 0.0));
    for (int v = 1; v < models.size(); v++) {
      for (MetricDifference d : PairedComparison.of(models.get(0).catalog(), results.get(0), models.get(v).catalog(),
          results.get(v))) {
        String label = d.key().label();
        if (widths.containsKey(label)) {
          double half = (d.relativeHigh() - d.relativeLow()) / 2;
          widths.put(label, Double.isNaN(half) || Double.isNaN(widths.get(label)) ? Double.NaN
              : Math.max(widths.get(label), half));
        }
      }
    }
    return widths;
  }

  /**
   * The first {@link RunStudy#TIMELINE_REPLICATIONS} replications of the base and of each variant
   * on the base's window again, with their timelines, paired period by period.
   */
  private static Map<String, PairedTimeline> overTime(ReplicationRunner runner, List<LoadedScenario> loaded,
      List<SimulationModel> models, int replications, StudyListener listener, long before, long total) {
    Scenario base = loaded.get(0).scenario();
    Map<String, PairedTimeline> overTime = new LinkedHashMap<>();
    if (!RunStudy.timed(base)) {
      return overTime;
    }
    double interval = RunStudy.interval(base);
    int count = Math.min(replications, RunStudy.TIMELINE_REPLICATIONS);
    List<Timeline> baseLines = runner.timelines(models.get(0), base.seed(), 0, count, interval,
        RunStudy.quiet(loaded.get(0), before, total, listener));
    for (int v = 1; v < loaded.size(); v++) {
      Scenario variant = loaded.get(v).scenario();
      if (variant.stop().equals(base.stop())) {
        overTime.put(variant.name(), PairedTimeline.of(baseLines, runner.timelines(models.get(v), base.seed(), 0,
            count, interval, RunStudy.quiet(loaded.get(v), before + (long) v * count, total, listener)),
            base.outputUnit()));
      }
    }
    return overTime;
  }

  /** Replications run again with their timelines after {@code n}: none without a common horizon. */
  private static long timelineRuns(Scenario base, int n) {
    return RunStudy.timed(base) ? Math.min(n, RunStudy.TIMELINE_REPLICATIONS) : 0;
  }

  /** Every label asked for must exist; a typo gets a suggestion, not a silent gap. */
  private static void checkMetrics(List<String> labels, SimulationModel model) throws StudyInputException {
    checkMetrics(labels, model, "--metrics");
  }

  /** Every label names a metric of {@code model}, or a located error naming {@code option}. */
  static void checkMetrics(List<String> labels, SimulationModel model, String option) throws StudyInputException {
    List<String> known = model.catalog().keys().stream().map(k -> k.label()).toList();
    List<String> problems = new ArrayList<>();
    for (String label : labels) {
      if (!known.contains(label)) {
        String hint = Spelling.hint(label, known);
        problems.add(option + ": unknown metric '" + label + "'" + hint);
      }
    }
    if (!problems.isEmpty()) {
      throw new StudyInputException(problems);
    }
  }

  /** Writes comparison.csv, the forest plot, where the hours go (delivery), report.html and the manifest. */
  public static Path write(Result result, Path target, Invocation invocation, StudyListener listener)
      throws IOException {
    LoadedScenario baseLoaded = result.loaded().get(0);
    Scenario base = baseLoaded.scenario();
    List<LoadedScenario.SourceFile> sources = new ArrayList<>();
    result.loaded().forEach(l -> sources.addAll(l.sources()));
    Manifest manifest = invocation.manifest(baseLoaded.input(), sources, baseLoaded.overrides(), base.seed(),
        result.runs().get(0).replications().size(), result.options().threads(), result.started(), result.wallSeconds());
    try (ResultsWriter out = ResultsWriter.create(target)) {
      out.text("comparison.csv", w -> ComparisonCsv.write(base.name(), result.byVariant(), w));
      if (result.money().present()) {
        out.text(MONEY_CSV, w -> ComparisonCsv.write(base.name(), result.money().byVariant(), w));
      }
      List<FlowCharts.Drawn> charts = new ArrayList<>();
      ChartDrawing.draw(() -> charts.add(ForestChart.write(out, base.name(), result.byVariant(), result.headline())),
          false, listener);
      if (!result.overTime().isEmpty()) {
        String completion = base.body() instanceof Scenario.DeliveryBody ? "feature" : "job";
        ChartDrawing.draw(() -> charts.add(OverTimeChart.write(out, base.name(), completion,
            base.outputUnit().symbol(), result.overTime())), false, listener);
      }
      if (base.body() instanceof Scenario.DeliveryBody delivery) {
        ChartDrawing.draw(() -> charts.add(HoursByScenario.chart(out, delivery.delivery(), result.runs(),
            base.outputUnit().symbol())), false, listener);
      }
      List<List<Assumptions.Assumption>> assumptions = result.loaded().stream().map(Assumptions::of).toList();
      if (result.precision() != null) {
        out.text(PrecisionReport.CSV, w -> PrecisionReport.csv(result.precision(), w));
      }
      new CompareReport(result.runs(), result.byVariant(), result.headline(), assumptions, result.money(),
          result.answers(), result.precision() == null ? List.of() : List.of(precisionSentence(result)))
          .write(out, charts, manifest);
      return out.commit(manifest);
    }
  }
}
