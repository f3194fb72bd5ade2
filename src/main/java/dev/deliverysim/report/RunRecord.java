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
 * @param unsettled how the work in the system grew through the run, seen in its trajectory; null
 *     when it settled or was not recorded
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
    List<StageDef> stages,
    String unsettled) {

  public RunRecord {
    replications = List.copyOf(replications);
    loads = List.copyOf(loads);
    stages = List.copyOf(stages);
  }

  /** A run whose trajectory was not judged (or settled). */
  public RunRecord(String scenarioName, String description, long seed, int firstReplication, MetricCatalog catalog,
      List<ReplicationResult> replications, Summary summary, List<StationLoad> loads, OutputUnit unit,
      List<StageDef> stages) {
    this(scenarioName, description, seed, firstReplication, catalog, replications, summary, loads, unit, stages, null);
  }

  /** The same run, judged from its trajectory not to have settled ({@code growth} says how). */
  public RunRecord withUnsettled(String growth) {
    return new RunRecord(scenarioName, description, seed, firstReplication, catalog, replications, summary, loads,
        unit, stages, growth);
  }

  /**
   * True when no station is saturated, so the averages describe a steady state; false too when
   * the trajectory grew through the run; null when no stability analysis applies (a delivery
   * organisation has no traffic equations) and its trajectory did not grow.
   */
  public Boolean steadyState() {
    if (unsettled != null) {
      return false; // the trajectory grew, whatever the traffic equations say
    }
    return loads.isEmpty() ? null : loads.stream().noneMatch(StationLoad::saturated);
  }
}
