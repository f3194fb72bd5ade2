package dev.deliverysim.engine;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.statistics.distribution.WeibullDistribution;

/** The Weibull law by shape k and scale λ. */
public record Weibull(double shape, double scale) implements LawBacked {
  public Weibull {
    Distribution.requirePositive("weibull shape", shape);
    Distribution.requirePositive("weibull scale", scale);
  }

  @Override
  public WeibullDistribution law() {
    return WeibullDistribution.of(shape, scale);
  }

  @Override
  public ContinuousSampler sampler(UniformRandomProvider rng) {
    return law().createSampler(rng)::sample;
  }

  @Override
  public Distribution scaled(double factor) {
    return new Weibull(shape, scale * factor);
  }

  @Override
  public String describe() {
    return "weibull(shape " + shape + ", scale " + scale + ")";
  }
}
