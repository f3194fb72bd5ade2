package dev.deliverysim.experiment;

import java.util.Locale;

/**
 * Whether a run settled, judged from the simulated trajectory rather than from the traffic
 * equations: the traffic equations cannot see every instability (blocking that starves a line,
 * people who review instead of coding), the trajectory can. The work in the system after the
 * warm-up is cut into four batches; when each batch's mean exceeds the one before and the last is
 * half as much again as the first (and at least {@value #MIN_GROWTH} items more), the work grew
 * through the run. A finite batch that drains only falls, so it is never called growing.
 */
public final class Settling {
  static final int BATCHES = 4;
  static final double MIN_GROWTH = 5;

  private Settling() {}

  /** A sentence saying how the work in the system grew, or null when it levelled off or fell. */
  public static String growth(TimelineSummary timeline, double warmup) {
    int first = 0;
    while (first < timeline.times().length && timeline.times()[first] <= warmup) {
      first++;
    }
    int n = timeline.times().length - first;
    if (n < 2 * BATCHES) {
      return null;
    }
    double[] means = new double[BATCHES];
    for (int b = 0; b < BATCHES; b++) {
      int from = first + b * n / BATCHES;
      int to = first + (b + 1) * n / BATCHES;
      for (int i = from; i < to; i++) {
        means[b] += (timeline.arrived()[i] - timeline.done()[i]) / (to - from);
      }
    }
    for (int b = 1; b < BATCHES; b++) {
      if (!(means[b] > means[b - 1])) {
        return null;
      }
    }
    double last = means[BATCHES - 1];
    if (!(last >= 1.5 * means[0] && last - means[0] >= MIN_GROWTH)) {
      return null;
    }
    return String.format(Locale.ROOT, "the work in the system grew through the run (%s → %s %ss on average,"
        + " first to last quarter after the warm-up): the system did not settle, so its averages describe this"
        + " horizon only, not a steady state", amount(means[0]), amount(last), timeline.item());
  }

  /** An average count for a sentence: whole and grouped from 100 up (13,010, not 1.301e+04). */
  static String amount(double count) {
    return String.format(Locale.ROOT, Math.abs(count) >= 100 ? "%,.0f" : "%.3g", count);
  }
}
