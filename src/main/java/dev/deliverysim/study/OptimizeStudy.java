package dev.deliverysim.study;

import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.experiment.ReplicationRunner;
import dev.deliverysim.experiment.money.Money;
import dev.deliverysim.experiment.optimize.BestSubset;
import dev.deliverysim.experiment.optimize.Feasibility;
import dev.deliverysim.experiment.optimize.Target;
import dev.deliverysim.experiment.sweep.Param;
import dev.deliverysim.experiment.sweep.SweepGrid;
import dev.deliverysim.model.MetricCatalog;
import dev.deliverysim.model.MetricKey;
import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.model.SimulationModel;
import dev.deliverysim.report.FlowCharts;
import dev.deliverysim.report.FrontierChart;
import dev.deliverysim.report.Manifest;
import dev.deliverysim.report.OptimizeReport;
import dev.deliverysim.report.ResultsWriter;
import dev.deliverysim.scenario.Assumptions;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.ParameterWords;
import dev.deliverysim.scenario.Scenario;
import dev.deliverysim.scenario.ScenarioException;
import dev.deliverysim.scenario.ScenarioLoader;
import dev.deliverysim.scenario.tree.Problem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code optimize}: the cheapest setting of one or more levers that meets a target with stated
 * confidence, or the best setting within a budget. Every setting runs the base's replications on
 * the base's seed (common random numbers).
 *
 * <p>One lever and no budget: bisection along the lever's values, listed cheapest first, assuming
 * the target is met from some value on; each of its at most ⌈log₂ n⌉ + 2 decisions is taken at
 * level α/(⌈log₂ n⌉ + 2). Several levers: every setting of the grid, each decided at α/k
 * (Bonferroni), the cheapest feasible chosen — cost is known, so the choice is not among noisy
 * means. With a budget: the settings within it, the best by multiple comparisons with the best.
 * Cost is the scenario's spending per period when it has {@code costs}, else the sum of the lever
 * values.
 */
public final class OptimizeStudy {
  /** A grid larger than this is a typo in a range, or hours of computing. */
  static final int MAX_SETTINGS = 400;

  /**
   * @param levers {@code PATH=FROM:TO[:STEP]} or {@code PATH=V1,V2,…}, values cheapest first
   * @param budget the most a setting may cost, or null to find the cheapest that meets the target
   * @param confidence the confidence that the chosen setting meets the target (or is the best)
   */
  public record Options(int threads, String target, List<String> levers, Double budget, double confidence) {
    public Options {
      levers = List.copyOf(levers);
    }
  }

  /**
   * One setting, evaluated.
   *
   * @param bound the unfavourable one-sided bound of the target metric's mean at the setting's level
   */
  public record Point(List<String> setting, double cost, double mean, double bound, boolean feasible,
      double[] values) {
    public Point {
      setting = List.copyOf(setting);
      values = values.clone();
    }
  }

  /**
   * @param points every setting evaluated, in grid order
   * @param chosen the answer, or null when no setting meets the target (or fits the budget)
   * @param subset with a budget: the settings that cannot be told from the best
   * @param method how the settings were searched and decided, in a sentence
   * @param costUnit {@code USD/quarter}, or "sum of lever values"
   */
  public record Result(LoadedScenario base, Options options, Target target, MetricKey metric, List<Param> levers,
      List<Point> points, Point chosen, List<Point> subset, String method, String costUnit, Instant started,
      double wallSeconds) {
    public Result {
      levers = List.copyOf(levers);
      points = List.copyOf(points);
      subset = List.copyOf(subset);
    }
  }

  private OptimizeStudy() {}

  public static java.nio.file.Path defaultFolder(LoadedScenario base) {
    return java.nio.file.Path.of("results", base.scenario().name() + "-optimize");
  }

  /** Parses levers and target, searches, and returns every setting it evaluated with the answer. */
  public static Result run(LoadedScenario base, Options options, StudyListener listener, Cancellation cancellation)
      throws StudyInputException {
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    Scenario scenario = base.scenario();
    MetricCatalog catalog = scenario.model().catalog();
    Target target = OptimizeInputs.target(options.target(), catalog, scenario);
    MetricKey metric = catalog.keys().get(catalog.indexOf(target.label()));
    List<Param> levers = OptimizeInputs.levers(options.levers());
    if (!(options.confidence() > 0.5 && options.confidence() < 1)) {
      throw new StudyInputException("--confidence: expected a probability between 0.5 and 1, such as 0.95, received: "
          + options.confidence());
    }
    SweepGrid grid = new SweepGrid(levers);
    if (grid.size() > MAX_SETTINGS) {
      throw new StudyInputException("the levers make " + grid.size() + " settings, more than " + MAX_SETTINGS
          + "; use fewer values or a larger step");
    }
    Evaluator eval = new Evaluator(base, levers, grid, target, options.threads(), listener, cancellation);
    double alpha = 1 - options.confidence();
    Point chosen;
    List<Point> subset = List.of();
    String method;
    if (levers.size() == 1 && options.budget() == null) {
      int decisions = 2 + (int) Math.ceil(Math.log(Math.max(2, grid.size())) / Math.log(2));
      chosen = bisect(eval, grid.size(), alpha / decisions);
      method = String.format(java.util.Locale.ROOT, "bisection along the lever's values (listed cheapest first,"
          + " the target assumed met from some value on): %d settings run, each decision at confidence %.4g"
          + " (Bonferroni over at most %d decisions)", eval.points.size(), 1 - alpha / decisions, decisions);
    } else {
      for (int i = 0; i < grid.size(); i++) {
        eval.at(i, alpha / grid.size());
      }
      List<Point> all = eval.inOrder();
      if (options.budget() == null) {
        chosen = all.stream().filter(Point::feasible)
            .min(Comparator.comparingDouble(Point::cost).thenComparingDouble(p -> target.atMost() ? p.mean() : -p.mean()))
            .orElse(null);
        method = String.format(java.util.Locale.ROOT, "every one of the %d settings run; each called feasible"
            + " when its one-sided bound meets the target at confidence %.4g (Bonferroni: together %.3g);"
            + " the cheapest feasible setting chosen", all.size(), 1 - alpha / all.size(), options.confidence());
      } else {
        List<Point> within = all.stream().filter(p -> p.cost() <= options.budget()).toList();
        List<Integer> best = BestSubset.of(within.stream().map(Point::values).toList(), target.atMost(), alpha);
        subset = best.stream().map(within::get).toList();
        chosen = subset.isEmpty() ? null : subset.get(0);
        method = String.format(java.util.Locale.ROOT, "every one of the %d settings run; among the %d within the"
            + " budget, the best by its mean, with every setting that cannot be told from it by multiple"
            + " comparisons with the best on common random numbers (Hsu's MCB, confidence %.3g)",
            all.size(), within.size(), options.confidence());
      }
    }
    String costUnit = Money.priced(scenario) ? scenario.costs().perPeriodUnit() + " of spending" : "sum of lever values";
    return new Result(base, options, target, metric, levers, eval.inOrder(), chosen, subset, method, costUnit,
        started, (System.nanoTime() - t0) / 1e9);
  }

  /** The answer in a sentence: the setting, its cost, the metric's mean and bound. */
  public static String answer(Result r) {
    String levels = r.options().confidence() * 100 % 1 == 0
        ? String.format(java.util.Locale.ROOT, "%.0f%%", 100 * r.options().confidence())
        : String.format(java.util.Locale.ROOT, "%.1f%%", 100 * r.options().confidence());
    if (r.chosen() == null) {
      return r.options().budget() == null
          ? "No setting run meets " + r.target() + " with " + levels + " confidence; the best reached "
              + number(r.points().stream().mapToDouble(Point::mean).filter(Double::isFinite)
                  .reduce(r.target().atMost() ? Math::min : Math::max).orElse(Double.NaN)) + " " + r.metric().unit() + "."
          : "No setting fits the budget of " + number(r.options().budget()) + " (" + r.costUnit() + ").";
    }
    Point c = r.chosen();
    ParameterWords words = ParameterWords.of(r.base());
    String setting = settingText(r.levers(), c, words);
    String measured = r.target().label() + " " + number(c.mean()) + " " + r.metric().unit() + " (one-sided " + levels
        + " bound " + number(c.bound()) + ")";
    String cost = "cost " + number(c.cost()) + " (" + r.costUnit() + ")";
    if (r.options().budget() != null) {
      return "Best within the budget of " + number(r.options().budget()) + ": " + setting + ", " + measured + ", " + cost
          + (r.subset().size() > 1 ? "; as good, at " + levels + " confidence: "
              + String.join("; ", r.subset().subList(1, r.subset().size()).stream().map(p -> settingText(r.levers(), p, words)).toList())
              : "") + (c.feasible() ? "" : "; it does not meet " + r.target() + " with " + levels + " confidence") + ".";
    }
    return "Cheapest setting meeting " + r.target() + " with " + levels + " confidence: " + setting + " — " + measured
        + ", " + cost + ".";
  }

  /** "Developers (headcount) = 7": each lever in words ({@link ParameterWords}) at the setting's value. */
  static String settingText(List<Param> levers, Point p, ParameterWords words) {
    List<String> parts = new ArrayList<>();
    for (int l = 0; l < levers.size(); l++) {
      parts.add(words.setting(levers.get(l).path(), p.setting().get(l)));
    }
    return String.join(", ", parts);
  }

  private static String number(double x) {
    return Double.isFinite(x) ? OptimizeReport.number(x) : "–";
  }

  /** Writes optimize.csv, the frontier chart, report.html and the manifest, swapped in whole. */
  public static java.nio.file.Path write(Result r, java.nio.file.Path target, Invocation invocation,
      StudyListener listener) throws java.io.IOException {
    LoadedScenario base = r.base();
    Scenario s = base.scenario();
    Manifest manifest = invocation.manifest(base.input(), base.sources(), base.overrides(), s.seed(), s.replications(),
        r.options().threads(), r.started(), r.wallSeconds());
    List<String> headers = new ArrayList<>(r.levers().stream().map(Param::path).toList());
    headers.addAll(List.of("cost", "cost_unit", "n", "mean", "bound", "metric_unit", "feasible", "chosen"));
    List<List<String>> rows = new ArrayList<>();
    List<List<String>> shown = new ArrayList<>();
    for (Point p : r.points()) {
      List<String> human = new ArrayList<>(p.setting());
      human.addAll(List.of(OptimizeReport.number(p.cost()), r.costUnit(), Integer.toString(p.values().length),
          OptimizeReport.number(p.mean()), OptimizeReport.number(p.bound()), r.metric().unit(),
          p.feasible() ? "yes" : "no", p == r.chosen() ? "chosen" : ""));
      shown.add(human);
      List<String> row = new ArrayList<>(p.setting());
      row.addAll(List.of(OptimizeReport.csvNumber(p.cost()), r.costUnit(), Long.toString(java.util.Arrays.stream(p.values())
          .filter(Double::isFinite).count()), OptimizeReport.csvNumber(p.mean()), OptimizeReport.csvNumber(p.bound()), r.metric().unit(),
          Boolean.toString(p.feasible()), Boolean.toString(p == r.chosen())));
      rows.add(row);
    }
    try (ResultsWriter out = ResultsWriter.create(target)) {
      OptimizeReport.writeCsv(out, CSV, headers, rows);
      List<FlowCharts.Drawn> charts = new ArrayList<>();
      List<FrontierChart.Dot> dots = r.points().stream()
          .map(p -> new FrontierChart.Dot(p.cost(), p.mean(), p.bound(), p == r.chosen())).toList();
      ChartDrawing.draw(() -> charts.add(FrontierChart.write(out, s.name() + ": cost against " + r.target(),
          "cost (" + r.costUnit() + ")", r.target().label() + " (" + r.metric().unit() + ")", dots, r.target().value(),
          r.target().atMost())), false, listener);
      ParameterWords words = ParameterWords.of(base);
      List<String> shownHeaders = new ArrayList<>(headers);
      for (int l = 0; l < r.levers().size(); l++) {
        shownHeaders.set(l, words.words(r.levers().get(l).path()));
      }
      new OptimizeReport(s.name() + ": " + r.target(), answer(r), r.method(), shownHeaders, shown, Assumptions.of(base))
          .write(out, charts, manifest);
      return out.commit(manifest);
    }
  }

  /** The table of every setting run. */
  public static final String CSV = "optimize.csv";

  /** The first setting along the list that meets the target, assuming every later one does too. */
  private static Point bisect(Evaluator eval, int n, double alpha) throws StudyInputException {
    Point last = eval.at(n - 1, alpha);
    if (!last.feasible()) {
      return null;
    }
    if (eval.at(0, alpha).feasible()) {
      return eval.at(0, alpha);
    }
    int lo = 0;
    int hi = n - 1;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (eval.at(mid, alpha).feasible()) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return eval.at(hi, alpha);
  }

  /** Runs settings on demand, each once, on the base's seed and replications. */
  private static final class Evaluator {
    private final LoadedScenario base;
    private final List<Param> levers;
    private final SweepGrid grid;
    private final Target target;
    private final ReplicationRunner runner;
    private final StudyListener listener;
    private final Map<Integer, Point> points = new HashMap<>();

    Evaluator(LoadedScenario base, List<Param> levers, SweepGrid grid, Target target, int threads,
        StudyListener listener, Cancellation cancellation) {
      this.base = base;
      this.levers = levers;
      this.grid = grid;
      this.target = target;
      this.runner = new ReplicationRunner(threads, cancellation);
      this.listener = listener;
    }

    Point at(int index, double alpha) throws StudyInputException {
      Point known = points.get(index);
      if (known != null) {
        return known;
      }
      List<String> setting = grid.values(index);
      List<String> sets = new ArrayList<>();
      for (int l = 0; l < levers.size(); l++) {
        sets.add(levers.get(l).path() + "=" + setting.get(l));
      }
      LoadedScenario loaded;
      try {
        loaded = ScenarioLoader.withOverrides(base, sets);
      } catch (ScenarioException e) {
        throw new StudyInputException(e.problems().stream().map(Problem::format).toList(),
            List.of("--lever: the setting " + String.join(", ", sets) + " is not a valid scenario"));
      }
      Scenario s = loaded.scenario();
      SimulationModel model = s.model();
      int reps = base.scenario().replications();
      List<ReplicationResult> results = runner.run(model, base.scenario().seed(), 0, reps,
          done -> listener.progress((long) points.size() * reps + done, (long) Math.max(points.size() + 1, 1) * reps));
      int column = model.catalog().indexOf(target.label());
      double[] values = results.stream().mapToDouble(r -> r.value(column)).toArray();
      double cost = cost(s, model.catalog(), results, setting);
      Point p = new Point(setting, cost, Feasibility.mean(values), Feasibility.bound(values, alpha, target.atMost()),
          Feasibility.feasible(values, target, alpha), values);
      points.put(index, p);
      return p;
    }

    List<Point> inOrder() {
      return points.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
    }
  }

  /** The setting's spending per period when the scenario is priced, else the sum of its lever values. */
  private static double cost(Scenario s, MetricCatalog catalog, List<ReplicationResult> results, List<String> setting) {
    if (Money.priced(s)) {
      Money.Priced priced = Money.of(s, catalog, results);
      int column = priced.catalog().indexOf(Money.SPENDING);
      return priced.replications().stream().mapToDouble(r -> r.value(column)).average().orElse(Double.NaN);
    }
    return setting.stream().mapToDouble(Double::parseDouble).sum();
  }
}
