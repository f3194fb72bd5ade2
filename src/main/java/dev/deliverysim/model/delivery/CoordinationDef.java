package dev.deliverysim.model.delivery;

import dev.deliverysim.engine.Distribution;
import dev.deliverysim.engine.Fixed;

/**
 * The cost of working in parallel. Merge conflicts: each PR merged by someone else since a
 * branch started gives it a {@code conflictChancePerMerge} chance of conflicting when it merges,
 * so the chance grows with concurrent work and branch age: 1 − (1 − c)^k after k merges. The
 * author resolves a conflict ({@code resolve} focused hours) and the PR runs the gates again.
 * Context switching: a person starting a job on another task than their last one spends {@code
 * contextSwitchHours} more focused hours on it. Keeping track: every job a person starts costs
 * {@code perOpenPrHours} more focused hours for each of their own PRs open at that moment (coded
 * or being coded, not yet deployed) — the coordination tax that grows with work in parallel.
 */
public record CoordinationDef(double conflictChancePerMerge, Distribution resolve, double contextSwitchHours,
    double perOpenPrHours) {
  public static final CoordinationDef NONE = new CoordinationDef(0, new Fixed(0), 0);

  /** No tax per open PR. */
  public CoordinationDef(double conflictChancePerMerge, Distribution resolve, double contextSwitchHours) {
    this(conflictChancePerMerge, resolve, contextSwitchHours, 0);
  }

  public CoordinationDef {
    if (!(conflictChancePerMerge >= 0 && conflictChancePerMerge < 1)) {
      throw new IllegalArgumentException(
          "conflict chance per merge must lie in [0, 1), was " + conflictChancePerMerge);
    }
    if (resolve == null || !(contextSwitchHours >= 0) || Double.isInfinite(contextSwitchHours)) {
      throw new IllegalArgumentException("coordination needs a resolve law and a context switch ≥ 0");
    }
    if (!(perOpenPrHours >= 0) || Double.isInfinite(perOpenPrHours)) {
      throw new IllegalArgumentException("the effort per open PR must be ≥ 0, was " + perOpenPrHours);
    }
  }

  /** Chance that a PR conflicts when {@code mergedSince} other PRs merged after its branch began. */
  public double conflictChance(long mergedSince) {
    return 1 - Math.pow(1 - conflictChancePerMerge, mergedSince);
  }
}
