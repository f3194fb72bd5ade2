package dev.deliverysim.scenario;

/** A positive rate read from a scenario, in events per hour of working time. */
public record Rate(double perHour) {
  public Rate {
    if (!(perHour > 0) || Double.isInfinite(perHour)) {
      throw new IllegalArgumentException("a rate must be finite and > 0, was " + perHour);
    }
  }
}
