package dev.deliverysim.model;

/** What happens to a job that finishes upstream when its next, finite station is full. */
public enum WhenFull {
  /** The job is lost (leaves the network, counted as lost). */
  LOSE,
  /**
   * The job stays on its upstream server, which is blocked until a place frees downstream
   * (blocking after service). Arrivals from outside the network are always lost when full.
   */
  BLOCK
}
