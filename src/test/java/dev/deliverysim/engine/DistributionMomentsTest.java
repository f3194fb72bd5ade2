package dev.deliverysim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares every law's stated mean and variance with those of a large sample from its sampler
 * (Ciw's {@code compare_theoretical_to_observed}), so a sampler and its formulas cannot disagree.
 *
 * <p>The tolerance is five standard errors of the estimator: σ/√n for the sample mean and
 * √((μ₄ − σ⁴)/n) for the sample variance, with the fourth central moment μ₄ estimated from the
 * same sample. The seed is fixed, so the test is deterministic; five standard errors leaves room
 * for a correct sampler whatever seed is chosen (a normal deviate beyond 5 has probability 6e-7).
 * Spreads are moderate because for very heavy tails the sample μ₄ is itself unreliable.
 */
class DistributionMomentsTest {
  private static final int SAMPLES = 200_000;
  private static final double STANDARD_ERRORS = 5;

  static Stream<Distribution> laws() {
    return Stream.of(
        new Fixed(2.5),
        new Exponential(3),
        new Uniform(1, 4),
        new Triangular(1, 2, 6),
        new Triangular(0, 0, 1),
        new LogNormal(0.5, 0.4),
        LogNormal.ofMeanCv(5, 0.5),
        LogNormal.ofPercentiles(0.5, 1, 0.9, 2),
        new Gamma(2.5, 1.5),
        Gamma.ofMeanCv(4, 0.7),
        Gamma.ofMeanCv(2, 1.5), // shape below 1 takes the sampler's other branch
        new Erlang(1, 2),
        new Erlang(3, 6),
        new Weibull(1.5, 2),
        new Weibull(0.8, 1),
        new Empirical(new double[] {1, 2, 2, 3.5, 10}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("laws")
  void sampleMeanAndVarianceAgreeWithTheLawWithinFiveStandardErrors(Distribution law) {
    ContinuousSampler sampler = law.sampler(new RandomStreams(20_261_124L, 0).stream(StreamName.of("law").named(law.describe())));
    double[] x = new double[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      x[i] = sampler.sample();
      assertTrue(x[i] >= 0 && Double.isFinite(x[i]), () -> "draws must be finite and ≥ 0");
    }
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= SAMPLES;
    double m2 = 0;
    double m4 = 0;
    for (double v : x) {
      double d2 = (v - mean) * (v - mean);
      m2 += d2;
      m4 += d2 * d2;
    }
    double variance = m2 / (SAMPLES - 1);
    m2 /= SAMPLES;
    m4 /= SAMPLES;

    // A fixed law has zero standard error; allow rounding of the sum of 200 000 equal values.
    double rounding = 1e-12 * law.mean();
    double meanTolerance = STANDARD_ERRORS * Math.sqrt(law.variance() / SAMPLES) + rounding;
    double varianceTolerance =
        STANDARD_ERRORS * Math.sqrt(Math.max(0, m4 - m2 * m2) / SAMPLES) + rounding * law.mean();
    assertEquals(law.mean(), mean, meanTolerance, "sample mean");
    assertEquals(law.variance(), variance, varianceTolerance, "sample variance");
  }
}
