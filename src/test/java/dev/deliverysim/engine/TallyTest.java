package dev.deliverysim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Checks the streaming tally against an exact two-pass mean and variance, including data far from zero
 * where the textbook one-pass formula Σx² − (Σx)²/n loses every significant digit.
 */
class TallyTest {
  private static final double[] OFFSETS = {0, 1e3, 1e6, 1e9, -1e9};
  private static final double[] SPREADS = {1e-3, 1, 100};

  @Test
  void matchesATwoPassMeanAndVarianceOnRandomDataWithLargeOffsets() {
    for (int seed = 0; seed < 150; seed++) {
      SplittableRandom rng = new SplittableRandom(seed);
      double offset = OFFSETS[seed % OFFSETS.length];
      double spread = SPREADS[(seed / OFFSETS.length) % SPREADS.length];
      int n = 2 + rng.nextInt(2_000);
      double[] x = new double[n];
      Tally tally = new Tally();
      for (int i = 0; i < n; i++) {
        x[i] = offset + spread * gaussian(rng);
        tally.add(x[i]);
      }
      double[] reference = twoPassMeanAndVariance(x);
      String context = "seed " + seed + ", offset " + offset + ", spread " + spread;
      // The tally's last step rounds to the mean's ulp; allow two of them.
      double meanTolerance = 2 * Math.ulp(reference[0]) + 1e-12 * spread;
      assertEquals(n, tally.count());
      assertEquals(reference[0], tally.mean(), meanTolerance, context);
      assertEquals(reference[1], tally.variance(), 1e-9 * reference[1], context);
      assertEquals(reference[0] * n, tally.sum(), n * 2 * meanTolerance, context);
    }
  }

  /**
   * Two passes in 34-digit decimal arithmetic: every double converts exactly, so the reference is
   * accurate far beyond double precision (a two-pass in doubles would round the mean to its ulp,
   * which at 1e9 already perturbs a variance of 1e-6 by a few parts in 1e9).
   */
  private static double[] twoPassMeanAndVariance(double[] x) {
    BigDecimal sum = BigDecimal.ZERO;
    for (double v : x) {
      sum = sum.add(new BigDecimal(v));
    }
    BigDecimal mean = sum.divide(BigDecimal.valueOf(x.length), MathContext.DECIMAL128);
    BigDecimal squares = BigDecimal.ZERO;
    for (double v : x) {
      BigDecimal d = new BigDecimal(v).subtract(mean, MathContext.DECIMAL128);
      squares = squares.add(d.multiply(d, MathContext.DECIMAL128), MathContext.DECIMAL128);
    }
    BigDecimal variance = squares.divide(BigDecimal.valueOf(x.length - 1L), MathContext.DECIMAL128);
    return new double[] {mean.doubleValue(), variance.doubleValue()};
  }

  private static double gaussian(SplittableRandom rng) {
    double u = 1 - rng.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
  }

  @Test
  void hasNoMeanBeforeTheFirstObservationAndNoVarianceBeforeTheSecond() {
    Tally tally = new Tally();
    assertTrue(Double.isNaN(tally.mean()));
    assertTrue(Double.isNaN(tally.variance()));
    tally.add(1e9 + 0.5);
    assertEquals(1e9 + 0.5, tally.mean());
    assertTrue(Double.isNaN(tally.variance()));
    tally.add(1e9 + 1.5);
    assertEquals(1e9 + 1, tally.mean());
    assertEquals(0.5, tally.variance());
  }

  @Test
  void resetForgetsEverythingIncludingTheShift() {
    Tally tally = new Tally();
    tally.add(1e9);
    tally.add(1e9 + 2);
    tally.reset();
    assertEquals(0, tally.count());
    assertTrue(Double.isNaN(tally.mean()));
    tally.add(1);
    tally.add(3);
    assertEquals(2, tally.mean());
    assertEquals(2, tally.variance());
    assertEquals(4, tally.sum());
  }
}
