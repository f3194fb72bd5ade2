package dev.deliverysim.engine;

import org.HdrHistogram.DoubleHistogram;

/**
 * Percentiles of a stream of non-negative observations from an HdrHistogram with three significant
 * digits (relative error ≤ 0.1%), in memory independent of the number of observations.
 */
public final class Percentiles {
  /** Smallest non-zero value kept as is: 10^-9 (of an hour: 3.6 microseconds). */
  static final double FLOOR = 1e-9;

  private final DoubleHistogram histogram = new DoubleHistogram(3);

  /**
   * Values between 0 and {@link #FLOOR} are recorded as the floor: the histogram spans about 10^15
   * between its smallest and largest non-zero value, and a heavy-tailed law can produce both
   * 10^-20 and 10^4. No three-significant-digit percentile of a real duration notices.
   */
  public void add(double x) {
    histogram.recordValue(x > 0 && x < FLOOR ? FLOOR : x);
  }

  public long count() {
    return histogram.getTotalCount();
  }

  /** The {@code percentile}-th (0–100) percentile; NaN before the first observation. */
  public double at(double percentile) {
    return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile);
  }

  public void reset() {
    histogram.reset();
  }
}
