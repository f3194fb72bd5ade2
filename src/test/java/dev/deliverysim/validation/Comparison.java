package dev.deliverysim.validation;

import dev.deliverysim.experiment.MetricSummary;
import java.util.Locale;

/**
 * One analytic value set against the simulated mean of the same metric, with the verdict.
 *
 * <p>Two conditions must both hold. The relative error must stay within {@code relTol}, which
 * bounds how wrong the engine may be in absolute terms. And the theory must fall inside the 95%
 * confidence interval widened by {@link #slack()}, which catches a small but systematic bias
 * once the replications are precise enough to reveal it. The widening exists because a 95%
 * interval misses by design one time in twenty, and with some seventy comparisons a few would
 * miss for no fault of the engine; doubling the half-width makes a chance miss about one in a
 * thousand, and the extra 0.25% of the theory absorbs what warm-up deletion leaves of the
 * empty-and-idle start.
 */
record Comparison(String caseName, double theory, MetricSummary sim, double relTol) {

  /** Share of the theory added to the doubled half-width; see the class comment. */
  static final double BIAS_ALLOWANCE = 0.0025;

  String metric() {
    return sim.key().label();
  }

  double halfWidth() {
    return (sim.ci95High() - sim.ci95Low()) / 2;
  }

  /** How far outside the nominal interval the theory may still lie. */
  double slack() {
    return halfWidth() + BIAS_ALLOWANCE * Math.abs(theory);
  }

  double relativeError() {
    return (sim.mean() - theory) / Math.abs(theory);
  }

  boolean withinTolerance() {
    return Math.abs(sim.mean() - theory) <= relTol * Math.abs(theory);
  }

  boolean insideWidenedInterval() {
    return sim.n() >= 2
        && theory >= sim.ci95Low() - slack()
        && theory <= sim.ci95High() + slack();
  }

  boolean passed() {
    return withinTolerance() && insideWidenedInterval();
  }

  /** The line a failing assertion shows: enough to judge the miss without rerunning. */
  String describe() {
    return String.format(Locale.ROOT,
        "%s, %s: theory %.6g, simulated mean %.6g over %d replications, 95%% CI [%.6g, %.6g]"
            + " (widened by ±%.4g to [%.6g, %.6g]: %s); relative error %+.2f%% against tolerance"
            + " ±%.1f%%: %s",
        caseName, metric(), theory, sim.mean(), sim.n(), sim.ci95Low(), sim.ci95High(), slack(),
        sim.ci95Low() - slack(), sim.ci95High() + slack(),
        insideWidenedInterval() ? "inside" : "OUTSIDE", 100 * relativeError(), 100 * relTol,
        withinTolerance() ? "within" : "EXCEEDED");
  }
}
