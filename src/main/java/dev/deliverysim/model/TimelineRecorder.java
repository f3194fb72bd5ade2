package dev.deliverysim.model;

import java.util.Arrays;
import java.util.List;

/**
 * Collects a {@link Timeline} as a replication runs: the model calls {@link #snapshot} at each
 * of the times {@link #time} gives and {@link #finished} for each completion. Finished items are thinned
 * deterministically — when the buffer fills, every other one is dropped and from then on only every
 * second one is kept — so the sample stays bounded and spread evenly over the run without drawing
 * random numbers (which would change the replication).
 */
public final class TimelineRecorder {
  /** At most this many finished items are kept per replication. */
  static final int MAX_FINISHED = 4096;

  private final String item;
  private final String completion;
  private final List<Timeline.State> states;
  private final int snapshots;
  private final double[] times;
  private final double[][] inState;
  private final double[] arrived;
  private final double[] done;
  private final double[] completed;
  private int taken;
  private final double[][] finished = new double[MAX_FINISHED][];
  private int kept;
  private long seen;
  private long stride = 1;
  private final boolean backlog;
  private double[][] wipAges = new double[0][];

  /** Snapshots at {@code interval}, {@code 2·interval}, … up to {@code horizon} (hours). */
  public TimelineRecorder(String item, String completion, List<Timeline.State> states, double interval,
      double horizon) {
    this(item, completion, states, interval, horizon, false);
  }

  /** As above; {@code backlog} when every completion is requested at time 0 (see {@link Timeline#backlog}). */
  public TimelineRecorder(String item, String completion, List<Timeline.State> states, double interval,
      double horizon, boolean backlog) {
    this.backlog = backlog;
    if (!(interval > 0) || !Double.isFinite(horizon)) {
      throw new IllegalArgumentException("a timeline needs an interval > 0 and a finite horizon");
    }
    this.item = item;
    this.completion = completion;
    this.states = List.copyOf(states);
    this.snapshots = (int) Math.floor(horizon / interval + 1e-9);
    times = new double[snapshots];
    inState = new double[snapshots][];
    arrived = new double[snapshots];
    done = new double[snapshots];
    completed = new double[snapshots];
    for (int k = 0; k < snapshots; k++) {
      // the last snapshot lands on the horizon even when k·interval overshoots it by rounding
      times[k] = Math.min((k + 1) * interval, horizon);
    }
  }

  public int stateCount() {
    return states.size();
  }

  /** How many snapshots the horizon holds. */
  public int snapshots() {
    return snapshots;
  }

  /**
   * When snapshot {@code k} is due. Models hand these times to the engine's event loop, which takes
   * a snapshot before any other event at the same time — the horizon's included — and each exactly
   * once, even in a run that drains past the horizon.
   */
  public double time(int k) {
    return times[k];
  }

  /** Whether the next snapshot is the last: the end of the run, where work in progress is aged. */
  public boolean lastSnapshotNext() {
    return taken == snapshots - 1;
  }

  /** The items in progress at the last snapshot, {@code {state, age in hours}} each (see {@link Timeline#wipAges}). */
  public void wipAges(double[][] rows) {
    wipAges = rows.clone();
  }

  /** Records the next snapshot: items in each state, and the running totals. */
  public void snapshot(double[] counts, long arrivedSoFar, long doneSoFar, long completedSoFar) {
    if (counts.length != states.size()) {
      throw new IllegalArgumentException("one count per state expected");
    }
    inState[taken] = counts.clone();
    arrived[taken] = arrivedSoFar;
    done[taken] = doneSoFar;
    completed[taken] = completedSoFar;
    taken++;
  }

  /** A completion at {@code time} that spent {@code timeInSystem} hours in the system, worked on from arrival. */
  public void finished(double time, double timeInSystem) {
    finished(time, timeInSystem, timeInSystem);
  }

  /** A completion at {@code time}: {@code timeInSystem} hours since it arrived, {@code cycleTime} since work on it started. */
  public void finished(double time, double timeInSystem, double cycleTime) {
    if (seen++ % stride != 0) {
      return;
    }
    if (kept == MAX_FINISHED) {
      for (int i = 0; i < MAX_FINISHED / 2; i++) {
        finished[i] = finished[2 * i];
      }
      kept = MAX_FINISHED / 2;
      stride *= 2;
      if ((seen - 1) % stride != 0) {
        return;
      }
    }
    finished[kept++] = new double[] {time, timeInSystem, cycleTime};
  }

  public Timeline build() {
    return new Timeline(item, completion, states, Arrays.copyOf(times, taken),
        Arrays.copyOf(inState, taken), Arrays.copyOf(arrived, taken), Arrays.copyOf(done, taken),
        Arrays.copyOf(completed, taken), Arrays.copyOf(finished, kept), backlog, wipAges);
  }
}
