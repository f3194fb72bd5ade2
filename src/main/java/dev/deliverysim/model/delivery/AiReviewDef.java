package dev.deliverysim.model.delivery;

import dev.deliverysim.engine.Distribution;
import dev.deliverysim.engine.Fixed;

/**
 * How reviewers treat AI-assisted PRs, beyond their size and review effort per line.
 *
 * @param pickupDelay an assisted PR waits this long after first asking for review before any
 *     reviewer takes it up — reviewers put AI PRs off (LinearB 2026: AI PRs wait 4.6× longer to be
 *     picked up); {@code Fixed(0)} for none
 * @param changeRequests chance that a review of an assisted PR that found no defect asks for
 *     changes all the same — readability, design, conventions (CodeRabbit 2025: 1.7× the issues per
 *     AI PR) — costing the author one {@code rework_per_defect}
 * @param closeUnmerged chance that a review closes an assisted PR without merging it (LinearB 2026:
 *     32.7% of AI PRs accepted against 84.4% of the others); its author redoes the work and opens
 *     a new PR
 * @param redoEffort the redo's effort, as a multiple of the task's coding effort
 */
public record AiReviewDef(Distribution pickupDelay, double changeRequests, double closeUnmerged, double redoEffort) {
  public static final AiReviewDef NONE = new AiReviewDef(new Fixed(0), 0);

  /** AI PRs that are never closed unmerged. */
  public AiReviewDef(Distribution pickupDelay, double changeRequests) {
    this(pickupDelay, changeRequests, 0, 1);
  }

  public AiReviewDef {
    if (pickupDelay == null || !(changeRequests >= 0 && changeRequests < 1)) {
      throw new IllegalArgumentException("AI review needs a pickup delay (Fixed(0): none) and a change-request"
          + " chance in [0, 1)");
    }
    if (!(closeUnmerged >= 0 && closeUnmerged < 1) || !(redoEffort >= 0)) {
      throw new IllegalArgumentException("closing unmerged is a chance in [0, 1), redoing an effort multiplier ≥ 0");
    }
  }

  /** Whether assisted PRs wait before pickup at all. */
  public boolean delaysPickup() {
    return !(pickupDelay instanceof Fixed f && f.value() == 0);
  }
}
