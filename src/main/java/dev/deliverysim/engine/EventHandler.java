package dev.deliverysim.engine;

/**
 * What a model gives the {@link EventLoop}: one method per thing the loop can hand it. Times are
 * the loop's clock, in the model's unit.
 *
 * <p>{@link #fire} is the hot path; the three marks come a handful of times per run.
 */
public interface EventHandler {
  /** A model event, with the payload the model scheduled; the clock already stands at its time. */
  void fire(int payload);

  /** The warm-up is over: statistics collected so far are to be discarded. Never called without one. */
  void warmupEnded(double now);

  /** A snapshot is due. An observation: it must change nothing, so the run stays the same with or without it. */
  void snapshot(double now);

  /** The horizon is reached. Without draining the run ends when this returns. */
  void horizonReached(double now);

  /** Items arrived and not yet gone, for a {@link RunWatch}: the same count a timeline records. */
  long inSystem();
}
