package dev.deliverysim.experiment.optimize;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Whether a setting meets a target with stated confidence: the one-sided Student-t bound of the
 * metric's mean, on the unfavourable side, must itself meet the target. Deciding k settings each at
 * level α/k (Bonferroni) keeps the chance that any setting is wrongly called feasible under α.
 */
public final class Feasibility {
  private Feasibility() {}

  /**
   * The one-sided (1 − alpha) confidence bound of the mean of {@code values}: the upper bound when
   * lower is better ({@code upper} true), the lower bound otherwise; NaN with fewer than two finite
   * values.
   */
  public static double bound(double[] values, double alpha, boolean upper) {
    int n = 0;
    double mean = 0;
    double m2 = 0;
    for (double v : values) {
      if (Double.isFinite(v)) {
        n++;
        double delta = v - mean;
        mean += delta / n;
        m2 += delta * (v - mean);
      }
    }
    if (n < 2) {
      return Double.NaN;
    }
    double half = TDistribution.of(n - 1).inverseCumulativeProbability(1 - alpha) * Math.sqrt(m2 / (n - 1) / n);
    return upper ? mean + half : mean - half;
  }

  /** The mean of the finite values; NaN when there are none. */
  public static double mean(double[] values) {
    double sum = 0;
    int n = 0;
    for (double v : values) {
      if (Double.isFinite(v)) {
        sum += v;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /** True when the unfavourable (1 − alpha) bound of the mean meets the target. */
  public static boolean feasible(double[] values, Target target, double alpha) {
    double b = bound(values, alpha, target.atMost());
    return Double.isFinite(b) && target.met(b);
  }
}
