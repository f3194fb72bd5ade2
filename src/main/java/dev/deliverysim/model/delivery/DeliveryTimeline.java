package dev.deliverysim.model.delivery;

import dev.deliverysim.model.Timeline;
import dev.deliverysim.model.TimelineRecorder;
import java.util.ArrayList;
import java.util.List;

/**
 * Where every task of a delivery replication is at each snapshot: waiting at and being worked on
 * at each stage of the pipeline, not yet committed (sprints), awaiting a release train, or put
 * aside for an incident. The states are generated from the stage list. It only reads the
 * simulation, and draws no random number.
 */
final class DeliveryTimeline {
  final TimelineRecorder recorder;
  private final DeliverySimulation sim;
  private final DeliveryDef def;
  private final int stages;

  DeliveryTimeline(DeliverySimulation sim, double interval, double horizon) {
    this.sim = sim;
    this.def = sim.def;
    this.stages = def.stages().size();
    recorder = new TimelineRecorder("PR", "feature", states(), interval, horizon,
        def.work().source() instanceof FeatureSource.Backlog);
  }

  private List<Timeline.State> states() {
    List<Timeline.State> states = new ArrayList<>();
    if (def.cadence().sprints()) {
      states.add(new Timeline.State("not committed", "backlog", true));
    }
    for (StageDef stage : def.stages()) {
      states.add(stage.waitingState());
      states.add(stage.activeState());
    }
    if (def.cadence().releaseTrains()) {
      states.add(new Timeline.State("awaiting release", "release", true));
    }
    if (setsAside()) {
      String forWhat = !def.incidents().interrupts() ? " for a review"
          : def.review().process().pickup() == ReviewProcess.Pickup.JOB_END ? " for an incident" : "";
      states.add(new Timeline.State("put aside" + forWhat, "interrupted", true));
    }
    return states;
  }

  /** Whether a job can be set aside: for an incident that interrupts, or for a review session or request. */
  private boolean setsAside() {
    return def.incidents().interrupts() || def.review().process().pickup() != ReviewProcess.Pickup.JOB_END;
  }

  /** Counts the tasks in each state, in the order {@link #states} lists them, and records them. */
  void snapshot() {
    if (recorder.lastSnapshotNext()) {
      recorder.wipAges(wipAges());
    }
    double[] counts = new double[recorder.stateCount()];
    int i = 0;
    if (def.cadence().sprints()) {
      counts[i++] = sim.uncommitted.size();
    }
    for (int s = 0; s < stages; s++) {
      counts[i++] = sim.stages.waitingAt(s);
      counts[i++] = sim.stages.activeAt(s);
    }
    if (def.cadence().releaseTrains()) {
      counts[i++] = sim.release.waitingForTrain();
    }
    if (setsAside()) {
      counts[i] = sim.interruptions.suspended();
    }
    // a side PR enters the flow when its author starts it, not when its task is made
    recorder.snapshot(counts, sim.tasks.created - sim.intake.sidePrsPending(), sim.release.deployedTotal,
        sim.release.featuresDeliveredTotal);
  }

  /**
   * Every PR in progress now — its coding started, not deployed — as {@code {state, age}}: where it
   * is (its index in {@link #states}, found as {@link #snapshot} counts it) and the hours since its
   * coding started. PRs not taken up yet (ready to code, not committed) are not in progress.
   */
  private double[][] wipAges() {
    double now = sim.now();
    TaskTable tasks = sim.tasks;
    List<double[]> rows = new ArrayList<>();
    int i = 0;
    if (def.cadence().sprints()) {
      addQueue(rows, sim.uncommitted, i++, now);
    }
    for (int s = 0; s < stages; s++) {
      for (TaskQueue queue : sim.stages.queuesAt(s)) {
        addQueue(rows, queue, i, now);
      }
      People people = sim.people;
      for (int p = 0; p < people.count; p++) {
        if (!people.idle(p) && people.stage(p) == s) {
          add(rows, people.task(p), i + 1, now);
        }
      }
      if (s >= DeliveryDef.FIRST_GATE) { // passes on machines, or through a pure delay
        for (int task : tasks.onPassesInOrder()) {
          if (tasks.gate(task) == s - DeliveryDef.FIRST_GATE) {
            add(rows, task, i + 1, now);
          }
        }
      }
      i += 2;
    }
    if (def.cadence().releaseTrains()) {
      addQueue(rows, sim.release.train(), i++, now);
    }
    if (setsAside()) {
      for (int task : sim.interruptions.suspendedTask) {
        if (task != Interruptions.NONE) {
          add(rows, task, i, now);
        }
      }
    }
    return rows.toArray(double[][]::new);
  }

  private void addQueue(List<double[]> rows, TaskQueue queue, int state, double now) {
    for (int k = 0; k < queue.size(); k++) {
      add(rows, queue.get(k), state, now);
    }
  }

  private void add(List<double[]> rows, int task, int state, double now) {
    double started = sim.tasks.codingStarted(task);
    if (!Double.isNaN(started)) {
      rows.add(new double[] {state, now - started});
    }
  }
}
