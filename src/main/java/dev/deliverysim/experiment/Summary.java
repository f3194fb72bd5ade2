package dev.deliverysim.experiment;

import dev.deliverysim.model.MetricCatalog;
import dev.deliverysim.model.MetricKey;
import dev.deliverysim.model.ReplicationResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import org.apache.commons.statistics.descriptive.DoubleStatistics;
import org.apache.commons.statistics.descriptive.Quantile;
import org.apache.commons.statistics.descriptive.Statistic;
import org.apache.commons.statistics.distribution.TDistribution;

/** Every metric of an experiment summarised over its replications, in catalogue order. */
public record Summary(List<MetricSummary> metrics, int replications, long events) {
  private static final double[] QUANTILES = {0.50, 0.85, 0.95};
  private static final double NaN = Double.NaN;
  private static final Set<Statistic> MEAN_AND_SD = EnumSet.of(Statistic.MEAN, Statistic.STANDARD_DEVIATION);

  public Summary {
    metrics = List.copyOf(metrics);
  }

  public static Summary of(MetricCatalog catalog, List<ReplicationResult> results) {
    List<MetricSummary> metrics = new ArrayList<>(catalog.size());
    for (int i = 0; i < catalog.size(); i++) {
      int metric = i;
      double[] values =
          results.stream().mapToDouble(r -> r.value(metric)).filter(Double::isFinite).toArray();
      long censored = results.stream().filter(r -> r.value(metric) == Double.POSITIVE_INFINITY).count();
      metrics.add(censored == 0 ? summarise(catalog.keys().get(i), values)
          : censoredSummary(catalog.keys().get(i), values, (int) censored));
    }
    long events = results.stream().mapToLong(ReplicationResult::events).sum();
    return new Summary(metrics, results.size(), events);
  }

  /** The summary of the metric with this label ({@code utilisation@review}); fails if absent. */
  public MetricSummary get(String label) {
    return metrics.stream()
        .filter(m -> m.key().label().equals(label))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no metric " + label));
  }

  /**
   * A metric some replications never reached within the horizon (+∞, such as a backlog not yet
   * done): they count, ranked after every finite value, so a quantile that falls among them is
   * unknown (empty) rather than understated; the mean, sd and interval are undefined.
   */
  private static MetricSummary censoredSummary(MetricKey key, double[] finite, int censored) {
    int n = finite.length + censored;
    double[] all = Arrays.copyOf(finite, n);
    Arrays.fill(all, finite.length, n, Double.POSITIVE_INFINITY);
    Arrays.sort(all);
    double[] q = new double[QUANTILES.length];
    for (int i = 0; i < q.length; i++) {
      double value = all[Math.max(0, (int) Math.ceil(QUANTILES[i] * n) - 1)]; // nearest rank
      q[i] = Double.isFinite(value) ? value : NaN;
    }
    return new MetricSummary(key, n, NaN, NaN, NaN, NaN, q[0], q[1], q[2]);
  }

  private static MetricSummary summarise(MetricKey key, double[] values) {
    int n = values.length;
    if (n == 0) {
      return new MetricSummary(key, 0, NaN, NaN, NaN, NaN, NaN, NaN, NaN);
    }
    DoubleStatistics stats = DoubleStatistics.of(MEAN_AND_SD, values);
    double mean = stats.getAsDouble(Statistic.MEAN);
    double sd = n > 1 ? stats.getAsDouble(Statistic.STANDARD_DEVIATION) : NaN;
    double halfWidth =
        n > 1 ? TDistribution.of(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n) : NaN;
    double[] q = Quantile.withDefaults().evaluate(Arrays.copyOf(values, n), QUANTILES);
    return new MetricSummary(key, n, mean, sd, mean - halfWidth, mean + halfWidth, q[0], q[1], q[2]);
  }
}
