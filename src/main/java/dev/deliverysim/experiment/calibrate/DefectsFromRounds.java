package dev.deliverysim.experiment.calibrate;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * The defect rate ({@code quality.defects_per_kloc}) at which the model's first reviews ask for
 * changes as often as the team's did. In the model a PR of s lines carries Poisson(s/1000 × rate)
 * defects and a review finds each with probability detection × min(1, focused/s), so it asks for
 * changes with probability 1 − exp(−s/1000 × rate × detection × min(1, focused/s)); averaged over
 * the observed PR sizes, that is set equal to the observed share and solved for the rate (Brent's
 * method, Commons Math).
 */
final class DefectsFromRounds {
  static final double MAX_RATE = 1000;

  private DefectsFromRounds() {}

  /** The rate, or NaN when the share cannot be reached (every first review asked for changes). */
  static double rate(double[] sizes, double share, double detection, double focusedLines) {
    UnivariateFunction gap = rate -> asked(sizes, rate, detection, focusedLines) - share;
    if (share <= 0) {
      return 0;
    }
    if (gap.value(MAX_RATE) < 0) {
      return Double.NaN;
    }
    return new BrentSolver(1e-9).solve(200, gap, 0, MAX_RATE);
  }

  /** The model's share of first reviews that ask for changes, at {@code rate}. */
  static double asked(double[] sizes, double rate, double detection, double focusedLines) {
    double sum = 0;
    for (double s : sizes) {
      double found = detection * Math.min(1, focusedLines / s);
      sum += 1 - Math.exp(-s / 1000 * rate * found);
    }
    return sum / sizes.length;
  }
}
