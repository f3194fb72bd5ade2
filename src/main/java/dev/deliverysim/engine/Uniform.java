package dev.deliverysim.engine;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousUniformSampler;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;

/** The continuous uniform law on [min, max]. */
public record Uniform(double min, double max) implements LawBacked {
  public Uniform {
    Distribution.requireNonNegative("uniform min", min);
    if (!(max > min) || Double.isInfinite(max)) {
      throw new IllegalArgumentException("uniform max must be finite and > min " + min + ", was " + max);
    }
  }

  @Override
  public UniformContinuousDistribution law() {
    return UniformContinuousDistribution.of(min, max);
  }

  @Override
  public ContinuousSampler sampler(UniformRandomProvider rng) {
    return ContinuousUniformSampler.of(rng, min, max);
  }

  @Override
  public Distribution scaled(double factor) {
    return new Uniform(min * factor, max * factor);
  }

  @Override
  public String describe() {
    return "uniform(" + min + ", " + max + ")";
  }
}
