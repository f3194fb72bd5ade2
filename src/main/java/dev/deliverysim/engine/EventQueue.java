package dev.deliverysim.engine;

import java.util.Arrays;

/**
 * The simulation clock and its pending events: a binary min-heap on primitive arrays.
 *
 * <p>Events are ordered by time, then by the order they were scheduled, so simultaneous events
 * leave first-in first-out and a run is deterministic without consulting any random stream (the
 * SimPy kernel's {@code (time, counter)} rule). An event is just an {@code int} payload whose
 * meaning belongs to the caller; nothing is allocated per event.
 *
 * <p>Inlined for speed (measured with {@code deliverysim bench}): the insertion number and the
 * payload share one {@code long} (number in the high 32 bits), so a tie is broken by one
 * comparison and a move copies two arrays, not three. When the 31-bit insertion counter would
 * overflow, pending events are renumbered in their current order, which keeps the FIFO rule.
 *
 * <p>Also for speed: taking an event leaves it at the root until the next call. An event handler
 * nearly always schedules a successor (the next arrival, the next service), and the first
 * {@link #schedule} after {@link #poll} then overwrites the root and sifts down once, instead of a
 * removal followed by an insertion. The heap's contents, and so the order, are the same.
 */
public final class EventQueue {
  private static final long MAX_SEQUENCE = Integer.MAX_VALUE;

  private double[] times;
  /** (insertion number << 32) | (payload & 0xFFFFFFFF). */
  private long[] keys;
  private int size;
  /** The root was taken by {@link #poll} and is still in the arrays, awaiting removal. */
  private boolean rootTaken;
  private long nextSequence;
  private double now;

  public EventQueue() {
    this(64);
  }

  public EventQueue(int initialCapacity) {
    int capacity = Math.max(2, initialCapacity);
    times = new double[capacity];
    keys = new long[capacity];
  }

  /** The current simulated time: the time of the last event taken, or of {@link #advanceTo}. */
  public double now() {
    return now;
  }

  public boolean isEmpty() {
    return size() == 0;
  }

  public int size() {
    return rootTaken ? size - 1 : size;
  }

  /** Time of the next event; only meaningful when the queue is not empty. */
  public double nextTime() {
    removeTakenRoot();
    return times[0];
  }

  /**
   * Schedules {@code payload} at absolute {@code time}, which must not lie in the past.
   *
   * @throws IllegalArgumentException for a time before {@link #now()} or NaN
   */
  public void schedule(double time, int payload) {
    if (!(time >= now)) {
      throw new IllegalArgumentException("event time " + time + " is before now " + now);
    }
    if (size == times.length) {
      grow();
    }
    if (nextSequence > MAX_SEQUENCE) {
      removeTakenRoot();
      renumber();
    }
    long key = (nextSequence++ << 32) | (payload & 0xFFFFFFFFL);
    if (rootTaken) {
      rootTaken = false;
      siftDown(time, key, size);
    } else {
      siftUp(size++, time, key);
    }
  }

  /** Whether an event is pending strictly before {@code time}; for {@link EventLoop}'s marks. */
  boolean hasEventBefore(double time) {
    removeTakenRoot();
    return size > 0 && times[0] < time;
  }

  /** Moves the clock to {@code time}, with no event: {@link EventLoop}'s marks are not in the heap. */
  void advanceTo(double time) {
    if (!(time >= now)) {
      throw new IllegalArgumentException("time " + time + " is before now " + now);
    }
    now = time;
  }

  /** Removes the next event, advances the clock to its time and returns its payload. */
  public int poll() {
    removeTakenRoot();
    if (size == 0) {
      throw new IllegalStateException("no event pending");
    }
    rootTaken = true;
    now = times[0];
    return (int) keys[0];
  }

  /** Drops every pending event; the clock stays where it is. */
  public void clear() {
    size = 0;
    rootTaken = false;
  }

  private void removeTakenRoot() {
    if (rootTaken) {
      rootTaken = false;
      int last = --size;
      if (last > 0) {
        siftDown(times[last], keys[last], last);
      }
    }
  }

  private void siftUp(int hole, double time, long key) {
    while (hole > 0) {
      int parent = (hole - 1) >>> 1;
      double parentTime = times[parent];
      if (parentTime < time || (parentTime == time && keys[parent] < key)) {
        break;
      }
      times[hole] = parentTime;
      keys[hole] = keys[parent];
      hole = parent;
    }
    times[hole] = time;
    keys[hole] = key;
  }

  /** Places an element into the hole left at the root, moving earlier children up. */
  private void siftDown(double time, long key, int end) {
    int hole = 0;
    int child;
    while ((child = 2 * hole + 1) < end) {
      int right = child + 1;
      if (right < end) {
        double rightTime = times[right];
        double leftTime = times[child];
        if (rightTime < leftTime || (rightTime == leftTime && keys[right] < keys[child])) {
          child = right;
        }
      }
      double childTime = times[child];
      if (time < childTime || (time == childTime && key < keys[child])) {
        break;
      }
      times[hole] = childTime;
      keys[hole] = keys[child];
      hole = child;
    }
    times[hole] = time;
    keys[hole] = key;
  }

  /** Gives pending events insertion numbers 0 … size−1 in their current order. */
  private void renumber() {
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(keys[a] >>> 32, keys[b] >>> 32));
    for (int rank = 0; rank < size; rank++) {
      int i = order[rank];
      keys[i] = ((long) rank << 32) | (keys[i] & 0xFFFFFFFFL);
    }
    nextSequence = size;
  }

  private void grow() {
    int capacity = times.length * 2;
    times = Arrays.copyOf(times, capacity);
    keys = Arrays.copyOf(keys, capacity);
  }
}
