package dev.deliverysim.model.delivery;

import dev.deliverysim.engine.Distribution;
import dev.deliverysim.engine.Fixed;

/**
 * Escaped defects that come back as bug tickets: unplanned tasks outside every feature, which go
 * to the coding queue when reported (Faros AI 2025 counts bugs per developer).
 *
 * @param share chance that an escaped defect is reported as a bug, in [0, 1]
 * @param reportedAfter time from the deployment that shipped it to the report
 * @param fixEffort coding effort of a fix, without AI: a task of one PR
 */
public record BugsDef(double share, Distribution reportedAfter, Distribution fixEffort) {
  public static final BugsDef NONE = new BugsDef(0, new Fixed(0), new Fixed(1));

  public BugsDef {
    if (!(share >= 0 && share <= 1) || reportedAfter == null || fixEffort == null) {
      throw new IllegalArgumentException("bug tickets need a share in [0, 1], a report delay and a fix effort");
    }
  }

  public boolean any() {
    return share > 0;
  }
}
