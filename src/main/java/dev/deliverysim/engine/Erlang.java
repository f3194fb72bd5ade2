package dev.deliverysim.engine;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/** The Erlang law: the sum of {@code phases} exponential phases with total mean {@code mean}. */
public record Erlang(int phases, double mean) implements Distribution {
  public Erlang {
    if (phases < 1) {
      throw new IllegalArgumentException("erlang phases must be ≥ 1, was " + phases);
    }
    Distribution.requirePositive("erlang mean", mean);
  }

  private Gamma asGamma() {
    return new Gamma(phases, mean / phases);
  }

  @Override
  public double variance() {
    return asGamma().variance();
  }

  @Override
  public ContinuousSampler sampler(UniformRandomProvider rng) {
    return asGamma().sampler(rng);
  }

  @Override
  public Distribution scaled(double factor) {
    return new Erlang(phases, mean * factor);
  }

  @Override
  public String describe() {
    return "erlang(" + phases + " phases, mean " + mean + ")";
  }
}
