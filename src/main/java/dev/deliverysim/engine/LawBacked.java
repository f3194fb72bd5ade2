package dev.deliverysim.engine;

import org.apache.commons.statistics.distribution.ContinuousDistribution;

/**
 * A distribution whose moments come from the matching Commons Statistics law, so they are not
 * re-derived here.
 */
sealed interface LawBacked extends Distribution permits Uniform, Triangular, LogNormal, Gamma, Weibull {
  ContinuousDistribution law();

  @Override
  default double mean() {
    return law().getMean();
  }

  @Override
  default double variance() {
    return law().getVariance();
  }
}
