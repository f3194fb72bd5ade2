package dev.deliverysim.cli;

import dev.deliverysim.experiment.MetricDifference;
import dev.deliverysim.experiment.PairedComparison;
import dev.deliverysim.experiment.Summary;
import dev.deliverysim.experiment.ReplicationRunner;
import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.model.SimulationModel;
import dev.deliverysim.model.StationLoad;
import dev.deliverysim.model.delivery.DeliveryDef;
import dev.deliverysim.model.delivery.Skill;
import dev.deliverysim.model.delivery.TeamDef;
import dev.deliverysim.report.AtomicFiles;
import dev.deliverysim.report.ComparisonCsv;
import dev.deliverysim.report.CompareReport;
import dev.deliverysim.report.FlowCharts;
import dev.deliverysim.report.ForestChart;
import dev.deliverysim.report.HoursChart;
import dev.deliverysim.report.Manifest;
import dev.deliverysim.report.ManifestJson;
import dev.deliverysim.report.ResultsFolder;
import dev.deliverysim.report.RunRecord;
import dev.deliverysim.scenario.Assumptions;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.Scenario;
import dev.deliverysim.scenario.ScenarioException;
import dev.deliverysim.scenario.ScenarioLoader;
import dev.deliverysim.scenario.tree.Problem;
import dev.deliverysim.scenario.tree.Spelling;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code compare}: runs a base scenario and its variants on the same seeds and replications
 * (common random numbers) and reports each metric's paired difference with its 95% interval.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = "Compare variants with a base scenario, paired replication by replication (same"
        + " seeds, same work), and write comparison.csv, a forest plot, where the hours go (delivery),"
        + " report.html and manifest.json to results/<base>-compare/ (or --out).",
    footer = {"", "Example:",
        "  deliverysim compare scenarios/baseline.yaml scenarios/ai-adoption.yaml scenarios/ai-small-prs.yaml"})
final class CompareCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ExperimentOptions options;

  @Parameters(index = "0", paramLabel = "BASE", description = "The base scenario.")
  Path base;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "VARIANT", description = "Scenarios to compare with it.")
  List<Path> variants = new ArrayList<>();

  @Option(names = "--metrics", paramLabel = "LABEL", split = ",",
      description = "Metrics to print, by label (e.g. throughput,utilisation@review); all are in comparison.csv.")
  List<String> metrics;

  @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: results/<base name>-compare).")
  Path out;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<LoadedScenario> loaded = load(err);
    if (loaded == null) {
      return ExitCodes.BAD_INPUT;
    }
    Scenario baseScenario = loaded.get(0).scenario();
    List<String> headline = metrics != null ? metrics : headline(baseScenario);
    if (!knownMetrics(headline, loaded.get(0).scenario().model(), err)) {
      return ExitCodes.BAD_INPUT;
    }
    ResultsFolder folder = OutputFolder.prepare("compare",
        out != null ? out : Path.of("results", baseScenario.name() + "-compare"), err);
    if (folder == null) {
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    ReplicationRunner runner = new ReplicationRunner(options.threads);
    List<SimulationModel> models = new ArrayList<>();
    List<List<ReplicationResult>> results = new ArrayList<>();
    long total = (long) loaded.size() * baseScenario.replications();
    try (Progress progress = Progress.of("compare", quiet)) {
      for (LoadedScenario l : loaded) {
        SimulationModel model = l.scenario().model();
        models.add(model);
        long before = (long) results.size() * baseScenario.replications();
        results.add(runner.run(model, baseScenario.seed(), 0, baseScenario.replications(),
            done -> progress.update(before + done, total)));
      }
    }
    Map<String, List<MetricDifference>> byVariant = new LinkedHashMap<>();
    for (int v = 1; v < loaded.size(); v++) {
      byVariant.put(loaded.get(v).scenario().name(), PairedComparison.of(
          models.get(0).catalog(), results.get(0), models.get(v).catalog(), results.get(v)));
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    AtomicFiles.write(folder.dir().resolve("comparison.csv"),
        w -> ComparisonCsv.write(baseScenario.name(), byVariant, w));
    List<FlowCharts.Drawn> charts = new ArrayList<>();
    Charts.draw(() -> charts.add(ForestChart.write(folder.dir(), baseScenario.name(), byVariant, headline)), err);
    if (baseScenario.body() instanceof Scenario.DeliveryBody delivery) {
      Charts.draw(() -> charts.add(hoursChart(delivery.delivery(), loaded, models, results, folder.dir())), err);
    }
    List<RunRecord> runs = new ArrayList<>();
    List<List<Assumptions.Assumption>> assumptions = new ArrayList<>();
    for (int i = 0; i < loaded.size(); i++) {
      Scenario s = loaded.get(i).scenario();
      runs.add(new RunRecord(s.name(), s.description(), s.seed(), 0, models.get(i).catalog(), results.get(i),
          Summary.of(models.get(i).catalog(), results.get(i)), s.loads(), s.outputUnit()));
      assumptions.add(Assumptions.of(i == 0 ? base : variants.get(i - 1), i == 0 ? baseOverrides()
          : variantOverrides(loaded.get(0))));
    }
    Manifest manifest = manifest(loaded, started, wall);
    new CompareReport(runs, byVariant, headline, assumptions).write(folder.dir(), charts, manifest);
    AtomicFiles.write(folder.dir().resolve(ResultsFolder.MANIFEST_JSON), w -> ManifestJson.write(manifest, w));
    stdout.printf(java.util.Locale.ROOT, "%d scenarios × %d replications, seed %d, in %.2f s%n",
        loaded.size(), baseScenario.replications(), baseScenario.seed(), wall);
    ComparisonTable table = new ComparisonTable(stdout);
    byVariant.forEach((name, differences) -> table.print(baseScenario.name(), name, differences, headline));
    stdout.println();
    stdout.println("* the 95% interval of the paired difference excludes zero");
    stdout.println("results: " + folder.dir());
    stdout.flush();
    return ExitCodes.OK;
  }

  /** Every scenario, variants forced onto the base's seed and replications; null after problems. */
  private List<String> baseOverrides() {
    return options.overrides();
  }

  /** A variant runs with the --set overrides, on the base's seed and number of replications. */
  private List<String> variantOverrides(LoadedScenario baseLoaded) {
    List<String> overrides = new ArrayList<>(options.sets);
    if (baseLoaded != null) {
      overrides.add("run.replications=" + baseLoaded.scenario().replications());
      overrides.add("run.seed=" + baseLoaded.scenario().seed());
    }
    return overrides;
  }

  /** Every label asked for with --metrics must exist; a typo gets a suggestion, not a silent gap. */
  private boolean knownMetrics(List<String> labels, SimulationModel model, PrintWriter err) {
    if (metrics == null) {
      return true;
    }
    List<String> known = model.catalog().keys().stream().map(k -> k.label()).toList();
    boolean ok = true;
    for (String label : labels) {
      if (!known.contains(label)) {
        String hint = Spelling.closest(label, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
        err.println("deliverysim compare: --metrics: unknown metric '" + label + "'" + hint);
        ok = false;
      }
    }
    err.flush();
    return ok;
  }

  private List<LoadedScenario> load(PrintWriter err) {
    List<String> baseOverrides = baseOverrides();
    List<LoadedScenario> loaded = new ArrayList<>();
    boolean ok = true;
    LoadedScenario baseLoaded = null;
    try {
      baseLoaded = ScenarioLoader.load(base, baseOverrides);
      loaded.add(baseLoaded);
    } catch (ScenarioException e) {
      e.problems().stream().map(Problem::format).forEach(err::println);
      ok = false;
    }
    for (Path variant : variants) {
      try {
        loaded.add(ScenarioLoader.load(variant, variantOverrides(baseLoaded)));
      } catch (ScenarioException e) {
        e.problems().stream().map(Problem::format).forEach(err::println);
        ok = false;
      }
    }
    loaded.forEach(l -> l.warnings().forEach(w -> err.println(w.format())));
    if (ok) {
      warnAboutOtherWindows(loaded, err);
    }
    err.flush();
    return ok ? loaded : null;
  }

  /** A variant measured over another window (horizon, warm-up) mixes that into its differences. */
  private static void warnAboutOtherWindows(List<LoadedScenario> loaded, PrintWriter err) {
    Scenario b = loaded.get(0).scenario();
    for (LoadedScenario l : loaded.subList(1, loaded.size())) {
      Scenario v = l.scenario();
      if (v.stop().horizon() != b.stop().horizon() || v.stop().warmup() != b.stop().warmup()) {
        err.println("warning: " + v.name() + " is measured over another window than " + b.name()
            + " (horizon or warm-up differ): its differences mix the change with the window");
      }
    }
  }

  private Manifest manifest(List<LoadedScenario> loaded, Instant started, double wall) {
    Set<Manifest.Source> sources = new LinkedHashSet<>();
    loaded.forEach(l -> l.sources().forEach(s -> sources.add(new Manifest.Source(s.file(), s.sha256()))));
    Scenario b = loaded.get(0).scenario();
    return new Manifest(Version.current(), base.toString(), List.copyOf(sources), baseOverrides(), b.seed(),
        b.replications(), options.threads,
        List.copyOf(spec.commandLine().getParseResult().originalArgs()), started.toString(), wall,
        System.getProperty("java.version"));
  }

  private static final List<String> ACTIVITIES =
      List.of("coding", "review", "rework", "conflicts", "testing", "incidents", "meetings", "idle");

  /** Where the first coding team's hours go in each scenario: the VP's picture. */
  private FlowCharts.Drawn hoursChart(DeliveryDef base, List<LoadedScenario> loaded, List<SimulationModel> models,
      List<List<ReplicationResult>> results, Path dir) throws IOException {
    String team = base.teams().stream().filter(t -> t.skills().contains(Skill.CODE)).findFirst()
        .orElseThrow().name();
    List<String> names = loaded.stream().map(l -> l.scenario().name()).toList();
    Map<String, List<Double>> hours = new LinkedHashMap<>();
    for (String activity : ACTIVITIES) {
      List<Double> values = new ArrayList<>();
      for (int i = 0; i < models.size(); i++) {
        int at = models.get(i).catalog().indexOf("hours_" + activity + "@" + team);
        values.add(at < 0 ? 0.0 : Summary.of(models.get(i).catalog(), results.get(i)).metrics().get(at).mean());
      }
      if (values.stream().anyMatch(v -> Math.abs(v) > 1e-9)) {
        hours.put(activity, values); // an activity nobody spends time on only crowds the legend
      }
    }
    return HoursChart.write(dir, team, loaded.get(0).scenario().outputUnit().symbol(), names, hours);
  }

  /** The metrics worth a line for this kind of scenario. */
  private static List<String> headline(Scenario scenario) {
    List<String> labels = new ArrayList<>();
    if (scenario.body() instanceof Scenario.DeliveryBody delivery) {
      DeliveryDef def = delivery.delivery();
      labels.addAll(List.of("features_delivered", "tasks_coded", "prs_merged", "cycle_time_p85",
          "review_time_mean", "change_failure_rate"));
      if (def.incidents().modelled()) {
        labels.addAll(List.of("incidents", "time_to_restore_mean"));
      }
      for (TeamDef team : def.teams()) {
        List<String> hours = team.skills().contains(Skill.CODE)
            ? List.of("hours_coding", "hours_review", "hours_rework")
            : team.skills().contains(Skill.REVIEW) ? List.of("hours_review") : List.of("hours_testing");
        hours.forEach(metric -> labels.add(metric + "@" + team.name()));
      }
    } else {
      labels.addAll(List.of("throughput", "sojourn_mean", "sojourn_p85", "wip_mean"));
      for (StationLoad load : scenario.loads()) {
        labels.add("utilisation@" + load.station());
      }
    }
    return labels;
  }
}
