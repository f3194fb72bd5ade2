package dev.deliverysim.model;

import dev.deliverysim.engine.RunWatch;

/**
 * Anything the experiment layer can replicate: a pure function from (master seed, replication
 * index) to numbers. Implementations keep no state between calls, so replications may run on any
 * thread in any order.
 */
public interface SimulationModel {
  MetricCatalog catalog();

  /**
   * The labels of the metrics a reader looks at first, in order: what {@code compare} prints and
   * charts unless told otherwise. Each is in {@link #catalog()}.
   */
  java.util.List<String> headline();

  ReplicationResult replicate(long masterSeed, int replication);

  /**
   * {@link #replicate}, with {@code watch} looking on while it runs (progress, growth,
   * cancellation); the result is the same. A model that cannot be watched ignores it.
   */
  default ReplicationResult replicate(long masterSeed, int replication, RunWatch watch) {
    return replicate(masterSeed, replication);
  }

  /**
   * Replication {@code replication} again, the same trajectory as {@link #replicate} gives, with
   * its timeline recorded: snapshots every {@code intervalHours} up to the horizon, and a sample of
   * finished items. Needs a finite horizon.
   */
  Timeline timeline(long masterSeed, int replication, double intervalHours);

  /** {@link #timeline}, watched as {@link #replicate(long, int, RunWatch)} is. */
  default Timeline timeline(long masterSeed, int replication, double intervalHours, RunWatch watch) {
    return timeline(masterSeed, replication, intervalHours);
  }

  /**
   * The same replication's timeline and, where the model records them, every item's moves (the
   * workshop page's replay). Without an item trace of its own a model gives its timeline alone.
   */
  default Replay replay(long masterSeed, int replication, double intervalHours) {
    return replay(masterSeed, replication, intervalHours, RunWatch.NONE);
  }

  /** {@link #replay}, watched as {@link #replicate(long, int, RunWatch)} is (a cancellation stops it mid-way). */
  default Replay replay(long masterSeed, int replication, double intervalHours, RunWatch watch) {
    return new Replay(timeline(masterSeed, replication, intervalHours, watch), null);
  }
}
