package dev.deliverysim.experiment.optimize;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Multiple comparisons with the best on common random numbers (Hsu's MCB, paired): the setting
 * with the best sample mean, and every setting that cannot be told from it at the stated
 * confidence. Setting i stays when its paired difference from the best is within
 * t(1 − α/(k−1), n−1)·sd(d)/√n, so with probability at least 1 − α the truly best setting is in
 * the subset — the noise that makes "the best of noisy means" unsafe is accounted for.
 */
public final class BestSubset {
  private BestSubset() {}

  /**
   * @param values per setting, the metric's value in each replication (same replications, same
   *     order: common random numbers)
   * @param lowerIsBetter which direction is best
   * @return the indices of the subset, the best (by sample mean) first
   */
  public static List<Integer> of(List<double[]> values, boolean lowerIsBetter, double alpha) {
    int k = values.size();
    if (k == 0) {
      return List.of();
    }
    int best = 0;
    for (int i = 1; i < k; i++) {
      double mi = Feasibility.mean(values.get(i));
      double mb = Feasibility.mean(values.get(best));
      if (lowerIsBetter ? mi < mb : mi > mb) {
        best = i;
      }
    }
    List<Integer> subset = new ArrayList<>(List.of(best));
    for (int i = 0; i < k; i++) {
      if (i != best && indistinguishable(values.get(i), values.get(best), lowerIsBetter, alpha / Math.max(1, k - 1))) {
        subset.add(i);
      }
    }
    return subset;
  }

  private static boolean indistinguishable(double[] other, double[] best, boolean lowerIsBetter, double alpha) {
    int n = Math.min(other.length, best.length);
    double[] d = new double[n];
    int m = 0;
    for (int r = 0; r < n; r++) {
      if (Double.isFinite(other[r]) && Double.isFinite(best[r])) {
        d[m++] = lowerIsBetter ? other[r] - best[r] : best[r] - other[r];
      }
    }
    if (m < 2) {
      return true;
    }
    double mean = 0;
    for (int r = 0; r < m; r++) {
      mean += d[r] / m;
    }
    double ss = 0;
    for (int r = 0; r < m; r++) {
      ss += (d[r] - mean) * (d[r] - mean);
    }
    double half = TDistribution.of(m - 1).inverseCumulativeProbability(1 - alpha) * Math.sqrt(ss / (m - 1) / m);
    return mean <= half;
  }
}
