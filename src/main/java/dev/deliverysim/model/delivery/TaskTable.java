package dev.deliverysim.model.delivery;

import java.util.Arrays;

/**
 * Every pull request in progress, one record per PR indexed by its id (named "task" throughout the
 * model, from when a task was always one PR; {@link #taskOf} now names the task it belongs to).
 *
 * <p>Ids are recycled: once a PR is deployed and nothing refers to it any more, {@link #free}
 * hands its id to a later PR, so the table stays as large as the most PRs ever in progress at
 * once, not the PRs ever made (a 12,000-person organisation makes over a million in a year). An
 * id therefore names a PR only while it lives; what needs a PR's identity for good (a person's
 * last task, an exported history, an order between PRs) uses its {@link #serial}, the id it would
 * have had without recycling.
 *
 * <p>Records, not one array per field, for speed: a PR's fields lie side by side in one
 * {@code long[]} (doubles as their bits, ints widened, the booleans as bits of one slot), 24 slots
 * = 192 bytes, ordered so that what one step of a PR reads together lies close (the most read
 * fields in the first slots; a {@code long[]}'s header puts records off the lines' boundaries, so a
 * record spans three or four lines). With one
 * array per field, each field a step read was a cache miss of its own once the open PRs outgrew
 * the cache: 15,600 of them in the 12,000-person benchmark, 29 arrays, 2.5 MB (see
 * docs/benchmarks.md for what this changed).
 */
final class TaskTable {
  static final int NO_ONE = -1;
  /** {@link #returnTo} value: after rework the PR goes back to human review. */
  static final int BACK_TO_REVIEW = -1;

  private static final int STRIDE = 24;
  private static final int AUTHOR = 0;
  private static final int READY_SINCE = 1;
  private static final int TOUCHED = 2;
  private static final int LATENT_DEFECTS = 3;
  private static final int RETURN_TO = 4;
  private static final int GATE = 5;
  private static final int FLAGS = 6;
  private static final int SERIAL = 7;
  private static final int LINES = 8;
  private static final int HIDDEN_UNTIL = 9;
  private static final int REVIEWER = 10;
  private static final int APPROVED_BY = 11;
  private static final int FIRST_READY_FOR_REVIEW = 12;
  private static final int FIRST_REVIEW_STARTED = 13;
  private static final int PENDING_REWORK = 14;
  private static final int PASS_STARTED = 15;
  private static final int TASK_OF = 16;
  private static final int FEATURE = 17;
  private static final int NEXT_SIDE = 18;
  private static final int AI_SAVED = 19;
  private static final int CODING_EFFORT = 20;
  private static final int CODING_STARTED = 21;
  private static final int MERGES_AT_BRANCH = 22;
  private static final int OWN_MERGES_AT_BRANCH = 23;
  private static final long SKIPS_REVIEW = 1L << 0;
  private static final long SIDE = 1L << 1;
  private static final long NEEDS_OWNER = 1L << 2;
  private static final long BUG_FIX = 1L << 3;
  private static final long ASSISTED = 1L << 4;
  private static final long CONFLICTED = 1L << 5;

  /** PRs made so far: the next one's {@link #serial}. */
  int created;
  private final IdPool ids = new IdPool();
  private long[] rec = new long[64 * STRIDE];

  /** A new PR of {@code task}; returns its id, a freed one if any. */
  int create(int featureId, int task, double effort, double size, int defects, boolean aiAssisted,
      boolean unreviewed, double now) {
    int id = ids.take();
    if (id == capacity()) {
      rec = Arrays.copyOf(rec, rec.length * 2);
    }
    Arrays.fill(rec, id * STRIDE, (id + 1) * STRIDE, 0L); // every count, flag and long 0
    setSerial(id, created++);
    setNextSide(id, NO_ONE);
    setFeature(id, featureId);
    setTaskOf(id, task);
    setSkipsReview(id, unreviewed);
    setAuthor(id, NO_ONE);
    setLatentDefects(id, defects);
    setReturnTo(id, BACK_TO_REVIEW);
    setAssisted(id, aiAssisted);
    setCodingEffort(id, effort);
    setLines(id, size);
    setReadySince(id, now);
    setCodingStarted(id, Double.NaN);
    setFirstReadyForReview(id, Double.NaN);
    setPassStarted(id, Double.NaN);
    setApprovedBy(id, NO_ONE);
    setReviewer(id, NO_ONE);
    setFirstReviewStarted(id, Double.NaN);
    return id;
  }

  /**
   * The deployed PR {@code id} is done with: a later PR may take its id. Its pass has ended, so the
   * loops that look for passes under way ({@link #onPassesInOrder}) skip it until then.
   */
  void free(int id) {
    setPassStarted(id, Double.NaN);
    setSerial(id, -1);
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
    return serial(id) >= 0;
  }

  /** How many PRs the table holds before it must grow: the most ever alive at once, rounded up. */
  int capacity() {
    return rec.length / STRIDE;
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
      if (!Double.isNaN(passStarted(id))) {
        if (n == found.length) {
          found = Arrays.copyOf(found, n * 2);
        }
        found[n++] = (long) serial(id) << 32 | id;
      }
    }
    Arrays.sort(found, 0, n);
    int[] ids = new int[n];
    for (int i = 0; i < n; i++) {
      ids[i] = (int) found[i];
    }
    return ids;
  }

  int author(int id) {
    return (int) rec[id * STRIDE + AUTHOR];
  }

  void setAuthor(int id, int value) {
    rec[id * STRIDE + AUTHOR] = value;
  }

  /** When the task joined the queue it is in now. */
  double readySince(int id) {
    return Double.longBitsToDouble(rec[id * STRIDE + READY_SINCE]);
  }

  void setReadySince(int id, double value) {
    rec[id * STRIDE + READY_SINCE] = Double.doubleToRawLongBits(value);
  }

  /** Time someone (or a machine) was working on it: the numerator of flow efficiency. */
  double touched(int id) {
    return Double.longBitsToDouble(rec[id * STRIDE + TOUCHED]);
  }

  void setTouched(int id, double value) {
    rec[id * STRIDE + TOUCHED] = Double.doubleToRawLongBits(value);
  }

  int latentDefects(int id) {
    return (int) rec[id * STRIDE + LATENT_DEFECTS];
  }

  void setLatentDefects(int id, int value) {
    rec[id * STRIDE + LATENT_DEFECTS] = value;
  }

  /** Where the PR goes after its pending rework: {@link #BACK_TO_REVIEW} or a gate index. */
  int returnTo(int id) {
    return (int) rec[id * STRIDE + RETURN_TO];
  }

  void setReturnTo(int id, int value) {
    rec[id * STRIDE + RETURN_TO] = value;
  }

  int gate(int id) {
    return (int) rec[id * STRIDE + GATE];
  }

  void setGate(int id, int value) {
    rec[id * STRIDE + GATE] = value;
  }

  /** Each PR's creation number, 0, 1, … in the order PRs were made: unique for the whole run; -1 once freed. */
  int serial(int id) {
    return (int) rec[id * STRIDE + SERIAL];
  }

  void setSerial(int id, int value) {
    rec[id * STRIDE + SERIAL] = value;
  }

  double lines(int id) {
    return Double.longBitsToDouble(rec[id * STRIDE + LINES]);
  }

  void setLines(int id, double value) {
    rec[id * STRIDE + LINES] = Double.doubleToRawLongBits(value);
  }

  /** Reviewers do not take the PR up before this time (AI PRs put off); 0 for no wait. */
  double hiddenUntil(int id) {
    return Double.longBitsToDouble(rec[id * STRIDE + HIDDEN_UNTIL]);
  }

  void setHiddenUntil(int id, double value) {
    rec[id * STRIDE + HIDDEN_UNTIL] = Double.doubleToRawLongBits(value);
  }

  /** With assigned review: the reviewer the PR is assigned to now, or {@link #NO_ONE}. */
  int reviewer(int id) {
    return (int) rec[id * STRIDE + REVIEWER];
  }

  void setReviewer(int id, int value) {
    rec[id * STRIDE + REVIEWER] = value;
  }

  /** Who gave the PR's first approval in the current round, or {@link #NO_ONE}. */
  int approvedBy(int id) {
    return (int) rec[id * STRIDE + APPROVED_BY];
  }

  void setApprovedBy(int id, int value) {
    rec[id * STRIDE + APPROVED_BY] = value;
  }

  double firstReadyForReview(int id) {
    return Double.longBitsToDouble(rec[id * STRIDE + FIRST_READY_FOR_REVIEW]);
  }

  void setFirstReadyForReview(int id, double value) {
    rec[id * STRIDE + FIRST_READY_FOR_REVIEW] = Double.doubleToRawLongBits(value);
  }

  /** When the PR's first review started (NaN until then): the end of its pickup wait. */
  double firstReviewStarted(int id) {
    return Double.longBitsToDouble(rec[id * STRIDE + FIRST_REVIEW_STARTED]);
  }

  void setFirstReviewStarted(int id, double value) {
    rec[id * STRIDE + FIRST_REVIEW_STARTED] = Double.doubleToRawLongBits(value);
  }

  double pendingRework(int id) {
    return Double.longBitsToDouble(rec[id * STRIDE + PENDING_REWORK]);
  }

  void setPendingRework(int id, double value) {
    rec[id * STRIDE + PENDING_REWORK] = Double.doubleToRawLongBits(value);
  }

  /** Start of the automated gate pass under way, or NaN when not on a machine. */
  double passStarted(int id) {
    return Double.longBitsToDouble(rec[id * STRIDE + PASS_STARTED]);
  }

  void setPassStarted(int id, double value) {
    rec[id * STRIDE + PASS_STARTED] = Double.doubleToRawLongBits(value);
  }

  /** The task (work item) this PR belongs to, numbered by {@link WorkIntake}. */
  int taskOf(int id) {
    return (int) rec[id * STRIDE + TASK_OF];
  }

  void setTaskOf(int id, int value) {
    rec[id * STRIDE + TASK_OF] = value;
  }

  int feature(int id) {
    return (int) rec[id * STRIDE + FEATURE];
  }

  void setFeature(int id, int value) {
    rec[id * STRIDE + FEATURE] = value;
  }

  /** An assistant's side PR: the task's next side PR, made right after it, or {@link #NO_ONE}. */
  int nextSide(int id) {
    return (int) rec[id * STRIDE + NEXT_SIDE];
  }

  void setNextSide(int id, int value) {
    rec[id * STRIDE + NEXT_SIDE] = value;
  }

  /** Coding effort the assistant saved on this PR against the same work without it (negative while learning). */
  double aiSaved(int id) {
    return Double.longBitsToDouble(rec[id * STRIDE + AI_SAVED]);
  }

  void setAiSaved(int id, double value) {
    rec[id * STRIDE + AI_SAVED] = Double.doubleToRawLongBits(value);
  }

  double codingEffort(int id) {
    return Double.longBitsToDouble(rec[id * STRIDE + CODING_EFFORT]);
  }

  void setCodingEffort(int id, double value) {
    rec[id * STRIDE + CODING_EFFORT] = Double.doubleToRawLongBits(value);
  }

  double codingStarted(int id) {
    return Double.longBitsToDouble(rec[id * STRIDE + CODING_STARTED]);
  }

  void setCodingStarted(int id, double value) {
    rec[id * STRIDE + CODING_STARTED] = Double.doubleToRawLongBits(value);
  }

  /** PRs merged in all, when this task's branch started (or was last brought up to date). */
  long mergesAtBranch(int id) {
    return rec[id * STRIDE + MERGES_AT_BRANCH];
  }

  void setMergesAtBranch(int id, long value) {
    rec[id * STRIDE + MERGES_AT_BRANCH] = value;
  }

  /** The author's own merges among those, which cannot conflict with their own branch. */
  long ownMergesAtBranch(int id) {
    return rec[id * STRIDE + OWN_MERGES_AT_BRANCH];
  }

  void setOwnMergesAtBranch(int id, long value) {
    rec[id * STRIDE + OWN_MERGES_AT_BRANCH] = value;
  }

  /** An assistant's side PR that skips human review: from coding straight to the gates. */
  boolean skipsReview(int id) {
    return (rec[id * STRIDE + FLAGS] & SKIPS_REVIEW) != 0;
  }

  void setSkipsReview(int id, boolean value) {
    setFlag(id, SKIPS_REVIEW, value);
  }

  /** An assistant's side PR (tests, refactors, bumps), which may skip some gates. */
  boolean side(int id) {
    return (rec[id * STRIDE + FLAGS] & SIDE) != 0;
  }

  void setSide(int id, boolean value) {
    setFlag(id, SIDE, value);
  }

  /** Only a code owner may review this PR (drawn when it first asks for review). */
  boolean needsOwner(int id) {
    return (rec[id * STRIDE + FLAGS] & NEEDS_OWNER) != 0;
  }

  void setNeedsOwner(int id, boolean value) {
    setFlag(id, NEEDS_OWNER, value);
  }

  /** The fix of a reported bug: its deployment is unplanned rework (DORA's rework rate). */
  boolean bugFix(int id) {
    return (rec[id * STRIDE + FLAGS] & BUG_FIX) != 0;
  }

  void setBugFix(int id, boolean value) {
    setFlag(id, BUG_FIX, value);
  }

  boolean assisted(int id) {
    return (rec[id * STRIDE + FLAGS] & ASSISTED) != 0;
  }

  void setAssisted(int id, boolean value) {
    setFlag(id, ASSISTED, value);
  }

  /** The rework pending is resolving a merge conflict, not fixing defects. */
  boolean conflicted(int id) {
    return (rec[id * STRIDE + FLAGS] & CONFLICTED) != 0;
  }

  void setConflicted(int id, boolean value) {
    setFlag(id, CONFLICTED, value);
  }

  private void setFlag(int id, long bit, boolean value) {
    int at = id * STRIDE + FLAGS;
    rec[at] = value ? rec[at] | bit : rec[at] & ~bit;
  }
}
