package dev.deliverysim.model.delivery;

import java.util.Arrays;

/**
 * Every pull request in progress as parallel primitive arrays indexed by its id (named "task"
 * throughout the model, from when a task was always one PR; {@link #taskOf} now names the task it
 * belongs to).
 *
 * <p>Ids are recycled: once a PR is deployed and nothing refers to it any more, {@link #free}
 * hands its id to a later PR, so the arrays stay as large as the most PRs ever in progress at
 * once, not the PRs ever made (a 12,000-person organisation makes over a million in a year). An
 * id therefore names a PR only while it lives; what needs a PR's identity for good (a person's
 * last task, an exported history, an order between PRs) uses its {@link #serial}, the id it would
 * have had without recycling.
 */
final class TaskTable {
  static final int NO_ONE = -1;
  /** {@link #returnTo} value: after rework the PR goes back to human review. */
  static final int BACK_TO_REVIEW = -1;

  /** PRs made so far: the next one's {@link #serial}. */
  int created;
  private final IdPool ids = new IdPool();
  /** Each PR's creation number, 0, 1, … in the order PRs were made: unique for the whole run; -1 once freed. */
  int[] serial = new int[64];
  /** An assistant's side PR: the task's next side PR, made right after it, or {@link #NO_ONE}. */
  int[] nextSide = new int[64];
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

  /** A new PR of {@code task}; returns its id, a freed one if any. */
  int create(int featureId, int task, double effort, double size, int defects, boolean aiAssisted,
      boolean unreviewed, double now) {
    int id = ids.take();
    if (id == feature.length) {
      grow();
    }
    serial[id] = created++;
    nextSide[id] = NO_ONE;
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

  /**
   * The deployed PR {@code id} is done with: a later PR may take its id. Its pass has ended, so the
   * loops that look for passes under way ({@link #onPassesInOrder}) skip it until then.
   */
  void free(int id) {
    passStarted[id] = Double.NaN;
    serial[id] = -1;
    ids.give(id);
  }

  /** One past the highest id in use so far: loops over every PR stop here. */
  int end() {
    return ids.end();
  }

  /** PRs alive now: made and not yet freed. */
  int live() {
    return ids.inUse();
  }

  /** Whether {@code id} names a PR now (it is not free). */
  boolean live(int id) {
    return serial[id] >= 0;
  }

  /** How many PRs the arrays hold before they must grow: the most ever alive at once, rounded up. */
  int capacity() {
    return feature.length;
  }

  /**
   * The PRs on a machine's pass or passing through a delay now, in the order they were made — the
   * order in which sums over them were taken before ids were recycled, so that those sums keep
   * their last bits. Not for the hot path: it runs at the horizon and the last snapshot.
   */
  int[] onPassesInOrder() {
    int n = 0;
    long[] found = new long[8];
    for (int id = 0, end = ids.end(); id < end; id++) {
      if (!Double.isNaN(passStarted[id])) {
        if (n == found.length) {
          found = Arrays.copyOf(found, n * 2);
        }
        found[n++] = (long) serial[id] << 32 | id;
      }
    }
    Arrays.sort(found, 0, n);
    int[] ids = new int[n];
    for (int i = 0; i < n; i++) {
      ids[i] = (int) found[i];
    }
    return ids;
  }

  private void grow() {
    int n = feature.length * 2;
    serial = Arrays.copyOf(serial, n);
    nextSide = Arrays.copyOf(nextSide, n);
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
