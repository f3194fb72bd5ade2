package dev.deliverysim.scenario;

/** A non-negative duration read from a scenario, in hours of working time. */
public record TimeSpan(double hours) {
  public TimeSpan {
    if (!(hours >= 0) || Double.isInfinite(hours)) {
      throw new IllegalArgumentException("a duration must be finite and ≥ 0, was " + hours);
    }
  }
}
