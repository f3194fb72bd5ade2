package dev.deliverysim.report;

import dev.deliverysim.experiment.Summary;
import dev.deliverysim.model.MetricCatalog;
import dev.deliverysim.model.OutputUnit;
import dev.deliverysim.model.ReplicationResult;
import dev.deliverysim.model.StationLoad;
import dev.deliverysim.model.delivery.StageDef;
import java.util.List;

/**
 * Everything a finished run hands to the writers.
 *
 * @param scenarioName the scenario's {@code name}
 * @param description the scenario's description, or ""
 * @param loads each station's offered load from the traffic equations (rates per hour)
 * @param unit the time unit of every time and rate in the results
 * @param firstReplication index of the first replication run (0 unless one was replayed alone)
 * @param stages a delivery pipeline's stages, each knowing who serves it; empty for a network
 */
public record RunRecord(
    String scenarioName,
    String description,
    long seed,
    int firstReplication,
    MetricCatalog catalog,
    List<ReplicationResult> replications,
    Summary summary,
    List<StationLoad> loads,
    OutputUnit unit,
    List<StageDef> stages) {

  public RunRecord {
    replications = List.copyOf(replications);
    loads = List.copyOf(loads);
    stages = List.copyOf(stages);
  }

  /**
   * True when no station is saturated, so the averages describe a steady state; null when no
   * stability analysis applies (a delivery organisation has no traffic equations).
   */
  public Boolean steadyState() {
    return loads.isEmpty() ? null : loads.stream().noneMatch(StationLoad::saturated);
  }
}
