package dev.deliverysim.cli;

import dev.deliverysim.experiment.sensitivity.Effect;
import dev.deliverysim.experiment.sensitivity.NumericParameter;
import dev.deliverysim.experiment.sensitivity.NumericParameters;
import dev.deliverysim.experiment.sensitivity.OneAtATime;
import dev.deliverysim.experiment.sensitivity.RankedParameter;
import dev.deliverysim.experiment.sensitivity.SensitivityTable;
import dev.deliverysim.report.AtomicFiles;
import dev.deliverysim.report.FlowCharts;
import dev.deliverysim.report.Manifest;
import dev.deliverysim.report.ManifestJson;
import dev.deliverysim.report.ResultsFolder;
import dev.deliverysim.report.SensitivityReport;
import dev.deliverysim.report.TornadoChart;
import dev.deliverysim.scenario.Assumptions;
import dev.deliverysim.report.SensitivityCsv;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.experiment.ReplicationRunner;
import dev.deliverysim.model.SimulationModel;
import dev.deliverysim.model.delivery.FeatureSource;
import dev.deliverysim.scenario.Scenario;
import dev.deliverysim.scenario.ScenarioException;
import dev.deliverysim.scenario.ScenarioLoader;
import dev.deliverysim.scenario.tree.InheritanceResolver;
import dev.deliverysim.scenario.tree.Paths;
import dev.deliverysim.scenario.tree.Problem;
import dev.deliverysim.scenario.tree.Problems;
import dev.deliverysim.scenario.tree.Spelling;
import dev.deliverysim.scenario.tree.TreeEdits;
import dev.deliverysim.scenario.tree.YamlNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sensitivity}: changes each numeric parameter one at a time and ranks the parameters by how
 * much they move one metric, each effect a paired difference on common random numbers.
 */
@Command(
    name = "sensitivity",
    mixinStandardHelpOptions = true,
    description = "Change each numeric parameter one at a time (±10%%, ±50%%), rank the parameters by their"
        + " effect on one metric, and write sensitivity.csv to results/<name>-sensitivity/ (or --out).",
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

  @Option(names = "--quiet", description = "No progress lines.")
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
    if (changes.isEmpty() || changes.stream().anyMatch(c -> !(c > 0) || !Double.isFinite(c))) {
      err.println("deliverysim sensitivity: --changes: expected percentages > 0, e.g. 10,50, received: " + changes);
      return ExitCodes.BAD_INPUT;
    }
    List<String> overrides = options.overrides();
    LoadedScenario loaded = load(overrides, err);
    if (loaded == null) {
      return ExitCodes.BAD_INPUT;
    }
    Scenario base = loaded.scenario();
    String label = metric != null ? metric
        : defaultMetric(base);
    List<String> known = base.model().catalog().keys().stream().map(k -> k.label()).toList();
    if (!known.contains(label)) {
      String hint = Spelling.closest(label, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
      err.println("deliverysim sensitivity: --metric: unknown metric '" + label + "'" + hint);
      return ExitCodes.BAD_INPUT;
    }
    List<NumericParameter> parameters = parameters(overrides, err);
    if (parameters == null) {
      return ExitCodes.BAD_INPUT;
    }
    ResultsFolder folder = OutputFolder.prepare(NAME,
        out != null ? out : Path.of("results", base.name() + "-sensitivity"), err);
    if (folder == null) {
      return ExitCodes.BAD_INPUT;
    }
    List<Double> fractions = fractions();
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    List<String> pinned = new ArrayList<>(overrides);
    pinned.add("run.replications=" + base.replications());
    pinned.add("run.seed=" + base.seed());
    OneAtATime analysis = new OneAtATime(assignments -> {
      List<String> all = new ArrayList<>(pinned);
      all.addAll(assignments);
      return ScenarioLoader.load(scenario, all).scenario().model();
    }, options.threads, base.seed(), base.replications());
    int planned = (int) parameters.stream().flatMap(p -> fractions.stream().map(p::changed))
        .filter(java.util.Optional::isPresent).count();
    int[] done = {0};
    List<Effect> effects;
    try (Progress progress = Progress.of(base.name() + " sensitivity", quiet)) {
      effects = analysis.run(base.model(), parameters, fractions, label,
          effect -> progress.update(++done[0], planned));
    }
    List<RankedParameter> ranked = RankedParameter.rank(parameters, effects);
    double wall = (System.nanoTime() - t0) / 1e9;
    AtomicFiles.write(folder.dir().resolve("sensitivity.csv"), w -> SensitivityCsv.write(label, ranked, w));
    String unit = base.model().catalog().keys().get(base.model().catalog().indexOf(label)).unit();
    List<FlowCharts.Drawn> charts = new ArrayList<>();
    Charts.draw(() -> charts.add(TornadoChart.write(folder.dir(), base.name(), label, ranked, fractions)), err);
    Manifest manifest = manifest(loaded, overrides, started, wall);
    SensitivityReport.write(folder.dir(), base.name(), label, unit, ranked, fractions, base.replications(), charts,
        Assumptions.of(scenario, overrides), manifest);
    AtomicFiles.write(folder.dir().resolve(ResultsFolder.MANIFEST_JSON), w -> ManifestJson.write(manifest, w));
    stdout.printf(Locale.ROOT, "%s: %d parameters, %d variants × %d replications, seed %d, in %.2f s%n",
        base.name(), parameters.size(), effects.size(), base.replications(), base.seed(), wall);
    stdout.printf(Locale.ROOT, "effect on %s%s, relative to the base (paired 95%% CI)%n%n", label,
        unit.isEmpty() ? "" : " (" + unit + ")");
    new SensitivityTable(stdout).print(ranked, fractions, top);
    stdout.println("results: " + folder.dir());
    return ExitCodes.OK;
  }

  private LoadedScenario load(List<String> overrides, PrintWriter err) {
    try {
      LoadedScenario loaded = ScenarioLoader.load(scenario, overrides);
      loaded.warnings().forEach(w -> err.println(w.format()));
      return loaded;
    } catch (ScenarioException e) {
      e.problems().stream().map(Problem::format).forEach(err::println);
      return null;
    }
  }

  /** The merged tree's numbers, after --set, limited to --param; null after naming an unknown path. */
  private List<NumericParameter> parameters(List<String> overrides, PrintWriter err) {
    Problems problems = new Problems();
    YamlNode tree = InheritanceResolver.resolve(scenario, scenario.toString(), problems);
    for (String assignment : overrides) {
      tree = TreeEdits.applySet(tree, assignment, problems);
    }
    List<NumericParameter> all = NumericParameters.find(tree);
    if (params.isEmpty()) {
      return all;
    }
    Map<String, NumericParameter> byPath = all.stream()
        .collect(Collectors.toMap(NumericParameter::path, Function.identity(), (a, b) -> a));
    Set<String> chosen = new LinkedHashSet<>();
    boolean ok = true;
    for (String param : params) {
      String path;
      try {
        path = Paths.format(Paths.parse(param));
      } catch (Paths.MalformedPathException e) {
        err.println("deliverysim sensitivity: --param: " + e.getMessage());
        ok = false;
        continue;
      }
      if (!byPath.containsKey(path)) {
        String hint = Spelling.closest(path, new TreeSet<>(byPath.keySet()))
            .map(s -> " (did you mean '" + s + "'?)").orElse("");
        err.println("deliverysim sensitivity: --param: '" + param + "' is not a numeric parameter of "
            + scenario + hint);
        ok = false;
      }
      chosen.add(path);
    }
    // Document order, whatever order the flags came in: the output must not depend on it.
    return ok ? all.stream().filter(p -> chosen.contains(p.path())).toList() : null;
  }

  /** Each change down, then up, from the largest cut to the largest rise. */
  private List<Double> fractions() {
    TreeSet<Double> set = new TreeSet<>();
    for (double c : changes) {
      set.add(-c / 100);
      set.add(c / 100);
    }
    return List.copyOf(set);
  }

  private Manifest manifest(LoadedScenario loaded, List<String> overrides, Instant started, double wall) {
    List<Manifest.Source> sources = loaded.sources().stream()
        .map(s -> new Manifest.Source(s.file(), s.sha256())).toList();
    Scenario b = loaded.scenario();
    return new Manifest(Version.current(), scenario.toString(), sources, overrides, b.seed(), b.replications(),
        options.threads, List.copyOf(spec.commandLine().getParseResult().originalArgs()), started.toString(), wall,
        System.getProperty("java.version"));
  }

  /**
   * What to rank by when --metric is not given. A backlog the team finishes within the horizon in
   * every replication fixes features delivered per week, so the question there is when it is done;
   * a backlog larger than the team can finish makes throughput the question, as with arrivals.
   */
  private String defaultMetric(Scenario scenario) {
    if (!(scenario.body() instanceof Scenario.DeliveryBody delivery)) {
      return "throughput";
    }
    if (!(delivery.delivery().work().source() instanceof FeatureSource.Backlog)) {
      return "features_delivered";
    }
    SimulationModel model = scenario.model();
    int doneAt = model.catalog().indexOf("backlog_done_at");
    boolean finishes = new ReplicationRunner(options.threads)
        .run(model, scenario.seed(), 0, scenario.replications(), n -> {}).stream()
        .allMatch(r -> Double.isFinite(r.value(doneAt)));
    return finishes ? "backlog_done_at" : "features_delivered";
  }
}
