package dev.deliverysim.study;

import dev.deliverysim.model.MetricNames;
import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.experiment.ReplicationRunner;
import dev.deliverysim.experiment.sensitivity.Effect;
import dev.deliverysim.experiment.sensitivity.NumericParameter;
import dev.deliverysim.experiment.sensitivity.NumericParameters;
import dev.deliverysim.experiment.sensitivity.OneAtATime;
import dev.deliverysim.experiment.sensitivity.RankedParameter;
import dev.deliverysim.model.SimulationModel;
import dev.deliverysim.model.delivery.FeatureSource;
import dev.deliverysim.report.FlowCharts;
import dev.deliverysim.report.Manifest;
import dev.deliverysim.report.ResultsWriter;
import dev.deliverysim.report.SensitivityCsv;
import dev.deliverysim.report.SensitivityReport;
import dev.deliverysim.report.TornadoChart;
import dev.deliverysim.scenario.Assumptions;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.ParameterWords;
import dev.deliverysim.scenario.Scenario;
import dev.deliverysim.scenario.ScenarioLoader;
import dev.deliverysim.scenario.tree.Paths;
import dev.deliverysim.scenario.tree.Spelling;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code sensitivity}: changes each numeric parameter one at a time and ranks the parameters by how
 * much they move one metric, each effect a paired difference on common random numbers. By default
 * it ranks levers only: the numbers that define the work ({@link NumericParameters#definesWork})
 * are ranked when named with {@code --param}. Variants are
 * the loaded scenario's merged tree with one more {@code --set}: nothing is read from disk again.
 */
public final class SensitivityStudy {
  /**
   * @param params only these parameter paths (empty: every numeric parameter)
   * @param metric the metric to rank by, or null for the scenario's usual one
   * @param changes changes in percent, each applied down and up
   */
  public record Options(int threads, List<String> params, String metric, List<Double> changes) {
    public Options {
      params = List.copyOf(params);
      changes = List.copyOf(changes);
    }
  }

  /**
   * @param fractions the changes as signed fractions, from the largest cut to the largest rise
   * @param definitions the numbers that define the work, left out because no {@code --param} named them
   */
  public record Result(LoadedScenario loaded, Options options, String metric, String unit,
      List<NumericParameter> parameters, List<Double> fractions, List<Effect> effects, List<RankedParameter> ranked,
      List<NumericParameter> definitions, Instant started, double wallSeconds) {}

  /** The largest change, in percent: up to ×11 (down, any change of 100% or more is skipped). */
  public static final double MAX_CHANGE = 1000;

  private SensitivityStudy() {}

  public static Path defaultFolder(LoadedScenario loaded) {
    return Path.of("results", loaded.scenario().name() + "-sensitivity");
  }

  public static Result run(LoadedScenario loaded, Options options, StudyListener listener,
      Cancellation cancellation) throws StudyInputException {
    // a change beyond ×11 is no longer "sensitivity": it is another scenario, and may never finish
    if (options.changes().isEmpty() || options.changes().stream().anyMatch(c -> !(c > 0) || !(c <= MAX_CHANGE))) {
      throw new StudyInputException("--changes: expected percentages > 0 and ≤ " + (int) MAX_CHANGE
          + ", e.g. 10,50, received: " + options.changes());
    }
    Scenario base = loaded.scenario();
    ReplicationRunner runner = new ReplicationRunner(options.threads(), cancellation);
    String label = options.metric() != null ? options.metric() : defaultMetric(base, runner);
    List<String> known = base.model().catalog().keys().stream().map(k -> k.label()).toList();
    if (!known.contains(label)) {
      String hint = Spelling.hint(label, known);
      throw new StudyInputException("--metric: unknown metric '" + label + "'" + hint);
    }
    List<NumericParameter> parameters = parameters(loaded, options.params());
    List<NumericParameter> definitions = options.params().isEmpty()
        ? parameters.stream().filter(NumericParameters::definesWork).toList() : List.of();
    parameters = parameters.stream().filter(p -> !definitions.contains(p)).toList();
    List<Double> fractions = fractions(options.changes());
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    List<String> pinned = List.of("run.replications=" + base.replications(), "run.seed=" + base.seed());
    OneAtATime analysis = new OneAtATime(assignments -> {
      List<String> all = new ArrayList<>(pinned);
      all.addAll(assignments);
      return ScenarioLoader.withOverrides(loaded, all).scenario().model();
    }, runner, base.seed(), base.replications());
    int planned = (int) parameters.stream().flatMap(p -> fractions.stream().map(p::changed))
        .filter(Optional::isPresent).count();
    int[] done = {0};
    List<Effect> effects = analysis.run(base.model(), parameters, fractions, label,
        effect -> listener.progress(++done[0], planned));
    List<RankedParameter> ranked = RankedParameter.rank(parameters, effects);
    double wall = (System.nanoTime() - t0) / 1e9;
    String unit = base.model().catalog().keys().get(base.model().catalog().indexOf(label)).unit();
    return new Result(loaded, options, label, unit, parameters, fractions, effects, ranked, definitions, started,
        wall);
  }

  /** The merged tree's numbers, after --set, limited to {@code params} (document order). */
  private static List<NumericParameter> parameters(LoadedScenario loaded, List<String> params)
      throws StudyInputException {
    List<NumericParameter> all = NumericParameters.find(loaded.tree());
    if (params.isEmpty()) {
      return all;
    }
    Map<String, NumericParameter> byPath = all.stream()
        .collect(Collectors.toMap(NumericParameter::path, Function.identity(), (a, b) -> a));
    Set<String> chosen = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    for (String param : params) {
      String path;
      try {
        path = Paths.format(Paths.parse(param));
      } catch (Paths.MalformedPathException e) {
        problems.add("--param: " + e.getMessage());
        continue;
      }
      if (!byPath.containsKey(path)) {
        String hint = Spelling.hint(path, new TreeSet<>(byPath.keySet()));
        problems.add("--param: '" + param + "' is not a numeric parameter of " + loaded.input() + hint);
      }
      chosen.add(path);
    }
    if (!problems.isEmpty()) {
      throw new StudyInputException(problems);
    }
    // Document order, whatever order the flags came in: the output must not depend on it.
    return all.stream().filter(p -> chosen.contains(p.path())).toList();
  }

  /** Each change down, then up, from the largest cut to the largest rise. */
  private static List<Double> fractions(List<Double> changes) {
    TreeSet<Double> set = new TreeSet<>();
    for (double c : changes) {
      set.add(-c / 100);
      set.add(c / 100);
    }
    return List.copyOf(set);
  }

  /**
   * What to rank by when no metric is given. A backlog the team finishes within the horizon in
   * every replication fixes features delivered per week, so the question there is when it is done;
   * a backlog larger than the team can finish makes throughput the question, as with arrivals.
   */
  private static String defaultMetric(Scenario scenario, ReplicationRunner runner) {
    if (!(scenario.body() instanceof Scenario.DeliveryBody delivery)) {
      return MetricNames.THROUGHPUT;
    }
    if (!(delivery.delivery().work().source() instanceof FeatureSource.Backlog)) {
      return MetricNames.FEATURES_DELIVERED;
    }
    SimulationModel model = scenario.model();
    int doneAt = model.catalog().indexOf(MetricNames.BACKLOG_DONE_AT);
    boolean finishes = runner.run(model, scenario.seed(), 0, scenario.replications(), n -> {}).stream()
        .allMatch(r -> Double.isFinite(r.value(doneAt)));
    return finishes ? MetricNames.BACKLOG_DONE_AT : MetricNames.FEATURES_DELIVERED;
  }

  /** Writes sensitivity.csv, the tornado chart, report.html and the manifest. */
  public static Path write(Result result, Path target, Invocation invocation, StudyListener listener)
      throws IOException {
    LoadedScenario loaded = result.loaded();
    Scenario base = loaded.scenario();
    Manifest manifest = invocation.manifest(loaded.input(), loaded.sources(), loaded.overrides(), base.seed(),
        base.replications(), result.options().threads(), result.started(), result.wallSeconds());
    try (ResultsWriter out = ResultsWriter.create(target)) {
      out.text("sensitivity.csv", w -> SensitivityCsv.write(result.metric(), result.ranked(), w));
      List<FlowCharts.Drawn> charts = new ArrayList<>();
      java.util.Map<String, String> labels = parameterLabels(loaded, result.ranked());
      ChartDrawing.draw(() -> charts.add(TornadoChart.write(out, base.name(), result.metric(), result.ranked(),
          result.fractions(), labels)), false, listener);
      SensitivityReport.write(out, base.name(), result.metric(), result.unit(), result.ranked(), result.fractions(),
          base.replications(), charts, Assumptions.of(loaded), manifest, labels);
      return out.commit(manifest);
    }
  }

  /**
   * Each ranked parameter in words ({@link ParameterWords}: the scenario's own lever labels, then
   * the built-in words for the known paths, with teams, gates and stations called by their labels),
   * by path; a parameter without words is left out and shown by its path.
   */
  public static java.util.Map<String, String> parameterLabels(LoadedScenario loaded, List<RankedParameter> ranked) {
    ParameterWords words = ParameterWords.of(loaded);
    java.util.Map<String, String> labels = new java.util.HashMap<>();
    for (RankedParameter p : ranked) {
      String w = words.words(p.parameter().path());
      if (!w.equals(p.parameter().path())) {
        labels.put(p.parameter().path(), w);
      }
    }
    return labels;
  }
}
