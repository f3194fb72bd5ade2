package dev.deliverysim.model;

/**
 * Anything the experiment layer can replicate: a pure function from (master seed, replication
 * index) to numbers. Implementations keep no state between calls, so replications may run on any
 * thread in any order.
 */
public interface SimulationModel {
  MetricCatalog catalog();

  ReplicationResult replicate(long masterSeed, int replication);
}
