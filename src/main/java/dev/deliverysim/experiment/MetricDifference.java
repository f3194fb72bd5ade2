package dev.deliverysim.experiment;

import dev.deliverysim.model.MetricKey;

/**
 * One metric compared between a base scenario and a variant, replication by replication: the
 * replications share their random numbers, so the differences are paired and their interval is
 * far narrower than the two separate intervals would suggest.
 *
 * @param n replications where both measured the metric
 * @param relativeChange mean difference ÷ base mean; its interval divides the difference's
 *     interval by the base mean, treating that mean as known (its own error is much smaller)
 */
public record MetricDifference(
    MetricKey key,
    int n,
    double baseMean,
    double variantMean,
    double difference,
    double ci95Low,
    double ci95High,
    double relativeChange,
    double relativeLow,
    double relativeHigh) {

  /** True when the 95% interval of the difference excludes zero. */
  public boolean excludesZero() {
    return ci95Low > 0 || ci95High < 0;
  }
}
