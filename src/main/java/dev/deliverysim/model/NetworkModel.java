package dev.deliverysim.model;

import dev.deliverysim.engine.RandomStreams;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** An open queueing network with its stop rule, replicable and measured by {@link NetworkMetrics}. */
public final class NetworkModel implements SimulationModel {
  private final NetworkDef network;
  private final StopRule stop;
  private final List<NetworkMetrics.Metric> metrics;
  private final MetricCatalog catalog;

  private final double[] factors;

  public NetworkModel(NetworkDef network, StopRule stop) {
    this(network, stop, OutputUnit.HOURS);
  }

  /** A model whose times and rates are reported in {@code unit} rather than hours. */
  public NetworkModel(NetworkDef network, StopRule stop, OutputUnit unit) {
    this.network = network;
    this.stop = stop;
    this.metrics = NetworkMetrics.of(network);
    OutputUnit.Conversion conversion = unit.convert(metrics.stream().map(NetworkMetrics.Metric::key).toList());
    this.catalog = conversion.catalog();
    this.factors = conversion.factors();
  }

  public NetworkDef network() {
    return network;
  }

  public StopRule stop() {
    return stop;
  }

  @Override
  public MetricCatalog catalog() {
    return catalog;
  }

  @Override
  public ReplicationResult replicate(long masterSeed, int replication) {
    NetworkSimulation simulation =
        new NetworkSimulation(network, stop, new RandomStreams(masterSeed, replication));
    simulation.run();
    double[] values = new double[metrics.size()];
    for (int i = 0; i < values.length; i++) {
      ToDoubleFunction<NetworkSimulation> read = metrics.get(i).read();
      values[i] = read.applyAsDouble(simulation) * factors[i];
    }
    return new ReplicationResult(replication, values, simulation.eventCount);
  }
}
