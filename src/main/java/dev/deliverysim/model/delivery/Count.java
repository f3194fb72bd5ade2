package dev.deliverysim.model.delivery;

/** The events a replication counts inside its measured window; one slot each in {@link DeliveryStats}. */
enum Count {
  FEATURES_DELIVERED,
  /** Tasks whose every PR is coded. */
  TASKS_CODED,
  /** Tasks whose every PR is deployed. */
  TASKS_DONE,
  PRS_MERGED,
  /** PRs that reached production; with release trains, later than they merged. */
  PRS_DEPLOYED,
  DEPLOYMENTS,
  CHANGE_FAILURES,
  /** Deployments that shipped at least one escaped defect (a release train fails as a whole). */
  FAILED_DEPLOYMENTS,
  ESCAPED_DEFECTS,
  REVIEWS_WITH_CHANGES,
  REVIEWS_DONE,
  DEFECTS_FOUND_BY_PRE_REVIEW,
  FLAKY_RERUNS,
  INCIDENTS,
  MERGE_CONFLICTS,
  /** Jobs dropped for an incident. */
  INTERRUPTIONS,
  /** Jobs set aside for a review session or an interrupting review request. */
  SET_ASIDE_FOR_REVIEW,
  /** PRs that asked for review for the first time. */
  PRS_OPENED,
  /** PRs a review closed without merging (AI PRs; their authors redo them as new PRs). */
  PRS_CLOSED_UNMERGED,
  /** Escaped defects reported back as bug tickets. */
  BUGS_REPORTED,
  /** Deployed PRs that fix a reported bug: unplanned rework. */
  BUG_FIXES_DEPLOYED
}
