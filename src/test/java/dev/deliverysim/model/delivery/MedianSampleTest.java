package dev.deliverysim.model.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Exact up to its bound, then within the stated 0.1% of the middle-rank value, in bounded memory. */
class MedianSampleTest {
  @Test
  void isExactUpToItsBound() {
    SplittableRandom random = new SplittableRandom(1);
    MedianSample sample = new MedianSample();
    double[] all = new double[MedianSample.EXACT_UP_TO];
    for (int i = 0; i < all.length; i++) {
      all[i] = -Math.log(random.nextDouble()) * 3;
      sample.add(all[i]);
    }
    assertTrue(sample.exact());
    Arrays.sort(all);
    int n = all.length; // even: the mean of the two middle values
    assertEquals((all[n / 2 - 1] + all[n / 2]) / 2, sample.median(), 0);
  }

  @Test
  void beyondItsBoundIsWithinATenthOfAPercentOfTheMiddleValue() {
    SplittableRandom random = new SplittableRandom(2);
    for (int trial = 0; trial < 4; trial++) {
      MedianSample sample = new MedianSample();
      int n = MedianSample.EXACT_UP_TO * (2 + trial) + 1 + trial;
      double[] all = new double[n];
      double scale = Math.pow(10, 3 * trial - 4); // from 10^-4 to 10^5 hours
      for (int i = 0; i < n; i++) {
        // lognormal with a heavy right tail, and zeros (a pickup the instant a PR is ready)
        all[i] = random.nextDouble() < 0.05 ? 0 : scale * Math.exp(1.5 * random.nextGaussian());
        sample.add(all[i]);
      }
      assertFalse(sample.exact(), "past the bound, estimated");
      Arrays.sort(all);
      double middle = all[(n - 1) / 2];
      assertEquals(middle, sample.median(), middle * 1e-3, "trial " + trial + ": " + n + " values");
    }
  }

  @Test
  void resetStartsExactAgain() {
    MedianSample sample = new MedianSample();
    for (int i = 0; i <= MedianSample.EXACT_UP_TO; i++) {
      sample.add(i);
    }
    assertFalse(sample.exact());
    sample.reset();
    assertTrue(Double.isNaN(sample.median()));
    sample.add(1);
    sample.add(2);
    assertTrue(sample.exact());
    assertEquals(1.5, sample.median(), 0);
  }
}
