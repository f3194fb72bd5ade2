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
    recorder = new TimelineRecorder("task", "feature", states(), interval, horizon);
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
    recorder.snapshot(counts, sim.tasks.count - sim.intake.sidePrsPending(), sim.release.deployedTotal,
        sim.release.featuresDeliveredTotal);
  }
}
