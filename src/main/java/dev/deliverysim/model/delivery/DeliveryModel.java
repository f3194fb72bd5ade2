package dev.deliverysim.model.delivery;

import dev.deliverysim.engine.Percentiles;
import dev.deliverysim.engine.RandomStreams;
import dev.deliverysim.engine.RunWatch;
import dev.deliverysim.model.MetricCatalog;
import dev.deliverysim.model.MetricNames;
import dev.deliverysim.model.OutputUnit;
import dev.deliverysim.model.Readout;
import dev.deliverysim.model.Replay;
import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.model.SimulationModel;
import dev.deliverysim.model.StopRule;
import dev.deliverysim.model.Timeline;
import dev.deliverysim.model.TimelineRecorder;
import java.util.ArrayList;
import java.util.List;

/** The delivery model, replicable: each call runs one independent replication to the horizon. */
public final class DeliveryModel implements SimulationModel {
  private static final int NO_BOTTLENECK = -1;

  private final DeliveryDef def;
  private final List<PhaseDef> phases;
  private final StopRule stop;
  private final Readout<DeliveryMetrics.Finished> readout;
  /**
   * Each thread's three percentile accumulators, reused replication after replication: a
   * replication's numbers are read before {@link #replicate} returns, and a thread runs one at a time.
   */
  private final ThreadLocal<Percentiles[]> percentiles =
      ThreadLocal.withInitial(() -> new Percentiles[] {new Percentiles(), new Percentiles(), new Percentiles()});

  public DeliveryModel(DeliveryDef def, StopRule stop, OutputUnit unit) {
    this(def, List.of(), stop, unit);
  }

  /** With {@code phases} (time order, each the same shape as {@code def}) that change it at their dates. */
  public DeliveryModel(DeliveryDef def, List<PhaseDef> phases, StopRule stop, OutputUnit unit) {
    if (Double.isInfinite(stop.horizon()) || stop.drain() || stop.maxJobs() > 0) {
      throw new IllegalArgumentException(
          "the delivery model runs to a horizon, without draining or a job limit");
    }
    this.def = def;
    this.phases = List.copyOf(phases);
    this.stop = stop;
    this.readout = new Readout<>(DeliveryMetrics.of(def), unit);
  }

  public DeliveryDef definition() {
    return def;
  }

  @Override
  public MetricCatalog catalog() {
    return readout.catalog();
  }

  /**
   * The flow headline, incidents when they are modelled, then for each team where its hours go:
   * a coding team's coding, review and rework; a reviewing team's review; any other team's
   * activities at the gates it serves.
   */
  @Override
  public List<String> headline() {
    List<String> labels = new ArrayList<>(DeliveryMetrics.HEADLINE);
    if (def.incidents().modelled()) {
      labels.addAll(List.of("incidents", "time_to_restore_mean"));
    }
    for (TeamDef team : def.teams()) {
      List<String> activities = team.skills().contains(Skill.CODE) ? List.of("coding", "review", "rework")
          : team.skills().contains(Skill.REVIEW) ? List.of("review")
          : team.skills().stream().map(Skill::activity).sorted().toList();
      activities.forEach(activity -> labels.add(MetricNames.hours(activity) + "@" + team.name()));
    }
    return List.copyOf(labels);
  }

  /**
   * The metrics a single run's table shows first: flow, times, quality; lead times only for
   * arrivals (from a backlog they count from time 0: telling for a forecast, not as a headline),
   * deployments only with release trains (otherwise they equal merges), incidents when modelled.
   */
  public static List<String> overview(DeliveryDef def) {
    List<String> labels = new ArrayList<>(List.of(MetricNames.FEATURES_DELIVERED, "tasks_coded", "prs_merged"));
    if (def.cadence().releaseTrains()) {
      labels.add("deployments");
    }
    if (!(def.work().source() instanceof FeatureSource.Backlog)) {
      labels.addAll(List.of("lead_time_p50", "lead_time_p85"));
    }
    labels.addAll(List.of("cycle_time_p85", "review_time_mean", MetricNames.WIP_MEAN, "flow_efficiency", "change_failure_rate"));
    if (def.incidents().modelled()) {
      labels.addAll(List.of("incidents", "time_to_restore_mean"));
    }
    return List.copyOf(labels);
  }

  @Override
  public ReplicationResult replicate(long masterSeed, int replication) {
    return replicate(masterSeed, replication, RunWatch.NONE);
  }

  @Override
  public ReplicationResult replicate(long masterSeed, int replication, RunWatch watch) {
    DeliverySimulation sim = new DeliverySimulation(def, phases, stop, new RandomStreams(masterSeed, replication),
        Observer.NONE, new DeliveryStats(def, percentiles.get()));
    sim.events.watch(watch);
    sim.run();
    return new ReplicationResult(replication, readout.read(finish(sim)), sim.eventCount);
  }

  /**
   * {@link #replicate}, recorded by {@code trace}: the numbers are the same
   * ({@code ReplayTraceProperties} checks them bit for bit).
   */
  ReplicationResult replicate(long masterSeed, int replication, ReplayTrace trace) {
    DeliverySimulation sim = new DeliverySimulation(def, phases, stop, new RandomStreams(masterSeed, replication),
        trace, new DeliveryStats(def, percentiles.get()));
    trace.people = sim.people;
    sim.run();
    return new ReplicationResult(replication, readout.read(finish(sim)), sim.eventCount);
  }

  @Override
  public Timeline timeline(long masterSeed, int replication, double intervalHours) {
    return timeline(masterSeed, replication, intervalHours, RunWatch.NONE);
  }

  @Override
  public Timeline timeline(long masterSeed, int replication, double intervalHours, RunWatch watch) {
    DeliverySimulation sim = new DeliverySimulation(def, phases, stop, new RandomStreams(masterSeed, replication),
        Observer.NONE, new DeliveryStats(def));
    sim.events.watch(watch);
    TimelineRecorder recorder = sim.recordTimeline(intervalHours);
    sim.run();
    return recorder.build();
  }

  /**
   * Replication {@code replication} again — the same trajectory as {@link #replicate} — with its
   * timeline, every PR's moves between the timeline's states and what each person was doing: the
   * workshop page's replay.
   */
  @Override
  public Replay replay(long masterSeed, int replication, double intervalHours, RunWatch watch) {
    ReplayTrace trace = new ReplayTrace(def);
    DeliverySimulation sim = new DeliverySimulation(def, phases, stop, new RandomStreams(masterSeed, replication),
        trace, new DeliveryStats(def));
    trace.people = sim.people;
    sim.events.watch(watch);
    TimelineRecorder recorder = sim.recordTimeline(intervalHours);
    sim.run();
    return new Replay(recorder.build(), null, trace.moves(sim.now()), trace.people(sim.now()));
  }

  /**
   * Replication {@code replication} again — the same trajectory as {@link #replicate} — with every
   * pull request merged by the horizon recorded, as a team's tools would have: for exporting a
   * simulated history that {@code calibrate} can read back.
   */
  public List<SimulatedPr> history(long masterSeed, int replication) {
    HistoryTrace trace = new HistoryTrace();
    DeliverySimulation sim = new DeliverySimulation(def, phases, stop, new RandomStreams(masterSeed, replication),
        trace, new DeliveryStats(def));
    trace.tasks = sim.tasks;
    sim.run();
    return trace.merged();
  }

  /**
   * Time-average number waiting at each stage: waits of jobs that started there, plus the waiting
   * so far of those still queued, over the window. The bottleneck is the stage with the most; when
   * nothing waited anywhere there is none.
   */
  private static DeliveryMetrics.Finished finish(DeliverySimulation sim) {
    double now = sim.now();
    double observed = now - sim.stats.windowStart;
    int stages = sim.stats.waits.length;
    double[] waiting = new double[stages];
    for (int s = 0; s < stages; s++) {
      waiting[s] = sim.stats.waitingInWindow[s];
    }
    for (int s = 0; s < stages; s++) {
      for (TaskQueue queue : sim.stages.queuesAt(s)) {
        addOpenWaits(sim, queue, waiting, s);
      }
    }
    int bottleneck = NO_BOTTLENECK;
    double most = 0;
    for (int s = 0; s < stages; s++) {
      waiting[s] /= observed;
      if (waiting[s] > most) {
        most = waiting[s];
        bottleneck = s;
      }
    }
    return new DeliveryMetrics.Finished(sim, observed, waiting, bottleneck);
  }

  private static void addOpenWaits(DeliverySimulation sim, TaskQueue queue, double[] waiting, int stage) {
    for (int i = 0; i < queue.size(); i++) {
      double since = Math.max(sim.tasks.readySince(queue.get(i)), sim.stats.windowStart);
      waiting[stage] += sim.now() - since;
    }
  }
}
