package dev.deliverysim.model;

import dev.deliverysim.engine.RandomStreams;
import dev.deliverysim.engine.RunWatch;

/** An open queueing network with its stop rule, replicable and measured by {@link NetworkMetrics}. */
public final class NetworkModel implements SimulationModel {
  private final NetworkDef network;
  private final StopRule stop;
  private final Readout<NetworkSimulation> readout;

  public NetworkModel(NetworkDef network, StopRule stop) {
    this(network, stop, OutputUnit.HOURS);
  }

  /** A model whose times and rates are reported in {@code unit} rather than hours. */
  public NetworkModel(NetworkDef network, StopRule stop, OutputUnit unit) {
    this.network = network;
    this.stop = stop;
    this.readout = new Readout<>(NetworkMetrics.of(network), unit);
  }

  public NetworkDef network() {
    return network;
  }

  public StopRule stop() {
    return stop;
  }

  @Override
  public MetricCatalog catalog() {
    return readout.catalog();
  }

  @Override
  public java.util.List<String> headline() {
    java.util.List<String> labels = new java.util.ArrayList<>(
        java.util.List.of(MetricNames.THROUGHPUT, MetricNames.SOJOURN_MEAN, MetricNames.SOJOURN_P85, MetricNames.WIP_MEAN));
    if (network.timesItsFirstAndLastOut()) {
      labels.add("first_out"); // a game that starts with its work: when its first and last item came out
      labels.add("last_out");
    }
    for (StationDef station : network.stations()) {
      if (!station.hasUnlimitedServers()) {
        labels.add("utilisation@" + station.name());
      }
    }
    return java.util.List.copyOf(labels);
  }

  @Override
  public ReplicationResult replicate(long masterSeed, int replication) {
    return replicate(masterSeed, replication, RunWatch.NONE);
  }

  @Override
  public ReplicationResult replicate(long masterSeed, int replication, RunWatch watch) {
    NetworkSimulation simulation =
        new NetworkSimulation(network, stop, new RandomStreams(masterSeed, replication));
    simulation.watch(watch);
    simulation.run();
    return new ReplicationResult(replication, readout.read(simulation), simulation.eventCount);
  }

  @Override
  public Timeline timeline(long masterSeed, int replication, double intervalHours) {
    return timeline(masterSeed, replication, intervalHours, RunWatch.NONE);
  }

  @Override
  public Timeline timeline(long masterSeed, int replication, double intervalHours, RunWatch watch) {
    NetworkSimulation simulation =
        new NetworkSimulation(network, stop, new RandomStreams(masterSeed, replication));
    simulation.watch(watch);
    TimelineRecorder recorder = simulation.recordTimeline(intervalHours);
    simulation.run();
    return recorder.build();
  }

  /** The timeline and every item's moves: recording them changes no draw, so the trajectory is the same. */
  @Override
  public Replay replay(long masterSeed, int replication, double intervalHours, RunWatch watch) {
    NetworkSimulation simulation =
        new NetworkSimulation(network, stop, new RandomStreams(masterSeed, replication));
    simulation.watch(watch);
    TimelineRecorder recorder = simulation.recordTimeline(intervalHours);
    MoveTrace moves = simulation.traceMoves();
    simulation.run();
    return new Replay(recorder.build(), moves.build(simulation.now()));
  }
}
