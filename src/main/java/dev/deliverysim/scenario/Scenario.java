package dev.deliverysim.scenario;

import dev.deliverysim.model.NetworkDef;
import dev.deliverysim.model.NetworkModel;
import dev.deliverysim.model.OutputUnit;
import dev.deliverysim.model.StationLoad;
import dev.deliverysim.model.StopRule;
import java.util.List;

/**
 * A checked, compiled scenario: the network, how each replication stops, and the experiment's
 * size and seed. {@code loads} are the stations' offered loads from the traffic equations (per
 * hour); {@code outputUnit} is the time unit results are reported in.
 */
public record Scenario(
    String name,
    String description,
    NetworkDef network,
    StopRule stop,
    int replications,
    long seed,
    List<StationLoad> loads,
    OutputUnit outputUnit) {

  public Scenario {
    loads = List.copyOf(loads);
  }

  public NetworkModel model() {
    return new NetworkModel(network, stop, outputUnit);
  }

  /** True when no station is saturated, so averages describe a steady state. */
  public boolean steadyState() {
    return loads.stream().noneMatch(StationLoad::saturated);
  }
}
