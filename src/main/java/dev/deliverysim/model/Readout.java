package dev.deliverysim.model;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * How a model turns a finished replication ({@code S}) into its row of numbers: each metric's key
 * beside the function that reads it, so catalogue and values cannot drift apart, plus the
 * conversion from hours to the scenario's output unit.
 */
public final class Readout<S> {
  /** One metric: what it is, and how to read it (in hours) from a finished replication. */
  public record Metric<S>(MetricKey key, ToDoubleFunction<S> read) {}

  private final List<Metric<S>> metrics;
  private final MetricCatalog catalog;
  private final double[] factors;

  public Readout(List<Metric<S>> metrics, OutputUnit unit) {
    this.metrics = List.copyOf(metrics);
    OutputUnit.Conversion conversion = unit.convert(this.metrics.stream().map(Metric::key).toList());
    this.catalog = conversion.catalog();
    this.factors = conversion.factors();
  }

  public MetricCatalog catalog() {
    return catalog;
  }

  /** Every metric of {@code finished}, in catalogue order, in the output unit. */
  public double[] read(S finished) {
    double[] values = new double[factors.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = metrics.get(i).read().applyAsDouble(finished) * factors[i];
    }
    return values;
  }
}
