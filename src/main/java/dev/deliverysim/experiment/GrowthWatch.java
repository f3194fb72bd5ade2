package dev.deliverysim.experiment;

import dev.deliverysim.model.StopRule;
import java.util.Arrays;
import java.util.Locale;

/**
 * Whether the work in one replication keeps growing, judged while it runs: once the clock is
 * halfway from the warm-up to the horizon (and again every twentieth of the way after), the samples
 * seen after the warm-up are cut into four
 * batches by time, and {@link Settling}'s rule is applied — each batch's mean above the one before,
 * the last half as much again as the first and at least {@value Settling#MIN_GROWTH} items more.
 * Halfway, not sooner, so a system still filling up from empty is not called growing: by then a
 * run that settles has settled, or its end would say it had not. A batch that drains only falls.
 */
final class GrowthWatch {
  /** The share of the post-warm-up window that must have passed before the rule is tried. */
  static final double FROM_SHARE = 0.5;
  /** After halfway the rule is tried again each time another twentieth of the window has passed. */
  private static final double STEP_SHARE = 0.05;
  private static final int MIN_PER_BATCH = 2;

  private final double warmup;
  private final double horizon;
  private double[] times = new double[64];
  private long[] counts = new long[64];
  private int n;
  private double first;
  private double last;
  private double at;
  private double nextTry = FROM_SHARE;

  GrowthWatch(StopRule stop) {
    warmup = stop.warmup();
    horizon = stop.horizon();
  }

  /** Takes one look; true when, from this look on, the work is seen to keep growing. */
  boolean look(double now, long inSystem) {
    if (!Double.isFinite(horizon) || now <= warmup) {
      return false;
    }
    if (n == times.length) {
      times = Arrays.copyOf(times, 2 * n);
      counts = Arrays.copyOf(counts, 2 * n);
    }
    times[n] = now;
    counts[n] = inSystem;
    n++;
    double share = (now - warmup) / (horizon - warmup);
    if (share < nextTry) {
      return false;
    }
    nextTry = share + STEP_SHARE;
    return growing(now);
  }

  private boolean growing(double now) {
    double[] sums = new double[Settling.BATCHES];
    int[] sizes = new int[Settling.BATCHES];
    double width = (now - warmup) / Settling.BATCHES;
    for (int i = 0; i < n; i++) {
      int b = Math.min(Settling.BATCHES - 1, (int) ((times[i] - warmup) / width));
      sums[b] += counts[i];
      sizes[b]++;
    }
    double[] means = new double[Settling.BATCHES];
    for (int b = 0; b < Settling.BATCHES; b++) {
      if (sizes[b] < MIN_PER_BATCH) {
        return false;
      }
      means[b] = sums[b] / sizes[b];
      if (b > 0 && !(means[b] > means[b - 1])) {
        return false;
      }
    }
    first = means[0];
    last = means[Settling.BATCHES - 1];
    at = now;
    return last >= 1.5 * first && last - first >= Settling.MIN_GROWTH;
  }

  /** What was seen, for the warning. */
  String sentence() {
    return String.format(Locale.ROOT, "%.0f%% of the way to the horizon, the work in the system is still growing"
        + " (%s → %s on average, first to last quarter so far): the system may not settle; the run goes on"
        + " and says at its end whether it did", 100 * at / horizon, Settling.amount(first), Settling.amount(last));
  }
}
