package dev.deliverysim.experiment.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Feasibility bounds and multiple comparisons with the best, on numbers whose truth is known. */
class BestSubsetTest {
  /** n replications of a setting with true mean {@code mu}: common noise plus a little of its own. */
  private static double[] setting(double mu, double[] common, long seed) {
    SplittableRandom own = new SplittableRandom(seed);
    double[] v = new double[common.length];
    for (int r = 0; r < v.length; r++) {
      v[r] = mu + common[r] + 0.05 * (own.nextDouble() - 0.5);
    }
    return v;
  }

  private static double[] common(int n, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] c = new double[n];
    for (int r = 0; r < n; r++) {
      c[r] = 2 * (rng.nextDouble() - 0.5);
    }
    return c;
  }

  @Test
  void commonRandomNumbersSeparateCloseSettingsThatIndependentNoiseCouldNot() {
    double[] c = common(30, 1);
    List<double[]> settings = List.of(setting(1.00, c, 2), setting(1.05, c, 3), setting(1.50, c, 4));
    assertEquals(List.of(0), BestSubset.of(settings, true, 0.05), "paired, a 0.05 gap is plain");
    assertEquals(List.of(2), BestSubset.of(settings, false, 0.05).subList(0, 1), "higher is better: the 1.5");
  }

  @Test
  void settingsThatDoNotDifferStayTogether() {
    double[] c = common(30, 5);
    List<double[]> settings = List.of(setting(1.0, c, 6), setting(1.0, c, 7), setting(2.0, c, 8));
    List<Integer> subset = BestSubset.of(settings, true, 0.05);
    assertTrue(subset.containsAll(List.of(0, 1)), "two equal settings cannot be told apart: " + subset);
    assertFalse(subset.contains(2));
  }

  @Test
  void theBestIsInTheSubsetAtLeastAsOftenAsPromised() {
    int misses = 0;
    for (long trial = 0; trial < 400; trial++) {
      double[] c = common(10, 1000 + trial);
      List<double[]> settings = List.of(setting(1.00, c, 3 * trial), setting(1.01, c, 3 * trial + 1),
          setting(1.02, c, 3 * trial + 2));
      misses += BestSubset.of(settings, true, 0.05).contains(0) ? 0 : 1;
    }
    assertTrue(misses <= 0.05 * 400 + 3 * Math.sqrt(0.05 * 0.95 * 400), "missed the best " + misses + " times in 400");
  }

  @Test
  void feasibilityUsesTheUnfavourableBound() {
    double[] v = {4.0, 4.2, 3.8, 4.1, 3.9};
    Target below = new Target("x", true, 4.1, "4.1");
    assertFalse(Feasibility.feasible(v, below, 0.05), "the mean 4.0 is under 4.1, its upper bound is not");
    assertTrue(Feasibility.feasible(v, new Target("x", true, 4.5, "4.5"), 0.05));
    assertTrue(Feasibility.feasible(v, new Target("x", false, 3.5, "3.5"), 0.05));
    assertEquals(4.0 + 2.1318 * Math.sqrt(0.025 / 5), Feasibility.bound(v, 0.05, true), 1e-3);
  }
}
