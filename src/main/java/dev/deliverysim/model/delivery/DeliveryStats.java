package dev.deliverysim.model.delivery;

import dev.deliverysim.engine.Percentiles;
import dev.deliverysim.engine.Tally;
import dev.deliverysim.engine.TimeWeighted;

/**
 * One replication's accumulators. Everything counts from the end of the warm-up; a job that
 * straddles it counts only its share inside the measured window.
 */
final class DeliveryStats {
  /** Stages where work can wait: coding (for a developer), review, rework, then each gate. */
  static final int CODING = 0;
  static final int REVIEW = 1;
  static final int REWORK = 2;
  static final int FIRST_GATE = 3;

  double windowStart;
  long featuresDelivered;
  /** When the last feature of a backlog was delivered (from time 0, not the window); NaN until then. */
  double backlogDoneAt = Double.NaN;
  long tasksCoded;
  long prsMerged;
  /** PRs that reached production; with release trains, later than they merged. */
  long prsDeployed;
  long deployments;
  long changeFailures;
  long escapedDefects;
  long reviewsWithChanges;
  long reviewsDone;
  long defectsFoundByPreReview;
  long flakyReruns;
  long incidents;
  long mergeConflicts;
  /** Jobs dropped for an incident. */
  long interruptions;
  final Percentiles timeToRestore = new Percentiles();
  final Tally timeToRestoreTally = new Tally();
  final Percentiles leadTime = new Percentiles();
  final Tally leadTimeTally = new Tally();
  final Percentiles cycleTime = new Percentiles();
  final Tally cycleTimeTally = new Tally();
  final Tally reviewTime = new Tally();
  double touchedOfMerged;
  double cycleOfMerged;
  final TimeWeighted wip = new TimeWeighted();
  /** Per stage: waits of jobs that started there. */
  final Tally[] waits;
  /** Per stage: how long each job started there takes (a pass, a review, a coding job), as planned. */
  final Tally[] jobs;
  /** Per stage: the part of those waits inside the window (for the time-average queue). */
  final double[] waitingInWindow;
  /** Per team and activity: hours inside the window (meetings and idle are derived at the end). */
  final double[][] hours;
  /** Per team: hours inside the window in which its people were on a job (effort / focus). */
  final double[] busyHours;
  /** Per gate: machine-hours busy inside the window. */
  final double[] machineHours;

  DeliveryStats(int stages, int teams, int gates) {
    waits = new Tally[stages];
    jobs = new Tally[stages];
    waitingInWindow = new double[stages];
    for (int i = 0; i < stages; i++) {
      waits[i] = new Tally();
      jobs[i] = new Tally();
    }
    hours = new double[teams][Activity.JOBS.length];
    busyHours = new double[teams];
    machineHours = new double[gates];
  }

  /** A job waited at {@code stage} from {@code since} until it started {@code now}. */
  void recordWait(int stage, double since, double now) {
    waits[stage].add(now - since);
    waitingInWindow[stage] += Math.max(0, now - Math.max(since, windowStart));
  }

  /** Books the job person {@code p} just finished: its effort and time, inside the window only. */
  void recordJob(People people, int p, double now) {
    book(people, p, now, 1);
  }

  /** Books the part {@code doneFraction} of the job person {@code p} drops now for an incident. */
  void bookPart(People people, int p, double now, double doneFraction) {
    book(people, p, now, doneFraction);
  }

  /** Books {@code doneFraction} of person p's current job's effort, and its busy time, inside the window. */
  private void book(People people, int p, double now, double doneFraction) {
    double share = insideWindow(people.started[p], now);
    int team = people.team[p];
    hours[team][people.doing[p].ordinal()] += people.effort[p] * doneFraction * share;
    busyHours[team] += (now - people.started[p]) * share;
  }

  /** At the horizon, books the part of every job still running that fell inside the window. */
  void closeOpenJobs(People people, TaskTable tasks, double now) {
    for (int p = 0; p < people.count; p++) {
      if (!people.idle(p)) {
        double planned = people.effort[p] / people.focus[p];
        // the part of the job done so far; a zero-effort job (planned 0) has no hours to book
        book(people, p, now, planned > 0 ? (now - people.started[p]) / planned : 0);
      }
    }
    for (int task = 0; task < tasks.count; task++) {
      double started = tasks.passStarted[task];
      if (!Double.isNaN(started)) {
        machineHours[tasks.gate[task]] += now - Math.max(started, windowStart);
      }
    }
  }

  /** Share of [start, end] inside the measured window. */
  double insideWindow(double start, double end) {
    if (end <= windowStart) {
      return 0;
    }
    return end == start ? 1 : (end - Math.max(start, windowStart)) / (end - start);
  }

  void reset(double now) {
    windowStart = now;
    featuresDelivered = 0;
    tasksCoded = 0;
    prsMerged = 0;
    deployments = 0;
    prsDeployed = 0;
    changeFailures = 0;
    escapedDefects = 0;
    reviewsWithChanges = 0;
    reviewsDone = 0;
    defectsFoundByPreReview = 0;
    flakyReruns = 0;
    incidents = 0;
    mergeConflicts = 0;
    interruptions = 0;
    timeToRestore.reset();
    timeToRestoreTally.reset();
    leadTime.reset();
    leadTimeTally.reset();
    cycleTime.reset();
    cycleTimeTally.reset();
    reviewTime.reset();
    touchedOfMerged = 0;
    cycleOfMerged = 0;
    wip.reset(now);
    for (Tally t : waits) {
      t.reset();
    }
    for (Tally t : jobs) {
      t.reset();
    }
    java.util.Arrays.fill(waitingInWindow, 0);
    // jobs that ended before now counted in full; later ones are prorated at their end
    for (double[] team : hours) {
      java.util.Arrays.fill(team, 0);
    }
    java.util.Arrays.fill(busyHours, 0);
    java.util.Arrays.fill(machineHours, 0);
  }
}
