package dev.deliverysim.engine;

/**
 * Looks at a replication while it runs, every {@link #EVERY_EVENTS} model events: how far its
 * clock has come and how much work is in the system. It is how a long replication shows progress,
 * tells of work that keeps growing before the run ends, and stops when cancelled.
 *
 * <p>An observation only: it reads, never changes, so a run is the same watched or not. It may
 * stop the run by throwing (a cancellation); the replication is then thrown away whole.
 */
@FunctionalInterface
public interface RunWatch {
  /** How often a watch looks, in model events: rare enough to cost nothing, often enough to move a bar. */
  int EVERY_EVENTS = 1 << 14;

  /** A watch that sees nothing: the loop then never calls it. */
  RunWatch NONE = (now, inSystem) -> {};

  /** The clock stands at {@code now}; {@code inSystem} items have arrived and not yet left. */
  void look(double now, long inSystem);
}
