package dev.deliverysim.model.delivery;

/**
 * The kind of job a person is on. Which column of hours a job is booked to ({@code hours_coding},
 * {@code hours_testing}, {@code hours_security}, …) is the organisation's {@link Activities}.
 */
enum Activity {
  CODING,
  REVIEW,
  REWORK,
  /** Resolving a merge conflict: rework that defects did not cause. */
  CONFLICTS,
  /** Serving a gate that people serve; booked to the activity of the gate's skill. */
  GATE,
  INCIDENTS;

  /** The person's own work — what a review session or a review request sets aside. */
  boolean ownWork() {
    return this == CODING || this == REWORK || this == CONFLICTS;
  }
}
