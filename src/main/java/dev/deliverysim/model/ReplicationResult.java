package dev.deliverysim.model;

/**
 * The numbers one replication produced, in its model's {@link MetricCatalog} order. A metric
 * that could not be measured (no job finished, say) is NaN.
 *
 * @param events events processed: arrivals plus service completions
 */
public record ReplicationResult(int replication, double[] values, long events) {
  public ReplicationResult {
    values = values.clone();
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  public double value(int metricIndex) {
    return values[metricIndex];
  }
}
