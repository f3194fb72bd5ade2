package dev.deliverysim.experiment;

import dev.deliverysim.model.MetricCatalog;
import dev.deliverysim.model.MetricKey;
import dev.deliverysim.model.ReplicationResult;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.descriptive.DoubleStatistics;
import org.apache.commons.statistics.descriptive.Statistic;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Compares a variant with its base metric by metric, pairing replication i of one with
 * replication i of the other: with common random numbers the pairs differ only by what the
 * variant changed, so the paired t-interval isolates that change.
 */
public final class PairedComparison {
  private PairedComparison() {}

  /**
   * Every metric both catalogues share (by label), in the base's order. The result lists must
   * hold the same replication indices in the same order.
   */
  public static List<MetricDifference> of(
      MetricCatalog baseCatalog, List<ReplicationResult> base,
      MetricCatalog variantCatalog, List<ReplicationResult> variant) {
    if (base.size() != variant.size()) {
      throw new IllegalArgumentException("paired runs need the same replications, got "
          + base.size() + " and " + variant.size());
    }
    for (int r = 0; r < base.size(); r++) {
      if (base.get(r).replication() != variant.get(r).replication()) {
        throw new IllegalArgumentException("replication " + base.get(r).replication()
            + " is paired with " + variant.get(r).replication());
      }
    }
    List<MetricDifference> differences = new ArrayList<>();
    for (int i = 0; i < baseCatalog.size(); i++) {
      MetricKey key = baseCatalog.keys().get(i);
      int j = variantCatalog.indexOf(key.label());
      if (j >= 0 && variantCatalog.keys().get(j).unit().equals(key.unit())) {
        differences.add(difference(key, column(base, i), column(variant, j)));
      }
    }
    return differences;
  }

  private static double[] column(List<ReplicationResult> results, int metric) {
    return results.stream().mapToDouble(r -> r.value(metric)).toArray();
  }

  private static MetricDifference difference(MetricKey key, double[] base, double[] variant) {
    List<Double> b = new ArrayList<>();
    List<Double> v = new ArrayList<>();
    for (int r = 0; r < base.length; r++) {
      if (Double.isFinite(base[r]) && Double.isFinite(variant[r])) {
        b.add(base[r]);
        v.add(variant[r]);
      }
    }
    int n = b.size();
    double[] d = new double[n];
    for (int r = 0; r < n; r++) {
      d[r] = v.get(r) - b.get(r);
    }
    double baseMean = mean(b);
    double variantMean = mean(v);
    double diff = variantMean - baseMean;
    double half = Double.NaN;
    if (n > 1) {
      double sd = DoubleStatistics.of(java.util.EnumSet.of(Statistic.STANDARD_DEVIATION), d)
          .getAsDouble(Statistic.STANDARD_DEVIATION);
      half = TDistribution.of(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
    }
    double scale = baseMean != 0 ? Math.abs(baseMean) : Double.NaN;
    return new MetricDifference(key, n, baseMean, variantMean, diff, diff - half, diff + half,
        diff / scale, (diff - half) / scale, (diff + half) / scale);
  }

  private static double mean(List<Double> values) {
    return values.isEmpty() ? Double.NaN : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }
}
