package dev.deliverysim.engine;

import java.util.Arrays;

/**
 * The one event loop: owns the clock and the pending events, hands each model event to an
 * {@link EventHandler}, and fires the run's marks — the end of the warm-up, the timeline
 * snapshots and the horizon — itself. It knows nothing of what a payload means.
 *
 * <p>Order: model events leave by time, then in the order they were scheduled ({@link EventQueue}).
 * Marks are kept out of the heap, so every {@code int} is free for the model's payloads, and a
 * mark comes before every model event at its own time, whenever that event was scheduled: the
 * warm-up ends before anything at its instant is measured, and a snapshot sees the state before
 * the events of its instant. Marks due at one time come snapshot, warm-up end, horizon, so a
 * snapshot at the horizon is still taken.
 *
 * <p>Watching: a {@link RunWatch} set before the run looks every {@link RunWatch#EVERY_EVENTS} model
 * events, after the event that completes the count; without one the countdown never ends.
 *
 * <p>Counting: {@link #fired()} counts model events only. Marks are the loop's, not the model's,
 * and an event the model finds stale can be left out ({@link #uncountCurrent()}).
 *
 * <p>The clock starts at 0; times are in the model's unit (hours throughout deliverysim).
 */
public final class EventLoop {
  private static final double NONE = Double.POSITIVE_INFINITY;

  private final EventQueue queue;
  private double[] snapshots = new double[8];
  private int snapshotCount;
  private long fired;
  private RunWatch watch = RunWatch.NONE;
  /** Model events left before the watch looks; never reached without a watch. */
  private long untilWatch = Long.MAX_VALUE;
  private boolean stopped;
  private boolean started;

  public EventLoop() {
    this(64);
  }

  /** A loop whose heap starts with room for {@code initialCapacity} pending events (it grows). */
  public EventLoop(int initialCapacity) {
    queue = new EventQueue(initialCapacity);
  }

  /** The current simulated time: that of the event or mark being handled, or the last one. */
  public double now() {
    return queue.now();
  }

  /**
   * Schedules a model event with any {@code payload} at absolute {@code time}, not in the past.
   *
   * @throws IllegalArgumentException for a time before {@link #now()} or NaN
   */
  public void schedule(double time, int payload) {
    queue.schedule(time, payload);
  }

  /**
   * Makes {@code count} slots, numbered from 0, for events that are one per numbered thing (a
   * person's job end): cheaper than the heap when thousands are pending. Call before scheduling.
   * See {@link EventQueue}: the order of events is the same as with {@link #schedule} alone.
   */
  public void slots(int count) {
    queue.slots(count);
  }

  /**
   * Schedules a model event in {@code slot}, ordered exactly as {@link #schedule} would order it.
   * An event still pending in the slot stays pending, and comes in its turn.
   *
   * @throws IllegalArgumentException for a time before {@link #now()} or NaN
   */
  public void scheduleInSlot(int slot, double time, int payload) {
    queue.scheduleInSlot(slot, time, payload);
  }

  /** The time of the last event scheduled in {@code slot} if it is still pending, or NaN. */
  public double pendingInSlot(int slot) {
    return queue.pendingInSlot(slot);
  }

  /** Asks for a snapshot at {@code time} (finite, ≥ 0, at most the horizon); call before {@link #run}. */
  public void snapshotAt(double time) {
    if (started) {
      throw new IllegalStateException("snapshots are asked for before the run");
    }
    if (!(time >= 0) || time == NONE) {
      throw new IllegalArgumentException("a snapshot needs a finite time ≥ 0, received: " + time);
    }
    if (snapshotCount == snapshots.length) {
      snapshots = Arrays.copyOf(snapshots, 2 * snapshotCount);
    }
    snapshots[snapshotCount++] = time;
  }

  /** Asks {@code watch} to look every {@link RunWatch#EVERY_EVENTS} model events; call before {@link #run}. */
  public void watch(RunWatch watch) {
    if (started) {
      throw new IllegalStateException("a watch is set before the run");
    }
    this.watch = watch;
    untilWatch = watch == RunWatch.NONE ? Long.MAX_VALUE : RunWatch.EVERY_EVENTS;
  }

  /** Ends the run as soon as the event being fired returns; later marks do not come. */
  public void stop() {
    stopped = true;
  }

  /** The event being fired changed nothing (a stale completion, say): {@link #fired()} leaves it out. */
  public void uncountCurrent() {
    fired--;
  }

  /** Model events fired so far, less those left out; marks are never counted. */
  public long fired() {
    return fired;
  }

  /**
   * Runs until the horizon, until {@link #stop()}, or until nothing is left to happen; call once.
   *
   * @param warmup when the warm-up ends; 0 for none
   * @param horizon when the run ends; +∞ for none (the model then stops it, or runs out of events)
   * @param drain after the horizon, go on until no event is pending
   */
  public void run(EventHandler handler, double warmup, double horizon, boolean drain) {
    checkBounds(warmup, horizon, drain);
    started = true;
    Arrays.sort(snapshots, 0, snapshotCount);
    int next = 0;
    double warmupAt = warmup > 0 ? warmup : NONE;
    double horizonAt = horizon;
    while (true) {
      double snapshotAt = next < snapshotCount ? snapshots[next] : NONE;
      double mark = Math.min(snapshotAt, Math.min(warmupAt, horizonAt));
      if (mark == NONE) {
        break;
      }
      if (fireBefore(handler, mark)) {
        return;
      }
      queue.advanceTo(mark);
      if (snapshotAt == mark) {
        next++;
        handler.snapshot(mark);
      } else if (warmupAt == mark) {
        warmupAt = NONE;
        handler.warmupEnded(mark);
      } else {
        horizonAt = NONE;
        handler.horizonReached(mark);
        if (!drain) {
          return;
        }
      }
      if (stopped) {
        return;
      }
    }
    fireAll(handler);
  }

  /** Fires model events due strictly before {@code limit}; true when the model stopped the run. */
  private boolean fireBefore(EventHandler handler, double limit) {
    long until = untilWatch; // a local the JIT keeps in a register: the countdown costs nothing in memory
    try {
      while (queue.hasEventBefore(limit)) {
        handler.fire(queue.poll());
        fired++;
        if (--until == 0) {
          until = RunWatch.EVERY_EVENTS;
          look(handler);
        }
        if (stopped) {
          return true;
        }
      }
      return false;
    } finally {
      untilWatch = until;
    }
  }

  /** Once no mark is left: fires every pending event, whatever its time, until none is left. */
  private void fireAll(EventHandler handler) {
    long until = untilWatch;
    while (!queue.isEmpty()) {
      handler.fire(queue.poll());
      fired++;
      if (--until == 0) {
        until = RunWatch.EVERY_EVENTS;
        look(handler);
      }
      if (stopped) {
        break;
      }
    }
    untilWatch = until;
  }

  private void look(EventHandler handler) {
    watch.look(queue.now(), handler.inSystem());
  }

  private void checkBounds(double warmup, double horizon, boolean drain) {
    if (started) {
      throw new IllegalStateException("an event loop runs once");
    }
    if (!(warmup >= 0) || !(horizon > warmup)) {
      throw new IllegalArgumentException(
          "expected 0 ≤ warm-up < horizon, received: warm-up " + warmup + ", horizon " + horizon);
    }
    if (drain && horizon == NONE) {
      throw new IllegalArgumentException("draining starts at a horizon; received none");
    }
    for (int k = 0; k < snapshotCount; k++) {
      if (snapshots[k] > horizon) {
        throw new IllegalArgumentException(
            "a snapshot at " + snapshots[k] + " lies past the horizon " + horizon);
      }
    }
  }
}
