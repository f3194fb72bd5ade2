package dev.deliverysim.model.delivery;

/**
 * Where each stage's PRs are, for the counts the timeline and the bottleneck read: the queues
 * they wait in (rework has one per author, other stages one) and the jobs under way there.
 */
final class StageQueues {
  private final DeliverySimulation sim;
  private final TaskQueue[][] queuesAt;

  StageQueues(DeliverySimulation sim) {
    this.sim = sim;
    int gates = sim.def.gates().size();
    queuesAt = new TaskQueue[DeliveryDef.FIRST_GATE + gates][];
    queuesAt[DeliveryDef.CODING] = new TaskQueue[] {sim.backlog};
    queuesAt[DeliveryDef.REVIEW] = sim.reviews.queues();
    queuesAt[DeliveryDef.REWORK] = sim.reworkByAuthor;
    for (int g = 0; g < gates; g++) {
      queuesAt[DeliveryDef.FIRST_GATE + g] = new TaskQueue[] {sim.gateQueue[g]};
    }
  }

  /** The PR waits for its author's rework: fixes, a merge conflict, or a PR to redo. */
  void backToAuthor(int task) {
    int author = sim.tasks.author(task);
    sim.reworkByAuthor[author].add(task);
    sim.people.addReworkWaiting(author, 1);
    sim.observer.waiting(sim.now(), task, DeliveryDef.REWORK);
  }

  /** The queues where PRs wait for stage {@code s}. */
  TaskQueue[] queuesAt(int s) {
    return queuesAt[s];
  }

  /** PRs waiting for stage {@code s} now. */
  int waitingAt(int s) {
    int n = 0;
    for (TaskQueue q : queuesAt[s]) {
      n += q.size();
    }
    return n;
  }

  /** PRs being worked on at stage {@code s} now: by people, by machines, or passing through a delay. */
  int activeAt(int s) {
    int n = s >= DeliveryDef.FIRST_GATE ? sim.machinesBusy[s - DeliveryDef.FIRST_GATE] : 0;
    People people = sim.people;
    for (int p = 0; p < people.count; p++) {
      if (!people.idle(p) && people.stage(p) == s) {
        n++;
      }
    }
    return n;
  }
}
