package dev.deliverysim.experiment;

import dev.deliverysim.engine.RunWatch;

/**
 * Watches the replications a {@link ReplicationRunner} runs: a {@link RunWatch} for each as it
 * starts, word when it ends. Calls come from the runner's worker threads.
 */
public interface Watching {
  /** Watches nothing. */
  Watching NONE = new Watching() {
    @Override
    public RunWatch started(int replication) {
      return RunWatch.NONE;
    }

    @Override
    public void finished(int replication) {}
  };

  /** Replication {@code replication} starts; the watch to look on while it runs. */
  RunWatch started(int replication);

  /** Replication {@code replication} ended (whole, or thrown away). */
  void finished(int replication);
}
