package dev.deliverysim.engine;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/** Resampling of observed values: each draw picks one observation uniformly (a bootstrap). */
public record Empirical(double[] observations) implements Distribution {
  public Empirical {
    if (observations.length == 0) {
      throw new IllegalArgumentException("empirical needs at least one observation");
    }
    observations = observations.clone();
    for (double x : observations) {
      Distribution.requireNonNegative("empirical observation", x);
    }
  }

  @Override
  public double[] observations() {
    return observations.clone();
  }

  @Override
  public double mean() {
    return Arrays.stream(observations).average().orElseThrow();
  }

  /** The population variance of the observations: the variance of a uniform pick among them. */
  @Override
  public double variance() {
    double m = mean();
    double sum = 0;
    for (double x : observations) {
      sum += (x - m) * (x - m);
    }
    return sum / observations.length;
  }

  @Override
  public ContinuousSampler sampler(UniformRandomProvider rng) {
    double[] values = observations.clone();
    return () -> values[rng.nextInt(values.length)];
  }

  @Override
  public Distribution scaled(double factor) {
    double[] scaled = observations.clone();
    for (int i = 0; i < scaled.length; i++) {
      scaled[i] *= factor;
    }
    return new Empirical(scaled);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Empirical e && Arrays.equals(observations, e.observations);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(observations);
  }

  @Override
  public String toString() {
    return "Empirical" + Arrays.toString(observations);
  }

  @Override
  public String describe() {
    return "empirical(" + observations.length + " observations, mean " + mean() + ")";
  }
}
