package dev.deliverysim.model.delivery;

import dev.deliverysim.model.Timeline;

/**
 * Human code review, by someone with the review skill who is not the author: the stage with
 * author exclusion and approvals.
 *
 * @param linesPerHour inspection rate: effort = max(minimumHours, size / linesPerHour)
 * @param minimumHours least effort of one review (reading the description, context switching)
 * @param detection chance that a review finds each remaining defect, for PRs up to {@code
 *     focusedLines}
 * @param focusedLines above this size, detection falls in proportion: detection × focusedLines /
 *     size (SmartBear/Cisco: inspection effectiveness drops beyond ~400 lines)
 * @param approvals clean reviews a PR needs, in a row, each by a different person (1 or 2); a
 *     review that requests changes starts the count again
 * @param process how requests reach reviewers: a pool or assigned, picked up when a job ends, in
 *     sessions, or as interruptions
 * @param maxEffortHours the most a review takes: a larger PR is skimmed (see {@link #skimmed}); +∞
 *     for no cap
 * @param owners the share of PRs only code owners may review ({@link OwnersDef#NONE}: none)
 */
public record ReviewDef(
    double linesPerHour, double minimumHours, double detection, double focusedLines, int approvals,
    ReviewProcess process, double maxEffortHours, OwnersDef owners)
    implements StageDef {
  /** Review without code owners. */
  public ReviewDef(double linesPerHour, double minimumHours, double detection, double focusedLines, int approvals,
      ReviewProcess process, double maxEffortHours) {
    this(linesPerHour, minimumHours, detection, focusedLines, approvals, process, maxEffortHours, OwnersDef.NONE);
  }

  /** Review needing one approval. */
  public ReviewDef(double linesPerHour, double minimumHours, double detection, double focusedLines) {
    this(linesPerHour, minimumHours, detection, focusedLines, 1);
  }

  /** Review from a shared pool, looked at whenever a job ends. */
  public ReviewDef(double linesPerHour, double minimumHours, double detection, double focusedLines, int approvals) {
    this(linesPerHour, minimumHours, detection, focusedLines, approvals, ReviewProcess.POOL_AT_JOB_END,
        Double.POSITIVE_INFINITY);
  }

  /** The same review, reaching reviewers through {@code newProcess}. */
  public ReviewDef withProcess(ReviewProcess newProcess) {
    return new ReviewDef(linesPerHour, minimumHours, detection, focusedLines, approvals, newProcess, maxEffortHours,
        owners);
  }

  /** The same review, with code owners. */
  public ReviewDef withOwners(OwnersDef newOwners) {
    return new ReviewDef(linesPerHour, minimumHours, detection, focusedLines, approvals, process, maxEffortHours,
        newOwners);
  }

  /** The same review, with reviews that saturate at {@code hours} of effort. */
  public ReviewDef withMaxEffort(double hours) {
    return new ReviewDef(linesPerHour, minimumHours, detection, focusedLines, approvals, process, hours, owners);
  }

  /**
   * Share of its defects a review of {@code effort} hours (before the cap) can still find: 1 up to
   * {@code maxEffortHours}; beyond it the reviewer stops at the cap and skims, and detection falls
   * in proportion (SmartBear/Cisco: beyond 60–90 minutes a review loses its focus).
   */
  public double skimmed(double effort) {
    return effort <= maxEffortHours ? 1 : maxEffortHours / effort;
  }

  public ReviewDef {
    if (!(maxEffortHours > 0)) {
      throw new IllegalArgumentException("a review's maximum effort must be > 0 (+∞: none), was " + maxEffortHours);
    }
    if (process == null || owners == null) {
      throw new IllegalArgumentException("review needs a process (or POOL_AT_JOB_END) and owners (or OwnersDef.NONE)");
    }
    if (approvals < 1 || approvals > 2) {
      throw new IllegalArgumentException("approvals must be 1 or 2, was " + approvals);
    }
    if (!(linesPerHour > 0) || !(minimumHours >= 0) || !(focusedLines > 0)) {
      throw new IllegalArgumentException("review rate and focused size must be > 0, minimum ≥ 0");
    }
    if (!(detection >= 0 && detection <= 1)) {
      throw new IllegalArgumentException("review detection must lie in [0, 1], was " + detection);
    }
  }

  /** Chance of finding each defect in a PR of {@code lines} changed lines. */
  public double detectionFor(double lines) {
    return lines <= focusedLines ? detection : detection * focusedLines / lines;
  }

  @Override
  public String name() {
    return "review";
  }

  @Override
  public String activity() {
    return "review";
  }

  @Override
  public Timeline.State waitingState() {
    return Timeline.State.queue("review");
  }

  @Override
  public Timeline.State activeState() {
    return Timeline.State.active("in review", "review");
  }
}
