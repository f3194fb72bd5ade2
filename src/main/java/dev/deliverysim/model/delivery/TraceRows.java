package dev.deliverysim.model.delivery;

import java.util.Arrays;

/**
 * Rows of {@code (time, key, value, item)} in time order, in primitive arrays that grow by doubling
 * up to {@link #MOST} rows; then recording stops and {@link #until} says up to when the rows are
 * complete. A key's second row at one instant replaces its first: nothing can see the state in
 * between (a snapshot comes before every event of its instant), and a busy person who finishes a
 * job and starts the next at once is one row, not two.
 */
final class TraceRows {
  /** The most rows one track keeps: a few megabytes of JSON, enough for the shipped organisations' half year. */
  static final int MOST = 200_000;

  double[] times = new double[256];
  int[] keys = new int[256];
  int[] values = new int[256];
  int[] items = new int[256];
  int size;
  /** Rows are complete up to this time; +∞ while none was dropped. */
  double until = Double.POSITIVE_INFINITY;
  private final int most;
  /** Per key, its last row, or −1. */
  private int[] lastRow = filled(new int[64]);

  TraceRows(int most) {
    this.most = most;
  }

  void add(double now, int key, int value, int item) {
    if (until != Double.POSITIVE_INFINITY) {
      return; // full: nothing after the first row dropped is kept, so what is kept stays complete
    }
    if (key >= lastRow.length) {
      int old = lastRow.length;
      lastRow = Arrays.copyOf(lastRow, Math.max(key + 1, 2 * old));
      Arrays.fill(lastRow, old, lastRow.length, -1);
    }
    int last = lastRow[key];
    if (last >= 0 && times[last] == now) {
      values[last] = value;
      items[last] = item;
      return;
    }
    if (size == most) {
      until = now;
      return;
    }
    if (size == times.length) {
      int n = 2 * size;
      times = Arrays.copyOf(times, n);
      keys = Arrays.copyOf(keys, n);
      values = Arrays.copyOf(values, n);
      items = Arrays.copyOf(items, n);
    }
    times[size] = now;
    keys[size] = key;
    values[size] = value;
    items[size] = item;
    lastRow[key] = size++;
  }

  double[] times() {
    return Arrays.copyOf(times, size);
  }

  int[] keys() {
    return Arrays.copyOf(keys, size);
  }

  int[] values() {
    return Arrays.copyOf(values, size);
  }

  int[] items() {
    return Arrays.copyOf(items, size);
  }

  /** Complete up to {@code end}, or to where recording stopped. */
  double until(double end) {
    return Math.min(until, end);
  }

  private static int[] filled(int[] a) {
    Arrays.fill(a, -1);
    return a;
  }
}
