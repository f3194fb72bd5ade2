package dev.deliverysim.engine;

import org.HdrHistogram.DoubleHistogram;

/**
 * Percentiles of a stream of non-negative observations from an HdrHistogram with three significant
 * digits (relative error ≤ 0.1%), in memory independent of the number of observations.
 */
public final class Percentiles {
  private final DoubleHistogram histogram = new DoubleHistogram(3);

  public void add(double x) {
    histogram.recordValue(x);
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
