package dev.deliverysim.engine;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/** A deterministic value (the D in M/D/1). */
public record Fixed(double value) implements Distribution {
  public Fixed {
    Distribution.requireNonNegative("fixed value", value);
  }

  @Override
  public double mean() {
    return value;
  }

  @Override
  public double variance() {
    return 0;
  }

  @Override
  public ContinuousSampler sampler(UniformRandomProvider rng) {
    double v = value;
    return () -> v;
  }

  @Override
  public Distribution scaled(double factor) {
    return new Fixed(value * factor);
  }

  @Override
  public String describe() {
    return "fixed(" + value + ")";
  }
}
