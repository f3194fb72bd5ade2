package dev.deliverysim.experiment;

import dev.deliverysim.model.MetricKey;

/**
 * One metric summarised over replications: the mean with its 95% Student-t confidence interval,
 * the standard deviation between replications, and quantiles of the replication values (how the
 * metric varies from one replication to the next, not within one). {@code n} counts the
 * replications where the metric could be measured; the rest were NaN.
 */
public record MetricSummary(
    MetricKey key,
    int n,
    double mean,
    double sd,
    double ci95Low,
    double ci95High,
    double p50,
    double p85,
    double p95) {

  /** Half the width of the confidence interval relative to the mean; NaN when undefined. */
  public double relativeHalfWidth() {
    return (ci95High - ci95Low) / 2 / Math.abs(mean);
  }
}
