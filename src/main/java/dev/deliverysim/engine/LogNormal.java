package dev.deliverysim.engine;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The log-normal law, log X ~ Normal(mu, sigma): the usual shape of how long human work takes —
 * most jobs short, a few very long.
 *
 * <p>People rarely know mu and sigma, so two factories take what they do know: a mean and a
 * coefficient of variation, or two percentiles ("median 1 day, p90 5 days").
 */
public record LogNormal(double mu, double sigma) implements LawBacked {
  public LogNormal {
    if (!Double.isFinite(mu)) {
      throw new IllegalArgumentException("lognormal mu must be finite, was " + mu);
    }
    Distribution.requirePositive("lognormal sigma", sigma);
  }

  /** Mean m and coefficient of variation cv: sigma² = ln(1 + cv²), mu = ln m − sigma²/2. */
  public static LogNormal ofMeanCv(double mean, double cv) {
    Distribution.requirePositive("lognormal mean", mean);
    Distribution.requirePositive("lognormal cv", cv);
    double sigma2 = Math.log1p(cv * cv);
    return new LogNormal(Math.log(mean) - sigma2 / 2, Math.sqrt(sigma2));
  }

  /**
   * The law whose {@code p1}-quantile is {@code x1} and {@code p2}-quantile is {@code x2}: from
   * ln x = mu + sigma·z_p with z_p the standard normal quantile.
   */
  public static LogNormal ofPercentiles(double p1, double x1, double p2, double x2) {
    if (!(p1 > 0 && p1 < p2 && p2 < 1)) {
      throw new IllegalArgumentException(
          "percentiles must satisfy 0 < p1 < p2 < 1, were " + p1 + " and " + p2);
    }
    Distribution.requirePositive("lower percentile value", x1);
    if (!(x2 > x1)) {
      throw new IllegalArgumentException(
          "the higher percentile's value must exceed the lower's (" + x1 + "), was " + x2);
    }
    NormalDistribution standard = NormalDistribution.of(0, 1);
    double z1 = standard.inverseCumulativeProbability(p1);
    double z2 = standard.inverseCumulativeProbability(p2);
    double sigma = (Math.log(x2) - Math.log(x1)) / (z2 - z1);
    return new LogNormal(Math.log(x1) - sigma * z1, sigma);
  }

  @Override
  public LogNormalDistribution law() {
    return LogNormalDistribution.of(mu, sigma);
  }

  @Override
  public ContinuousSampler sampler(UniformRandomProvider rng) {
    return LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), mu, sigma);
  }

  @Override
  public Distribution scaled(double factor) {
    Distribution.requirePositive("scale factor", factor);
    return new LogNormal(mu + Math.log(factor), sigma);
  }

  @Override
  public String describe() {
    return "lognormal(mean " + mean() + ", cv " + Math.sqrt(scv()) + ")";
  }
}
