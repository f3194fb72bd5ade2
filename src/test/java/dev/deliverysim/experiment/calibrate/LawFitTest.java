package dev.deliverysim.experiment.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.ExponentialDistribution;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.junit.jupiter.api.Test;

class LawFitTest {
  private static final int N = 800;

  private static double[] sample(org.apache.commons.statistics.distribution.ContinuousDistribution law, long seed) {
    UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
    return law.createSampler(rng).samples(N).toArray();
  }

  @Test
  void recoversALognormalAndChoosesIt() {
    // mean = exp(μ + σ²/2), cv = sqrt(exp(σ²) − 1)
    double mu = Math.log(150);
    double sigma = 0.9;
    LawFit fit = LawFit.best(sample(LogNormalDistribution.of(mu, sigma), 7));
    assertEquals("lognormal", fit.family());
    assertEquals(Math.exp(mu + sigma * sigma / 2), fit.mean(), 0.1 * fit.mean());
    assertEquals(Math.sqrt(Math.exp(sigma * sigma) - 1), fit.cv(), 0.12);
    assertTrue(fit.p() > 0.05, "a lognormal sample fits a lognormal: p = " + fit.p());
    assertEquals(N, fit.n());
  }

  @Test
  void aGammaWithShapeFourIsNotTakenForAnExponential() {
    LawFit fit = LawFit.best(sample(GammaDistribution.of(4, 2.5), 11));
    // gamma and lognormal look alike at shape 4; an exponential (cv 1) would be far off
    assertTrue(!fit.family().equals("exponential"), fit.family());
    assertTrue(fit.p() > 0.05, "p = " + fit.p());
    assertEquals(10, fit.mean(), 0.5);
    assertEquals(0.5, fit.cv(), 0.1); // cv = 1/√shape; a lognormal fitted to the logs spreads a little wider
  }

  @Test
  void anExponentialSampleHasACvNearOne() {
    LawFit fit = LawFit.best(sample(ExponentialDistribution.of(3), 13));
    assertTrue(fit.p() > 0.05, "p = " + fit.p());
    assertEquals(1, fit.cv(), 0.1);
    assertEquals(3, fit.mean(), 0.3);
  }

  @Test
  void tooFewOrNonPositiveObservationsFitNothing() {
    assertNull(LawFit.best(new double[] {1, 2, 3, 4}));
    assertNull(LawFit.best(new double[] {0, 0, 0, 0, 0, -1, 5}));
  }

  @Test
  void writesTheLawAsAScenarioDoes() {
    LawFit fit = new LawFit("lognormal", 300, 1.234, 40, 0.1, 0.3);
    assertEquals("{lognormal: {mean: 15h, cv: 1.23}}", fit.yaml(20, "h"));
    assertEquals("{exponential: {mean: 2.5h}}", new LawFit("exponential", 2.5, 1, 9, 0.1, 0.2).yaml(1, "h"));
    assertEquals("lognormal, KS p = 0.300", fit.test());
  }
}
