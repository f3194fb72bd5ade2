package dev.deliverysim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks the laws' factories, their change of time unit and the parameters they refuse. */
class DistributionLawsTest {
  private static final double[] FACTORS = {0.25, 3, 60};

  private static void near(double expected, double actual, double relative, String what) {
    assertEquals(expected, actual, Math.abs(expected) * relative, what);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.deliverysim.engine.DistributionMomentsTest#laws")
  void scalingByKMultipliesTheMeanByKAndTheVarianceByKSquared(Distribution law) {
    for (double k : FACTORS) {
      Distribution scaled = law.scaled(k);
      near(k * law.mean(), scaled.mean(), 1e-12, "mean × " + k);
      near(k * k * law.variance(), scaled.variance(), 1e-12, "variance × " + k + "²");
    }
  }

  /** What makes a whole simulation scale with its time unit: same stream, k times the values. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.deliverysim.engine.DistributionMomentsTest#laws")
  void scaledSamplerDrawsKTimesTheOriginalsDrawsFromTheSameStream(Distribution law) {
    for (double k : FACTORS) {
      RandomStreams streams = new RandomStreams(5, 1);
      ContinuousSampler original = law.sampler(streams.stream(StreamName.of("s")));
      ContinuousSampler scaled = law.scaled(k).sampler(streams.stream(StreamName.of("s")));
      for (int i = 0; i < 1_000; i++) {
        near(k * original.sample(), scaled.sample(), 1e-9, "draw " + i + " × " + k);
      }
    }
  }

  @Test
  void lognormalFromPercentilesHasThoseQuantiles() {
    LogNormal law = LogNormal.ofPercentiles(0.5, 8, 0.9, 40);
    LogNormalDistribution exact = LogNormalDistribution.of(law.mu(), law.sigma());
    near(8, exact.inverseCumulativeProbability(0.5), 1e-9, "median");
    near(40, exact.inverseCumulativeProbability(0.9), 1e-9, "p90");

    LogNormal skewed = LogNormal.ofPercentiles(0.1, 2, 0.95, 30);
    LogNormalDistribution other = LogNormalDistribution.of(skewed.mu(), skewed.sigma());
    near(2, other.inverseCumulativeProbability(0.1), 1e-9, "p10");
    near(30, other.inverseCumulativeProbability(0.95), 1e-9, "p95");
  }

  @Test
  void meanAndCvFactoriesHaveThatMeanAndCv() {
    for (Distribution law : new Distribution[] {LogNormal.ofMeanCv(5, 0.5), Gamma.ofMeanCv(5, 0.5)}) {
      near(5, law.mean(), 1e-12, law + " mean");
      near(0.25, law.scv(), 1e-12, law + " scv");
    }
    near(1.0 / 4, new Erlang(4, 3).scv(), 1e-12, "erlang scv is 1/phases");
    near(1, new Exponential(7).scv(), 1e-12, "exponential scv");
    assertEquals(0, new Fixed(3).scv());
    assertEquals(0, new Fixed(0).scv());
  }

  @Test
  void empiricalHasThePopulationMomentsOfItsObservations() {
    Empirical law = new Empirical(new double[] {1, 2, 3, 6});
    near(3, law.mean(), 1e-15, "mean");
    near(3.5, law.variance(), 1e-15, "population variance (4 + 1 + 0 + 9) / 4");
  }

  static Stream<Named<Executable>> badParameters() {
    return Stream.of(
        bad("fixed −1", () -> new Fixed(-1)),
        bad("fixed NaN", () -> new Fixed(Double.NaN)),
        bad("exponential mean 0", () -> new Exponential(0)),
        bad("exponential mean ∞", () -> new Exponential(Double.POSITIVE_INFINITY)),
        bad("uniform max < min", () -> new Uniform(2, 1)),
        bad("uniform max = min", () -> new Uniform(2, 2)),
        bad("uniform min < 0", () -> new Uniform(-1, 1)),
        bad("triangular mode < min", () -> new Triangular(1, 0.5, 2)),
        bad("triangular mode > max", () -> new Triangular(1, 3, 2)),
        bad("triangular min = max", () -> new Triangular(1, 1, 1)),
        bad("triangular NaN mode", () -> new Triangular(0, Double.NaN, 1)),
        bad("lognormal NaN mu", () -> new LogNormal(Double.NaN, 1)),
        bad("lognormal sigma 0", () -> new LogNormal(0, 0)),
        bad("lognormal mean 0", () -> LogNormal.ofMeanCv(0, 1)),
        bad("lognormal cv 0", () -> LogNormal.ofMeanCv(1, 0)),
        bad("percentiles out of order", () -> LogNormal.ofPercentiles(0.9, 8, 0.5, 40)),
        bad("percentile of 1", () -> LogNormal.ofPercentiles(0.5, 8, 1, 40)),
        bad("percentile values not increasing", () -> LogNormal.ofPercentiles(0.5, 8, 0.9, 8)),
        bad("percentile value 0", () -> LogNormal.ofPercentiles(0.5, 0, 0.9, 8)),
        bad("lognormal scaled by 0", () -> new LogNormal(0, 1).scaled(0)),
        bad("gamma shape 0", () -> new Gamma(0, 1)),
        bad("gamma scale −1", () -> new Gamma(1, -1)),
        bad("gamma cv 0", () -> Gamma.ofMeanCv(1, 0)),
        bad("erlang 0 phases", () -> new Erlang(0, 1)),
        bad("erlang mean 0", () -> new Erlang(2, 0)),
        bad("weibull shape 0", () -> new Weibull(0, 1)),
        bad("weibull scale NaN", () -> new Weibull(1, Double.NaN)),
        bad("empirical without observations", () -> new Empirical(new double[0])),
        bad("empirical negative observation", () -> new Empirical(new double[] {1, -1})),
        bad("exponential scaled by −2", () -> new Exponential(1).scaled(-2)));
  }

  private static Named<Executable> bad(String name, Executable construction) {
    return Named.of(name, construction);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badParameters")
  void rejectsParametersOutsideTheLawsDomain(Executable construction) {
    assertThrows(IllegalArgumentException.class, construction);
  }
}
