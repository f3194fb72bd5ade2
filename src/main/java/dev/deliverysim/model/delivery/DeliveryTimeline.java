package dev.deliverysim.model.delivery;

import dev.deliverysim.model.Timeline;
import dev.deliverysim.model.TimelineRecorder;
import java.util.ArrayList;
import java.util.List;

/**
 * Where every task of a delivery replication is at each snapshot: waiting for or in coding,
 * review, rework and each gate, not yet committed (sprints), awaiting a release train, or put aside
 * for an incident. It only reads the simulation, and draws no random number.
 */
final class DeliveryTimeline {
  final TimelineRecorder recorder;
  private final DeliverySimulation sim;
  private final DeliveryDef def;

  DeliveryTimeline(DeliverySimulation sim, double interval, double horizon) {
    this.sim = sim;
    this.def = sim.def;
    recorder = new TimelineRecorder("task", "feature", states(), interval, horizon);
  }

  private List<Timeline.State> states() {
    List<Timeline.State> states = new ArrayList<>();
    if (def.cadence().sprints()) {
      states.add(new Timeline.State("not committed", "backlog", true));
    }
    states.add(new Timeline.State("ready to code", "coding", true));
    states.add(Timeline.State.active("coding", "coding"));
    states.add(Timeline.State.queue("review"));
    states.add(Timeline.State.active("in review", "review"));
    states.add(Timeline.State.queue("rework"));
    states.add(Timeline.State.active("rework", "rework"));
    for (GateDef gate : def.gates()) {
      states.add(Timeline.State.queue(gate.name()));
      states.add(Timeline.State.active(gate.name(), gate.name()));
    }
    if (def.cadence().releaseTrains()) {
      states.add(new Timeline.State("awaiting release", "release", true));
    }
    if (def.incidents().interrupts()) {
      states.add(new Timeline.State("put aside for an incident", "interrupted", true));
    }
    return states;
  }

  /** Counts the tasks in each state, in the order {@link #states} lists them, and records them. */
  void snapshot() {
    int gates = def.gates().size();
    double[] counts = new double[recorder.stateCount()];
    int i = 0;
    if (def.cadence().sprints()) {
      counts[i++] = sim.uncommitted.size();
    }
    counts[i++] = sim.backlog.size();
    int coding = i++;
    counts[i++] = sim.reviewQueue.size();
    int inReview = i++;
    for (TaskQueue q : sim.reworkByAuthor) {
      counts[i] += q.size();
    }
    i++;
    int rework = i++;
    int firstGate = i;
    for (int g = 0; g < gates; g++) {
      counts[firstGate + 2 * g] = sim.gateQueue[g].size();
      counts[firstGate + 2 * g + 1] = sim.machinesBusy[g];
    }
    if (def.cadence().releaseTrains()) {
      counts[firstGate + 2 * gates] = sim.release.waitingForTrain();
    }
    if (def.incidents().interrupts()) {
      counts[counts.length - 1] = sim.interruptions.suspended();
    }
    People people = sim.people;
    for (int p = 0; p < people.count; p++) {
      Activity doing = people.doing[p];
      if (doing == Activity.CODING) {
        counts[coding]++;
      } else if (doing == Activity.REVIEW) {
        counts[inReview]++;
      } else if (doing == Activity.REWORK || doing == Activity.CONFLICTS) {
        counts[rework]++;
      } else if (doing == Activity.TESTING) {
        counts[firstGate + 2 * sim.tasks.gate[people.task[p]] + 1]++;
      }
    }
    recorder.snapshot(counts, sim.tasks.count, sim.release.deployedTotal, sim.release.featuresDeliveredTotal);
  }
}
