package dev.deliverysim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.junit.jupiter.api.Test;

/**
 * Checks histogram percentiles against exact nearest-rank quantiles of the sorted sample, within
 * the 0.1% relative error that three significant digits promise.
 */
class PercentilesTest {
  private static final double[] PERCENTILES = {1, 10, 25, 50, 85, 95, 99, 99.9, 100};

  @Test
  void percentilesAreWithinATenthOfAPercentOfTheExactOnes() {
    // Sigma 2 spreads the sample over about six decades, exercising the histogram's auto-ranging.
    for (Distribution law : new Distribution[] {new LogNormal(0, 2), new Exponential(3), new Uniform(5, 6)}) {
      ContinuousSampler sampler = law.sampler(new RandomStreams(11, 0).stream(StreamName.of("p")));
      int n = 10_007; // p·n is never a whole number, so the nearest rank is unambiguous
      double[] x = new double[n];
      Percentiles percentiles = new Percentiles();
      for (int i = 0; i < n; i++) {
        x[i] = sampler.sample();
        percentiles.add(x[i]);
      }
      Arrays.sort(x);
      assertEquals(n, percentiles.count());
      for (double p : PERCENTILES) {
        int rank = Math.max(1, (int) Math.ceil(p / 100 * n));
        double exact = x[rank - 1];
        assertEquals(exact, percentiles.at(p), 1e-3 * exact, law + " p" + p);
      }
    }
  }

  @Test
  void isNaNBeforeTheFirstObservationAndAfterReset() {
    Percentiles percentiles = new Percentiles();
    assertTrue(Double.isNaN(percentiles.at(50)));
    percentiles.add(2);
    assertEquals(2, percentiles.at(50), 2e-3);
    percentiles.reset();
    assertEquals(0, percentiles.count());
    assertTrue(Double.isNaN(percentiles.at(50)));
  }

  /**
   * The delivery model reuses one accumulator per thread, replication after replication: emptied by
   * reset(), it must give bit for bit what a fresh one gives, whatever ranges the samples before
   * left it with (ranges 10^-6 to 10^4, heavy and light tails, zeros, one to 2,000 values).
   */
  @Test
  void aResetAccumulatorGivesExactlyWhatAFreshOneGives() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(42);
    Percentiles reused = new Percentiles();
    for (int sample = 0; sample < 4_000; sample++) {
      int n = 1 + random.nextInt(random.nextBoolean() ? 20 : 2_000);
      double scale = Math.pow(10, random.nextInt(10) - 6);
      Percentiles fresh = new Percentiles();
      reused.reset();
      for (int i = 0; i < n; i++) {
        double u = random.nextDouble();
        double x = switch (sample % 4) {
          case 0 -> scale * Math.exp(4 * (u - 0.5));
          case 1 -> -scale * Math.log1p(-u);
          case 2 -> u < 0.2 ? 0 : scale * u;
          default -> Math.min(1e5, scale * Math.pow(1 - u, -2));
        };
        fresh.add(x);
        reused.add(x);
      }
      assertEquals(fresh.count(), reused.count());
      for (double p : new double[] {0, 1, 50, 85, 95, 99, 100}) {
        assertEquals(Double.doubleToLongBits(fresh.at(p)), Double.doubleToLongBits(reused.at(p)),
            "sample " + sample + ", p" + p);
      }
    }
  }
}
