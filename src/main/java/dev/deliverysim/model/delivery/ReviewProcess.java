package dev.deliverysim.model.delivery;

/**
 * How review requests reach reviewers: who may take a PR, and when they look.
 *
 * @param assignment {@link Assignment#POOL}: any reviewer may take any PR but their own (the
 *     oldest first); {@link Assignment#ASSIGNED}: each PR is given to one reviewer when it first
 *     asks for review (a second one for a second approval), and comes back to them after changes
 * @param assignBy how a reviewer is chosen for an assigned PR
 * @param pickup {@link Pickup#JOB_END}: reviewers look for reviews whenever a job ends (the policy
 *     decides what comes first); {@link Pickup#SESSIONS}: only in review sessions, a few times a
 *     day at each reviewer's own times, setting their own work aside; {@link Pickup#INTERRUPT}: a
 *     request takes a reviewer off their work at once, at the cost of a context switch
 * @param sessionEveryHours working hours between one reviewer's sessions (8 h / sessions per day)
 * @param sessionCapHours review effort a session starts at most; the review under way at the cap
 *     is finished
 * @param interruptHours focused effort an interruption costs the reviewer, on top of the review
 */
public record ReviewProcess(Assignment assignment, AssignBy assignBy, Pickup pickup, double sessionEveryHours,
    double sessionCapHours, double interruptHours) {
  /** Today's idealised review: one shared pool, looked at whenever a job ends. */
  public static final ReviewProcess POOL_AT_JOB_END =
      new ReviewProcess(Assignment.POOL, AssignBy.LEAST_LOADED, Pickup.JOB_END, 8.0 / 3, 1.5, 0.25);

  public enum Assignment { POOL, ASSIGNED }

  public enum AssignBy { RANDOM, LEAST_LOADED }

  public enum Pickup { JOB_END, SESSIONS, INTERRUPT }

  public ReviewProcess {
    if (assignment == null || assignBy == null || pickup == null) {
      throw new IllegalArgumentException("a review process needs an assignment, a rule and a pickup");
    }
    if (!(sessionEveryHours > 0) || !(sessionCapHours > 0) || !(interruptHours >= 0)) {
      throw new IllegalArgumentException("sessions need a period > 0 and a cap > 0; an interruption costs ≥ 0");
    }
  }

  public boolean assigned() {
    return assignment == Assignment.ASSIGNED;
  }
}
