package dev.deliverysim.model.delivery;

/**
 * Defects: how many coding injects and what fixing one costs.
 *
 * @param defectsPerKloc mean defects injected per 1,000 changed lines (Poisson)
 * @param reworkHoursPerDefect the author's focused effort to fix one found defect
 */
public record QualityDef(double defectsPerKloc, double reworkHoursPerDefect) {
  public QualityDef {
    if (!(defectsPerKloc >= 0) || !(reworkHoursPerDefect >= 0)) {
      throw new IllegalArgumentException("defect rate and rework effort must be ≥ 0");
    }
  }
}
