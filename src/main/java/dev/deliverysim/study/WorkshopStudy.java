package dev.deliverysim.study;

import dev.deliverysim.experiment.Cancellation;
import dev.deliverysim.experiment.MetricDifference;
import dev.deliverysim.experiment.PairedComparison;
import dev.deliverysim.experiment.ReplicationRunner;
import dev.deliverysim.experiment.Summary;
import dev.deliverysim.model.Replay;
import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.model.SimulationModel;
import dev.deliverysim.report.RunRecord;
import dev.deliverysim.scenario.Lever;
import dev.deliverysim.scenario.Levers;
import dev.deliverysim.scenario.LoadedScenario;
import dev.deliverysim.scenario.Scenario;
import dev.deliverysim.scenario.ScenarioException;
import dev.deliverysim.scenario.ScenarioLoader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The workshop page's study ({@code deliverysim serve}): a starting point — the scenario as loaded,
 * its replications capped so an answer comes within about a second — run once, then each setting of
 * the levers run as a variant on the same seed and replications (common random numbers) and paired
 * with the start, exactly as {@link CompareStudy} pairs a variant with its base: the same loader
 * ({@link ScenarioLoader#withOverrides}, so a lever is a {@code --set}), the same
 * {@link ReplicationRunner} and the same {@link PairedComparison}.
 */
public final class WorkshopStudy {
  /** The most replications one answer may run: bounds the work a request can ask for. */
  public static final int MAX_REPLICATIONS = 1000;
  /** The most snapshots one replay records. */
  public static final int MAX_FRAMES = 2000;

  private WorkshopStudy() {}

  /**
   * The starting point, run.
   *
   * @param base the scenario as loaded, with its replications capped at most at {@code replications}
   * @param levers its levers (declared, or the usual ones for its kind)
   */
  public record Start(LoadedScenario base, List<Lever> levers, RunRecord run, double wallSeconds) {
    public Start {
      levers = List.copyOf(levers);
    }

    public Scenario scenario() {
      return base.scenario();
    }

    /** The lever at {@code path}, or null. */
    public Lever lever(String path) {
      return levers.stream().filter(l -> l.path().equals(path)).findFirst().orElse(null);
    }
  }

  /**
   * One setting of the levers, run and paired with the start.
   *
   * @param values every lever's value, by path, in the start's lever order
   * @param assignments the {@code --set} assignments of the levers moved from their start
   * @param differences each metric's paired difference from the start
   */
  public record Trial(Map<String, Double> values, List<String> assignments, RunRecord run,
      List<MetricDifference> differences, double wallSeconds) {
    public Trial {
      values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
      assignments = List.copyOf(assignments);
      differences = List.copyOf(differences);
    }
  }

  /** Caps the replications (never raises them), finds the levers and runs the start. */
  public static Start start(LoadedScenario loaded, int maxReplications, int threads, Cancellation cancellation)
      throws ScenarioException {
    return start(loaded, maxReplications, threads, cancellation, done -> {});
  }

  /** As above; {@code progress} gets the number of the start's replications finished. */
  public static Start start(LoadedScenario loaded, int maxReplications, int threads, Cancellation cancellation,
      IntConsumer progress) throws ScenarioException {
    if (maxReplications < 2 || maxReplications > MAX_REPLICATIONS) {
      throw new IllegalArgumentException("replications must be in 2.." + MAX_REPLICATIONS + ": " + maxReplications);
    }
    LoadedScenario base = loaded.scenario().replications() > maxReplications
        ? ScenarioLoader.withOverrides(loaded, List.of("run.replications=" + maxReplications)) : loaded;
    long t0 = System.nanoTime();
    RunRecord run = run(base.scenario(), base.scenario().model(), threads, cancellation, progress);
    return new Start(base, Levers.of(loaded), run, (System.nanoTime() - t0) / 1e9);
  }

  /**
   * Runs the levers at {@code values} (by path; a lever left out stays at its start) against the start.
   *
   * @throws StudyInputException for an unknown lever or a value outside its range
   * @throws ScenarioException when the scenario refuses a value, located in its {@code --set} argument
   */
  public static Trial trial(Start start, Map<String, Double> values, int threads, Cancellation cancellation)
      throws StudyInputException, ScenarioException {
    return trial(start, values, threads, cancellation, done -> {});
  }

  /** As above; {@code progress} gets the number of replications finished (none when the levers are at their start). */
  public static Trial trial(Start start, Map<String, Double> values, int threads, Cancellation cancellation,
      IntConsumer progress) throws StudyInputException, ScenarioException {
    check(start, values);
    Map<String, Double> all = settings(start, values);
    List<String> assignments = assignments(start, all);
    long t0 = System.nanoTime();
    RunRecord run = start.run();
    if (!assignments.isEmpty()) {
      Scenario variant = ScenarioLoader.withOverrides(start.base(), assignments).scenario();
      run = run(variant, variant.model(), threads, cancellation, progress);
    }
    List<MetricDifference> differences = PairedComparison.of(start.run().catalog(), start.run().replications(),
        run.catalog(), run.replications());
    // the start itself was run once, before: its time is the one worth showing
    double wall = assignments.isEmpty() ? start.wallSeconds() : (System.nanoTime() - t0) / 1e9;
    return new Trial(all, assignments, run, differences, wall);
  }

  /**
   * One replication of the levers' setting with its trajectory recorded, {@code frames} snapshots
   * over the horizon, and every item's moves (a network's from station to station; a delivery
   * organisation's PRs between its stages, with what its people do): the replay. Replication
   * {@code replication} of the trial on the same seed, so the same setting and index always give
   * the same replay; a cancellation stops it mid-replication.
   *
   * @throws StudyInputException for an unknown lever, a value out of range, a replication the
   *     start does not run, or a scenario without a horizon (nothing to replay frame by frame)
   */
  public static Replay replay(Start start, Map<String, Double> values, int replication, int frames,
      Cancellation cancellation) throws StudyInputException, ScenarioException {
    check(start, values);
    Scenario base = start.scenario();
    if (replication < 0 || replication >= base.replications()) {
      throw new StudyInputException("replication: expected 0 to " + (base.replications() - 1) + ", received: "
          + replication);
    }
    if (frames < 2 || frames > MAX_FRAMES) {
      throw new StudyInputException("frames: expected 2 to " + MAX_FRAMES + ", received: " + frames);
    }
    if (!RunStudy.timed(base)) {
      throw new StudyInputException("replay: " + base.name() + " runs to a number of jobs, not to a horizon:"
          + " there is no time line to replay");
    }
    List<String> assignments = assignments(start, settings(start, values));
    Scenario s = assignments.isEmpty() ? base : ScenarioLoader.withOverrides(start.base(), assignments).scenario();
    double interval = s.stop().horizon() / frames; // snapshots at interval, 2·interval, … the horizon
    return new ReplicationRunner(1, cancellation).replay(s.model(), s.seed(), replication, interval);
  }

  /**
   * The replay's frames unless asked otherwise: one a round for a game played in rounds (a round is
   * an hour, so a step of the replay is a round of the game), else {@code usual}.
   */
  public static int frames(Start start, int usual) {
    Scenario s = start.scenario();
    boolean rounds = s.body() instanceof Scenario.NetworkBody body
        && body.network().stations().stream().anyMatch(st -> st.play().rolls());
    double horizon = s.stop().horizon();
    return rounds && horizon == Math.rint(horizon) && horizon >= 2 && horizon <= MAX_FRAMES ? (int) horizon : usual;
  }

  /** Every lever's value: the given one, or its start. */
  private static Map<String, Double> settings(Start start, Map<String, Double> values) {
    Map<String, Double> all = new LinkedHashMap<>();
    for (Lever lever : start.levers()) {
      all.put(lever.path(), values.getOrDefault(lever.path(), lever.start()));
    }
    return all;
  }

  /** The {@code --set} assignments of the levers moved; an unmoved lever is not set, so the start runs as loaded. */
  private static List<String> assignments(Start start, Map<String, Double> all) {
    List<String> assignments = new ArrayList<>();
    for (Lever lever : start.levers()) {
      if (all.get(lever.path()) != lever.start()) {
        assignments.add(lever.assignment(all.get(lever.path())));
      }
    }
    return assignments;
  }

  private static void check(Start start, Map<String, Double> values) throws StudyInputException {
    List<String> problems = new ArrayList<>();
    values.forEach((path, value) -> {
      Lever lever = start.lever(path);
      if (lever == null) {
        problems.add("levers: unknown lever '" + path + "'; this scenario's levers are "
            + start.levers().stream().map(Lever::path).toList());
      } else if (value == null || !(value >= lever.min() && value <= lever.max())) {
        problems.add("levers: " + lever.label() + " (" + path + "): expected a number from "
            + Lever.format(lever.min()) + " to " + Lever.format(lever.max()) + ", received: "
            + (value == null ? "null" : Lever.format(value)));
      }
    });
    if (!problems.isEmpty()) {
      throw new StudyInputException(problems);
    }
  }

  private static RunRecord run(Scenario s, SimulationModel model, int threads, Cancellation cancellation,
      IntConsumer progress) {
    List<ReplicationResult> results = new ReplicationRunner(threads, cancellation)
        .run(model, s.seed(), 0, s.replications(), progress);
    return new RunRecord(s.name(), s.description(), s.seed(), 0, model.catalog(), results,
        Summary.of(model.catalog(), results), s.loads(), s.outputUnit(), s.stages());
  }
}
