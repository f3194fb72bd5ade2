package dev.deliverysim.study;

import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.experiment.sweep.Param;
import dev.deliverysim.experiment.sweep.PointBottleneck;
import dev.deliverysim.experiment.sweep.Shard;
import dev.deliverysim.experiment.sweep.SweepGrid;
import dev.deliverysim.experiment.sweep.SweepRunner;
import dev.deliverysim.experiment.sweep.SweepSpec;
import dev.deliverysim.report.FlowCharts;
import dev.deliverysim.report.Manifest;
import dev.deliverysim.report.ResultsWriter;
import dev.deliverysim.report.SweepCharts;
import dev.deliverysim.report.SweepFolder;
import dev.deliverysim.report.SweepReport;
import dev.deliverysim.scenario.Assumptions;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.ParameterWords;
import dev.deliverysim.scenario.ScenarioException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code sweep}: runs a scenario at every point of a parameter grid, on the same seeds. Unlike the
 * other studies it writes as it runs: each finished point goes to its folder at once, so the same
 * call resumes a sweep that was killed and a shard is a subset of points (see docs/design.md for how
 * this squares with writing results atomically). The final files — sweep.csv, bottleneck.csv, the
 * charts, report.html, manifest.json — are written by {@link #write}, from the points in memory.
 */
public final class SweepStudy {
  /** @param params the grid ({@code PATH=VALUES} each); empty for the scenario's own {@code sweep:} list */
  public record Options(int threads, List<String> params, Shard shard) {
    public Options {
      params = List.copyOf(params);
    }
  }

  /** A sweep whose every point was loaded and checked; nothing has run yet. */
  public record Plan(LoadedScenario base, Options options, SweepGrid grid, SweepSpec spec, String name,
      Instant started, long startNanos) {
    SweepRunner runner(Cancellation cancellation) {
      return new SweepRunner(base.file(), base.overrides(), grid, options.threads(), cancellation);
    }
  }

  /**
   * @param ran points run by this call; {@code mine} points belong to its shard
   * @param points every point's bottleneck, in point order, for a whole sweep; empty for a shard
   */
  public record Result(Plan plan, Path folder, int ran, int mine, List<PointBottleneck> points, double wallSeconds) {
    public Result {
      points = List.copyOf(points);
    }
  }

  /** Replications in a whole sweep: at a millisecond each, ten million are hours. */
  static final long MAX_REPLICATIONS = 10_000_000;
  /** From this many points, checking them all takes long enough to say so. */
  static final int NOTICE_POINTS = 10_000;

  private SweepStudy() {}

  public static Path defaultFolder(Plan plan) {
    return Path.of("results", plan.name() + "-sweep");
  }

  /** Builds the grid and loads every point before anything runs; warnings go to {@code listener}, each once. */
  public static Plan plan(LoadedScenario base, Options options, StudyListener listener)
      throws StudyInputException, ScenarioException {
    Instant started = Instant.now(); // from here: checking every point is part of what a large sweep costs
    long startNanos = System.nanoTime();
    List<String> params = options.params().isEmpty() ? base.scenario().sweep() : options.params();
    if (params.isEmpty()) {
      throw new StudyInputException("at least one --param PATH=VALUES is needed, or a sweep: list in " + base.input());
    }
    SweepGrid grid;
    try {
      grid = new SweepGrid(params.stream().map(Param::parse).toList());
    } catch (IllegalArgumentException e) {
      throw new StudyInputException(e.getMessage());
    }
    long replications = (long) grid.size() * base.scenario().replications();
    if (replications > MAX_REPLICATIONS) {
      throw new StudyInputException("the sweep asks for " + grid.size() + " points × " + base.scenario().replications()
          + " replications = " + replications + " replications, more than " + MAX_REPLICATIONS
          + " (days of computing, and minutes just to check the points); use fewer values or --replications");
    }
    if (grid.size() >= NOTICE_POINTS) {
      listener.notice("deliverysim: checking " + grid.size() + " points before running any…");
    }
    SweepRunner runner = new SweepRunner(base.file(), base.overrides(), grid, options.threads());
    Set<String> warnings = new LinkedHashSet<>();
    List<String> problems = runner.check(warnings);
    warnings.forEach(listener::notice);
    if (!problems.isEmpty()) {
      throw new StudyInputException(problems, List.of("nothing was run (" + grid.size() + " points checked)"));
    }
    return new Plan(base, options, grid, runner.spec(), runner.scenarioName(), started, startNanos);
  }

  /** Runs the shard's points that {@code target} does not hold yet, each kept as it finishes. */
  public static Result run(Plan plan, Path target, StudyListener listener, Cancellation cancellation)
      throws IOException, StudyInputException, ScenarioException {
    SweepFolder folder = new SweepFolder(target);
    try {
      folder.begin(plan.spec());
    } catch (SweepFolder.MismatchException e) {
      throw new StudyInputException(e.getMessage());
    }
    Map<Integer, PointBottleneck> ranNow = new TreeMap<>();
    Shard part = plan.options().shard();
    int ran = plan.runner(cancellation).run(part, folder,
        (point, done, toRun) -> {
          ranNow.put(point.point(), PointBottleneck.of(point));
          listener.progress(done, toRun);
        });
    List<PointBottleneck> points = new ArrayList<>();
    if (part.isWhole()) {
      for (int p = 0; p < plan.grid().size(); p++) {
        // points finished by an earlier run are input to this one: read back from their files
        points.add(ranNow.containsKey(p) ? ranNow.get(p) : SweepFolder.readBottleneck(List.of(folder), plan.grid(), p));
      }
    }
    int mine = (plan.grid().size() - part.index() + part.count()) / part.count();
    return new Result(plan, target, ran, mine, points, (System.nanoTime() - plan.startNanos()) / 1e9);
  }

  /**
   * A whole sweep's final files, each written atomically in place, the manifest last; a shard's
   * marker ({@code shard-i-of-n.json}) instead.
   */
  public static Path write(Result result, Invocation invocation, StudyListener listener) throws IOException {
    Plan plan = result.plan();
    SweepSpec spec = plan.spec();
    Manifest manifest = manifest(spec, invocation, plan.options().threads(), plan.started(), result.wallSeconds());
    ResultsWriter out = ResultsWriter.inPlace(result.folder());
    Shard part = plan.options().shard();
    if (!part.isWhole()) {
      return out.commit(manifest, "shard-" + part.index() + "-of-" + part.count() + ".json");
    }
    SweepFolder.assemble(List.of(new SweepFolder(result.folder())), plan.grid(), out);
    finish(out, plan.name(), plan.grid(), result.points(), Assumptions.of(plan.base()),
        ParameterWords.of(plan.base())::words, manifest, listener);
    return result.folder();
  }

  /**
   * The charts (by the grid's shape, see {@link SweepCharts}), report.html and the manifest of a
   * whole sweep, after its CSVs; {@code words} gives each swept path in words for the report.
   */
  static void finish(ResultsWriter out, String name, SweepGrid grid, List<PointBottleneck> points,
      List<Assumptions.Assumption> assumptions, java.util.function.UnaryOperator<String> words, Manifest manifest,
      StudyListener listener) throws IOException {
    List<FlowCharts.Drawn> charts = ChartDrawing.draw(() -> SweepCharts.write(out, grid.paths(), points, name),
        List.of(), listener);
    SweepReport.write(out, name, grid.paths().stream().map(words).toList(), points, charts, assumptions, manifest);
    out.commit(manifest);
  }

  static Manifest manifest(SweepSpec spec, Invocation invocation, int threads, Instant started, double wall) {
    return invocation.manifest(spec.scenario(), spec.sources(), spec.overrides(), spec.seed(), spec.replications(),
        threads, started, wall);
  }
}
