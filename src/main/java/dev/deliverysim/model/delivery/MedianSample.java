package dev.deliverysim.model.delivery;

import java.util.Arrays;
import org.apache.commons.statistics.descriptive.Median;

/**
 * The exact median of one replication's observations, kept in a growing primitive array and
 * found by selection (Commons Statistics) when read.
 *
 * <p>Why not the HdrHistogram of {@code engine.Percentiles}, or P² (commons-math3)? Side by side
 * on {@code ai-adoption}, two of either made a replication 15–17% slower; this costs about 8
 * bytes an observation — a few kilobytes for the PRs of one replication — and next to no time.
 */
final class MedianSample {
  private static final Median MEDIAN = Median.withDefaults().withCopy(false);

  private double[] values = new double[64];
  private int count;

  void add(double x) {
    if (count == values.length) {
      values = Arrays.copyOf(values, 2 * count);
    }
    values[count++] = x;
  }

  void reset() {
    count = 0;
  }

  /** The median; NaN before the first observation. */
  double median() {
    return count == 0 ? Double.NaN : MEDIAN.evaluate(Arrays.copyOf(values, count));
  }
}
