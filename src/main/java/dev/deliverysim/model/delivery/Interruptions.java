package dev.deliverysim.model.delivery;

import java.util.Arrays;

/**
 * Incidents that cannot wait ({@code incidents.interrupts}): when one surfaces and no coder is
 * free, the coder who started their current job last — the least into it — drops that job to
 * restore service, and takes it up again afterwards with the effort that was left (plus a context
 * switch, if the scenario prices one). Gate passes and other incidents are not interrupted.
 *
 * <p>The dropped job's completion event stays in the event queue (it has no cancel); its time is
 * remembered and the event ignored when it comes. Hours are booked up to the interruption, so
 * hours by activity still add up to the time available.
 */
final class Interruptions {
  static final int NONE = -1;

  private final DeliverySimulation sim;
  private final People people;
  private final TaskTable tasks;
  private final DeliveryStats stats;
  /** Per person: the job put aside for an incident, or NONE. */
  final int[] suspendedTask;
  private final Activity[] suspendedActivity;
  private final int[] suspendedStage;
  private final double[] suspendedEffort;
  /** Per person: completion times of dropped jobs whose events are still to come. */
  private final double[][] staleEnds;
  private final int[] staleCount;

  Interruptions(DeliverySimulation sim) {
    this.sim = sim;
    this.people = sim.people;
    this.tasks = sim.tasks;
    this.stats = sim.stats;
    suspendedTask = new int[people.count];
    Arrays.fill(suspendedTask, NONE);
    suspendedActivity = new Activity[people.count];
    suspendedStage = new int[people.count];
    suspendedEffort = new double[people.count];
    staleEnds = new double[people.count][2];
    staleCount = new int[people.count];
  }

  /** Interrupts a coder for the incident at the head of the queue; false if nobody may be. */
  boolean takeSomeoneForNextIncident() {
    int chosen = NONE;
    for (int p = 0; p < people.count; p++) {
      if (interruptible(p) && (chosen == NONE || people.started(p) > people.started(chosen))) {
        chosen = p;
      }
    }
    if (chosen == NONE) {
      return false;
    }
    setAside(chosen, Count.INTERRUPTIONS);
    sim.startIncident(chosen, sim.incidents.waiting.removeAt(0));
    return true;
  }

  private boolean interruptible(int p) {
    Activity doing = people.doing(p);
    return people.codes(p) && suspendedTask[p] == NONE
        && doing != null && doing != Activity.GATE && doing != Activity.INCIDENTS;
  }

  /** Whether {@code p} holds a job they dropped and have not taken up again. */
  boolean holdsDroppedJob(int p) {
    return suspendedTask[p] != NONE;
  }

  /**
   * {@code p} drops their job now — for an incident or a review — and will take it up again with
   * the effort that was left; the drop counts as {@code reason}.
   */
  void setAside(int p, Count reason) {
    double now = sim.now();
    int task = people.task(p);
    Activity activity = people.doing(p);
    double planned = people.effort(p) / people.focus(p);
    // at most 1: a job set aside at the instant it ends can compute a hair over 1 in floating point,
    // and a negative effort left would end the resumed job before it started
    double done = planned > 0 ? Math.min(1, (now - people.started(p)) / planned) : 1;
    stats.bookPart(people, p, now, done);
    stats.count(reason);
    tasks.setTouched(task, tasks.touched(task) - (people.endsAt(p) - now)); // the part not worked is not touch time
    suspendedTask[p] = task;
    suspendedActivity[p] = activity;
    suspendedStage[p] = people.stage(p);
    suspendedEffort[p] = people.effort(p) * (1 - done);
    remember(p, people.endsAt(p));
    sim.observer.interrupted(now, p, activity, task);
    people.setDoing(p, null);
  }

  private void remember(int p, double end) {
    if (staleCount[p] == staleEnds[p].length) {
      staleEnds[p] = Arrays.copyOf(staleEnds[p], 2 * staleCount[p]);
    }
    staleEnds[p][staleCount[p]++] = end;
  }

  /**
   * Whether the completion event of {@code p} now belongs to a dropped job; it is then forgotten.
   * Were a real job to end at exactly the same time, the first of the two events is taken as the
   * stale one: both are {@code p}'s at the same instant, so the outcome is the same.
   */
  boolean stale(int p, double now) {
    for (int i = 0; i < staleCount[p]; i++) {
      if (staleEnds[p][i] == now) {
        staleEnds[p][i] = staleEnds[p][--staleCount[p]];
        return true;
      }
    }
    return false;
  }

  /** Whether a job {@code p} dropped was to end at {@code end}, its event still to come. */
  boolean dropped(int p, double end) {
    for (int i = 0; i < staleCount[p]; i++) {
      if (staleEnds[p][i] == end) {
        return true;
      }
    }
    return false;
  }

  /** Takes up {@code p}'s dropped job, if there is one; called by the chooser before anything else. */
  boolean resume(int p) {
    int task = suspendedTask[p];
    if (task == NONE) {
      return false;
    }
    suspendedTask[p] = NONE;
    sim.resume(p, suspendedActivity[p], task, suspendedEffort[p], suspendedStage[p]);
    return true;
  }

  /** Tasks put aside for an incident right now. */
  int suspended() {
    int n = 0;
    for (int task : suspendedTask) {
      n += task == NONE ? 0 : 1;
    }
    return n;
  }
}
