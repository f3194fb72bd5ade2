package dev.deliverysim.engine;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.statistics.distribution.GammaDistribution;

/** The gamma law by shape k and scale θ (mean kθ); also built from a mean and a CV. */
public record Gamma(double shape, double scale) implements LawBacked {
  public Gamma {
    Distribution.requirePositive("gamma shape", shape);
    Distribution.requirePositive("gamma scale", scale);
  }

  /** Mean m and coefficient of variation cv: shape = 1/cv², scale = m·cv². */
  public static Gamma ofMeanCv(double mean, double cv) {
    Distribution.requirePositive("gamma mean", mean);
    Distribution.requirePositive("gamma cv", cv);
    return new Gamma(1 / (cv * cv), mean * cv * cv);
  }

  @Override
  public GammaDistribution law() {
    return GammaDistribution.of(shape, scale);
  }

  @Override
  public ContinuousSampler sampler(UniformRandomProvider rng) {
    return AhrensDieterMarsagliaTsangGammaSampler.of(rng, shape, scale);
  }

  @Override
  public Distribution scaled(double factor) {
    return new Gamma(shape, scale * factor);
  }

  @Override
  public String describe() {
    return "gamma(shape " + shape + ", scale " + scale + ")";
  }
}
