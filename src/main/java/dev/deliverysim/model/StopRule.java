package dev.deliverysim.model;

/**
 * When a replication stops and which part of it is measured.
 *
 * @param horizon simulated time at which arrivals stop (and the run stops, unless draining);
 *     {@code +∞} when the run is bounded by jobs instead
 * @param maxJobs stop once this many jobs have left the network after the warm-up; 0 for none
 * @param warmup statistics collected before this time are discarded (warm-up deletion)
 * @param drain after the horizon, admit no more arrivals but run until the network is empty
 */
public record StopRule(double horizon, long maxJobs, double warmup, boolean drain) {
  public StopRule {
    if (!(horizon > 0)) {
      throw new IllegalArgumentException("horizon must be > 0, was " + horizon);
    }
    if (maxJobs < 0) {
      throw new IllegalArgumentException("job limit must be ≥ 0, was " + maxJobs);
    }
    if (Double.isInfinite(horizon) && maxJobs == 0) {
      throw new IllegalArgumentException("a run needs a horizon or a job limit to stop");
    }
    if (!(warmup >= 0) || (Double.isFinite(horizon) && warmup >= horizon)) {
      throw new IllegalArgumentException(
          "warm-up must be ≥ 0 and shorter than the horizon " + horizon + ", was " + warmup);
    }
    if (drain && Double.isInfinite(horizon)) {
      throw new IllegalArgumentException("draining needs a horizon at which arrivals stop");
    }
  }

  public StopRule scaledTime(double factor) {
    return new StopRule(horizon * factor, maxJobs, warmup * factor, drain);
  }
}
