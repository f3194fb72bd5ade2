package dev.deliverysim.model.delivery;

import dev.deliverysim.engine.Percentiles;
import dev.deliverysim.engine.Tally;
import dev.deliverysim.engine.TimeWeighted;
import java.util.Arrays;

/**
 * One replication's accumulators. Everything counts from the end of the warm-up; a job that
 * straddles it counts only its share inside the measured window. Stages are indexed as in
 * {@link DeliveryDef#stages()}, hours by team and {@link Activities} column.
 */
final class DeliveryStats {
  private static final Count[] COUNTS = Count.values();

  double windowStart;
  /** When the last feature of a backlog was delivered (from time 0, not the window); NaN until then. */
  double backlogDoneAt = Double.NaN;
  private final long[] counts = new long[COUNTS.length];
  final Percentiles timeToRestore;
  final Tally timeToRestoreTally = new Tally();
  final Percentiles leadTime;
  final Tally leadTimeTally = new Tally();
  final Percentiles cycleTime;
  final Tally cycleTimeTally = new Tally();
  final Tally reviewTime = new Tally();
  final MedianSample reviewTimeMedian = new MedianSample();
  /** First asking for review to the first review starting. */
  final Tally reviewPickup = new Tally();
  final MedianSample reviewPickupMedian = new MedianSample();
  /** Changed lines of each PR as it first asks for review. */
  final Tally prSize = new Tally();
  double touchedOfMerged;
  /** Coding effort saved by the assistant on PRs whose coding finished in the window (hours). */
  double aiHoursSaved;
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
  private final Activities activities;

  DeliveryStats(DeliveryDef def) {
    this(def, new Percentiles[] {new Percentiles(), new Percentiles(), new Percentiles()});
  }

  /**
   * With three percentile accumulators to reuse, emptied here: time to restore, lead time, cycle
   * time. A fresh HdrHistogram grows its arrays value by value in every replication (a JFR profile
   * of ai-adoption: about a tenth of a replication); one emptied by reset() keeps them and gives the
   * same percentiles (PercentilesTest).
   */
  DeliveryStats(DeliveryDef def, Percentiles[] recycled) {
    for (Percentiles p : recycled) {
      p.reset();
    }
    timeToRestore = recycled[0];
    leadTime = recycled[1];
    cycleTime = recycled[2];
    int stages = DeliveryDef.FIRST_GATE + def.gates().size();
    waits = new Tally[stages];
    jobs = new Tally[stages];
    waitingInWindow = new double[stages];
    for (int i = 0; i < stages; i++) {
      waits[i] = new Tally();
      jobs[i] = new Tally();
    }
    activities = def.activities();
    hours = new double[def.teams().size()][activities.count()];
    busyHours = new double[def.teams().size()];
    machineHours = new double[def.gates().size()];
  }

  /** The hours column reviews are booked to. */
  int reviewColumn() {
    return activities.column(Activity.REVIEW, 0);
  }

  void count(Count what) {
    counts[what.ordinal()]++;
  }

  void add(Count what, long n) {
    counts[what.ordinal()] += n;
  }

  long get(Count what) {
    return counts[what.ordinal()];
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
    double share = insideWindow(people.started(p), now);
    int team = people.team(p);
    hours[team][activities.column(people.doing(p), people.gate(p))] += people.effort(p) * doneFraction * share;
    busyHours[team] += (now - people.started(p)) * share;
  }

  /** At the horizon, books the part of every job still running that fell inside the window. */
  void closeOpenJobs(People people, TaskTable tasks, double now) {
    for (int p = 0; p < people.count; p++) {
      if (!people.idle(p)) {
        double planned = people.effort(p) / people.focus(p);
        // the part of the job done so far; a zero-effort job (planned 0) has no hours to book
        book(people, p, now, planned > 0 ? (now - people.started(p)) / planned : 0);
      }
    }
    for (int task : tasks.onPassesInOrder()) {
      machineHours[tasks.gate(task)] += now - Math.max(tasks.passStarted(task), windowStart);
    }
  }

  /** Share of [start, end] inside the measured window. */
  double insideWindow(double start, double end) {
    if (end <= windowStart) {
      return 0;
    }
    return end == start ? 1 : (end - Math.max(start, windowStart)) / (end - start);
  }

  /** The warm-up ends: everything measured so far is forgotten. */
  void reset(double now) {
    windowStart = now;
    Arrays.fill(counts, 0);
    reviewTimeMedian.reset();
    reviewPickupMedian.reset();
    for (Percentiles p : new Percentiles[] {timeToRestore, leadTime, cycleTime}) {
      p.reset();
    }
    for (Tally t : new Tally[] {timeToRestoreTally, leadTimeTally, cycleTimeTally, reviewTime, reviewPickup,
        prSize}) {
      t.reset();
    }
    touchedOfMerged = 0;
    cycleOfMerged = 0;
    aiHoursSaved = 0;
    wip.reset(now);
    for (int s = 0; s < waits.length; s++) {
      waits[s].reset();
      jobs[s].reset();
    }
    Arrays.fill(waitingInWindow, 0);
    // jobs that ended before now counted in full; later ones are prorated at their end
    for (double[] team : hours) {
      Arrays.fill(team, 0);
    }
    Arrays.fill(busyHours, 0);
    Arrays.fill(machineHours, 0);
  }
}
