package dev.deliverysim.engine;

/**
 * Count, mean and variance of a stream of observations, in a few doubles: no observation is kept.
 *
 * <p>Sums are taken of {@code x − K} where K is the first observation (the "shifted data"
 * algorithm): as stable as Welford's update for data far from zero, without its division per
 * observation, which cost measurable time in the event loop.
 */
public final class Tally {
  private long count;
  private double shift;
  private double sum;
  private double sumSquares;

  public void add(double x) {
    if (count == 0) {
      shift = x;
    }
    double d = x - shift;
    sum += d;
    sumSquares += d * d;
    count++;
  }

  public long count() {
    return count;
  }

  /** The sample mean; NaN before the first observation. */
  public double mean() {
    return count == 0 ? Double.NaN : shift + sum / count;
  }

  /** Sum of all observations. */
  public double sum() {
    return shift * count + sum;
  }

  /** The unbiased sample variance; NaN with fewer than two observations. */
  public double variance() {
    if (count < 2) {
      return Double.NaN;
    }
    return Math.max(0, (sumSquares - sum * sum / count) / (count - 1));
  }

  public void reset() {
    count = 0;
    shift = 0;
    sum = 0;
    sumSquares = 0;
  }
}
