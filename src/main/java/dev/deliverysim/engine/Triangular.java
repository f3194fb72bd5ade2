package dev.deliverysim.engine;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.statistics.distribution.TriangularDistribution;

/** The triangular law with a minimum, a most likely value and a maximum: a three-point estimate. */
public record Triangular(double min, double mode, double max) implements LawBacked {
  public Triangular {
    Distribution.requireNonNegative("triangular min", min);
    if (!(mode >= min && max >= mode && max > min) || Double.isInfinite(max)) {
      throw new IllegalArgumentException(
          "triangular needs min ≤ mode ≤ max with min < max, was " + min + ", " + mode + ", " + max);
    }
  }

  @Override
  public TriangularDistribution law() {
    return TriangularDistribution.of(min, mode, max);
  }

  @Override
  public ContinuousSampler sampler(UniformRandomProvider rng) {
    return law().createSampler(rng)::sample;
  }

  @Override
  public Distribution scaled(double factor) {
    return new Triangular(min * factor, mode * factor, max * factor);
  }

  @Override
  public String describe() {
    return "triangular(" + min + ", " + mode + ", " + max + ")";
  }
}
