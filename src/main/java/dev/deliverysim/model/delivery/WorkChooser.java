package dev.deliverysim.model.delivery;

/**
 * How a free person picks the next job, by the scenario's {@link Policy}. A reviewer never picks
 * their own pull request; rework goes only to the task's author; new coding makes the person the
 * task's author, and is not started by someone at the open-PR limit.
 */
final class WorkChooser {
  private static final int NONE = -1;

  private final DeliverySimulation sim;
  private final People people;
  private final TaskTable tasks;
  /** The flow limits, unboxed once: they are read whenever someone could start new work. */
  private int reviewQueueLimit;
  private int inProgressLimit;
  private final int[] gateQueueLimits;

  WorkChooser(DeliverySimulation sim) {
    this.sim = sim;
    this.people = sim.people;
    this.tasks = sim.tasks;
    gateQueueLimits = new int[sim.def.gates().size()];
    follow(sim.def);
  }

  /** A phase began: its flow limits hold from now on. */
  void follow(DeliveryDef next) {
    FlowLimits limits = next.limits();
    reviewQueueLimit = limits.reviewQueue();
    inProgressLimit = limits.inProgress();
    for (int g = 0; g < gateQueueLimits.length; g++) {
      gateQueueLimits[g] = limits.gateQueue(g);
    }
  }

  /**
   * Starts person {@code p} on a job if one is open to them; false if none is. Restoring service
   * after an incident comes first, whatever the policy: it is unplanned work that cannot wait;
   * then the job an incident interrupted, if any.
   */
  boolean startNext(int p) {
    if (people.codes(p) && !sim.incidents.waiting.isEmpty()) {
      sim.startIncident(p, sim.incidents.waiting.removeAt(0));
      return true;
    }
    if (sim.reviews.inSession(p)) {
      if (review(p)) {
        return true; // a review session: reviews first, own work set aside
      }
      sim.reviews.endSession(p);
    }
    if (sim.interruptions.resume(p)) {
      return true; // back to the job an incident or a review took them from
    }
    return switch (sim.def.policy()) {
      case REVIEW_FIRST -> review(p) || rework(p) || code(p) || gate(p) || chore(p);
      case OWN_WORK_FIRST -> rework(p) || code(p) || review(p) || gate(p) || chore(p);
      case OLDEST_FIRST -> oldest(p) || chore(p);
    };
  }

  private boolean oldest(int p) {
    double best = Double.POSITIVE_INFINITY;
    Activity choice = null;
    int review = sim.reviews.peek(p);
    if (review != NONE && tasks.readySince(review) < best) {
      best = tasks.readySince(review);
      choice = Activity.REVIEW;
    }
    if (people.reworkWaiting(p) > 0 && tasks.readySince(sim.reworkByAuthor[p].get(0)) < best) {
      best = tasks.readySince(sim.reworkByAuthor[p].get(0));
      choice = Activity.REWORK;
    }
    // a backlog feature not yet broken into tasks would be ready from now: asking costs nothing
    double newWork = !sim.backlog.isEmpty() ? tasks.readySince(sim.backlog.get(0))
        : sim.canPullFromBacklog() ? sim.now() : Double.POSITIVE_INFINITY;
    if (mayStartNew(p) && newWork < best) {
      best = newWork;
      choice = Activity.CODING;
    }
    int gate = servableGate(p);
    if (gate != NONE && tasks.readySince(sim.gateQueue[gate].get(0)) < best) {
      choice = Activity.GATE;
    }
    if (choice == null) {
      return false;
    }
    return switch (choice) {
      case REVIEW -> review(p);
      case REWORK -> rework(p);
      case CODING -> code(p);
      default -> gate(p);
    };
  }

  private boolean review(int p) {
    int task = sim.reviews.peek(p);
    if (task == NONE) {
      return false;
    }
    double effort = reviewEffort(task);
    sim.startReview(p, sim.reviews.take(p, task, effort), effort);
    return true;
  }

  /** The review's effort, at most the review's maximum (beyond it the reviewer skims). */
  double reviewEffort(int task) {
    return Math.min(uncappedReviewEffort(task), sim.def.review().maxEffortHours());
  }

  /** max(minimum, lines / rate), scaled for AI-assisted PRs and by AI pre-review's saving. */
  double uncappedReviewEffort(int task) {
    ReviewDef review = sim.def.review();
    AiDef ai = sim.def.ai();
    double effort = Math.max(review.minimumHours(), tasks.lines(task) / review.linesPerHour());
    if (tasks.assisted(task)) {
      effort *= ai.reviewEffort();
    }
    return effort * (1 - ai.preReviewEffortSaved());
  }

  private boolean rework(int p) {
    if (people.reworkWaiting(p) == 0) {
      return false;
    }
    int task = sim.reworkByAuthor[p].removeAt(0);
    people.addReworkWaiting(p, -1);
    Activity activity = tasks.conflicted(task) ? Activity.CONFLICTS : Activity.REWORK;
    sim.start(p, activity, task, tasks.pendingRework(task), DeliveryDef.REWORK);
    return true;
  }

  /**
   * A coder may start a new task unless they are at their open-PR limit, or a flow limit is
   * reached — the review queue, a gate's queue, or the work in progress (then finishing comes
   * before starting).
   */
  private boolean mayStartNew(int p) {
    int limit = sim.def.openPrsPerAuthor();
    return people.codes(p)
        && (limit == 0 || people.openPrs(p) < limit)
        && flowAllowsNewWork();
  }

  private boolean flowAllowsNewWork() {
    if (reviewQueueLimit > 0 && sim.reviews.waiting() >= reviewQueueLimit) {
      return false;
    }
    for (int g = 0; g < gateQueueLimits.length; g++) {
      if (gateQueueLimits[g] > 0 && sim.gateQueue[g].size() >= gateQueueLimits[g]) {
        return false;
      }
    }
    if (inProgressLimit > 0) {
      int started = 0; // tasks started and not deployed: each counts against its author
      for (int q = 0; q < people.count; q++) {
        started += people.openPrs(q);
      }
      return started < inProgressLimit;
    }
    return true;
  }

  private boolean code(int p) {
    if (!mayStartNew(p) || (sim.backlog.isEmpty() && !sim.pullFromBacklog())) {
      return false;
    }
    sim.startCoding(p, sim.backlog.removeAt(0));
    return true;
  }

  /** With chores: the last resort of a developer with nothing else to do, within the flow limits. */
  private boolean chore(int p) {
    if (!sim.def.work().chores() || !mayStartNew(p)) {
      return false;
    }
    sim.startCoding(p, sim.intake.addChore(sim.now()));
    return true;
  }

  private boolean gate(int p) {
    int gate = servableGate(p);
    if (gate == NONE) {
      return false;
    }
    sim.startGate(p, gate, sim.gateQueue[gate].removeAt(0));
    return true;
  }

  /** Whether a gate {@code p} has the skill to serve has work waiting (the same for their whole team). */
  boolean gateWorkFor(int p) {
    return servableGate(p) != NONE;
  }

  /** The first gate, in flow order, with work waiting that {@code p} has the skill to serve; else NONE. */
  private int servableGate(int p) {
    boolean[] serves = people.servesGate[p];
    for (int g = 0; g < serves.length; g++) {
      if (serves[g] && !sim.gateQueue[g].isEmpty()) {
        return g;
      }
    }
    return NONE;
  }
}
