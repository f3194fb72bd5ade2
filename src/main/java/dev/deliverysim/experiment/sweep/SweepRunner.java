package dev.deliverysim.experiment.sweep;

import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.experiment.ReplicationRunner;
import dev.deliverysim.experiment.Summary;
import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.model.SimulationModel;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.Scenario;
import dev.deliverysim.scenario.ScenarioException;
import dev.deliverysim.scenario.ScenarioLoader;
import dev.deliverysim.scenario.tree.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the points of a sweep one after another, each through the scenario loader with its
 * {@code --set} assignments (so every point is checked as a hand-written run would be) and with the
 * scenario's own seed and replications: common random numbers across points. Replications of a
 * point run in parallel; points run in order, which keeps one point's results in memory at a time.
 */
public final class SweepRunner {
  /** Told after each point is kept; {@code done} counts the points of this run so far. */
  @FunctionalInterface
  public interface Progress {
    void pointDone(PointResult point, int done, int toRun);
  }

  private final Path scenario;
  private final List<String> overrides;
  private final SweepGrid grid;
  private final int threads;
  private final Cancellation cancellation;

  /** {@code overrides} apply to every point, before the point's own parameters. */
  public SweepRunner(Path scenario, List<String> overrides, SweepGrid grid, int threads) {
    this(scenario, overrides, grid, threads, Cancellation.none());
  }

  /** The same, checking {@code cancellation} between replications (so between points too). */
  public SweepRunner(Path scenario, List<String> overrides, SweepGrid grid, int threads,
      Cancellation cancellation) {
    this.scenario = scenario;
    this.overrides = List.copyOf(overrides);
    this.grid = grid;
    this.threads = threads;
    this.cancellation = cancellation;
  }

  /** What every point was loaded with: all overrides, then this point's parameters. */
  public List<String> assignments(int point) {
    List<String> all = new ArrayList<>(overrides);
    all.addAll(grid.assignments(point));
    return all;
  }

  /**
   * Loads every point before anything runs. Returns each distinct problem once, in the order met
   * (a bad value in a range would otherwise be reported for every point that uses it); empty when
   * all points are valid. Warnings go to {@code warnings}, each once.
   */
  public List<String> check(Set<String> warnings) {
    // Each problem with the first point that has it and how many do: a message about the file
    // (capacity < servers, say) would not otherwise tell which value of the sweep caused it.
    Map<String, int[]> errors = new LinkedHashMap<>();
    for (int p = 0; p < grid.size(); p++) {
      try {
        LoadedScenario loaded = ScenarioLoader.load(scenario, assignments(p));
        loaded.warnings().forEach(w -> warnings.add(w.format()));
      } catch (ScenarioException e) {
        for (Problem problem : e.problems()) {
          if (problem.isError()) {
            int point = p;
            errors.computeIfAbsent(problem.format(), k -> new int[] {point, 0})[1]++;
          }
        }
      }
    }
    List<String> lines = new ArrayList<>();
    errors.forEach((line, firstAndCount) -> lines.add(line + " (at " + firstAndCount[1] + " of "
        + grid.size() + " points, first " + String.join(" ", grid.assignments(firstAndCount[0])) + ")"));
    return lines;
  }

  /** The sweep's identity, from point 0 (whose seed and replications every point shares). */
  public SweepSpec spec() throws ScenarioException {
    LoadedScenario first = ScenarioLoader.load(scenario, assignments(0));
    String version = SweepRunner.class.getPackage().getImplementationVersion();
    String metrics = String.join("\n",
        first.scenario().model().catalog().keys().stream().map(k -> k.label() + " " + k.unit()).toList());
    return new SweepSpec(scenario.toString(), first.sources(), overrides, grid,
        first.scenario().seed(), first.scenario().replications(),
        (version != null ? version : "dev") + " metrics:" + SweepSpec.sha256(metrics).substring(0, 16));
  }

  /** The name of point 0's scenario, for the default results folder. */
  public String scenarioName() throws ScenarioException {
    return ScenarioLoader.load(scenario, assignments(0)).scenario().name();
  }

  /** Runs this shard's points that {@code sink} does not have yet; returns how many ran. */
  public int run(Shard shard, PointSink sink, Progress progress) throws IOException, ScenarioException {
    List<Integer> todo = new ArrayList<>();
    for (int p = shard.index() - 1; p < grid.size(); p += shard.count()) {
      if (!sink.done(p)) {
        todo.add(p);
      }
    }
    ReplicationRunner runner = new ReplicationRunner(threads, cancellation);
    int done = 0;
    for (int p : todo) {
      cancellation.check();
      PointResult result = runPoint(runner, p);
      sink.accept(result);
      progress.pointDone(result, ++done, todo.size());
    }
    return done;
  }

  private PointResult runPoint(ReplicationRunner runner, int point) throws ScenarioException {
    Scenario s = ScenarioLoader.load(scenario, assignments(point)).scenario();
    SimulationModel model = s.model();
    List<ReplicationResult> results = runner.run(model, s.seed(), 0, s.replications(), n -> {});
    Summary summary = Summary.of(model.catalog(), results);
    return new PointResult(point, grid.values(point), summary,
        Bottleneck.of(summary, model.catalog(), results, s.body() instanceof Scenario.DeliveryBody, s.loads()));
  }
}
