package dev.deliverysim.engine;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * A law for a non-negative random quantity (a duration, an inter-arrival time, a size).
 *
 * <p>Every law knows its own mean and variance, so one generic test compares theory to samples for
 * all of them, and the traffic equations can use the means without simulating. Samplers draw from
 * the stream they are given and allocate nothing per draw.
 */
public sealed interface Distribution
    permits Fixed, Exponential, Erlang, Empirical, LawBacked {

  double mean();

  double variance();

  /** Squared coefficient of variation, variance / mean²; 0 for a fixed value. */
  default double scv() {
    double m = mean();
    return m == 0 ? 0 : variance() / (m * m);
  }

  /** A sampler bound to {@code rng}; build it once per replication, outside the event loop. */
  ContinuousSampler sampler(UniformRandomProvider rng);

  /** The same law with every value multiplied by {@code factor} (> 0): a change of time unit. */
  Distribution scaled(double factor);

  /** A short human description such as {@code exponential(mean 2)}. */
  String describe();

  static void requirePositive(String what, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(what + " must be a finite number > 0, was " + value);
    }
  }

  static void requireNonNegative(String what, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(what + " must be a finite number ≥ 0, was " + value);
    }
  }
}
