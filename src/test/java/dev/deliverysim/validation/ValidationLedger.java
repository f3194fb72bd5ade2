package dev.deliverysim.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * The shared collector every validation case writes to, so that the JUnit run and
 * {@link ValidationReport} see the same cases, settings and comparisons.
 *
 * <p>Entries are appended before the assertion that judges them, so a failing comparison is
 * still in the report. Synchronized because nothing stops JUnit from running classes in parallel.
 */
final class ValidationLedger {

  /** How a simulated case was run, for the report's settings table. */
  record CaseRun(String caseName, String scenarioFile, int replications, long seed,
      double horizonHours, double warmupHours, long events) {}

  /** A yes-or-no fact checked without simulating, such as a stability warning. */
  record Check(String caseName, String statement, String observed, boolean passed) {}

  private static final List<CaseRun> RUNS = new ArrayList<>();
  private static final List<Comparison> COMPARISONS = new ArrayList<>();
  private static final List<Check> CHECKS = new ArrayList<>();

  private ValidationLedger() {}

  static synchronized void record(CaseRun run) {
    RUNS.add(run);
  }

  static synchronized void record(Comparison comparison) {
    COMPARISONS.add(comparison);
  }

  static synchronized void record(Check check) {
    CHECKS.add(check);
  }

  static synchronized List<CaseRun> runs() {
    return List.copyOf(RUNS);
  }

  static synchronized List<Comparison> comparisons() {
    return List.copyOf(COMPARISONS);
  }

  static synchronized List<Check> checks() {
    return List.copyOf(CHECKS);
  }

  static synchronized void clear() {
    RUNS.clear();
    COMPARISONS.clear();
    CHECKS.clear();
  }
}
