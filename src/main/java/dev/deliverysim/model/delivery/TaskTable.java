package dev.deliverysim.model.delivery;

import java.util.Arrays;

/**
 * Every pull request as parallel primitive arrays indexed by its id (named "task" throughout the
 * model, from when a task was always one PR; {@link #taskOf} now names the task it belongs to).
 * Ids are not reused: a replication creates a few thousand PRs at most.
 */
final class TaskTable {
  static final int NO_ONE = -1;
  /** {@link #returnTo} value: after rework the PR goes back to human review. */
  static final int BACK_TO_REVIEW = -1;

  int count;
  int[] feature = new int[64];
  /** The task (work item) this PR belongs to, numbered by {@link WorkIntake}. */
  int[] taskOf = new int[64];
  /** An assistant's side PR that skips human review: from coding straight to the gates. */
  boolean[] skipsReview = new boolean[64];
  /** An assistant's side PR (tests, refactors, bumps), which may skip some gates. */
  boolean[] side = new boolean[64];
  /** Only a code owner may review this PR (drawn when it first asks for review). */
  boolean[] needsOwner = new boolean[64];
  /** Coding effort the assistant saved on this PR against the same work without it (negative while learning). */
  double[] aiSaved = new double[64];
  /** The fix of a reported bug: its deployment is unplanned rework (DORA's rework rate). */
  boolean[] bugFix = new boolean[64];
  int[] author = new int[64];
  int[] latentDefects = new int[64];
  /** Where the PR goes after its pending rework: {@link #BACK_TO_REVIEW} or a gate index. */
  int[] returnTo = new int[64];
  int[] gate = new int[64];
  boolean[] assisted = new boolean[64];
  double[] codingEffort = new double[64];
  double[] lines = new double[64];
  double[] pendingRework = new double[64];
  /** When the task joined the queue it is in now. */
  double[] readySince = new double[64];
  double[] codingStarted = new double[64];
  double[] firstReadyForReview = new double[64];
  /** Time someone (or a machine) was working on it: the numerator of flow efficiency. */
  double[] touched = new double[64];
  /** PRs merged in all, when this task's branch started (or was last brought up to date). */
  long[] mergesAtBranch = new long[64];
  /** The author's own merges among those, which cannot conflict with their own branch. */
  long[] ownMergesAtBranch = new long[64];
  /** Who gave the PR's first approval in the current round, or {@link #NO_ONE}. */
  int[] approvedBy = new int[64];
  /** With assigned review: the reviewer the PR is assigned to now, or {@link #NO_ONE}. */
  int[] reviewer = new int[64];
  /** When the PR's first review started (NaN until then): the end of its pickup wait. */
  double[] firstReviewStarted = new double[64];
  /** Reviewers do not take the PR up before this time (AI PRs put off); 0 for no wait. */
  double[] hiddenUntil = new double[64];
  /** The rework pending is resolving a merge conflict, not fixing defects. */
  boolean[] conflicted = new boolean[64];
  /** Start of the automated gate pass under way, or NaN when not on a machine. */
  double[] passStarted = new double[64];

  int create(int featureId, double effort, double size, int defects, boolean aiAssisted, double now) {
    return create(featureId, count, effort, size, defects, aiAssisted, false, now);
  }

  int create(int featureId, int task, double effort, double size, int defects, boolean aiAssisted,
      boolean unreviewed, double now) {
    if (count == feature.length) {
      grow();
    }
    int id = count++;
    feature[id] = featureId;
    taskOf[id] = task;
    skipsReview[id] = unreviewed;
    side[id] = false;
    needsOwner[id] = false;
    aiSaved[id] = 0;
    bugFix[id] = false;
    author[id] = NO_ONE;
    latentDefects[id] = defects;
    returnTo[id] = BACK_TO_REVIEW;
    assisted[id] = aiAssisted;
    codingEffort[id] = effort;
    lines[id] = size;
    readySince[id] = now;
    codingStarted[id] = Double.NaN;
    firstReadyForReview[id] = Double.NaN;
    touched[id] = 0;
    passStarted[id] = Double.NaN;
    mergesAtBranch[id] = 0;
    ownMergesAtBranch[id] = 0;
    conflicted[id] = false;
    approvedBy[id] = NO_ONE;
    reviewer[id] = NO_ONE;
    firstReviewStarted[id] = Double.NaN;
    hiddenUntil[id] = 0;
    return id;
  }

  private void grow() {
    int n = feature.length * 2;
    feature = Arrays.copyOf(feature, n);
    taskOf = Arrays.copyOf(taskOf, n);
    skipsReview = Arrays.copyOf(skipsReview, n);
    side = Arrays.copyOf(side, n);
    needsOwner = Arrays.copyOf(needsOwner, n);
    aiSaved = Arrays.copyOf(aiSaved, n);
    bugFix = Arrays.copyOf(bugFix, n);
    author = Arrays.copyOf(author, n);
    latentDefects = Arrays.copyOf(latentDefects, n);
    returnTo = Arrays.copyOf(returnTo, n);
    gate = Arrays.copyOf(gate, n);
    assisted = Arrays.copyOf(assisted, n);
    codingEffort = Arrays.copyOf(codingEffort, n);
    lines = Arrays.copyOf(lines, n);
    pendingRework = Arrays.copyOf(pendingRework, n);
    readySince = Arrays.copyOf(readySince, n);
    codingStarted = Arrays.copyOf(codingStarted, n);
    firstReadyForReview = Arrays.copyOf(firstReadyForReview, n);
    touched = Arrays.copyOf(touched, n);
    passStarted = Arrays.copyOf(passStarted, n);
    mergesAtBranch = Arrays.copyOf(mergesAtBranch, n);
    ownMergesAtBranch = Arrays.copyOf(ownMergesAtBranch, n);
    conflicted = Arrays.copyOf(conflicted, n);
    approvedBy = Arrays.copyOf(approvedBy, n);
    reviewer = Arrays.copyOf(reviewer, n);
    firstReviewStarted = Arrays.copyOf(firstReviewStarted, n);
    hiddenUntil = Arrays.copyOf(hiddenUntil, n);
  }
}
