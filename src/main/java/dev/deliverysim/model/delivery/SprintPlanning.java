package dev.deliverysim.model.delivery;

/**
 * Sprint planning at run time: every sprint it tops the committed work up to the sprint's
 * commitment — unstarted tasks carry over, and new ones are committed oldest first, from arrivals
 * or from the backlog, a task with all its PRs. The commitment is fixed, or follows velocity: the
 * mean number of feature tasks done in the last few sprints, with tasks pulled ahead when the
 * team runs out, so that velocity can grow.
 */
final class SprintPlanning {
  private final DeliverySimulation sim;
  private final CadenceDef cadence;
  /** Feature tasks done in each of the last {@code velocityWindow} sprints, a ring. */
  private final int[] doneInSprint;
  private int sprintsEnded;
  private int doneThisSprint;

  SprintPlanning(DeliverySimulation sim) {
    this.sim = sim;
    this.cadence = sim.def.cadence();
    doneInSprint = new int[cadence.velocityWindow()];
  }

  /** A task of some feature had its last PR deployed. */
  void featureTaskDone() {
    doneThisSprint++;
  }

  /** Tasks this sprint commits: fixed, or the recent velocity once a sprint has ended. */
  int commitment() {
    if (cadence.commit() == CadenceDef.Commit.FIXED || sprintsEnded == 0) {
      return cadence.tasksPerSprint();
    }
    int window = Math.min(sprintsEnded, doneInSprint.length);
    long sum = 0;
    for (int i = 0; i < window; i++) {
      sum += doneInSprint[i];
    }
    return Math.max(1, (int) Math.round((double) sum / window));
  }

  /** Planning at the start of a sprint (the first at time 0): the last sprint's tasks done are its velocity. */
  void plan(double now) {
    if (now > 0) {
      doneInSprint[sprintsEnded % doneInSprint.length] = doneThisSprint;
      sprintsEnded++;
      doneThisSprint = 0;
    }
    TaskQueue committed = sim.backlog;
    TaskQueue uncommitted = sim.uncommitted;
    int room = commitment() - tasksIn(committed);
    while (room > 0 && (!uncommitted.isEmpty() || sim.intake.pullFromBacklog(now))) {
      commitNextTask(now);
      room--;
    }
  }

  /**
   * With a commitment that follows velocity, a team that has finished what it committed pulls the
   * next task (with all its PRs) ahead of the next planning — the Scrum habit that lets velocity
   * grow when the team can do more; with a fixed commitment it waits for the planning. True when
   * a task was pulled.
   */
  boolean pullAhead(double now) {
    if (cadence.commit() != CadenceDef.Commit.VELOCITY
        || (sim.uncommitted.isEmpty() && !sim.intake.pullFromBacklog(now))) {
      return false;
    }
    commitNextTask(now);
    return true;
  }

  /** Whether {@link #pullAhead} would pull a task now. */
  boolean canPullAhead() {
    return cadence.commit() == CadenceDef.Commit.VELOCITY
        && (!sim.uncommitted.isEmpty() || sim.intake.backlogLeft());
  }

  private void commitNextTask(double now) {
    TaskQueue uncommitted = sim.uncommitted;
    int task = sim.tasks.taskOf(uncommitted.get(0));
    while (!uncommitted.isEmpty() && sim.tasks.taskOf(uncommitted.get(0)) == task) {
      int pr = uncommitted.removeAt(0);
      sim.tasks.setReadySince(pr, now); // committed: from here on it waits for a developer
      sim.backlog.add(pr);
      sim.observer.waiting(now, pr, DeliveryDef.CODING);
    }
  }

  /** Tasks with a PR in {@code queue}: a task's PRs are queued together and stay in order. */
  private int tasksIn(TaskQueue queue) {
    int n = 0;
    for (int i = 0; i < queue.size(); i++) {
      if (i == 0 || sim.tasks.taskOf(queue.get(i)) != sim.tasks.taskOf(queue.get(i - 1))) {
        n++;
      }
    }
    return n;
  }
}
