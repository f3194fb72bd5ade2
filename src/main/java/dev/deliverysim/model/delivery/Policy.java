package dev.deliverysim.model.delivery;

/** How a free person chooses the next job among those they may take. */
public enum Policy {
  /** Reviews waiting for them first, then their own rework, then new work, then testing. */
  REVIEW_FIRST,
  /** Their own rework first, then new work, then reviews, then testing. */
  OWN_WORK_FIRST,
  /** Whatever eligible job has waited longest. */
  OLDEST_FIRST
}
