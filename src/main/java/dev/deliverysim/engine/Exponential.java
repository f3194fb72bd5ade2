package dev.deliverysim.engine;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/** The exponential law by its mean (the M in M/M/1); a rate λ is a mean of 1/λ. */
public record Exponential(double mean) implements Distribution {
  public Exponential {
    Distribution.requirePositive("exponential mean", mean);
  }

  @Override
  public double variance() {
    return mean * mean;
  }

  @Override
  public ContinuousSampler sampler(UniformRandomProvider rng) {
    return ZigguratSampler.Exponential.of(rng, mean);
  }

  @Override
  public Distribution scaled(double factor) {
    return new Exponential(mean * factor);
  }

  @Override
  public String describe() {
    return "exponential(mean " + mean + ")";
  }
}
