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
}
