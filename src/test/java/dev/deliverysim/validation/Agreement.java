package dev.deliverysim.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deliverysim.experiment.MetricSummary;

/**
 * The two assertions of the validation suite; each records into {@link ValidationLedger} before
 * judging, so the report lists failures too.
 */
final class Agreement {
  private Agreement() {}

  /**
   * Asserts that the simulated mean agrees with {@code theory}: within {@code relTol} relative
   * error and inside the widened 95% interval (see {@link Comparison}).
   */
  static void assertAgrees(String caseName, double theory, MetricSummary sim, double relTol) {
    Comparison comparison = new Comparison(caseName, theory, sim, relTol);
    ValidationLedger.record(comparison);
    assertTrue(comparison.passed(), comparison::describe);
  }

  /** Asserts a fact that needs no simulation, such as the stability flag of a scenario. */
  static void assertHolds(String caseName, String statement, String observed, boolean holds) {
    ValidationLedger.record(new ValidationLedger.Check(caseName, statement, observed, holds));
    assertTrue(holds, () -> caseName + ": expected " + statement + ", observed " + observed);
  }
}
