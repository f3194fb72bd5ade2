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
 */
public record AiReviewDef(Distribution pickupDelay, double changeRequests) {
  public static final AiReviewDef NONE = new AiReviewDef(new Fixed(0), 0);

  public AiReviewDef {
    if (pickupDelay == null || !(changeRequests >= 0 && changeRequests < 1)) {
      throw new IllegalArgumentException("AI review needs a pickup delay (Fixed(0): none) and a change-request"
          + " chance in [0, 1)");
    }
  }

  /** Whether assisted PRs wait before pickup at all. */
  public boolean delaysPickup() {
    return !(pickupDelay instanceof Fixed f && f.value() == 0);
  }
}
