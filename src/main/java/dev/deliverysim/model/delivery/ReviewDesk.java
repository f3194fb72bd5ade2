package dev.deliverysim.model.delivery;

import dev.deliverysim.engine.RandomStreams;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Where PRs wait for review and how they reach reviewers ({@link ReviewProcess}): one shared pool
 * or a queue per assigned reviewer; picked up whenever a job ends, in each reviewer's sessions
 * (their own work set aside meanwhile), or by interrupting a reviewer at once.
 *
 * <p>Defaults — a pool looked at whenever a job ends — draw nothing and schedule nothing, so a
 * scenario that says nothing about its review process runs exactly as before this existed.
 */
final class ReviewDesk {
  static final int NONE = -1;

  private final DeliverySimulation sim;
  private final People people;
  private final TaskTable tasks;
  private final ReviewProcess process;
  /** With a pool: every PR waiting for review, oldest first. */
  private final TaskQueue pool = new TaskQueue();
  /** With assignment: per person, the PRs assigned to them, oldest first; otherwise empty. */
  private final TaskQueue[] assigned;
  /** The pool, then every personal queue: where the review stage's PRs wait. */
  private final TaskQueue[] queues;
  private int waiting;
  /** Per person: in a review session now, and the review effort started in it so far. */
  private final boolean[] inSession;
  private final double[] sessionEffort;
  private final UniformRandomProvider assignment;
  /** Reviewers put AI PRs off: some PRs cannot be taken up yet. */
  private boolean putsOff;

  ReviewDesk(DeliverySimulation sim, RandomStreams streams) {
    this.sim = sim;
    this.people = sim.people;
    this.tasks = sim.tasks;
    this.process = sim.def.review().process();
    assigned = new TaskQueue[process.assigned() ? people.count : 0];
    queues = new TaskQueue[1 + assigned.length];
    queues[0] = pool;
    for (int p = 0; p < assigned.length; p++) {
      assigned[p] = new TaskQueue();
      queues[1 + p] = assigned[p];
    }
    inSession = new boolean[people.count];
    sessionEffort = new double[people.count];
    // drawn from only when a PR is assigned at random: other scenarios' draws do not move
    assignment = streams.stream(DeliveryStreams.REVIEW_ASSIGNMENT);
    follow(sim.def);
  }

  /**
   * A phase began: reviewers may start putting AI PRs off. Once they have, PRs put off before the
   * phase stay hidden until their time even if the phase ends the delay (new PRs then are never
   * hidden), so this only ever turns on.
   */
  void follow(DeliveryDef next) {
    putsOff |= next.ai().review().delaysPickup();
  }

  /** Where PRs wait for review, for the stage's counts and waits. */
  TaskQueue[] queues() {
    return queues;
  }

  /** PRs waiting for review now. */
  int waiting() {
    return waiting;
  }

  /** The PR asks for review (again): into the pool, or to its reviewer's queue. */
  void ready(int task) {
    TaskQueue queue = pool;
    if (process.assigned()) {
      int reviewer = tasks.reviewer(task);
      if (reviewer == TaskTable.NO_ONE || !eligible(reviewer, task)) {
        reviewer = assign(task);
        tasks.setReviewer(task, reviewer);
      }
      queue = assigned[reviewer];
    }
    queue.add(task);
    waiting++;
    sim.observer.waiting(sim.now(), task, DeliveryDef.REVIEW);
  }

  /** The PR was approved once and needs a second reviewer: the first one is done with it. */
  void releaseReviewer(int task) {
    tasks.setReviewer(task, TaskTable.NO_ONE);
  }

  /** The PR {@code p} would review now, or NONE: none is open to them, or they do not look now. */
  int peek(int p) {
    if (!people.reviews(p) || !looksNow(p)) {
      return NONE;
    }
    return open(p);
  }

  /** Takes the PR {@link #peek} named out of its queue; the review starts now. */
  int take(int p, int task, double effort) {
    TaskQueue queue = process.assigned() ? assigned[p] : pool;
    queue.removeAt(queue.indexOf(task));
    waiting--;
    if (inSession[p]) {
      sessionEffort[p] += effort;
    }
    return task;
  }

  /** Effort added to a review that interrupted its reviewer. */
  double interruptCost() {
    return process.interruptHours();
  }

  boolean inSession(int p) {
    return inSession[p];
  }

  void endSession(int p) {
    inSession[p] = false;
  }

  /** Sessions are on: the first one of each reviewer comes at a random phase of the period. */
  boolean sessions() {
    return process.pickup() == ReviewProcess.Pickup.SESSIONS;
  }

  boolean interrupts() {
    return process.pickup() == ReviewProcess.Pickup.INTERRUPT;
  }

  double sessionEvery() {
    return process.sessionEveryHours();
  }

  /** A session of {@code p}'s begins: true when there is something to review and they may start. */
  boolean beginSession(int p) {
    if (!people.reviews(p) || open(p) == NONE) {
      return false;
    }
    inSession[p] = true;
    sessionEffort[p] = 0;
    return true;
  }

  private boolean looksNow(int p) {
    return process.pickup() != ReviewProcess.Pickup.SESSIONS
        || (inSession[p] && sessionEffort[p] < process.sessionCapHours());
  }

  /** The oldest PR {@code p} may review, whether or not they look now; NONE if none. */
  int open(int p) {
    if (process.assigned()) {
      for (int i = 0; i < assigned[p].size(); i++) {
        int task = assigned[p].get(i);
        if (shown(task)) {
          return task;
        }
      }
      return NONE;
    }
    // inlined for speed: this scan runs for every free reviewer after every event (deliverysim bench)
    for (int i = 0, n = pool.size(); i < n; i++) {
      int task = pool.get(i);
      if (tasks.author(task) != p && tasks.approvedBy(task) != p && (!tasks.needsOwner(task) || people.owner(p))
          && shown(task)) {
        return task;
      }
    }
    return NONE;
  }

  /** Not their own PR, nor one they already approved in this round, nor one still put off. */
  boolean mayReview(int p, int task) {
    return eligible(p, task) && shown(task);
  }

  /** Not put off by reviewers any more (only AI PRs ever are, and only with a pickup delay). */
  private boolean shown(int task) {
    return !putsOff || tasks.hiddenUntil(task) <= sim.now();
  }

  /**
   * May review the PR once it is no longer put off: the rule for choosing its reviewer. A PR that
   * needs an owner is the owners' alone (the compiler saw to it that enough of them review).
   */
  private boolean eligible(int p, int task) {
    return people.reviews(p) && tasks.author(task) != p && tasks.approvedBy(task) != p
        && (!tasks.needsOwner(task) || people.owner(p));
  }

  /** A reviewer for the PR by the process's rule; the lowest index wins ties. */
  private int assign(int task) {
    if (process.assignBy() == ReviewProcess.AssignBy.RANDOM) {
      int candidates = 0;
      for (int q = 0; q < people.count; q++) {
        candidates += eligible(q, task) ? 1 : 0;
      }
      int pick = assignment.nextInt(candidates);
      for (int q = 0; q < people.count; q++) {
        if (eligible(q, task) && pick-- == 0) {
          return q;
        }
      }
    }
    int best = NONE;
    int bestLoad = Integer.MAX_VALUE;
    for (int q = 0; q < people.count; q++) {
      int load = eligible(q, task) ? assigned[q].size() + (people.doing(q) == Activity.REVIEW ? 1 : 0) : Integer.MAX_VALUE;
      if (load < bestLoad) {
        best = q;
        bestLoad = load;
      }
    }
    return best;
  }
}
