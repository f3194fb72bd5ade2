package dev.deliverysim.model.delivery;

/**
 * Defects: how many coding injects and what fixing one costs.
 *
 * @param defectsPerKloc mean defects injected per 1,000 changed lines (Poisson)
 * @param reworkHoursPerDefect the author's focused effort to fix one found defect
 * @param bugs escaped defects reported back as bug tickets ({@link BugsDef#NONE}: none)
 */
public record QualityDef(double defectsPerKloc, double reworkHoursPerDefect, BugsDef bugs) {
  /** No bug tickets. */
  public QualityDef(double defectsPerKloc, double reworkHoursPerDefect) {
    this(defectsPerKloc, reworkHoursPerDefect, BugsDef.NONE);
  }

  public QualityDef {
    if (!(defectsPerKloc >= 0) || !(reworkHoursPerDefect >= 0) || bugs == null) {
      throw new IllegalArgumentException("defect rate and rework effort must be ≥ 0, bugs given (or NONE)");
    }
  }
}
